<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.40.6-Bratislava" styleCategories="AllStyleCategories" maxScale="0" autoRefreshTime="0" simplifyLocal="1" simplifyDrawingHints="1" symbologyReferenceScale="-1" simplifyDrawingTol="1" minScale="100000000" autoRefreshMode="Disabled" simplifyMaxScale="1" labelsEnabled="0" simplifyAlgorithm="0" readOnly="0" hasScaleBasedVisibilityFlag="0">
  <renderer-3d type="rulebased" layer="">
    <vector-layer-3d-tiling zoom-levels-count="3" show-bounding-boxes="0"/>
    <rules key="{0a1e0e84-fab8-4b1a-ae71-03b25cd0effb}">
      <rule key="{8c86f7b3-5dd2-446f-9fc3-da6540c039b4}" description="L2 &lt; 0.5 m" filter="&quot;flood_l2_rank&quot; = 1">
        <symbol material_type="phong" type="polygon">
          <data offset="0" invert-normals="0" alt-clamping="absolute" extrusion-height="0" rendered-facade="3" alt-binding="centroid" add-back-faces="0" culling-mode="no-culling"/>
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
              <Option name="properties" type="Map">
                <Option name="extrusionHeight" type="Map">
                  <Option value="true" name="active" type="bool"/>
                  <Option value="lod1_height" name="field" type="QString"/>
                  <Option value="2" name="type" type="int"/>
                </Option>
              </Option>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{d0fa4cb6-aeab-4149-a2b4-74f22510c257}" description="L2 0.5 - 3 m" filter="&quot;flood_l2_rank&quot; = 2">
        <symbol material_type="phong" type="polygon">
          <data offset="0" invert-normals="0" alt-clamping="absolute" extrusion-height="0" rendered-facade="3" alt-binding="centroid" add-back-faces="0" culling-mode="no-culling"/>
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
              <Option name="properties" type="Map">
                <Option name="extrusionHeight" type="Map">
                  <Option value="true" name="active" type="bool"/>
                  <Option value="lod1_height" name="field" type="QString"/>
                  <Option value="2" name="type" type="int"/>
                </Option>
              </Option>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{cce4c89c-a065-4452-9fd1-a2f0719909ef}" description="L2 3 - 5 m" filter="&quot;flood_l2_rank&quot; = 3">
        <symbol material_type="phong" type="polygon">
          <data offset="0" invert-normals="0" alt-clamping="absolute" extrusion-height="0" rendered-facade="3" alt-binding="centroid" add-back-faces="0" culling-mode="no-culling"/>
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
              <Option name="properties" type="Map">
                <Option name="extrusionHeight" type="Map">
                  <Option value="true" name="active" type="bool"/>
                  <Option value="lod1_height" name="field" type="QString"/>
                  <Option value="2" name="type" type="int"/>
                </Option>
              </Option>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{b25b53b3-d7da-4922-8461-ed269b0d972c}" description="L2 5 - 10 m" filter="&quot;flood_l2_rank&quot; = 4">
        <symbol material_type="phong" type="polygon">
          <data offset="0" invert-normals="0" alt-clamping="absolute" extrusion-height="0" rendered-facade="3" alt-binding="centroid" add-back-faces="0" culling-mode="no-culling"/>
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
              <Option name="properties" type="Map">
                <Option name="extrusionHeight" type="Map">
                  <Option value="true" name="active" type="bool"/>
                  <Option value="lod1_height" name="field" type="QString"/>
                  <Option value="2" name="type" type="int"/>
                </Option>
              </Option>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{4ed7efdb-abe3-4d41-81e3-c57d494dbb48}" description="L2 10 - 20 m" filter="&quot;flood_l2_rank&quot; = 5">
        <symbol material_type="phong" type="polygon">
          <data offset="0" invert-normals="0" alt-clamping="absolute" extrusion-height="0" rendered-facade="3" alt-binding="centroid" add-back-faces="0" culling-mode="no-culling"/>
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
              <Option name="properties" type="Map">
                <Option name="extrusionHeight" type="Map">
                  <Option value="true" name="active" type="bool"/>
                  <Option value="lod1_height" name="field" type="QString"/>
                  <Option value="2" name="type" type="int"/>
                </Option>
              </Option>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{c083061a-86bd-45a0-b7de-c837d30e50b2}" description="L2 >= 20 m" filter="&quot;flood_l2_rank&quot; = 6">
        <symbol material_type="phong" type="polygon">
          <data offset="0" invert-normals="0" alt-clamping="absolute" extrusion-height="0" rendered-facade="3" alt-binding="centroid" add-back-faces="0" culling-mode="no-culling"/>
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
              <Option name="properties" type="Map">
                <Option name="extrusionHeight" type="Map">
                  <Option value="true" name="active" type="bool"/>
                  <Option value="lod1_height" name="field" type="QString"/>
                  <Option value="2" name="type" type="int"/>
                </Option>
              </Option>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{d0b30662-7824-4f3f-9773-5d8437f71fc8}" description="no flood rank" filter="ELSE">
        <symbol material_type="phong" type="polygon">
          <data offset="0" invert-normals="0" alt-clamping="absolute" extrusion-height="0" rendered-facade="3" alt-binding="centroid" add-back-faces="0" culling-mode="no-culling"/>
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
              <Option name="properties" type="Map">
                <Option name="extrusionHeight" type="Map">
                  <Option value="true" name="active" type="bool"/>
                  <Option value="lod1_height" name="field" type="QString"/>
                  <Option value="2" name="type" type="int"/>
                </Option>
              </Option>
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
        <layer locked="0" id="{b643c71e-45cb-4098-aa94-cd09f3debc88}" pass="0" class="SimpleLine" enabled="1">
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
            <Option value="152,125,183,255,rgb:0.59607843137254901,0.49019607843137253,0.71764705882352942,1" name="line_color" type="QString"/>
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
        <layer locked="0" id="{cdda8e2a-1571-4d4c-94e0-142bcf4f2381}" pass="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="152,125,183,255,rgb:0.59607843137254901,0.49019607843137253,0.71764705882352942,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="109,89,131,255,rgb:0.42575722896162355,0.35013351644159607,0.51259632257572285,1" name="outline_color" type="QString"/>
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
        <layer locked="0" id="{046acfab-3e19-4165-8d37-4a729dbebfd6}" pass="0" class="SimpleMarker" enabled="1">
          <Option type="Map">
            <Option value="0" name="angle" type="QString"/>
            <Option value="square" name="cap_style" type="QString"/>
            <Option value="152,125,183,255,rgb:0.59607843137254901,0.49019607843137253,0.71764705882352942,1" name="color" type="QString"/>
            <Option value="1" name="horizontal_anchor_point" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="diamond" name="name" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="109,89,131,255,rgb:0.42575722896162355,0.35013351644159607,0.51259632257572285,1" name="outline_color" type="QString"/>
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
    <rules key="{d78b3235-8923-4b5c-aa6b-db416ba5119d}">
      <rule key="{bc35b8a8-7dbe-433c-a1c7-4ee1058f2991}" symbol="0" filter="&quot;flood_l2_rank&quot; = 1" label="L2 &lt; 0.5 m"/>
      <rule key="{ced09c47-0e5d-465f-918e-6b36e9ea10b9}" symbol="1" filter="&quot;flood_l2_rank&quot; = 2" label="L2 0.5 - 3 m"/>
      <rule key="{e66fc568-b6d5-4558-b1b6-69ba5344ffa1}" symbol="2" filter="&quot;flood_l2_rank&quot; = 3" label="L2 3 - 5 m"/>
      <rule key="{bd4e1c0b-151e-497c-b1d6-f785eb4c467f}" symbol="3" filter="&quot;flood_l2_rank&quot; = 4" label="L2 5 - 10 m"/>
      <rule key="{f1483251-c4c7-4734-a3df-0a0ab02c6606}" symbol="4" filter="&quot;flood_l2_rank&quot; = 5" label="L2 10 - 20 m"/>
      <rule key="{78182969-0e73-43b9-8b8c-a185e780df86}" symbol="5" filter="&quot;flood_l2_rank&quot; = 6" label="L2 >= 20 m"/>
      <rule key="{f1cbb0a0-4a1a-4249-958e-33597bc49dd1}" symbol="6" filter="ELSE" label="no flood rank"/>
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
        <layer locked="0" id="{f84cbc07-069c-4445-952a-fbf33881895d}" pass="0" class="SimpleFill" enabled="1">
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
        <layer locked="0" id="{d26cbd79-2c2e-41e9-b80b-9fc5f349408f}" pass="0" class="SimpleFill" enabled="1">
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
        <layer locked="0" id="{4c5196a3-c2aa-4c1c-8ff7-c5f360cfc422}" pass="0" class="SimpleFill" enabled="1">
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
        <layer locked="0" id="{76646729-9661-4fd5-bb2f-e89ed5eb99bf}" pass="0" class="SimpleFill" enabled="1">
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
        <layer locked="0" id="{0fe79e78-d926-4ec6-b183-0c6fa0017364}" pass="0" class="SimpleFill" enabled="1">
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
        <layer locked="0" id="{aeaf086f-44a2-4d27-aeb1-c565a23b5fbc}" pass="0" class="SimpleFill" enabled="1">
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
        <layer locked="0" id="{24598df5-3a9b-4a1f-b009-6bbee10da367}" pass="0" class="SimpleFill" enabled="1">
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
