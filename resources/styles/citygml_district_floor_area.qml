<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="100000000" simplifyAlgorithm="0" symbologyReferenceScale="-1" styleCategories="AllStyleCategories" labelsEnabled="0" simplifyMaxScale="1" maxScale="0" simplifyDrawingTol="1" version="3.40.6-Bratislava" simplifyDrawingHints="1" readOnly="0" simplifyLocal="1" hasScaleBasedVisibilityFlag="0" autoRefreshMode="Disabled" autoRefreshTime="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal durationField="" mode="0" endField="" endExpression="" durationUnit="min" enabled="0" startExpression="" limitMode="0" accumulate="0" fixedDuration="0" startField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation clamping="Relative" zscale="1" symbology="Line" respectLayerSymbol="1" extrusionEnabled="0" showMarkerSymbolInSurfacePlots="0" zoffset="0" type="IndividualFeatures" extrusion="0" binding="Centroid">
    <data-defined-properties>
      <Option type="Map">
        <Option value="" name="name" type="QString"/>
        <Option name="properties"/>
        <Option value="collection" name="type" type="QString"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol force_rhr="0" frame_rate="10" name="" type="line" clip_to_extent="1" is_animated="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer id="{eb304e40-b8df-4d4a-bf6c-80fcd0d50178}" locked="0" enabled="1" pass="0" class="SimpleLine">
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
      <symbol force_rhr="0" frame_rate="10" name="" type="fill" clip_to_extent="1" is_animated="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer id="{78d7e08e-d3be-4f44-baf4-563c601ce826}" locked="0" enabled="1" pass="0" class="SimpleFill">
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
      <symbol force_rhr="0" frame_rate="10" name="" type="marker" clip_to_extent="1" is_animated="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer id="{1f49ef6a-f6a8-4b52-8bad-3495736411a6}" locked="0" enabled="1" pass="0" class="SimpleMarker">
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
  <renderer-v2 graduatedMethod="GraduatedColor" forceraster="0" symbollevels="0" type="graduatedSymbol" referencescale="-1" enableorderby="0" attr="far_used_share_gross_pct">
    <ranges>
      <range render="true" lower="0.000000000000000" uuid="{69d21aa5-1d84-46eb-a4be-d67322079e8b}" upper="25.000000000000000" symbol="0" label="FAR used: under 25 %"/>
      <range render="true" lower="25.000000000000000" uuid="{90cec402-faff-47dd-a338-b43c5a750b5a}" upper="50.000000000000000" symbol="1" label="FAR used: 25 - 50 %"/>
      <range render="true" lower="50.000000000000000" uuid="{aafb4e4a-6120-4dc6-8079-e74d4deeae8a}" upper="75.000000000000000" symbol="2" label="FAR used: 50 - 75 %"/>
      <range render="true" lower="75.000000000000000" uuid="{a81f035a-1272-45c2-8f94-298a25369c57}" upper="100.000000000000000" symbol="3" label="FAR used: 75 - 100 %"/>
      <range render="true" lower="100.000000000000000" uuid="{6c78610a-7dbb-4911-804a-225c293f3d08}" upper="1000000000.000000000000000" symbol="4" label="FAR used: 100 % or more"/>
    </ranges>
    <symbols>
      <symbol force_rhr="0" frame_rate="10" name="0" type="fill" clip_to_extent="1" is_animated="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer id="{d39a70b6-9b45-48ef-a170-c713fc0713c2}" locked="0" enabled="1" pass="0" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="255,245,204,255,rgb:1,0.96078431372549022,0.80000000000000004,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="80,80,80,255,rgb:0.31372549019607843,0.31372549019607843,0.31372549019607843,1" name="outline_color" type="QString"/>
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
      <symbol force_rhr="0" frame_rate="10" name="1" type="fill" clip_to_extent="1" is_animated="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer id="{745bd7de-1b1e-46a4-841a-08c9d30fb825}" locked="0" enabled="1" pass="0" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="254,217,118,255,rgb:0.99607843137254903,0.85098039215686272,0.46274509803921571,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="80,80,80,255,rgb:0.31372549019607843,0.31372549019607843,0.31372549019607843,1" name="outline_color" type="QString"/>
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
      <symbol force_rhr="0" frame_rate="10" name="2" type="fill" clip_to_extent="1" is_animated="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer id="{e73f6c5c-e9e9-4ece-b89e-01837673a7a7}" locked="0" enabled="1" pass="0" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="253,141,60,255,rgb:0.99215686274509807,0.55294117647058827,0.23529411764705882,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="80,80,80,255,rgb:0.31372549019607843,0.31372549019607843,0.31372549019607843,1" name="outline_color" type="QString"/>
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
      <symbol force_rhr="0" frame_rate="10" name="3" type="fill" clip_to_extent="1" is_animated="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer id="{00aab968-3bd7-47ea-a928-fc9bc6f4d3ec}" locked="0" enabled="1" pass="0" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="227,26,28,255,rgb:0.8901960784313725,0.10196078431372549,0.10980392156862745,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="80,80,80,255,rgb:0.31372549019607843,0.31372549019607843,0.31372549019607843,1" name="outline_color" type="QString"/>
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
      <symbol force_rhr="0" frame_rate="10" name="4" type="fill" clip_to_extent="1" is_animated="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer id="{ef5e2d59-0a7f-4026-88f1-376dc7cca4c5}" locked="0" enabled="1" pass="0" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="128,0,38,255,rgb:0.50196078431372548,0,0.14901960784313725,1" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="80,80,80,255,rgb:0.31372549019607843,0.31372549019607843,0.31372549019607843,1" name="outline_color" type="QString"/>
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
    <classificationMethod id="Custom">
      <symmetricMode enabled="0" symmetrypoint="0" astride="0"/>
      <labelFormat labelprecision="4" format="%1 - %2" trimtrailingzeroes="1"/>
      <parameters>
        <Option/>
      </parameters>
      <extraInformation/>
    </classificationMethod>
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
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
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
    <field name="district_kind" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="district_code" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="floor_area_ratio_pct" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="building_coverage_pct" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="district_area_m2" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="buildings" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="footprint_m2" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="floor_area_m2" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="floor_area_from_total" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="floor_area_from_storeys" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="floor_area_from_height" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="floor_area_unknown" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="built_far_gross_pct" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="built_coverage_gross_pct" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="permitted_floor_area_gross_m2" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="far_used_share_gross_pct" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="coverage_used_share_gross_pct" configurationFlags="NoFlag">
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
    <alias field="district_kind" name="" index="3"/>
    <alias field="district_code" name="" index="4"/>
    <alias field="floor_area_ratio_pct" name="" index="5"/>
    <alias field="building_coverage_pct" name="" index="6"/>
    <alias field="district_area_m2" name="" index="7"/>
    <alias field="buildings" name="" index="8"/>
    <alias field="footprint_m2" name="" index="9"/>
    <alias field="floor_area_m2" name="" index="10"/>
    <alias field="floor_area_from_total" name="" index="11"/>
    <alias field="floor_area_from_storeys" name="" index="12"/>
    <alias field="floor_area_from_height" name="" index="13"/>
    <alias field="floor_area_unknown" name="" index="14"/>
    <alias field="built_far_gross_pct" name="" index="15"/>
    <alias field="built_coverage_gross_pct" name="" index="16"/>
    <alias field="permitted_floor_area_gross_m2" name="" index="17"/>
    <alias field="far_used_share_gross_pct" name="" index="18"/>
    <alias field="coverage_used_share_gross_pct" name="" index="19"/>
  </aliases>
  <splitPolicies>
    <policy field="gml_id" policy="Duplicate"/>
    <policy field="feature_type" policy="Duplicate"/>
    <policy field="name" policy="Duplicate"/>
    <policy field="district_kind" policy="Duplicate"/>
    <policy field="district_code" policy="Duplicate"/>
    <policy field="floor_area_ratio_pct" policy="Duplicate"/>
    <policy field="building_coverage_pct" policy="Duplicate"/>
    <policy field="district_area_m2" policy="Duplicate"/>
    <policy field="buildings" policy="Duplicate"/>
    <policy field="footprint_m2" policy="Duplicate"/>
    <policy field="floor_area_m2" policy="Duplicate"/>
    <policy field="floor_area_from_total" policy="Duplicate"/>
    <policy field="floor_area_from_storeys" policy="Duplicate"/>
    <policy field="floor_area_from_height" policy="Duplicate"/>
    <policy field="floor_area_unknown" policy="Duplicate"/>
    <policy field="built_far_gross_pct" policy="Duplicate"/>
    <policy field="built_coverage_gross_pct" policy="Duplicate"/>
    <policy field="permitted_floor_area_gross_m2" policy="Duplicate"/>
    <policy field="far_used_share_gross_pct" policy="Duplicate"/>
    <policy field="coverage_used_share_gross_pct" policy="Duplicate"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy field="gml_id" policy="Duplicate"/>
    <policy field="feature_type" policy="Duplicate"/>
    <policy field="name" policy="Duplicate"/>
    <policy field="district_kind" policy="Duplicate"/>
    <policy field="district_code" policy="Duplicate"/>
    <policy field="floor_area_ratio_pct" policy="Duplicate"/>
    <policy field="building_coverage_pct" policy="Duplicate"/>
    <policy field="district_area_m2" policy="Duplicate"/>
    <policy field="buildings" policy="Duplicate"/>
    <policy field="footprint_m2" policy="Duplicate"/>
    <policy field="floor_area_m2" policy="Duplicate"/>
    <policy field="floor_area_from_total" policy="Duplicate"/>
    <policy field="floor_area_from_storeys" policy="Duplicate"/>
    <policy field="floor_area_from_height" policy="Duplicate"/>
    <policy field="floor_area_unknown" policy="Duplicate"/>
    <policy field="built_far_gross_pct" policy="Duplicate"/>
    <policy field="built_coverage_gross_pct" policy="Duplicate"/>
    <policy field="permitted_floor_area_gross_m2" policy="Duplicate"/>
    <policy field="far_used_share_gross_pct" policy="Duplicate"/>
    <policy field="coverage_used_share_gross_pct" policy="Duplicate"/>
  </duplicatePolicies>
  <defaults>
    <default field="gml_id" applyOnUpdate="0" expression=""/>
    <default field="feature_type" applyOnUpdate="0" expression=""/>
    <default field="name" applyOnUpdate="0" expression=""/>
    <default field="district_kind" applyOnUpdate="0" expression=""/>
    <default field="district_code" applyOnUpdate="0" expression=""/>
    <default field="floor_area_ratio_pct" applyOnUpdate="0" expression=""/>
    <default field="building_coverage_pct" applyOnUpdate="0" expression=""/>
    <default field="district_area_m2" applyOnUpdate="0" expression=""/>
    <default field="buildings" applyOnUpdate="0" expression=""/>
    <default field="footprint_m2" applyOnUpdate="0" expression=""/>
    <default field="floor_area_m2" applyOnUpdate="0" expression=""/>
    <default field="floor_area_from_total" applyOnUpdate="0" expression=""/>
    <default field="floor_area_from_storeys" applyOnUpdate="0" expression=""/>
    <default field="floor_area_from_height" applyOnUpdate="0" expression=""/>
    <default field="floor_area_unknown" applyOnUpdate="0" expression=""/>
    <default field="built_far_gross_pct" applyOnUpdate="0" expression=""/>
    <default field="built_coverage_gross_pct" applyOnUpdate="0" expression=""/>
    <default field="permitted_floor_area_gross_m2" applyOnUpdate="0" expression=""/>
    <default field="far_used_share_gross_pct" applyOnUpdate="0" expression=""/>
    <default field="coverage_used_share_gross_pct" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="gml_id" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="feature_type" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="name" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="district_kind" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="district_code" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="floor_area_ratio_pct" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="building_coverage_pct" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="district_area_m2" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="buildings" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="footprint_m2" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="floor_area_m2" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="floor_area_from_total" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="floor_area_from_storeys" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="floor_area_from_height" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="floor_area_unknown" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="built_far_gross_pct" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="built_coverage_gross_pct" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="permitted_floor_area_gross_m2" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="far_used_share_gross_pct" unique_strength="0"/>
    <constraint exp_strength="0" constraints="0" notnull_strength="0" field="coverage_used_share_gross_pct" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="gml_id" exp="" desc=""/>
    <constraint field="feature_type" exp="" desc=""/>
    <constraint field="name" exp="" desc=""/>
    <constraint field="district_kind" exp="" desc=""/>
    <constraint field="district_code" exp="" desc=""/>
    <constraint field="floor_area_ratio_pct" exp="" desc=""/>
    <constraint field="building_coverage_pct" exp="" desc=""/>
    <constraint field="district_area_m2" exp="" desc=""/>
    <constraint field="buildings" exp="" desc=""/>
    <constraint field="footprint_m2" exp="" desc=""/>
    <constraint field="floor_area_m2" exp="" desc=""/>
    <constraint field="floor_area_from_total" exp="" desc=""/>
    <constraint field="floor_area_from_storeys" exp="" desc=""/>
    <constraint field="floor_area_from_height" exp="" desc=""/>
    <constraint field="floor_area_unknown" exp="" desc=""/>
    <constraint field="built_far_gross_pct" exp="" desc=""/>
    <constraint field="built_coverage_gross_pct" exp="" desc=""/>
    <constraint field="permitted_floor_area_gross_m2" exp="" desc=""/>
    <constraint field="far_used_share_gross_pct" exp="" desc=""/>
    <constraint field="coverage_used_share_gross_pct" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortExpression="" sortOrder="0">
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
