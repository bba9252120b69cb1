<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis autoRefreshTime="0" readOnly="0" symbologyReferenceScale="-1" simplifyDrawingHints="1" hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0" version="3.40.6-Bratislava" maxScale="0" minScale="100000000" simplifyMaxScale="1" styleCategories="AllStyleCategories" autoRefreshMode="Disabled" simplifyDrawingTol="1" labelsEnabled="0" simplifyLocal="1">
  <renderer-3d type="rulebased" layer="">
    <vector-layer-3d-tiling show-bounding-boxes="0" zoom-levels-count="3"/>
    <rules key="{7156afcf-1000-4d29-9e35-4d6812397bc6}">
      <rule key="{73df1dbd-84d9-4717-ad29-bd949e1cc2f5}" description="L2 &lt; 0.5 m" filter="&quot;flood_l2_rank&quot; = 1">
        <symbol type="polygon" material_type="phong">
          <data add-back-faces="1" invert-normals="0" culling-mode="no-culling" offset="0" extrusion-height="0" alt-clamping="absolute" rendered-facade="3" alt-binding="centroid"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="247,245,169,255,rgb:0.96862745098039216,0.96078431372549022,0.66274509803921566,1" shininess="0" specular="255,255,255,255,rgb:1,1,1,1" kd="1" opacity="1" ka="1" ks="1">
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
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{63f3a047-a3c0-45a7-8964-7a24a7b2c341}" description="L2 0.5 - 3 m" filter="&quot;flood_l2_rank&quot; = 2">
        <symbol type="polygon" material_type="phong">
          <data add-back-faces="1" invert-normals="0" culling-mode="no-culling" offset="0" extrusion-height="0" alt-clamping="absolute" rendered-facade="3" alt-binding="centroid"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="255,216,192,255,rgb:1,0.84705882352941175,0.75294117647058822,1" shininess="0" specular="255,255,255,255,rgb:1,1,1,1" kd="1" opacity="1" ka="1" ks="1">
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
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{74ab9f80-0cda-4241-8426-1ceb395df513}" description="L2 3 - 5 m" filter="&quot;flood_l2_rank&quot; = 3">
        <symbol type="polygon" material_type="phong">
          <data add-back-faces="1" invert-normals="0" culling-mode="no-culling" offset="0" extrusion-height="0" alt-clamping="absolute" rendered-facade="3" alt-binding="centroid"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="255,183,183,255,rgb:1,0.71764705882352942,0.71764705882352942,1" shininess="0" specular="255,255,255,255,rgb:1,1,1,1" kd="1" opacity="1" ka="1" ks="1">
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
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{1f188885-e60a-4d0e-8aab-eee39b0faf60}" description="L2 5 - 10 m" filter="&quot;flood_l2_rank&quot; = 4">
        <symbol type="polygon" material_type="phong">
          <data add-back-faces="1" invert-normals="0" culling-mode="no-culling" offset="0" extrusion-height="0" alt-clamping="absolute" rendered-facade="3" alt-binding="centroid"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="255,145,145,255,rgb:1,0.56862745098039214,0.56862745098039214,1" shininess="0" specular="255,255,255,255,rgb:1,1,1,1" kd="1" opacity="1" ka="1" ks="1">
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
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{dee1851e-b5b8-4a6a-8727-b7e163411452}" description="L2 10 - 20 m" filter="&quot;flood_l2_rank&quot; = 5">
        <symbol type="polygon" material_type="phong">
          <data add-back-faces="1" invert-normals="0" culling-mode="no-culling" offset="0" extrusion-height="0" alt-clamping="absolute" rendered-facade="3" alt-binding="centroid"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="242,133,201,255,rgb:0.94901960784313721,0.52156862745098043,0.78823529411764703,1" shininess="0" specular="255,255,255,255,rgb:1,1,1,1" kd="1" opacity="1" ka="1" ks="1">
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
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{4b713ca4-4d00-44aa-ace4-26244b1fd029}" description="L2 >= 20 m" filter="&quot;flood_l2_rank&quot; = 6">
        <symbol type="polygon" material_type="phong">
          <data add-back-faces="1" invert-normals="0" culling-mode="no-culling" offset="0" extrusion-height="0" alt-clamping="absolute" rendered-facade="3" alt-binding="centroid"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="220,122,220,255,rgb:0.86274509803921573,0.47843137254901963,0.86274509803921573,1" shininess="0" specular="255,255,255,255,rgb:1,1,1,1" kd="1" opacity="1" ka="1" ks="1">
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
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{8693cde4-f43e-423d-b1cf-e1223645d786}" description="no flood rank" filter="ELSE">
        <symbol type="polygon" material_type="phong">
          <data add-back-faces="1" invert-normals="0" culling-mode="no-culling" offset="0" extrusion-height="0" alt-clamping="absolute" rendered-facade="3" alt-binding="centroid"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="200,200,200,255,rgb:0.78431372549019607,0.78431372549019607,0.78431372549019607,1" shininess="0" specular="255,255,255,255,rgb:1,1,1,1" kd="1" opacity="1" ka="1" ks="1">
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
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
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
  <temporal startField="" durationField="" fixedDuration="0" endField="" endExpression="" startExpression="" durationUnit="min" accumulate="0" enabled="0" mode="0" limitMode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation showMarkerSymbolInSurfacePlots="0" zscale="1" zoffset="0" type="IndividualFeatures" symbology="Line" clamping="Relative" binding="Centroid" extrusionEnabled="0" respectLayerSymbol="1" extrusion="0">
    <data-defined-properties>
      <Option type="Map">
        <Option value="" name="name" type="QString"/>
        <Option name="properties"/>
        <Option value="collection" name="type" type="QString"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol frame_rate="10" name="" clip_to_extent="1" type="line" alpha="1" is_animated="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" id="{a684f458-0bd5-4729-a938-f45ef122a661}" locked="0" class="SimpleLine" enabled="1">
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
      <symbol frame_rate="10" name="" clip_to_extent="1" type="fill" alpha="1" is_animated="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" id="{09aa5689-882e-4fbd-bbde-858675c0b9dd}" locked="0" class="SimpleFill" enabled="1">
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
      <symbol frame_rate="10" name="" clip_to_extent="1" type="marker" alpha="1" is_animated="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" id="{57bd89ce-f798-4348-93a5-7253744e3fd3}" locked="0" class="SimpleMarker" enabled="1">
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
  <renderer-v2 enableorderby="0" type="RuleRenderer" symbollevels="0" referencescale="-1" forceraster="0">
    <rules key="{ed30334e-f02f-4b7a-95c1-678c50703cb8}">
      <rule symbol="0" key="{fa52711f-4aef-4c6f-b58b-1447a4206154}" filter="&quot;flood_l2_rank&quot; = 1" label="L2 &lt; 0.5 m"/>
      <rule symbol="1" key="{0ae7dc22-1cb7-437a-b939-a3f1f1762315}" filter="&quot;flood_l2_rank&quot; = 2" label="L2 0.5 - 3 m"/>
      <rule symbol="2" key="{06cf4b9a-81b4-49f9-977f-a1be7c4221fd}" filter="&quot;flood_l2_rank&quot; = 3" label="L2 3 - 5 m"/>
      <rule symbol="3" key="{111971e7-95a4-48fe-8d05-8d46f042d646}" filter="&quot;flood_l2_rank&quot; = 4" label="L2 5 - 10 m"/>
      <rule symbol="4" key="{7da7825f-510c-4601-bc45-4df1e87a193a}" filter="&quot;flood_l2_rank&quot; = 5" label="L2 10 - 20 m"/>
      <rule symbol="5" key="{28eca7ee-0bd5-4aea-aaf6-9635fbed3e2a}" filter="&quot;flood_l2_rank&quot; = 6" label="L2 >= 20 m"/>
      <rule symbol="6" key="{5ddd90cf-7b6c-41ae-ae27-e57bb9a464bc}" filter="ELSE" label="no flood rank"/>
    </rules>
    <symbols>
      <symbol frame_rate="10" name="0" clip_to_extent="1" type="fill" alpha="1" is_animated="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" id="{c68a3b1f-84f6-4787-922c-af303fedfd7a}" locked="0" class="SimpleFill" enabled="1">
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
      <symbol frame_rate="10" name="1" clip_to_extent="1" type="fill" alpha="1" is_animated="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" id="{150e7683-bb8d-494a-82b8-c44f7a97be05}" locked="0" class="SimpleFill" enabled="1">
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
      <symbol frame_rate="10" name="2" clip_to_extent="1" type="fill" alpha="1" is_animated="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" id="{216217ae-79bd-475a-84fa-5a4a752fa302}" locked="0" class="SimpleFill" enabled="1">
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
      <symbol frame_rate="10" name="3" clip_to_extent="1" type="fill" alpha="1" is_animated="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" id="{cdf092f3-ab5b-460f-9f88-ce8a20c2dac9}" locked="0" class="SimpleFill" enabled="1">
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
      <symbol frame_rate="10" name="4" clip_to_extent="1" type="fill" alpha="1" is_animated="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" id="{217afb4b-2078-4c82-a894-7c01982c26e7}" locked="0" class="SimpleFill" enabled="1">
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
      <symbol frame_rate="10" name="5" clip_to_extent="1" type="fill" alpha="1" is_animated="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" id="{ce835634-31b1-4a31-a89a-0958bf69148e}" locked="0" class="SimpleFill" enabled="1">
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
      <symbol frame_rate="10" name="6" clip_to_extent="1" type="fill" alpha="1" is_animated="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" id="{0640af1f-7bb8-4e80-8289-4a2223f52eb3}" locked="0" class="SimpleFill" enabled="1">
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
  <legend showLabelLegend="0" type="default-vector"/>
  <fieldConfiguration>
    <field name="gml_id" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="building_id" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="name" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="class" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="class_code" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="usage" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="usage_code" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="function" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="measured_height" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="storeys_above" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="storeys_below" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="structure" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="structure_code" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="year_built" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="survey_year" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="roof_type" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="address" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="prefecture_code" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="city_code" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_l1_rank" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_l1_rank_label" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_l1_depth" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_l1_duration" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_l1_river" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_l2_rank" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_l2_rank_label" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_l2_depth" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_l2_duration" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_l2_river" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tsunami_rank" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tsunami_depth" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="high_tide_rank" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="high_tide_depth" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="inland_flood_rank" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="inland_flood_depth" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="landslide" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="risk_count" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ground_z" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="lod1_height" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="lods" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="source_file" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="attributes_json" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" name="" field="gml_id"/>
    <alias index="1" name="" field="building_id"/>
    <alias index="2" name="" field="name"/>
    <alias index="3" name="" field="class"/>
    <alias index="4" name="" field="class_code"/>
    <alias index="5" name="" field="usage"/>
    <alias index="6" name="" field="usage_code"/>
    <alias index="7" name="" field="function"/>
    <alias index="8" name="" field="measured_height"/>
    <alias index="9" name="" field="storeys_above"/>
    <alias index="10" name="" field="storeys_below"/>
    <alias index="11" name="" field="structure"/>
    <alias index="12" name="" field="structure_code"/>
    <alias index="13" name="" field="year_built"/>
    <alias index="14" name="" field="survey_year"/>
    <alias index="15" name="" field="roof_type"/>
    <alias index="16" name="" field="address"/>
    <alias index="17" name="" field="prefecture_code"/>
    <alias index="18" name="" field="city_code"/>
    <alias index="19" name="" field="flood_l1_rank"/>
    <alias index="20" name="" field="flood_l1_rank_label"/>
    <alias index="21" name="" field="flood_l1_depth"/>
    <alias index="22" name="" field="flood_l1_duration"/>
    <alias index="23" name="" field="flood_l1_river"/>
    <alias index="24" name="" field="flood_l2_rank"/>
    <alias index="25" name="" field="flood_l2_rank_label"/>
    <alias index="26" name="" field="flood_l2_depth"/>
    <alias index="27" name="" field="flood_l2_duration"/>
    <alias index="28" name="" field="flood_l2_river"/>
    <alias index="29" name="" field="tsunami_rank"/>
    <alias index="30" name="" field="tsunami_depth"/>
    <alias index="31" name="" field="high_tide_rank"/>
    <alias index="32" name="" field="high_tide_depth"/>
    <alias index="33" name="" field="inland_flood_rank"/>
    <alias index="34" name="" field="inland_flood_depth"/>
    <alias index="35" name="" field="landslide"/>
    <alias index="36" name="" field="risk_count"/>
    <alias index="37" name="" field="ground_z"/>
    <alias index="38" name="" field="lod1_height"/>
    <alias index="39" name="" field="lods"/>
    <alias index="40" name="" field="source_file"/>
    <alias index="41" name="" field="attributes_json"/>
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
    <default applyOnUpdate="0" field="gml_id" expression=""/>
    <default applyOnUpdate="0" field="building_id" expression=""/>
    <default applyOnUpdate="0" field="name" expression=""/>
    <default applyOnUpdate="0" field="class" expression=""/>
    <default applyOnUpdate="0" field="class_code" expression=""/>
    <default applyOnUpdate="0" field="usage" expression=""/>
    <default applyOnUpdate="0" field="usage_code" expression=""/>
    <default applyOnUpdate="0" field="function" expression=""/>
    <default applyOnUpdate="0" field="measured_height" expression=""/>
    <default applyOnUpdate="0" field="storeys_above" expression=""/>
    <default applyOnUpdate="0" field="storeys_below" expression=""/>
    <default applyOnUpdate="0" field="structure" expression=""/>
    <default applyOnUpdate="0" field="structure_code" expression=""/>
    <default applyOnUpdate="0" field="year_built" expression=""/>
    <default applyOnUpdate="0" field="survey_year" expression=""/>
    <default applyOnUpdate="0" field="roof_type" expression=""/>
    <default applyOnUpdate="0" field="address" expression=""/>
    <default applyOnUpdate="0" field="prefecture_code" expression=""/>
    <default applyOnUpdate="0" field="city_code" expression=""/>
    <default applyOnUpdate="0" field="flood_l1_rank" expression=""/>
    <default applyOnUpdate="0" field="flood_l1_rank_label" expression=""/>
    <default applyOnUpdate="0" field="flood_l1_depth" expression=""/>
    <default applyOnUpdate="0" field="flood_l1_duration" expression=""/>
    <default applyOnUpdate="0" field="flood_l1_river" expression=""/>
    <default applyOnUpdate="0" field="flood_l2_rank" expression=""/>
    <default applyOnUpdate="0" field="flood_l2_rank_label" expression=""/>
    <default applyOnUpdate="0" field="flood_l2_depth" expression=""/>
    <default applyOnUpdate="0" field="flood_l2_duration" expression=""/>
    <default applyOnUpdate="0" field="flood_l2_river" expression=""/>
    <default applyOnUpdate="0" field="tsunami_rank" expression=""/>
    <default applyOnUpdate="0" field="tsunami_depth" expression=""/>
    <default applyOnUpdate="0" field="high_tide_rank" expression=""/>
    <default applyOnUpdate="0" field="high_tide_depth" expression=""/>
    <default applyOnUpdate="0" field="inland_flood_rank" expression=""/>
    <default applyOnUpdate="0" field="inland_flood_depth" expression=""/>
    <default applyOnUpdate="0" field="landslide" expression=""/>
    <default applyOnUpdate="0" field="risk_count" expression=""/>
    <default applyOnUpdate="0" field="ground_z" expression=""/>
    <default applyOnUpdate="0" field="lod1_height" expression=""/>
    <default applyOnUpdate="0" field="lods" expression=""/>
    <default applyOnUpdate="0" field="source_file" expression=""/>
    <default applyOnUpdate="0" field="attributes_json" expression=""/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" field="gml_id" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="building_id" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="name" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="class" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="class_code" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="usage" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="usage_code" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="function" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="measured_height" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="storeys_above" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="storeys_below" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="structure" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="structure_code" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="year_built" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="survey_year" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="roof_type" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="address" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="prefecture_code" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="city_code" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="flood_l1_rank" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="flood_l1_rank_label" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="flood_l1_depth" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="flood_l1_duration" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="flood_l1_river" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="flood_l2_rank" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="flood_l2_rank_label" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="flood_l2_depth" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="flood_l2_duration" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="flood_l2_river" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="tsunami_rank" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="tsunami_depth" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="high_tide_rank" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="high_tide_depth" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="inland_flood_rank" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="inland_flood_depth" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="landslide" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="risk_count" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="ground_z" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="lod1_height" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="lods" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="source_file" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="attributes_json" constraints="0" notnull_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" field="gml_id" desc=""/>
    <constraint exp="" field="building_id" desc=""/>
    <constraint exp="" field="name" desc=""/>
    <constraint exp="" field="class" desc=""/>
    <constraint exp="" field="class_code" desc=""/>
    <constraint exp="" field="usage" desc=""/>
    <constraint exp="" field="usage_code" desc=""/>
    <constraint exp="" field="function" desc=""/>
    <constraint exp="" field="measured_height" desc=""/>
    <constraint exp="" field="storeys_above" desc=""/>
    <constraint exp="" field="storeys_below" desc=""/>
    <constraint exp="" field="structure" desc=""/>
    <constraint exp="" field="structure_code" desc=""/>
    <constraint exp="" field="year_built" desc=""/>
    <constraint exp="" field="survey_year" desc=""/>
    <constraint exp="" field="roof_type" desc=""/>
    <constraint exp="" field="address" desc=""/>
    <constraint exp="" field="prefecture_code" desc=""/>
    <constraint exp="" field="city_code" desc=""/>
    <constraint exp="" field="flood_l1_rank" desc=""/>
    <constraint exp="" field="flood_l1_rank_label" desc=""/>
    <constraint exp="" field="flood_l1_depth" desc=""/>
    <constraint exp="" field="flood_l1_duration" desc=""/>
    <constraint exp="" field="flood_l1_river" desc=""/>
    <constraint exp="" field="flood_l2_rank" desc=""/>
    <constraint exp="" field="flood_l2_rank_label" desc=""/>
    <constraint exp="" field="flood_l2_depth" desc=""/>
    <constraint exp="" field="flood_l2_duration" desc=""/>
    <constraint exp="" field="flood_l2_river" desc=""/>
    <constraint exp="" field="tsunami_rank" desc=""/>
    <constraint exp="" field="tsunami_depth" desc=""/>
    <constraint exp="" field="high_tide_rank" desc=""/>
    <constraint exp="" field="high_tide_depth" desc=""/>
    <constraint exp="" field="inland_flood_rank" desc=""/>
    <constraint exp="" field="inland_flood_depth" desc=""/>
    <constraint exp="" field="landslide" desc=""/>
    <constraint exp="" field="risk_count" desc=""/>
    <constraint exp="" field="ground_z" desc=""/>
    <constraint exp="" field="lod1_height" desc=""/>
    <constraint exp="" field="lods" desc=""/>
    <constraint exp="" field="source_file" desc=""/>
    <constraint exp="" field="attributes_json" desc=""/>
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
