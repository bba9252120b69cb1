<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis autoRefreshTime="0" readOnly="0" symbologyReferenceScale="-1" simplifyDrawingHints="1" hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0" version="3.40.6-Bratislava" maxScale="0" minScale="100000000" simplifyMaxScale="1" styleCategories="AllStyleCategories" autoRefreshMode="Disabled" simplifyDrawingTol="1" labelsEnabled="0" simplifyLocal="1">
  <renderer-3d type="rulebased" layer="">
    <vector-layer-3d-tiling show-bounding-boxes="0" zoom-levels-count="3"/>
    <rules key="{13dc30a4-2a16-478e-a9ed-e4fe209c2a0a}">
      <rule key="{c95f7919-43e9-44ef-8f57-573d046fb5bb}" description="L2 &lt; 0.5 m" filter="&quot;flood_l2_rank&quot; = 1">
        <symbol type="polygon" material_type="phong">
          <data add-back-faces="0" invert-normals="0" culling-mode="no-culling" offset="0" extrusion-height="0" alt-clamping="absolute" rendered-facade="3" alt-binding="centroid"/>
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
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{c6c129f1-126c-4087-9c7a-583b36c77d05}" description="L2 0.5 - 3 m" filter="&quot;flood_l2_rank&quot; = 2">
        <symbol type="polygon" material_type="phong">
          <data add-back-faces="0" invert-normals="0" culling-mode="no-culling" offset="0" extrusion-height="0" alt-clamping="absolute" rendered-facade="3" alt-binding="centroid"/>
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
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{d363b7ed-d873-43e1-b70f-69075785259d}" description="L2 3 - 5 m" filter="&quot;flood_l2_rank&quot; = 3">
        <symbol type="polygon" material_type="phong">
          <data add-back-faces="0" invert-normals="0" culling-mode="no-culling" offset="0" extrusion-height="0" alt-clamping="absolute" rendered-facade="3" alt-binding="centroid"/>
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
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{e2b79cd9-014f-469e-8678-3c93af3a7968}" description="L2 5 - 10 m" filter="&quot;flood_l2_rank&quot; = 4">
        <symbol type="polygon" material_type="phong">
          <data add-back-faces="0" invert-normals="0" culling-mode="no-culling" offset="0" extrusion-height="0" alt-clamping="absolute" rendered-facade="3" alt-binding="centroid"/>
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
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{5b7ea1f7-226d-4640-9492-7bdace9da632}" description="L2 10 - 20 m" filter="&quot;flood_l2_rank&quot; = 5">
        <symbol type="polygon" material_type="phong">
          <data add-back-faces="0" invert-normals="0" culling-mode="no-culling" offset="0" extrusion-height="0" alt-clamping="absolute" rendered-facade="3" alt-binding="centroid"/>
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
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{01d11363-db92-4c69-b967-def9331d7f67}" description="L2 >= 20 m" filter="&quot;flood_l2_rank&quot; = 6">
        <symbol type="polygon" material_type="phong">
          <data add-back-faces="0" invert-normals="0" culling-mode="no-culling" offset="0" extrusion-height="0" alt-clamping="absolute" rendered-facade="3" alt-binding="centroid"/>
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
          <edges color="0,0,0,255,rgb:0,0,0,1" width="1" enabled="0"/>
        </symbol>
      </rule>
      <rule key="{099bbb69-fe5d-47f0-a6b9-df154dcc1322}" description="no flood rank" filter="ELSE">
        <symbol type="polygon" material_type="phong">
          <data add-back-faces="0" invert-normals="0" culling-mode="no-culling" offset="0" extrusion-height="0" alt-clamping="absolute" rendered-facade="3" alt-binding="centroid"/>
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
        <layer pass="0" id="{6fbc7177-4891-44c3-9273-d1a7e681bba8}" locked="0" class="SimpleLine" enabled="1">
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
            <Option value="183,72,75,255,rgb:0.71764705882352942,0.28235294117647058,0.29411764705882354,1" name="line_color" type="QString"/>
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
        <layer pass="0" id="{af9caafc-471b-46ab-87e0-0cae40c1ebbc}" locked="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="183,72,75,255,rgb:0.71764705882352942,0.28235294117647058,0.29411764705882354,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="131,51,54,255,rgb:0.51259632257572285,0.20167849240863661,0.21007095445181964,1" name="outline_color" type="QString"/>
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
        <layer pass="0" id="{548f34ee-e977-4fc3-8b06-60e29f9b3ed3}" locked="0" class="SimpleMarker" enabled="1">
          <Option type="Map">
            <Option value="0" name="angle" type="QString"/>
            <Option value="square" name="cap_style" type="QString"/>
            <Option value="183,72,75,255,rgb:0.71764705882352942,0.28235294117647058,0.29411764705882354,1" name="color" type="QString"/>
            <Option value="1" name="horizontal_anchor_point" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="diamond" name="name" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="131,51,54,255,rgb:0.51259632257572285,0.20167849240863661,0.21007095445181964,1" name="outline_color" type="QString"/>
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
    <rules key="{791db9b2-0255-4b4f-a769-192c74539ca1}">
      <rule symbol="0" key="{6cd2a342-9612-4a48-a844-96573b592dd1}" filter="&quot;flood_l2_rank&quot; = 1" label="L2 &lt; 0.5 m"/>
      <rule symbol="1" key="{48cd7d20-403b-4ba3-8205-40126e9938e1}" filter="&quot;flood_l2_rank&quot; = 2" label="L2 0.5 - 3 m"/>
      <rule symbol="2" key="{130976b7-8b28-4b7a-a595-6335dd856901}" filter="&quot;flood_l2_rank&quot; = 3" label="L2 3 - 5 m"/>
      <rule symbol="3" key="{27994214-1076-4a60-b48c-8dcd46df347b}" filter="&quot;flood_l2_rank&quot; = 4" label="L2 5 - 10 m"/>
      <rule symbol="4" key="{5f9a758b-785d-4194-bb51-96dbbce82a82}" filter="&quot;flood_l2_rank&quot; = 5" label="L2 10 - 20 m"/>
      <rule symbol="5" key="{63cfc7dc-5ad1-4701-89cc-79b2ff9c2e6b}" filter="&quot;flood_l2_rank&quot; = 6" label="L2 >= 20 m"/>
      <rule symbol="6" key="{b3306748-e515-4212-beb4-91ed0240fb36}" filter="ELSE" label="no flood rank"/>
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
        <layer pass="0" id="{d2a697d7-c7eb-4254-9bc8-9eef079092f6}" locked="0" class="SimpleFill" enabled="1">
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
        <layer pass="0" id="{5bb27104-e222-40c3-93e6-be85ebadfbbf}" locked="0" class="SimpleFill" enabled="1">
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
        <layer pass="0" id="{10399be3-c175-4a11-9c4e-c1ac1cf138fe}" locked="0" class="SimpleFill" enabled="1">
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
        <layer pass="0" id="{509ebec9-4c5c-4719-9c7d-d787f815ee67}" locked="0" class="SimpleFill" enabled="1">
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
        <layer pass="0" id="{2729d1b7-5ef7-4edf-9a65-542c1c0f0925}" locked="0" class="SimpleFill" enabled="1">
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
        <layer pass="0" id="{04aeb5be-5948-48b6-9a7b-95163b211b0e}" locked="0" class="SimpleFill" enabled="1">
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
        <layer pass="0" id="{680380c4-dc9e-402e-ba01-fd79a7ed79d7}" locked="0" class="SimpleFill" enabled="1">
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
