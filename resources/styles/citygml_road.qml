<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="0" simplifyAlgorithm="0" readOnly="0" styleCategories="AllStyleCategories" simplifyDrawingHints="1" simplifyLocal="1" autoRefreshMode="Disabled" autoRefreshTime="0" symbologyReferenceScale="-1" simplifyDrawingTol="1" hasScaleBasedVisibilityFlag="0" maxScale="0" simplifyMaxScale="1" version="3.40.6-Bratislava" minScale="100000000">
  <renderer-3d layer="" type="rulebased">
    <vector-layer-3d-tiling zoom-levels-count="3" show-bounding-boxes="0"/>
    <rules key="{beee6da3-02c0-445d-9adc-7a20cd99f554}">
      <rule filter="&quot;function_code&quot; = '1'" key="{e1e20941-dbbd-4795-a0d8-d684f3143da6}" description="Expressway">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="22,72,38,255,rgb:0.08627450980392157,0.28235294117647058,0.14901960784313725,1" ambient="18,58,32,255,rgb:0.07058823529411765,0.22745098039215686,0.12549019607843137,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;function_code&quot; = '2'" key="{98e6be89-ca98-4046-99b4-92db285c8fd0}" description="National road">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="121,33,28,255,rgb:0.47450980392156861,0.12941176470588237,0.10980392156862745,1" ambient="99,27,22,255,rgb:0.38823529411764707,0.10588235294117647,0.08627450980392157,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;function_code&quot; = '3'" key="{1fcf53f3-cf4f-474a-a260-dfafaccfa3b6}" description="Prefectural road">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="135,94,33,255,rgb:0.52941176470588236,0.36862745098039218,0.12941176470588237,1" ambient="110,76,27,255,rgb:0.43137254901960786,0.29803921568627451,0.10588235294117647,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="&quot;function_code&quot; = '4'" key="{0ea3476b-827c-48fd-9fac-4a0105639225}" description="Municipal road">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="138,129,82,255,rgb:0.54117647058823526,0.50588235294117645,0.32156862745098042,1" ambient="112,106,68,255,rgb:0.4392156862745098,0.41568627450980394,0.26666666666666666,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
        </symbol>
      </rule>
      <rule filter="ELSE" key="{7cd5e202-216c-429b-8f52-2ff1eb02b2cc}" description="Other or unknown road">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="118,118,116,255,rgb:0.46274509803921571,0.46274509803921571,0.45490196078431372,1" ambient="97,97,94,255,rgb:0.38039215686274508,0.38039215686274508,0.36862745098039218,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
            <data-defined-properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data-defined-properties>
          </material>
          <data-defined-properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data-defined-properties>
          <edges enabled="0" width="1" color="0,0,0,255,rgb:0,0,0,1"/>
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
  <temporal mode="0" startField="" startExpression="" accumulate="0" enabled="0" fixedDuration="0" durationUnit="min" endField="" durationField="" limitMode="0" endExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation extrusionEnabled="0" zoffset="0" clamping="Relative" showMarkerSymbolInSurfacePlots="0" respectLayerSymbol="1" zscale="1" binding="Centroid" extrusion="0" type="IndividualFeatures" symbology="Line">
    <data-defined-properties>
      <Option type="Map">
        <Option name="name" value="" type="QString"/>
        <Option name="properties"/>
        <Option name="type" value="collection" type="QString"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="" is_animated="0" type="line" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" pass="0" id="{4bf67bc0-8b66-48a2-ac61-bd93c3d7ebf5}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="align_dash_pattern" value="0" type="QString"/>
            <Option name="capstyle" value="square" type="QString"/>
            <Option name="customdash" value="5;2" type="QString"/>
            <Option name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="customdash_unit" value="MM" type="QString"/>
            <Option name="dash_pattern_offset" value="0" type="QString"/>
            <Option name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="dash_pattern_offset_unit" value="MM" type="QString"/>
            <Option name="draw_inside_polygon" value="0" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="line_color" value="125,139,143,255,rgb:0.49019607843137253,0.54509803921568623,0.5607843137254902,1" type="QString"/>
            <Option name="line_style" value="solid" type="QString"/>
            <Option name="line_width" value="0.6" type="QString"/>
            <Option name="line_width_unit" value="MM" type="QString"/>
            <Option name="offset" value="0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="ring_filter" value="0" type="QString"/>
            <Option name="trim_distance_end" value="0" type="QString"/>
            <Option name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_end_unit" value="MM" type="QString"/>
            <Option name="trim_distance_start" value="0" type="QString"/>
            <Option name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_start_unit" value="MM" type="QString"/>
            <Option name="tweak_dash_pattern_on_corners" value="0" type="QString"/>
            <Option name="use_custom_dash" value="0" type="QString"/>
            <Option name="width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileLineSymbol>
    <profileFillSymbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{ed179bfc-698e-4206-a88d-7af7667f4a0a}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="125,139,143,255,rgb:0.49019607843137253,0.54509803921568623,0.5607843137254902,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="89,99,102,255,rgb:0.35013351644159607,0.3893492027161059,0.40054932478828109,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.2" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileFillSymbol>
    <profileMarkerSymbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="" is_animated="0" type="marker" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" id="{beb8f654-db9d-45a0-b33d-e152e859e7c8}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="angle" value="0" type="QString"/>
            <Option name="cap_style" value="square" type="QString"/>
            <Option name="color" value="125,139,143,255,rgb:0.49019607843137253,0.54509803921568623,0.5607843137254902,1" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="name" value="diamond" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="89,99,102,255,rgb:0.35013351644159607,0.3893492027161059,0.40054932478828109,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.2" type="QString"/>
            <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="size" value="3" type="QString"/>
            <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileMarkerSymbol>
  </elevation>
  <renderer-v2 referencescale="-1" enableorderby="0" symbollevels="0" forceraster="0" type="RuleRenderer">
    <rules key="{b6a488f4-8352-45ff-819c-fa6b7ddd2c16}">
      <rule label="Expressway" filter="&quot;function_code&quot; = '1'" key="{c98d9da3-a5ab-41e7-9187-fafcc651ac99}" symbol="0"/>
      <rule label="National road" filter="&quot;function_code&quot; = '2'" key="{4ae1f84a-2ed9-4d90-8f08-4e7cfde1b1a2}" symbol="1"/>
      <rule label="Prefectural road" filter="&quot;function_code&quot; = '3'" key="{ab81192b-cb53-44d3-bd0e-36920c5ab122}" symbol="2"/>
      <rule label="Municipal road" filter="&quot;function_code&quot; = '4'" key="{e1ab0901-313e-4fa2-b103-0c4c213b7865}" symbol="3"/>
      <rule label="Other or unknown road" filter="ELSE" key="{3ab844ae-987b-40f3-bdb0-bcb8b9362624}" symbol="4"/>
    </rules>
    <symbols>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="0" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{69c56563-3aff-47c0-8dda-bf34b4db45d4}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="40,130,70,255,rgb:0.15686274509803921,0.50980392156862742,0.27450980392156865,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="1" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{5930ac79-39b8-4dda-a8df-ff02a3d929b8}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="220,60,50,255,rgb:0.86274509803921573,0.23529411764705882,0.19607843137254902,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="2" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{a0215603-0bb8-4024-96c0-e76e41906fed}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="245,170,60,255,rgb:0.96078431372549022,0.66666666666666663,0.23529411764705882,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="3" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{fdc64927-3eba-4c9f-92ca-840bf22a86b0}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="250,235,150,255,rgb:0.98039215686274506,0.92156862745098034,0.58823529411764708,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="4" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{6ab25a48-a80b-4d62-9322-2bbd513b0a4e}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="215,215,210,255,rgb:0.84313725490196079,0.84313725490196079,0.82352941176470584,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.1" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <data-defined-properties>
      <Option type="Map">
        <Option name="name" value="" type="QString"/>
        <Option name="properties"/>
        <Option name="type" value="collection" type="QString"/>
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
    <field configurationFlags="NoFlag" name="gml_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="feature_type">
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
    <field configurationFlags="NoFlag" name="function">
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
    <field configurationFlags="NoFlag" name="hazard">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_scale">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_rank">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_rank_label">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_depth">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="flood_river">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="admin_type">
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
    <field configurationFlags="NoFlag" name="scenario">
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
    <field configurationFlags="NoFlag" name="function_code">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="gml_id" name=""/>
    <alias index="1" field="feature_type" name=""/>
    <alias index="2" field="name" name=""/>
    <alias index="3" field="class" name=""/>
    <alias index="4" field="function" name=""/>
    <alias index="5" field="usage" name=""/>
    <alias index="6" field="hazard" name=""/>
    <alias index="7" field="flood_scale" name=""/>
    <alias index="8" field="flood_rank" name=""/>
    <alias index="9" field="flood_rank_label" name=""/>
    <alias index="10" field="flood_depth" name=""/>
    <alias index="11" field="flood_river" name=""/>
    <alias index="12" field="admin_type" name=""/>
    <alias index="13" field="source_file" name=""/>
    <alias index="14" field="attributes_json" name=""/>
    <alias index="15" field="scenario" name=""/>
    <alias index="16" field="class_code" name=""/>
    <alias index="17" field="function_code" name=""/>
  </aliases>
  <splitPolicies>
    <policy policy="Duplicate" field="gml_id"/>
    <policy policy="Duplicate" field="feature_type"/>
    <policy policy="Duplicate" field="name"/>
    <policy policy="Duplicate" field="class"/>
    <policy policy="Duplicate" field="function"/>
    <policy policy="Duplicate" field="usage"/>
    <policy policy="Duplicate" field="hazard"/>
    <policy policy="Duplicate" field="flood_scale"/>
    <policy policy="Duplicate" field="flood_rank"/>
    <policy policy="Duplicate" field="flood_rank_label"/>
    <policy policy="Duplicate" field="flood_depth"/>
    <policy policy="Duplicate" field="flood_river"/>
    <policy policy="Duplicate" field="admin_type"/>
    <policy policy="Duplicate" field="source_file"/>
    <policy policy="Duplicate" field="attributes_json"/>
    <policy policy="Duplicate" field="scenario"/>
    <policy policy="Duplicate" field="class_code"/>
    <policy policy="Duplicate" field="function_code"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy policy="Duplicate" field="gml_id"/>
    <policy policy="Duplicate" field="feature_type"/>
    <policy policy="Duplicate" field="name"/>
    <policy policy="Duplicate" field="class"/>
    <policy policy="Duplicate" field="function"/>
    <policy policy="Duplicate" field="usage"/>
    <policy policy="Duplicate" field="hazard"/>
    <policy policy="Duplicate" field="flood_scale"/>
    <policy policy="Duplicate" field="flood_rank"/>
    <policy policy="Duplicate" field="flood_rank_label"/>
    <policy policy="Duplicate" field="flood_depth"/>
    <policy policy="Duplicate" field="flood_river"/>
    <policy policy="Duplicate" field="admin_type"/>
    <policy policy="Duplicate" field="source_file"/>
    <policy policy="Duplicate" field="attributes_json"/>
    <policy policy="Duplicate" field="scenario"/>
    <policy policy="Duplicate" field="class_code"/>
    <policy policy="Duplicate" field="function_code"/>
  </duplicatePolicies>
  <defaults>
    <default applyOnUpdate="0" field="gml_id" expression=""/>
    <default applyOnUpdate="0" field="feature_type" expression=""/>
    <default applyOnUpdate="0" field="name" expression=""/>
    <default applyOnUpdate="0" field="class" expression=""/>
    <default applyOnUpdate="0" field="function" expression=""/>
    <default applyOnUpdate="0" field="usage" expression=""/>
    <default applyOnUpdate="0" field="hazard" expression=""/>
    <default applyOnUpdate="0" field="flood_scale" expression=""/>
    <default applyOnUpdate="0" field="flood_rank" expression=""/>
    <default applyOnUpdate="0" field="flood_rank_label" expression=""/>
    <default applyOnUpdate="0" field="flood_depth" expression=""/>
    <default applyOnUpdate="0" field="flood_river" expression=""/>
    <default applyOnUpdate="0" field="admin_type" expression=""/>
    <default applyOnUpdate="0" field="source_file" expression=""/>
    <default applyOnUpdate="0" field="attributes_json" expression=""/>
    <default applyOnUpdate="0" field="scenario" expression=""/>
    <default applyOnUpdate="0" field="class_code" expression=""/>
    <default applyOnUpdate="0" field="function_code" expression=""/>
  </defaults>
  <constraints>
    <constraint notnull_strength="0" constraints="0" field="gml_id" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="feature_type" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="name" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="class" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="function" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="usage" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="hazard" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_scale" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_rank" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_rank_label" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_depth" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_river" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="admin_type" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="source_file" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="attributes_json" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="scenario" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="class_code" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="function_code" exp_strength="0" unique_strength="0"/>
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
