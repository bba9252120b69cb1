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
      <location filename="../../plugin/catalog/gui_dock.py" line="301" />
      <source>'{0}' cannot be added to the map ({1}); use Download.</source>
      <translation>'{0}' cannot be added to the map ({1}); use Download.</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="269" />
      <source>(first {0} shown; refine the search)</source>
      <translation>(first {0} shown; refine the search)</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="69" />
      <source>3D view of the buildings</source>
      <translation>3D view of the buildings</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="92" />
      <source>3D views need a projected CRS: load the buildings in their plane rectangular zone.</source>
      <translation>3D views need a projected CRS: load the buildings in their plane rectangular zone.</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="39" />
      <source>A Processing provider 'digitaltwin' is registered already (another copy of the plugin?); the Digital Twin algorithms come from that one.</source>
      <translation>A Processing provider 'digitaltwin' is registered already (another copy of the plugin?); the Digital Twin algorithms come from that one.</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="45" />
      <source>Add live feed</source>
      <translation>Add live feed</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="78" />
      <source>Add live feed…</source>
      <translation>Add live feed…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="147" />
      <source>Add to map</source>
      <translation>Add to map</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="329" />
      <source>Added {0} layer(s) of {1}.</source>
      <translation>Added {0} layer(s) of {1}.</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="312" />
      <source>Adding {0}…</source>
      <translation>Adding {0}…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="124" />
      <source>Add…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="400" />
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="399" />
      <source>Attribution</source>
      <translation>Attribution</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="438" />
      <source>Authentication</source>
      <translation>Authentication</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="94" />
      <source>Buildings 3D: {}</source>
      <translation>Buildings 3D: {}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="192" />
      <source>Built-in catalogs cannot be removed.</source>
      <translation>Built-in catalogs cannot be removed.</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="79" />
      <source>Bus positions, sensors, traffic counts or any JSON feed, refreshed on the map</source>
      <translation>Bus positions, sensors, traffic counts or any JSON feed, refreshed on the map</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="73" />
      <source>CKAN portal</source>
      <translation>CKAN portal</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="157" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="137" />
      <source>Cannot open the recording {0}</source>
      <translation>Cannot open the recording {0}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="400" />
      <source>Catalog</source>
      <translation>Catalog</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="90" />
      <source>Choose a loaded building layer (building_lod1 or building_lod2) first.</source>
      <translation>Choose a loaded building layer (building_lod1 or building_lod2) first.</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="170" />
      <source>Choose at least one tile first.</source>
      <translation>Choose at least one tile first.</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="67" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="98" />
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="91" />
      <source>Click tiles on the map to add or remove them, or take the tiles in the current extent.</source>
      <translation>Click tiles on the map to add or remove them, or take the tiles in the current extent.</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="203" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="88" />
      <source>Convert to COPC…</source>
      <translation>Convert to COPC…</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="56" />
      <source>Crossings without signals count as</source>
      <translation>Crossings without signals count as</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="60" />
      <source>Data catalogs…</source>
      <translation>Data catalogs…</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="49" />
      <source>Digital Twin</source>
      <translation>Digital Twin</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="52" />
      <source>Digital Twin (デジタルツイン): PLATEAU and city digital twin tools</source>
      <translation>Digital Twin (デジタルツイン): PLATEAU and city digital twin tools</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="81" />
      <source>Digital Twin algorithms…</source>
      <translation>Digital Twin algorithms…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="79" />
      <source>Digital Twin catalog</source>
      <translation>Digital Twin catalog</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="193" />
      <source>Digital Twin catalogs</source>
      <translation>Digital Twin catalogs</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="84" />
      <source>Double-click: {0}</source>
      <translation>Double-click: {0}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="89" />
      <source>Download (then convert to COPC)…</source>
      <translation>Download (then convert to COPC)…</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="189" />
      <source>Download and convert {} tiles…</source>
      <translation>Download and convert {} tiles…</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="101" />
      <source>Download and convert…</source>
      <translation>Download and convert…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="341" />
      <source>Download into folder</source>
      <translation>Download into folder</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="351" />
      <source>Download: {0}</source>
      <translation>Download: {0}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="353" />
      <source>Downloaded {0} file(s) into {1}.</source>
      <translation>Downloaded {0} file(s) into {1}.</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="345" />
      <source>Downloading {0} file(s) into {1}…</source>
      <translation>Downloading {0} file(s) into {1}…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="150" />
      <source>Download…</source>
      <translation>Download…</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="77" />
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
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="354" />
      <source>Export profiles</source>
      <translation>Export profiles</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="202" />
      <source>Export…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="107" />
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
      <location filename="../../plugin/catalog/gui_dock.py" line="68" />
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
      <location filename="../../plugin/catalog/gui_dock.py" line="403" />
      <source>Group</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="348" />
      <source>Import profiles</source>
      <translation>Import profiles</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="201" />
      <source>Import…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="37" />
      <source>JARTIC traffic counts (WFS, map extent)</source>
      <translation>JARTIC traffic counts (WFS, map extent)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="68" />
      <source>LOD</source>
      <translation>LOD</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="398" />
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
      <location filename="../../plugin/catalog/qgis_browser.py" line="87" />
      <source>Load with the CityGML loader…</source>
      <translation>Load with the CityGML loader…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="74" />
      <source>Local catalog file or folder (offline)</source>
      <translation>Local catalog file or folder (offline)</translation>
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
      <location filename="../../plugin/main.py" line="76" />
      <source>Mobility profiles…</source>
      <translation>Mobility profiles…</translation>
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
      <location filename="../../plugin/catalog/gui_dock.py" line="426" />
      <source>New catalog connection</source>
      <translation>New catalog connection</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="179" />
      <source>No limit</source>
      <translation>No limit</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="35" />
      <source>OGC SensorThings API (service root)</source>
      <translation>OGC SensorThings API (service root)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="121" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="210" />
      <source>Opening {0}…</source>
      <translation>Opening {0}…</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="61" />
      <source>Ordinary (no accessibility features)</source>
      <translation>Ordinary (no accessibility features)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="158" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="73" />
      <source>PLATEAU CityGML files</source>
      <translation>PLATEAU CityGML files</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_connections.py" line="20" />
      <source>PLATEAU CityGML files (map extent or codes)</source>
      <translation>PLATEAU CityGML files (map extent or codes)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="73" />
      <source>PLATEAU data catalog (3D Tiles, MVT)</source>
      <translation>PLATEAU data catalog (3D Tiles, MVT)</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="95" />
      <source>Pick on the map</source>
      <translation>Pick on the map</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="75" />
      <source>Pick published point cloud tiles on the map, download them and convert them to COPC</source>
      <translation>Pick published point cloud tiles on the map, download them and convert them to COPC</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/qgis_layers.py" line="27" />
      <source>Point cloud</source>
      <translation>Point cloud</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="77" />
      <source>Point cloud tile index ({})</source>
      <translation>Point cloud tile index ({})</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="84" />
      <source>Point cloud tiles</source>
      <translation>Point cloud tiles</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="74" />
      <source>Point cloud tiles…</source>
      <translation>Point cloud tiles…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="67" />
      <source>Prefecture</source>
      <translation>Prefecture</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="348" />
      <source>Profiles (*.json)</source>
      <translation>Profiles (*.json)</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="333" />
      <source>Profiles read from {0}: 'Save to project' to use them.</source>
      <translation>Profiles read from {0}: 'Save to project' to use them.</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="344" />
      <source>Profiles written to {0} (PROFILES_FILE of the barrier-free algorithms).</source>
      <translation>Profiles written to {0} (PROFILES_FILE of the barrier-free algorithms).</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="399" />
      <source>Publisher</source>
      <translation>Publisher</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="55" />
      <source>Record every refresh to a GeoPackage</source>
      <translation>Record every refresh to a GeoPackage</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="135" />
      <source>Recorded feed</source>
      <translation>Recorded feed</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="106" />
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
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="176" />
      <source>Refreshing {0}</source>
      <translation>Refreshing {0}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="127" />
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
      <location filename="../../plugin/main.py" line="61" />
      <source>Search PLATEAU, CKAN, TerriaJS and local catalogs and add data to the map</source>
      <translation>Search PLATEAU, CKAN, TerriaJS and local catalogs and add data to the map</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="96" />
      <source>Search: words of title, place, type, format, year…</source>
      <translation>Search: words of title, place, type, format, year…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="298" />
      <source>Select a dataset or one of its resources first.</source>
      <translation>Select a dataset or one of its resources first.</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="163" />
      <source>Sensors (SensorThings)</source>
      <translation>Sensors (SensorThings)</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="103" />
      <source>Sensors, latest values (live)</source>
      <translation>Sensors, latest values (live)</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="82" />
      <source>Show the Digital Twin algorithms in the Processing Toolbox</source>
      <translation>Show the Digital Twin algorithms in the Processing Toolbox</translation>
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
      <location filename="../../plugin/catalog/gui_dock.py" line="74" />
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
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="97" />
      <source>Tiles in the current extent</source>
      <translation>Tiles in the current extent</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="103" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="105" />
      <source>Traffic counts (live)</source>
      <translation>Traffic counts (live)</translation>
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
      <location filename="../../plugin/catalog/gui_dock.py" line="67" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="436" />
      <source>URL, file or folder</source>
      <translation>URL, file or folder</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="187" />
      <source>Usable elevators</source>
      <translation>Usable elevators</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="102" />
      <source>Vehicle positions (live)</source>
      <translation>Vehicle positions (live)</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="61" />
      <source>Visually impaired accessible</source>
      <translation>Visually impaired accessible</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="67" />
      <source>Ward</source>
      <translation>Ward</translation>
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
      <location filename="../../plugin/catalog/gui_dock.py" line="68" />
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="70" />
      <source>coloured by flood rank</source>
      <translation>coloured by flood rank</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="71" />
      <source>coloured by height</source>
      <translation>coloured by height</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="70" />
      <source>coloured by usage</source>
      <translation>coloured by usage</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="43" />
      <source>height unknown</source>
      <translation>height unknown</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="317" />
      <source>no data yet</source>
      <translation>no data yet</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="36" />
      <source>no flood rank</source>
      <translation>no flood rank</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="398" />
      <source>not stated: check the publisher's terms</source>
      <translation>not stated: check the publisher's terms</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="214" />
      <source>recording to {0} failed: {1}</source>
      <translation>recording to {0} failed: {1}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="317" />
      <source>showing the data of {0}</source>
      <translation>showing the data of {0}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="415" />
      <source>size unknown</source>
      <translation>size unknown</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="302" />
      <source>unknown format</source>
      <translation>unknown format</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="50" />
      <source>usage unknown</source>
      <translation>usage unknown</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="327" />
      <source>{0} (updated {1})</source>
      <translation>{0} (updated {1})</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="326" />
      <source>{0} (updated {1}, feed failing)</source>
      <translation>{0} (updated {1}, feed failing)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="308" />
      <source>{0} has {1} files: expand it and add the ones you need.</source>
      <translation>{0} has {1} files: expand it and add the ones you need.</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="267" />
      <source>{0} of {1} datasets</source>
      <translation>{0} of {1} datasets</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="81" />
      <source>{0}: cannot restart the live layer ({1})</source>
      <translation>{0}: cannot restart the live layer ({1})</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="165" />
      <source>{0}: not a SensorThings service QGIS can open ({1})</source>
      <translation>{0}: not a SensorThings service QGIS can open ({1})</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="102" />
      <source>{0}: the '{1}' preference must be between {2:g} and {3:g} times the length</source>
      <translation>{0}: the '{1}' preference must be between {2:g} and {3:g} times the length</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="304" />
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
      <location filename="../../plugin/catalog/gui_dock.py" line="234" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="318" />
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
    <name>Processing</name>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="73" />
      <source>... and {0} more findings in the 'issues' layer</source>
      <translation>... and {0} more findings in the 'issues' layer</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="41" />
      <source>3D buildings</source>
      <translation>3D buildings</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="180" />
      <source>3D view page not included: atlases get the 2D map only.</source>
      <translation>3D view page not included: atlases get the 2D map only.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="94" />
      <source>Accessible route</source>
      <translation>Accessible route</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="33" />
      <source>Accessible route (barrier-free)</source>
      <translation>Accessible route (barrier-free)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="35" />
      <source>Accessible service area (barrier-free)</source>
      <translation>Accessible service area (barrier-free)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="105" />
      <source>Accessible service areas</source>
      <translation>Accessible service areas</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="111" />
      <source>Add a 3D view page (needs an OpenGL display; not for atlases)</source>
      <translation>Add a 3D view page (needs an OpenGL display; not for atlases)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="81" />
      <source>All available</source>
      <translation>All available</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="76" />
      <source>All files (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="117" />
      <source>Also fill closed depressions (ponding)</source>
      <translation>Also fill closed depressions (ponding)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="149" />
      <source>Annual irradiation</source>
      <translation>Annual irradiation</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="112" />
      <source>Annual irradiation (kWh/m²)</source>
      <translation>Annual irradiation (kWh/m²)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="55" />
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
      <location filename="../../processing_algorithms/solar_potential.py" line="68" />
      <source>Annual irradiation raster (kWh/m²)</source>
      <translation>Annual irradiation raster (kWh/m²)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="97" />
      <source>Append to an existing recording</source>
      <translation>Append to an existing recording</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="68" />
      <source>Area width around reachable links (m)</source>
      <translation>Area width around reachable links (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="119" />
      <source>Arrival depth (m)</source>
      <translation>Arrival depth (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="126" />
      <source>Arrival time</source>
      <translation>Arrival time</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="116" />
      <source>Aspect (degrees from north)</source>
      <translation>Aspect (degrees from north)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="154" />
      <source>Atlas pages: {}</source>
      <translation>Atlas pages: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="105" />
      <source>Atlas: one page per feature of</source>
      <translation>Atlas: one page per feature of</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="108" />
      <source>Atlas: page name field</source>
      <translation>Atlas: page name field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="87" />
      <source>Authentication (API key), if the catalog needs one</source>
      <translation>Authentication (API key), if the catalog needs one</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="72" />
      <source>Authentication, if the server needs it</source>
      <translation>Authentication, if the server needs it</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="100" />
      <source>Azimuth sectors</source>
      <translation>Azimuth sectors</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="97" />
      <source>Barrier hotspots</source>
      <translation>Barrier hotspots</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="30" />
      <source>Barrier hotspots (barrier-free)</source>
      <translation>Barrier hotspots (barrier-free)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="112" />
      <source>Barrier on the plain route: link {0} ({1})</source>
      <translation>Barrier on the plain route: link {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="56" />
      <source>Barrier-free</source>
      <translation>Barrier-free</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="69" />
      <source>Barriers on the plain route</source>
      <translation>Barriers on the plain route</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="66" />
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="63" />
      <source>Budget in</source>
      <translation>Budget in</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="71" />
      <source>Building footprints</source>
      <translation>Building footprints</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="96" />
      <source>Buildings</source>
      <translation>Buildings</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="82" />
      <source>Buildings (CityGML)</source>
      <translation>Buildings (CityGML)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="61" />
      <source>Buildings (footprints)</source>
      <translation>Buildings (footprints)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="106" />
      <source>Buildings (obstacles)</source>
      <translation>Buildings (obstacles)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="73" />
      <source>Buildings served (optional)</source>
      <translation>Buildings served (optional)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="122" />
      <source>Buildings with flood exposure</source>
      <translation>Buildings with flood exposure</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="101" />
      <source>CKAN portal</source>
      <translation>CKAN portal</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="79" />
      <source>CO2 emission factor (kg-CO2/kWh)</source>
      <translation>CO2 emission factor (kg-CO2/kWh)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="65" />
      <source>COPC point cloud</source>
      <translation>COPC point cloud</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="70" />
      <source>COPC point cloud (*.copc.laz);;Virtual point cloud (*.vpc)</source>
      <translation>COPC point cloud (*.copc.laz);;Virtual point cloud (*.vpc)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="94" />
      <source>CRS of the output</source>
      <translation>CRS of the output</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="61" />
      <source>CRS when the file records none</source>
      <translation>CRS when the file records none</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="51" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="94" />
      <source>CSV (*.csv);;GeoPackage (*.gpkg)</source>
      <translation>CSV (*.csv);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="92" />
      <source>Catalog</source>
      <translation>Catalog</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="74" />
      <source>Catalog URL, file or folder (empty: the type's default)</source>
      <translation>Catalog URL, file or folder (empty: the type's default)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="72" />
      <source>Catalog type</source>
      <translation>Catalog type</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="44" />
      <source>Catalogs</source>
      <translation>Catalogs</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="71" />
      <source>Cell size (m)</source>
      <translation>Cell size (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="98" />
      <source>Cell size for the TIN (m)</source>
      <translation>Cell size for the TIN (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="75" />
      <source>Cells filled</source>
      <translation>Cells filled</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="68" />
      <source>Checksum (sha256:&lt;hex&gt; or md5:&lt;hex&gt;)</source>
      <translation>Checksum (sha256:&lt;hex&gt; or md5:&lt;hex&gt;)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="80" />
      <source>Choose a LAS/LAZ file, a zip or a folder to convert.</source>
      <translation>Choose a LAS/LAZ file, a zip or a folder to convert.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="178" />
      <source>Choose a weather file, or an embedded climate.</source>
      <translation>Choose a weather file, or an embedded climate.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="151" />
      <source>Choose the height field: none of {} was found in the layer ({}).</source>
      <translation>Choose the height field: none of {} was found in the layer ({}).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="166" />
      <source>Choose the level field of the river level layer.</source>
      <translation>Choose the level field of the river level layer.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="105" />
      <source>City (name or 5-digit code)</source>
      <translation>City (name or 5-digit code)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="71" />
      <source>CityGML file, PLATEAU release zip or URL</source>
      <translation>CityGML file, PLATEAU release zip or URL</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="72" />
      <source>CityGML or PLATEAU release zip (*.gml *.zip *.GML *.ZIP)</source>
      <translation>CityGML or PLATEAU release zip (*.gml *.zip *.GML *.ZIP)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="77" />
      <source>Climate</source>
      <translation>Climate</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="70" />
      <source>Code set</source>
      <translation>Code set</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="115" />
      <source>Connectivity</source>
      <translation>Connectivity</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="98" />
      <source>Constant inflow field (m³/s)</source>
      <translation>Constant inflow field (m³/s)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="31" />
      <source>Convert point cloud to COPC</source>
      <translation>Convert point cloud to COPC</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="40" />
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
      <location filename="../../processing_algorithms/export_resident_map.py" line="193" />
      <source>Could not read the QGIS project {}</source>
      <translation>Could not read the QGIS project {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="47" />
      <source>Create the sample district</source>
      <translation>Create the sample district</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="92" />
      <source>DEM (ground elevation, m)</source>
      <translation>DEM (ground elevation, m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="80" />
      <source>DSM</source>
      <translation>DSM</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="69" />
      <source>DSM (same grid)</source>
      <translation>DSM (same grid)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="75" />
      <source>DSM (terrain + buildings, projected CRS in metres)</source>
      <translation>DSM (terrain + buildings, projected CRS in metres)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="77" />
      <source>DSM CRS (projected)</source>
      <translation>DSM CRS (projected)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="37" />
      <source>DSM from building heights (LOD1)</source>
      <translation>DSM from building heights (LOD1)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="60" />
      <source>DSM: highest point (surface)</source>
      <translation>DSM: highest point (surface)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="63" />
      <source>DTM value per cell</source>
      <translation>DTM value per cell</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="61" />
      <source>DTM: ground points (terrain)</source>
      <translation>DTM: ground points (terrain)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="102" />
      <source>Data attribution (added to what the layers' metadata name)</source>
      <translation>Data attribution (added to what the layers' metadata name)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="106" />
      <source>Data type (e.g. 建築物モデル or bldg)</source>
      <translation>Data type (e.g. 建築物モデル or bldg)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="93" />
      <source>Datasets and resources</source>
      <translation>Datasets and resources</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="95" />
      <source>Datasets found</source>
      <translation>Datasets found</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="100" />
      <source>Depth field (m)</source>
      <translation>Depth field (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="128" />
      <source>Depth time series</source>
      <translation>Depth time series</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="56" />
      <source>Destination</source>
      <translation>Destination</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="58" />
      <source>Destination floor (where floors are stacked)</source>
      <translation>Destination floor (where floors are stacked)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="71" />
      <source>Destination reachable</source>
      <translation>Destination reachable</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="71" />
      <source>Detect</source>
      <translation>Detect</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="68" />
      <source>Detour factor</source>
      <translation>Detour factor</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="61" />
      <source>Detour factor cap (unreachable counts as this)</source>
      <translation>Detour factor cap (unreachable counts as this)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="85" />
      <source>Diffuse sky</source>
      <translation>Diffuse sky</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="63" />
      <source>Distance (m)</source>
      <translation>Distance (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="91" />
      <source>Download</source>
      <translation>Download</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="41" />
      <source>Download a catalog resource</source>
      <translation>Download a catalog resource</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="34" />
      <source>Download point cloud tiles as COPC</source>
      <translation>Download point cloud tiles as COPC</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="76" />
      <source>Downloaded file</source>
      <translation>Downloaded file</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="50" />
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
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="43" />
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
      <location filename="../../processing_algorithms/flood_simulation.py" line="88" />
      <source>Duration (minutes)</source>
      <translation>Duration (minutes)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="101" />
      <source>Duration field (h)</source>
      <translation>Duration field (h)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="85" />
      <source>Elevation (DEM)</source>
      <translation>Elevation (DEM)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="74" />
      <source>Elevation raster</source>
      <translation>Elevation raster</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="65" />
      <source>Expected size in bytes (0: unknown)</source>
      <translation>Expected size in bytes (0: unknown)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="54" />
      <source>Export resident map (PDF/PNG)</source>
      <translation>Export resident map (PDF/PNG)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="126" />
      <source>Exposed buildings</source>
      <translation>Exposed buildings</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="124" />
      <source>Exposure summary</source>
      <translation>Exposure summary</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="82" />
      <source>Extent (traffic counts; default: Tokyo 23 wards)</source>
      <translation>Extent (traffic counts; default: Tokyo 23 wards)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="70" />
      <source>Extract zip into a folder beside it</source>
      <translation>Extract zip into a folder beside it</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="79" />
      <source>Extracted folder</source>
      <translation>Extracted folder</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="90" />
      <source>Facilities</source>
      <translation>Facilities</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="56" />
      <source>Facilities (stations, shelters, hospitals, ...)</source>
      <translation>Facilities (stations, shelters, hospitals, ...)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="53" />
      <source>Facilities for catchments (optional; default: random origins)</source>
      <translation>Facilities for catchments (optional; default: random origins)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="59" />
      <source>Facility name or id field</source>
      <translation>Facility name or id field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="74" />
      <source>Feature types to read from a zip (comma-separated; empty = all)</source>
      <translation>Feature types to read from a zip (comma-separated; empty = all)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="102" />
      <source>Features fetched</source>
      <translation>Features fetched</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="75" />
      <source>Feed URL</source>
      <translation>Feed URL</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="76" />
      <source>Feed type</source>
      <translation>Feed type</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="103" />
      <source>Fetched at (UTC)</source>
      <translation>Fetched at (UTC)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="57" />
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
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="68" />
      <source>Fill gaps up to (m; 0 = no filling)</source>
      <translation>Fill gaps up to (m; 0 = no filling)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="36" />
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
      <location filename="../../processing_algorithms/solar_potential.py" line="157" />
      <source>Flat roofs as 15° south panels: × {:.3f}</source>
      <translation>Flat roofs as 15° south panels: × {:.3f}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="72" />
      <source>Flood</source>
      <translation>Flood</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="120" />
      <source>Flood depth</source>
      <translation>Flood depth</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="86" />
      <source>Flood depth L2</source>
      <translation>Flood depth L2</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="107" />
      <source>Flood depth raster (instead of polygons)</source>
      <translation>Flood depth raster (instead of polygons)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="69" />
      <source>Flood exposure of buildings</source>
      <translation>Flood exposure of buildings</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="98" />
      <source>Flood hazard polygons</source>
      <translation>Flood hazard polygons</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="83" />
      <source>Flood inundation model L1 (CityGML)</source>
      <translation>Flood inundation model L1 (CityGML)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="84" />
      <source>Flood inundation model L2 (CityGML)</source>
      <translation>Flood inundation model L2 (CityGML)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="61" />
      <source>Flood simulation (2D, rain and inflows)</source>
      <translation>Flood simulation (2D, rain and inflows)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="124" />
      <source>Flooded area (m²)</source>
      <translation>Flooded area (m²)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="122" />
      <source>Flooded areas</source>
      <translation>Flooded areas</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="117" />
      <source>Floor area per resident (m²)</source>
      <translation>Floor area per resident (m²)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="38" />
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
      <location filename="../../processing_algorithms/catalog_search.py" line="107" />
      <source>Format (e.g. 3D Tiles, MVT, CityGML, LAS)</source>
      <translation>Format (e.g. 3D Tiles, MVT, CityGML, LAS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="92" />
      <source>GeoPackage</source>
      <translation>GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="107" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="78" />
      <source>Give at least one tile name.</source>
      <translation>Give at least one tile name.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="186" />
      <source>Give either a DEM raster or a TIN layer.</source>
      <translation>Give either a DEM raster or a TIN layer.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="134" />
      <source>Give either flood hazard polygons or a flood depth raster.</source>
      <translation>Give either flood hazard polygons or a flood depth raster.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="154" />
      <source>Give rain (intensity &gt; 0 or a hyetograph) or inflow points.</source>
      <translation>Give rain (intensity &gt; 0 or a hyetograph) or inflow points.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="138" />
      <source>Global horizontal irradiation of the climate: {:.0f} kWh/m²/yr</source>
      <translation>Global horizontal irradiation of the climate: {:.0f} kWh/m²/yr</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="66" />
      <source>Ground DEM (default: flat ground at 0 m)</source>
      <translation>Ground DEM (default: flat ground at 0 m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="96" />
      <source>Ground albedo</source>
      <translation>Ground albedo</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="119" />
      <source>Ground floor level above ground (m)</source>
      <translation>Ground floor level above ground (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="63" />
      <source>Height field (m)</source>
      <translation>Height field (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="82" />
      <source>Highest available per object</source>
      <translation>Highest available per object</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="110" />
      <source>Highest class touching (InaSAFE)</source>
      <translation>Highest class touching (InaSAFE)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="69" />
      <source>Hotspot GeoPackage</source>
      <translation>Hotspot GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="70" />
      <source>Hotspot links</source>
      <translation>Hotspot links</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="101" />
      <source>Hydrograph CSV</source>
      <translation>Hydrograph CSV</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="91" />
      <source>Hyetograph CSV (overrides the intensity)</source>
      <translation>Hyetograph CSV (overrides the intensity)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="30" />
      <source>Import and validate pedestrian network (barrier-free)</source>
      <translation>Import and validate pedestrian network (barrier-free)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="95" />
      <source>Inflow name field</source>
      <translation>Inflow name field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="217" />
      <source>Inflow point '{}' has no hydrograph rows and no discharge value.</source>
      <translation>Inflow point '{}' has no hydrograph rows and no discharge value.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="93" />
      <source>Inflow points</source>
      <translation>Inflow points</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="133" />
      <source>Inflow volume (m³)</source>
      <translation>Inflow volume (m³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="66" />
      <source>Inundation from a water level</source>
      <translation>Inundation from a water level</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="86" />
      <source>Isotropic</source>
      <translation>Isotropic</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="63" />
      <source>Keep the top N links (0 = all that matter)</source>
      <translation>Keep the top N links (0 = all that matter)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="60" />
      <source>LAS/LAZ file, or zip holding LAS/LAZ files</source>
      <translation>LAS/LAZ file, or zip holding LAS/LAZ files</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="108" />
      <source>LOD</source>
      <translation>LOD</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="82" />
      <source>LOD0 only</source>
      <translation>LOD0 only</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="82" />
      <source>LOD1 only</source>
      <translation>LOD1 only</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="83" />
      <source>LOD2 only (with roof, wall and ground surfaces)</source>
      <translation>LOD2 only (with roof, wall and ground surfaces)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="68" />
      <source>LOD2 roof surfaces (3D polygons, heights above sea level; optional)</source>
      <translation>LOD2 roof surfaces (3D polygons, heights above sea level; optional)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="110" />
      <source>Largest overlap (PLATEAU)</source>
      <translation>Largest overlap (PLATEAU)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="90" />
      <source>Latitude (default: the DSM's centre)</source>
      <translation>Latitude (default: the DSM's centre)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="88" />
      <source>Latitude path or CSV column</source>
      <translation>Latitude path or CSV column</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="89" />
      <source>Layers (first is drawn on top)</source>
      <translation>Layers (first is drawn on top)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="95" />
      <source>Layers written (name: features)</source>
      <translation>Layers written (name: features)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="94" />
      <source>Layout templates (*.qpt)</source>
      <translation>Layout templates (*.qpt)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="106" />
      <source>Level field (m)</source>
      <translation>Level field (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="148" />
      <source>Level {} m: {} cells flooded, {:.0f} m², {:.0f} m³, deepest {:.2f} m</source>
      <translation>Level {} m: {} cells flooded, {:.0f} m², {:.0f} m³, deepest {:.2f} m</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="80" />
      <source>Levels of detail</source>
      <translation>Levels of detail</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="54" />
      <source>Links</source>
      <translation>Links</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="65" />
      <source>Links (MLIT link layer, or OSM-style footway lines)</source>
      <translation>Links (MLIT link layer, or OSM-style footway lines)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="84" />
      <source>Links whose data is unknown (99 / X) or too coarse to tell</source>
      <translation>Links whose data is unknown (99 / X) or too coarse to tell</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="38" />
      <source>Load PLATEAU CityGML</source>
      <translation>Load PLATEAU CityGML</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="102" />
      <source>Local catalog file or folder (offline)</source>
      <translation>Local catalog file or folder (offline)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="93" />
      <source>Longitude (default: the DSM's centre)</source>
      <translation>Longitude (default: the DSM's centre)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="89" />
      <source>Longitude path or CSV column</source>
      <translation>Longitude path or CSV column</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="63" />
      <source>Lowest</source>
      <translation>Lowest</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="81" />
      <source>Lowest available per object</source>
      <translation>Lowest available per object</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="71" />
      <source>MLIT 2018</source>
      <translation>MLIT 2018</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="71" />
      <source>MLIT 2024</source>
      <translation>MLIT 2024</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="67" />
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
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="41" />
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
      <location filename="../../processing_algorithms/flood_simulation.py" line="102" />
      <source>Manning's n</source>
      <translation>Manning's n</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="104" />
      <source>Manning's n raster (same grid as the DEM)</source>
      <translation>Manning's n raster (same grid as the DEM)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="103" />
      <source>Map extent</source>
      <translation>Map extent</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="57" />
      <source>Maps for residents</source>
      <translation>Maps for residents</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="74" />
      <source>Margin around the buildings (m)</source>
      <translation>Margin around the buildings (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="131" />
      <source>Mass balance error (%)</source>
      <translation>Mass balance error (%)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="176" />
      <source>Mass balance: rain {:.1f} m³ + inflow {:.1f} m³ = on the grid {:.1f} m³ + outflow {:.1f} m³; error {:.4f} %</source>
      <translation>Mass balance: rain {:.1f} m³ + inflow {:.1f} m³ = on the grid {:.1f} m³ + outflow {:.1f} m³; error {:.4f} %</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="123" />
      <source>Maximum depth</source>
      <translation>Maximum depth</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="126" />
      <source>Maximum depth (m)</source>
      <translation>Maximum depth (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="84" />
      <source>Maximum number of datasets from a CKAN search</source>
      <translation>Maximum number of datasets from a CKAN search</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="125" />
      <source>Maximum velocity</source>
      <translation>Maximum velocity</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="63" />
      <source>Mean</source>
      <translation>Mean</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="71" />
      <source>Mean detour factor</source>
      <translation>Mean detour factor</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="77" />
      <source>Mesh codes to read from a zip (comma-separated prefixes; empty = all)</source>
      <translation>Mesh codes to read from a zip (comma-separated prefixes; empty = all)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="81" />
      <source>Mobility profile</source>
      <translation>Mobility profile</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="81" />
      <source>Mobility profiles</source>
      <translation>Mobility profiles</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="113" />
      <source>Monthly irradiation (kWh/m², 12 bands)</source>
      <translation>Monthly irradiation (kWh/m², 12 bands)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="49" />
      <source>Network GeoPackage</source>
      <translation>Network GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="109" />
      <source>No accessible route for {0}: every way is closed by a barrier</source>
      <translation>No accessible route for {0}: every way is closed by a barrier</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="147" />
      <source>No data source found in the layers' metadata: open data licences (CC BY, ODbL) ask printed maps to name it; give it in 'Data attribution'.</source>
      <translation>No data source found in the layers' metadata: open data licences (CC BY, ODbL) ask printed maps to name it; give it in 'Data attribution'.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="54" />
      <source>Nodes</source>
      <translation>Nodes</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="67" />
      <source>Nodes (MLIT node layer; points or a table with lat/lon)</source>
      <translation>Nodes (MLIT node layer; points or a table with lat/lon)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="100" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="217" />
      <source>Nothing to print: every layer is empty or has no CRS.</source>
      <translation>Nothing to print: every layer is empty or has no CRS.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="200" />
      <source>Nothing to print: give a project with visible layers, or layers.</source>
      <translation>Nothing to print: give a project with visible layers, or layers.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="67" />
      <source>Number of points</source>
      <translation>Number of points</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="71" />
      <source>OSM footway tags</source>
      <translation>OSM footway tags</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="89" />
      <source>Offline: use cached answers only</source>
      <translation>Offline: use cached answers only</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="95" />
      <source>Or a TIN (PLATEAU dem triangles with Z)</source>
      <translation>Or a TIN (PLATEAU dem triangles with Z)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="62" />
      <source>Or: a folder of LAS/LAZ files</source>
      <translation>Or: a folder of LAS/LAZ files</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="55" />
      <source>Origin</source>
      <translation>Origin</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="57" />
      <source>Origin floor (where floors are stacked)</source>
      <translation>Origin floor (where floors are stacked)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="134" />
      <source>Outflow volume (m³)</source>
      <translation>Outflow volume (m³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="78" />
      <source>Overlays buildings with a flood hazard map and gives every building its flood rank (1: &lt;0.5 m ... 6: ≥20 m), depth, duration, scale (L1/L2), river and the number of floors under water, plus a summary table per scale and rank: buildings, total floor area and estimated residents.

Hazard: polygons (PLATEAU fld water bodies loaded with 'Load PLATEAU CityGML', MLIT A31 inundation areas, any layer with rank and/or depth fields; empty field choices are guessed from common names) or a depth raster. Use one scenario (one river and scale) per run.

Rules: 'Largest overlap (PLATEAU)' takes the rank covering most of the building (a tie goes to the more dangerous rank) and the depth of the largest cell of that rank; 'Highest class touching (InaSAFE)' takes the most dangerous rank overlapping the building at all.

Residents come from a population field, else storeys x footprint / area per person. Floors affected: the ground floor stands 0.5 m above ground, each storey 3 m (editable).

Example: buildings of building_lod0 and waterbody_lod1 from the same PLATEAU city, rule PLATEAU -&gt; buildings styled with the GSI depth colours, and a summary ready for a report.</source>
      <translation>Overlays buildings with a flood hazard map and gives every building its flood rank (1: &lt;0.5 m ... 6: ≥20 m), depth, duration, scale (L1/L2), river and the number of floors under water, plus a summary table per scale and rank: buildings, total floor area and estimated residents.

Hazard: polygons (PLATEAU fld water bodies loaded with 'Load PLATEAU CityGML', MLIT A31 inundation areas, any layer with rank and/or depth fields; empty field choices are guessed from common names) or a depth raster. Use one scenario (one river and scale) per run.

Rules: 'Largest overlap (PLATEAU)' takes the rank covering most of the building (a tie goes to the more dangerous rank) and the depth of the largest cell of that rank; 'Highest class touching (InaSAFE)' takes the most dangerous rank overlapping the building at all.

Residents come from a population field, else storeys x footprint / area per person. Floors affected: the ground floor stands 0.5 m above ground, each storey 3 m (editable).

Example: buildings of building_lod0 and waterbody_lod1 from the same PLATEAU city, rule PLATEAU -&gt; buildings styled with the GSI depth colours, and a summary ready for a report.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="80" />
      <source>Overwrite a previous sample district in the folder</source>
      <translation>Overwrite a previous sample district in the folder</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="119" />
      <source>Overwrite an existing depth file</source>
      <translation>Overwrite an existing depth file</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="105" />
      <source>Overwrite an existing file</source>
      <translation>Overwrite an existing file</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="63" />
      <source>Overwrite existing files</source>
      <translation>Overwrite existing files</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="122" />
      <source>Overwrite existing raster files</source>
      <translation>Overwrite existing raster files</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="93" />
      <source>Own layout template (.qpt), instead of the paper above</source>
      <translation>Own layout template (.qpt), instead of the paper above</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="88" />
      <source>Own profiles (JSON; default: stored in the project, else shipped)</source>
      <translation>Own profiles (JSON; default: stored in the project, else shipped)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="119" />
      <source>PDF (*.pdf);;PNG image (*.png)</source>
      <translation>PDF (*.pdf);;PNG image (*.png)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="73" />
      <source>PLATEAU</source>
      <translation>PLATEAU</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="77" />
      <source>PLATEAU CityGML conditions (city codes, m:mesh, r:bbox, g:place)</source>
      <translation>PLATEAU CityGML conditions (city codes, m:mesh, r:bbox, g:place)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="100" />
      <source>PLATEAU CityGML files</source>
      <translation>PLATEAU CityGML files</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="80" />
      <source>PLATEAU CityGML: files in this extent</source>
      <translation>PLATEAU CityGML: files in this extent</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="100" />
      <source>PLATEAU data catalog (3D Tiles, MVT)</source>
      <translation>PLATEAU data catalog (3D Tiles, MVT)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="79" />
      <source>PLATEAU monthly transmissivity (clear days)</source>
      <translation>PLATEAU monthly transmissivity (clear days)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="82" />
      <source>PLATEAU: flat roof gain of 15° south panels (default: from the Tokyo climate)</source>
      <translation>PLATEAU: flat roof gain of 15° south panels (default: from the Tokyo climate)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="91" />
      <source>Paper</source>
      <translation>Paper</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="76" />
      <source>Pedestrian links</source>
      <translation>Pedestrian links</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="88" />
      <source>Pedestrian network links</source>
      <translation>Pedestrian network links</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="89" />
      <source>Pedestrian network nodes</source>
      <translation>Pedestrian network nodes</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="75" />
      <source>Pedestrian nodes</source>
      <translation>Pedestrian nodes</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="52" />
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
      <location filename="../../processing_algorithms/solar_irradiance.py" line="86" />
      <source>Perez (circumsolar part shaded like the sun)</source>
      <translation>Perez (circumsolar part shaded like the sun)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="76" />
      <source>Performance ratio</source>
      <translation>Performance ratio</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="93" />
      <source>Plain shortest route</source>
      <translation>Plain shortest route</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="67" />
      <source>Plain shortest route length (m)</source>
      <translation>Plain shortest route length (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="55" />
      <source>Point cloud (.las, .laz, .copc.laz)</source>
      <translation>Point cloud (.las, .laz, .copc.laz)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="87" />
      <source>Point cloud (LAZ)</source>
      <translation>Point cloud (LAZ)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="32" />
      <source>Point cloud to DSM/DTM raster</source>
      <translation>Point cloud to DSM/DTM raster</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="37" />
      <source>Point clouds</source>
      <translation>Point clouds</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="115" />
      <source>Point name field</source>
      <translation>Point name field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="112" />
      <source>Points for depth time series</source>
      <translation>Points for depth time series</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="113" />
      <source>Population field</source>
      <translation>Population field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="76" />
      <source>Population field of the buildings</source>
      <translation>Population field of the buildings</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="105" />
      <source>Prefecture (name or 2-digit code)</source>
      <translation>Prefecture (name or 2-digit code)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="96" />
      <source>Preset</source>
      <translation>Preset</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="91" />
      <source>Profile id from your profiles file, instead of the list above</source>
      <translation>Profile id from your profiles file, instead of the list above</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="155" />
      <source>Profiles ({0}): {1}</source>
      <translation>Profiles ({0}): {1}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="86" />
      <source>QGIS project (its visible layers are printed)</source>
      <translation>QGIS project (its visible layers are printed)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="87" />
      <source>QGIS projects (*.qgz *.qgs)</source>
      <translation>QGIS projects (*.qgz *.qgs)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="89" />
      <source>Rain intensity (mm/h)</source>
      <translation>Rain intensity (mm/h)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="108" />
      <source>Rain on roofs runs off onto the ground beside the building</source>
      <translation>Rain on roofs runs off onto the ground beside the building</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="132" />
      <source>Rain volume (m³)</source>
      <translation>Rain volume (m³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="59" />
      <source>Random seed</source>
      <translation>Random seed</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="99" />
      <source>Rank field (1-6)</source>
      <translation>Rank field (1-6)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="33" />
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
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="60" />
      <source>Raster</source>
      <translation>Raster</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="46" />
      <source>Rasterises building footprints with a height field (PLATEAU measuredHeight, in metres) onto a DEM, or onto flat ground at 0 m, into a DSM GeoTIFF for 'Solar irradiation with shadows'. Each roof is flat at the lowest ground under the footprint plus the building's height; a pixel belongs to a building when its centre is inside the footprint. Buildings without a positive height are left out. LOD2 roof surfaces, when given, replace the flat roofs where they lie: each planar piece is burnt on its own plane from its 3D vertices (absolute heights, as in PLATEAU: give the DEM too).

The DSM is in a projected CRS: the one given, else the layer's if it is projected, else the nearest JGD2011 plane rectangular zone (Tokyo: EPSG:6677).

Example: qgis_process run digitaltwin:buildingsdsm -- BUILDINGS=bldg.gpkg HEIGHT_FIELD=measuredHeight CELL_SIZE=1 OUTPUT=dsm.tif</source>
      <translation>Rasterises building footprints with a height field (PLATEAU measuredHeight, in metres) onto a DEM, or onto flat ground at 0 m, into a DSM GeoTIFF for 'Solar irradiation with shadows'. Each roof is flat at the lowest ground under the footprint plus the building's height; a pixel belongs to a building when its centre is inside the footprint. Buildings without a positive height are left out. LOD2 roof surfaces, when given, replace the flat roofs where they lie: each planar piece is burnt on its own plane from its 3D vertices (absolute heights, as in PLATEAU: give the DEM too).

The DSM is in a projected CRS: the one given, else the layer's if it is projected, else the nearest JGD2011 plane rectangular zone (Tokyo: EPSG:6677).

Example: qgis_process run digitaltwin:buildingsdsm -- BUILDINGS=bldg.gpkg HEIGHT_FIELD=measuredHeight CELL_SIZE=1 OUTPUT=dsm.tif</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="106" />
      <source>Reachable links</source>
      <translation>Reachable links</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="33" />
      <source>Reads MLIT pedestrian network data (歩行空間ネットワークデータ: link and node layers as GeoJSON, Shapefile, GeoPackage or CSV with lat/lon) or OSM-style footway lines (highway=steps, incline, kerb:height, width, oneway, tactile_paving), detects the code set (2018, 2024 or OSM; choose it yourself when a 2024 file uses no 2024-only code) and validates it: dangling links, codes outside the code set (treated as unknown), missing floors, elevators that do not change floor, duplicate ids.

Output: a GeoPackage with 'links' (3D lines, Z from floors; the physical ranges behind the codes and, for every shipped profile, 'open', 'closed' or 'unknown'), 'nodes' (3D points with floor) and 'issues' (the validation report), plus the report as CSV when asked.

Example: qgis_process run digitaltwin:barrierfreeimport -- LINKS=link.shp NODES=node.shp OUTPUT=network.gpkg REPORT=report.csv</source>
      <translation>Reads MLIT pedestrian network data (歩行空間ネットワークデータ: link and node layers as GeoJSON, Shapefile, GeoPackage or CSV with lat/lon) or OSM-style footway lines (highway=steps, incline, kerb:height, width, oneway, tactile_paving), detects the code set (2018, 2024 or OSM; choose it yourself when a 2024 file uses no 2024-only code) and validates it: dangling links, codes outside the code set (treated as unknown), missing floors, elevators that do not change floor, duplicate ids.

Output: a GeoPackage with 'links' (3D lines, Z from floors; the physical ranges behind the codes and, for every shipped profile, 'open', 'closed' or 'unknown'), 'nodes' (3D points with floor) and 'issues' (the validation report), plus the report as CSV when asked.

Example: qgis_process run digitaltwin:barrierfreeimport -- LINKS=link.shp NODES=node.shp OUTPUT=network.gpkg REPORT=report.csv</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="47" />
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
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="51" />
      <source>Realtime</source>
      <translation>Realtime</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="48" />
      <source>Realtime feed snapshot</source>
      <translation>Realtime feed snapshot</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="145" />
      <source>Realtime snapshot</source>
      <translation>Realtime snapshot</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="86" />
      <source>Records path in the JSON (dot separated)</source>
      <translation>Records path in the JSON (dot separated)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="119" />
      <source>Resident map</source>
      <translation>Resident map</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="114" />
      <source>Resolution (dpi)</source>
      <translation>Resolution (dpi)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="63" />
      <source>Resource URL</source>
      <translation>Resource URL</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="91" />
      <source>River channel</source>
      <translation>River channel</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="103" />
      <source>River field</source>
      <translation>River field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="103" />
      <source>River level layer (overrides the number)</source>
      <translation>River level layer (overrides the number)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="43" />
      <source>Rooftop solar potential per building</source>
      <translation>Rooftop solar potential per building</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="64" />
      <source>Route GeoPackage</source>
      <translation>Route GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="65" />
      <source>Route length (m)</source>
      <translation>Route length (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="66" />
      <source>Route time (min)</source>
      <translation>Route time (min)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="96" />
      <source>Rows written</source>
      <translation>Rows written</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="109" />
      <source>Rule</source>
      <translation>Rule</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="78" />
      <source>SHA-256 of the file</source>
      <translation>SHA-256 of the file</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="50" />
      <source>Sample data</source>
      <translation>Sample data</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="81" />
      <source>Sample district folder</source>
      <translation>Sample district folder</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="56" />
      <source>Sampled nodes (origins and destinations)</source>
      <translation>Sampled nodes (origins and destinations)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="73" />
      <source>Scale (1 = the bundled district; n = n times wider and taller)</source>
      <translation>Scale (1 = the bundled district; n = n times wider and taller)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="102" />
      <source>Scale field (L1/L2)</source>
      <translation>Scale field (L1/L2)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="45" />
      <source>Search a data catalog</source>
      <translation>Search a data catalog</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="75" />
      <source>Search text</source>
      <translation>Search text</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="54" />
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
      <location filename="../../processing_algorithms/flood_inundation.py" line="112" />
      <source>Seeds: river or points where the water comes from</source>
      <translation>Seeds: river or points where the water comes from</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="78" />
      <source>Service area GeoPackage</source>
      <translation>Service area GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="79" />
      <source>Service areas</source>
      <translation>Service areas</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="82" />
      <source>Several tiles make one layer through a .vpc output.</source>
      <translation>Several tiles make one layer through a .vpc output.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="98" />
      <source>Shadow search radius (m)</source>
      <translation>Shadow search radius (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="70" />
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
      <location filename="../../processing_algorithms/solar_irradiance.py" line="132" />
      <source>Site: latitude {:.5f}, longitude {:.5f}</source>
      <translation>Site: latitude {:.5f}, longitude {:.5f}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="77" />
      <source>Size in bytes</source>
      <translation>Size in bytes</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="88" />
      <source>Skip broken city objects and keep the readable ones</source>
      <translation>Skip broken city objects and keep the readable ones</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="115" />
      <source>Skipped: {}</source>
      <translation>Skipped: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="114" />
      <source>Sky view factor</source>
      <translation>Sky view factor</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="115" />
      <source>Slope (degrees)</source>
      <translation>Slope (degrees)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="101" />
      <source>Snapshot GeoPackage</source>
      <translation>Snapshot GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="46" />
      <source>Solar irradiation with shadows (DSM)</source>
      <translation>Solar irradiation with shadows (DSM)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="40" />
      <source>Solar potential</source>
      <translation>Solar potential</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="79" />
      <source>Static GTFS zip (file or URL) for names (GTFS-Realtime)</source>
      <translation>Static GTFS zip (file or URL) for names (GTFS-Realtime)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="118" />
      <source>Storey height (m)</source>
      <translation>Storey height (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="100" />
      <source>Storey height for Z (m per floor)</source>
      <translation>Storey height for Z (m per floor)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="111" />
      <source>Storeys field</source>
      <translation>Storeys field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="99" />
      <source>Subtitle</source>
      <translation>Subtitle</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="85" />
      <source>Target CRS (empty = JGD2011 plane rectangular zone of the data)</source>
      <translation>Target CRS (empty = JGD2011 plane rectangular zone of the data)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="101" />
      <source>TerriaJS catalog (Tokyo Digital Twin 3D viewer)</source>
      <translation>TerriaJS catalog (Tokyo Digital Twin 3D viewer)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="189" />
      <source>The DEM must be in a projected CRS (metres).</source>
      <translation>The DEM must be in a projected CRS (metres).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="161" />
      <source>The DSM CRS must be projected, in metres (Tokyo: EPSG:6677).</source>
      <translation>The DSM CRS must be projected, in metres (Tokyo: EPSG:6677).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="125" />
      <source>The DSM could not be opened.</source>
      <translation>The DSM could not be opened.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="228" />
      <source>The Manning's n raster must have the DEM's grid.</source>
      <translation>The Manning's n raster must have the DEM's grid.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="87" />
      <source>The buildings layer could not be opened.</source>
      <translation>The buildings layer could not be opened.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="120" />
      <source>The buildings layer has no polygons.</source>
      <translation>The buildings layer has no polygons.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="141" />
      <source>The depth raster must be in a projected CRS (metres).</source>
      <translation>The depth raster must be in a projected CRS (metres).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="180" />
      <source>The hazard layer needs a rank field or a depth field; choose one.</source>
      <translation>The hazard layer needs a rank field or a depth field; choose one.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="95" />
      <source>The irradiation raster, the DSM and the buildings are needed.</source>
      <translation>The irradiation raster, the DSM and the buildings are needed.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="176" />
      <source>The river level layer has no value in field '{}'.</source>
      <translation>The river level layer has no value in field '{}'.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="115" />
      <source>The route uses {0} links whose data cannot tell if they are passable</source>
      <translation>The route uses {0} links whose data cannot tell if they are passable</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="59" />
      <source>Tile address ({name} = tile name)</source>
      <translation>Tile address ({name} = tile name)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="57" />
      <source>Tile names (comma separated)</source>
      <translation>Tile names (comma separated)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="103" />
      <source>Tile size (pixels)</source>
      <translation>Tile size (pixels)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="92" />
      <source>Tile {} ({}/{})</source>
      <translation>Tile {} ({}/{})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="63" />
      <source>Time (min)</source>
      <translation>Time (min)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="84" />
      <source>Time code YYYYMMDDhhmm, JST (traffic counts; default: latest published)</source>
      <translation>Time code YYYYMMDDhhmm, JST (traffic counts; default: latest published)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="109" />
      <source>Time field (latest wins)</source>
      <translation>Time field (latest wins)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="117" />
      <source>Time series interval (minutes)</source>
      <translation>Time series interval (minutes)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="130" />
      <source>Time steps</source>
      <translation>Time steps</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="88" />
      <source>Time zone of the weather file's times</source>
      <translation>Time zone of the weather file's times</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="90" />
      <source>Timeout per request (s)</source>
      <translation>Timeout per request (s)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="98" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="73" />
      <source>Tokyo Solar Atlas</source>
      <translation>Tokyo Solar Atlas</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="78" />
      <source>Tokyo: clear sky scaled by monthly sunshine</source>
      <translation>Tokyo: clear sky scaled by monthly sunshine</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="85" />
      <source>Treat as barriers</source>
      <translation>Treat as barriers</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="85" />
      <source>Treat as passable</source>
      <translation>Treat as passable</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="138" />
      <source>Unknown or too coarse data is treated as: {0}</source>
      <translation>Unknown or too coarse data is treated as: {0}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="55" />
      <source>Validation findings</source>
      <translation>Validation findings</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="51" />
      <source>Validation report (CSV)</source>
      <translation>Validation report (CSV)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="66" />
      <source>Virtual point cloud (*.vpc);;COPC point cloud (*.copc.laz)</source>
      <translation>Virtual point cloud (*.vpc);;COPC point cloud (*.copc.laz)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="106" />
      <source>Ward (name or code)</source>
      <translation>Ward (name or code)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="110" />
      <source>Water leaves at the DEM edges</source>
      <translation>Water leaves at the DEM edges</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="101" />
      <source>Water level (m)</source>
      <translation>Water level (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="123" />
      <source>Water level used (m)</source>
      <translation>Water level used (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="178" />
      <source>Water level {} m from the river level layer ({}).</source>
      <translation>Water level {} m from the river level layer ({}).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="135" />
      <source>Water on the grid at the end (m³)</source>
      <translation>Water on the grid at the end (m³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="125" />
      <source>Water volume (m³)</source>
      <translation>Water volume (m³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="82" />
      <source>Weather file</source>
      <translation>Weather file</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="80" />
      <source>Weather file (CSV or EPW)</source>
      <translation>Weather file (CSV or EPW)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="83" />
      <source>Weather files (*.csv *.epw)</source>
      <translation>Weather files (*.csv *.epw)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="75" />
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
      <location filename="../../processing_algorithms/sample_district.py" line="56" />
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
      <location filename="../../processing_algorithms/export_resident_map.py" line="163" />
      <source>Wrote {}</source>
      <translation>Wrote {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="117" />
      <source>Wrote {} ({}), EPSG:{}</source>
      <translation>Wrote {} ({}), EPSG:{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="107" />
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="102" />
      <source>{0} / {1}: {2:.0f} m of links reachable, {3} buildings, population {4:.0f}</source>
      <translation>{0} / {1}: {2:.0f} m of links reachable, {3} buildings, population {4:.0f}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="127" />
      <source>{0} datasets match the filters</source>
      <translation>{0} datasets match the filters</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="113" />
      <source>{0} features from {1}</source>
      <translation>{0} features from {1}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="94" />
      <source>{0} pairs, mean detour factor {1:.2f}, {2} unreachable; {3} hotspot links</source>
      <translation>{0} pairs, mean detour factor {1:.2f}, {2} unreachable; {3} hotspot links</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="126" />
      <source>{0} validation findings: run 'Import and validate pedestrian network' for the full report</source>
      <translation>{0} validation findings: run 'Import and validate pedestrian network' for the full report</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="105" />
      <source>{0}: {1:.0f} m, {2:.1f} min (plain route {3:.0f} m, detour factor {4:.2f})</source>
      <translation>{0}: {1:.0f} m, {2:.1f} min (plain route {3:.0f} m, detour factor {4:.2f})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="122" />
      <source>{0}: {1} datasets</source>
      <translation>{0}: {1} datasets</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="135" />
      <source>{} LOD2 roof surfaces burnt on their planes.</source>
      <translation>{} LOD2 roof surfaces burnt on their planes.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="153" />
      <source>{} buildings, {} hazard cells, CRS {}</source>
      <translation>{} buildings, {} hazard cells, CRS {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="127" />
      <source>{} buildings: {:.1f} kW, {:.0f} MWh/yr</source>
      <translation>{} buildings: {:.1f} kW, {:.0f} MWh/yr</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="132" />
      <source>{} of {} buildings burnt into the DSM ({}).</source>
      <translation>{} of {} buildings burnt into the DSM ({}).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="167" />
      <source>{} of {} buildings exposed</source>
      <translation>{} of {} buildings exposed</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="92" />
      <source>{} x {} cells; {} with points, {} filled; {} points used</source>
      <translation>{} x {} cells; {} with points, {} filled; {} points used</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="89" />
      <source>{}: {} points, CRS from {}, {} octree nodes</source>
      <translation>{}: {} points, CRS from {}, {} octree nodes</translation>
    </message>
  </context>
</TS>
