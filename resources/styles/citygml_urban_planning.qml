<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis symbologyReferenceScale="-1" simplifyMaxScale="1" simplifyDrawingHints="1" version="3.40.6-Bratislava" maxScale="0" hasScaleBasedVisibilityFlag="0" simplifyDrawingTol="1" styleCategories="AllStyleCategories" simplifyLocal="1" readOnly="0" simplifyAlgorithm="0" labelsEnabled="0" minScale="100000000" autoRefreshTime="0" autoRefreshMode="Disabled">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal durationUnit="min" accumulate="0" endField="" limitMode="0" fixedDuration="0" startExpression="" endExpression="" startField="" durationField="" mode="0" enabled="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation zoffset="0" respectLayerSymbol="1" symbology="Line" zscale="1" type="IndividualFeatures" binding="Centroid" extrusion="0" extrusionEnabled="0" showMarkerSymbolInSurfacePlots="0" clamping="Relative">
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol clip_to_extent="1" frame_rate="10" type="line" is_animated="0" force_rhr="0" name="" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" id="{529327f5-e35c-4b60-a3f7-7444f9024ddd}" pass="0" locked="0" enabled="1">
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
            <Option type="QString" value="164,113,88,255,rgb:0.64313725490196083,0.44313725490196076,0.34509803921568627,1" name="line_color"/>
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
      <symbol clip_to_extent="1" frame_rate="10" type="fill" is_animated="0" force_rhr="0" name="" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" id="{6a16e2ae-4bf9-4662-b725-bf5122d395ea}" pass="0" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="164,113,88,255,rgb:0.64313725490196083,0.44313725490196076,0.34509803921568627,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="117,81,63,255,rgb:0.45937285420004575,0.31653315022507056,0.24649423971923401,1" name="outline_color"/>
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
      <symbol clip_to_extent="1" frame_rate="10" type="marker" is_animated="0" force_rhr="0" name="" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" id="{95910c02-0f2e-40cc-bf2f-3d4ea378713d}" pass="0" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="164,113,88,255,rgb:0.64313725490196083,0.44313725490196076,0.34509803921568627,1" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="diamond" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="117,81,63,255,rgb:0.45937285420004575,0.31653315022507056,0.24649423971923401,1" name="outline_color"/>
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
  <renderer-v2 forceraster="0" enableorderby="0" type="singleSymbol" referencescale="-1" symbollevels="0">
    <symbols>
      <symbol clip_to_extent="1" frame_rate="10" type="fill" is_animated="0" force_rhr="0" name="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" id="{ea095636-c0e9-451f-aefd-a01a4174a05c}" pass="0" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="200,60,60,60,rgb:0.78431372549019607,0.23529411764705882,0.23529411764705882,0.23529411764705882" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="200,60,60,255,rgb:0.78431372549019607,0.23529411764705882,0.23529411764705882,1" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.4" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="b_diagonal" name="style"/>
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
    <rotation/>
    <sizescale/>
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
    <field configurationFlags="NoFlag" name="district_kind">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="district_code">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="floor_area_ratio_pct">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="building_coverage_pct">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="max_height_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="min_height_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="area_type">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="area_type_code">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="disaster_type">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="disaster_type_code">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="NoFlag" name="urf_version">
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
    <alias field="gml_id" index="0" name=""/>
    <alias field="feature_type" index="1" name=""/>
    <alias field="name" index="2" name=""/>
    <alias field="district_kind" index="3" name=""/>
    <alias field="district_code" index="4" name=""/>
    <alias field="floor_area_ratio_pct" index="5" name=""/>
    <alias field="building_coverage_pct" index="6" name=""/>
    <alias field="max_height_m" index="7" name=""/>
    <alias field="min_height_m" index="8" name=""/>
    <alias field="area_type" index="9" name=""/>
    <alias field="area_type_code" index="10" name=""/>
    <alias field="disaster_type" index="11" name=""/>
    <alias field="disaster_type_code" index="12" name=""/>
    <alias field="urf_version" index="13" name=""/>
    <alias field="source_file" index="14" name=""/>
    <alias field="attributes_json" index="15" name=""/>
  </aliases>
  <splitPolicies>
    <policy field="gml_id" policy="Duplicate"/>
    <policy field="feature_type" policy="Duplicate"/>
    <policy field="name" policy="Duplicate"/>
    <policy field="district_kind" policy="Duplicate"/>
    <policy field="district_code" policy="Duplicate"/>
    <policy field="floor_area_ratio_pct" policy="Duplicate"/>
    <policy field="building_coverage_pct" policy="Duplicate"/>
    <policy field="max_height_m" policy="Duplicate"/>
    <policy field="min_height_m" policy="Duplicate"/>
    <policy field="area_type" policy="Duplicate"/>
    <policy field="area_type_code" policy="Duplicate"/>
    <policy field="disaster_type" policy="Duplicate"/>
    <policy field="disaster_type_code" policy="Duplicate"/>
    <policy field="urf_version" policy="Duplicate"/>
    <policy field="source_file" policy="Duplicate"/>
    <policy field="attributes_json" policy="Duplicate"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy field="gml_id" policy="Duplicate"/>
    <policy field="feature_type" policy="Duplicate"/>
    <policy field="name" policy="Duplicate"/>
    <policy field="district_kind" policy="Duplicate"/>
    <policy field="district_code" policy="Duplicate"/>
    <policy field="floor_area_ratio_pct" policy="Duplicate"/>
    <policy field="building_coverage_pct" policy="Duplicate"/>
    <policy field="max_height_m" policy="Duplicate"/>
    <policy field="min_height_m" policy="Duplicate"/>
    <policy field="area_type" policy="Duplicate"/>
    <policy field="area_type_code" policy="Duplicate"/>
    <policy field="disaster_type" policy="Duplicate"/>
    <policy field="disaster_type_code" policy="Duplicate"/>
    <policy field="urf_version" policy="Duplicate"/>
    <policy field="source_file" policy="Duplicate"/>
    <policy field="attributes_json" policy="Duplicate"/>
  </duplicatePolicies>
  <defaults>
    <default field="gml_id" applyOnUpdate="0" expression=""/>
    <default field="feature_type" applyOnUpdate="0" expression=""/>
    <default field="name" applyOnUpdate="0" expression=""/>
    <default field="district_kind" applyOnUpdate="0" expression=""/>
    <default field="district_code" applyOnUpdate="0" expression=""/>
    <default field="floor_area_ratio_pct" applyOnUpdate="0" expression=""/>
    <default field="building_coverage_pct" applyOnUpdate="0" expression=""/>
    <default field="max_height_m" applyOnUpdate="0" expression=""/>
    <default field="min_height_m" applyOnUpdate="0" expression=""/>
    <default field="area_type" applyOnUpdate="0" expression=""/>
    <default field="area_type_code" applyOnUpdate="0" expression=""/>
    <default field="disaster_type" applyOnUpdate="0" expression=""/>
    <default field="disaster_type_code" applyOnUpdate="0" expression=""/>
    <default field="urf_version" applyOnUpdate="0" expression=""/>
    <default field="source_file" applyOnUpdate="0" expression=""/>
    <default field="attributes_json" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="gml_id" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="feature_type" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="name" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="district_kind" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="district_code" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="floor_area_ratio_pct" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="building_coverage_pct" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="max_height_m" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="min_height_m" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="area_type" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="area_type_code" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="disaster_type" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="disaster_type_code" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="urf_version" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="source_file" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="attributes_json" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="gml_id" exp=""/>
    <constraint desc="" field="feature_type" exp=""/>
    <constraint desc="" field="name" exp=""/>
    <constraint desc="" field="district_kind" exp=""/>
    <constraint desc="" field="district_code" exp=""/>
    <constraint desc="" field="floor_area_ratio_pct" exp=""/>
    <constraint desc="" field="building_coverage_pct" exp=""/>
    <constraint desc="" field="max_height_m" exp=""/>
    <constraint desc="" field="min_height_m" exp=""/>
    <constraint desc="" field="area_type" exp=""/>
    <constraint desc="" field="area_type_code" exp=""/>
    <constraint desc="" field="disaster_type" exp=""/>
    <constraint desc="" field="disaster_type_code" exp=""/>
    <constraint desc="" field="urf_version" exp=""/>
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
