<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis autoRefreshTime="0" readOnly="0" symbologyReferenceScale="-1" simplifyDrawingHints="1" hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0" version="3.40.6-Bratislava" maxScale="0" minScale="100000000" simplifyMaxScale="1" styleCategories="AllStyleCategories" autoRefreshMode="Disabled" simplifyDrawingTol="1" labelsEnabled="0" simplifyLocal="1">
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
        <layer pass="0" id="{9308a65a-2df8-4043-8db9-d0b8ff7ac22d}" locked="0" class="SimpleLine" enabled="1">
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
      <symbol frame_rate="10" name="" clip_to_extent="1" type="fill" alpha="1" is_animated="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" id="{b5bd98f6-0b0f-41b8-a3e4-b113329eecb2}" locked="0" class="SimpleFill" enabled="1">
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
      <symbol frame_rate="10" name="" clip_to_extent="1" type="marker" alpha="1" is_animated="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" id="{f77e7f3a-eb09-4064-9ecc-80608d49e568}" locked="0" class="SimpleMarker" enabled="1">
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
  <renderer-v2 enableorderby="0" type="singleSymbol" symbollevels="0" referencescale="-1" forceraster="0">
    <symbols>
      <symbol frame_rate="10" name="0" clip_to_extent="1" type="fill" alpha="1" is_animated="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" id="{63853aef-6885-4d03-be58-4d24db57aaa5}" locked="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="230,230,230,255,rgb:0.90196078431372551,0.90196078431372551,0.90196078431372551,1" name="color" type="QString"/>
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
    <rotation/>
    <sizescale/>
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
