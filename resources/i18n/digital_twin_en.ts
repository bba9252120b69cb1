<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>DigitalTwin</name>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="54" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="194" />
      <source> × length</source>
      <translation> × length</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="302" />
      <source>'{0}' cannot be added to the map ({1}); use Download.</source>
      <translation>'{0}' cannot be added to the map ({1}); use Download.</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="270" />
      <source>(first {0} shown; refine the search)</source>
      <translation>(first {0} shown; refine the search)</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="150" />
      <source>0 min</source>
      <translation>0 min</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="153" />
      <source>180 min</source>
      <translation>180 min</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="149" />
      <source>2 m/s or more</source>
      <translation>2 m/s or more</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="151" />
      <source>30 min</source>
      <translation>30 min</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="41" />
      <source>3D buildings (CityGML)</source>
      <translation>3D buildings (CityGML)</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="75" />
      <source>3D view of the buildings</source>
      <translation>3D view of the buildings</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="93" />
      <source>3D views need a projected CRS: load the buildings in their plane rectangular zone.</source>
      <translation>3D views need a projected CRS: load the buildings in their plane rectangular zone.</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="152" />
      <source>60 min</source>
      <translation>60 min</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="81" />
      <source>A 3D map view of the selected building layer, extruded and coloured</source>
      <translation>A 3D map view of the selected building layer, extruded and coloured</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="46" />
      <source>A Processing provider 'digitaltwin' is registered already (another copy of the plugin?); the Digital Twin algorithms come from that one.</source>
      <translation>A Processing provider 'digitaltwin' is registered already (another copy of the plugin?); the Digital Twin algorithms come from that one.</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="45" />
      <source>Add live feed</source>
      <translation>Add live feed</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="86" />
      <source>Add live feed…</source>
      <translation>Add live feed…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="148" />
      <source>Add to map</source>
      <translation>Add to map</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="323" />
      <source>Added {0} layer(s) of {1}.</source>
      <translation>Added {0} layer(s) of {1}.</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="313" />
      <source>Adding {0}…</source>
      <translation>Adding {0}…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="125" />
      <source>Add…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="394" />
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="393" />
      <source>Attribution</source>
      <translation>Attribution</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="432" />
      <source>Authentication</source>
      <translation>Authentication</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="42" />
      <source>Barrier-free analyses</source>
      <translation>Barrier-free analyses</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="44" />
      <source>Batch runs</source>
      <translation>Batch runs</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="120" />
      <source>Bicycle parking</source>
      <translation>Bicycle parking</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="112" />
      <source>Bridges (LOD1)</source>
      <translation>Bridges (LOD1)</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="113" />
      <source>Bridges (LOD2)</source>
      <translation>Bridges (LOD2)</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="114" />
      <source>Bridges (LOD3)</source>
      <translation>Bridges (LOD3)</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="99" />
      <source>Building outlines (LOD0)</source>
      <translation>Building outlines (LOD0)</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="100" />
      <source>Buildings (LOD1)</source>
      <translation>Buildings (LOD1)</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="101" />
      <source>Buildings (LOD2)</source>
      <translation>Buildings (LOD2)</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="97" />
      <source>Buildings 3D: {}</source>
      <translation>Buildings 3D: {}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="193" />
      <source>Built-in catalogs cannot be removed.</source>
      <translation>Built-in catalogs cannot be removed.</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="87" />
      <source>Bus positions, sensors, traffic counts or any JSON feed, refreshed on the map</source>
      <translation>Bus positions, sensors, traffic counts or any JSON feed, refreshed on the map</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="74" />
      <source>CKAN portal</source>
      <translation>CKAN portal</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="158" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="215" />
      <source>Cancelled: nothing was installed.</source>
      <translation>Cancelled: nothing was installed.</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="179" />
      <source>Cancelling…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="121" />
      <source>Car park</source>
      <translation>Car park</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="115" />
      <source>Carriageway</source>
      <translation>Carriageway</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="394" />
      <source>Catalog</source>
      <translation>Catalog</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="91" />
      <source>Choose a loaded building layer (building_lod1 or building_lod2) first.</source>
      <translation>Choose a loaded building layer (building_lod1 or building_lod2) first.</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="171" />
      <source>Choose at least one tile first.</source>
      <translation>Choose at least one tile first.</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="68" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="99" />
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="92" />
      <source>Click tiles on the map to add or remove them, or take the tiles in the current extent.</source>
      <translation>Click tiles on the map to add or remove them, or take the tiles in the current extent.</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="203" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="129" />
      <source>Commercial</source>
      <translation>Commercial</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="87" />
      <source>Convert to COPC…</source>
      <translation>Convert to COPC…</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="56" />
      <source>Crossings without signals count as</source>
      <translation>Crossings without signals count as</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="43" />
      <source>Data catalogs</source>
      <translation>Data catalogs</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="66" />
      <source>Data catalogs…</source>
      <translation>Data catalogs…</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="159" />
      <source>Data unknown</source>
      <translation>Data unknown</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="96" />
      <source>Depth 0.5 - 3 m</source>
      <translation>Depth 0.5 - 3 m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="99" />
      <source>Depth 10 - 20 m</source>
      <translation>Depth 10 - 20 m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="100" />
      <source>Depth 20 m or more</source>
      <translation>Depth 20 m or more</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="97" />
      <source>Depth 3 - 5 m</source>
      <translation>Depth 3 - 5 m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="98" />
      <source>Depth 5 - 10 m</source>
      <translation>Depth 5 - 10 m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="95" />
      <source>Depth under 0.5 m</source>
      <translation>Depth under 0.5 m</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="259" />
      <source>Digital Twin</source>
      <translation>Digital Twin</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="89" />
      <source>Digital Twin algorithms…</source>
      <translation>Digital Twin algorithms…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="80" />
      <source>Digital Twin catalog</source>
      <translation>Digital Twin catalog</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="192" />
      <source>Digital Twin catalogs</source>
      <translation>Digital Twin catalogs</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="59" />
      <source>Digital Twin: PLATEAU and city digital twin tools</source>
      <translation>Digital Twin: PLATEAU and city digital twin tools</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="105" />
      <source>Disaster risks</source>
      <translation>Disaster risks</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="83" />
      <source>Double-click: {0}</source>
      <translation>Double-click: {0}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="88" />
      <source>Download (then convert to COPC)…</source>
      <translation>Download (then convert to COPC)…</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="190" />
      <source>Download and convert {} tiles…</source>
      <translation>Download and convert {} tiles…</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="102" />
      <source>Download and convert…</source>
      <translation>Download and convert…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="335" />
      <source>Download into folder</source>
      <translation>Download into folder</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="345" />
      <source>Download: {0}</source>
      <translation>Download: {0}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="347" />
      <source>Downloaded {0} file(s) into {1}.</source>
      <translation>Downloaded {0} file(s) into {1}.</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="339" />
      <source>Downloading {0} file(s) into {1}…</source>
      <translation>Downloading {0} file(s) into {1}…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="151" />
      <source>Download…</source>
      <translation>Download…</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="85" />
      <source>Edit the barrier-free mobility profiles saved with this project</source>
      <translation>Edit the barrier-free mobility profiles saved with this project</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="65" />
      <source>Escalators allowed</source>
      <translation>Escalators allowed</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="54" />
      <source>Escalators count as</source>
      <translation>Escalators count as</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="144" />
      <source>Every Python package the plugin uses is installed.</source>
      <translation>Every Python package the plugin uses is installed.</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="355" />
      <source>Export profiles</source>
      <translation>Export profiles</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="202" />
      <source>Export…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="110" />
      <source>Expressway</source>
      <translation>Expressway</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="148" />
      <source>FAR used: 100 % or more</source>
      <translation>FAR used: 100 % or more</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="145" />
      <source>FAR used: 25 - 50 %</source>
      <translation>FAR used: 25 - 50 %</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="146" />
      <source>FAR used: 50 - 75 %</source>
      <translation>FAR used: 50 - 75 %</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="147" />
      <source>FAR used: 75 - 100 %</source>
      <translation>FAR used: 75 - 100 %</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="144" />
      <source>FAR used: under 25 %</source>
      <translation>FAR used: under 25 %</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="136" />
      <source>Farming, forestry and fishery facilities</source>
      <translation>Farming, forestry and fishery facilities</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="108" />
      <source>Feed (live)</source>
      <translation>Feed (live)</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="67" />
      <source>Feed URL or recording</source>
      <translation>Feed URL or recording</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="66" />
      <source>Feed type</source>
      <translation>Feed type</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="124" />
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="41" />
      <source>Flood analyses</source>
      <translation>Flood analyses</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="115" />
      <source>Floor area used per district (gross)</source>
      <translation>Floor area used per district (gross)</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="125" />
      <source>Forest</source>
      <translation>Forest</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="69" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="34" />
      <source>GTFS-Realtime vehicle positions</source>
      <translation>GTFS-Realtime vehicle positions</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="36" />
      <source>GeoJSON, JSON or CSV with latitude/longitude</source>
      <translation>GeoJSON, JSON or CSV with latitude/longitude</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="58" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="137" />
      <source>Golf course</source>
      <translation>Golf course</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="104" />
      <source>Ground surfaces (LOD2)</source>
      <translation>Ground surfaces (LOD2)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="397" />
      <source>Group</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="154" />
      <source>High (1,200 kWh/m² or more)</source>
      <translation>High (1,200 kWh/m² or more)</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/qgis_styles.py" line="23" />
      <source>Hospital</source>
      <translation>Hospital</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="349" />
      <source>Import profiles</source>
      <translation>Import profiles</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="201" />
      <source>Import…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="130" />
      <source>Industrial</source>
      <translation>Industrial</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="118" />
      <source>Install</source>
      <translation>Install</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="87" />
      <source>Install Python packages</source>
      <translation>Install Python packages</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="260" />
      <source>Install Python packages…</source>
      <translation>Install Python packages…</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="93" />
      <source>Install the Python packages the analyses use, into this QGIS profile</source>
      <translation>Install the Python packages the analyses use, into this QGIS profile</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="202" />
      <source>Installed {count} packages ({size_mb:.0f} MB) in {seconds:.0f} s. Restart QGIS if a feature still says a package is missing.</source>
      <translation>Installed {count} packages ({size_mb:.0f} MB) in {seconds:.0f} s. Restart QGIS if a feature still says a package is missing.</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="57" />
      <source>Installing Python packages</source>
      <translation>Installing Python packages</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="154" />
      <source>Installing… (this can take several minutes)</source>
      <translation>Installing… (this can take several minutes)</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="117" />
      <source>Island or median</source>
      <translation>Island or median</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="37" />
      <source>JARTIC traffic counts (WFS, map extent)</source>
      <translation>JARTIC traffic counts (WFS, map extent)</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="104" />
      <source>L2: depth 0.5 - 3 m</source>
      <translation>L2: depth 0.5 - 3 m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="107" />
      <source>L2: depth 10 - 20 m</source>
      <translation>L2: depth 10 - 20 m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="108" />
      <source>L2: depth 20 m or more</source>
      <translation>L2: depth 20 m or more</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="105" />
      <source>L2: depth 3 - 5 m</source>
      <translation>L2: depth 3 - 5 m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="106" />
      <source>L2: depth 5 - 10 m</source>
      <translation>L2: depth 5 - 10 m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="103" />
      <source>L2: depth under 0.5 m</source>
      <translation>L2: depth under 0.5 m</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="69" />
      <source>LOD</source>
      <translation>LOD</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="111" />
      <source>Land use (LOD1)</source>
      <translation>Land use (LOD1)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="392" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="220" />
      <source>Links whose data is unknown (99 / X) or too coarse to tell</source>
      <translation>Links whose data is unknown (99 / X) or too coarse to tell</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="55" />
      <source>Links without tactile paving count as</source>
      <translation>Links without tactile paving count as</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="43" />
      <source>Live feeds</source>
      <translation>Live feeds</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="86" />
      <source>Load with the CityGML loader…</source>
      <translation>Load with the CityGML loader…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="75" />
      <source>Local catalog file or folder (offline)</source>
      <translation>Local catalog file or folder (offline)</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="156" />
      <source>Low (under 1,100 kWh/m²)</source>
      <translation>Low (under 1,100 kWh/m²)</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="182" />
      <source>Lowest 2024 rank (S best, C worst)</source>
      <translation>Lowest 2024 rank (S best, C worst)</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="49" />
      <source>Maximum slope</source>
      <translation>Maximum slope</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="49" />
      <source>Maximum step height</source>
      <translation>Maximum step height</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="155" />
      <source>Medium (1,100 - 1,200 kWh/m²)</source>
      <translation>Medium (1,100 - 1,200 kWh/m²)</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="50" />
      <source>Minimum width</source>
      <translation>Minimum width</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="142" />
      <source>Mobility profiles</source>
      <translation>Mobility profiles</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="84" />
      <source>Mobility profiles…</source>
      <translation>Mobility profiles…</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="113" />
      <source>Municipal road</source>
      <translation>Municipal road</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="168" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="169" />
      <source>Name in Japanese</source>
      <translation>Name in Japanese</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="111" />
      <source>National road</source>
      <translation>National road</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="101" />
      <source>Needed for</source>
      <translation>Needed for</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="420" />
      <source>New catalog connection</source>
      <translation>New catalog connection</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="101" />
      <source>No flood rank</source>
      <translation>No flood rank</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="179" />
      <source>No limit</source>
      <translation>No limit</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="94" />
      <source>Not flooded</source>
      <translation>Not flooded</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="264" />
      <source>Not for this version</source>
      <translation>Not for this version</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="160" />
      <source>Not passable (barrier)</source>
      <translation>Not passable (barrier)</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="35" />
      <source>OGC SensorThings API (service root)</source>
      <translation>OGC SensorThings API (service root)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="122" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="211" />
      <source>Opening {0}…</source>
      <translation>Opening {0}…</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="61" />
      <source>Ordinary (no accessibility features)</source>
      <translation>Ordinary (no accessibility features)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="157" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="127" />
      <source>Other natural land</source>
      <translation>Other natural land</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="142" />
      <source>Other or unknown land use</source>
      <translation>Other or unknown land use</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="114" />
      <source>Other or unknown road</source>
      <translation>Other or unknown road</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="135" />
      <source>Other public facilities</source>
      <translation>Other public facilities</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="122" />
      <source>Other traffic area</source>
      <translation>Other traffic area</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="140" />
      <source>Other urban use</source>
      <translation>Other urban use</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="74" />
      <source>PLATEAU CityGML files</source>
      <translation>PLATEAU CityGML files</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_connections.py" line="20" />
      <source>PLATEAU CityGML files (map extent or codes)</source>
      <translation>PLATEAU CityGML files (map extent or codes)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="74" />
      <source>PLATEAU data catalog (3D Tiles, MVT)</source>
      <translation>PLATEAU data catalog (3D Tiles, MVT)</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="101" />
      <source>Package</source>
      <translation>Package</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="123" />
      <source>Paddy field</source>
      <translation>Paddy field</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="158" />
      <source>Passable by wheelchair</source>
      <translation>Passable by wheelchair</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="96" />
      <source>Pick on the map</source>
      <translation>Pick on the map</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="83" />
      <source>Pick published point cloud tiles on the map, download them and convert them to COPC</source>
      <translation>Pick published point cloud tiles on the map, download them and convert them to COPC</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="119" />
      <source>Planting</source>
      <translation>Planting</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/qgis_layers.py" line="27" />
      <source>Point cloud</source>
      <translation>Point cloud</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="78" />
      <source>Point cloud tile index ({})</source>
      <translation>Point cloud tile index ({})</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="85" />
      <source>Point cloud tiles</source>
      <translation>Point cloud tiles</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="82" />
      <source>Point cloud tiles…</source>
      <translation>Point cloud tiles…</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/qgis_layers.py" line="120" />
      <source>Point cloud {0}</source>
      <translation>Point cloud {0}</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="42" />
      <source>Point clouds</source>
      <translation>Point clouds</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="112" />
      <source>Prefectural road</source>
      <translation>Prefectural road</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="68" />
      <source>Prefecture</source>
      <translation>Prefecture</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="349" />
      <source>Profiles (*.json)</source>
      <translation>Profiles (*.json)</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="334" />
      <source>Profiles read from {0}: 'Save to project' to use them.</source>
      <translation>Profiles read from {0}: 'Save to project' to use them.</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="345" />
      <source>Profiles written to {0} (PROFILES_FILE of the barrier-free algorithms).</source>
      <translation>Profiles written to {0} (PROFILES_FILE of the barrier-free algorithms).</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="131" />
      <source>Public facilities</source>
      <translation>Public facilities</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="134" />
      <source>Public open space</source>
      <translation>Public open space</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="393" />
      <source>Publisher</source>
      <translation>Publisher</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="253" />
      <source>Python packages some Digital Twin features need are missing: {names}. Everything else works.</source>
      <translation>Python packages some Digital Twin features need are missing: {names}. Everything else works.</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="162" />
      <source>Python: {python}</source>
      <translation>Python: {python}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="55" />
      <source>Record every refresh to a GeoPackage</source>
      <translation>Record every refresh to a GeoPackage</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="136" />
      <source>Recorded feed</source>
      <translation>Recorded feed</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="107" />
      <source>Recorded feed (replay)</source>
      <translation>Recorded feed (replay)</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="70" />
      <source>Recording file</source>
      <translation>Recording file</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="68" />
      <source>Refresh every</source>
      <translation>Refresh every</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="178" />
      <source>Refreshing {0}</source>
      <translation>Refreshing {0}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="128" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="38" />
      <source>Replay a recording (GeoPackage)</source>
      <translation>Replay a recording (GeoPackage)</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="200" />
      <source>Reset to shipped</source>
      <translation>Reset to shipped</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="44" />
      <source>Resident maps</source>
      <translation>Resident maps</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="128" />
      <source>Residential</source>
      <translation>Residential</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="132" />
      <source>Road</source>
      <translation>Road</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="109" />
      <source>Road areas (LOD2)</source>
      <translation>Road areas (LOD2)</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="110" />
      <source>Road areas (LOD3)</source>
      <translation>Road areas (LOD3)</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="106" />
      <source>Roads (LOD1)</source>
      <translation>Roads (LOD1)</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="107" />
      <source>Roads (LOD2)</source>
      <translation>Roads (LOD2)</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="108" />
      <source>Roads (LOD3)</source>
      <translation>Roads (LOD3)</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="102" />
      <source>Roofs (LOD2)</source>
      <translation>Roofs (LOD2)</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="43" />
      <source>Sample district</source>
      <translation>Sample district</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_connections.py" line="27" />
      <source>Sample district (offline)</source>
      <translation>Sample district (offline)</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="199" />
      <source>Save to project</source>
      <translation>Save to project</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="314" />
      <source>Saved in the project: the barrier-free algorithms use these profiles now. Save the project file to keep them.</source>
      <translation>Saved in the project: the barrier-free algorithms use these profiles now. Save the project file to keep them.</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="67" />
      <source>Search PLATEAU, CKAN, TerriaJS and local catalogs and add data to the map</source>
      <translation>Search PLATEAU, CKAN, TerriaJS and local catalogs and add data to the map</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="97" />
      <source>Search: words of title, place, type, format, year…</source>
      <translation>Search: words of title, place, type, format, year…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="299" />
      <source>Select a dataset or one of its resources first.</source>
      <translation>Select a dataset or one of its resources first.</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="165" />
      <source>Sensors (SensorThings)</source>
      <translation>Sensors (SensorThings)</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="104" />
      <source>Sensors, latest values (live)</source>
      <translation>Sensors, latest values (live)</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/qgis_styles.py" line="23" />
      <source>Shelter</source>
      <translation>Shelter</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="91" />
      <source>Show the Digital Twin algorithms in the Processing Toolbox</source>
      <translation>Show the Digital Twin algorithms in the Processing Toolbox</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="116" />
      <source>Sidewalk</source>
      <translation>Sidewalk</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="41" />
      <source>Solar potential</source>
      <translation>Solar potential</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="138" />
      <source>Solar power plant</source>
      <translation>Solar power plant</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="170" />
      <source>Speed</source>
      <translation>Speed</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="65" />
      <source>Stairs allowed</source>
      <translation>Stairs allowed</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="54" />
      <source>Stairs count as</source>
      <translation>Stairs count as</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/qgis_styles.py" line="23" />
      <source>Station</source>
      <translation>Station</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="139" />
      <source>Surface parking</source>
      <translation>Surface parking</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="75" />
      <source>TerriaJS catalog (Tokyo Digital Twin 3D viewer)</source>
      <translation>TerriaJS catalog (Tokyo Digital Twin 3D viewer)</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="152" />
      <source>The project's profiles cannot be used ({0}); the shipped profiles are shown</source>
      <translation>The project's profiles cannot be used ({0}); the shipped profiles are shown</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="57" />
      <source>The saved tile scheme is not valid ({}); using Tokyo's.</source>
      <translation>The saved tile scheme is not valid ({}); using Tokyo's.</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="320" />
      <source>The shipped profiles are shown: 'Save to project' to use them again.</source>
      <translation>The shipped profiles are shown: 'Save to project' to use them again.</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="87" />
      <source>The style {0} could not be applied to {1}: {2}</source>
      <translation>The style {0} could not be applied to {1}: {2}</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="140" />
      <source>These Python packages are missing. Install puts them into {folder}, for this QGIS profile only; packages QGIS already has are never replaced. Every other feature keeps working meanwhile.</source>
      <translation>These Python packages are missing. Install puts them into {folder}, for this QGIS profile only; packages QGIS already has are never replaced. Every other feature keeps working meanwhile.</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="98" />
      <source>Tiles in the current extent</source>
      <translation>Tiles in the current extent</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="104" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="106" />
      <source>Traffic counts (live)</source>
      <translation>Traffic counts (live)</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="118" />
      <source>Tram stop</source>
      <translation>Tram stop</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="133" />
      <source>Transport facilities</source>
      <translation>Transport facilities</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="162" />
      <source>Treat as barriers</source>
      <translation>Treat as barriers</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="161" />
      <source>Treat as passable</source>
      <translation>Treat as passable</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="68" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="430" />
      <source>URL, file or folder</source>
      <translation>URL, file or folder</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="157" />
      <source>Unsuitable</source>
      <translation>Unsuitable</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="141" />
      <source>Unused land</source>
      <translation>Unused land</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="187" />
      <source>Usable elevators</source>
      <translation>Usable elevators</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="103" />
      <source>Vehicle positions (live)</source>
      <translation>Vehicle positions (live)</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="101" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="61" />
      <source>Visually impaired accessible</source>
      <translation>Visually impaired accessible</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="103" />
      <source>Walls (LOD2)</source>
      <translation>Walls (LOD2)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="68" />
      <source>Ward</source>
      <translation>Ward</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="126" />
      <source>Water</source>
      <translation>Water</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="60" />
      <source>Wheelchair and visually impaired accessible</source>
      <translation>Wheelchair and visually impaired accessible</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="60" />
      <source>Wheelchair-accessible</source>
      <translation>Wheelchair-accessible</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="69" />
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="76" />
      <source>coloured by flood rank</source>
      <translation>coloured by flood rank</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="77" />
      <source>coloured by height</source>
      <translation>coloured by height</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="76" />
      <source>coloured by usage</source>
      <translation>coloured by usage</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="44" />
      <source>height unknown</source>
      <translation>height unknown</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="320" />
      <source>no data yet</source>
      <translation>no data yet</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="37" />
      <source>no flood rank</source>
      <translation>no flood rank</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="392" />
      <source>not stated: check the publisher's terms</source>
      <translation>not stated: check the publisher's terms</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="217" />
      <source>recording to {0} failed: {1}</source>
      <translation>recording to {0} failed: {1}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="320" />
      <source>showing the data of {0}</source>
      <translation>showing the data of {0}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="409" />
      <source>size unknown</source>
      <translation>size unknown</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="303" />
      <source>unknown format</source>
      <translation>unknown format</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="51" />
      <source>usage unknown</source>
      <translation>usage unknown</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="261" />
      <source>{0:.1f} m</source>
      <translation>{0:.1f} m</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="330" />
      <source>{0} (updated {1})</source>
      <translation>{0} (updated {1})</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="329" />
      <source>{0} (updated {1}, feed failing)</source>
      <translation>{0} (updated {1}, feed failing)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="309" />
      <source>{0} has {1} files: expand it and add the ones you need.</source>
      <translation>{0} has {1} files: expand it and add the ones you need.</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="268" />
      <source>{0} of {1} datasets</source>
      <translation>{0} of {1} datasets</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="82" />
      <source>{0}: cannot restart the live layer ({1})</source>
      <translation>{0}: cannot restart the live layer ({1})</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="102" />
      <source>{0}: the '{1}' preference must be between {2:g} and {3:g} times the length</source>
      <translation>{0}: the '{1}' preference must be between {2:g} and {3:g} times the length</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="307" />
      <source>{0}: the feed works again</source>
      <translation>{0}: the feed works again</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="90" />
      <source>{0}: the name is empty</source>
      <translation>{0}: the name is empty</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="98" />
      <source>{0}: the speed must be between {1:g} and {2:g} km/h</source>
      <translation>{0}: the speed must be between {1:g} and {2:g} km/h</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="235" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="321" />
      <source>{0}: {1} ({2}; retrying every {3} s)</source>
      <translation>{0}: {1} ({2}; retrying every {3} s)</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="94" />
      <source>{0}: {1} must be between {2:g} and {3:g} {4} (is {5:g} {4})</source>
      <translation>{0}: {1} must be between {2:g} and {3:g} {4} (is {5:g} {4})</translation>
    </message>
  </context>
  <context>
    <name>Engine</name>
    <message>
      <location filename="../../plugin/catalog/model.py" line="90" />
      <source>'resources' must be a list</source>
      <translation>'resources' must be a list</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_layers.py" line="93" />
      <source>'{name}' ({format}) cannot be added to the map directly; download it instead</source>
      <translation>'{name}' ({format}) cannot be added to the map directly; download it instead</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/tiles.py" line="53" />
      <source>'{name}' is not a tile name (letters, digits, '-' and '_' only)</source>
      <translation>'{name}' is not a tile name (letters, digits, '-' and '_' only)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/model.py" line="116" />
      <source>'{name}' must be a list of texts</source>
      <translation>'{name}' must be a list of texts</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/model.py" line="114" />
      <source>'{name}' must be a text</source>
      <translation>'{name}' must be a text</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_layers.py" line="202" />
      <source>'{resource}' needs no preparation</source>
      <translation>'{resource}' needs no preparation</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="607" />
      <source>'{text}' is not a checksum like sha256:&lt;hex&gt; or md5:&lt;hex&gt;</source>
      <translation>'{text}' is not a checksum like sha256:&lt;hex&gt; or md5:&lt;hex&gt;</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="109" />
      <source>'{url}' is not an http(s) URL</source>
      <translation>'{url}' is not an http(s) URL</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/gsi.py" line="139" />
      <source>'{value}' is not a coordinate in degrees</source>
      <translation>'{value}' is not a coordinate in degrees</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/tiles.py" line="45" />
      <source>'{value}' is not a valid {key}</source>
      <translation>'{value}' is not a valid {key}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="53" />
      <source>(top level)</source>
      <translation>(top level)</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_3d_page.py" line="42" />
      <source>3D view page not included: 3D rendering needs an OpenGL display, and this QGIS runs with the '{platform}' platform. Export from QGIS desktop, or run under xvfb-run with QT_QPA_PLATFORM=xcb.</source>
      <translation>3D view page not included: 3D rendering needs an OpenGL display, and this QGIS runs with the '{platform}' platform. Export from QGIS desktop, or run under xvfb-run with QT_QPA_PLATFORM=xcb.</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_3d_page.py" line="38" />
      <source>3D view page not included: qgis_process runs without a GUI, and 3D rendering needs one. Export from QGIS desktop (Processing Toolbox) to get the 3D page.</source>
      <translation>3D view page not included: qgis_process runs without a GUI, and 3D rendering needs one. Export from QGIS desktop (Processing Toolbox) to get the 3D page.</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/tiles.py" line="76" />
      <source>A tile saved earlier failed its check: downloading it again</source>
      <translation>A tile saved earlier failed its check: downloading it again</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/analyses.py" line="119" />
      <source>Barrier-free analyses</source>
      <translation>Barrier-free analyses</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/graph.py" line="45" />
      <source>Barrier-free graph search</source>
      <translation>Barrier-free graph search</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/dsm.py" line="80" />
      <source>Batch runs</source>
      <translation>Batch runs</translation>
    </message>
    <message>
      <location filename="../../plugin/errors.py" line="81" />
      <source>Cancelled by the user.</source>
      <translation>Cancelled by the user.</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/pip_install.py" line="173" />
      <source>Cannot find the Python {version} that QGIS runs (looked at: {paths}).</source>
      <translation>Cannot find the Python {version} that QGIS runs (looked at: {paths}).</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="138" />
      <source>Cannot open the recording {path}</source>
      <translation>Cannot open the recording {path}</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/requirements.py" line="89" />
      <source>Cannot read this requirement: '{text}'</source>
      <translation>Cannot read this requirement: '{text}'</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="138" />
      <source>DSM hole filling</source>
      <translation>DSM hole filling</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/inundation.py" line="36" />
      <source>Depression filling</source>
      <translation>Depression filling</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/inundation.py" line="72" />
      <source>Flood inundation</source>
      <translation>Flood inundation</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="183" />
      <source>Flood simulation: {steps} steps, Δt {min_step:.3g}–{max_step:.3g} s; rain {rain:.1f} m³, inflow {inflow:.1f} m³, held stages {boundary:.1f} m³, outflow {outflow:.1f} m³, on the grid {stored:.1f} m³, mass balance error {error_percent:.4f} %</source>
      <translation>Flood simulation: {steps} steps, Δt {min_step:.3g}–{max_step:.3g} s; rain {rain:.1f} m³, inflow {inflow:.1f} m³, held stages {boundary:.1f} m³, outflow {outflow:.1f} m³, on the grid {stored:.1f} m³, mass balance error {error_percent:.4f} %</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gtfsrt.py" line="73" />
      <source>GTFS-Realtime feeds</source>
      <translation>GTFS-Realtime feeds</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/geoparquet.py" line="176" />
      <source>GeoParquet output</source>
      <translation>GeoParquet output</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="149" />
      <source>GeoTIFF writing</source>
      <translation>GeoTIFF writing</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/wfs_traffic.py" line="65" />
      <source>JARTIC traffic counts for time code {time_code} in {bbox}</source>
      <translation>JARTIC traffic counts for time code {time_code} in {bbox}</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="243" />
      <source>MLIT link data needs its node layer (node_id, floor, position)</source>
      <translation>MLIT link data needs its node layer (node_id, floor, position)</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="251" />
      <source>Manning's n must be a positive number on every cell of the DEM</source>
      <translation>Manning's n must be a positive number on every cell of the DEM</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="297" />
      <source>No answer or a busy server: trying again after a pause</source>
      <translation>No answer or a busy server: trying again after a pause</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/inundation.py" line="83" />
      <source>No seed lies below the water level {level} m: nothing floods from the seeds.</source>
      <translation>No seed lies below the water level {level} m: nothing floods from the seeds.</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="191" />
      <source>Point cloud CRS</source>
      <translation>Point cloud CRS</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/copc.py" line="103" />
      <source>Point cloud conversion</source>
      <translation>Point cloud conversion</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/qgis_layers.py" line="64" />
      <source>Point cloud styling</source>
      <translation>Point cloud styling</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="63" />
      <source>Point clouds</source>
      <translation>Point clouds</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_layers.py" line="107" />
      <source>QGIS could not open '{url}' as a {format} layer: {error}</source>
      <translation>QGIS could not open '{url}' as a {format} layer: {error}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_layers.py" line="240" />
      <source>QGIS could not open {uri}</source>
      <translation>QGIS could not open {uri}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/sensorthings.py" line="58" />
      <source>SensorThings page {pages}: {page_count} of {count} datastreams</source>
      <translation>SensorThings page {pages}: {page_count} of {count} datastreams</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="64" />
      <source>Solar irradiance</source>
      <translation>Solar irradiance</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="291" />
      <source>Stopped by signal {signal}, as if cancelled.</source>
      <translation>Stopped by signal {signal}, as if cancelled.</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/synthetic.py" line="29" />
      <source>Synthetic point clouds</source>
      <translation>Synthetic point clouds</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="194" />
      <source>The flood simulation</source>
      <translation>The flood simulation</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="78" />
      <source>The install failed: {detail}</source>
      <translation>The install failed: {detail}</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="381" />
      <source>The server is unreachable: using the cached answer</source>
      <translation>The server is unreachable: using the cached answer</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/vpc.py" line="44" />
      <source>Virtual point clouds</source>
      <translation>Virtual point clouds</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_basemap.py" line="54" />
      <source>a basemap layer must be a point, line or polygon layer</source>
      <translation>a basemap layer must be a point, line or polygon layer</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/plateau.py" line="96" />
      <source>a bounding box is lon,lat or min lon,min lat,max lon,max lat</source>
      <translation>a bounding box is lon,lat or min lon,min lat,max lon,max lat</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/local.py" line="37" />
      <source>a catalog file is an object with a 'datasets' list</source>
      <translation>a catalog file is an object with a 'datasets' list</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/model.py" line="82" />
      <source>a dataset must be a JSON object</source>
      <translation>a dataset must be a JSON object</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/model.py" line="85" />
      <source>a dataset needs a non-empty text</source>
      <translation>a dataset needs a non-empty text</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="315" />
      <source>a group needs at least one shelter</source>
      <translation>a group needs at least one shelter</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/gsi.py" line="128" />
      <source>a hazard flag must be 1 or empty, not '{value}'</source>
      <translation>a hazard flag must be 1 or empty, not '{value}'</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/ensemble.py" line="55" />
      <source>a hyetograph has one series: leave out the point column</source>
      <translation>a hyetograph has one series: leave out the point column</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/parser.py" line="753" />
      <source>a name or value holds bytes that are not UTF-8 text</source>
      <translation>a name or value holds bytes that are not UTF-8 text</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="159" />
      <source>a shelter layer needs a suitable field (1 = suits the hazard) to pick the shelters for a hazard</source>
      <translation>a shelter layer needs a suitable field (1 = suits the hazard) to pick the shelters for a hazard</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/vpc.py" line="32" />
      <source>a virtual point cloud needs at least one COPC file</source>
      <translation>a virtual point cloud needs at least one COPC file</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="218" />
      <source>a weather file needs a header line and at least two time steps</source>
      <translation>a weather file needs a header line and at least two time steps</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="83" />
      <source>a {width} x {height} grid is too large; choose a coarser resolution</source>
      <translation>a {width} x {height} grid is too large; choose a coarser resolution</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/runner.py" line="288" />
      <source>an earlier run with other inputs or parameters left this manifest; remove it and the .tiles folder beside it to start afresh, or choose another output</source>
      <translation>an earlier run with other inputs or parameters left this manifest; remove it and the .tiles folder beside it to start afresh, or choose another output</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/cli.py" line="173" />
      <source>an inflow hydrograph has one series: leave out the point column</source>
      <translation>an inflow hydrograph has one series: leave out the point column</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="318" />
      <source>another run (process {pid} on {host}) is writing this file; wait for it to finish, or delete {lock} if no run is left</source>
      <translation>another run (process {pid} on {host}) is writing this file; wait for it to finish, or delete {lock} if no run is left</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/wfs_traffic.py" line="82" />
      <source>answer too large for {bbox}: splitting it in four</source>
      <translation>answer too large for {bbox}: splitting it in four</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/parser.py" line="576" />
      <source>bad coordinates ({exc})</source>
      <translation>bad coordinates ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/tiles.py" line="35" />
      <source>batch runs read a PLATEAU release zip or a folder holding udx/bldg/*.gml, not one file</source>
      <translation>batch runs read a PLATEAU release zip or a folder holding udx/bldg/*.gml, not one file</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/rasters.py" line="54" />
      <source>cannot open the raster ({exc})</source>
      <translation>cannot open the raster ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="66" />
      <source>cannot open the recording for writing ({exc})</source>
      <translation>cannot open the recording for writing ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/runner.py" line="254" />
      <source>cannot reach the dask scheduler ({error})</source>
      <translation>cannot reach the dask scheduler ({error})</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="144" />
      <source>cannot read CSV ({exc})</source>
      <translation>cannot read CSV ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="97" />
      <source>cannot read GeoJSON ({exc})</source>
      <translation>cannot read GeoJSON ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/local.py" line="31" />
      <source>cannot read the catalog file ({reason})</source>
      <translation>cannot read the catalog file ({reason})</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/gsi.py" line="86" />
      <source>cannot read the file ({reason})</source>
      <translation>cannot read the file ({reason})</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="327" />
      <source>cannot read the profiles ({reason})</source>
      <translation>cannot read the profiles ({reason})</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="175" />
      <source>cannot read the shelter layer ({error})</source>
      <translation>cannot read the shelter layer ({error})</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/tables.py" line="19" />
      <source>cannot read the table ({reason})</source>
      <translation>cannot read the table ({reason})</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/generate.py" line="82" />
      <source>cannot replace the folder ({reason}); close the layers that show its files or choose another folder</source>
      <translation>cannot replace the folder ({reason}); close the layers that show its files or choose another folder</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/qgis_outputs.py" line="76" />
      <source>cannot write a feature to {path}: {error}</source>
      <translation>cannot write a feature to {path}: {error}</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="301" />
      <source>cannot write the output here ({problem})</source>
      <translation>cannot write the output here ({problem})</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/qgis_outputs.py" line="68" />
      <source>cannot write {path}: {error}</source>
      <translation>cannot write {path}: {error}</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/rasters.py" line="59" />
      <source>cells are {width} x {height}: resample to square cells first</source>
      <translation>cells are {width} x {height}: resample to square cells first</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/geoparquet.py" line="148" />
      <source>column {column} of layer {layer} has the type {kind}, which GeoParquet output cannot convert</source>
      <translation>column {column} of layer {layer} has the type {kind}, which GeoParquet output cannot convert</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/inundation.py" line="61" />
      <source>connectivity must be 4 or 8, not {connectivity}</source>
      <translation>connectivity must be 4 or 8, not {connectivity}</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="252" />
      <source>coordinate {value} of city object {gml_id} is not a latitude, longitude or height</source>
      <translation>coordinate {value} of city object {gml_id} is not a latitude, longitude or height</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="254" />
      <source>coordinate {value} of city object {gml_id} is not a latitude, longitude or height (skipped)</source>
      <translation>coordinate {value} of city object {gml_id} is not a latitude, longitude or height (skipped)</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="206" />
      <source>could not write the layout template {path}</source>
      <translation>could not write the layout template {path}</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/parser.py" line="681" />
      <source>declares a DTD or XML entities (&lt;!DOCTYPE&gt;, &lt;!ENTITY&gt;), which CityGML files never do; refusing to read it</source>
      <translation>declares a DTD or XML entities (&lt;!DOCTYPE&gt;, &lt;!ENTITY&gt;), which CityGML files never do; refusing to read it</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/analyses.py" line="178" />
      <source>destination</source>
      <translation>destination</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/steps.py" line="66" />
      <source>each hazard needs its own name</source>
      <translation>each hazard needs its own name</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/model.py" line="97" />
      <source>each resource needs a 'url' text</source>
      <translation>each resource needs a 'url' text</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/ensemble.py" line="104" />
      <source>each scenario needs its own name</source>
      <translation>each scenario needs its own name</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gtfsrt.py" line="67" />
      <source>empty id</source>
      <translation>empty id</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="248" />
      <source>every DEM cell is no-data or a building: nothing to simulate</source>
      <translation>every DEM cell is no-data or a building: nothing to simulate</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/profiles.py" line="61" />
      <source>every profile needs an 'id'</source>
      <translation>every profile needs an 'id'</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/tables.py" line="24" />
      <source>expected a header row 'minutes,{value_name}[,point]'</source>
      <translation>expected a header row 'minutes,{value_name}[,point]'</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/tables.py" line="32" />
      <source>expected two numbers (minutes, {value_name}), found {row!r}</source>
      <translation>expected two numbers (minutes, {value_name}), found {row!r}</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/analyses.py" line="268" />
      <source>facility {id}</source>
      <translation>facility {id}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="197" />
      <source>feature {fid} is not a point</source>
      <translation>feature {fid} is not a point</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="106" />
      <source>feature {number} is not a GeoJSON Feature with object geometry and properties</source>
      <translation>feature {number} is not a GeoJSON Feature with object geometry and properties</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="119" />
      <source>feature {number}: the coordinates are not [longitude, latitude] numbers</source>
      <translation>feature {number}: the coordinates are not [longitude, latitude] numbers</translation>
    </message>
    <message>
      <location filename="../../plugin/errors.py" line="1" />
      <source>field '{field}'</source>
      <translation>field '{field}'</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="147" />
      <source>file not found</source>
      <translation>file not found</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/exposure.py" line="54" />
      <source>flood ranks must be 1 (&lt;0.5 m) to 6 (≥20 m)</source>
      <translation>flood ranks must be 1 (&lt;0.5 m) to 6 (≥20 m)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/sources.py" line="57" />
      <source>give CityGML search conditions: city codes (13101,13102), m:&lt;mesh code&gt;, r:&lt;lon,lat[,lon,lat]&gt; or g:&lt;place name&gt;</source>
      <translation>give CityGML search conditions: city codes (13101,13102), m:&lt;mesh code&gt;, r:&lt;lon,lat[,lon,lat]&gt; or g:&lt;place name&gt;</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/ensemble.py" line="102" />
      <source>give at least one scenario</source>
      <translation>give at least one scenario</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/plateau.py" line="81" />
      <source>give exactly one of: city codes, mesh codes, a bounding box or a place name</source>
      <translation>give exactly one of: city codes, mesh codes, a bounding box or a place name</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="88" />
      <source>ground (class 2) points</source>
      <translation>ground (class 2) points</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/steps.py" line="60" />
      <source>hazard name {name}: use lowercase letters, digits and _ (at most 31), starting with a letter</source>
      <translation>hazard name {name}: use lowercase letters, digits and _ (at most 31), starting with a letter</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="152" />
      <source>hazard {hazard!r} has no shelter designation; choose one of {hazards}</source>
      <translation>hazard {hazard!r} has no shelter designation; choose one of {hazards}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gtfsrt.py" line="51" />
      <source>holds none of routes.txt, trips.txt, stops.txt: is it a static GTFS zip?</source>
      <translation>holds none of routes.txt, trips.txt, stops.txt: is it a static GTFS zip?</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/graph.py" line="31" />
      <source>internal error: no edge between nodes {u} and {v}</source>
      <translation>internal error: no edge between nodes {u} and {v}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/local.py" line="75" />
      <source>is not a folder</source>
      <translation>is not a folder</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="125" />
      <source>is not a zip file; download it without 'Extract zip'</source>
      <translation>is not a zip file; download it without 'Extract zip'</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/geoparquet.py" line="155" />
      <source>layer {layer} has a column {column}, the name GeoParquet output gives its geometry</source>
      <translation>layer {layer} has a column {column}, the name GeoParquet output gives its geometry</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/geoparquet.py" line="235" />
      <source>layer {layer} has a geometry that is not valid WKB ({error})</source>
      <translation>layer {layer} has a geometry that is not valid WKB ({error})</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/geoparquet.py" line="209" />
      <source>layer {layer} has other columns here than in the tiles before it</source>
      <translation>layer {layer} has other columns here than in the tiles before it</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="215" />
      <source>layout template not found: {path}</source>
      <translation>layout template not found: {path}</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="100" />
      <source>levels of detail: one of {policies} or LOD numbers, not {lods!r}</source>
      <translation>levels of detail: one of {policies} or LOD numbers, not {lods!r}</translation>
    </message>
    <message>
      <location filename="../../plugin/errors.py" line="1" />
      <source>line {line}</source>
      <translation>line {line}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="401" />
      <source>merging {count} shelter groups</source>
      <translation>merging {count} shelter groups</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/runner.py" line="171" />
      <source>merging {count} tiles</source>
      <translation>merging {count} tiles</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/tables.py" line="35" />
      <source>minutes and {value_name} must not be negative</source>
      <translation>minutes and {value_name} must not be negative</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/sources.py" line="88" />
      <source>no CityGML member matches feature types {types} and mesh codes {meshes} (expected udx/&lt;type&gt;/&lt;mesh&gt;_*.gml)</source>
      <translation>no CityGML member matches feature types {types} and mesh codes {meshes} (expected udx/&lt;type&gt;/&lt;mesh&gt;_*.gml)</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/solar.py" line="145" />
      <source>no building footprints in layer {layer}</source>
      <translation>no building footprints in layer {layer}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/tiles.py" line="45" />
      <source>no building members (udx/bldg/&lt;mesh&gt;_bldg_*.gml) found</source>
      <translation>no building members (udx/bldg/&lt;mesh&gt;_bldg_*.gml) found</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/dsm.py" line="86" />
      <source>no buildings to make a DSM from</source>
      <translation>no buildings to make a DSM from</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="133" />
      <source>no city objects with geometry found</source>
      <translation>no city objects with geometry found</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="200" />
      <source>no column named {names} (columns: {header})</source>
      <translation>no column named {names} (columns: {header})</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/feeds.py" line="40" />
      <source>no feed URL given</source>
      <translation>no feed URL given</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/exposure.py" line="164" />
      <source>no hazard scenario to assess: the hazard layer has no area with a rank or depth</source>
      <translation>no hazard scenario to assess: the hazard layer has no area with a rank or depth</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="79" />
      <source>no header</source>
      <translation>no header</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="329" />
      <source>no layer has the flood rank field '{rank_field}'</source>
      <translation>no layer has the flood rank field '{rank_field}'</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="178" />
      <source>no layer {layer} in the file</source>
      <translation>no layer {layer} in the file</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/dsm.py" line="36" />
      <source>no layer {layer} to make a DSM from</source>
      <translation>no layer {layer} to make a DSM from</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/solar.py" line="139" />
      <source>no layer {layer} with building footprints</source>
      <translation>no layer {layer} with building footprints</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/profiles.py" line="92" />
      <source>no profile found (expected a list under "profiles")</source>
      <translation>no profile found (expected a list under "profiles")</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/inundation.py" line="70" />
      <source>no seed lies on the DEM: give seed points or a river layer inside its extent</source>
      <translation>no seed lies on the DEM: give seed points or a river layer inside its extent</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="41" />
      <source>no such file or folder</source>
      <translation>no such file or folder</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="159" />
      <source>no such recording</source>
      <translation>no such recording</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="247" />
      <source>no usable link: every link refers to missing nodes or has no geometry</source>
      <translation>no usable link: every link refers to missing nodes or has no geometry</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="268" />
      <source>node {node_id} has no position (geometry or numeric lat/lon)</source>
      <translation>node {node_id} has no position (geometry or numeric lat/lon)</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="281" />
      <source>node {node_id} lies at longitude {lon}, latitude {lat}, which is no position in degrees (another CRS, or latitude and longitude swapped?)</source>
      <translation>node {node_id} lies at longitude {lon}, latitude {lat}, which is no position in degrees (another CRS, or latitude and longitude swapped?)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/local.py" line="33" />
      <source>not UTF-8 text (byte {position})</source>
      <translation>not UTF-8 text (byte {position})</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/tables.py" line="50" />
      <source>not UTF-8 text: save the table as CSV UTF-8</source>
      <translation>not UTF-8 text: save the table as CSV UTF-8</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/gsi.py" line="95" />
      <source>not a GSI evacuation site CSV: the header lacks {columns}</source>
      <translation>not a GSI evacuation site CSV: the header lacks {columns}</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="99" />
      <source>not a GeoJSON FeatureCollection</source>
      <translation>not a GeoJSON FeatureCollection</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="165" />
      <source>not a GeoPackage recording (GDAL cannot open it)</source>
      <translation>not a GeoPackage recording (GDAL cannot open it)</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="163" />
      <source>not a GeoPackage recording ({exc})</source>
      <translation>not a GeoPackage recording ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="233" />
      <source>not a date and time: {value!r}</source>
      <translation>not a date and time: {value!r}</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="242" />
      <source>not a number (W/m² expected)</source>
      <translation>not a number (W/m² expected)</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="37" />
      <source>not a raster GDAL can read ({exc})</source>
      <translation>not a raster GDAL can read ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/vpc.py" line="52" />
      <source>not a readable COPC file ({exc})</source>
      <translation>not a readable COPC file ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="183" />
      <source>not a readable EPW weather file ({exc})</source>
      <translation>not a readable EPW weather file ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gtfsrt.py" line="41" />
      <source>not a readable GTFS zip ({exc})</source>
      <translation>not a readable GTFS zip ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="71" />
      <source>not a readable LAS/LAZ file ({exc})</source>
      <translation>not a readable LAS/LAZ file ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/tiles.py" line="95" />
      <source>not a readable tile zip ({reason})</source>
      <translation>not a readable tile zip ({reason})</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/sources.py" line="85" />
      <source>not a readable zip ({exc})</source>
      <translation>not a readable zip ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="172" />
      <source>not a recording: the layer has no timestamp field</source>
      <translation>not a recording: the layer has no timestamp field</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/local.py" line="35" />
      <source>not valid JSON ({reason})</source>
      <translation>not valid JSON ({reason})</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/parser.py" line="653" />
      <source>not valid XML: {detail}. Check the file, or load with 'skip broken objects' to keep the readable city objects</source>
      <translation>not valid XML: {detail}. Check the file, or load with 'skip broken objects' to keep the readable city objects</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/vpc.py" line="47" />
      <source>only COPC files (*.copc.laz) can be listed in a virtual point cloud</source>
      <translation>only COPC files (*.copc.laz) can be listed in a virtual point cloud</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/analyses.py" line="177" />
      <source>origin</source>
      <translation>origin</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/pip_install.py" line="269" />
      <source>pip failed: {detail}</source>
      <translation>pip failed: {detail}</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="42" />
      <source>pixels must be square (same x and y size); resample it first</source>
      <translation>pixels must be square (same x and y size); resample it first</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="223" />
      <source>point '{name}' (row {row}, column {col}) lies on a building or a no-data cell</source>
      <translation>point '{name}' (row {row}, column {col}) lies on a building or a no-data cell</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="220" />
      <source>point '{name}' (row {row}, column {col}) lies outside the {ny} x {nx} grid</source>
      <translation>point '{name}' (row {row}, column {col}) lies outside the {ny} x {nx} grid</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/qgis_layers.py" line="83" />
      <source>point '{name}' ({x:.1f}, {y:.1f}) lies outside the DEM</source>
      <translation>point '{name}' ({x:.1f}, {y:.1f}) lies outside the DEM</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/generate.py" line="125" />
      <source>point cloud</source>
      <translation>point cloud</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/copc.py" line="229" />
      <source>point {count} at {xyz} lies outside the bounds in the header; the header is wrong</source>
      <translation>point {count} at {xyz} lies outside the bounds in the header; the header is wrong</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="88" />
      <source>points</source>
      <translation>points</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="116" />
      <source>points lie outside the bounds in the header; the header is wrong</source>
      <translation>points lie outside the bounds in the header; the header is wrong</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="135" />
      <source>profile '{missing}' is not among the profiles (available: {available})</source>
      <translation>profile '{missing}' is not among the profiles (available: {available})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="173" />
      <source>profile '{missing}' is not in the {origin} profiles (available: {available})</source>
      <translation>profile '{missing}' is not in the {origin} profiles (available: {available})</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/profiles.py" line="70" />
      <source>profile '{profile}': cost factor '{kind}' must be one of {kinds} with a value &gt;= 1</source>
      <translation>profile '{profile}': cost factor '{kind}' must be one of {kinds} with a value &gt;= 1</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/profiles.py" line="65" />
      <source>profile '{profile}': min_rank must be one of S, A, B, C or null</source>
      <translation>profile '{profile}': min_rank must be one of S, A, B, C or null</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/profiles.py" line="54" />
      <source>profile '{profile}': {name} must be a number &gt;= 0 or null</source>
      <translation>profile '{profile}': {name} must be a number &gt;= 0 or null</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/profiles.py" line="89" />
      <source>profiles are not valid JSON ({reason})</source>
      <translation>profiles are not valid JSON ({reason})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="21" />
      <source>project</source>
      <translation>project</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="33" />
      <source>raster not found</source>
      <translation>raster not found</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="42" />
      <source>recordings are GeoPackages: give a file name ending in .gpkg</source>
      <translation>recordings are GeoPackages: give a file name ending in .gpkg</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="40" />
      <source>rotated rasters are not supported; warp it north-up first</source>
      <translation>rotated rasters are not supported; warp it north-up first</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="416" />
      <source>scenario '{part}': write hazard: scenario, with a hazard among {hazards}</source>
      <translation>scenario '{part}': write hazard: scenario, with a hazard among {hazards}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/ensemble.py" line="110" />
      <source>scenario {scenario} has neither rain nor inflow</source>
      <translation>scenario {scenario} has neither rain nor inflow</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/ensemble.py" line="74" />
      <source>scenario {scenario}: the inflow point ({x}, {y}) lies outside the DEM</source>
      <translation>scenario {scenario}: the inflow point ({x}, {y}) lies outside the DEM</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="224" />
      <source>shelter {id} ({name})</source>
      <translation>shelter {id} ({name})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="21" />
      <source>shipped</source>
      <translation>shipped</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/model.py" line="103" />
      <source>size '{size}' is not a number of bytes</source>
      <translation>size '{size}' is not a number of bytes</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/tables.py" line="41" />
      <source>table {path}</source>
      <translation>table {path}</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="297" />
      <source>target CRS {target_crs} has no EPSG code</source>
      <translation>target CRS {target_crs} has no EPSG code</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="294" />
      <source>target CRS {target_crs} is not a CRS ({exc})</source>
      <translation>target CRS {target_crs} is not a CRS ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/generate.py" line="96" />
      <source>terrain and flood hazard</source>
      <translation>terrain and flood hazard</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/vpc.py" line="55" />
      <source>the COPC file has no CRS record</source>
      <translation>the COPC file has no CRS record</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/vpc.py" line="36" />
      <source>the COPC files are in different CRSs; convert them to one CRS first</source>
      <translation>the COPC files are in different CRSs; convert them to one CRS first</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="195" />
      <source>the CRS record cannot be read ({exc})</source>
      <translation>the CRS record cannot be read ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/inundation.py" line="41" />
      <source>the DEM has no data cells</source>
      <translation>the DEM has no data cells</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="239" />
      <source>the DEM must be a 2D grid</source>
      <translation>the DEM must be a 2D grid</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="249" />
      <source>the DSM and the irradiation raster must share one grid (use the DSM the irradiation was computed from)</source>
      <translation>the DSM and the irradiation raster must share one grid (use the DSM the irradiation was computed from)</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="137" />
      <source>the DSM has no height values: every cell is nodata</source>
      <translation>the DSM has no height values: every cell is nodata</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="55" />
      <source>the DSM is in degrees; warp it to a projected CRS in metres (Tokyo: EPSG:6677)</source>
      <translation>the DSM is in degrees; warp it to a projected CRS in metres (Tokyo: EPSG:6677)</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="67" />
      <source>the DSM must be in a projected CRS in metres (Tokyo: EPSG:6677)</source>
      <translation>the DSM must be in a projected CRS in metres (Tokyo: EPSG:6677)</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/dsm.py" line="29" />
      <source>the DSM would have {width} x {height} pixels; use a larger cell size or a smaller area</source>
      <translation>the DSM would have {width} x {height} pixels; use a larger cell size or a smaller area</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="189" />
      <source>the GHI or DHI column holds a value that is not a number ({error})</source>
      <translation>the GHI or DHI column holds a value that is not a number ({error})</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="185" />
      <source>the LAZ chunk table announces {count:,} chunks, more than the file's {size:,} bytes can hold</source>
      <translation>the LAZ chunk table announces {count:,} chunks, more than the file's {size:,} bytes can hold</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/rasters.py" line="127" />
      <source>the TIN has no triangles with x, y and z</source>
      <translation>the TIN has no triangles with x, y and z</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/rasters.py" line="159" />
      <source>the TIN layer must hold triangles with Z values (PLATEAU dem:TINRelief)</source>
      <translation>the TIN layer must hold triangles with Z values (PLATEAU dem:TINRelief)</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/exposure.py" line="112" />
      <source>the area per person and the storey height must be positive</source>
      <translation>the area per person and the storey height must be positive</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="748" />
      <source>the atlas layer '{coverage_layer}' has no features</source>
      <translation>the atlas layer '{coverage_layer}' has no features</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="471" />
      <source>the boundary must be a polygon layer</source>
      <translation>the boundary must be a polygon layer</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/analyses.py" line="266" />
      <source>the budget must be greater than 0</source>
      <translation>the budget must be greater than 0</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="113" />
      <source>the cell size and the duration must be positive</source>
      <translation>the cell size and the duration must be positive</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/rasters.py" line="129" />
      <source>the cell size must be positive</source>
      <translation>the cell size must be positive</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/dsm.py" line="82" />
      <source>the cell size must be positive and the tiles at least one cell wide</source>
      <translation>the cell size must be positive and the tiles at least one cell wide</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/reach.py" line="56" />
      <source>the distance budget must be positive, not {budget_m}</source>
      <translation>the distance budget must be positive, not {budget_m}</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/reach.py" line="66" />
      <source>the distance matrix is {shape}, not buildings x shelters ({count} x {shelters})</source>
      <translation>the distance matrix is {shape}, not buildings x shelters ({count} x {shelters})</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/ensemble.py" line="106" />
      <source>the duration must be positive</source>
      <translation>the duration must be positive</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="643" />
      <source>the export wrote {files_count} files where {targets_count} were expected</source>
      <translation>the export wrote {files_count} files where {targets_count} were expected</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="196" />
      <source>the facility layer has no point</source>
      <translation>the facility layer has no point</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/parser.py" line="650" />
      <source>the file ends early, on this line: it is truncated ({detail}). Download it again, or load with 'skip broken objects' to keep the complete city objects</source>
      <translation>the file ends early, on this line: it is truncated ({detail}). Download it again, or load with 'skip broken objects' to keep the complete city objects</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="96" />
      <source>the file exists already; choose another folder or allow overwriting</source>
      <translation>the file exists already; choose another folder or allow overwriting</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="223" />
      <source>the file exists already; choose another name or allow overwriting</source>
      <translation>the file exists already; choose another name or allow overwriting</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/copc.py" line="214" />
      <source>the file holds no points</source>
      <translation>the file holds no points</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/gsi.py" line="77" />
      <source>the file is neither UTF-8 nor Shift_JIS text</source>
      <translation>the file is neither UTF-8 nor Shift_JIS text</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="234" />
      <source>the file was created or changed by another run while this one was working; it is kept, and this run's result is discarded</source>
      <translation>the file was created or changed by another run while this one was working; it is kept, and this run's result is discarded</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="287" />
      <source>the first coordinates ({lat}, {lon}) are not latitude, longitude in Japan: PLATEAU CityGML is in EPSG:6697 with the latitude first; this file uses another CRS or axis order</source>
      <translation>the first coordinates ({lat}, {lon}) are not latitude, longitude in Japan: PLATEAU CityGML is in EPSG:6697 with the latitude first; this file uses another CRS or axis order</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/generate.py" line="57" />
      <source>the folder holds a sample district already; allow overwriting to replace it</source>
      <translation>the folder holds a sample district already; allow overwriting to replace it</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="38" />
      <source>the folder holds no .las or .laz file</source>
      <translation>the folder holds no .las or .laz file</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/generate.py" line="54" />
      <source>the folder is not empty and holds no sample district (no SHA256SUMS); choose an empty or new folder</source>
      <translation>the folder is not empty and holds no sample district (no SHA256SUMS); choose an empty or new folder</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="25" />
      <source>the header announces {count:,} extended variable length records, more than the file's {size:,} bytes can hold</source>
      <translation>the header announces {count:,} extended variable length records, more than the file's {size:,} bytes can hold</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="134" />
      <source>the header announces {count:,} points but only {held:,} complete points are present: the file is truncated or its header is wrong</source>
      <translation>the header announces {count:,} points but only {held:,} complete points are present: the file is truncated or its header is wrong</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="165" />
      <source>the header announces {count:,} points but the LAZ chunk table lists {held:,}</source>
      <translation>the header announces {count:,} points but the LAZ chunk table lists {held:,}</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="169" />
      <source>the header announces {count:,} points but the LAZ file holds between {low:,} and {high:,}</source>
      <translation>the header announces {count:,} points but the LAZ file holds between {low:,} and {high:,}</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="137" />
      <source>the header announces {count:,} points but the file holds {held:,}</source>
      <translation>the header announces {count:,} points but the file holds {held:,}</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="22" />
      <source>the header announces {count:,} variable length records, more than the file's {size:,} bytes can hold</source>
      <translation>the header announces {count:,} variable length records, more than the file's {size:,} bytes can hold</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/copc.py" line="211" />
      <source>the header announces {expected:,} points but the file holds {count:,}</source>
      <translation>the header announces {expected:,} points but the file holds {count:,}</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="127" />
      <source>the header announces {point_count:,} points but the file holds {read:,}</source>
      <translation>the header announces {point_count:,} points but the file holds {read:,}</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/copc.py" line="133" />
      <source>the header bounds {mins} - {maxs} are not valid</source>
      <translation>the header bounds {mins} - {maxs} are not valid</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gtfsrt.py" line="64" />
      <source>the header has no such column</source>
      <translation>the header has no such column</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/qgis_layers.py" line="44" />
      <source>the layer has no field '{name}'</source>
      <translation>the layer has no field '{name}'</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_editable.py" line="44" />
      <source>the layout '{name}' could not be added to the project</source>
      <translation>the layout '{name}' could not be added to the project</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_editable.py" line="37" />
      <source>the layout '{name}' could not be copied into the project</source>
      <translation>the layout '{name}' could not be copied into the project</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="318" />
      <source>the link layer has no '{required}' field</source>
      <translation>the link layer has no '{required}' field</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="232" />
      <source>the link layer has no features</source>
      <translation>the link layer has no features</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="136" />
      <source>the links layer could not be opened</source>
      <translation>the links layer could not be opened</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/runner.py" line="285" />
      <source>the manifest of an earlier run is unreadable ({error}); remove it to start afresh</source>
      <translation>the manifest of an earlier run is unreadable ({error}); remove it to start afresh</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="618" />
      <source>the map could not be exported ({error})</source>
      <translation>the map could not be exported ({error})</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="373" />
      <source>the map has nothing to show: the layers are empty and no extent was given</source>
      <translation>the map has nothing to show: the layers are empty and no extent was given</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/analyses.py" line="416" />
      <source>the maximum detour factor must be greater than 1</source>
      <translation>the maximum detour factor must be greater than 1</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="261" />
      <source>the node layer has no 'node_id' field</source>
      <translation>the node layer has no 'node_id' field</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="244" />
      <source>the obstacle grid {obstacles_shape} does not match the DEM {dem_shape}</source>
      <translation>the obstacle grid {obstacles_shape} does not match the DEM {dem_shape}</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="587" />
      <source>the output must end in .pdf or .png</source>
      <translation>the output must end in .pdf or .png</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/runner.py" line="53" />
      <source>the output must end in {suffixes}</source>
      <translation>the output must end in {suffixes}</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="89" />
      <source>the point cloud holds no {what}</source>
      <translation>the point cloud holds no {what}</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="93" />
      <source>the point data is broken or ends early, after point {count:,} ({error})</source>
      <translation>the point data is broken or ends early, after point {count:,} ({error})</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="63" />
      <source>the raster has no coordinate reference system; set one, or give latitude and longitude</source>
      <translation>the raster has no coordinate reference system; set one, or give latitude and longitude</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/rasters.py" line="57" />
      <source>the raster is rotated or not north-up; warp it to a north-up grid first</source>
      <translation>the raster is rotated or not north-up; warp it to a north-up grid first</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="168" />
      <source>the recording has no such layer</source>
      <translation>the recording has no such layer</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="197" />
      <source>the recording is empty</source>
      <translation>the recording is empty</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="206" />
      <source>the replay reached the end of the recording</source>
      <translation>the replay reached the end of the recording</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="76" />
      <source>the resolution must be a positive number of metres</source>
      <translation>the resolution must be a positive number of metres</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/inundation.py" line="65" />
      <source>the seed grid {seeds_shape} does not match the DEM {dem_shape}</source>
      <translation>the seed grid {seeds_shape} does not match the DEM {dem_shape}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="182" />
      <source>the shelter layer has no field {name} (fields: {fields})</source>
      <translation>the shelter layer has no field {name} (fields: {fields})</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_sites.py" line="56" />
      <source>the shelters must be a GSI evacuation site CSV or a point layer</source>
      <translation>the shelters must be a GSI evacuation site CSV or a point layer</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/gsi.py" line="112" />
      <source>the site has no name</source>
      <translation>the site has no name</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_layers.py" line="109" />
      <source>the source did not answer as expected</source>
      <translation>the source did not answer as expected</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="251" />
      <source>the style {style}.qml could not be applied to {layer}: {detail}</source>
      <translation>the style {style}.qml could not be applied to {layer}: {detail}</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/tables.py" line="40" />
      <source>the table has no rows</source>
      <translation>the table has no rows</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/table.py" line="52" />
      <source>the table must be a .csv or .gpkg file</source>
      <translation>the table must be a .csv or .gpkg file</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_basemap.py" line="86" />
      <source>the tile URL is not a {{z}}/{{x}}/{{y}} template QGIS can read</source>
      <translation>the tile URL is not a {{z}}/{{x}}/{{y}} template QGIS can read</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/steps.py" line="186" />
      <source>the tile has no building footprints (no layer {layers})</source>
      <translation>the tile has no building footprints (no layer {layers})</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/tiles.py" line="89" />
      <source>the tile zip holds no .las or .laz file</source>
      <translation>the tile zip holds no .las or .laz file</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/steps.py" line="92" />
      <source>the tile {tile} cannot be loaded alone: its mesh codes also select {members}; use another tiling</source>
      <translation>the tile {tile} cannot be loaded alone: its mesh codes also select {members}; use another tiling</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/tiles.py" line="97" />
      <source>the tile's point cloud file does not start with the LAS signature 'LASF'</source>
      <translation>the tile's point cloud file does not start with the LAS signature 'LASF'</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/tiles.py" line="91" />
      <source>the tile's point cloud file is shorter than a LAS header</source>
      <translation>the tile's point cloud file is shorter than a LAS header</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="247" />
      <source>the time stamps cannot be read as times in {zone} ({error})</source>
      <translation>the time stamps cannot be read as times in {zone} ({error})</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="338" />
      <source>the unknown-data policy is {policy}: use one of {policies}</source>
      <translation>the unknown-data policy is {policy}: use one of {policies}</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="53" />
      <source>the zip holds no .las or .laz file</source>
      <translation>the zip holds no .las or .laz file</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="57" />
      <source>the zip holds {count} members, more than the limit of {limit}; refusing to extract it</source>
      <translation>the zip holds {count} members, more than the limit of {limit}; refusing to extract it</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="100" />
      <source>the zip unpacks to {size_mb:.0f} MB but only {free_mb:.0f} MB are free</source>
      <translation>the zip unpacks to {size_mb:.0f} MB but only {free_mb:.0f} MB are free</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="61" />
      <source>the zip would unpack to {size_mb:.0f} MB, more than the limit of {limit_mb:.0f} MB; refusing to extract it</source>
      <translation>the zip would unpack to {size_mb:.0f} MB, more than the limit of {limit_mb:.0f} MB; refusing to extract it</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="44" />
      <source>the {name} has a negative value; rain and inflow must be ≥ 0</source>
      <translation>the {name} has a negative value; rain and inflow must be ≥ 0</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="41" />
      <source>the {name} has no rows</source>
      <translation>the {name} has no rows</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/analyses.py" line="65" />
      <source>the {what} is {found:.0f} m from the nearest network node (limit {max_snap_m:g} m); is it in the network's area and CRS?</source>
      <translation>the {what} is {found:.0f} m from the nearest network node (limit {max_snap_m:g} m); is it in the network's area and CRS?</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/sources.py" line="40" />
      <source>this catalog type needs a URL, file or folder</source>
      <translation>this catalog type needs a URL, file or folder</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="25" />
      <source>time series</source>
      <translation>time series</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="251" />
      <source>time stamps must increase</source>
      <translation>time stamps must increase</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="208" />
      <source>unknown CRS '{crs}' ({exc})</source>
      <translation>unknown CRS '{crs}' ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/sources.py" line="36" />
      <source>unknown catalog type '{kind}'; use one of {types}</source>
      <translation>unknown catalog type '{kind}'; use one of {types}</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="162" />
      <source>unknown climate '{name}'; choose one of {climates}</source>
      <translation>unknown climate '{name}'; choose one of {climates}</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="237" />
      <source>unknown code set '{code_set}' (use auto, 2018, 2024 or osm)</source>
      <translation>unknown code set '{code_set}' (use auto, 2018, 2024 or osm)</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/feeds.py" line="37" />
      <source>unknown feed type '{feed_type}'; use one of {types}</source>
      <translation>unknown feed type '{feed_type}'; use one of {types}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_layers.py" line="94" />
      <source>unknown format</source>
      <translation>unknown format</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="73" />
      <source>unknown ground statistic '{ground_statistic}'</source>
      <translation>unknown ground statistic '{ground_statistic}'</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="70" />
      <source>unknown kind '{kind}'; choose one of {kinds}</source>
      <translation>unknown kind '{kind}'; choose one of {kinds}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/mesh.py" line="24" />
      <source>unknown mesh level {level}; choose one of {levels}</source>
      <translation>unknown mesh level {level}; choose one of {levels}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/solar.py" line="96" />
      <source>unknown rule '{rule}'; choose one of {rules}</source>
      <translation>unknown rule '{rule}'; choose one of {rules}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/tiles.py" line="52" />
      <source>unknown tiling {tiling}; choose one of {tilings}</source>
      <translation>unknown tiling {tiling}; choose one of {tilings}</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/profiles.py" line="166" />
      <source>unknown-value policy must be one of {policies}</source>
      <translation>unknown-value policy must be one of {policies}</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="113" />
      <source>unknown_policy must be one of {policies}</source>
      <translation>unknown_policy must be one of {policies}</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="155" />
      <source>unsupported file type: use GeoJSON or CSV here (Shapefile and GeoPackage through QGIS)</source>
      <translation>unsupported file type: use GeoJSON or CSV here (Shapefile and GeoPackage through QGIS)</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="169" />
      <source>weather file not found</source>
      <translation>weather file not found</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/model.py" line="140" />
      <source>year '{value}' is not a number</source>
      <translation>year '{value}' is not a number</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="47" />
      <source>zip member '{member_name}' would be written outside {target}; refusing to extract it</source>
      <translation>zip member '{member_name}' would be written outside {target}; refusing to extract it</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="120" />
      <source>zip member '{member}' inflates beyond the {size} bytes its header declares; refusing a forged zip</source>
      <translation>zip member '{member}' inflates beyond the {size} bytes its header declares; refusing a forged zip</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="126" />
      <source>zip member '{member}' is damaged or forged ({problem}); refusing to extract it</source>
      <translation>zip member '{member}' is damaged or forged ({problem}); refusing to extract it</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="129" />
      <source>zip member '{member}' is {written} bytes, not the {size} its header declares</source>
      <translation>zip member '{member}' is {written} bytes, not the {size} its header declares</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="65" />
      <source>zip member '{member}' would inflate {ratio:.0f} times ({size_mb:.0f} MB), more than the limit of {limit} times; refusing a zip bomb</source>
      <translation>zip member '{member}' would inflate {ratio:.0f} times ({size_mb:.0f} MB), more than the limit of {limit} times; refusing a zip bomb</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/ckan.py" line="126" />
      <source>{catalog}: package_search of {url} answered without 'count'/'results' ({exc})</source>
      <translation>{catalog}: package_search of {url} answered without 'count'/'results' ({exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/ckan.py" line="138" />
      <source>{catalog}: package_show of '{name_or_id}' answered no package</source>
      <translation>{catalog}: package_show of '{name_or_id}' answered no package</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/plateau.py" line="111" />
      <source>{catalog}: {url} answered neither 'cities' nor a city object</source>
      <translation>{catalog}: {url} answered neither 'cities' nor a city object</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/plateau.py" line="43" />
      <source>{catalog}: {url} did not answer a 'datasets' list; is it the plateau-datasets endpoint?</source>
      <translation>{catalog}: {url} did not answer a 'datasets' list; is it the plateau-datasets endpoint?</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/ckan.py" line="34" />
      <source>{catalog}: {url} did not answer a CKAN envelope; is it a CKAN Action API?</source>
      <translation>{catalog}: {url} did not answer a CKAN envelope; is it a CKAN Action API?</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/plateau.py" line="105" />
      <source>{catalog}: {url} did not answer a JSON object</source>
      <translation>{catalog}: {url} did not answer a JSON object</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/terria.py" line="53" />
      <source>{catalog}: {url} has no 'catalog' list; is it a TerriaJS catalog file?</source>
      <translation>{catalog}: {url} has no 'catalog' list; is it a TerriaJS catalog file?</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/ckan.py" line="39" />
      <source>{catalog}: {url} reported an error: {message}</source>
      <translation>{catalog}: {url} reported an error: {message}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/plateau.py" line="86" />
      <source>{codes} is not a 5-digit city code</source>
      <translation>{codes} is not a 5-digit city code</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/plateau.py" line="91" />
      <source>{codes} is not a 6, 8 or 9/10-digit mesh code</source>
      <translation>{codes} is not a 6, 8 or 9/10-digit mesh code</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/mesh.py" line="62" />
      <source>{code} has no {level}-order mesh</source>
      <translation>{code} has no {level}-order mesh</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/mesh.py" line="43" />
      <source>{code} is not a JIS mesh code (4, 6, 8, 9 or 10 digits)</source>
      <translation>{code} is not a JIS mesh code (4, 6, 8, 9 or 10 digits)</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/mesh.py" line="51" />
      <source>{code} is not a JIS mesh code: second-order digits run 0 to 7</source>
      <translation>{code} is not a JIS mesh code: second-order digits run 0 to 7</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/generate.py" line="106" />
      <source>{count} buildings</source>
      <translation>{count} buildings</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="142" />
      <source>{count} buildings have a footprint without area or with unclosed rings: they count in no planning district</source>
      <translation>{count} buildings have a footprint without area or with unclosed rings: they count in no planning district</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/dsm.py" line="99" />
      <source>{count} of {total} DSM tiles failed: {errors}</source>
      <translation>{count} of {total} DSM tiles failed: {errors}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/ensemble.py" line="131" />
      <source>{count} of {total} scenarios failed: {names}</source>
      <translation>{count} of {total} scenarios failed: {names}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="396" />
      <source>{count} of {total} shelter groups failed: {names}; see {manifest}. Run again to retry them</source>
      <translation>{count} of {total} shelter groups failed: {names}; see {manifest}. Run again to retry them</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/solar.py" line="69" />
      <source>{count} of {total} solar tiles failed: {errors}</source>
      <translation>{count} of {total} solar tiles failed: {errors}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/runner.py" line="168" />
      <source>{count} of {total} tiles failed: {names}; see {manifest}. Run again to retry them</source>
      <translation>{count} of {total} tiles failed: {names}; see {manifest}. Run again to retry them</translation>
    </message>
    <message>
      <location filename="../../plugin/dependencies.py" line="53" />
      <source>{feature} needs the Python package '{package}', which is not installed ({exc}). Install it from the menu Digital Twin &gt; Install Python packages… (or: python3 -m pip install "{package}"), then restart QGIS.</source>
      <translation>{feature} needs the Python package '{package}', which is not installed ({exc}). Install it from the menu Digital Twin &gt; Install Python packages… (or: python3 -m pip install "{package}"), then restart QGIS.</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/sensorthings.py" line="46" />
      <source>{first_url}: @iot.nextLink keeps going ({pages} pages, last {url}); stopped</source>
      <translation>{first_url}: @iot.nextLink keeps going ({pages} pages, last {url}); stopped</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/copc.py" line="517" />
      <source>{inputs_count} point clouds found; choose a .vpc output to get them as one layer</source>
      <translation>{inputs_count} point clouds found; choose a .vpc output to get them as one layer</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/pip_install.py" line="362" />
      <source>{packages} must come with QGIS or the system's packages (they share QGIS's own libraries); the plugin's installer never installs them.</source>
      <translation>{packages} must come with QGIS or the system's packages (they share QGIS's own libraries); the plugin's installer never installs them.</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/gpkg_writer.py" line="48" />
      <source>{path}: GDAL could not create the GeoPackage</source>
      <translation>{path}: GDAL could not create the GeoPackage</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="223" />
      <source>{path}: QGIS could not read this layout template</source>
      <translation>{path}: QGIS could not read this layout template</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="218" />
      <source>{path}: not a valid QGIS layout template (.qpt)</source>
      <translation>{path}: not a valid QGIS layout template (.qpt)</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/pdf_text.py" line="122" />
      <source>{path}: the PDF's text map could not be fixed ({detail})</source>
      <translation>{path}: the PDF's text map could not be fixed ({detail})</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="226" />
      <source>{path}: the template has no item with id {missing}</source>
      <translation>{path}: the template has no item with id {missing}</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="422" />
      <source>{service}: cannot download {url} while offline</source>
      <translation>{service}: cannot download {url} while offline</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="249" />
      <source>{service}: no answer from {url} ({reason}) after {attempts} attempt(s); check the network or the address</source>
      <translation>{service}: no answer from {url} ({reason}) after {attempts} attempt(s); check the network or the address</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="328" />
      <source>{service}: the answer of {url} broke off ({reason})</source>
      <translation>{service}: the answer of {url} broke off ({reason})</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="339" />
      <source>{service}: the answer of {url} inflates more than {ratio} times; refused as a compression bomb</source>
      <translation>{service}: the answer of {url} inflates more than {ratio} times; refused as a compression bomb</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="336" />
      <source>{service}: the answer of {url} is larger than {limit_mb:g} MB; is it the right address?</source>
      <translation>{service}: the answer of {url} is larger than {limit_mb:g} MB; is it the right address?</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="343" />
      <source>{service}: the compressed answer of {url} is cut off before its end</source>
      <translation>{service}: the compressed answer of {url} is cut off before its end</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="582" />
      <source>{service}: the compressed answer of {url} is damaged ({reason})</source>
      <translation>{service}: the compressed answer of {url} is damaged ({reason})</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="468" />
      <source>{service}: the download of {url} broke off after {size} bytes ({reason}); run it again to resume from {part}</source>
      <translation>{service}: the download of {url} broke off after {size} bytes ({reason}); run it again to resume from {part}</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="259" />
      <source>{service}: {url} answered HTTP {status} {reason}{detail}</source>
      <translation>{service}: {url} answered HTTP {status} {reason}{detail}</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="446" />
      <source>{service}: {url} answered a byte range nobody asked for</source>
      <translation>{service}: {url} answered a byte range nobody asked for</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="681" />
      <source>{service}: {url} did not answer valid JSON (line {line}, column {column}: {reason})</source>
      <translation>{service}: {url} did not answer valid JSON (line {line}, column {column}: {reason})</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="555" />
      <source>{service}: {url} did not finish within {seconds:g} s (server or network too slow)</source>
      <translation>{service}: {url} did not finish within {seconds:g} s (server or network too slow)</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="539" />
      <source>{service}: {url} failed the {algorithm} check (expected {expected}, got {actual}); the file was removed</source>
      <translation>{service}: {url} failed the {algorithm} check (expected {expected}, got {actual}); the file was removed</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="529" />
      <source>{service}: {url} gave {size} bytes but the catalog lists {wanted}; the partial file was removed, download it again</source>
      <translation>{service}: {url} gave {size} bytes but the catalog lists {wanted}; the partial file was removed, download it again</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="525" />
      <source>{service}: {url} gave {size} bytes but the server announced {wanted}; the partial file was removed, download it again</source>
      <translation>{service}: {url} gave {size} bytes but the server announced {wanted}; the partial file was removed, download it again</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="551" />
      <source>{service}: {url} is not an http(s) address</source>
      <translation>{service}: {url} is not an http(s) address</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="366" />
      <source>{service}: {url} is not in the offline cache; connect once to fetch it</source>
      <translation>{service}: {url} is not in the offline cache; connect once to fetch it</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="286" />
      <source>{service}: {url} redirected more than {limit} times; stopped</source>
      <translation>{service}: {url} redirected more than {limit} times; stopped</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="281" />
      <source>{service}: {url} redirected to {target}, which is not an http(s) address; refused</source>
      <translation>{service}: {url} redirected to {target}, which is not an http(s) address; refused</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="313" />
      <source>{service}: {url} sent an unsupported content encoding '{encoding}'</source>
      <translation>{service}: {url} sent an unsupported content encoding '{encoding}'</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/copc.py" line="526" />
      <source>{source} -&gt; {target}</source>
      <translation>{source} -&gt; {target}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_layers.py" line="213" />
      <source>{source} holds no .las or .laz file</source>
      <translation>{source} holds no .las or .laz file</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="35" />
      <source>{source}: features[{index}] is not a GeoJSON Feature</source>
      <translation>{source}: features[{index}] is not a GeoJSON Feature</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="52" />
      <source>{source}: no list of records at '{records_path}'; give the records path (dot separated, e.g. data.items)</source>
      <translation>{source}: no list of records at '{records_path}'; give the records path (dot separated, e.g. data.items)</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="57" />
      <source>{source}: record {index} is not a JSON object</source>
      <translation>{source}: record {index} is not a JSON object</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="31" />
      <source>{source}: the FeatureCollection has no 'features' list</source>
      <translation>{source}: the FeatureCollection has no 'features' list</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gtfsrt.py" line="83" />
      <source>{source}: the answer has no GTFS-Realtime header ({data_count} bytes): is this a GTFS-RT URL?</source>
      <translation>{source}: the answer has no GTFS-Realtime header ({data_count} bytes): is this a GTFS-RT URL?</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gtfsrt.py" line="80" />
      <source>{source}: the answer is not a complete GTFS-Realtime message ({data_count} bytes; truncated or not protobuf: {exc})</source>
      <translation>{source}: the answer is not a complete GTFS-Realtime message ({data_count} bytes; truncated or not protobuf: {exc})</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="132" />
      <source>{source}: {where}, field '{field}': expected a number, found NaN</source>
      <translation>{source}: {where}, field '{field}': expected a number, found NaN</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="129" />
      <source>{source}: {where}, field '{field}': expected a number, found {value!r}</source>
      <translation>{source}: {where}, field '{field}': expected a number, found {value!r}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/sensorthings.py" line="68" />
      <source>{url}: datastream {number} is not a JSON object</source>
      <translation>{url}: datastream {number} is not a JSON object</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="38" />
      <source>{url}: features[{index}].properties is not a JSON object</source>
      <translation>{url}: features[{index}].properties is not a JSON object</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="77" />
      <source>{url}: not GeoJSON, JSON or a CSV with latitude/longitude columns (line 1 has {columns}); name the lat/lon columns</source>
      <translation>{url}: not GeoJSON, JSON or a CSV with latitude/longitude columns (line 1 has {columns}); name the lat/lon columns</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/sensorthings.py" line="52" />
      <source>{url}: not a SensorThings collection (no 'value' list); is the URL the service root (ending in /v1.0 or /v1.1)?</source>
      <translation>{url}: not a SensorThings collection (no 'value' list); is the URL the service root (ending in /v1.0 or /v1.1)?</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="167" />
      <source>{url}: not a SensorThings service QGIS can open ({error})</source>
      <translation>{url}: not a SensorThings service QGIS can open ({error})</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/wfs_traffic.py" line="114" />
      <source>{url}: the WFS answer is not a GeoJSON FeatureCollection</source>
      <translation>{url}: the WFS answer is not a GeoJSON FeatureCollection</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/wfs_traffic.py" line="110" />
      <source>{url}: the WFS answered HTTP {status} with an error page</source>
      <translation>{url}: the WFS answered HTTP {status} with an error page</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/wfs_traffic.py" line="108" />
      <source>{url}: the WFS answered HTTP {status} with an error: {text}</source>
      <translation>{url}: the WFS answered HTTP {status} with an error: {text}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/fetch.py" line="49" />
      <source>{url}: the answer is not UTF-8 text (byte {offset}); expected JSON</source>
      <translation>{url}: the answer is not UTF-8 text (byte {offset}); expected JSON</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/fetch.py" line="52" />
      <source>{url}: the answer is not valid JSON (line {line}, column {column}: {reason})</source>
      <translation>{url}: the answer is not valid JSON (line {line}, column {column}: {reason})</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/wfs_traffic.py" line="79" />
      <source>{url}: the service still refuses the answer as too large after splitting the box {depth} times; choose a smaller extent or a page size below {page_size}</source>
      <translation>{url}: the service still refuses the answer as too large after splitting the box {depth} times; choose a smaller extent or a page size below {page_size}</translation>
    </message>
  </context>
  <context>
    <name>Processing</name>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="82" />
      <source>... and {0} more findings in the 'issues' layer</source>
      <translation>... and {0} more findings in the 'issues' layer</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="79" />
      <source>1 km JIS mesh (third order)</source>
      <translation>1 km JIS mesh (third order)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="80" />
      <source>10 km JIS mesh (second order)</source>
      <translation>10 km JIS mesh (second order)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="63" />
      <source>3D buildings</source>
      <translation>3D buildings</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="34" />
      <source>3D city model</source>
      <translation>3D city model</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="283" />
      <source>3D view page not included: atlases get the 2D map only.</source>
      <translation>3D view page not included: atlases get the 2D map only.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>4 (default): water passes only between cells sharing an edge; 8: also through corners, which can leak through thin levees.</source>
      <translation>4 (default): water passes only between cells sharing an edge; 8: also through corners, which can leak through thin levees.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="26" />
      <source>A .copc.laz file, or for several inputs a .vpc: each input becomes &lt;name&gt;.copc.laz beside it and the .vpc shows them as one layer.</source>
      <translation>A .copc.laz file, or for several inputs a .vpc: each input becomes &lt;name&gt;.copc.laz beside it and the .vpc shows them as one layer.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="28" />
      <source>A .copc.laz for one tile, or a .vpc (virtual point cloud) that shows several tiles as one layer.</source>
      <translation>A .copc.laz for one tile, or a .vpc (virtual point cloud) that shows several tiles as one layer.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>A .gml file, a PLATEAU release zip (read in place, nothing extracted) or an http(s) URL (downloaded to a temporary file).</source>
      <translation>A .gml file, a PLATEAU release zip (read in place, nothing extracted) or an http(s) URL (downloaded to a temporary file).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="26" />
      <source>A .las or .laz file, or a .zip holding them (as Tokyo publishes its tiles). Give this or a folder.</source>
      <translation>A .las or .laz file, or a .zip holding them (as Tokyo publishes its tiles). Give this or a folder.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="30" />
      <source>A .las, .laz or .copc.laz point cloud.</source>
      <translation>A .las, .laz or .copc.laz point cloud.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="28" />
      <source>A GeoPackage from 'Batch run over a whole city' (or loadcitygml): its layer building_lod1, footprints with measured_height in metres, in a projected CRS.</source>
      <translation>A GeoPackage from 'Batch run over a whole city' (or loadcitygml): its layer building_lod1, footprints with measured_height in metres, in a projected CRS.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>A JSON file of your own mobility profiles (the format of resources/barrierfree_profiles.json). Empty: the profiles stored in the project, else the shipped ones.</source>
      <translation>A JSON file of your own mobility profiles (the format of resources/barrierfree_profiles.json). Empty: the profiles stored in the project, else the shipped ones.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>A JSON file of your own mobility profiles; the profile is then taken from it by the id of the one chosen above. Empty: the shipped profiles.</source>
      <translation>A JSON file of your own mobility profiles; the profile is then taken from it by the id of the one chosen above. Empty: the shipped profiles.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="37" />
      <source>A PLATEAU release zip, or a folder holding udx/bldg/*.gml (or the udx or bldg folder itself).</source>
      <translation>A PLATEAU release zip, or a folder holding udx/bldg/*.gml (or the udx or bldg folder itself).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>A QGIS authentication configuration (e.g. an API key) for catalogs that need one. Empty: no authentication.</source>
      <translation>A QGIS authentication configuration (e.g. an API key) for catalogs that need one. Empty: no authentication.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="40" />
      <source>A QGIS authentication configuration (user and password, API key...) for servers that need one. Empty: no authentication.</source>
      <translation>A QGIS authentication configuration (user and password, API key...) for servers that need one. Empty: no authentication.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>A QGIS project file whose visible layers are printed. Empty: the layers below.</source>
      <translation>A QGIS project file whose visible layers are printed. Empty: the layers below.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>A flood depth raster (metres) used instead of polygons; ranks follow the GSI depth classes.</source>
      <translation>A flood depth raster (metres) used instead of polygons; ranks follow the GSI depth classes.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>A raster of Manning's n on the DEM grid, used instead of the single value.</source>
      <translation>A raster of Manning's n on the DEM grid, used instead of the single value.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>A river level layer (e.g. a realtime gauge layer) whose latest value is used instead of the number above.</source>
      <translation>A river level layer (e.g. a realtime gauge layer) whose latest value is used instead of the number above.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>A table per hazard, scenario, scale and rank: buildings, total floor area and estimated residents.</source>
      <translation>A table per hazard, scenario, scale and rank: buildings, total floor area and estimated residents.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="294" />
      <source>A3 landscape</source>
      <translation>A3 landscape</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="293" />
      <source>A4 landscape</source>
      <translation>A4 landscape</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="293" />
      <source>A4 portrait</source>
      <translation>A4 portrait</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="107" />
      <source>Accessible route</source>
      <translation>Accessible route</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="47" />
      <source>Accessible route (barrier-free)</source>
      <translation>Accessible route (barrier-free)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="52" />
      <source>Accessible service area (barrier-free)</source>
      <translation>Accessible service area (barrier-free)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="123" />
      <source>Accessible service areas</source>
      <translation>Accessible service areas</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="174" />
      <source>Add a 3D view page (needs an OpenGL display; not for atlases)</source>
      <translation>Add a 3D view page (needs an OpenGL display; not for atlases)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Add a second page with a 3D view of the layers. Needs an OpenGL display (QGIS desktop); not available for atlases.</source>
      <translation>Add a second page with a 3D view of the layers. Needs an OpenGL display (QGIS desktop); not available for atlases.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>Add this fetch to an existing recording instead of stopping: run it every minute from a scheduler and replay with the temporal controller.</source>
      <translation>Add this fetch to an existing recording instead of stopping: run it every minute from a scheduler and replay with the temporal controller.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="25" />
      <source>Address of a running dask scheduler, e.g. tcp://192.0.2.10:8786. Empty (default): a local cluster started for this run and stopped after it.</source>
      <translation>Address of a running dask scheduler, e.g. tcp://192.0.2.10:8786. Empty (default): a local cluster started for this run and stopped after it.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>Address of the feed (default: Toei bus vehicle positions, GTFS-Realtime).</source>
      <translation>Address of the feed (default: Toei bus vehicle positions, GTFS-Realtime).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="28" />
      <source>Address template of a tile, where {name} is replaced by the tile name. The default is Tokyo's 2024 23-ward tiles; other cities: give theirs.</source>
      <translation>Address template of a tile, where {name} is replaced by the tile name. The default is Tokyo's 2024 23-ward tiles; other cities: give theirs.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="115" />
      <source>All available</source>
      <translation>All available</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="93" />
      <source>All files (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="139" />
      <source>Also fill closed depressions (ponding)</source>
      <translation>Also fill closed depressions (ponding)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Also fill every closed hollow up to its spill level, as ponding water (default off).</source>
      <translation>Also fill every closed hollow up to its spill level, as ponding water (default off).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="40" />
      <source>Also unpack a zip into a folder named after it, beside the file. Members that would land outside that folder are refused.</source>
      <translation>Also unpack a zip into a folder named after it, beside the file. Members that would land outside that folder are refused.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="131" />
      <source>Annual irradiation</source>
      <translation>Annual irradiation</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="88" />
      <source>Annual irradiation (kWh/m²)</source>
      <translation>Annual irradiation (kWh/m²)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="174" />
      <source>Annual irradiation (kWh/m²) on every pixel of a DSM (terrain + buildings), with the shadows of buildings and terrain, the sky view factor for diffuse light and light reflected from the ground.

Sun positions: NREL SPA (pvlib) for every hour of a year at the DSM's centre. Irradiance: the embedded Tokyo climate (clear-sky Ineichen scaled by Tokyo's monthly sunshine hours; open ground about 1,300 kWh/m²/yr), PLATEAU's monthly transmissivity (clear days, an upper bound), or a weather file: CSV with a 'time' column and 'ghi' (and optionally 'dhi') in W/m², a row covering the interval that begins at its time, or an EnergyPlus EPW file. GHI-only files are split by the Erbs model.

Shadows: a horizon angle per azimuth sector is computed once from the DSM and looked up for every sun position; obstacles farther than the search radius are ignored. Diffuse light: isotropic sky × sky view factor, or Perez, whose circumsolar part is shaded and projected like the sun (horizon brightening left out). Large DSMs are processed tile by tile with an overlap of the search radius.

Outputs: annual irradiation (GeoTIFF); optionally monthly irradiation (12 bands), sky view factor, slope and aspect (degrees, aspect clockwise from north).

Example: qgis_process run digitaltwin:solarirradiance -- INPUT=dsm.tif OUTPUT=annual.tif</source>
      <translation>Annual irradiation (kWh/m²) on every pixel of a DSM (terrain + buildings), with the shadows of buildings and terrain, the sky view factor for diffuse light and light reflected from the ground.

Sun positions: NREL SPA (pvlib) for every hour of a year at the DSM's centre. Irradiance: the embedded Tokyo climate (clear-sky Ineichen scaled by Tokyo's monthly sunshine hours; open ground about 1,300 kWh/m²/yr), PLATEAU's monthly transmissivity (clear days, an upper bound), or a weather file: CSV with a 'time' column and 'ghi' (and optionally 'dhi') in W/m², a row covering the interval that begins at its time, or an EnergyPlus EPW file. GHI-only files are split by the Erbs model.

Shadows: a horizon angle per azimuth sector is computed once from the DSM and looked up for every sun position; obstacles farther than the search radius are ignored. Diffuse light: isotropic sky × sky view factor, or Perez, whose circumsolar part is shaded and projected like the sun (horizon brightening left out). Large DSMs are processed tile by tile with an overlap of the search radius.

Outputs: annual irradiation (GeoTIFF); optionally monthly irradiation (12 bands), sky view factor, slope and aspect (degrees, aspect clockwise from north).

Example: qgis_process run digitaltwin:solarirradiance -- INPUT=dsm.tif OUTPUT=annual.tif</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="59" />
      <source>Annual irradiation (kWh/m²) on every pixel of a DSM, as 'Solar irradiation with shadows' computes it (same climate, site, diffuse model, albedo, search radius and sectors), each tile a task on dask.distributed: a local cluster on every core, or an existing cluster (scheduler address tcp://host:8786).

Each tile reads the DSM with a halo as wide as the shadow search reaches, so shadows cast across a seam are seen; the halo is dropped and the tiles' cores are merged into one GeoTIFF equal to the untiled run cell for cell.

With a batch GeoPackage and an output for the potential, each footprint of its layer building_lod1 gets its rooftop solar potential (Tokyo Solar Atlas or PLATEAU rule) on the merged raster.

Example: qgis_process run digitaltwin:batchsolar -- INPUT=sumida_dsm.tif OUTPUT=sumida_annual.tif BUILDINGS=sumida.gpkg POTENTIAL=sumida_pv.gpkg (the same as: python -m digital_twin solar ...)</source>
      <translation>Annual irradiation (kWh/m²) on every pixel of a DSM, as 'Solar irradiation with shadows' computes it (same climate, site, diffuse model, albedo, search radius and sectors), each tile a task on dask.distributed: a local cluster on every core, or an existing cluster (scheduler address tcp://host:8786).

Each tile reads the DSM with a halo as wide as the shadow search reaches, so shadows cast across a seam are seen; the halo is dropped and the tiles' cores are merged into one GeoTIFF equal to the untiled run cell for cell.

With a batch GeoPackage and an output for the potential, each footprint of its layer building_lod1 gets its rooftop solar potential (Tokyo Solar Atlas or PLATEAU rule) on the merged raster.

Example: qgis_process run digitaltwin:batchsolar -- INPUT=sumida_dsm.tif OUTPUT=sumida_annual.tif BUILDINGS=sumida.gpkg POTENTIAL=sumida_pv.gpkg (the same as: python -m digital_twin solar ...)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="85" />
      <source>Annual irradiation raster (kWh/m²)</source>
      <translation>Annual irradiation raster (kWh/m²)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="33" />
      <source>Annual solar irradiation of a large DSM in tiles with halos on dask, and each building's potential.</source>
      <translation>Annual solar irradiation of a large DSM in tiles with halos on dask, and each building's potential.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="145" />
      <source>Annual solar irradiation on every DSM pixel, with the shadows of buildings and terrain.</source>
      <translation>Annual solar irradiation on every DSM pixel, with the shadows of buildings and terrain.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="121" />
      <source>Append to an existing recording</source>
      <translation>Append to an existing recording</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Area to show on the map. Empty: the extent of the printed layers.</source>
      <translation>Area to show on the map. Empty: the extent of the printed layers.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="85" />
      <source>Area width around reachable links (m)</source>
      <translation>Area width around reachable links (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="129" />
      <source>Area width around reached links (m)</source>
      <translation>Area width around reached links (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="149" />
      <source>Arrival depth (m)</source>
      <translation>Arrival depth (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="156" />
      <source>Arrival time</source>
      <translation>Arrival time</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="206" />
      <source>Aspect (degrees from north)</source>
      <translation>Aspect (degrees from north)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Assess only this scenario (a value of the scenario field). Empty: every scenario; the building columns then show the worst one (highest rank, then deepest) and name it.</source>
      <translation>Assess only this scenario (a value of the scenario field). Empty: every scenario; the building columns then show the worst one (highest rank, then deepest) and name it.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="84" />
      <source>Assigns the residents of every exposed building to the nearest shelter designated for the hazard, by straight-line distance from the building's centre, or by step-free walking distance for a mobility profile when a pedestrian network is given. Residents farther than the budget from every suitable shelter are counted as beyond reach and load no shelter. Capacity does not redirect anyone: each shelter's load is compared with its capacity, and the excess reported.

Shelters: GSI's 指定緊急避難場所 CSV (with its hazard flags) or any point layer (suitability and capacity fields optional).

Example: buildings from 'Flood exposure of buildings', hazard river flood, the city's GSI CSV, budget 1000 m.</source>
      <translation>Assigns the residents of every exposed building to the nearest shelter designated for the hazard, by straight-line distance from the building's centre, or by step-free walking distance for a mobility profile when a pedestrian network is given. Residents farther than the budget from every suitable shelter are counted as beyond reach and load no shelter. Capacity does not redirect anyone: each shelter's load is compared with its capacity, and the excess reported.

Shelters: GSI's 指定緊急避難場所 CSV (with its hazard flags) or any point layer (suitability and capacity fields optional).

Example: buildings from 'Flood exposure of buildings', hazard river flood, the city's GSI CSV, budget 1000 m.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="241" />
      <source>Atlas pages: {}</source>
      <translation>Atlas pages: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="168" />
      <source>Atlas: one page per feature of</source>
      <translation>Atlas: one page per feature of</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="171" />
      <source>Atlas: page name field</source>
      <translation>Atlas: page name field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="117" />
      <source>Authentication (API key), if the catalog needs one</source>
      <translation>Authentication (API key), if the catalog needs one</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="89" />
      <source>Authentication, if the server needs it</source>
      <translation>Authentication, if the server needs it</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="82" />
      <source>Azimuth sectors</source>
      <translation>Azimuth sectors</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="111" />
      <source>Barrier hotspots</source>
      <translation>Barrier hotspots</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="44" />
      <source>Barrier hotspots (barrier-free)</source>
      <translation>Barrier hotspots (barrier-free)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="126" />
      <source>Barrier on the plain route: link {0} ({1})</source>
      <translation>Barrier on the plain route: link {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="75" />
      <source>Barrier-free</source>
      <translation>Barrier-free</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="83" />
      <source>Barriers on the plain route</source>
      <translation>Barriers on the plain route</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="35" />
      <source>Batch</source>
      <translation>Batch</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="44" />
      <source>Batch DSM from building heights (dask)</source>
      <translation>Batch DSM from building heights (dask)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="61" />
      <source>Batch GeoPackage (layer building_lod1)</source>
      <translation>Batch GeoPackage (layer building_lod1)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="81" />
      <source>Batch GeoPackage for the potential (layer building_lod1; optional)</source>
      <translation>Batch GeoPackage for the potential (layer building_lod1; optional)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="69" />
      <source>Batch flood ensemble of rain and breach scenarios (dask)</source>
      <translation>Batch flood ensemble of rain and breach scenarios (dask)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="139" />
      <source>Batch run</source>
      <translation>Batch run</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="56" />
      <source>Batch run over a whole city (dask)</source>
      <translation>Batch run over a whole city (dask)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="73" />
      <source>Batch service areas of every shelter (dask)</source>
      <translation>Batch service areas of every shelter (dask)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="56" />
      <source>Batch solar irradiation with shadows (dask)</source>
      <translation>Batch solar irradiation with shadows (dask)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="83" />
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="80" />
      <source>Budget in</source>
      <translation>Budget in</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="88" />
      <source>Building footprints</source>
      <translation>Building footprints</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Building footprints (polygons), e.g. building_lod0 from 'Load PLATEAU CityGML'.</source>
      <translation>Building footprints (polygons), e.g. building_lod0 from 'Load PLATEAU CityGML'.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="36" />
      <source>Building footprints (polygons), e.g. building_lod0 or building_lod1 from 'Load PLATEAU CityGML'.</source>
      <translation>Building footprints (polygons), e.g. building_lod0 or building_lod1 from 'Load PLATEAU CityGML'.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="40" />
      <source>Building footprints (polygons); one result row per building.</source>
      <translation>Building footprints (polygons); one result row per building.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Building footprints: their cells block the flow.</source>
      <translation>Building footprints: their cells block the flow.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="90" />
      <source>Building heights (DSM)</source>
      <translation>Building heights (DSM)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="93" />
      <source>Buildings</source>
      <translation>Buildings</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="95" />
      <source>Buildings (CityGML)</source>
      <translation>Buildings (CityGML)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="82" />
      <source>Buildings (footprints)</source>
      <translation>Buildings (footprints)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="136" />
      <source>Buildings (obstacles)</source>
      <translation>Buildings (obstacles)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="237" />
      <source>Buildings by flood rank</source>
      <translation>Buildings by flood rank</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="90" />
      <source>Buildings served (optional)</source>
      <translation>Buildings served (optional)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="97" />
      <source>Buildings with exposure</source>
      <translation>Buildings with exposure</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="181" />
      <source>Buildings with flood exposure</source>
      <translation>Buildings with flood exposure</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Buildings with their exposure, e.g. the output of 'Flood exposure of buildings' (flood_rank, residents, hazard).</source>
      <translation>Buildings with their exposure, e.g. the output of 'Flood exposure of buildings' (flood_rank, residents, hazard).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="126" />
      <source>Buildings with their shelter</source>
      <translation>Buildings with their shelter</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="34" />
      <source>Burns building heights (and LOD2 roofs) onto the ground into a DSM for the solar analysis.</source>
      <translation>Burns building heights (and LOD2 roofs) onto the ground into a DSM for the solar analysis.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="43" />
      <source>CKAN</source>
      <translation>CKAN</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="131" />
      <source>CKAN portal</source>
      <translation>CKAN portal</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="39" />
      <source>CO2</source>
      <translation>CO2</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="96" />
      <source>CO2 emission factor (kg-CO2/kWh)</source>
      <translation>CO2 emission factor (kg-CO2/kWh)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="40" />
      <source>CO2 emitted per kWh of grid electricity, in kg-CO2/kWh (default 0.45): the CO2 the yield avoids.</source>
      <translation>CO2 emitted per kWh of grid electricity, in kg-CO2/kWh (default 0.45): the CO2 the yield avoids.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="27" />
      <source>COPC</source>
      <translation>COPC</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="72" />
      <source>COPC point cloud</source>
      <translation>COPC point cloud</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="30" />
      <source>CRS given to a file that records none (default EPSG:6677).</source>
      <translation>CRS given to a file that records none (default EPSG:6677).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="26" />
      <source>CRS given to input whose file records none (default EPSG:6677, Tokyo's tiles).</source>
      <translation>CRS given to input whose file records none (default EPSG:6677, Tokyo's tiles).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="28" />
      <source>CRS given to tiles whose file records none (default EPSG:6677, Tokyo's plane rectangular zone IX).</source>
      <translation>CRS given to tiles whose file records none (default EPSG:6677, Tokyo's plane rectangular zone IX).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="131" />
      <source>CRS of the output</source>
      <translation>CRS of the output</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>CRS of the output. Empty: the JGD2011 plane rectangular zone of the data (Tokyo: EPSG:6677). Heights stay in metres as Z.</source>
      <translation>CRS of the output. Empty: the JGD2011 plane rectangular zone of the data (Tokyo: EPSG:6677). Heights stay in metres as Z.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="69" />
      <source>CRS when the file records none</source>
      <translation>CRS when the file records none</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="107" />
      <source>CSV (*.csv *.CSV)</source>
      <translation>CSV (*.csv *.CSV)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="60" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="124" />
      <source>CSV (*.csv);;GeoPackage (*.gpkg)</source>
      <translation>CSV (*.csv);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>CSV with rows 'minutes,m3_per_s[,point]', linear in time: the inflow of each point (rows without a point name: of every point).</source>
      <translation>CSV with rows 'minutes,m3_per_s[,point]', linear in time: the inflow of each point (rows without a point name: of every point).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>CSV with rows 'minutes,m3_per_s[,point]', linear in time: the inflow of each point.</source>
      <translation>CSV with rows 'minutes,m3_per_s[,point]', linear in time: the inflow of each point.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>CSV with rows 'minutes,mm_per_h', each intensity holding until the next row; replaces the constant intensity.</source>
      <translation>CSV with rows 'minutes,mm_per_h', each intensity holding until the next row; replaces the constant intensity.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="112" />
      <source>Capacity field (persons)</source>
      <translation>Capacity field (persons)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="93" />
      <source>Capacity of all buildings (kW)</source>
      <translation>Capacity of all buildings (kW)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="105" />
      <source>Catalog</source>
      <translation>Catalog</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="104" />
      <source>Catalog URL, file or folder (empty: the type's default)</source>
      <translation>Catalog URL, file or folder (empty: the type's default)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="169" />
      <source>Catalog search results</source>
      <translation>Catalog search results</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="102" />
      <source>Catalog type</source>
      <translation>Catalog type</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="61" />
      <source>Catalogs</source>
      <translation>Catalogs</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="66" />
      <source>Cell size (m)</source>
      <translation>Cell size (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="120" />
      <source>Cell size for the TIN (m)</source>
      <translation>Cell size for the TIN (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Cell size in metres of the raster made from the TIN (default 5 m).</source>
      <translation>Cell size in metres of the raster made from the TIN (default 5 m).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="30" />
      <source>Cell size of the raster in metres (default 1 m). The grid is aligned on multiples of it, so neighbouring tiles line up.</source>
      <translation>Cell size of the raster in metres (default 1 m). The grid is aligned on multiples of it, so neighbouring tiles line up.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="90" />
      <source>Cells filled</source>
      <translation>Cells filled</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="30" />
      <source>Cells without points are filled from the edges of the gap up to this distance in metres (default 20 m; 0: no filling). Farther cells stay no-data.</source>
      <translation>Cells without points are filled from the edges of the gap up to this distance in metres (default 20 m; 0: no filling). Farther cells stay no-data.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="85" />
      <source>Checksum (sha256:&lt;hex&gt; or md5:&lt;hex&gt;)</source>
      <translation>Checksum (sha256:&lt;hex&gt; or md5:&lt;hex&gt;)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="40" />
      <source>Checksum the catalog lists, as sha256:&lt;hex&gt; or md5:&lt;hex&gt;; a file that does not match is removed. Empty: not checked.</source>
      <translation>Checksum the catalog lists, as sha256:&lt;hex&gt; or md5:&lt;hex&gt;; a file that does not match is removed. Empty: not checked.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="87" />
      <source>Choose a LAS/LAZ file, a zip or a folder to convert.</source>
      <translation>Choose a LAS/LAZ file, a zip or a folder to convert.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="129" />
      <source>Choose a weather file, or an embedded climate.</source>
      <translation>Choose a weather file, or an embedded climate.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="166" />
      <source>Choose the height field: none of {} was found in the layer ({}).</source>
      <translation>Choose the height field: none of {} was found in the layer ({}).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="186" />
      <source>Choose the level field of the river level layer.</source>
      <translation>Choose the level field of the river level layer.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="135" />
      <source>City (name or 5-digit code)</source>
      <translation>City (name or 5-digit code)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="36" />
      <source>CityGML</source>
      <translation>CityGML</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="105" />
      <source>CityGML file, PLATEAU release zip or URL</source>
      <translation>CityGML file, PLATEAU release zip or URL</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="106" />
      <source>CityGML or PLATEAU release zip (*.gml *.zip *.GML *.ZIP)</source>
      <translation>CityGML or PLATEAU release zip (*.gml *.zip *.GML *.ZIP)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="58" />
      <source>Climate</source>
      <translation>Climate</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="90" />
      <source>Code set</source>
      <translation>Code set</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="137" />
      <source>Connectivity</source>
      <translation>Connectivity</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="103" />
      <source>Constant inflow field (m³/s)</source>
      <translation>Constant inflow field (m³/s)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Constant rain intensities in mm/h, one scenario each, separated by commas or spaces, e.g. '50, 100, 150'. May be empty when hyetographs or inflow points are given.</source>
      <translation>Constant rain intensities in mm/h, one scenario each, separated by commas or spaces, e.g. '50, 100, 150'. May be empty when hyetographs or inflow points are given.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Constant rain intensity in mm/h on every cell (default 50 mm/h). 0 for inflows only.</source>
      <translation>Constant rain intensity in mm/h on every cell (default 50 mm/h). 0 for inflows only.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="40" />
      <source>Convert point cloud to COPC</source>
      <translation>Convert point cloud to COPC</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="24" />
      <source>Converts LAS/LAZ files or zips to COPC that QGIS shows in 2D and 3D.</source>
      <translation>Converts LAS/LAZ files or zips to COPC that QGIS shows in 2D and 3D.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="49" />
      <source>Converts LAS/LAZ point clouds (LAS 1.2-1.4, any point format) to COPC (cloud optimized point cloud), which QGIS opens and shows in 2D and 3D without PDAL. The input is read in chunks, so a Tokyo tile of 6 million points needs a few hundred MB of memory. Coordinates, RGB, intensity, classification, return numbers and GPS time are kept exactly.

Input: a .las or .laz file or a .zip holding them (as Tokyo publishes its tiles), or else a folder of .las/.laz files. CRS: used only when the file records none (Tokyo tiles: EPSG:6677, the default).

Output: a .copc.laz file; for several inputs choose a .vpc (virtual point cloud): each input becomes &lt;name&gt;.copc.laz beside it and the .vpc shows them as one layer. Bad input (truncated file, broken LAZ chunk, wrong point count in the header, a zip without LAS) stops with a message naming the file and leaves no output behind; an existing file is replaced only with 'Overwrite'.

Examples: qgis_process run digitaltwin:pointcloudtocopc -- INPUT=09LD2626.zip OUTPUT=09LD2626.copc.laz
qgis_process run digitaltwin:pointcloudtocopc -- INPUT_FOLDER=tiles/ OUTPUT=tiles/all.vpc</source>
      <translation>Converts LAS/LAZ point clouds (LAS 1.2-1.4, any point format) to COPC (cloud optimized point cloud), which QGIS opens and shows in 2D and 3D without PDAL. The input is read in chunks, so a Tokyo tile of 6 million points needs a few hundred MB of memory. Coordinates, RGB, intensity, classification, return numbers and GPS time are kept exactly.

Input: a .las or .laz file or a .zip holding them (as Tokyo publishes its tiles), or else a folder of .las/.laz files. CRS: used only when the file records none (Tokyo tiles: EPSG:6677, the default).

Output: a .copc.laz file; for several inputs choose a .vpc (virtual point cloud): each input becomes &lt;name&gt;.copc.laz beside it and the .vpc shows them as one layer. Bad input (truncated file, broken LAZ chunk, wrong point count in the header, a zip without LAS) stops with a message naming the file and leaves no output behind; an existing file is replaced only with 'Overwrite'.

Examples: qgis_process run digitaltwin:pointcloudtocopc -- INPUT=09LD2626.zip OUTPUT=09LD2626.copc.laz
qgis_process run digitaltwin:pointcloudtocopc -- INPUT_FOLDER=tiles/ OUTPUT=tiles/all.vpc</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="314" />
      <source>Could not read the QGIS project {}</source>
      <translation>Could not read the QGIS project {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="60" />
      <source>Create the sample district</source>
      <translation>Create the sample district</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="62" />
      <source>DEM</source>
      <translation>DEM</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="90" />
      <source>DEM (ground elevation, m)</source>
      <translation>DEM (ground elevation, m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="27" />
      <source>DSM</source>
      <translation>DSM</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="86" />
      <source>DSM (same grid)</source>
      <translation>DSM (same grid)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="75" />
      <source>DSM (terrain + buildings, projected CRS in metres)</source>
      <translation>DSM (terrain + buildings, projected CRS in metres)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="98" />
      <source>DSM CRS (projected)</source>
      <translation>DSM CRS (projected)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="58" />
      <source>DSM from building heights (LOD1)</source>
      <translation>DSM from building heights (LOD1)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="75" />
      <source>DSM: highest point (surface)</source>
      <translation>DSM: highest point (surface)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="30" />
      <source>DSM: the highest point per cell, buildings and trees included (noise left out). DTM: ground points (class 2) only.</source>
      <translation>DSM: the highest point per cell, buildings and trees included (noise left out). DTM: ground points (class 2) only.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="29" />
      <source>DTM</source>
      <translation>DTM</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="78" />
      <source>DTM value per cell</source>
      <translation>DTM value per cell</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="76" />
      <source>DTM: ground points (terrain)</source>
      <translation>DTM: ground points (terrain)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="48" />
      <source>Dask scheduler (empty: a local cluster)</source>
      <translation>Dask scheduler (empty: a local cluster)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="151" />
      <source>Data attribution (added to what the layers' metadata name)</source>
      <translation>Data attribution (added to what the layers' metadata name)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Data credits to print beside those read from the layers' metadata, e.g. for your own data or analysis results.</source>
      <translation>Data credits to print beside those read from the layers' metadata, e.g. for your own data or analysis results.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="136" />
      <source>Data type (name or code, e.g. bldg)</source>
      <translation>Data type (name or code, e.g. bldg)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="123" />
      <source>Datasets and resources</source>
      <translation>Datasets and resources</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="125" />
      <source>Datasets found</source>
      <translation>Datasets found</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="153" />
      <source>Depth field (m)</source>
      <translation>Depth field (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Depth in metres at which water counts as arrived, for the arrival time (default 0.1 m).</source>
      <translation>Depth in metres at which water counts as arrived, for the arrival time (default 0.1 m).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="158" />
      <source>Depth time series</source>
      <translation>Depth time series</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="70" />
      <source>Destination</source>
      <translation>Destination</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="72" />
      <source>Destination floor (where floors are stacked)</source>
      <translation>Destination floor (where floors are stacked)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="85" />
      <source>Destination reachable</source>
      <translation>Destination reachable</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="91" />
      <source>Detect</source>
      <translation>Detect</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="82" />
      <source>Detour factor</source>
      <translation>Detour factor</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="75" />
      <source>Detour factor cap (unreachable counts as this)</source>
      <translation>Detour factor cap (unreachable counts as this)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="26" />
      <source>Detour factor counted for a pair that is unreachable or whose accessible route is longer than this many times the plain shortest route (1.01 to 100; default 3).</source>
      <translation>Detour factor counted for a pair that is unreachable or whose accessible route is longer than this many times the plain shortest route (1.01 to 100; default 3).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="66" />
      <source>Diffuse sky</source>
      <translation>Diffuse sky</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="80" />
      <source>Distance (m)</source>
      <translation>Distance (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="122" />
      <source>Distance budget (m)</source>
      <translation>Distance budget (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Distance in metres (straight line, or along the network when one is given) beyond which residents count as unable to reach a shelter (default 1000 m).</source>
      <translation>Distance in metres (straight line, or along the network when one is given) beyond which residents count as unable to reach a shelter (default 1000 m).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="110" />
      <source>Download</source>
      <translation>Download</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="58" />
      <source>Download a catalog resource</source>
      <translation>Download a catalog resource</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="42" />
      <source>Download point cloud tiles as COPC</source>
      <translation>Download point cloud tiles as COPC</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="93" />
      <source>Downloaded file</source>
      <translation>Downloaded file</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="38" />
      <source>Downloads one catalog resource, resumable, with size and checksum checks.</source>
      <translation>Downloads one catalog resource, resumable, with size and checksum checks.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="67" />
      <source>Downloads one resource of a catalog (a CityGML zip, a LAS tile, a GeoJSON file...) to a local file.

The file is written as &lt;name&gt;.part first and renamed when complete, so a half-finished download never looks like a finished one. If the connection breaks or you cancel, run it again with the same output: it resumes where it stopped (HTTP Range). The expected size and checksum (sha256:&lt;hex&gt; or md5:&lt;hex&gt;, as the catalog lists them) are checked before the rename; a mismatch removes the file.

With 'Extract zip', a zip is unpacked into a folder named after it; members that would land outside that folder are refused.

Example: qgis_process run digitaltwin:catalogdownload -- URL=https://.../13101_chiyoda-ku_pref_2023_citygml_1_op.zip OUTPUT=chiyoda.zip EXTRACT=true</source>
      <translation>Downloads one resource of a catalog (a CityGML zip, a LAS tile, a GeoJSON file...) to a local file.

The file is written as &lt;name&gt;.part first and renamed when complete, so a half-finished download never looks like a finished one. If the connection breaks or you cancel, run it again with the same output: it resumes where it stopped (HTTP Range). The expected size and checksum (sha256:&lt;hex&gt; or md5:&lt;hex&gt;, as the catalog lists them) are checked before the rename; a mismatch removes the file.

With 'Extract zip', a zip is unpacked into a folder named after it; members that would land outside that folder are refused.

Example: qgis_process run digitaltwin:catalogdownload -- URL=https://.../13101_chiyoda-ku_pref_2023_citygml_1_op.zip OUTPUT=chiyoda.zip EXTRACT=true</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="51" />
      <source>Downloads published point cloud tiles by name (Tokyo: 図郭 names such as 09LD2626) and converts them to COPC; several tiles become one layer through a virtual point cloud (.vpc).

Downloads go through QGIS's network settings (proxy), are size-checked, and resume after Cancel or a broken connection: run the algorithm again. Each zip is removed once its tile is converted.

Tile address: a template where {name} is the tile name; the default is Tokyo's 2024 23-ward tiles. Other cities: give their template.

Example: qgis_process run digitaltwin:pointclouddownloadtiles -- TILES=09LD2626,09LD2627 OUTPUT=tokyo.vpc</source>
      <translation>Downloads published point cloud tiles by name (Tokyo: 図郭 names such as 09LD2626) and converts them to COPC; several tiles become one layer through a virtual point cloud (.vpc).

Downloads go through QGIS's network settings (proxy), are size-checked, and resume after Cancel or a broken connection: run the algorithm again. Each zip is removed once its tile is converted.

Tile address: a template where {name} is the tile name; the default is Tokyo's 2024 23-ward tiles. Other cities: give their template.

Example: qgis_process run digitaltwin:pointclouddownloadtiles -- TILES=09LD2626,09LD2627 OUTPUT=tokyo.vpc</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="26" />
      <source>Downloads published point cloud tiles by name and converts them to COPC.</source>
      <translation>Downloads published point cloud tiles by name and converts them to COPC.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="107" />
      <source>Duration (minutes)</source>
      <translation>Duration (minutes)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="154" />
      <source>Duration field (h)</source>
      <translation>Duration field (h)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="177" />
      <source>Edit layout… (keep it in the project and open the layout designer)</source>
      <translation>Edit layout… (keep it in the project and open the layout designer)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="98" />
      <source>Elevation (DEM)</source>
      <translation>Elevation (DEM)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="89" />
      <source>Elevation raster</source>
      <translation>Elevation raster</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Evacuation sites to mark with their names: GSI's 指定緊急避難場所 CSV (Shift_JIS or UTF-8) or any point layer. Each preset shows the sites valid for its hazard (flood: those flagged 洪水); the barrier-free map also names the other facilities and the route's start and end.</source>
      <translation>Evacuation sites to mark with their names: GSI's 指定緊急避難場所 CSV (Shift_JIS or UTF-8) or any point layer. Each preset shows the sites valid for its hazard (flood: those flagged 洪水); the barrier-free map also names the other facilities and the route's start and end.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="110" />
      <source>Every shelter</source>
      <translation>Every shelter</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="82" />
      <source>Expected size in bytes (0: unknown)</source>
      <translation>Expected size in bytes (0: unknown)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="107" />
      <source>Export resident map (PDF/PNG)</source>
      <translation>Export resident map (PDF/PNG)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="185" />
      <source>Exposed buildings</source>
      <translation>Exposed buildings</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="183" />
      <source>Exposure summary</source>
      <translation>Exposure summary</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="106" />
      <source>Extent (traffic counts; default: Tokyo 23 wards)</source>
      <translation>Extent (traffic counts; default: Tokyo 23 wards)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="87" />
      <source>Extract zip into a folder beside it</source>
      <translation>Extract zip into a folder beside it</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="96" />
      <source>Extracted folder</source>
      <translation>Extracted folder</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="103" />
      <source>Facilities</source>
      <translation>Facilities</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="73" />
      <source>Facilities (stations, shelters, hospitals, ...)</source>
      <translation>Facilities (stations, shelters, hospitals, ...)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="67" />
      <source>Facilities for catchments (optional; default: random origins)</source>
      <translation>Facilities for catchments (optional; default: random origins)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="76" />
      <source>Facility name or id field</source>
      <translation>Facility name or id field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="108" />
      <source>Feature types to read from a zip (comma-separated; empty = all)</source>
      <translation>Feature types to read from a zip (comma-separated; empty = all)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="126" />
      <source>Features fetched</source>
      <translation>Features fetched</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="99" />
      <source>Feed URL</source>
      <translation>Feed URL</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="100" />
      <source>Feed type</source>
      <translation>Feed type</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="127" />
      <source>Fetched at (UTC)</source>
      <translation>Fetched at (UTC)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="45" />
      <source>Fetches a realtime feed (bus positions, sensors, traffic counts) once into a GeoPackage.</source>
      <translation>Fetches a realtime feed (bus positions, sensors, traffic counts) once into a GeoPackage.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="81" />
      <source>Fetches a realtime feed once and writes its features to a GeoPackage, with a 'fetched_at' time (UTC) on every feature.

Feed types: gtfsrt (GTFS-Realtime vehicle positions, e.g. Toei bus; a static GTFS zip, file or URL, adds route, headsign and stop names), sensorthings (OGC SensorThings API service root: one point per datastream with its latest observation), geojson (GeoJSON, JSON records with lat/lon, or CSV with lat/lon columns), wfs (JARTIC open traffic counts: the latest 5-minute window in the extent; requests are paged and split so none exceeds the service's size cap; 'total_volume' sums the counts).

Output: a GeoPackage (layer 'realtime'). An existing file is kept unless 'Append' (add this fetch to a recording: run it every minute from a scheduler and replay the hour with the temporal controller) or 'Overwrite' is checked. A feed that is down, slow, answers an error or sends a broken message stops the run with one sentence naming the URL and the problem; nothing is written.

Example: qgis_process run digitaltwin:realtimesnapshot -- FEED_URL=https://api-public.odpt.org/api/v4/gtfs/realtime/ToeiBus FEED_TYPE=0 OUTPUT=toei_bus.gpkg APPEND=true</source>
      <translation>Fetches a realtime feed once and writes its features to a GeoPackage, with a 'fetched_at' time (UTC) on every feature.

Feed types: gtfsrt (GTFS-Realtime vehicle positions, e.g. Toei bus; a static GTFS zip, file or URL, adds route, headsign and stop names), sensorthings (OGC SensorThings API service root: one point per datastream with its latest observation), geojson (GeoJSON, JSON records with lat/lon, or CSV with lat/lon columns), wfs (JARTIC open traffic counts: the latest 5-minute window in the extent; requests are paged and split so none exceeds the service's size cap; 'total_volume' sums the counts).

Output: a GeoPackage (layer 'realtime'). An existing file is kept unless 'Append' (add this fetch to a recording: run it every minute from a scheduler and replay the hour with the temporal controller) or 'Overwrite' is checked. A feed that is down, slow, answers an error or sends a broken message stops the run with one sentence naming the URL and the problem; nothing is written.

Example: qgis_process run digitaltwin:realtimesnapshot -- FEED_URL=https://api-public.odpt.org/api/v4/gtfs/realtime/ToeiBus FEED_TYPE=0 OUTPUT=toei_bus.gpkg APPEND=true</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>Field naming each facility in the output. Empty: the feature id.</source>
      <translation>Field naming each facility in the output. Empty: the feature id.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Field naming each inflow point, matched with the 'point' column of the hydrograph CSV.</source>
      <translation>Field naming each inflow point, matched with the 'point' column of the hydrograph CSV.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Field naming each inflow point: the scenario's name, matched with the 'point' column of the hydrograph CSV. Empty: the feature id.</source>
      <translation>Field naming each inflow point: the scenario's name, matched with the 'point' column of the hydrograph CSV. Empty: the feature id.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Field naming each time series point. Empty: the feature id.</source>
      <translation>Field naming each time series point. Empty: the feature id.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Field of a point file saying (1 / true) that a shelter suits the hazard chosen above.</source>
      <translation>Field of a point file saying (1 / true) that a shelter suits the hazard chosen above.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Field of a point file with each shelter's id. Empty: the feature id. (The CSV has 共通ID.)</source>
      <translation>Field of a point file with each shelter's id. Empty: the feature id. (The CSV has 共通ID.)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Field of a point file with each shelter's name. Empty: its id.</source>
      <translation>Field of a point file with each shelter's name. Empty: its id.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Field of the atlas layer naming each page: added to the title and to PNG file names. Empty: pages are numbered.</source>
      <translation>Field of the atlas layer naming each page: added to the title and to PNG file names. Empty: pages are numbered.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>Field of the buildings giving residents per building, summed per area. Empty: buildings are counted, not people.</source>
      <translation>Field of the buildings giving residents per building, summed per area. Empty: buildings are counted, not people.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Field of the buildings with the rank: exposed when above 0 (default flood_rank).</source>
      <translation>Field of the buildings with the rank: exposed when above 0 (default flood_rank).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Field of the buildings with their residents (default residents).</source>
      <translation>Field of the buildings with their residents (default residents).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field of the hazard layer with the flood rank 1 (&lt;0.5 m) to 6 (≥20 m). Empty: guessed (flood_rank, rank, A31_201, 浸水ランク).</source>
      <translation>Field of the hazard layer with the flood rank 1 (&lt;0.5 m) to 6 (≥20 m). Empty: guessed (flood_rank, rank, A31_201, 浸水ランク).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Field of the level layer with the observation time: the feature with the latest time gives the level. Empty: the last feature.</source>
      <translation>Field of the level layer with the observation time: the feature with the latest time gives the level. Empty: the last feature.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Field of the level layer with the water level in metres.</source>
      <translation>Field of the level layer with the water level in metres.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Field of the shelter layer naming each shelter. Empty: the feature id.</source>
      <translation>Field of the shelter layer naming each shelter. Empty: the feature id.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Field of the shelter layer saying (1 / true) that a shelter suits the hazard. Empty: all do.</source>
      <translation>Field of the shelter layer saying (1 / true) that a shelter suits the hazard. Empty: all do.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Field of the shelter layer with its capacity in persons. Empty: unknown.</source>
      <translation>Field of the shelter layer with its capacity in persons. Empty: unknown.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Field with a constant inflow per point in m³/s, used when no hydrograph is given.</source>
      <translation>Field with a constant inflow per point in m³/s, used when no hydrograph is given.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Field with a constant inflow per point in m³/s, used where the hydrograph has no rows for the point.</source>
      <translation>Field with a constant inflow per point in m³/s, used where the hydrograph has no rows for the point.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="36" />
      <source>Field with each building's height in metres (PLATEAU measuredHeight). Empty: guessed from common names (measured_height, height, 高さ...). Buildings without a positive height are left out.</source>
      <translation>Field with each building's height in metres (PLATEAU measuredHeight). Empty: guessed from common names (measured_height, height, 高さ...). Buildings without a positive height are left out.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with how long the flood lasts, in hours. Empty: guessed (flood_duration, duration), else left out.</source>
      <translation>Field with how long the flood lasts, in hours. Empty: guessed (flood_duration, duration), else left out.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with residents per building. Empty: storeys × footprint / floor area per resident.</source>
      <translation>Field with residents per building. Empty: storeys × footprint / floor area per resident.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with the building height in metres, used for storeys when no storeys field is found.</source>
      <translation>Field with the building height in metres, used for storeys when no storeys field is found.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with the flood depth in metres. Empty: guessed (flood_depth, depth, 浸水深).</source>
      <translation>Field with the flood depth in metres. Empty: guessed (flood_depth, depth, 浸水深).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with the hazard (river_flood, tsunami, high_tide, inland_flood, reservoir_flood, landslide). Empty: guessed (hazard), else one hazard.</source>
      <translation>Field with the hazard (river_flood, tsunami, high_tide, inland_flood, reservoir_flood, landslide). Empty: guessed (hazard), else one hazard.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with the number of storeys above ground, for floors under water and floor area. Empty: storeys from the height field (height / storey height, at least 1).</source>
      <translation>Field with the number of storeys above ground, for floors under water and floor area. Empty: storeys from the height field (height / storey height, at least 1).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with the rainfall scale (L1 planned, L2 maximum). Empty: guessed (flood_scale, scale, 規模).</source>
      <translation>Field with the rainfall scale (L1 planned, L2 maximum). Empty: guessed (flood_scale, scale, 規模).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with the river name. Empty: guessed (flood_river, river, 河川名).</source>
      <translation>Field with the river name. Empty: guessed (flood_river, river, 河川名).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with the scenario (river and scale, tsunami case ...). Empty: guessed (scenario), else one scenario. Each hazard and scenario is assessed alone and summarised.</source>
      <translation>Field with the scenario (river and scale, tsunami case ...). Empty: guessed (scenario), else one scenario. Each hazard and scenario is assessed alone and summarised.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="83" />
      <source>Fill gaps up to (m; 0 = no filling)</source>
      <translation>Fill gaps up to (m; 0 = no filling)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Fills the title, subtitle and notes for a flood, solar or barrier-free map (in Japanese, for residents) unless you give your own. None: only what you type.</source>
      <translation>Fills the title, subtitle and notes for a flood, solar or barrier-free map (in Japanese, for residents) unless you give your own. None: only what you type.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="50" />
      <source>Finds the shortest route a mobility profile can use between two points on an MLIT pedestrian network (歩行空間ネットワークデータ, 2018 or 2024 code set) or OSM-style footways, and shows what the plain shortest route would have asked of the user.

Inputs: the link and node layers (GeoJSON, Shapefile, GeoPackage or CSV with lat/lon; any CRS), the origin and destination (snapped to the nearest node, at most 500 m away), a profile (manual or electric wheelchair, stroller, cane or walker, visually impaired; limits in resources/barrierfree_profiles.json, your own file or the project), and what unknown data (99 / X, or a 2018 code too coarse for the limit) means: passable or barrier.

Output: a GeoPackage with 'route' (3D line, Z = floor x storey height; length, time at the profile's speed, detour factor, unknown links used), 'plain_route' (shortest route ignoring barriers) and 'barriers' (the links of the plain route closed to the profile, with the reasons).

Example: qgis_process run digitaltwin:barrierfreeroute -- LINKS=links.geojson NODES=nodes.geojson ORIGIN='139.7000,35.6800 [EPSG:6668]' DESTINATION='139.7016,35.6800 [EPSG:6668]' PROFILE=0 UNKNOWN_POLICY=1 OUTPUT=route.gpkg</source>
      <translation>Finds the shortest route a mobility profile can use between two points on an MLIT pedestrian network (歩行空間ネットワークデータ, 2018 or 2024 code set) or OSM-style footways, and shows what the plain shortest route would have asked of the user.

Inputs: the link and node layers (GeoJSON, Shapefile, GeoPackage or CSV with lat/lon; any CRS), the origin and destination (snapped to the nearest node, at most 500 m away), a profile (manual or electric wheelchair, stroller, cane or walker, visually impaired; limits in resources/barrierfree_profiles.json, your own file or the project), and what unknown data (99 / X, or a 2018 code too coarse for the limit) means: passable or barrier.

Output: a GeoPackage with 'route' (3D line, Z = floor x storey height; length, time at the profile's speed, detour factor, unknown links used), 'plain_route' (shortest route ignoring barriers) and 'barriers' (the links of the plain route closed to the profile, with the reasons).

Example: qgis_process run digitaltwin:barrierfreeroute -- LINKS=links.geojson NODES=nodes.geojson ORIGIN='139.7000,35.6800 [EPSG:6668]' DESTINATION='139.7016,35.6800 [EPSG:6668]' PROFILE=0 UNKNOWN_POLICY=1 OUTPUT=route.gpkg</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="28" />
      <source>Finds the shortest route a wheelchair, stroller or cane user can take, and the barriers on the plain route.</source>
      <translation>Finds the shortest route a wheelchair, stroller or cane user can take, and the barriers on the plain route.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="168" />
      <source>Flat roofs as 15° south panels: × {:.3f}</source>
      <translation>Flat roofs as 15° south panels: × {:.3f}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="123" />
      <source>Flood</source>
      <translation>Flood</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="209" />
      <source>Flood arrival time</source>
      <translation>Flood arrival time</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="142" />
      <source>Flood depth</source>
      <translation>Flood depth</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="99" />
      <source>Flood depth L2</source>
      <translation>Flood depth L2</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="165" />
      <source>Flood depth raster (instead of polygons)</source>
      <translation>Flood depth raster (instead of polygons)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="37" />
      <source>Flood depth rasters (m, any CRS); each gives one exposure layer in the output, named after its file. None: buildings are only loaded.</source>
      <translation>Flood depth rasters (m, any CRS); each gives one exposure layer in the output, named after its file. None: buildings are only loaded.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="83" />
      <source>Flood depth rasters (one exposure layer each)</source>
      <translation>Flood depth rasters (one exposure layer each)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="305" />
      <source>Flood exposure</source>
      <translation>Flood exposure</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="134" />
      <source>Flood exposure ({})</source>
      <translation>Flood exposure ({})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="120" />
      <source>Flood exposure of buildings</source>
      <translation>Flood exposure of buildings</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="151" />
      <source>Flood hazard polygons</source>
      <translation>Flood hazard polygons</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="96" />
      <source>Flood inundation model L1 (CityGML)</source>
      <translation>Flood inundation model L1 (CityGML)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="97" />
      <source>Flood inundation model L2 (CityGML)</source>
      <translation>Flood inundation model L2 (CityGML)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Flood preset: the buildings' field holding their flood rank (1-6) or PLATEAU rank label. Empty: flood_l2_rank, flood_rank, flood_l1_rank or a rank label, whichever the layer has.</source>
      <translation>Flood preset: the buildings' field holding their flood rank (1-6) or PLATEAU rank label. Empty: flood_l2_rank, flood_rank, flood_l1_rank or a rank label, whichever the layer has.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="153" />
      <source>Flood rank field of the buildings (empty: found by its name)</source>
      <translation>Flood rank field of the buildings (empty: found by its name)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="91" />
      <source>Flood simulation (2D, rain and inflows)</source>
      <translation>Flood simulation (2D, rain and inflows)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="41" />
      <source>Flood simulations of many rain and levee-breach scenarios on dask: per cell the share of scenarios reaching 0.5 m and 3 m.</source>
      <translation>Flood simulations of many rain and levee-breach scenarios on dask: per cell the share of scenarios reaching 0.5 m and 3 m.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="146" />
      <source>Flooded area (m²)</source>
      <translation>Flooded area (m²)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="144" />
      <source>Flooded areas</source>
      <translation>Flooded areas</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="60" />
      <source>Floods the DEM cells below a water level that connect to the river, as depth raster and areas.</source>
      <translation>Floods the DEM cells below a water level that connect to the river, as depth raster and areas.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="175" />
      <source>Floor area per resident (m²)</source>
      <translation>Floor area per resident (m²)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Floor area per resident in m², for residents when no population field is given (default 40 m²).</source>
      <translation>Floor area per resident in m², for residents when no population field is given (default 40 m²).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="31" />
      <source>Floor of the destination where several floors are stacked: the nearest node on that floor is used. Empty: the ground floor.</source>
      <translation>Floor of the destination where several floors are stacked: the nearest node on that floor is used. Empty: the ground floor.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="31" />
      <source>Floor of the origin where several floors are stacked (e.g. a station): the nearest node on that floor is used. Empty: the ground floor.</source>
      <translation>Floor of the origin where several floors are stacked (e.g. a station): the nearest node on that floor is used. Empty: the ground floor.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>For 'Weather file': a CSV with a 'time' column and 'ghi' (and optionally 'dhi') in W/m², or an EnergyPlus EPW file.</source>
      <translation>For 'Weather file': a CSV with a 'time' column and 'ghi' (and optionally 'dhi') in W/m², or an EnergyPlus EPW file.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>For GTFS-Realtime: the static GTFS zip (file or URL) that adds route, headsign and stop names. Empty: ids only.</source>
      <translation>For GTFS-Realtime: the static GTFS zip (file or URL) that adds route, headsign and stop names. Empty: ids only.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>For JSON or CSV: the latitude path or column. Empty: guessed (lat, latitude, 緯度...).</source>
      <translation>For JSON or CSV: the latitude path or column. Empty: guessed (lat, latitude, 緯度...).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>For JSON or CSV: the longitude path or column. Empty: guessed (lon, lng, longitude, 経度...).</source>
      <translation>For JSON or CSV: the longitude path or column. Empty: guessed (lon, lng, longitude, 経度...).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>For JSON records: where the list of records is, dot separated (e.g. data.items). Empty: the top level.</source>
      <translation>For JSON records: where the list of records is, dot separated (e.g. data.items). Empty: the top level.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="30" />
      <source>For a DTM: the mean (default) or the lowest ground point in each cell.</source>
      <translation>For a DTM: the mean (default) or the lowest ground point in each cell.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>For a zip: read only files whose mesh code starts with one of these (comma separated, e.g. 53392642). Empty: all meshes.</source>
      <translation>For a zip: read only files whose mesh code starts with one of these (comma separated, e.g. 53392642). Empty: all meshes.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>For a zip: the udx folders to read, comma separated (bldg, tran, fld, dem...). Default bldg; empty: all.</source>
      <translation>For a zip: the udx folders to read, comma separated (bldg, tran, fld, dem...). Default bldg; empty: all.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="55" />
      <source>For each facility and mobility profile: the links reachable within a distance (m) or time (min, at the profile's speed), partly reached links cut at the budget, and the area around them. Compare profiles to see where a wheelchair user's 10 minutes end compared with everyone else's.

Inputs: the MLIT link and node layers (or OSM-style footways), a point layer of facilities (an id field names them), profiles, the unknown-data policy, the budget, the width of the area around the reachable links, and optionally a building layer (and its population field): buildings whose inside point lies in the area are counted as served.

Output: a GeoPackage with 'service_areas' (one polygon per facility and profile: reachable length, buildings, population, budget, policy) and 'reachable_links' (3D lines, Z from floors).

Example: qgis_process run digitaltwin:barrierfreeservicearea -- LINKS=links.geojson NODES=nodes.geojson FACILITIES=stations.gpkg PROFILE=0,4 BUDGET_TYPE=1 BUDGET=10 BUILDINGS=buildings.gpkg OUTPUT=areas.gpkg</source>
      <translation>For each facility and mobility profile: the links reachable within a distance (m) or time (min, at the profile's speed), partly reached links cut at the budget, and the area around them. Compare profiles to see where a wheelchair user's 10 minutes end compared with everyone else's.

Inputs: the MLIT link and node layers (or OSM-style footways), a point layer of facilities (an id field names them), profiles, the unknown-data policy, the budget, the width of the area around the reachable links, and optionally a building layer (and its population field): buildings whose inside point lies in the area are counted as served.

Output: a GeoPackage with 'service_areas' (one polygon per facility and profile: reachable length, buildings, population, budget, policy) and 'reachable_links' (3D lines, Z from floors).

Example: qgis_process run digitaltwin:barrierfreeservicearea -- LINKS=links.geojson NODES=nodes.geojson FACILITIES=stations.gpkg PROFILE=0,4 BUDGET_TYPE=1 BUDGET=10 BUILDINGS=buildings.gpkg OUTPUT=areas.gpkg</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="76" />
      <source>For every shelter of a GSI evacuation site CSV or a point file (optionally only those designated for a hazard): the links a mobility profile reaches within a walking distance on the pedestrian network, and the area around them, exactly as 'Accessible service area (barrier-free)' computes them. The shelters go in groups as tasks on dask.distributed (a local cluster on every core, or an existing cluster: tcp://host:8786); each worker reads the network once. The groups are merged into one GeoPackage in the shelters' order.

A failed group is retried, then named with its shelters, and the other groups still finish. Finished groups are kept beside the output (&lt;output&gt;.tiles) and skipped when the same run is started again; &lt;output&gt;.manifest.json records inputs, versions, parameters and each group's status and time.

Example: qgis_process run digitaltwin:batchserviceareas -- NETWORK=pedestrian_links.geojson NODES=pedestrian_nodes.geojson SHELTERS=evacuation_sites.csv HAZARD=1 BUDGET=800 OUTPUT=areas.gpkg (the same as: python -m digital_twin servicearea ...)</source>
      <translation>For every shelter of a GSI evacuation site CSV or a point file (optionally only those designated for a hazard): the links a mobility profile reaches within a walking distance on the pedestrian network, and the area around them, exactly as 'Accessible service area (barrier-free)' computes them. The shelters go in groups as tasks on dask.distributed (a local cluster on every core, or an existing cluster: tcp://host:8786); each worker reads the network once. The groups are merged into one GeoPackage in the shelters' order.

A failed group is retried, then named with its shelters, and the other groups still finish. Finished groups are kept beside the output (&lt;output&gt;.tiles) and skipped when the same run is started again; &lt;output&gt;.manifest.json records inputs, versions, parameters and each group's status and time.

Example: qgis_process run digitaltwin:batchserviceareas -- NETWORK=pedestrian_links.geojson NODES=pedestrian_nodes.geojson SHELTERS=evacuation_sites.csv HAZARD=1 BUDGET=800 OUTPUT=areas.gpkg (the same as: python -m digital_twin servicearea ...)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>For the PLATEAU CityGML search: city codes (13101,13102), m:&lt;mesh code&gt;, r:&lt;lon,lat,lon,lat&gt; or g:&lt;place name&gt;. Empty: the extent below.</source>
      <translation>For the PLATEAU CityGML search: city codes (13101,13102), m:&lt;mesh code&gt;, r:&lt;lon,lat,lon,lat&gt; or g:&lt;place name&gt;. Empty: the extent below.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>For the PLATEAU CityGML search: the files covering this extent, when no conditions are given.</source>
      <translation>For the PLATEAU CityGML search: the files covering this extent, when no conditions are given.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>For traffic counts: the 5-minute window as YYYYMMDDhhmm in Japan time. Empty: the latest published.</source>
      <translation>For traffic counts: the 5-minute window as YYYYMMDDhhmm in Japan time. Empty: the latest published.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>For traffic counts: the area to request. Empty: Tokyo's 23 wards.</source>
      <translation>For traffic counts: the area to request. Empty: Tokyo's 23 wards.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="137" />
      <source>Format (e.g. 3D Tiles, MVT, CityGML, LAS)</source>
      <translation>Format (e.g. 3D Tiles, MVT, CityGML, LAS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="54" />
      <source>GSI</source>
      <translation>GSI</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="300" />
      <source>GSI aerial photos</source>
      <translation>GSI aerial photos</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="106" />
      <source>GSI evacuation site CSV</source>
      <translation>GSI evacuation site CSV</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="299" />
      <source>GSI pale map</source>
      <translation>GSI pale map</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="300" />
      <source>GSI standard map</source>
      <translation>GSI standard map</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>GSI's 指定緊急避難場所 CSV (Shift_JIS or UTF-8), or a point file (GeoPackage, GeoJSON; any CRS).</source>
      <translation>GSI's 指定緊急避難場所 CSV (Shift_JIS or UTF-8), or a point file (GeoPackage, GeoJSON; any CRS).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>GSI's 指定緊急避難場所 CSV (Shift_JIS or UTF-8): each site with its hazard flags.</source>
      <translation>GSI's 指定緊急避難場所 CSV (Shift_JIS or UTF-8): each site with its hazard flags.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="46" />
      <source>GTFS-Realtime</source>
      <translation>GTFS-Realtime</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="132" />
      <source>GTFS-Realtime vehicle positions</source>
      <translation>GTFS-Realtime vehicle positions</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="133" />
      <source>GeoJSON, JSON records or CSV</source>
      <translation>GeoJSON, JSON records or CSV</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="34" />
      <source>GeoPackage</source>
      <translation>GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="127" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="92" />
      <source>GeoPackage (*.gpkg);;GeoParquet, one file per layer (*.parquet)</source>
      <translation>GeoPackage (*.gpkg);;GeoParquet, one file per layer (*.parquet)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="36" />
      <source>GeoTIFF of the annual irradiation per pixel, in kWh/m², equal cell for cell to 'Solar irradiation with shadows' on the same DSM.</source>
      <translation>GeoTIFF of the annual irradiation per pixel, in kWh/m², equal cell for cell to 'Solar irradiation with shadows' on the same DSM.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="147" />
      <source>GeoTIFF of the annual irradiation per pixel, in kWh/m².</source>
      <translation>GeoTIFF of the annual irradiation per pixel, in kWh/m².</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>GeoTIFF of the largest depth each cell reached (m).</source>
      <translation>GeoTIFF of the largest depth each cell reached (m).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>GeoTIFF of the largest flow velocity in each cell (m/s).</source>
      <translation>GeoTIFF of the largest flow velocity in each cell (m/s).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>GeoTIFF of the time in seconds until the depth first reached the arrival depth.</source>
      <translation>GeoTIFF of the time in seconds until the depth first reached the arrival depth.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>GeoTIFF with two bands: band 1 (share_reaching_0.5m) and band 2 (share_reaching_3m), the share (0 to 1) of the scenarios whose maximum depth reaches 0.5 m and 3 m in each cell.</source>
      <translation>GeoTIFF with two bands: band 1 (share_reaching_0.5m) and band 2 (share_reaching_3m), the share (0 to 1) of the scenarios whose maximum depth reaches 0.5 m and 3 m in each cell.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="84" />
      <source>Give at least one tile name.</source>
      <translation>Give at least one tile name.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="206" />
      <source>Give either a DEM raster or a TIN layer.</source>
      <translation>Give either a DEM raster or a TIN layer.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="137" />
      <source>Give either a GSI evacuation site CSV or a shelter point layer.</source>
      <translation>Give either a GSI evacuation site CSV or a shelter point layer.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="193" />
      <source>Give either flood hazard polygons or a flood depth raster.</source>
      <translation>Give either flood hazard polygons or a flood depth raster.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="182" />
      <source>Give rain (intensity &gt; 0 or a hyetograph) or inflow points.</source>
      <translation>Give rain (intensity &gt; 0 or a hyetograph) or inflow points.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="107" />
      <source>Give the batch GeoPackage and the potential output together.</source>
      <translation>Give the batch GeoPackage and the potential output together.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="74" />
      <source>Gives every building its flood rank, depth and floors under water, with a summary of residents.</source>
      <translation>Gives every building its flood rank, depth and floors under water, with a summary of residents.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="101" />
      <source>Global horizontal irradiation of the climate: {:.0f} kWh/m²/yr</source>
      <translation>Global horizontal irradiation of the climate: {:.0f} kWh/m²/yr</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="64" />
      <source>Ground DEM (default: flat ground at 0 m)</source>
      <translation>Ground DEM (default: flat ground at 0 m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="36" />
      <source>Ground added around the buildings' extent, in metres (default 20 m), so shadows from the edge are kept.</source>
      <translation>Ground added around the buildings' extent, in metres (default 20 m), so shadows from the edge are kept.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="77" />
      <source>Ground albedo</source>
      <translation>Ground albedo</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Ground elevation raster in metres, in a projected CRS; its grid is the simulation grid and the output's.</source>
      <translation>Ground elevation raster in metres, in a projected CRS; its grid is the simulation grid and the output's.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Ground elevation raster in metres. Give this or a TIN.</source>
      <translation>Ground elevation raster in metres. Give this or a TIN.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Ground elevation raster in metres; its grid is the simulation grid.</source>
      <translation>Ground elevation raster in metres; its grid is the simulation grid.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="28" />
      <source>Ground elevation raster the buildings stand on (metres). Empty: flat ground at 0 m.</source>
      <translation>Ground elevation raster the buildings stand on (metres). Empty: flat ground at 0 m.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="177" />
      <source>Ground floor level above ground (m)</source>
      <translation>Ground floor level above ground (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="111" />
      <source>Ground heights (DTM)</source>
      <translation>Ground heights (DTM)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="142" />
      <source>Groups of shelters</source>
      <translation>Groups of shelters</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="98" />
      <source>Hazard</source>
      <translation>Hazard</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="157" />
      <source>Hazard field</source>
      <translation>Hazard field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Hazard polygons with a rank and/or depth: PLATEAU fld, ifld, tnm, htd and rfld water bodies (waterbody_lod1, rank or rankOrg) or lsld sediment-disaster areas (sedimentdisasterpronearea_lod1: 1 警戒, 2 特別警戒), MLIT A31 inundation areas or similar. Several hazards and scenarios may share a layer: each is assessed alone.</source>
      <translation>Hazard polygons with a rank and/or depth: PLATEAU fld, ifld, tnm, htd and rfld water bodies (waterbody_lod1, rank or rankOrg) or lsld sediment-disaster areas (sedimentdisasterpronearea_lod1: 1 警戒, 2 特別警戒), MLIT A31 inundation areas or similar. Several hazards and scenarios may share a layer: each is assessed alone.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="84" />
      <source>Height field (m)</source>
      <translation>Height field (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Height of one storey in metres, for floors under water and storeys from heights (default 3 m).</source>
      <translation>Height of one storey in metres, for floors under water and storeys from heights (default 3 m).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>Height of one storey in metres, used to give links and nodes a Z value (floor × height) for the 3D view. Default 3.5 m.</source>
      <translation>Height of one storey in metres, used to give links and nodes a Z value (floor × height) for the 3D view. Default 3.5 m.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Height of the ground floor above the ground, in metres (default 0.5 m): water shallower than this leaves the ground floor dry.</source>
      <translation>Height of the ground floor above the ground, in metres (default 0.5 m): water shallower than this leaves the ground floor dry.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="116" />
      <source>Highest available per object</source>
      <translation>Highest available per object</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="87" />
      <source>Highest class touching (InaSAFE)</source>
      <translation>Highest class touching (InaSAFE)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="83" />
      <source>Hotspot GeoPackage</source>
      <translation>Hotspot GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="84" />
      <source>Hotspot links</source>
      <translation>Hotspot links</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="37" />
      <source>How a building gets its rank: the class covering most of its footprint (PLATEAU, default) or the highest class that touches it (InaSAFE).</source>
      <translation>How a building gets its rank: the class covering most of its footprint (PLATEAU, default) or the highest class that touches it (InaSAFE).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>How a building gets its rank: the rank covering most of it (PLATEAU, default; ties go to the more dangerous rank) or the most dangerous rank touching it (InaSAFE).</source>
      <translation>How a building gets its rank: the rank covering most of it (PLATEAU, default; ties go to the more dangerous rank) or the most dangerous rank touching it (InaSAFE).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>How diffuse sky light is shaded: isotropic sky × sky view factor (default), or Perez, whose circumsolar part is shaded like the sun.</source>
      <translation>How diffuse sky light is shaded: isotropic sky × sky view factor (default), or Perez, whose circumsolar part is shaded like the sun.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>How far from each facility: metres or minutes, as chosen above (default 800). Links partly within it are cut at the budget.</source>
      <translation>How far from each facility: metres or minutes, as chosen above (default 800). Links partly within it are cut at the budget.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>How far to look for obstacles casting shadows, in metres (default 500 m). Larger is more exact and slower.</source>
      <translation>How far to look for obstacles casting shadows, in metres (default 500 m). Larger is more exact and slower.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="25" />
      <source>How often a failed task (a tile, a scenario or a group of shelters) is tried again before it is reported by name (default 2).</source>
      <translation>How often a failed task (a tile, a scenario or a group of shelters) is tried again before it is reported by name (default 2).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="37" />
      <source>How the release is split into tasks: 1 km JIS mesh (default; many small tasks), 10 km JIS mesh (fewer, larger tasks) or one task per GML file of the zip.</source>
      <translation>How the release is split into tasks: 1 km JIS mesh (default; many small tasks), 10 km JIS mesh (fewer, larger tasks) or one task per GML file of the zip.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="106" />
      <source>Hydrograph CSV</source>
      <translation>Hydrograph CSV</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="121" />
      <source>Hyetograph CSV (overrides the intensity)</source>
      <translation>Hyetograph CSV (overrides the intensity)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="94" />
      <source>Hyetograph CSV files (one scenario each)</source>
      <translation>Hyetograph CSV files (one scenario each)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Hyetograph CSV files, one scenario each, named after the file: rows 'minutes,rain_mm_h', each intensity holding until the next row.</source>
      <translation>Hyetograph CSV files, one scenario each, named after the file: rows 'minutes,rain_mm_h', each intensity holding until the next row.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="39" />
      <source>Import and validate pedestrian network (barrier-free)</source>
      <translation>Import and validate pedestrian network (barrier-free)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="100" />
      <source>Inflow name field</source>
      <translation>Inflow name field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="163" />
      <source>Inflow point '{}' has no hydrograph rows and no discharge value.</source>
      <translation>Inflow point '{}' has no hydrograph rows and no discharge value.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="123" />
      <source>Inflow points</source>
      <translation>Inflow points</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="163" />
      <source>Inflow volume (m³)</source>
      <translation>Inflow volume (m³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Instead of a DEM: a TIN of triangles with Z (the PLATEAU dem layer from 'Load PLATEAU CityGML'), rasterised at the cell size below.</source>
      <translation>Instead of a DEM: a TIN of triangles with Z (the PLATEAU dem layer from 'Load PLATEAU CityGML'), rasterised at the cell size below.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="26" />
      <source>Instead of a file: a folder whose .las/.laz files are all converted (choose a .vpc output).</source>
      <translation>Instead of a file: a folder whose .las/.laz files are all converted (choose a .vpc output).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="88" />
      <source>Inundation from a water level</source>
      <translation>Inundation from a water level</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="67" />
      <source>Isotropic</source>
      <translation>Isotropic</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="36" />
      <source>JIS mesh</source>
      <translation>JIS mesh</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Keep datasets of this city: a name (千代田区) or the 5-digit code (13101). Empty: any.</source>
      <translation>Keep datasets of this city: a name (千代田区) or the 5-digit code (13101). Empty: any.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Keep datasets of this prefecture: a name (東京都) or the 2-digit code (13). Empty: any.</source>
      <translation>Keep datasets of this prefecture: a name (東京都) or the 2-digit code (13). Empty: any.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Keep datasets of this type: a PLATEAU name (建築物モデル) or code (bldg). Empty: any.</source>
      <translation>Keep datasets of this type: a PLATEAU name (建築物モデル) or code (bldg). Empty: any.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Keep datasets of this ward of a designated city: a name or code. Empty: any.</source>
      <translation>Keep datasets of this ward of a designated city: a name or code. Empty: any.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Keep datasets of this year (e.g. 2023). Empty: any.</source>
      <translation>Keep datasets of this year (e.g. 2023). Empty: any.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="26" />
      <source>Keep only the N links with the highest scores (default 0: every link whose repair improves at least one pair).</source>
      <translation>Keep only the N links with the highest scores (default 0: every link whose repair improves at least one pair).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Keep resources in this format, e.g. 3D Tiles, MVT, CityGML, LAS. Empty: any.</source>
      <translation>Keep resources in this format, e.g. 3D Tiles, MVT, CityGML, LAS. Empty: any.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Keep resources of this level of detail (e.g. 2 for LOD2). Empty: any.</source>
      <translation>Keep resources of this level of detail (e.g. 2 for LOD2). Empty: any.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="77" />
      <source>Keep the top N links (0 = all that matter)</source>
      <translation>Keep the top N links (0 = all that matter)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="25" />
      <source>LAS</source>
      <translation>LAS</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="69" />
      <source>LAS/LAZ file, or zip holding LAS/LAZ files</source>
      <translation>LAS/LAZ file, or zip holding LAS/LAZ files</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="25" />
      <source>LAZ</source>
      <translation>LAZ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="58" />
      <source>LISFLOOD</source>
      <translation>LISFLOOD</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="138" />
      <source>LOD</source>
      <translation>LOD</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="116" />
      <source>LOD0 only</source>
      <translation>LOD0 only</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="27" />
      <source>LOD1</source>
      <translation>LOD1</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="116" />
      <source>LOD1 only</source>
      <translation>LOD1 only</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="117" />
      <source>LOD2 only (with roof, wall and ground surfaces)</source>
      <translation>LOD2 only (with roof, wall and ground surfaces)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="89" />
      <source>LOD2 roof surfaces (3D polygons, heights above sea level; optional)</source>
      <translation>LOD2 roof surfaces (3D polygons, heights above sea level; optional)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="147" />
      <source>Large DSMs are processed in tiles of this many pixels a side (default 1024), overlapping by the search radius; smaller tiles use less memory.</source>
      <translation>Large DSMs are processed in tiles of this many pixels a side (default 1024), overlapping by the search radius; smaller tiles use less memory.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="87" />
      <source>Largest overlap (PLATEAU)</source>
      <translation>Largest overlap (PLATEAU)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="71" />
      <source>Latitude (default: the DSM's centre)</source>
      <translation>Latitude (default: the DSM's centre)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>Latitude in degrees for the sun positions (-90 to 90). Empty: the DSM's centre.</source>
      <translation>Latitude in degrees for the sun positions (-90 to 90). Empty: the DSM's centre.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="112" />
      <source>Latitude path or CSV column</source>
      <translation>Latitude path or CSV column</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="138" />
      <source>Layers (first is drawn on top)</source>
      <translation>Layers (first is drawn on top)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Layers to print when no project is given; the first is drawn on top.</source>
      <translation>Layers to print when no project is given; the first is drawn on top.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="132" />
      <source>Layers written (name: features)</source>
      <translation>Layers written (name: features)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="143" />
      <source>Layout templates (*.qpt)</source>
      <translation>Layout templates (*.qpt)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="97" />
      <source>Levee breaches or inflow points (one scenario each)</source>
      <translation>Levee breaches or inflow points (one scenario each)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Levee breaches or other points where river or sewer water enters: each point is one scenario of its own (no rain), its water entering at that point.</source>
      <translation>Levee breaches or other points where river or sewer water enters: each point is one scenario of its own (no rain), its water entering at that point.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="128" />
      <source>Level field (m)</source>
      <translation>Level field (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="170" />
      <source>Level {} m: {} cells flooded, {:.0f} m², {:.0f} m³, deepest {:.2f} m</source>
      <translation>Level {} m: {} cells flooded, {:.0f} m², {:.0f} m³, deepest {:.2f} m</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="114" />
      <source>Levels of detail</source>
      <translation>Levels of detail</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="27" />
      <source>LiDAR</source>
      <translation>LiDAR</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="63" />
      <source>Links</source>
      <translation>Links</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="84" />
      <source>Links (MLIT link layer, or OSM-style footway lines)</source>
      <translation>Links (MLIT link layer, or OSM-style footway lines)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="104" />
      <source>Links whose data is unknown (99 / X) or too coarse to tell</source>
      <translation>Links whose data is unknown (99 / X) or too coarse to tell</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="60" />
      <source>Load PLATEAU CityGML</source>
      <translation>Load PLATEAU CityGML</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="59" />
      <source>Loads a PLATEAU release (zip, or a folder holding udx/bldg/*.gml) tile by tile and assesses every building's exposure to each flood depth raster, each tile a task on dask.distributed: a local cluster on every core, or an existing cluster (scheduler address tcp://host:8786). The tiles are merged into one GeoPackage equal to an untiled run, with a summary table per hazard; an output ending in .parquet gives one GeoParquet file per layer instead (QGIS opens them where its GDAL has the Parquet driver).

Tiles: 1 km (third-order) or 10 km (second-order) JIS mesh, or one zip member each. A failed tile is retried, then named, and the other tiles still finish. Finished tiles are kept beside the output (&lt;output&gt;.tiles) and skipped when the same run is started again; &lt;output&gt;.manifest.json records inputs, versions, parameters and each tile's status and time.

Example: qgis_process run digitaltwin:batchrun -- SOURCE=13107_sumida-ku_2023_citygml.zip HAZARDS=flood_depth_l2.tif OUTPUT=sumida.gpkg (the same as: python -m digital_twin batch ...)</source>
      <translation>Loads a PLATEAU release (zip, or a folder holding udx/bldg/*.gml) tile by tile and assesses every building's exposure to each flood depth raster, each tile a task on dask.distributed: a local cluster on every core, or an existing cluster (scheduler address tcp://host:8786). The tiles are merged into one GeoPackage equal to an untiled run, with a summary table per hazard; an output ending in .parquet gives one GeoParquet file per layer instead (QGIS opens them where its GDAL has the Parquet driver).

Tiles: 1 km (third-order) or 10 km (second-order) JIS mesh, or one zip member each. A failed tile is retried, then named, and the other tiles still finish. Finished tiles are kept beside the output (&lt;output&gt;.tiles) and skipped when the same run is started again; &lt;output&gt;.manifest.json records inputs, versions, parameters and each tile's status and time.

Example: qgis_process run digitaltwin:batchrun -- SOURCE=13107_sumida-ku_2023_citygml.zip HAZARDS=flood_depth_l2.tif OUTPUT=sumida.gpkg (the same as: python -m digital_twin batch ...)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="35" />
      <source>Loads a whole PLATEAU release tile by tile on dask and assesses flood exposure, merged.</source>
      <translation>Loads a whole PLATEAU release tile by tile on dask and assesses flood exposure, merged.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="132" />
      <source>Local catalog file or folder (offline)</source>
      <translation>Local catalog file or folder (offline)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="50" />
      <source>Local workers (0: every core)</source>
      <translation>Local workers (0: every core)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="164" />
      <source>Locator inset: municipal or ward boundary</source>
      <translation>Locator inset: municipal or ward boundary</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="74" />
      <source>Longitude (default: the DSM's centre)</source>
      <translation>Longitude (default: the DSM's centre)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>Longitude in degrees for the sun positions (-180 to 180). Empty: the DSM's centre.</source>
      <translation>Longitude in degrees for the sun positions (-180 to 180). Empty: the DSM's centre.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="113" />
      <source>Longitude path or CSV column</source>
      <translation>Longitude path or CSV column</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="78" />
      <source>Lowest</source>
      <translation>Lowest</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="115" />
      <source>Lowest available per object</source>
      <translation>Lowest available per object</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="27" />
      <source>MLIT</source>
      <translation>MLIT</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="91" />
      <source>MLIT 2018</source>
      <translation>MLIT 2018</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="91" />
      <source>MLIT 2024</source>
      <translation>MLIT 2024</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="28" />
      <source>Makes a DSM (highest point) or DTM (ground) GeoTIFF from a point cloud.</source>
      <translation>Makes a DSM (highest point) or DTM (ground) GeoTIFF from a point cloud.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="116" />
      <source>Makes a print-ready map for residents in one step: title and subtitle, the map, a legend in plain Japanese, scale bar, north arrow, date, a notes box, the data attribution and licences collected from the layers' metadata, and a locator inset, on A4 portrait, A4 landscape or A3 landscape (Noto Sans CJK JP).

Inputs: a QGIS project (its visible layers) or a list of layers (first = drawn on top); a template (bundled, or your own .qpt with items 'title', 'main_map', 'legend'); a preset (flood, solar, barrier-free) that fills the title, subtitle and notes unless you give your own; an extent, or an atlas layer and a name field for one page per district or mesh; a data attribution for layers whose metadata names no source (analysis results, your own data).

Output: a PDF (an atlas is one PDF with a page per feature) or PNG (an atlas writes &lt;name&gt;_&lt;page&gt;.png files). An existing file is never replaced unless 'Overwrite' is checked, and the output is complete or absent.

Example: qgis_process run digitaltwin:exportresidentmap -- LAYERS=exposure.gpkg PRESET=1 TEMPLATE=0 OUTPUT=flood_map.pdf</source>
      <translation>Makes a print-ready map for residents in one step: title and subtitle, the map, a legend in plain Japanese, scale bar, north arrow, date, a notes box, the data attribution and licences collected from the layers' metadata, and a locator inset, on A4 portrait, A4 landscape or A3 landscape (Noto Sans CJK JP).

Inputs: a QGIS project (its visible layers) or a list of layers (first = drawn on top); a template (bundled, or your own .qpt with items 'title', 'main_map', 'legend'); a preset (flood, solar, barrier-free) that fills the title, subtitle and notes unless you give your own; an extent, or an atlas layer and a name field for one page per district or mesh; a data attribution for layers whose metadata names no source (analysis results, your own data).

Output: a PDF (an atlas is one PDF with a page per feature) or PNG (an atlas writes &lt;name&gt;_&lt;page&gt;.png files). An existing file is never replaced unless 'Overwrite' is checked, and the output is complete or absent.

Example: qgis_process run digitaltwin:exportresidentmap -- LAYERS=exposure.gpkg PRESET=1 TEMPLATE=0 OUTPUT=flood_map.pdf</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="56" />
      <source>Makes an elevation raster (GeoTIFF) from a point cloud, for the solar and flood analyses.

DSM (surface): the highest point in each cell, buildings and trees included (noise classes 7 and 18 left out). DTM (terrain): the mean, or lowest, ground point (class 2) in each cell.
Cells without points are filled by inverse distance weighting from the edges of the gap, up to the maximum fill distance; farther cells stay 'no data'. The grid is aligned on multiples of the resolution, so rasters of neighbouring tiles line up.

Input: a .las, .laz or .copc.laz file. CRS: used only when the file records none.
Output: a Float32 GeoTIFF (no data -9999, DEFLATE compressed).

Example: qgis_process run digitaltwin:pointcloudtodsm -- INPUT=09LD2626.copc.laz RESOLUTION=0.5 KIND=0 OUTPUT=dsm.tif</source>
      <translation>Makes an elevation raster (GeoTIFF) from a point cloud, for the solar and flood analyses.

DSM (surface): the highest point in each cell, buildings and trees included (noise classes 7 and 18 left out). DTM (terrain): the mean, or lowest, ground point (class 2) in each cell.
Cells without points are filled by inverse distance weighting from the edges of the gap, up to the maximum fill distance; farther cells stay 'no data'. The grid is aligned on multiples of the resolution, so rasters of neighbouring tiles line up.

Input: a .las, .laz or .copc.laz file. CRS: used only when the file records none.
Output: a Float32 GeoTIFF (no data -9999, DEFLATE compressed).

Example: qgis_process run digitaltwin:pointcloudtodsm -- INPUT=09LD2626.copc.laz RESOLUTION=0.5 KIND=0 OUTPUT=dsm.tif</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="109" />
      <source>Manning's n</source>
      <translation>Manning's n</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="134" />
      <source>Manning's n raster (same grid as the DEM)</source>
      <translation>Manning's n raster (same grid as the DEM)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Manning's roughness n for every cell (default 0.03, e.g. asphalt about 0.013, grass about 0.035).</source>
      <translation>Manning's roughness n for every cell (default 0.03, e.g. asphalt about 0.013, grass about 0.035).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="166" />
      <source>Map extent</source>
      <translation>Map extent</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="110" />
      <source>Maps for residents</source>
      <translation>Maps for residents</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="95" />
      <source>Margin around the buildings (m)</source>
      <translation>Margin around the buildings (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="161" />
      <source>Mass balance error (%)</source>
      <translation>Mass balance error (%)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="204" />
      <source>Mass balance: rain {:.1f} m³ + inflow {:.1f} m³ = on the grid {:.1f} m³ + outflow {:.1f} m³; error {:.4f} %</source>
      <translation>Mass balance: rain {:.1f} m³ + inflow {:.1f} m³ = on the grid {:.1f} m³ + outflow {:.1f} m³; error {:.4f} %</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="153" />
      <source>Maximum depth</source>
      <translation>Maximum depth</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="148" />
      <source>Maximum depth (m)</source>
      <translation>Maximum depth (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="207" />
      <source>Maximum flood depth</source>
      <translation>Maximum flood depth</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="208" />
      <source>Maximum flow velocity</source>
      <translation>Maximum flow velocity</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="114" />
      <source>Maximum number of datasets from a CKAN search</source>
      <translation>Maximum number of datasets from a CKAN search</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="155" />
      <source>Maximum velocity</source>
      <translation>Maximum velocity</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="78" />
      <source>Mean</source>
      <translation>Mean</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="85" />
      <source>Mean detour factor</source>
      <translation>Mean detour factor</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="25" />
      <source>Memory a local worker may use before dask pauses and restarts it, e.g. 2GiB (default).</source>
      <translation>Memory a local worker may use before dask pauses and restarts it, e.g. 2GiB (default).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="52" />
      <source>Memory limit per local worker</source>
      <translation>Memory limit per local worker</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="91" />
      <source>Merged output (GeoPackage or GeoParquet)</source>
      <translation>Merged output (GeoPackage or GeoParquet)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="111" />
      <source>Mesh codes to read from a zip (comma-separated prefixes; empty = all)</source>
      <translation>Mesh codes to read from a zip (comma-separated prefixes; empty = all)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Minutes between two recorded depths of the time series (default 1).</source>
      <translation>Minutes between two recorded depths of the time series (default 1).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="101" />
      <source>Mobility profile</source>
      <translation>Mobility profile</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="101" />
      <source>Mobility profiles</source>
      <translation>Mobility profiles</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="203" />
      <source>Monthly irradiation (kWh/m², 12 bands)</source>
      <translation>Monthly irradiation (kWh/m², 12 bands)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Most datasets to fetch from a CKAN search (1 to 100,000; default 1,000). Large portals answer page by page, so more takes longer.</source>
      <translation>Most datasets to fetch from a CKAN search (1 to 100,000; default 1,000). Large portals answer page by page, so more takes longer.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="28" />
      <source>Names of the tiles to fetch, comma separated (Tokyo: map sheet names such as 09LD2626,09LD2627).</source>
      <translation>Names of the tiles to fetch, comma separated (Tokyo: map sheet names such as 09LD2626,09LD2627).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="58" />
      <source>Network GeoPackage</source>
      <translation>Network GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="97" />
      <source>Network files (*.geojson *.json *.csv)</source>
      <translation>Network files (*.geojson *.json *.csv)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="99" />
      <source>Network nodes (MLIT node file)</source>
      <translation>Network nodes (MLIT node file)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="123" />
      <source>No accessible route for {0}: every way is closed by a barrier</source>
      <translation>No accessible route for {0}: every way is closed by a barrier</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="233" />
      <source>No data source found in the layers' metadata: open data licences (CC BY, ODbL) ask printed maps to name it; give it in 'Data attribution'.</source>
      <translation>No data source found in the layers' metadata: open data licences (CC BY, ODbL) ask printed maps to name it; give it in 'Data attribution'.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="253" />
      <source>No hazard area has the scenario '{}'; the layer has: {}</source>
      <translation>No hazard area has the scenario '{}'; the layer has: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="272" />
      <source>No layout designer here (qgis_process): only the file was written.</source>
      <translation>No layout designer here (qgis_process): only the file was written.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="63" />
      <source>Nodes</source>
      <translation>Nodes</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="87" />
      <source>Nodes (MLIT node layer; points or a table with lat/lon)</source>
      <translation>Nodes (MLIT node layer; points or a table with lat/lon)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="305" />
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="299" />
      <source>None (offline)</source>
      <translation>None (offline)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="149" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="342" />
      <source>Nothing to print: every layer is empty or has no CRS.</source>
      <translation>Nothing to print: every layer is empty or has no CRS.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="321" />
      <source>Nothing to print: give a project with visible layers, or layers.</source>
      <translation>Nothing to print: give a project with visible layers, or layers.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>Number of azimuth sectors of the horizon computed per pixel (8 to 360; default 32). More sectors give finer shadows and take longer.</source>
      <translation>Number of azimuth sectors of the horizon computed per pixel (8 to 360; default 32). More sectors give finer shadows and take longer.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="26" />
      <source>Number of network nodes sampled as origins and destinations (2 to 2,000; default 100). More samples give steadier scores and take longer.</source>
      <translation>Number of network nodes sampled as origins and destinations (2 to 2,000; default 100). More samples give steadier scores and take longer.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="73" />
      <source>Number of points</source>
      <translation>Number of points</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="27" />
      <source>OSM</source>
      <translation>OSM</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="91" />
      <source>OSM footway tags</source>
      <translation>OSM footway tags</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="47" />
      <source>Off (default): a folder that holds a sample district already is kept. On: that sample district is replaced. Other folders must be new or empty.</source>
      <translation>Off (default): a folder that holds a sample district already is kept. On: that sample district is replaced. Other folders must be new or empty.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="41" />
      <source>Off (default): an output file that exists already is kept and the run stops with a message. On: it is replaced by the new result.</source>
      <translation>Off (default): an output file that exists already is kept and the run stops with a message. On: it is replaced by the new result.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>Off (default): invalid XML stops the load, naming the file and line. On: broken city objects are skipped and listed, the readable ones kept.</source>
      <translation>Off (default): invalid XML stops the load, naming the file and line. On: broken city objects are skipped and listed, the readable ones kept.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="26" />
      <source>Off (default): the run stops if an output file exists already. On: existing outputs are replaced.</source>
      <translation>Off (default): the run stops if an output file exists already. On: existing outputs are replaced.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Off (default): the run stops if an output raster exists already. On: existing rasters are replaced.</source>
      <translation>Off (default): the run stops if an output raster exists already. On: existing rasters are replaced.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="28" />
      <source>Off (default): tiles converted before are kept and reused. On: they are converted again and replaced.</source>
      <translation>Off (default): tiles converted before are kept and reused. On: they are converted again and replaced.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="157" />
      <source>Offline basemap layers (roads, rivers, buildings, names)</source>
      <translation>Offline basemap layers (roads, rivers, buildings, names)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Offline basemap: layers of the area drawn muted under the map, e.g. PLATEAU roads (tran), the pedestrian network, rivers, building outlines; features with a name are labelled. They do not change the map's extent.</source>
      <translation>Offline basemap: layers of the area drawn muted under the map, e.g. PLATEAU roads (tran), the pedestrian network, rivers, building outlines; features with a name are labelled. They do not change the map's extent.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="119" />
      <source>Offline: use cached answers only</source>
      <translation>Offline: use cached answers only</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>On (default): rain on roofs reaches the ground cell nearest each roof cell, as gutters bring it down. Off: roof rain is left out.</source>
      <translation>On (default): rain on roofs reaches the ground cell nearest each roof cell, as gutters bring it down. Off: roof rain is left out.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>On (default): water flows out at the edges of the DEM. Off: the edges are walls.</source>
      <translation>On (default): water flows out at the edges of the DEM. Off: the edges are walls.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="80" />
      <source>One per zip member</source>
      <translation>One per zip member</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="160" />
      <source>Online basemap (GSI tiles)</source>
      <translation>Online basemap (GSI tiles)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Online basemap: GSI tiles (地理院タイル, 淡色地図 first) under everything, credited on the map. Needs the internet when exporting; None keeps the map offline.</source>
      <translation>Online basemap: GSI tiles (地理院タイル, 淡色地図 first) under everything, credited on the map. Needs the internet when exporting; None keeps the map offline.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="109" />
      <source>Only shelters designated for</source>
      <translation>Only shelters designated for</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Only the shelters designated for this hazard (the CSV's hazard flags; for a point file, the suitable field). Every shelter (default): no filter.</source>
      <translation>Only the shelters designated for this hazard (the CSV's hazard flags; for a point file, the suitable field). Every shelter (default): no filter.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="162" />
      <source>Only this scenario (empty = every scenario, buildings show the worst)</source>
      <translation>Only this scenario (empty = every scenario, buildings show the worst)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="28" />
      <source>Optional CSV copy of the validation findings (dangling links, unknown codes, missing floors, elevators that do not change floor, duplicate ids).</source>
      <translation>Optional CSV copy of the validation findings (dangling links, unknown codes, missing floors, elevators that do not change floor, duplicate ids).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="36" />
      <source>Optional GeoPackage (layer solar_potential): per footprint its building_fid in the batch GeoPackage, roof area, usable area, mean irradiation, capacity (kW), yield (kWh), CO2 avoided (t/yr) and suitability.</source>
      <translation>Optional GeoPackage (layer solar_potential): per footprint its building_fid in the batch GeoPackage, roof area, usable area, mean irradiation, capacity (kW), yield (kWh), CO2 avoided (t/yr) and suitability.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="147" />
      <source>Optional GeoTIFF of the aspect in degrees, clockwise from north.</source>
      <translation>Optional GeoTIFF of the aspect in degrees, clockwise from north.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="147" />
      <source>Optional GeoTIFF of the monthly irradiation: 12 bands, January to December, kWh/m².</source>
      <translation>Optional GeoTIFF of the monthly irradiation: 12 bands, January to December, kWh/m².</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="147" />
      <source>Optional GeoTIFF of the sky view factor: the share of the sky seen from each pixel, 0 to 1.</source>
      <translation>Optional GeoTIFF of the sky view factor: the share of the sky seen from each pixel, 0 to 1.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="147" />
      <source>Optional GeoTIFF of the surface slope in degrees.</source>
      <translation>Optional GeoTIFF of the surface slope in degrees.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="36" />
      <source>Optional LOD2 roof surfaces (3D polygons with absolute heights, e.g. building_lod2_roof): they replace the flat roofs where they lie. Give the DEM too.</source>
      <translation>Optional LOD2 roof surfaces (3D polygons with absolute heights, e.g. building_lod2_roof): they replace the flat roofs where they lie. Give the DEM too.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>Optional building layer: buildings whose inside point lies in an area are counted as served by it.</source>
      <translation>Optional building layer: buildings whose inside point lies in an area are counted as served by it.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Optional layer for an atlas: one page per feature (a district or mesh), each page zoomed to it.</source>
      <translation>Optional layer for an atlas: one page per feature (a district or mesh), each page zoomed to it.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Optional pedestrian network (MLIT links or OSM-style footways): given, distances are step-free walking routes for the chosen mobility profile instead of straight lines.</source>
      <translation>Optional pedestrian network (MLIT links or OSM-style footways): given, distances are step-free walking routes for the chosen mobility profile instead of straight lines.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="26" />
      <source>Optional point layer of facilities (stations, shelters...). Given: trips run from each facility to sampled destinations (its catchment). Empty: random origins and destinations.</source>
      <translation>Optional point layer of facilities (stations, shelters...). Given: trips run from each facility to sampled destinations (its catchment). Empty: random origins and destinations.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="36" />
      <source>Optional: a GeoPackage from 'Batch run over a whole city' (layer building_lod1). With an output for the potential, each footprint's rooftop solar potential is computed on the merged raster.</source>
      <translation>Optional: a GeoPackage from 'Batch run over a whole city' (layer building_lod1). With an output for the potential, each footprint's rooftop solar potential is computed on the merged raster.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="117" />
      <source>Or a TIN (PLATEAU dem triangles with Z)</source>
      <translation>Or a TIN (PLATEAU dem triangles with Z)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Or a point layer of shelters (PLATEAU shelter data, any points).</source>
      <translation>Or a point layer of shelters (PLATEAU shelter data, any points).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="109" />
      <source>Or shelter points</source>
      <translation>Or shelter points</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="71" />
      <source>Or: a folder of LAS/LAZ files</source>
      <translation>Or: a folder of LAS/LAZ files</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="69" />
      <source>Origin</source>
      <translation>Origin</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="71" />
      <source>Origin floor (where floors are stacked)</source>
      <translation>Origin floor (where floors are stacked)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="164" />
      <source>Outflow volume (m³)</source>
      <translation>Outflow volume (m³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="129" />
      <source>Overlays buildings with a flood hazard map and gives every building its flood rank (1: &lt;0.5 m ... 6: ≥20 m), depth, duration, scale (L1/L2), river and the number of floors under water, plus a summary table per scale and rank: buildings, total floor area and estimated residents.

Hazard: polygons (PLATEAU fld water bodies loaded with 'Load PLATEAU CityGML', MLIT A31 inundation areas, any layer with rank and/or depth fields; empty field choices are guessed from common names) or a depth raster. Several hazards and scenarios may share the layer (hazard and scenario fields, as PLATEAU fld, ifld, tnm, htd, rfld water bodies and lsld sediment-disaster areas have): each is assessed alone and summarised; the buildings show the worst and name it. 'Only this scenario' restricts the run.

Rules: 'Largest overlap (PLATEAU)' takes the rank covering most of the building (a tie goes to the more dangerous rank) and the depth of the largest cell of that rank; 'Highest class touching (InaSAFE)' takes the most dangerous rank overlapping the building at all.

Residents come from a population field, else storeys x footprint / area per person. Floors affected: the ground floor stands 0.5 m above ground, each storey 3 m (editable).

Example: buildings of building_lod0 and waterbody_lod1 from the same PLATEAU city, rule PLATEAU -&gt; buildings styled with the GSI depth colours, and a summary ready for a report.</source>
      <translation>Overlays buildings with a flood hazard map and gives every building its flood rank (1: &lt;0.5 m ... 6: ≥20 m), depth, duration, scale (L1/L2), river and the number of floors under water, plus a summary table per scale and rank: buildings, total floor area and estimated residents.

Hazard: polygons (PLATEAU fld water bodies loaded with 'Load PLATEAU CityGML', MLIT A31 inundation areas, any layer with rank and/or depth fields; empty field choices are guessed from common names) or a depth raster. Several hazards and scenarios may share the layer (hazard and scenario fields, as PLATEAU fld, ifld, tnm, htd, rfld water bodies and lsld sediment-disaster areas have): each is assessed alone and summarised; the buildings show the worst and name it. 'Only this scenario' restricts the run.

Rules: 'Largest overlap (PLATEAU)' takes the rank covering most of the building (a tie goes to the more dangerous rank) and the depth of the largest cell of that rank; 'Highest class touching (InaSAFE)' takes the most dangerous rank overlapping the building at all.

Residents come from a population field, else storeys x footprint / area per person. Floors affected: the ground floor stands 0.5 m above ground, each storey 3 m (editable).

Example: buildings of building_lod0 and waterbody_lod1 from the same PLATEAU city, rule PLATEAU -&gt; buildings styled with the GSI depth colours, and a summary ready for a report.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="93" />
      <source>Overwrite a previous sample district in the folder</source>
      <translation>Overwrite a previous sample district in the folder</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="141" />
      <source>Overwrite an existing depth file</source>
      <translation>Overwrite an existing depth file</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="125" />
      <source>Overwrite an existing file</source>
      <translation>Overwrite an existing file</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="86" />
      <source>Overwrite existing files</source>
      <translation>Overwrite existing files</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="152" />
      <source>Overwrite existing raster files</source>
      <translation>Overwrite existing raster files</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="142" />
      <source>Own layout template (.qpt), instead of the paper above</source>
      <translation>Own layout template (.qpt), instead of the paper above</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="127" />
      <source>Own profiles (JSON)</source>
      <translation>Own profiles (JSON)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="108" />
      <source>Own profiles (JSON; default: stored in the project, else shipped)</source>
      <translation>Own profiles (JSON; default: stored in the project, else shipped)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="61" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="185" />
      <source>PDF (*.pdf);;PNG image (*.png)</source>
      <translation>PDF (*.pdf);;PNG image (*.png)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="27" />
      <source>PLATEAU</source>
      <translation>PLATEAU</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="196" />
      <source>PLATEAU 3D city model</source>
      <translation>PLATEAU 3D city model</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="107" />
      <source>PLATEAU CityGML conditions (city codes, m:mesh, r:bbox, g:place)</source>
      <translation>PLATEAU CityGML conditions (city codes, m:mesh, r:bbox, g:place)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="130" />
      <source>PLATEAU CityGML files</source>
      <translation>PLATEAU CityGML files</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="110" />
      <source>PLATEAU CityGML: files in this extent</source>
      <translation>PLATEAU CityGML: files in this extent</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="130" />
      <source>PLATEAU data catalog (3D Tiles, MVT)</source>
      <translation>PLATEAU data catalog (3D Tiles, MVT)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="60" />
      <source>PLATEAU monthly transmissivity (clear days)</source>
      <translation>PLATEAU monthly transmissivity (clear days)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="76" />
      <source>PLATEAU release zip or folder</source>
      <translation>PLATEAU release zip or folder</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="40" />
      <source>PLATEAU rule: how much more a 15° south-tilted panel receives than a flat roof (0.5 to 2). Empty: computed from the Tokyo climate.</source>
      <translation>PLATEAU rule: how much more a 15° south-tilted panel receives than a flat roof (0.5 to 2). Empty: computed from the Tokyo climate.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="173" />
      <source>PLATEAU specification unknown</source>
      <translation>PLATEAU specification unknown</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="172" />
      <source>PLATEAU specification {} ({})</source>
      <translation>PLATEAU specification {} ({})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="99" />
      <source>PLATEAU: flat roof gain of 15° south panels (default: from the Tokyo climate)</source>
      <translation>PLATEAU: flat roof gain of 15° south panels (default: from the Tokyo climate)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="140" />
      <source>Paper</source>
      <translation>Paper</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Paper size and orientation of the bundled layout (default A4 portrait).</source>
      <translation>Paper size and orientation of the bundled layout (default A4 portrait).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="85" />
      <source>Pedestrian links</source>
      <translation>Pedestrian links</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="101" />
      <source>Pedestrian network links</source>
      <translation>Pedestrian network links</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="96" />
      <source>Pedestrian network links (GeoJSON or CSV)</source>
      <translation>Pedestrian network links (GeoJSON or CSV)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="102" />
      <source>Pedestrian network nodes</source>
      <translation>Pedestrian network nodes</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="84" />
      <source>Pedestrian nodes</source>
      <translation>Pedestrian nodes</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="69" />
      <source>Per building: roof area (m², real surface), usable area, mean irradiation (kWh/m²/yr), capacity (kW), annual yield (kWh), CO2 avoided (t/yr) and a suitability class, from the annual irradiation raster of 'Solar irradiation with shadows' and the DSM it was made from (for roof slope and aspect).

Tokyo Solar Atlas rule: roof parts with slope &lt; 3°, or 3-60° facing east to west through south, where irradiation &gt;= 1,100 kWh/m²; 0.1 kW/m². PLATEAU rule: 0.167 kW/m² over 80 % of roofs &gt;= 10 m² (slope &lt;= 60°), flat roofs as 15° south-tilted panels. Yield = capacity × mean irradiation × performance ratio (0.88). Suitability: high &gt;= 1,200 kWh/m², medium &gt;= 1,100, low below, unsuitable without capacity.

Example (PLATEAU): a 100 m² roof receiving 1,300 kWh/m² -&gt; 13.36 kW, 15,284 kWh/yr.
qgis_process run digitaltwin:solarpotential -- IRRADIATION=annual.tif DSM=dsm.tif BUILDINGS=buildings.gpkg RULE=1 OUTPUT=potential.gpkg</source>
      <translation>Per building: roof area (m², real surface), usable area, mean irradiation (kWh/m²/yr), capacity (kW), annual yield (kWh), CO2 avoided (t/yr) and a suitability class, from the annual irradiation raster of 'Solar irradiation with shadows' and the DSM it was made from (for roof slope and aspect).

Tokyo Solar Atlas rule: roof parts with slope &lt; 3°, or 3-60° facing east to west through south, where irradiation &gt;= 1,100 kWh/m²; 0.1 kW/m². PLATEAU rule: 0.167 kW/m² over 80 % of roofs &gt;= 10 m² (slope &lt;= 60°), flat roofs as 15° south-tilted panels. Yield = capacity × mean irradiation × performance ratio (0.88). Suitability: high &gt;= 1,200 kWh/m², medium &gt;= 1,100, low below, unsuitable without capacity.

Example (PLATEAU): a 100 m² roof receiving 1,300 kWh/m² -&gt; 13.36 kW, 15,284 kWh/yr.
qgis_process run digitaltwin:solarpotential -- IRRADIATION=annual.tif DSM=dsm.tif BUILDINGS=buildings.gpkg RULE=1 OUTPUT=potential.gpkg</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="38" />
      <source>Per building: usable roof area, PV capacity, yield, CO2 avoided and suitability.</source>
      <translation>Per building: usable roof area, PV capacity, yield, CO2 avoided and suitability.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="67" />
      <source>Perez (circumsolar part shaded like the sun)</source>
      <translation>Perez (circumsolar part shaded like the sun)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="93" />
      <source>Performance ratio</source>
      <translation>Performance ratio</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="28" />
      <source>Pixel size of the DSM in metres (default 1 m). Smaller pixels show roofs better and grow the file with the square.</source>
      <translation>Pixel size of the DSM in metres (default 1 m). Smaller pixels show roofs better and grow the file with the square.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="108" />
      <source>Plain shortest route</source>
      <translation>Plain shortest route</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="81" />
      <source>Plain shortest route length (m)</source>
      <translation>Plain shortest route length (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="70" />
      <source>Point cloud (.las, .laz, .copc.laz)</source>
      <translation>Point cloud (.las, .laz, .copc.laz)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="100" />
      <source>Point cloud (LAZ)</source>
      <translation>Point cloud (LAZ)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="47" />
      <source>Point cloud to DSM/DTM raster</source>
      <translation>Point cloud to DSM/DTM raster</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="45" />
      <source>Point clouds</source>
      <translation>Point clouds</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>Point layer of the facilities to reach (stations, shelters, hospitals...). Each gets one area per profile.</source>
      <translation>Point layer of the facilities to reach (stations, shelters, hospitals...). Each gets one area per profile.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="145" />
      <source>Point name field</source>
      <translation>Point name field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="142" />
      <source>Points for depth time series</source>
      <translation>Points for depth time series</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Points where river or sewer water enters (e.g. a levee breach).</source>
      <translation>Points where river or sewer water enters (e.g. a levee breach).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Points where the depth is recorded over time, into the depth time series table.</source>
      <translation>Points where the depth is recorded over time, into the depth time series table.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="171" />
      <source>Population field</source>
      <translation>Population field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="93" />
      <source>Population field of the buildings</source>
      <translation>Population field of the buildings</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="135" />
      <source>Prefecture (name or 2-digit code)</source>
      <translation>Prefecture (name or 2-digit code)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="145" />
      <source>Preset</source>
      <translation>Preset</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="60" />
      <source>Prints a resident map (PDF/PNG) with legend, scale, north arrow, notes and data credits.</source>
      <translation>Prints a resident map (PDF/PNG) with legend, scale, north arrow, notes and data credits.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="111" />
      <source>Profile id from your profiles file, instead of the list above</source>
      <translation>Profile id from your profiles file, instead of the list above</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="176" />
      <source>Profiles ({0}): {1}</source>
      <translation>Profiles ({0}): {1}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="36" />
      <source>Projected CRS (metres) of the DSM. Empty: the layer's if projected, else the nearest JGD2011 plane rectangular zone (Tokyo: EPSG:6677).</source>
      <translation>Projected CRS (metres) of the DSM. Empty: the layer's if projected, else the nearest JGD2011 plane rectangular zone (Tokyo: EPSG:6677).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>QGIS desktop: keep the layout in the current project (its layers in a hidden group) and open it in the layout designer for the last touches. qgis_process writes the file only.</source>
      <translation>QGIS desktop: keep the layout in the current project (its layers in a hidden group) and open it in the layout designer for the last touches. qgis_process writes the file only.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="135" />
      <source>QGIS project (its visible layers are printed)</source>
      <translation>QGIS project (its visible layers are printed)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="136" />
      <source>QGIS projects (*.qgz *.qgs)</source>
      <translation>QGIS projects (*.qgz *.qgs)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="92" />
      <source>Rain intensities (mm/h, one scenario each)</source>
      <translation>Rain intensities (mm/h, one scenario each)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="180" />
      <source>Rain intensities: '{}' is not an intensity in mm/h (give numbers such as 50, 100).</source>
      <translation>Rain intensities: '{}' is not an intensity in mm/h (give numbers such as 50, 100).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="119" />
      <source>Rain intensity (mm/h)</source>
      <translation>Rain intensity (mm/h)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="138" />
      <source>Rain on roofs runs off onto the ground beside the building</source>
      <translation>Rain on roofs runs off onto the ground beside the building</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="162" />
      <source>Rain volume (m³)</source>
      <translation>Rain volume (m³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="73" />
      <source>Random seed</source>
      <translation>Random seed</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="152" />
      <source>Rank field (1-6)</source>
      <translation>Rank field (1-6)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="100" />
      <source>Rank field (exposed when above 0)</source>
      <translation>Rank field (exposed when above 0)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="24" />
      <source>Ranks the barrier links whose repair would shorten accessible trips the most.</source>
      <translation>Ranks the barrier links whose repair would shorten accessible trips the most.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="47" />
      <source>Ranks the links closed to a mobility profile (stairs, steps, steep or narrow links, unusable elevators, and unknown data when the policy says barrier) by the accessibility they cost: for origin-destination pairs, the detour factor is the profile's distance / the plain shortest distance (unreachable pairs and detours beyond the cap count as the cap). A link's score is how much the mean detour factor would fall if that link alone were fixed; it is computed exactly for every barrier from two sets of shortest-path searches, not by trial.

Inputs: the MLIT link and node layers (or OSM-style footways), a profile, the unknown-data policy, and either facilities (their catchments: facility -&gt; sampled destinations) or random origin samples; the number of sampled nodes, the random seed (same seed, same answer) and the cap.

Output: a GeoPackage layer 'hotspots' (3D lines): rank, score, pairs improved, pairs reconnected, the reasons the link is a barrier.

Example: qgis_process run digitaltwin:barrierfreehotspots -- LINKS=links.geojson NODES=nodes.geojson PROFILE=0 SAMPLES=200 OUTPUT=hotspots.gpkg</source>
      <translation>Ranks the links closed to a mobility profile (stairs, steps, steep or narrow links, unusable elevators, and unknown data when the policy says barrier) by the accessibility they cost: for origin-destination pairs, the detour factor is the profile's distance / the plain shortest distance (unreachable pairs and detours beyond the cap count as the cap). A link's score is how much the mean detour factor would fall if that link alone were fixed; it is computed exactly for every barrier from two sets of shortest-path searches, not by trial.

Inputs: the MLIT link and node layers (or OSM-style footways), a profile, the unknown-data policy, and either facilities (their catchments: facility -&gt; sampled destinations) or random origin samples; the number of sampled nodes, the random seed (same seed, same answer) and the cap.

Output: a GeoPackage layer 'hotspots' (3D lines): rank, score, pairs improved, pairs reconnected, the reasons the link is a barrier.

Example: qgis_process run digitaltwin:barrierfreehotspots -- LINKS=links.geojson NODES=nodes.geojson PROFILE=0 SAMPLES=200 OUTPUT=hotspots.gpkg</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="75" />
      <source>Raster</source>
      <translation>Raster</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="67" />
      <source>Rasterises building footprints with a height field (PLATEAU measuredHeight, in metres) onto a DEM, or onto flat ground at 0 m, into a DSM GeoTIFF for 'Solar irradiation with shadows'. Each roof is flat at the lowest ground under the footprint plus the building's height; a pixel belongs to a building when its centre is inside the footprint. Buildings without a positive height are left out. LOD2 roof surfaces, when given, replace the flat roofs where they lie: each planar piece is burnt on its own plane from its 3D vertices (absolute heights, as in PLATEAU: give the DEM too).

The DSM is in a projected CRS: the one given, else the layer's if it is projected, else the nearest JGD2011 plane rectangular zone (Tokyo: EPSG:6677).

Example: qgis_process run digitaltwin:buildingsdsm -- BUILDINGS=bldg.gpkg HEIGHT_FIELD=measuredHeight CELL_SIZE=1 OUTPUT=dsm.tif</source>
      <translation>Rasterises building footprints with a height field (PLATEAU measuredHeight, in metres) onto a DEM, or onto flat ground at 0 m, into a DSM GeoTIFF for 'Solar irradiation with shadows'. Each roof is flat at the lowest ground under the footprint plus the building's height; a pixel belongs to a building when its centre is inside the footprint. Buildings without a positive height are left out. LOD2 roof surfaces, when given, replace the flat roofs where they lie: each planar piece is burnt on its own plane from its 3D vertices (absolute heights, as in PLATEAU: give the DEM too).

The DSM is in a projected CRS: the one given, else the layer's if it is projected, else the nearest JGD2011 plane rectangular zone (Tokyo: EPSG:6677).

Example: qgis_process run digitaltwin:buildingsdsm -- BUILDINGS=bldg.gpkg HEIGHT_FIELD=measuredHeight CELL_SIZE=1 OUTPUT=dsm.tif</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="47" />
      <source>Rasterises the LOD1 buildings of a batch GeoPackage (layer building_lod1 with measured_height) onto a DEM, or onto flat ground at 0 m, into one DSM GeoTIFF, each tile a task on dask.distributed: a local cluster on every core, or an existing cluster (scheduler address tcp://host:8786).

Each roof is flat at the lowest ground under its footprint plus its height, as in 'DSM from building heights'. A tile is burnt with a halo as wide as the largest footprint and keeps only its own cells, so the merged DSM equals one untiled DSM cell for cell, seams included. The grid covers the buildings' extent, snapped to whole cells, in the GeoPackage's CRS.

Example: qgis_process run digitaltwin:batchdsm -- BUILDINGS=sumida.gpkg DEM=dem.tif CELL_SIZE=1 OUTPUT=sumida_dsm.tif (the same as: python -m digital_twin dsm ...)</source>
      <translation>Rasterises the LOD1 buildings of a batch GeoPackage (layer building_lod1 with measured_height) onto a DEM, or onto flat ground at 0 m, into one DSM GeoTIFF, each tile a task on dask.distributed: a local cluster on every core, or an existing cluster (scheduler address tcp://host:8786).

Each roof is flat at the lowest ground under its footprint plus its height, as in 'DSM from building heights'. A tile is burnt with a halo as wide as the largest footprint and keeps only its own cells, so the merged DSM equals one untiled DSM cell for cell, seams included. The grid covers the buildings' extent, snapped to whole cells, in the GeoPackage's CRS.

Example: qgis_process run digitaltwin:batchdsm -- BUILDINGS=sumida.gpkg DEM=dem.tif CELL_SIZE=1 OUTPUT=sumida_dsm.tif (the same as: python -m digital_twin dsm ...)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="122" />
      <source>Reachable links</source>
      <translation>Reachable links</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="42" />
      <source>Reads MLIT pedestrian network data (歩行空間ネットワークデータ: link and node layers as GeoJSON, Shapefile, GeoPackage or CSV with lat/lon) or OSM-style footway lines (highway=steps, incline, kerb:height, width, oneway, tactile_paving), detects the code set (2018, 2024 or OSM; choose it yourself when a 2024 file uses no 2024-only code) and validates it: dangling links, codes outside the code set (treated as unknown), missing floors, elevators that do not change floor, duplicate ids.

Output: a GeoPackage with 'links' (3D lines, Z from floors; the physical ranges behind the codes and, for every shipped profile, 'open', 'closed' or 'unknown'), 'nodes' (3D points with floor) and 'issues' (the validation report), plus the report as CSV when asked.

Example: qgis_process run digitaltwin:barrierfreeimport -- LINKS=link.shp NODES=node.shp OUTPUT=network.gpkg REPORT=report.csv</source>
      <translation>Reads MLIT pedestrian network data (歩行空間ネットワークデータ: link and node layers as GeoJSON, Shapefile, GeoPackage or CSV with lat/lon) or OSM-style footway lines (highway=steps, incline, kerb:height, width, oneway, tactile_paving), detects the code set (2018, 2024 or OSM; choose it yourself when a 2024 file uses no 2024-only code) and validates it: dangling links, codes outside the code set (treated as unknown), missing floors, elevators that do not change floor, duplicate ids.

Output: a GeoPackage with 'links' (3D lines, Z from floors; the physical ranges behind the codes and, for every shipped profile, 'open', 'closed' or 'unknown'), 'nodes' (3D points with floor) and 'issues' (the validation report), plus the report as CSV when asked.

Example: qgis_process run digitaltwin:barrierfreeimport -- LINKS=link.shp NODES=node.shp OUTPUT=network.gpkg REPORT=report.csv</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="69" />
      <source>Reads PLATEAU CityGML (every i-UR version: uro 1.4, 2.0, 3.x) into one GeoPackage, streaming, so memory stays small even for a whole ward.

Input: a .gml file, a PLATEAU release zip (read in place: only the members of the chosen feature types and mesh codes are read, nothing is extracted) or an http(s) URL (downloaded to a temporary file).

Output layers: building_lod0 (roof edge), building_lod1 (footprint at ground height, extruded in 3D by lod1_height), building_lod2 (solid), building_lod2_roof / _wall / _ground (one row per surface, with area, slope and azimuth), building_risk (every disaster risk entry), and &lt;type&gt;_lod&lt;n&gt; for other city objects (e.g. waterbody_lod1 for flood areas). Building rows carry height, storeys, usage, class, structure, year, building ID, address with codes resolved to labels, and per flood scale (L1 planned, L2 maximum) the worst rank with its depth, duration and river. Unmodelled elements are kept as JSON in attributes_json. Coordinates go from EPSG:6697 to the JGD2011 plane rectangular zone of the data (Tokyo: EPSG:6677) unless you choose a CRS; heights are kept as Z. The layers open styled in QGIS (2D colours by flood rank, 3D extrusion).

Invalid XML stops the load with the file and line, unless 'Skip broken city objects' is checked: then the readable objects are kept and the skipped ones listed. An existing file is never replaced unless 'Overwrite' is checked.

Example: qgis_process run digitaltwin:loadcitygml -- INPUT=13111_ota-ku_city_2023_citygml_1_op.zip FEATURE_TYPES=bldg MESH_FILTER=53392642 OUTPUT=ota.gpkg</source>
      <translation>Reads PLATEAU CityGML (every i-UR version: uro 1.4, 2.0, 3.x) into one GeoPackage, streaming, so memory stays small even for a whole ward.

Input: a .gml file, a PLATEAU release zip (read in place: only the members of the chosen feature types and mesh codes are read, nothing is extracted) or an http(s) URL (downloaded to a temporary file).

Output layers: building_lod0 (roof edge), building_lod1 (footprint at ground height, extruded in 3D by lod1_height), building_lod2 (solid), building_lod2_roof / _wall / _ground (one row per surface, with area, slope and azimuth), building_risk (every disaster risk entry), and &lt;type&gt;_lod&lt;n&gt; for other city objects (e.g. waterbody_lod1 for flood areas). Building rows carry height, storeys, usage, class, structure, year, building ID, address with codes resolved to labels, and per flood scale (L1 planned, L2 maximum) the worst rank with its depth, duration and river. Unmodelled elements are kept as JSON in attributes_json. Coordinates go from EPSG:6697 to the JGD2011 plane rectangular zone of the data (Tokyo: EPSG:6677) unless you choose a CRS; heights are kept as Z. The layers open styled in QGIS (2D colours by flood rank, 3D extrusion).

Invalid XML stops the load with the file and line, unless 'Skip broken city objects' is checked: then the readable objects are kept and the skipped ones listed. An existing file is never replaced unless 'Overwrite' is checked.

Example: qgis_process run digitaltwin:loadcitygml -- INPUT=13111_ota-ku_city_2023_citygml_1_op.zip FEATURE_TYPES=bldg MESH_FILTER=53392642 OUTPUT=ota.gpkg</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="33" />
      <source>Reads PLATEAU CityGML (file, release zip or URL) into one styled GeoPackage.</source>
      <translation>Reads PLATEAU CityGML (file, release zip or URL) into one styled GeoPackage.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="26" />
      <source>Reads and validates an MLIT or OSM pedestrian network into a 3D GeoPackage.</source>
      <translation>Reads and validates an MLIT or OSM pedestrian network into a 3D GeoPackage.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="75" />
      <source>Realtime</source>
      <translation>Realtime</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="72" />
      <source>Realtime feed snapshot</source>
      <translation>Realtime feed snapshot</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="178" />
      <source>Realtime snapshot</source>
      <translation>Realtime snapshot</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="110" />
      <source>Records path in the JSON (dot separated)</source>
      <translation>Records path in the JSON (dot separated)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="185" />
      <source>Resident map</source>
      <translation>Resident map</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="130" />
      <source>Residents beyond reach</source>
      <translation>Residents beyond reach</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="103" />
      <source>Residents field</source>
      <translation>Residents field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="129" />
      <source>Residents reaching a shelter</source>
      <translation>Residents reaching a shelter</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="180" />
      <source>Resolution (dpi)</source>
      <translation>Resolution (dpi)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Resolution of the PNG and of rasters inside the PDF, in dots per inch (72 to 600; default 200).</source>
      <translation>Resolution of the PNG and of rasters inside the PDF, in dots per inch (72 to 600; default 200).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="80" />
      <source>Resource URL</source>
      <translation>Resource URL</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="54" />
      <source>Retries of a failed task</source>
      <translation>Retries of a failed task</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="104" />
      <source>River channel</source>
      <translation>River channel</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="156" />
      <source>River field</source>
      <translation>River field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="125" />
      <source>River level layer (overrides the number)</source>
      <translation>River level layer (overrides the number)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="60" />
      <source>Rooftop solar potential per building</source>
      <translation>Rooftop solar potential per building</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="78" />
      <source>Route GeoPackage</source>
      <translation>Route GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="79" />
      <source>Route length (m)</source>
      <translation>Route length (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="80" />
      <source>Route time (min)</source>
      <translation>Route time (min)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="126" />
      <source>Rows written</source>
      <translation>Rows written</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="86" />
      <source>Rule</source>
      <translation>Rule</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="95" />
      <source>SHA-256 of the file</source>
      <translation>SHA-256 of the file</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="63" />
      <source>Sample data</source>
      <translation>Sample data</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="141" />
      <source>Sample district</source>
      <translation>Sample district</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="94" />
      <source>Sample district folder</source>
      <translation>Sample district folder</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="70" />
      <source>Sampled nodes (origins and destinations)</source>
      <translation>Sampled nodes (origins and destinations)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="86" />
      <source>Scale (1 = the bundled district; n = n times wider and taller)</source>
      <translation>Scale (1 = the bundled district; n = n times wider and taller)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="155" />
      <source>Scale field (L1/L2)</source>
      <translation>Scale field (L1/L2)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="158" />
      <source>Scenario field</source>
      <translation>Scenario field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="126" />
      <source>Scenario per hazard for the building columns (empty = worst)</source>
      <translation>Scenario per hazard for the building columns (empty = worst)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="115" />
      <source>Scenarios</source>
      <translation>Scenarios</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="75" />
      <source>Search a data catalog</source>
      <translation>Search a data catalog</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="105" />
      <source>Search text</source>
      <translation>Search text</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="42" />
      <source>Searches PLATEAU, CKAN, TerriaJS or a local catalog and lists the resources in a table.</source>
      <translation>Searches PLATEAU, CKAN, TerriaJS or a local catalog and lists the resources in a table.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="84" />
      <source>Searches a data catalog and writes what it finds to a table, one row per resource (file or service) with its dataset's title, publisher, licence, attribution, prefecture/city/ward, type, format, LOD, year, URL, size and checksum.

Catalogs: the PLATEAU data catalog (3D Tiles and MVT of every city), the PLATEAU CityGML file search (conditions: city codes such as 13101,13102, m:&lt;mesh code&gt;, r:&lt;lon,lat,lon,lat&gt;, g:&lt;place name&gt;, or the extent below), a CKAN portal (G空間情報センター, Tokyo's open data catalog; the query is sent to the server), a TerriaJS catalog JSON (the Tokyo Digital Twin 3D viewer's layer list), or a local catalog file or folder (works offline). Leave the URL empty for the default of the type.

Filters keep datasets matching all given values; the text must match every word. Answers are cached in the QGIS profile (ETag/Last-Modified), so a catalog opened once also works offline.

Output: a CSV (UTF-8) or GeoPackage table. An existing file is kept unless 'Overwrite' is checked.

Example: qgis_process run digitaltwin:catalogsearch -- CATALOG_TYPE=0 CITY=13101 DATA_TYPE=bldg OUTPUT=chiyoda.csv</source>
      <translation>Searches a data catalog and writes what it finds to a table, one row per resource (file or service) with its dataset's title, publisher, licence, attribution, prefecture/city/ward, type, format, LOD, year, URL, size and checksum.

Catalogs: the PLATEAU data catalog (3D Tiles and MVT of every city), the PLATEAU CityGML file search (conditions: city codes such as 13101,13102, m:&lt;mesh code&gt;, r:&lt;lon,lat,lon,lat&gt;, g:&lt;place name&gt;, or the extent below), a CKAN portal (G空間情報センター, Tokyo's open data catalog; the query is sent to the server), a TerriaJS catalog JSON (the Tokyo Digital Twin 3D viewer's layer list), or a local catalog file or folder (works offline). Leave the URL empty for the default of the type.

Filters keep datasets matching all given values; the text must match every word. Answers are cached in the QGIS profile (ETag/Last-Modified), so a catalog opened once also works offline.

Output: a CSV (UTF-8) or GeoPackage table. An existing file is kept unless 'Overwrite' is checked.

Example: qgis_process run digitaltwin:catalogsearch -- CATALOG_TYPE=0 CITY=13101 DATA_TYPE=bldg OUTPUT=chiyoda.csv</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>Seconds to wait for the server on each request (1 to 600; default 30).</source>
      <translation>Seconds to wait for the server on each request (1 to 600; default 30).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="47" />
      <source>Seed of the random generator (default 20250901): the same seed and scale always give the same files.</source>
      <translation>Seed of the random generator (default 20250901): the same seed and scale always give the same files.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="26" />
      <source>Seed of the random sampling (default 0): the same seed on the same data gives the same ranking.</source>
      <translation>Seed of the random sampling (default 0): the same seed on the same data gives the same ranking.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="134" />
      <source>Seeds: river or points where the water comes from</source>
      <translation>Seeds: river or points where the water comes from</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="46" />
      <source>SensorThings</source>
      <translation>SensorThings</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="132" />
      <source>SensorThings API</source>
      <translation>SensorThings API</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="95" />
      <source>Service area GeoPackage</source>
      <translation>Service area GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="96" />
      <source>Service areas</source>
      <translation>Service areas</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="88" />
      <source>Several tiles make one layer through a .vpc output.</source>
      <translation>Several tiles make one layer through a .vpc output.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="80" />
      <source>Shadow search radius (m)</source>
      <translation>Shadow search radius (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="138" />
      <source>Share of flood scenarios reaching 0.5 m</source>
      <translation>Share of flood scenarios reaching 0.5 m</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>Share of light the ground reflects, 0 to 1 (default 0.15, typical for towns).</source>
      <translation>Share of light the ground reflects, 0 to 1 (default 0.15, typical for towns).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="114" />
      <source>Share of scenarios reaching 0.5 m and 3 m</source>
      <translation>Share of scenarios reaching 0.5 m and 3 m</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="40" />
      <source>Share of the panels' rated output delivered after losses (0.1 to 1; default 0.88). Yield = capacity × irradiation × this ratio.</source>
      <translation>Share of the panels' rated output delivered after losses (0.1 to 1; default 0.88). Yield = capacity × irradiation × this ratio.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="107" />
      <source>Shelter files (*.csv *.gpkg *.geojson *.json);;All files (*)</source>
      <translation>Shelter files (*.csv *.gpkg *.geojson *.json);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="111" />
      <source>Shelter id field (point file)</source>
      <translation>Shelter id field (point file)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="110" />
      <source>Shelter name field</source>
      <translation>Shelter name field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="112" />
      <source>Shelter name field (point file)</source>
      <translation>Shelter name field (point file)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="81" />
      <source>Shelter reach and load</source>
      <translation>Shelter reach and load</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="141" />
      <source>Shelters</source>
      <translation>Shelters</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="106" />
      <source>Shelters (GSI CSV or point file)</source>
      <translation>Shelters (GSI CSV or point file)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="155" />
      <source>Shelters (GSI evacuation site CSV or a point layer)</source>
      <translation>Shelters (GSI evacuation site CSV or a point layer)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="132" />
      <source>Shelters per task</source>
      <translation>Shelters per task</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Shelters per task (default 8): fewer, larger tasks cost less overhead; more spread better.</source>
      <translation>Shelters per task (default 8): fewer, larger tasks cost less overhead; more spread better.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="128" />
      <source>Shelters with their load</source>
      <translation>Shelters with their load</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="152" />
      <source>Shelters {} done ({}/{})</source>
      <translation>Shelters {} done ({}/{})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="154" />
      <source>Shelters {} failed: {}</source>
      <translation>Shelters {} failed: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="36" />
      <source>Side of one task's tile in metres (default 2000 m). Each tile also reads a halo as wide as the shadow search reaches; at 1 m a 2000 m tile needs about 0.8 GB per worker.</source>
      <translation>Side of one task's tile in metres (default 2000 m). Each tile also reads a halo as wide as the shadow search reaches; at 1 m a 2000 m tile needs about 0.8 GB per worker.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="28" />
      <source>Side of one task's tile in metres (default 500 m). Each tile also reads a halo as wide as the largest footprint, so buildings on a seam are whole.</source>
      <translation>Side of one task's tile in metres (default 500 m). Each tile also reads a halo as wide as the largest footprint, so buildings on a seam are whole.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Simulated time in minutes (default 60).</source>
      <translation>Simulated time in minutes (default 60).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Simulated time of every scenario in minutes (default 60).</source>
      <translation>Simulated time of every scenario in minutes (default 60).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="72" />
      <source>Simulates every scenario on the DEM with the model of 'Flood simulation (2D, rain and inflows)' (the edges of the DEM as walls), each simulation a task on dask.distributed: a local cluster on every core, or an existing cluster (scheduler address tcp://host:8786). Scenarios: constant rain intensities (mm/h), hyetograph CSV files ('minutes,rain_mm_h'), and levee breaches or other inflow points, each point a scenario of its own (no rain) with a constant inflow (m³/s) from a field or a hydrograph CSV ('minutes,m3_per_s[,point]').

Output: a GeoTIFF whose band 1 holds, per cell, the share of scenarios whose maximum depth reaches 0.5 m (water above the floor of most houses) and band 2 the share reaching 3 m (the first floor under water). On the map, band 1 is shown in blues; cells no scenario floods are transparent. A failed scenario is retried, then named; the output is written only when every scenario ran.

Example: qgis_process run digitaltwin:batchensemble -- DEM=dem.tif RAIN='50,100,150' HYETOGRAPHS=burst.csv INFLOW_POINTS=breaches.gpkg INFLOW_FIELD=q DURATION=60 OUTPUT=shares.tif (the same as: python -m digital_twin ensemble ...)</source>
      <translation>Simulates every scenario on the DEM with the model of 'Flood simulation (2D, rain and inflows)' (the edges of the DEM as walls), each simulation a task on dask.distributed: a local cluster on every core, or an existing cluster (scheduler address tcp://host:8786). Scenarios: constant rain intensities (mm/h), hyetograph CSV files ('minutes,rain_mm_h'), and levee breaches or other inflow points, each point a scenario of its own (no rain) with a constant inflow (m³/s) from a field or a hydrograph CSV ('minutes,m3_per_s[,point]').

Output: a GeoTIFF whose band 1 holds, per cell, the share of scenarios whose maximum depth reaches 0.5 m (water above the floor of most houses) and band 2 the share reaching 3 m (the first floor under water). On the map, band 1 is shown in blues; cells no scenario floods are transparent. A failed scenario is retried, then named; the output is written only when every scenario ran.

Example: qgis_process run digitaltwin:batchensemble -- DEM=dem.tif RAIN='50,100,150' HYETOGRAPHS=burst.csv INFLOW_POINTS=breaches.gpkg INFLOW_FIELD=q DURATION=60 OUTPUT=shares.tif (the same as: python -m digital_twin ensemble ...)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="56" />
      <source>Simulates rain and river inflow flowing over the ground: maximum depth, velocity and arrival time.</source>
      <translation>Simulates rain and river inflow flowing over the ground: maximum depth, velocity and arrival time.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="100" />
      <source>Simulates surface water on a DEM with the local inertial shallow-water model of Bates et al. (2010), as in LISFLOOD-FP, with an adaptive time step, and writes the maximum depth (m), maximum velocity (m/s) and arrival time (s until the depth first reaches the arrival depth) as GeoTIFFs.

Water: rain in mm/h, constant or a hyetograph CSV ('minutes,mm_per_h', each intensity holding until the next row), and/or inflow points with a discharge field (m³/s) or a hydrograph CSV ('minutes,m3_per_s[,point name]', linear in time). Roughness: Manning's n as a number or a raster on the DEM grid. Buildings block the flow; the rain on their roofs runs off onto the ground cell nearest to each roof cell, as gutters and downpipes bring it down (or, unticked, is left out). Open boundary: water leaves at the DEM edges; otherwise the edges are walls. Mass balance is written to the log.

Time series: depth at chosen points every interval, as a table.

Example: a 5 m DEM of a district, 60 minutes of 50 mm/h rain, buildings from the CityGML loader -&gt; where water collects, how fast it flows, and when it arrives.</source>
      <translation>Simulates surface water on a DEM with the local inertial shallow-water model of Bates et al. (2010), as in LISFLOOD-FP, with an adaptive time step, and writes the maximum depth (m), maximum velocity (m/s) and arrival time (s until the depth first reaches the arrival depth) as GeoTIFFs.

Water: rain in mm/h, constant or a hyetograph CSV ('minutes,mm_per_h', each intensity holding until the next row), and/or inflow points with a discharge field (m³/s) or a hydrograph CSV ('minutes,m3_per_s[,point name]', linear in time). Roughness: Manning's n as a number or a raster on the DEM grid. Buildings block the flow; the rain on their roofs runs off onto the ground cell nearest to each roof cell, as gutters and downpipes bring it down (or, unticked, is left out). Open boundary: water leaves at the DEM edges; otherwise the edges are walls. Mass balance is written to the log.

Time series: depth at chosen points every interval, as a table.

Example: a 5 m DEM of a district, 60 minutes of 50 mm/h rain, buildings from the CityGML loader -&gt; where water collects, how fast it flows, and when it arrives.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="95" />
      <source>Site: latitude {:.5f}, longitude {:.5f}</source>
      <translation>Site: latitude {:.5f}, longitude {:.5f}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="94" />
      <source>Size in bytes</source>
      <translation>Size in bytes</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="47" />
      <source>Size of the district: 1 (default) is the bundled 1 km × 0.9 km district with about 420 buildings; n makes it n times wider and taller (up to 10).</source>
      <translation>Size of the district: 1 (default) is the bundled 1 km × 0.9 km district with about 420 buildings; n makes it n times wider and taller (up to 10).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="40" />
      <source>Size the catalog lists for the file, in bytes; a download of another size is removed. 0 (default): not checked.</source>
      <translation>Size the catalog lists for the file, in bytes; a download of another size is removed. 0 (default): not checked.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="122" />
      <source>Skip broken city objects and keep the readable ones</source>
      <translation>Skip broken city objects and keep the readable ones</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="154" />
      <source>Skipped: {}</source>
      <translation>Skipped: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="204" />
      <source>Sky view factor</source>
      <translation>Sky view factor</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="205" />
      <source>Slope (degrees)</source>
      <translation>Slope (degrees)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="125" />
      <source>Snapshot GeoPackage</source>
      <translation>Snapshot GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="165" />
      <source>Solar irradiation with shadows (DSM)</source>
      <translation>Solar irradiation with shadows (DSM)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="133" />
      <source>Solar potential</source>
      <translation>Solar potential</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="90" />
      <source>Solar potential per building</source>
      <translation>Solar potential per building</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="103" />
      <source>Static GTFS zip (file or URL) for names (GTFS-Realtime)</source>
      <translation>Static GTFS zip (file or URL) for names (GTFS-Realtime)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="176" />
      <source>Storey height (m)</source>
      <translation>Storey height (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="120" />
      <source>Storey height for Z (m per floor)</source>
      <translation>Storey height for Z (m per floor)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="169" />
      <source>Storeys field</source>
      <translation>Storeys field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="148" />
      <source>Subtitle</source>
      <translation>Subtitle</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Subtitle printed under the title. Empty: the preset's subtitle.</source>
      <translation>Subtitle printed under the title. Empty: the preset's subtitle.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="111" />
      <source>Suitable field (1 = suits the hazard)</source>
      <translation>Suitable field (1 = suits the hazard)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="113" />
      <source>Suitable field (point file; 1 = suits the hazard)</source>
      <translation>Suitable field (point file; 1 = suits the hazard)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="111" />
      <source>Surface heights (DSM)</source>
      <translation>Surface heights (DSM)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Table of the depth at each time series point, every interval.</source>
      <translation>Table of the depth at each time series point, every interval.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="119" />
      <source>Target CRS (empty = JGD2011 plane rectangular zone of the data)</source>
      <translation>Target CRS (empty = JGD2011 plane rectangular zone of the data)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="131" />
      <source>TerriaJS catalog (Tokyo Digital Twin 3D viewer)</source>
      <translation>TerriaJS catalog (Tokyo Digital Twin 3D viewer)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Text of the notes box (several lines allowed). Empty: the preset's notes.</source>
      <translation>Text of the notes box (several lines allowed). Empty: the preset's notes.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="122" />
      <source>The DEM could not be opened.</source>
      <translation>The DEM could not be opened.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="124" />
      <source>The DEM must be in a projected CRS (metres).</source>
      <translation>The DEM must be in a projected CRS (metres).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="36" />
      <source>The DSM (terrain + buildings) in a projected CRS in metres, e.g. from 'Batch DSM from building heights'.</source>
      <translation>The DSM (terrain + buildings) in a projected CRS in metres, e.g. from 'Batch DSM from building heights'.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="147" />
      <source>The DSM (terrain + buildings) in a projected CRS in metres, e.g. from 'DSM from building heights' or 'Point cloud to DSM'.</source>
      <translation>The DSM (terrain + buildings) in a projected CRS in metres, e.g. from 'DSM from building heights' or 'Point cloud to DSM'.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="176" />
      <source>The DSM CRS must be projected, in metres (Tokyo: EPSG:6677).</source>
      <translation>The DSM CRS must be projected, in metres (Tokyo: EPSG:6677).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="28" />
      <source>The DSM GeoTIFF (heights in metres) over the buildings' extent, equal cell for cell to 'DSM from building heights' with no margin; ready for 'Batch solar irradiation with shadows'.</source>
      <translation>The DSM GeoTIFF (heights in metres) over the buildings' extent, equal cell for cell to 'DSM from building heights' with no margin; ready for 'Batch solar irradiation with shadows'.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="36" />
      <source>The DSM GeoTIFF to write (heights in metres), ready for 'Solar irradiation with shadows'.</source>
      <translation>The DSM GeoTIFF to write (heights in metres), ready for 'Solar irradiation with shadows'.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="101" />
      <source>The DSM could not be opened.</source>
      <translation>The DSM could not be opened.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="40" />
      <source>The DSM the irradiation was computed from (same grid), for roof slope and aspect.</source>
      <translation>The DSM the irradiation was computed from (same grid), for roof slope and aspect.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>The GeoPackage to write (layer 'realtime'), with the fetch time 'fetched_at' (UTC) on every feature.</source>
      <translation>The GeoPackage to write (layer 'realtime'), with the fetch time 'fetched_at' (UTC) on every feature.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="26" />
      <source>The GeoPackage to write, with the layer 'hotspots': rank, score, pairs improved and reconnected, and why each link is a barrier.</source>
      <translation>The GeoPackage to write, with the layer 'hotspots': rank, score, pairs improved and reconnected, and why each link is a barrier.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="28" />
      <source>The GeoPackage to write: 'links' (3D lines with the physical ranges behind the codes and each shipped profile's open/closed/unknown), 'nodes' and 'issues'.</source>
      <translation>The GeoPackage to write: 'links' (3D lines with the physical ranges behind the codes and each shipped profile's open/closed/unknown), 'nodes' and 'issues'.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="31" />
      <source>The GeoPackage to write: 'route' (length, time at the profile's speed, detour factor), 'plain_route' and 'barriers' (links of the plain route closed to the profile, with reasons).</source>
      <translation>The GeoPackage to write: 'route' (length, time at the profile's speed, detour factor), 'plain_route' and 'barriers' (links of the plain route closed to the profile, with reasons).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>The GeoPackage to write: 'service_areas' (one polygon per facility and profile, with reachable length, buildings and population) and 'reachable_links'.</source>
      <translation>The GeoPackage to write: 'service_areas' (one polygon per facility and profile, with reachable length, buildings and population) and 'reachable_links'.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>The GeoPackage to write: building_lod0/1/2, roof, wall and ground surfaces, building_risk and other city objects, styled for 2D and 3D.</source>
      <translation>The GeoPackage to write: building_lod0/1/2, roof, wall and ground surfaces, building_risk and other city objects, styled for 2D and 3D.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>The MLIT node file of the network (GeoJSON, or CSV with lat/lon). Empty for OSM-style lines.</source>
      <translation>The MLIT node file of the network (GeoJSON, or CSV with lat/lon). Empty for OSM-style lines.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>The MLIT node layer (node_id, floor): points, or a table with lat/lon columns. Needed for MLIT data; leave empty for OSM-style lines, whose nodes are their end points.</source>
      <translation>The MLIT node layer (node_id, floor): points, or a table with lat/lon columns. Needed for MLIT data; leave empty for OSM-style lines, whose nodes are their end points.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="254" />
      <source>The Manning's n raster must have the DEM's grid.</source>
      <translation>The Manning's n raster must have the DEM's grid.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>The PDF or PNG to write. An atlas makes one PDF with a page per feature, or &lt;name&gt;_&lt;page&gt;.png files.</source>
      <translation>The PDF or PNG to write. An atlas makes one PDF with a page per feature, or &lt;name&gt;_&lt;page&gt;.png files.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="40" />
      <source>The annual irradiation raster (kWh/m²) from 'Solar irradiation with shadows'.</source>
      <translation>The annual irradiation raster (kWh/m²) from 'Solar irradiation with shadows'.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="28" />
      <source>The area each profile can reach from facilities within a distance or time, and who it serves.</source>
      <translation>The area each profile can reach from facilities within a distance or time, and who it serves.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="209" />
      <source>The buildings layer (BUILDINGS) has no building with a geometry: nothing to assess.</source>
      <translation>The buildings layer (BUILDINGS) has no building with a geometry: nothing to assess.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="108" />
      <source>The buildings layer could not be opened.</source>
      <translation>The buildings layer could not be opened.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="134" />
      <source>The buildings layer has no polygons.</source>
      <translation>The buildings layer has no polygons.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="40" />
      <source>The buildings with roof area, usable area, mean irradiation, capacity (kW), annual yield (kWh), CO2 avoided (t/yr) and suitability class.</source>
      <translation>The buildings with roof area, usable area, mean irradiation, capacity (kW), annual yield (kWh), CO2 avoided (t/yr) and suitability class.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>The buildings with their flood rank, depth, duration, scale, river, floors under water and residents, styled with the GSI depth colours.</source>
      <translation>The buildings with their flood rank, depth, duration, scale, river, floors under water and residents, styled with the GSI depth colours.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>The buildings with their shelter, its distance and whether they are beyond reach.</source>
      <translation>The buildings with their shelter, its distance and whether they are beyond reach.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="26" />
      <source>The buildings' DSM of a whole batch run, tile by tile on dask, equal to one untiled DSM.</source>
      <translation>The buildings' DSM of a whole batch run, tile by tile on dask, equal to one untiled DSM.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>The catalog's URL, file or folder. Empty: the default of the chosen type (for CKAN: the G-Spatial Information Center).</source>
      <translation>The catalog's URL, file or folder. Empty: the default of the chosen type (for CKAN: the G-Spatial Information Center).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="200" />
      <source>The depth raster must be in a projected CRS (metres).</source>
      <translation>The depth raster must be in a projected CRS (metres).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="30" />
      <source>The elevation GeoTIFF to write (Float32, metres, no data -9999).</source>
      <translation>The elevation GeoTIFF to write (Float32, metres, no data -9999).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>The flood depth GeoTIFF to write (water level minus ground, metres).</source>
      <translation>The flood depth GeoTIFF to write (water level minus ground, metres).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>The flooded areas as polygons in the GSI depth classes, with their area.</source>
      <translation>The flooded areas as polygons in the GSI depth classes, with their area.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="47" />
      <source>The folder to write the district into: new or empty.</source>
      <translation>The folder to write the district into: new or empty.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="244" />
      <source>The hazard layer needs a rank field or a depth field; choose one.</source>
      <translation>The hazard layer needs a rank field or a depth field; choose one.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>The hazard: residents go only to shelters designated for it (river and reservoir floods: 洪水, inland flood: 内水氾濫, tsunami: 津波, high tide: 高潮, landslide: 崖崩れ、土石流及び地滑り). Buildings with a hazard field count as exposed only for this hazard.</source>
      <translation>The hazard: residents go only to shelters designated for it (river and reservoir floods: 洪水, inland flood: 内水氾濫, tsunami: 津波, high tide: 高潮, landslide: 崖崩れ、土石流及び地滑り). Buildings with a hazard field count as exposed only for this hazard.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="40" />
      <source>The http(s) address of the file, e.g. from the 'url' column written by 'Search a data catalog'.</source>
      <translation>The http(s) address of the file, e.g. from the 'url' column written by 'Search a data catalog'.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>The id of a profile in your profiles file, used instead of the profile chosen in the list. Empty: the list's choice.</source>
      <translation>The id of a profile in your profiles file, used instead of the profile chosen in the list. Empty: the list's choice.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="113" />
      <source>The irradiation raster, the DSM and the buildings are needed.</source>
      <translation>The irradiation raster, the DSM and the buildings are needed.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="275" />
      <source>The layout '{}' is kept in the project and open in the designer.</source>
      <translation>The layout '{}' is kept in the project and open in the designer.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="37" />
      <source>The merged GeoPackage (.gpkg), or GeoParquet (.parquet) for outputs too large for one: then each layer is its own file beside it, e.g. ward_building_lod0.parquet and ward_flood_exposure_l2.parquet for ward.parquet (needs the Python package pyarrow). Tiles finished so far are kept in &lt;output&gt;.tiles, so an interrupted run started again skips them; &lt;output&gt;.manifest.json records each tile's status and time.</source>
      <translation>The merged GeoPackage (.gpkg), or GeoParquet (.parquet) for outputs too large for one: then each layer is its own file beside it, e.g. ward_building_lod0.parquet and ward_flood_exposure_l2.parquet for ward.parquet (needs the Python package pyarrow). Tiles finished so far are kept in &lt;output&gt;.tiles, so an interrupted run started again skips them; &lt;output&gt;.manifest.json records each tile's status and time.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>The merged GeoPackage: 'service_areas' (one polygon per shelter) and 'reachable_links'. Groups finished so far are kept in &lt;output&gt;.tiles, so an interrupted run started again skips them; &lt;output&gt;.manifest.json records each group's shelters, status and time.</source>
      <translation>The merged GeoPackage: 'service_areas' (one polygon per shelter) and 'reachable_links'. Groups finished so far are kept in &lt;output&gt;.tiles, so an interrupted run started again skips them; &lt;output&gt;.manifest.json records each group's shelters, status and time.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>The municipality or ward (a polygon layer) shown in the locator inset with the map's frame on it. Empty: the extent of the printed data.</source>
      <translation>The municipality or ward (a polygon layer) shown in the locator inset with the map's frame on it. Empty: the extent of the printed data.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>The pedestrian links: an MLIT pedestrian network link layer (2018 or 2024 code set) or OSM-style footway lines (highway=steps, incline, kerb:height, width). Any vector format and CRS.</source>
      <translation>The pedestrian links: an MLIT pedestrian network link layer (2018 or 2024 code set) or OSM-style footway lines (highway=steps, incline, kerb:height, width). Any vector format and CRS.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>The pedestrian network's links as a file the workers read: an MLIT link file or OSM-style footway lines (GeoJSON or CSV).</source>
      <translation>The pedestrian network's links as a file the workers read: an MLIT link file or OSM-style footway lines (GeoJSON or CSV).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="109" />
      <source>The potential is written as a GeoPackage: choose a .gpkg file, not {}.</source>
      <translation>The potential is written as a GeoPackage: choose a .gpkg file, not {}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="196" />
      <source>The river level layer has no value in field '{}'.</source>
      <translation>The river level layer has no value in field '{}'.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="129" />
      <source>The route uses {0} links whose data cannot tell if they are passable</source>
      <translation>The route uses {0} links whose data cannot tell if they are passable</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>The same tiles from another server (an XYZ URL with {z}/{x}/{y}, e.g. a local mirror). Empty: GSI's server.</source>
      <translation>The same tiles from another server (an XYZ URL with {z}/{x}/{y}, e.g. a local mirror). Empty: GSI's server.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>The shelters with their load against their capacity.</source>
      <translation>The shelters with their load against their capacity.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="41" />
      <source>The step-free service area of every shelter for a mobility profile, shelters as tasks on dask.</source>
      <translation>The step-free service area of every shelter for a mobility profile, shelters as tasks on dask.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>The table to write (CSV in UTF-8, or GeoPackage): one row per resource with its dataset, publisher, licence, place, type, format, LOD, year, URL, size and checksum.</source>
      <translation>The table to write (CSV in UTF-8, or GeoPackage): one row per resource with its dataset, publisher, licence, place, type, format, LOD, year, URL, size and checksum.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="129" />
      <source>This QGIS's GDAL has no Parquet driver, so the GeoParquet files are not loaded; open them in a QGIS whose GDAL has it, or with DuckDB or geopandas.</source>
      <translation>This QGIS's GDAL has no Parquet driver, so the GeoParquet files are not loaded; open them in a QGIS whose GDAL has it, or with DuckDB or geopandas.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="67" />
      <source>Tile address ({name} = tile name)</source>
      <translation>Tile address ({name} = tile name)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="65" />
      <source>Tile names (comma separated)</source>
      <translation>Tile names (comma separated)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="162" />
      <source>Tile server URL instead of GSI's ({z}/{x}/{y})</source>
      <translation>Tile server URL instead of GSI's ({z}/{x}/{y})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="69" />
      <source>Tile size (m)</source>
      <translation>Tile size (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="196" />
      <source>Tile size (pixels)</source>
      <translation>Tile size (pixels)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="98" />
      <source>Tile {} ({}/{})</source>
      <translation>Tile {} ({}/{})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="104" />
      <source>Tile {} done ({}/{})</source>
      <translation>Tile {} done ({}/{})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="106" />
      <source>Tile {} failed: {}</source>
      <translation>Tile {} failed: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="74" />
      <source>Tiles</source>
      <translation>Tiles</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="80" />
      <source>Time (min)</source>
      <translation>Time (min)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="108" />
      <source>Time code YYYYMMDDhhmm, JST (traffic counts; default: latest published)</source>
      <translation>Time code YYYYMMDDhhmm, JST (traffic counts; default: latest published)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="131" />
      <source>Time field (latest wins)</source>
      <translation>Time field (latest wins)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="147" />
      <source>Time series interval (minutes)</source>
      <translation>Time series interval (minutes)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="160" />
      <source>Time steps</source>
      <translation>Time steps</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>Time zone of the times in the weather file (default Asia/Tokyo). EPW files carry their own.</source>
      <translation>Time zone of the times in the weather file (default Asia/Tokyo). EPW files carry their own.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="69" />
      <source>Time zone of the weather file's times</source>
      <translation>Time zone of the weather file's times</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="114" />
      <source>Timeout per request (s)</source>
      <translation>Timeout per request (s)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="147" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Title printed at the top. Empty: the preset's title.</source>
      <translation>Title printed at the top. Empty: the preset's title.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="27" />
      <source>Tokyo</source>
      <translation>Tokyo</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="84" />
      <source>Tokyo Solar Atlas</source>
      <translation>Tokyo Solar Atlas</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="59" />
      <source>Tokyo: clear sky scaled by monthly sunshine</source>
      <translation>Tokyo: clear sky scaled by monthly sunshine</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="133" />
      <source>Traffic counts (JARTIC WFS)</source>
      <translation>Traffic counts (JARTIC WFS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="105" />
      <source>Treat as barriers</source>
      <translation>Treat as barriers</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="105" />
      <source>Treat as passable</source>
      <translation>Treat as passable</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="158" />
      <source>Unknown or too coarse data is treated as: {0}</source>
      <translation>Unknown or too coarse data is treated as: {0}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="89" />
      <source>Urban planning: with buildings and urf districts read together (FEATURE_TYPES=bldg,urf), building_planning gives each building's use, fire-prevention and height-control district, its footprint and floor area, and in floor_area_source where the floor area comes from: total_floor_area (uro:totalFloorArea), storeys (footprint x storeys above ground) or height_estimate (footprint x the measured height divided by {} m a storey, rounded). district_floor_area gives, per district with a designated floor-area ratio or coverage, the buildings whose footprint centroid lies in it (a building straddling two districts counts whole in one), their footprint and floor area, the built ratios over the whole district (built_far_gross_pct, built_coverage_gross_pct) and the used share of the permitted floor area (far_used_share_gross_pct, 容積充足率), coloured by that share. PLATEAU has no lot polygons and a district includes its roads, so these gross figures are lower bounds of the ratios of its lots; limits by road width, bonuses and exemptions are not modelled.</source>
      <translation>Urban planning: with buildings and urf districts read together (FEATURE_TYPES=bldg,urf), building_planning gives each building's use, fire-prevention and height-control district, its footprint and floor area, and in floor_area_source where the floor area comes from: total_floor_area (uro:totalFloorArea), storeys (footprint x storeys above ground) or height_estimate (footprint x the measured height divided by {} m a storey, rounded). district_floor_area gives, per district with a designated floor-area ratio or coverage, the buildings whose footprint centroid lies in it (a building straddling two districts counts whole in one), their footprint and floor area, the built ratios over the whole district (built_far_gross_pct, built_coverage_gross_pct) and the used share of the permitted floor area (far_used_share_gross_pct, 容積充足率), coloured by that share. PLATEAU has no lot polygons and a district includes its roads, so these gross figures are lower bounds of the ratios of its lots; limits by road width, bonuses and exemptions are not modelled.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Use only answers cached in the QGIS profile from earlier searches; nothing is sent over the network.</source>
      <translation>Use only answers cached in the QGIS profile from earlier searches; nothing is sent over the network.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="25" />
      <source>VPC</source>
      <translation>VPC</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="64" />
      <source>Validation findings</source>
      <translation>Validation findings</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="60" />
      <source>Validation report (CSV)</source>
      <translation>Validation report (CSV)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="124" />
      <source>Walking distance (m)</source>
      <translation>Walking distance (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Walking distance along the network from each shelter, in metres (default 800). Links partly within it are cut at the budget.</source>
      <translation>Walking distance along the network from each shelter, in metres (default 800). Links partly within it are cut at the budget.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="136" />
      <source>Ward (name or code)</source>
      <translation>Ward (name or code)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="140" />
      <source>Water leaves at the DEM edges</source>
      <translation>Water leaves at the DEM edges</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="123" />
      <source>Water level (m)</source>
      <translation>Water level (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="145" />
      <source>Water level used (m)</source>
      <translation>Water level used (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="198" />
      <source>Water level {} m from the river level layer ({}).</source>
      <translation>Water level {} m from the river level layer ({}).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="165" />
      <source>Water on the grid at the end (m³)</source>
      <translation>Water on the grid at the end (m³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Water surface elevation in metres, in the DEM's datum (default 5 m). Cells lower than this and connected to a seed are flooded.</source>
      <translation>Water surface elevation in metres, in the DEM's datum (default 5 m). Cells lower than this and connected to a seed are flooded.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="147" />
      <source>Water volume (m³)</source>
      <translation>Water volume (m³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="63" />
      <source>Weather file</source>
      <translation>Weather file</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="61" />
      <source>Weather file (CSV or EPW)</source>
      <translation>Weather file (CSV or EPW)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="64" />
      <source>Weather files (*.csv *.epw)</source>
      <translation>Weather files (*.csv *.epw)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>What a link means when its data cannot tell whether the profile passes (code 99 / X, or a 2018 code too coarse for the limit). Treat as barriers (default) is the safe choice for wheelchair routes.</source>
      <translation>What a link means when its data cannot tell whether the profile passes (code 99 / X, or a 2018 code too coarse for the limit). Treat as barriers (default) is the safe choice for wheelchair routes.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>What a link means when its data cannot tell whether the profile passes. Treat as barriers (default) is the safe choice for wheelchair routes.</source>
      <translation>What a link means when its data cannot tell whether the profile passes. Treat as barriers (default) is the safe choice for wheelchair routes.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="97" />
      <source>What if the river reaches a given level? Floods every DEM cell lying below the water level and connected, through other such cells, to a seed (river lines or polygons, or points), and gives the depth (level - ground) as a GeoTIFF plus the flooded areas as polygons in the GSI depth classes. Hollows behind a levee higher than the level stay dry.

Ground: a DEM raster, or a TIN (the PLATEAU dem layer loaded with 'Load PLATEAU CityGML') rasterised on its triangle planes at the chosen cell size.
Water level: a number (m, same datum as the DEM), or the latest value of a river-level layer (e.g. a realtime gauge layer: the feature with the latest time field value, else the last feature).
Connectivity 4 (default) does not let water pass between cells touching only at a corner. 'Also fill closed depressions' adds the water ponding in every closed hollow up to its spill level (priority-flood, 8-connected).

Example: a 5 m DEM, level 4.2 m, the river polygon as seed -&gt; flood depth GeoTIFF and areas styled with the GSI hazard-map colours.</source>
      <translation>What if the river reaches a given level? Floods every DEM cell lying below the water level and connected, through other such cells, to a seed (river lines or polygons, or points), and gives the depth (level - ground) as a GeoTIFF plus the flooded areas as polygons in the GSI depth classes. Hollows behind a levee higher than the level stay dry.

Ground: a DEM raster, or a TIN (the PLATEAU dem layer loaded with 'Load PLATEAU CityGML') rasterised on its triangle planes at the chosen cell size.
Water level: a number (m, same datum as the DEM), or the latest value of a river-level layer (e.g. a realtime gauge layer: the feature with the latest time field value, else the last feature).
Connectivity 4 (default) does not let water pass between cells touching only at a corner. 'Also fill closed depressions' adds the water ponding in every closed hollow up to its spill level (priority-flood, 8-connected).

Example: a 5 m DEM, level 4.2 m, the river polygon as seed -&gt; flood depth GeoTIFF and areas styled with the GSI hazard-map colours.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>What the URL serves: GTFS-Realtime vehicle positions, an OGC SensorThings service root, GeoJSON, JSON records or CSV with lat/lon, or JARTIC traffic counts (WFS). In qgis_process: 0, 1, 2 or 3, in this order.</source>
      <translation>What the URL serves: GTFS-Realtime vehicle positions, an OGC SensorThings service root, GeoJSON, JSON records or CSV with lat/lon, or JARTIC traffic counts (WFS). In qgis_process: 0, 1, 2 or 3, in this order.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="31" />
      <source>Where the route ends (any CRS). It is snapped to the nearest network node, at most 500 m away.</source>
      <translation>Where the route ends (any CRS). It is snapped to the nearest network node, at most 500 m away.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="31" />
      <source>Where the route starts (any CRS). It is snapped to the nearest network node, at most 500 m away.</source>
      <translation>Where the route starts (any CRS). It is snapped to the nearest network node, at most 500 m away.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>Where the sunlight comes from: the embedded Tokyo climate (clear sky scaled by monthly sunshine, default), PLATEAU's monthly transmissivity (clear days, an upper bound), or a weather file.</source>
      <translation>Where the sunlight comes from: the embedded Tokyo climate (clear sky scaled by monthly sunshine, default), PLATEAU's monthly transmissivity (clear days, an upper bound), or a weather file.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Where the water comes from: river lines or polygons, or points. Only flooded cells connected to them are kept.</source>
      <translation>Where the water comes from: river lines or polygons, or points. Only flooded cells connected to them are kept.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="40" />
      <source>Where to save the file. It is written as &lt;name&gt;.part and renamed when complete; running again with the same output resumes a broken download.</source>
      <translation>Where to save the file. It is written as &lt;name&gt;.part and renamed when complete; running again with the same output resumes a broken download.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>Whether the budget is a walking distance in metres or a time in minutes at each profile's speed.</source>
      <translation>Whether the budget is a walking distance in metres or a time in minutes at each profile's speed.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Which code table the link attributes follow. Detect (default) reads it from the codes found.</source>
      <translation>Which code table the link attributes follow. Detect (default) reads it from the codes found.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>Which code table the link attributes follow. Detect (default) reads it from the codes found; choose MLIT 2024 yourself when a 2024 file uses no 2024-only code.</source>
      <translation>Which code table the link attributes follow. Detect (default) reads it from the codes found; choose MLIT 2024 yourself when a 2024 file uses no 2024-only code.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Which kind of catalog to search: the PLATEAU data catalog (3D Tiles, MVT), the PLATEAU CityGML file search, a CKAN portal, a TerriaJS catalog or a local catalog file or folder.</source>
      <translation>Which kind of catalog to search: the PLATEAU data catalog (3D Tiles, MVT), the PLATEAU CityGML file search, a CKAN portal, a TerriaJS catalog or a local catalog file or folder.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>Which levels of detail to write: all available (default), the lowest or highest per object, or one LOD only.</source>
      <translation>Which levels of detail to write: all available (default), the lowest or highest per object, or one LOD only.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="36" />
      <source>Which roofs count and at what density: Tokyo Solar Atlas (slope and orientation, ≥1,100 kWh/m², 0.1 kW/m²) or PLATEAU (80 % of roofs ≥10 m², 0.167 kW/m²).</source>
      <translation>Which roofs count and at what density: Tokyo Solar Atlas (slope and orientation, ≥1,100 kWh/m², 0.1 kW/m²) or PLATEAU (80 % of roofs ≥10 m², 0.167 kW/m²).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>Which scenario fills the building columns of a hazard, as hazard: scenario pairs separated by semicolons, e.g. 'tsunami: 3; river_flood: 多摩川 L2' (the scenario column of building_risk, or a description code). Empty or 'worst': the worst of all scenarios. building_risk always keeps every scenario.</source>
      <translation>Which scenario fills the building columns of a hazard, as hazard: scenario pairs separated by semicolons, e.g. 'tsunami: 3; river_flood: 多摩川 L2' (the scenario column of building_risk, or a description code). Empty or 'worst': the worst of all scenarios. building_risk always keeps every scenario.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="53" />
      <source>Who can reach a suitable shelter, and will it hold them?</source>
      <translation>Who can reach a suitable shelter, and will it hold them?</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>Who is moving: each profile sets the limits a link must meet (step height, slope, width, stairs) and the walking speed used for times. Limits come from the profiles file, the project or the shipped set.</source>
      <translation>Who is moving: each profile sets the limits a link must meet (step height, slope, width, stairs) and the walking speed used for times. Limits come from the profiles file, the project or the shipped set.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Who is moving: the profile's limits (step height, slope, width, stairs) decide which links are passable.</source>
      <translation>Who is moving: the profile's limits (step height, slope, width, stairs) decide which links are passable.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>Width in metres of the area drawn around the reachable links (0.1 to 500; default 25 m).</source>
      <translation>Width in metres of the area drawn around the reachable links (0.1 to 500; default 25 m).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Width in metres of the area drawn around the reached links (default 25 m).</source>
      <translation>Width in metres of the area drawn around the reached links (default 25 m).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Words that must all appear in a dataset (title, description, tags). A CKAN portal receives it as its search query. Empty: no text filter.</source>
      <translation>Words that must all appear in a dataset (title, description, tags). A CKAN portal receives it as its search query. Empty: no text filter.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="25" />
      <source>Workers of the local cluster, one thread each. 0 (default): one per CPU core.</source>
      <translation>Workers of the local cluster, one thread each. 0 (default): one per CPU core.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="44" />
      <source>Writes the synthetic sample district (CityGML, DEM, point cloud, network, feeds) to try every tool offline.</source>
      <translation>Writes the synthetic sample district (CityGML, DEM, point cloud, network, feeds) to try every tool offline.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="69" />
      <source>Writes the synthetic sample district the plugin ships (a fictional Tokyo district by the Arakawa, Sumida-ku, EPSG:6677) into a folder, to try every tool offline or to benchmark on larger areas. The same seed and scale always give the same files.

Contents: dem.tif (5 m), PLATEAU CityGML buildings (udx/bldg, LOD0/1/2, flood risk attributes), the PLATEAU flood inundation model L1/L2 (udx/fld) and depth rasters, pointcloud.laz (LAS 1.2 format 3), river.geojson (the river channel: seeds for a level-based inundation), an MLIT pedestrian network (2024 codes) with facilities, a recorded bus feed (GTFS-Realtime) and river gauge (SensorThings), catalog.json and README.md.

Scale 1 is the bundled 1 km x 0.9 km district (about 420 buildings, 6 MB); scale n is n times wider and taller. The folder must be new or empty; a previous sample district there is replaced only with 'Overwrite'.

Example: qgis_process run digitaltwin:sampledistrict -- SCALE=3 OUTPUT=/tmp/district_x3</source>
      <translation>Writes the synthetic sample district the plugin ships (a fictional Tokyo district by the Arakawa, Sumida-ku, EPSG:6677) into a folder, to try every tool offline or to benchmark on larger areas. The same seed and scale always give the same files.

Contents: dem.tif (5 m), PLATEAU CityGML buildings (udx/bldg, LOD0/1/2, flood risk attributes), the PLATEAU flood inundation model L1/L2 (udx/fld) and depth rasters, pointcloud.laz (LAS 1.2 format 3), river.geojson (the river channel: seeds for a level-based inundation), an MLIT pedestrian network (2024 codes) with facilities, a recorded bus feed (GTFS-Realtime) and river gauge (SensorThings), catalog.json and README.md.

Scale 1 is the bundled 1 km x 0.9 km district (about 420 buildings, 6 MB); scale n is n times wider and taller. The folder must be new or empty; a previous sample district there is replaced only with 'Overwrite'.

Example: qgis_process run digitaltwin:sampledistrict -- SCALE=3 OUTPUT=/tmp/district_x3</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="252" />
      <source>Wrote {}</source>
      <translation>Wrote {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="157" />
      <source>Wrote {} ({}), EPSG:{}</source>
      <translation>Wrote {} ({}), EPSG:{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="137" />
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Your own layout template (.qpt) with items 'title', 'main_map' and 'legend', used instead of the bundled paper.</source>
      <translation>Your own layout template (.qpt) with items 'title', 'main_map' and 'legend', used instead of the bundled paper.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="77" />
      <source>Zip archives (*.zip);;All files (*)</source>
      <translation>Zip archives (*.zip);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="25" />
      <source>accessibility</source>
      <translation>accessibility</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="61" />
      <source>atlas</source>
      <translation>atlas</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="25" />
      <source>barrier-free</source>
      <translation>barrier-free</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="27" />
      <source>batch</source>
      <translation>batch</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="27" />
      <source>building height</source>
      <translation>building height</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="76" />
      <source>buildings</source>
      <translation>buildings</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="46" />
      <source>bus</source>
      <translation>bus</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="39" />
      <source>catalog</source>
      <translation>catalog</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="30" />
      <source>catchment</source>
      <translation>catchment</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="27" />
      <source>city scale</source>
      <translation>city scale</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="25" />
      <source>convert</source>
      <translation>convert</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="27" />
      <source>dask</source>
      <translation>dask</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="46" />
      <source>demo</source>
      <translation>demo</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="62" />
      <source>depth</source>
      <translation>depth</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="25" />
      <source>detour</source>
      <translation>detour</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="39" />
      <source>download</source>
      <translation>download</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="29" />
      <source>elevation</source>
      <translation>elevation</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="43" />
      <source>ensemble</source>
      <translation>ensemble</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="42" />
      <source>evacuation</source>
      <translation>evacuation</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="36" />
      <source>exposure</source>
      <translation>exposure</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="46" />
      <source>feed</source>
      <translation>feed</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="43" />
      <source>flood</source>
      <translation>flood</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="61" />
      <source>hazard map</source>
      <translation>hazard map</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="43" />
      <source>hyetograph</source>
      <translation>hyetograph</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="34" />
      <source>import</source>
      <translation>import</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="58" />
      <source>inland flooding</source>
      <translation>inland flooding</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="76" />
      <source>inundation</source>
      <translation>inundation</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="35" />
      <source>irradiation</source>
      <translation>irradiation</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="30" />
      <source>isochrone</source>
      <translation>isochrone</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="61" />
      <source>layout</source>
      <translation>layout</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="43" />
      <source>levee breach</source>
      <translation>levee breach</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="61" />
      <source>map</source>
      <translation>map</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="171" />
      <source>no i-UR namespace</source>
      <translation>no i-UR namespace</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="46" />
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="43" />
      <source>open data</source>
      <translation>open data</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="25" />
      <source>pedestrian network</source>
      <translation>pedestrian network</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="35" />
      <source>photovoltaic</source>
      <translation>photovoltaic</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="27" />
      <source>point cloud</source>
      <translation>point cloud</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="39" />
      <source>potential</source>
      <translation>potential</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="61" />
      <source>print</source>
      <translation>print</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="146" />
      <source>pvlib</source>
      <translation>pvlib</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="43" />
      <source>rainfall</source>
      <translation>rainfall</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="35" />
      <source>raster</source>
      <translation>raster</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="46" />
      <source>realtime</source>
      <translation>realtime</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="39" />
      <source>rooftop</source>
      <translation>rooftop</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="30" />
      <source>route</source>
      <translation>route</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="46" />
      <source>sample data</source>
      <translation>sample data</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="43" />
      <source>scenarios</source>
      <translation>scenarios</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="43" />
      <source>search</source>
      <translation>search</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="30" />
      <source>service area</source>
      <translation>service area</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="35" />
      <source>shadow</source>
      <translation>shadow</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="58" />
      <source>shallow water</source>
      <translation>shallow water</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="42" />
      <source>shelter</source>
      <translation>shelter</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="30" />
      <source>shortest path</source>
      <translation>shortest path</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="43" />
      <source>simulation</source>
      <translation>simulation</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="146" />
      <source>sky view factor</source>
      <translation>sky view factor</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="35" />
      <source>solar</source>
      <translation>solar</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="30" />
      <source>stroller</source>
      <translation>stroller</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="46" />
      <source>test</source>
      <translation>test</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="46" />
      <source>traffic</source>
      <translation>traffic</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="54" />
      <source>tsunami</source>
      <translation>tsunami</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="27" />
      <source>validation</source>
      <translation>validation</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="62" />
      <source>water level</source>
      <translation>water level</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="25" />
      <source>wheelchair</source>
      <translation>wheelchair</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="39" />
      <source>zip</source>
      <translation>zip</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="119" />
      <source>{0} / {1}: {2:.0f} m of links reachable, {3} buildings, population {4:.0f}</source>
      <translation>{0} / {1}: {2:.0f} m of links reachable, {3} buildings, population {4:.0f}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="157" />
      <source>{0} datasets match the filters</source>
      <translation>{0} datasets match the filters</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="144" />
      <source>{0} features from {1}</source>
      <translation>{0} features from {1}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="108" />
      <source>{0} pairs, mean detour factor {1:.2f}, {2} unreachable; {3} hotspot links</source>
      <translation>{0} pairs, mean detour factor {1:.2f}, {2} unreachable; {3} hotspot links</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="146" />
      <source>{0} validation findings: run 'Import and validate pedestrian network' for the full report</source>
      <translation>{0} validation findings: run 'Import and validate pedestrian network' for the full report</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="119" />
      <source>{0}: {1:.0f} m, {2:.1f} min (plain route {3:.0f} m, detour factor {4:.2f})</source>
      <translation>{0}: {1:.0f} m, {2:.1f} min (plain route {3:.0f} m, detour factor {4:.2f})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="152" />
      <source>{0}: {1} datasets</source>
      <translation>{0}: {1} datasets</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="117" />
      <source>{count} features of {layer} have no geometry and were left out</source>
      <translation>{count} features of {layer} have no geometry and were left out</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="149" />
      <source>{} LOD2 roof surfaces burnt on their planes.</source>
      <translation>{} LOD2 roof surfaces burnt on their planes.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="116" />
      <source>{} buildings in {} tiles ({} from an earlier run) in {:.1f} s</source>
      <translation>{} buildings in {} tiles ({} from an earlier run) in {:.1f} s</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="217" />
      <source>{} buildings, {} hazard cells in {} scenario(s), CRS {}</source>
      <translation>{} buildings, {} hazard cells in {} scenario(s), CRS {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="128" />
      <source>{} buildings: {:.1f} kW</source>
      <translation>{} buildings: {:.1f} kW</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="145" />
      <source>{} buildings: {:.1f} kW, {:.0f} MWh/yr</source>
      <translation>{} buildings: {:.1f} kW, {:.0f} MWh/yr</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="164" />
      <source>{} exposed buildings; {:.0f} residents reach a shelter within the budget, {:.0f} do not</source>
      <translation>{} exposed buildings; {:.0f} residents reach a shelter within the budget, {:.0f} do not</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="177" />
      <source>{} file(s) are PLATEAU 2020 data (specification 1, uro 1.4): hazards are read from generic attribute sets, and codes, IDs and heights may be missing or coarser than in later releases</source>
      <translation>{} file(s) are PLATEAU 2020 data (specification 1, uro 1.4): hazards are read from generic attribute sets, and codes, IDs and heights may be missing or coarser than in later releases</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="182" />
      <source>{} file(s) use {}, newer than the versions this plugin knows: the known elements are loaded, new ones are kept in attributes_json, and codes without a codelist in the data stay as codes</source>
      <translation>{} file(s) use {}, newer than the versions this plugin knows: the known elements are loaded, new ones are kept in attributes_json, and codes without a codelist in the data stay as codes</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="174" />
      <source>{} file(s): {}, {}; e.g. {}</source>
      <translation>{} file(s): {}, {}; e.g. {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="146" />
      <source>{} of {} buildings burnt into the DSM ({}).</source>
      <translation>{} of {} buildings burnt into the DSM ({}).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="232" />
      <source>{} of {} buildings exposed</source>
      <translation>{} of {} buildings exposed</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="131" />
      <source>{} scenarios: {}</source>
      <translation>{} scenarios: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="173" />
      <source>{} shelters in {} groups ({} from an earlier run), {:.1f} km of links reached, in {:.1f} s</source>
      <translation>{} shelters in {} groups ({} from an earlier run), {:.1f} km of links reached, in {:.1f} s</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="89" />
      <source>{} tiles with a halo of {:g} m</source>
      <translation>{} tiles with a halo of {:g} m</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="119" />
      <source>{} tiles with a halo of {:g} m in {:.1f} s; at most {:.0f} MB per worker</source>
      <translation>{} tiles with a halo of {:g} m in {:.1f} s; at most {:.0f} MB per worker</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="109" />
      <source>{} x {} cells; {} with points, {} filled; {} points used</source>
      <translation>{} x {} cells; {} with points, {} filled; {} points used</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="167" />
      <source>{}: {:.0f} residents for a capacity of {:.0f}</source>
      <translation>{}: {:.0f} residents for a capacity of {:.0f}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="96" />
      <source>{}: {} points, CRS from {}, {} octree nodes</source>
      <translation>{}: {} points, CRS from {}, {} octree nodes</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="54" />
      <source>避難場所</source>
      <translation>避難場所</translation>
    </message>
  </context>
</TS>
