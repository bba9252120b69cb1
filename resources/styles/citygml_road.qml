<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" simplifyMaxScale="1" version="3.40.6-Bratislava" simplifyAlgorithm="0" autoRefreshTime="0" styleCategories="AllStyleCategories" symbologyReferenceScale="-1" minScale="100000000" autoRefreshMode="Disabled" maxScale="0" labelsEnabled="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" readOnly="0">
  <renderer-3d type="rulebased" layer="">
    <vector-layer-3d-tiling zoom-levels-count="3" show-bounding-boxes="0"/>
    <rules key="{eb546b66-0b53-4169-861b-ab4474645c8a}">
      <rule filter="&quot;function_code&quot; = '1'" key="{6b12f52e-1401-4f66-8e27-a67a9dc1f400}" description="Expressway">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="40,130,70,255,rgb:0.15686274509803921,0.50980392156862742,0.27450980392156865,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;function_code&quot; = '2'" key="{bc936a0d-2179-431f-84e3-803bcd71cffe}" description="National road">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="220,60,50,255,rgb:0.86274509803921573,0.23529411764705882,0.19607843137254902,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;function_code&quot; = '3'" key="{4b61bb27-804f-4c34-83a9-2bf7ca05bc72}" description="Prefectural road">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="245,170,60,255,rgb:0.96078431372549022,0.66666666666666663,0.23529411764705882,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="&quot;function_code&quot; = '4'" key="{92815995-6db2-4dd8-9b1b-ea993b5f1d49}" description="Municipal road">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="250,235,150,255,rgb:0.98039215686274506,0.92156862745098034,0.58823529411764708,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data-defined-properties>
          <edges width="1" color="0,0,0,255,rgb:0,0,0,1" enabled="0"/>
        </symbol>
      </rule>
      <rule filter="ELSE" key="{c0ac777a-abe6-4930-a7d7-cdcb407fcfd9}" description="Other or unknown road">
        <symbol type="polygon" material_type="phong">
          <data alt-clamping="terrain" add-back-faces="1" culling-mode="no-culling" rendered-facade="3" alt-binding="vertex" extrusion-height="0" offset="0" invert-normals="0"/>
          <material ambient="70,70,70,255,rgb:0.27450980392156865,0.27450980392156865,0.27450980392156865,1" diffuse="215,215,210,255,rgb:0.84313725490196079,0.84313725490196079,0.82352941176470584,1" kd="1" opacity="1" ks="1" specular="255,255,255,255,rgb:1,1,1,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
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
  <temporal mode="0" fixedDuration="0" durationUnit="min" startExpression="" durationField="" endField="" endExpression="" accumulate="0" enabled="0" limitMode="0" startField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation type="IndividualFeatures" symbology="Line" showMarkerSymbolInSurfacePlots="0" zoffset="0" zscale="1" clamping="Relative" extrusionEnabled="0" binding="Centroid" extrusion="0" respectLayerSymbol="1">
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol type="line" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" pass="0" locked="0" enabled="1" id="{8efb72af-bdc5-4489-af0e-79b8696f0cd3}">
          <Option type="Map">
            <Option type="QString" value="0" name="align_dash_pattern"/>
            <Option type="QString" value="square" name="capstyle"/>
            <Option type="QString" value="5;2" name="customdash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
            <Option type="QString" value="MM" name="customdash_unit"/>
            <Option type="QString" value="0" name="dash_pattern_offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
            <Option type="QString" value="0" name="draw_inside_polygon"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="125,139,143,255,rgb:0.49019607843137253,0.54509803921568623,0.5607843137254902,1" name="line_color"/>
            <Option type="QString" value="solid" name="line_style"/>
            <Option type="QString" value="0.6" name="line_width"/>
            <Option type="QString" value="MM" name="line_width_unit"/>
            <Option type="QString" value="0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="0" name="ring_filter"/>
            <Option type="QString" value="0" name="trim_distance_end"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_end_unit"/>
            <Option type="QString" value="0" name="trim_distance_start"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
            <Option type="QString" value="MM" name="trim_distance_start_unit"/>
            <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
            <Option type="QString" value="0" name="use_custom_dash"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileLineSymbol>
    <profileFillSymbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{fd51e005-c26d-41ab-b679-0e093bd964da}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="125,139,143,255,rgb:0.49019607843137253,0.54509803921568623,0.5607843137254902,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="89,99,102,255,rgb:0.35013351644159607,0.3893492027161059,0.40054932478828109,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileFillSymbol>
    <profileMarkerSymbol>
      <symbol type="marker" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" locked="0" enabled="1" id="{10daaadf-31e7-4c72-977a-3b44cba899c1}">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="125,139,143,255,rgb:0.49019607843137253,0.54509803921568623,0.5607843137254902,1" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="diamond" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="89,99,102,255,rgb:0.35013351644159607,0.3893492027161059,0.40054932478828109,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="3" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileMarkerSymbol>
  </elevation>
  <renderer-v2 type="RuleRenderer" symbollevels="0" referencescale="-1" forceraster="0" enableorderby="0">
    <rules key="{d824850c-878b-431b-b864-68a9bbb7a1da}">
      <rule filter="&quot;function_code&quot; = '1'" key="{fb55f802-2957-46ac-9e1a-606bd27dedd5}" label="Expressway" symbol="0"/>
      <rule filter="&quot;function_code&quot; = '2'" key="{784b936f-2e81-4774-a42c-7b5b5eccef6d}" label="National road" symbol="1"/>
      <rule filter="&quot;function_code&quot; = '3'" key="{45689c87-6def-49fd-98ed-dd6844666b8e}" label="Prefectural road" symbol="2"/>
      <rule filter="&quot;function_code&quot; = '4'" key="{2cea1f36-e6d9-40eb-96ca-55782a9e48a5}" label="Municipal road" symbol="3"/>
      <rule filter="ELSE" key="{e67e3a74-ceb4-4fd2-9b96-576a061c078f}" label="Other or unknown road" symbol="4"/>
    </rules>
    <symbols>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{6c05172d-96d5-4067-85e1-caf8d25378cf}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="40,130,70,255,rgb:0.15686274509803921,0.50980392156862742,0.27450980392156865,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{0ed1fb78-9583-43f7-aa95-912f11bc0f96}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="220,60,50,255,rgb:0.86274509803921573,0.23529411764705882,0.19607843137254902,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="2" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{7f313371-9abf-4fca-b56f-6d6583397c2a}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="245,170,60,255,rgb:0.96078431372549022,0.66666666666666663,0.23529411764705882,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="3" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{ef629af0-41c3-4b8b-8cc8-c13fbd9074c4}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="250,235,150,255,rgb:0.98039215686274506,0.92156862745098034,0.58823529411764708,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" clip_to_extent="1" alpha="1" is_animated="0" name="4" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1" id="{5523f18c-2fb5-4afc-b9ed-9f462d4cd56e}">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="215,215,210,255,rgb:0.84313725490196079,0.84313725490196079,0.82352941176470584,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
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
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <fieldConfiguration>
    <field name="gml_id" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="feature_type" configurationFlags="NoFlag">
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
    <field name="function" configurationFlags="NoFlag">
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
    <field name="hazard" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_scale" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_rank" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_rank_label" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_depth" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flood_river" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="admin_type" configurationFlags="NoFlag">
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
    <field name="scenario" configurationFlags="NoFlag">
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
    <field name="function_code" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="gml_id" name="" index="0"/>
    <alias field="feature_type" name="" index="1"/>
    <alias field="name" name="" index="2"/>
    <alias field="class" name="" index="3"/>
    <alias field="function" name="" index="4"/>
    <alias field="usage" name="" index="5"/>
    <alias field="hazard" name="" index="6"/>
    <alias field="flood_scale" name="" index="7"/>
    <alias field="flood_rank" name="" index="8"/>
    <alias field="flood_rank_label" name="" index="9"/>
    <alias field="flood_depth" name="" index="10"/>
    <alias field="flood_river" name="" index="11"/>
    <alias field="admin_type" name="" index="12"/>
    <alias field="source_file" name="" index="13"/>
    <alias field="attributes_json" name="" index="14"/>
    <alias field="scenario" name="" index="15"/>
    <alias field="class_code" name="" index="16"/>
    <alias field="function_code" name="" index="17"/>
  </aliases>
  <splitPolicies>
    <policy field="gml_id" policy="Duplicate"/>
    <policy field="feature_type" policy="Duplicate"/>
    <policy field="name" policy="Duplicate"/>
    <policy field="class" policy="Duplicate"/>
    <policy field="function" policy="Duplicate"/>
    <policy field="usage" policy="Duplicate"/>
    <policy field="hazard" policy="Duplicate"/>
    <policy field="flood_scale" policy="Duplicate"/>
    <policy field="flood_rank" policy="Duplicate"/>
    <policy field="flood_rank_label" policy="Duplicate"/>
    <policy field="flood_depth" policy="Duplicate"/>
    <policy field="flood_river" policy="Duplicate"/>
    <policy field="admin_type" policy="Duplicate"/>
    <policy field="source_file" policy="Duplicate"/>
    <policy field="attributes_json" policy="Duplicate"/>
    <policy field="scenario" policy="Duplicate"/>
    <policy field="class_code" policy="Duplicate"/>
    <policy field="function_code" policy="Duplicate"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy field="gml_id" policy="Duplicate"/>
    <policy field="feature_type" policy="Duplicate"/>
    <policy field="name" policy="Duplicate"/>
    <policy field="class" policy="Duplicate"/>
    <policy field="function" policy="Duplicate"/>
    <policy field="usage" policy="Duplicate"/>
    <policy field="hazard" policy="Duplicate"/>
    <policy field="flood_scale" policy="Duplicate"/>
    <policy field="flood_rank" policy="Duplicate"/>
    <policy field="flood_rank_label" policy="Duplicate"/>
    <policy field="flood_depth" policy="Duplicate"/>
    <policy field="flood_river" policy="Duplicate"/>
    <policy field="admin_type" policy="Duplicate"/>
    <policy field="source_file" policy="Duplicate"/>
    <policy field="attributes_json" policy="Duplicate"/>
    <policy field="scenario" policy="Duplicate"/>
    <policy field="class_code" policy="Duplicate"/>
    <policy field="function_code" policy="Duplicate"/>
  </duplicatePolicies>
  <defaults>
    <default field="gml_id" expression="" applyOnUpdate="0"/>
    <default field="feature_type" expression="" applyOnUpdate="0"/>
    <default field="name" expression="" applyOnUpdate="0"/>
    <default field="class" expression="" applyOnUpdate="0"/>
    <default field="function" expression="" applyOnUpdate="0"/>
    <default field="usage" expression="" applyOnUpdate="0"/>
    <default field="hazard" expression="" applyOnUpdate="0"/>
    <default field="flood_scale" expression="" applyOnUpdate="0"/>
    <default field="flood_rank" expression="" applyOnUpdate="0"/>
    <default field="flood_rank_label" expression="" applyOnUpdate="0"/>
    <default field="flood_depth" expression="" applyOnUpdate="0"/>
    <default field="flood_river" expression="" applyOnUpdate="0"/>
    <default field="admin_type" expression="" applyOnUpdate="0"/>
    <default field="source_file" expression="" applyOnUpdate="0"/>
    <default field="attributes_json" expression="" applyOnUpdate="0"/>
    <default field="scenario" expression="" applyOnUpdate="0"/>
    <default field="class_code" expression="" applyOnUpdate="0"/>
    <default field="function_code" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="gml_id" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="feature_type" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="name" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="class" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="function" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="usage" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="hazard" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="flood_scale" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="flood_rank" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="flood_rank_label" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="flood_depth" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="flood_river" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="admin_type" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="source_file" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="attributes_json" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="scenario" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="class_code" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="function_code" exp_strength="0" notnull_strength="0" constraints="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="gml_id" exp="" desc=""/>
    <constraint field="feature_type" exp="" desc=""/>
    <constraint field="name" exp="" desc=""/>
    <constraint field="class" exp="" desc=""/>
    <constraint field="function" exp="" desc=""/>
    <constraint field="usage" exp="" desc=""/>
    <constraint field="hazard" exp="" desc=""/>
    <constraint field="flood_scale" exp="" desc=""/>
    <constraint field="flood_rank" exp="" desc=""/>
    <constraint field="flood_rank_label" exp="" desc=""/>
    <constraint field="flood_depth" exp="" desc=""/>
    <constraint field="flood_river" exp="" desc=""/>
    <constraint field="admin_type" exp="" desc=""/>
    <constraint field="source_file" exp="" desc=""/>
    <constraint field="attributes_json" exp="" desc=""/>
    <constraint field="scenario" exp="" desc=""/>
    <constraint field="class_code" exp="" desc=""/>
    <constraint field="function_code" exp="" desc=""/>
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
