<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="0" simplifyAlgorithm="0" readOnly="0" styleCategories="AllStyleCategories" simplifyDrawingHints="1" simplifyLocal="1" autoRefreshMode="Disabled" autoRefreshTime="0" symbologyReferenceScale="-1" simplifyDrawingTol="1" hasScaleBasedVisibilityFlag="0" maxScale="0" simplifyMaxScale="1" version="3.40.6-Bratislava" minScale="100000000">
  <renderer-3d layer="" type="rulebased">
    <vector-layer-3d-tiling zoom-levels-count="3" show-bounding-boxes="0"/>
    <rules key="{d676505f-fa22-4bc4-9472-50692784fc4c}">
      <rule filter="&quot;flood_l2_rank&quot; = 1" key="{18d09f10-d422-4f46-be9a-2b90ca69d568}" description="L2 &lt; 0.5 m">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="absolute" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="centroid" offset="0"/>
          <material opacity="1" kd="1" diffuse="136,135,93,255,rgb:0.53333333333333333,0.52941176470588236,0.36470588235294116,1" ambient="111,110,76,255,rgb:0.43529411764705883,0.43137254901960786,0.29803921568627451,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
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
      <rule filter="&quot;flood_l2_rank&quot; = 2" key="{4c718308-bd9f-4fdc-b956-cafe8cfc5507}" description="L2 0.5 - 3 m">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="absolute" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="centroid" offset="0"/>
          <material opacity="1" kd="1" diffuse="140,119,106,255,rgb:0.5490196078431373,0.46666666666666667,0.41568627450980394,1" ambient="115,97,86,255,rgb:0.45098039215686275,0.38039215686274508,0.33725490196078434,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
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
      <rule filter="&quot;flood_l2_rank&quot; = 3" key="{1d0514dc-cf94-4973-96fd-d10d092bde06}" description="L2 3 - 5 m">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="absolute" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="centroid" offset="0"/>
          <material opacity="1" kd="1" diffuse="140,101,101,255,rgb:0.5490196078431373,0.396078431372549,0.396078431372549,1" ambient="115,82,82,255,rgb:0.45098039215686275,0.32156862745098042,0.32156862745098042,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
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
      <rule filter="&quot;flood_l2_rank&quot; = 4" key="{ee13a97a-7bf1-42f4-9c9a-0527e76aeb2d}" description="L2 5 - 10 m">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="absolute" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="centroid" offset="0"/>
          <material opacity="1" kd="1" diffuse="140,80,80,255,rgb:0.5490196078431373,0.31372549019607843,0.31372549019607843,1" ambient="115,65,65,255,rgb:0.45098039215686275,0.25490196078431371,0.25490196078431371,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
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
      <rule filter="&quot;flood_l2_rank&quot; = 5" key="{058d3aec-2dea-4eb3-b7da-a0062dd7156e}" description="L2 10 - 20 m">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="absolute" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="centroid" offset="0"/>
          <material opacity="1" kd="1" diffuse="133,73,111,255,rgb:0.52156862745098043,0.28627450980392155,0.43529411764705883,1" ambient="109,60,90,255,rgb:0.42745098039215684,0.23529411764705882,0.35294117647058826,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
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
      <rule filter="&quot;flood_l2_rank&quot; = 6" key="{b0d53d8a-2e86-4700-a3e5-f9c0f68e3813}" description="L2 >= 20 m">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="absolute" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="centroid" offset="0"/>
          <material opacity="1" kd="1" diffuse="121,67,121,255,rgb:0.47450980392156861,0.2627450980392157,0.47450980392156861,1" ambient="99,55,99,255,rgb:0.38823529411764707,0.21568627450980393,0.38823529411764707,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
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
      <rule filter="ELSE" key="{d09b754e-285f-48fa-825f-355564bb6783}" description="no flood rank">
        <symbol material_type="phong" type="polygon">
          <data alt-clamping="absolute" invert-normals="0" extrusion-height="0" rendered-facade="3" culling-mode="no-culling" add-back-faces="1" alt-binding="centroid" offset="0"/>
          <material opacity="1" kd="1" diffuse="110,110,110,255,rgb:0.43137254901960786,0.43137254901960786,0.43137254901960786,1" ambient="90,90,90,255,rgb:0.35294117647058826,0.35294117647058826,0.35294117647058826,1" ks="1" specular="0,0,0,255,rgb:0,0,0,1" shininess="0" ka="1">
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
        <layer class="SimpleLine" pass="0" id="{fa2f5908-76e8-42fd-a56b-e40362ec85cb}" enabled="1" locked="0">
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
            <Option name="line_color" value="190,207,80,255,rgb:0.74509803921568629,0.81176470588235294,0.31372549019607843,1" type="QString"/>
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
        <layer class="SimpleFill" pass="0" id="{66b168c4-15b2-4ad1-bf52-3ba81bdd7c2b}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="190,207,80,255,rgb:0.74509803921568629,0.81176470588235294,0.31372549019607843,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="136,148,57,255,rgb:0.53221942473487449,0.57982757305256738,0.22409399557488366,1" type="QString"/>
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
        <layer class="SimpleMarker" pass="0" id="{1c053434-b0bf-415b-8b0b-39e5666e7d8e}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="angle" value="0" type="QString"/>
            <Option name="cap_style" value="square" type="QString"/>
            <Option name="color" value="190,207,80,255,rgb:0.74509803921568629,0.81176470588235294,0.31372549019607843,1" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="name" value="diamond" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="136,148,57,255,rgb:0.53221942473487449,0.57982757305256738,0.22409399557488366,1" type="QString"/>
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
    <rules key="{540b5364-9e6e-4294-825f-a582067d1e2d}">
      <rule label="L2 &lt; 0.5 m" filter="&quot;flood_l2_rank&quot; = 1" key="{d6d888fa-eba8-4eec-b880-923f66bcd748}" symbol="0"/>
      <rule label="L2 0.5 - 3 m" filter="&quot;flood_l2_rank&quot; = 2" key="{93b5df9a-15a4-4441-8921-a82ea88474d8}" symbol="1"/>
      <rule label="L2 3 - 5 m" filter="&quot;flood_l2_rank&quot; = 3" key="{c54bbf3e-0b9c-4ae4-bbdf-d3ce94756543}" symbol="2"/>
      <rule label="L2 5 - 10 m" filter="&quot;flood_l2_rank&quot; = 4" key="{31cc845b-188b-47bb-853d-83accf4fe2fa}" symbol="3"/>
      <rule label="L2 10 - 20 m" filter="&quot;flood_l2_rank&quot; = 5" key="{c36a8693-0a34-4738-8df6-58b308b506fc}" symbol="4"/>
      <rule label="L2 >= 20 m" filter="&quot;flood_l2_rank&quot; = 6" key="{a8b1d3d6-7d08-48d3-ae5f-bc47370b58d8}" symbol="5"/>
      <rule label="no flood rank" filter="ELSE" key="{206fc583-d158-40f5-8668-20e6dafae99c}" symbol="6"/>
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
        <layer class="SimpleFill" pass="0" id="{6a3860b6-7c9c-4dc6-8449-86736de0ae08}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="247,245,169,255,rgb:0.96862745098039216,0.96078431372549022,0.66274509803921566,1" type="QString"/>
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
        <layer class="SimpleFill" pass="0" id="{c72ae861-49bf-4a29-86ef-32ce4d427e9a}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="255,216,192,255,rgb:1,0.84705882352941175,0.75294117647058822,1" type="QString"/>
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
        <layer class="SimpleFill" pass="0" id="{de72b86a-cc8b-4752-a498-8d57e3e0afb3}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="255,183,183,255,rgb:1,0.71764705882352942,0.71764705882352942,1" type="QString"/>
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
        <layer class="SimpleFill" pass="0" id="{036975bf-8178-4fcc-a2f2-a3fadc126fa2}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="255,145,145,255,rgb:1,0.56862745098039214,0.56862745098039214,1" type="QString"/>
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
        <layer class="SimpleFill" pass="0" id="{a14c5a0c-75dd-4eb7-9134-08826d23b575}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="242,133,201,255,rgb:0.94901960784313721,0.52156862745098043,0.78823529411764703,1" type="QString"/>
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
        <layer class="SimpleFill" pass="0" id="{2ba77fbc-6850-4837-8d49-f2cac7559e3f}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="220,122,220,255,rgb:0.86274509803921573,0.47843137254901963,0.86274509803921573,1" type="QString"/>
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
        <layer class="SimpleFill" pass="0" id="{364c028e-5158-43cc-9146-68b8401b0894}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="200,200,200,255,rgb:0.78431372549019607,0.78431372549019607,0.78431372549019607,1" type="QString"/>
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
    <alias index="0" field="gml_id" name=""/>
    <alias index="1" field="building_id" name=""/>
    <alias index="2" field="name" name=""/>
    <alias index="3" field="class" name=""/>
    <alias index="4" field="class_code" name=""/>
    <alias index="5" field="usage" name=""/>
    <alias index="6" field="usage_code" name=""/>
    <alias index="7" field="function" name=""/>
    <alias index="8" field="measured_height" name=""/>
    <alias index="9" field="storeys_above" name=""/>
    <alias index="10" field="storeys_below" name=""/>
    <alias index="11" field="structure" name=""/>
    <alias index="12" field="structure_code" name=""/>
    <alias index="13" field="year_built" name=""/>
    <alias index="14" field="survey_year" name=""/>
    <alias index="15" field="roof_type" name=""/>
    <alias index="16" field="address" name=""/>
    <alias index="17" field="prefecture_code" name=""/>
    <alias index="18" field="city_code" name=""/>
    <alias index="19" field="flood_l1_rank" name=""/>
    <alias index="20" field="flood_l1_rank_label" name=""/>
    <alias index="21" field="flood_l1_depth" name=""/>
    <alias index="22" field="flood_l1_duration" name=""/>
    <alias index="23" field="flood_l1_river" name=""/>
    <alias index="24" field="flood_l2_rank" name=""/>
    <alias index="25" field="flood_l2_rank_label" name=""/>
    <alias index="26" field="flood_l2_depth" name=""/>
    <alias index="27" field="flood_l2_duration" name=""/>
    <alias index="28" field="flood_l2_river" name=""/>
    <alias index="29" field="tsunami_rank" name=""/>
    <alias index="30" field="tsunami_depth" name=""/>
    <alias index="31" field="high_tide_rank" name=""/>
    <alias index="32" field="high_tide_depth" name=""/>
    <alias index="33" field="inland_flood_rank" name=""/>
    <alias index="34" field="inland_flood_depth" name=""/>
    <alias index="35" field="landslide" name=""/>
    <alias index="36" field="risk_count" name=""/>
    <alias index="37" field="ground_z" name=""/>
    <alias index="38" field="lod1_height" name=""/>
    <alias index="39" field="lods" name=""/>
    <alias index="40" field="source_file" name=""/>
    <alias index="41" field="attributes_json" name=""/>
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
    <constraint notnull_strength="0" constraints="0" field="gml_id" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="building_id" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="name" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="class" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="class_code" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="usage" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="usage_code" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="function" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="measured_height" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="storeys_above" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="storeys_below" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="structure" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="structure_code" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="year_built" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="survey_year" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="roof_type" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="address" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="prefecture_code" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="city_code" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_l1_rank" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_l1_rank_label" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_l1_depth" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_l1_duration" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_l1_river" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_l2_rank" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_l2_rank_label" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_l2_depth" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_l2_duration" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="flood_l2_river" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="tsunami_rank" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="tsunami_depth" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="high_tide_rank" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="high_tide_depth" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="inland_flood_rank" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="inland_flood_depth" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="landslide" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="risk_count" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="ground_z" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="lod1_height" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="lods" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="source_file" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="attributes_json" exp_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="gml_id" exp="" desc=""/>
    <constraint field="building_id" exp="" desc=""/>
    <constraint field="name" exp="" desc=""/>
    <constraint field="class" exp="" desc=""/>
    <constraint field="class_code" exp="" desc=""/>
    <constraint field="usage" exp="" desc=""/>
    <constraint field="usage_code" exp="" desc=""/>
    <constraint field="function" exp="" desc=""/>
    <constraint field="measured_height" exp="" desc=""/>
    <constraint field="storeys_above" exp="" desc=""/>
    <constraint field="storeys_below" exp="" desc=""/>
    <constraint field="structure" exp="" desc=""/>
    <constraint field="structure_code" exp="" desc=""/>
    <constraint field="year_built" exp="" desc=""/>
    <constraint field="survey_year" exp="" desc=""/>
    <constraint field="roof_type" exp="" desc=""/>
    <constraint field="address" exp="" desc=""/>
    <constraint field="prefecture_code" exp="" desc=""/>
    <constraint field="city_code" exp="" desc=""/>
    <constraint field="flood_l1_rank" exp="" desc=""/>
    <constraint field="flood_l1_rank_label" exp="" desc=""/>
    <constraint field="flood_l1_depth" exp="" desc=""/>
    <constraint field="flood_l1_duration" exp="" desc=""/>
    <constraint field="flood_l1_river" exp="" desc=""/>
    <constraint field="flood_l2_rank" exp="" desc=""/>
    <constraint field="flood_l2_rank_label" exp="" desc=""/>
    <constraint field="flood_l2_depth" exp="" desc=""/>
    <constraint field="flood_l2_duration" exp="" desc=""/>
    <constraint field="flood_l2_river" exp="" desc=""/>
    <constraint field="tsunami_rank" exp="" desc=""/>
    <constraint field="tsunami_depth" exp="" desc=""/>
    <constraint field="high_tide_rank" exp="" desc=""/>
    <constraint field="high_tide_depth" exp="" desc=""/>
    <constraint field="inland_flood_rank" exp="" desc=""/>
    <constraint field="inland_flood_depth" exp="" desc=""/>
    <constraint field="landslide" exp="" desc=""/>
    <constraint field="risk_count" exp="" desc=""/>
    <constraint field="ground_z" exp="" desc=""/>
    <constraint field="lod1_height" exp="" desc=""/>
    <constraint field="lods" exp="" desc=""/>
    <constraint field="source_file" exp="" desc=""/>
    <constraint field="attributes_json" exp="" desc=""/>
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
