<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="0" simplifyAlgorithm="0" readOnly="0" styleCategories="AllStyleCategories" simplifyDrawingHints="1" simplifyLocal="1" autoRefreshMode="Disabled" autoRefreshTime="0" symbologyReferenceScale="-1" simplifyDrawingTol="1" hasScaleBasedVisibilityFlag="0" maxScale="0" simplifyMaxScale="1" version="3.40.6-Bratislava" minScale="100000000">
  <renderer-3d layer="" type="rulebased">
    <vector-layer-3d-tiling zoom-levels-count="3" show-bounding-boxes="0"/>
    <rules key="{b0aa7dc6-b197-4cea-b6b0-a53b3ed09377}">
      <rule filter="left(&quot;function_code&quot;, 1) = '1'" key="{b1e6aaf5-bf3e-4fd0-9b2a-f2173d067d93}" description="Carriageway">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="61,61,63,255,rgb:0.23921568627450981,0.23921568627450981,0.24705882352941178,1" ambient="50,50,52,255,rgb:0.19607843137254902,0.19607843137254902,0.20392156862745098,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
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
      <rule filter="left(&quot;function_code&quot;, 1) = '2'" key="{c4ae9c5f-8992-434a-b48c-10bd30aa82c7}" description="Sidewalk">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="132,107,82,255,rgb:0.51764705882352946,0.41960784313725491,0.32156862745098042,1" ambient="108,88,68,255,rgb:0.42352941176470588,0.34509803921568627,0.26666666666666666,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
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
      <rule filter="left(&quot;function_code&quot;, 1) = '3'" key="{fc39df4f-c4ce-4153-9a32-edd38a80fc06}" description="Island or median">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="127,121,66,255,rgb:0.49803921568627452,0.47450980392156861,0.25882352941176473,1" ambient="104,99,54,255,rgb:0.40784313725490196,0.38823529411764707,0.21176470588235294,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
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
      <rule filter="left(&quot;function_code&quot;, 1) = '4'" key="{91f516a6-53ed-4233-a7b4-a3a14370071d}" description="Tram stop">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="127,121,66,255,rgb:0.49803921568627452,0.47450980392156861,0.25882352941176473,1" ambient="104,99,54,255,rgb:0.40784313725490196,0.38823529411764707,0.21176470588235294,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
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
      <rule filter="left(&quot;function_code&quot;, 1) = '5'" key="{e11a29d9-f90d-4333-8e0f-9ecdbfe52580}" description="Planting">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="61,99,50,255,rgb:0.23921568627450981,0.38823529411764707,0.19607843137254902,1" ambient="50,81,40,255,rgb:0.19607843137254902,0.31764705882352939,0.15686274509803921,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
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
      <rule filter="left(&quot;function_code&quot;, 1) = '6'" key="{719fe21f-9090-42e2-b994-bf9a27d8e35b}" description="Bicycle parking">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="88,105,127,255,rgb:0.34509803921568627,0.41176470588235292,0.49803921568627452,1" ambient="72,86,104,255,rgb:0.28235294117647058,0.33725490196078434,0.40784313725490196,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
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
      <rule filter="left(&quot;function_code&quot;, 1) = '7'" key="{916bd428-1c08-4849-b6f9-39d46f9639c4}" description="Car park">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="terrain" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="vertex" offset="0.30000001"/>
          <material opacity="1" kd="1" diffuse="88,105,127,255,rgb:0.34509803921568627,0.41176470588235292,0.49803921568627452,1" ambient="72,86,104,255,rgb:0.28235294117647058,0.33725490196078434,0.40784313725490196,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
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
      <rule filter="ELSE" key="{9ae797d4-87aa-49e9-bc55-025ba3cb53df}" description="Other traffic area">
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
        <layer class="SimpleLine" pass="0" id="{5e3a7a6f-2f08-492c-bc8d-9ed691084c0e}" enabled="1" locked="0">
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
            <Option name="line_color" value="190,178,151,255,rgb:0.74509803921568629,0.69803921568627447,0.59215686274509804,1" type="QString"/>
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
        <layer class="SimpleFill" pass="0" id="{9c896ad4-843c-4456-a468-557c57195757}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="190,178,151,255,rgb:0.74509803921568629,0.69803921568627447,0.59215686274509804,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="136,127,108,255,rgb:0.53220416571297779,0.49858854047455559,0.42296482795452811,1" type="QString"/>
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
        <layer class="SimpleMarker" pass="0" id="{3a1c1957-a970-42ca-920e-790fbda730c7}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="angle" value="0" type="QString"/>
            <Option name="cap_style" value="square" type="QString"/>
            <Option name="color" value="190,178,151,255,rgb:0.74509803921568629,0.69803921568627447,0.59215686274509804,1" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="name" value="diamond" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="136,127,108,255,rgb:0.53220416571297779,0.49858854047455559,0.42296482795452811,1" type="QString"/>
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
    <rules key="{dff238ac-b874-4003-8472-53dfbf0a51ff}">
      <rule label="Carriageway" filter="left(&quot;function_code&quot;, 1) = '1'" key="{4151dd26-456e-4449-b5d3-f21096a1e3c7}" symbol="0"/>
      <rule label="Sidewalk" filter="left(&quot;function_code&quot;, 1) = '2'" key="{f362b7f6-764e-40b5-a4ae-9ee14452c60e}" symbol="1"/>
      <rule label="Island or median" filter="left(&quot;function_code&quot;, 1) = '3'" key="{4f937b48-cd4d-44e7-ac76-2c3b982d50df}" symbol="2"/>
      <rule label="Tram stop" filter="left(&quot;function_code&quot;, 1) = '4'" key="{daf0c90f-152f-49ed-9ab8-a508cc211907}" symbol="3"/>
      <rule label="Planting" filter="left(&quot;function_code&quot;, 1) = '5'" key="{4477b332-6bbb-4563-a930-d7198348d182}" symbol="4"/>
      <rule label="Bicycle parking" filter="left(&quot;function_code&quot;, 1) = '6'" key="{2453963f-e0b9-41d8-994f-538adf1b4354}" symbol="5"/>
      <rule label="Car park" filter="left(&quot;function_code&quot;, 1) = '7'" key="{e1d00f39-4ce8-4956-a7d5-7d78b826f937}" symbol="6"/>
      <rule label="Other traffic area" filter="ELSE" key="{0276f230-e8cf-4041-91bd-97cdffde6169}" symbol="7"/>
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
        <layer class="SimpleFill" pass="0" id="{ade8dd84-444a-42b7-928b-240a0e3a05b0}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="110,110,115,255,rgb:0.43137254901960786,0.43137254901960786,0.45098039215686275,1" type="QString"/>
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
        <layer class="SimpleFill" pass="0" id="{d4de01e9-4a20-41e9-aef3-e96ac01603f1}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="240,195,150,255,rgb:0.94117647058823528,0.76470588235294112,0.58823529411764708,1" type="QString"/>
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
        <layer class="SimpleFill" pass="0" id="{a8be7b95-a613-4f5b-acfa-2268097497c8}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="230,220,120,255,rgb:0.90196078431372551,0.86274509803921573,0.47058823529411764,1" type="QString"/>
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
        <layer class="SimpleFill" pass="0" id="{e3b1f49c-41f3-4d72-ba37-cab448cafcd0}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="230,220,120,255,rgb:0.90196078431372551,0.86274509803921573,0.47058823529411764,1" type="QString"/>
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
        <layer class="SimpleFill" pass="0" id="{7adf42bb-3dff-42d2-8b95-5c3ce6d3d237}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="110,180,90,255,rgb:0.43137254901960786,0.70588235294117652,0.35294117647058826,1" type="QString"/>
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
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="5" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{7d656455-e231-43cf-b624-a8f2425b3312}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="160,190,230,255,rgb:0.62745098039215685,0.74509803921568629,0.90196078431372551,1" type="QString"/>
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
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="6" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{3346d090-3a02-4ffe-8281-82ce8ec6d18d}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="160,190,230,255,rgb:0.62745098039215685,0.74509803921568629,0.90196078431372551,1" type="QString"/>
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
      <symbol alpha="1" frame_rate="10" force_rhr="0" name="7" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{d6bb6e3a-fbd8-4df7-950b-7b47263d0aea}" enabled="1" locked="0">
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
    <field configurationFlags="NoFlag" name="area_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="gml_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="kind">
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
    <field configurationFlags="NoFlag" name="function_code">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="area_m2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="area_id" name=""/>
    <alias index="1" field="gml_id" name=""/>
    <alias index="2" field="kind" name=""/>
    <alias index="3" field="function" name=""/>
    <alias index="4" field="function_code" name=""/>
    <alias index="5" field="area_m2" name=""/>
  </aliases>
  <splitPolicies>
    <policy policy="Duplicate" field="area_id"/>
    <policy policy="Duplicate" field="gml_id"/>
    <policy policy="Duplicate" field="kind"/>
    <policy policy="Duplicate" field="function"/>
    <policy policy="Duplicate" field="function_code"/>
    <policy policy="Duplicate" field="area_m2"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy policy="Duplicate" field="area_id"/>
    <policy policy="Duplicate" field="gml_id"/>
    <policy policy="Duplicate" field="kind"/>
    <policy policy="Duplicate" field="function"/>
    <policy policy="Duplicate" field="function_code"/>
    <policy policy="Duplicate" field="area_m2"/>
  </duplicatePolicies>
  <defaults>
    <default applyOnUpdate="0" field="area_id" expression=""/>
    <default applyOnUpdate="0" field="gml_id" expression=""/>
    <default applyOnUpdate="0" field="kind" expression=""/>
    <default applyOnUpdate="0" field="function" expression=""/>
    <default applyOnUpdate="0" field="function_code" expression=""/>
    <default applyOnUpdate="0" field="area_m2" expression=""/>
  </defaults>
  <constraints>
    <constraint notnull_strength="0" constraints="0" field="area_id" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="gml_id" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="kind" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="function" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="function_code" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="area_m2" exp_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="area_id" exp="" desc=""/>
    <constraint field="gml_id" exp="" desc=""/>
    <constraint field="kind" exp="" desc=""/>
    <constraint field="function" exp="" desc=""/>
    <constraint field="function_code" exp="" desc=""/>
    <constraint field="area_m2" exp="" desc=""/>
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
