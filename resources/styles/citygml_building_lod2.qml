<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.40.6-Bratislava" styleCategories="AllStyleCategories" maxScale="0" autoRefreshTime="0" simplifyLocal="1" simplifyDrawingHints="1" symbologyReferenceScale="-1" simplifyDrawingTol="1" minScale="100000000" autoRefreshMode="Disabled" simplifyMaxScale="1" labelsEnabled="0" simplifyAlgorithm="0" readOnly="0" hasScaleBasedVisibilityFlag="0">
  <renderer-3d type="rulebased" layer="">
    <vector-layer-3d-tiling zoom-levels-count="3" show-bounding-boxes="0"/>
    <rules key="{69de34d6-2fbe-47d2-abcc-0e42d46da5d5}">
      <rule key="{f07a676b-14ef-4e02-b00a-581caa6e8e20}" description="L2 &lt; 0.5 m" filter="&quot;flood_l2_rank&quot; = 1">
        <symbol material_type="phong" type="polygon">
          <data offset="0" invert-normals="0" alt-clamping="absolute" extrusion-height="0" rendered-facade="3" alt-binding="centroid" add-back-faces="1" culling-mode="no-culling"/>
          <material kd="1" ka="1" diffuse="247,245,169,255,rgb:0.96862745098039216,0.96078431372549022,0.66274509803921566,1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" ks="1">
            <data-defined-properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{709dc666-340b-40d2-b266-7527d322fdd6}" description="L2 0.5 - 3 m" filter="&quot;flood_l2_rank&quot; = 2">
        <symbol material_type="phong" type="polygon">
          <data offset="0" invert-normals="0" alt-clamping="absolute" extrusion-height="0" rendered-facade="3" alt-binding="centroid" add-back-faces="1" culling-mode="no-culling"/>
          <material kd="1" ka="1" diffuse="255,216,192,255,rgb:1,0.84705882352941175,0.75294117647058822,1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" ks="1">
            <data-defined-properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{8fab8aea-5f28-4198-9757-c6ab37947468}" description="L2 3 - 5 m" filter="&quot;flood_l2_rank&quot; = 3">
        <symbol material_type="phong" type="polygon">
          <data offset="0" invert-normals="0" alt-clamping="absolute" extrusion-height="0" rendered-facade="3" alt-binding="centroid" add-back-faces="1" culling-mode="no-culling"/>
          <material kd="1" ka="1" diffuse="255,183,183,255,rgb:1,0.71764705882352942,0.71764705882352942,1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" ks="1">
            <data-defined-properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{fa61b6cc-eb7a-4f29-872f-9f2d21108583}" description="L2 5 - 10 m" filter="&quot;flood_l2_rank&quot; = 4">
        <symbol material_type="phong" type="polygon">
          <data offset="0" invert-normals="0" alt-clamping="absolute" extrusion-height="0" rendered-facade="3" alt-binding="centroid" add-back-faces="1" culling-mode="no-culling"/>
          <material kd="1" ka="1" diffuse="255,145,145,255,rgb:1,0.56862745098039214,0.56862745098039214,1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" ks="1">
            <data-defined-properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{72b6a0e8-004f-400e-baff-1535b7eea06a}" description="L2 10 - 20 m" filter="&quot;flood_l2_rank&quot; = 5">
        <symbol material_type="phong" type="polygon">
          <data offset="0" invert-normals="0" alt-clamping="absolute" extrusion-height="0" rendered-facade="3" alt-binding="centroid" add-back-faces="1" culling-mode="no-culling"/>
          <material kd="1" ka="1" diffuse="242,133,201,255,rgb:0.94901960784313721,0.52156862745098043,0.78823529411764703,1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" ks="1">
            <data-defined-properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{7072018c-47a6-45a1-bbd9-a3f066eed0fc}" description="L2 >= 20 m" filter="&quot;flood_l2_rank&quot; = 6">
        <symbol material_type="phong" type="polygon">
          <data offset="0" invert-normals="0" alt-clamping="absolute" extrusion-height="0" rendered-facade="3" alt-binding="centroid" add-back-faces="1" culling-mode="no-culling"/>
          <material kd="1" ka="1" diffuse="220,122,220,255,rgb:0.86274509803921573,0.47843137254901963,0.86274509803921573,1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" ks="1">
            <data-defined-properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{cfe94a50-16ca-4038-87cd-2157b502a918}" description="no flood rank" filter="ELSE">
        <symbol material_type="phong" type="polygon">
          <data offset="0" invert-normals="0" alt-clamping="absolute" extrusion-height="0" rendered-facade="3" alt-binding="centroid" add-back-faces="1" culling-mode="no-culling"/>
          <material kd="1" ka="1" diffuse="200,200,200,255,rgb:0.78431372549019607,0.78431372549019607,0.78431372549019607,1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" opacity="1" ks="1">
            <data-defined-properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
    </rules>
  </renderer-3d>
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal startField="" endExpression="" durationField="" fixedDuration="0" startExpression="" limitMode="0" accumulate="0" durationUnit="min" mode="0" endField="" enabled="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation zoffset="0" respectLayerSymbol="1" binding="Centroid" extrusion="0" clamping="Relative" type="IndividualFeatures" symbology="Line" showMarkerSymbolInSurfacePlots="0" extrusionEnabled="0" zscale="1">
    <data-defined-properties>
      <Option type="Map">
        <Option value="" name="name" type="QString"/>
        <Option name="properties"/>
        <Option value="collection" name="type" type="QString"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol frame_rate="10" name="" force_rhr="0" type="line" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" id="{4237f762-c541-4a49-8657-a9117289fb74}" pass="0" class="SimpleLine" enabled="1">
          <Option type="Map">
            <Option value="0" name="align_dash_pattern" type="QString"/>
            <Option value="square" name="capstyle" type="QString"/>
            <Option value="5;2" name="customdash" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale" type="QString"/>
            <Option value="MM" name="customdash_unit" type="QString"/>
            <Option value="0" name="dash_pattern_offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="dash_pattern_offset_unit" type="QString"/>
            <Option value="0" name="draw_inside_polygon" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="232,113,141,255,rgb:0.90980392156862744,0.44313725490196076,0.55294117647058827,1" name="line_color" type="QString"/>
            <Option value="solid" name="line_style" type="QString"/>
            <Option value="0.6" name="line_width" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="0" name="ring_filter" type="QString"/>
            <Option value="0" name="trim_distance_end" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale" type="QString"/>
            <Option value="MM" name="trim_distance_end_unit" type="QString"/>
            <Option value="0" name="trim_distance_start" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale" type="QString"/>
            <Option value="MM" name="trim_distance_start_unit" type="QString"/>
            <Option value="0" name="tweak_dash_pattern_on_corners" type="QString"/>
            <Option value="0" name="use_custom_dash" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="width_map_unit_scale" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileLineSymbol>
    <profileFillSymbol>
      <symbol frame_rate="10" name="" force_rhr="0" type="fill" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" id="{1fda2a04-af54-48cb-aecc-5c73a178030b}" pass="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="232,113,141,255,rgb:0.90980392156862744,0.44313725490196076,0.55294117647058827,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="166,81,101,255,rgb:0.64985122453650723,0.31651789120317386,0.39496452277409017,1" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.2" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileFillSymbol>
    <profileMarkerSymbol>
      <symbol frame_rate="10" name="" force_rhr="0" type="marker" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" id="{48a95b02-aafa-4adf-9ed8-2bb1458fe3ca}" pass="0" class="SimpleMarker" enabled="1">
          <Option type="Map">
            <Option value="0" name="angle" type="QString"/>
            <Option value="square" name="cap_style" type="QString"/>
            <Option value="232,113,141,255,rgb:0.90980392156862744,0.44313725490196076,0.55294117647058827,1" name="color" type="QString"/>
            <Option value="1" name="horizontal_anchor_point" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="diamond" name="name" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="166,81,101,255,rgb:0.64985122453650723,0.31651789120317386,0.39496452277409017,1" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.2" name="outline_width" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="diameter" name="scale_method" type="QString"/>
            <Option value="3" name="size" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
            <Option value="MM" name="size_unit" type="QString"/>
            <Option value="1" name="vertical_anchor_point" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileMarkerSymbol>
  </elevation>
  <renderer-v2 forceraster="0" referencescale="-1" enableorderby="0" type="RuleRenderer" symbollevels="0">
    <rules key="{d56ce5de-05ed-4710-914e-fab23bf02a5e}">
      <rule key="{941f31d8-8ef9-46a3-9262-8883b125d9d1}" symbol="0" filter="&quot;flood_l2_rank&quot; = 1" label="L2 &lt; 0.5 m"/>
      <rule key="{8ff87dcf-9d38-4365-b5e4-f91ac6ada9fd}" symbol="1" filter="&quot;flood_l2_rank&quot; = 2" label="L2 0.5 - 3 m"/>
      <rule key="{c781a6bd-a984-443d-a489-c0fb613fe76b}" symbol="2" filter="&quot;flood_l2_rank&quot; = 3" label="L2 3 - 5 m"/>
      <rule key="{e48908d7-ac3b-4886-8a3b-9721a7a516ef}" symbol="3" filter="&quot;flood_l2_rank&quot; = 4" label="L2 5 - 10 m"/>
      <rule key="{622620e8-af13-4d05-8ba1-1618e97fdb15}" symbol="4" filter="&quot;flood_l2_rank&quot; = 5" label="L2 10 - 20 m"/>
      <rule key="{fb6e6513-c1a9-411e-98c1-ea7f3d51819f}" symbol="5" filter="&quot;flood_l2_rank&quot; = 6" label="L2 >= 20 m"/>
      <rule key="{3117c81e-1d77-40dd-88f6-1aa1d4597e7b}" symbol="6" filter="ELSE" label="no flood rank"/>
    </rules>
    <symbols>
      <symbol frame_rate="10" name="0" force_rhr="0" type="fill" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" id="{aaf55e2c-fe40-4b00-ad5e-30eb2def8495}" pass="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="247,245,169,255,rgb:0.96862745098039216,0.96078431372549022,0.66274509803921566,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" name="1" force_rhr="0" type="fill" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" id="{ee928c94-e38e-4177-a49d-b8f3e797f97e}" pass="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="255,216,192,255,rgb:1,0.84705882352941175,0.75294117647058822,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" name="2" force_rhr="0" type="fill" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" id="{fcfbb080-fa94-4e23-a1ad-88151d07fa57}" pass="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="255,183,183,255,rgb:1,0.71764705882352942,0.71764705882352942,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" name="3" force_rhr="0" type="fill" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" id="{c6fc71f5-acf5-48cd-a7a0-c72da22f3516}" pass="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="255,145,145,255,rgb:1,0.56862745098039214,0.56862745098039214,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" name="4" force_rhr="0" type="fill" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" id="{7606c66c-d984-4be6-90b5-5139f97ff229}" pass="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="242,133,201,255,rgb:0.94901960784313721,0.52156862745098043,0.78823529411764703,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" name="5" force_rhr="0" type="fill" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" id="{ac72432d-b6ae-49bf-bd9c-63ecd2cb85b2}" pass="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="220,122,220,255,rgb:0.86274509803921573,0.47843137254901963,0.86274509803921573,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol frame_rate="10" name="6" force_rhr="0" type="fill" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" id="{60e090b9-bde6-46d4-a519-f36faecf7595}" pass="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="200,200,200,255,rgb:0.78431372549019607,0.78431372549019607,0.78431372549019607,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.1" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <data-defined-properties>
      <Option type="Map">
        <Option value="" name="name" type="QString"/>
        <Option name="properties"/>
        <Option value="collection" name="type" type="QString"/>
      </Option>
    </data-defined-properties>
  </renderer-v2>
  <selection mode="Default">
    <selectionColor invalid="1"/>
  </selection>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <fieldConfiguration>
    <field configurationFlags="NoFlag" name="gml_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="building_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="class">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="class_code">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="usage">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="usage_code">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="function">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="measured_height">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="storeys_above">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="storeys_below">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="structure">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="structure_code">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="year_built">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="survey_year">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="roof_type">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="address">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="prefecture_code">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="city_code">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_l1_rank">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_l1_rank_label">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_l1_depth">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_l1_duration">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_l1_river">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_l2_rank">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_l2_rank_label">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_l2_depth">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_l2_duration">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_l2_river">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="tsunami_rank">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="tsunami_depth">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="high_tide_rank">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="high_tide_depth">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="inland_flood_rank">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="inland_flood_depth">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="landslide">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="risk_count">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="ground_z">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="lod1_height">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="lods">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="source_file">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="attributes_json">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="" field="gml_id" index="0"/>
    <alias name="" field="building_id" index="1"/>
    <alias name="" field="name" index="2"/>
    <alias name="" field="class" index="3"/>
    <alias name="" field="class_code" index="4"/>
    <alias name="" field="usage" index="5"/>
    <alias name="" field="usage_code" index="6"/>
    <alias name="" field="function" index="7"/>
    <alias name="" field="measured_height" index="8"/>
    <alias name="" field="storeys_above" index="9"/>
    <alias name="" field="storeys_below" index="10"/>
    <alias name="" field="structure" index="11"/>
    <alias name="" field="structure_code" index="12"/>
    <alias name="" field="year_built" index="13"/>
    <alias name="" field="survey_year" index="14"/>
    <alias name="" field="roof_type" index="15"/>
    <alias name="" field="address" index="16"/>
    <alias name="" field="prefecture_code" index="17"/>
    <alias name="" field="city_code" index="18"/>
    <alias name="" field="flood_l1_rank" index="19"/>
    <alias name="" field="flood_l1_rank_label" index="20"/>
    <alias name="" field="flood_l1_depth" index="21"/>
    <alias name="" field="flood_l1_duration" index="22"/>
    <alias name="" field="flood_l1_river" index="23"/>
    <alias name="" field="flood_l2_rank" index="24"/>
    <alias name="" field="flood_l2_rank_label" index="25"/>
    <alias name="" field="flood_l2_depth" index="26"/>
    <alias name="" field="flood_l2_duration" index="27"/>
    <alias name="" field="flood_l2_river" index="28"/>
    <alias name="" field="tsunami_rank" index="29"/>
    <alias name="" field="tsunami_depth" index="30"/>
    <alias name="" field="high_tide_rank" index="31"/>
    <alias name="" field="high_tide_depth" index="32"/>
    <alias name="" field="inland_flood_rank" index="33"/>
    <alias name="" field="inland_flood_depth" index="34"/>
    <alias name="" field="landslide" index="35"/>
    <alias name="" field="risk_count" index="36"/>
    <alias name="" field="ground_z" index="37"/>
    <alias name="" field="lod1_height" index="38"/>
    <alias name="" field="lods" index="39"/>
    <alias name="" field="source_file" index="40"/>
    <alias name="" field="attributes_json" index="41"/>
  </aliases>
  <splitPolicies>
    <policy policy="Duplicate" field="gml_id"/>
    <policy policy="Duplicate" field="building_id"/>
    <policy policy="Duplicate" field="name"/>
    <policy policy="Duplicate" field="class"/>
    <policy policy="Duplicate" field="class_code"/>
    <policy policy="Duplicate" field="usage"/>
    <policy policy="Duplicate" field="usage_code"/>
    <policy policy="Duplicate" field="function"/>
    <policy policy="Duplicate" field="measured_height"/>
    <policy policy="Duplicate" field="storeys_above"/>
    <policy policy="Duplicate" field="storeys_below"/>
    <policy policy="Duplicate" field="structure"/>
    <policy policy="Duplicate" field="structure_code"/>
    <policy policy="Duplicate" field="year_built"/>
    <policy policy="Duplicate" field="survey_year"/>
    <policy policy="Duplicate" field="roof_type"/>
    <policy policy="Duplicate" field="address"/>
    <policy policy="Duplicate" field="prefecture_code"/>
    <policy policy="Duplicate" field="city_code"/>
    <policy policy="Duplicate" field="flood_l1_rank"/>
    <policy policy="Duplicate" field="flood_l1_rank_label"/>
    <policy policy="Duplicate" field="flood_l1_depth"/>
    <policy policy="Duplicate" field="flood_l1_duration"/>
    <policy policy="Duplicate" field="flood_l1_river"/>
    <policy policy="Duplicate" field="flood_l2_rank"/>
    <policy policy="Duplicate" field="flood_l2_rank_label"/>
    <policy policy="Duplicate" field="flood_l2_depth"/>
    <policy policy="Duplicate" field="flood_l2_duration"/>
    <policy policy="Duplicate" field="flood_l2_river"/>
    <policy policy="Duplicate" field="tsunami_rank"/>
    <policy policy="Duplicate" field="tsunami_depth"/>
    <policy policy="Duplicate" field="high_tide_rank"/>
    <policy policy="Duplicate" field="high_tide_depth"/>
    <policy policy="Duplicate" field="inland_flood_rank"/>
    <policy policy="Duplicate" field="inland_flood_depth"/>
    <policy policy="Duplicate" field="landslide"/>
    <policy policy="Duplicate" field="risk_count"/>
    <policy policy="Duplicate" field="ground_z"/>
    <policy policy="Duplicate" field="lod1_height"/>
    <policy policy="Duplicate" field="lods"/>
    <policy policy="Duplicate" field="source_file"/>
    <policy policy="Duplicate" field="attributes_json"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy policy="Duplicate" field="gml_id"/>
    <policy policy="Duplicate" field="building_id"/>
    <policy policy="Duplicate" field="name"/>
    <policy policy="Duplicate" field="class"/>
    <policy policy="Duplicate" field="class_code"/>
    <policy policy="Duplicate" field="usage"/>
    <policy policy="Duplicate" field="usage_code"/>
    <policy policy="Duplicate" field="function"/>
    <policy policy="Duplicate" field="measured_height"/>
    <policy policy="Duplicate" field="storeys_above"/>
    <policy policy="Duplicate" field="storeys_below"/>
    <policy policy="Duplicate" field="structure"/>
    <policy policy="Duplicate" field="structure_code"/>
    <policy policy="Duplicate" field="year_built"/>
    <policy policy="Duplicate" field="survey_year"/>
    <policy policy="Duplicate" field="roof_type"/>
    <policy policy="Duplicate" field="address"/>
    <policy policy="Duplicate" field="prefecture_code"/>
    <policy policy="Duplicate" field="city_code"/>
    <policy policy="Duplicate" field="flood_l1_rank"/>
    <policy policy="Duplicate" field="flood_l1_rank_label"/>
    <policy policy="Duplicate" field="flood_l1_depth"/>
    <policy policy="Duplicate" field="flood_l1_duration"/>
    <policy policy="Duplicate" field="flood_l1_river"/>
    <policy policy="Duplicate" field="flood_l2_rank"/>
    <policy policy="Duplicate" field="flood_l2_rank_label"/>
    <policy policy="Duplicate" field="flood_l2_depth"/>
    <policy policy="Duplicate" field="flood_l2_duration"/>
    <policy policy="Duplicate" field="flood_l2_river"/>
    <policy policy="Duplicate" field="tsunami_rank"/>
    <policy policy="Duplicate" field="tsunami_depth"/>
    <policy policy="Duplicate" field="high_tide_rank"/>
    <policy policy="Duplicate" field="high_tide_depth"/>
    <policy policy="Duplicate" field="inland_flood_rank"/>
    <policy policy="Duplicate" field="inland_flood_depth"/>
    <policy policy="Duplicate" field="landslide"/>
    <policy policy="Duplicate" field="risk_count"/>
    <policy policy="Duplicate" field="ground_z"/>
    <policy policy="Duplicate" field="lod1_height"/>
    <policy policy="Duplicate" field="lods"/>
    <policy policy="Duplicate" field="source_file"/>
    <policy policy="Duplicate" field="attributes_json"/>
  </duplicatePolicies>
  <defaults>
    <default field="gml_id" expression="" applyOnUpdate="0"/>
    <default field="building_id" expression="" applyOnUpdate="0"/>
    <default field="name" expression="" applyOnUpdate="0"/>
    <default field="class" expression="" applyOnUpdate="0"/>
    <default field="class_code" expression="" applyOnUpdate="0"/>
    <default field="usage" expression="" applyOnUpdate="0"/>
    <default field="usage_code" expression="" applyOnUpdate="0"/>
    <default field="function" expression="" applyOnUpdate="0"/>
    <default field="measured_height" expression="" applyOnUpdate="0"/>
    <default field="storeys_above" expression="" applyOnUpdate="0"/>
    <default field="storeys_below" expression="" applyOnUpdate="0"/>
    <default field="structure" expression="" applyOnUpdate="0"/>
    <default field="structure_code" expression="" applyOnUpdate="0"/>
    <default field="year_built" expression="" applyOnUpdate="0"/>
    <default field="survey_year" expression="" applyOnUpdate="0"/>
    <default field="roof_type" expression="" applyOnUpdate="0"/>
    <default field="address" expression="" applyOnUpdate="0"/>
    <default field="prefecture_code" expression="" applyOnUpdate="0"/>
    <default field="city_code" expression="" applyOnUpdate="0"/>
    <default field="flood_l1_rank" expression="" applyOnUpdate="0"/>
    <default field="flood_l1_rank_label" expression="" applyOnUpdate="0"/>
    <default field="flood_l1_depth" expression="" applyOnUpdate="0"/>
    <default field="flood_l1_duration" expression="" applyOnUpdate="0"/>
    <default field="flood_l1_river" expression="" applyOnUpdate="0"/>
    <default field="flood_l2_rank" expression="" applyOnUpdate="0"/>
    <default field="flood_l2_rank_label" expression="" applyOnUpdate="0"/>
    <default field="flood_l2_depth" expression="" applyOnUpdate="0"/>
    <default field="flood_l2_duration" expression="" applyOnUpdate="0"/>
    <default field="flood_l2_river" expression="" applyOnUpdate="0"/>
    <default field="tsunami_rank" expression="" applyOnUpdate="0"/>
    <default field="tsunami_depth" expression="" applyOnUpdate="0"/>
    <default field="high_tide_rank" expression="" applyOnUpdate="0"/>
    <default field="high_tide_depth" expression="" applyOnUpdate="0"/>
    <default field="inland_flood_rank" expression="" applyOnUpdate="0"/>
    <default field="inland_flood_depth" expression="" applyOnUpdate="0"/>
    <default field="landslide" expression="" applyOnUpdate="0"/>
    <default field="risk_count" expression="" applyOnUpdate="0"/>
    <default field="ground_z" expression="" applyOnUpdate="0"/>
    <default field="lod1_height" expression="" applyOnUpdate="0"/>
    <default field="lods" expression="" applyOnUpdate="0"/>
    <default field="source_file" expression="" applyOnUpdate="0"/>
    <default field="attributes_json" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" constraints="0" field="gml_id" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="building_id" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="name" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="class" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="class_code" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="usage" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="usage_code" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="function" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="measured_height" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="storeys_above" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="storeys_below" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="structure" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="structure_code" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="year_built" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="survey_year" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="roof_type" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="address" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="prefecture_code" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="city_code" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="flood_l1_rank" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="flood_l1_rank_label" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="flood_l1_depth" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="flood_l1_duration" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="flood_l1_river" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="flood_l2_rank" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="flood_l2_rank_label" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="flood_l2_depth" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="flood_l2_duration" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="flood_l2_river" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="tsunami_rank" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="tsunami_depth" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="high_tide_rank" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="high_tide_depth" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="inland_flood_rank" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="inland_flood_depth" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="landslide" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="risk_count" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ground_z" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="lod1_height" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="lods" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="source_file" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="attributes_json" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="gml_id" exp=""/>
    <constraint desc="" field="building_id" exp=""/>
    <constraint desc="" field="name" exp=""/>
    <constraint desc="" field="class" exp=""/>
    <constraint desc="" field="class_code" exp=""/>
    <constraint desc="" field="usage" exp=""/>
    <constraint desc="" field="usage_code" exp=""/>
    <constraint desc="" field="function" exp=""/>
    <constraint desc="" field="measured_height" exp=""/>
    <constraint desc="" field="storeys_above" exp=""/>
    <constraint desc="" field="storeys_below" exp=""/>
    <constraint desc="" field="structure" exp=""/>
    <constraint desc="" field="structure_code" exp=""/>
    <constraint desc="" field="year_built" exp=""/>
    <constraint desc="" field="survey_year" exp=""/>
    <constraint desc="" field="roof_type" exp=""/>
    <constraint desc="" field="address" exp=""/>
    <constraint desc="" field="prefecture_code" exp=""/>
    <constraint desc="" field="city_code" exp=""/>
    <constraint desc="" field="flood_l1_rank" exp=""/>
    <constraint desc="" field="flood_l1_rank_label" exp=""/>
    <constraint desc="" field="flood_l1_depth" exp=""/>
    <constraint desc="" field="flood_l1_duration" exp=""/>
    <constraint desc="" field="flood_l1_river" exp=""/>
    <constraint desc="" field="flood_l2_rank" exp=""/>
    <constraint desc="" field="flood_l2_rank_label" exp=""/>
    <constraint desc="" field="flood_l2_depth" exp=""/>
    <constraint desc="" field="flood_l2_duration" exp=""/>
    <constraint desc="" field="flood_l2_river" exp=""/>
    <constraint desc="" field="tsunami_rank" exp=""/>
    <constraint desc="" field="tsunami_depth" exp=""/>
    <constraint desc="" field="high_tide_rank" exp=""/>
    <constraint desc="" field="high_tide_depth" exp=""/>
    <constraint desc="" field="inland_flood_rank" exp=""/>
    <constraint desc="" field="inland_flood_depth" exp=""/>
    <constraint desc="" field="landslide" exp=""/>
    <constraint desc="" field="risk_count" exp=""/>
    <constraint desc="" field="ground_z" exp=""/>
    <constraint desc="" field="lod1_height" exp=""/>
    <constraint desc="" field="lods" exp=""/>
    <constraint desc="" field="source_file" exp=""/>
    <constraint desc="" field="attributes_json" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" actionWidgetStyle="dropDown" sortExpression="">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip enabled="1"></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
