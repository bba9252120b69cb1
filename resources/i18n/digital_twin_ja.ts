<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>DigitalTwin</name>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="54" />
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="194" />
      <source> × length</source>
      <translation> × 長さ</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="301" />
      <source>'{0}' cannot be added to the map ({1}); use Download.</source>
      <translation>'{0}' は地図に追加できません（{1}）。ダウンロードしてください。</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="269" />
      <source>(first {0} shown; refine the search)</source>
      <translation>（先頭の {0} 件を表示。検索を絞り込んでください）</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="69" />
      <source>3D view of the buildings</source>
      <translation>建物の 3D ビュー</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="92" />
      <source>3D views need a projected CRS: load the buildings in their plane rectangular zone.</source>
      <translation>3Dビューには投影座標系が必要です。建物を平面直角座標系で読み込んでください。</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="39" />
      <source>A Processing provider 'digitaltwin' is registered already (another copy of the plugin?); the Digital Twin algorithms come from that one.</source>
      <translation>プロセッシングプロバイダ 'digitaltwin' はすでに登録されています（プラグインが重複していませんか？）。デジタルツインのアルゴリズムはそちらのものを使います。</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="45" />
      <source>Add live feed</source>
      <translation>ライブフィードを追加</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="78" />
      <source>Add live feed…</source>
      <translation>ライブフィードを追加…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="147" />
      <source>Add to map</source>
      <translation>地図に追加</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="329" />
      <source>Added {0} layer(s) of {1}.</source>
      <translation>{1} のレイヤを {0} 件追加しました。</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="312" />
      <source>Adding {0}…</source>
      <translation>{0} を追加しています…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="124" />
      <source>Add…</source>
      <translation>追加…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="400" />
      <source>Area</source>
      <translation>地域</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="399" />
      <source>Attribution</source>
      <translation>出典表示</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="438" />
      <source>Authentication</source>
      <translation>認証</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="94" />
      <source>Buildings 3D: {}</source>
      <translation>建物3D: {}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="192" />
      <source>Built-in catalogs cannot be removed.</source>
      <translation>組み込みのカタログは削除できません。</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="79" />
      <source>Bus positions, sensors, traffic counts or any JSON feed, refreshed on the map</source>
      <translation>バスの位置、センサー、交通量、任意の JSON フィードを地図上で自動更新</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="73" />
      <source>CKAN portal</source>
      <translation>CKAN ポータル</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="157" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="137" />
      <source>Cannot open the recording {0}</source>
      <translation>記録ファイル {0} を開けません</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="400" />
      <source>Catalog</source>
      <translation>カタログ</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="90" />
      <source>Choose a loaded building layer (building_lod1 or building_lod2) first.</source>
      <translation>先に読み込んだ建物レイヤ（building_lod1 または building_lod2）を選んでください。</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="170" />
      <source>Choose at least one tile first.</source>
      <translation>先にタイルを1つ以上選んでください。</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="67" />
      <source>City</source>
      <translation>市区町村</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="98" />
      <source>Clear</source>
      <translation>クリア</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="91" />
      <source>Click tiles on the map to add or remove them, or take the tiles in the current extent.</source>
      <translation>地図上のタイルをクリックして追加・解除するか、現在の表示範囲のタイルを選んでください。</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="203" />
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="88" />
      <source>Convert to COPC…</source>
      <translation>COPCに変換…</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="56" />
      <source>Crossings without signals count as</source>
      <translation>信号のない横断歩道の重み</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="60" />
      <source>Data catalogs…</source>
      <translation>データカタログ…</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="49" />
      <source>Digital Twin</source>
      <translation>デジタルツイン</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="52" />
      <source>Digital Twin (デジタルツイン): PLATEAU and city digital twin tools</source>
      <translation>デジタルツイン：PLATEAU と都市デジタルツインのツール</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="81" />
      <source>Digital Twin algorithms…</source>
      <translation>デジタルツインのアルゴリズム…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="79" />
      <source>Digital Twin catalog</source>
      <translation>デジタルツイン カタログ</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="193" />
      <source>Digital Twin catalogs</source>
      <translation>デジタルツイン カタログ</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="84" />
      <source>Double-click: {0}</source>
      <translation>ダブルクリック：{0}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="89" />
      <source>Download (then convert to COPC)…</source>
      <translation>ダウンロード（その後COPCに変換）…</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="189" />
      <source>Download and convert {} tiles…</source>
      <translation>{} 枚のタイルをダウンロードして変換…</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="101" />
      <source>Download and convert…</source>
      <translation>ダウンロードして変換…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="341" />
      <source>Download into folder</source>
      <translation>ダウンロード先フォルダ</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="351" />
      <source>Download: {0}</source>
      <translation>ダウンロード: {0}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="353" />
      <source>Downloaded {0} file(s) into {1}.</source>
      <translation>{0} 件のファイルを {1} にダウンロードしました。</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="345" />
      <source>Downloading {0} file(s) into {1}…</source>
      <translation>{0} 件のファイルを {1} にダウンロードしています…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="150" />
      <source>Download…</source>
      <translation>ダウンロード…</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="77" />
      <source>Edit the barrier-free mobility profiles saved with this project</source>
      <translation>このプロジェクトに保存するバリアフリーの移動プロファイルを編集</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="65" />
      <source>Escalators allowed</source>
      <translation>エスカレーターを通行可</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="54" />
      <source>Escalators count as</source>
      <translation>エスカレーターの重み</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="354" />
      <source>Export profiles</source>
      <translation>プロファイルの書き出し</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="202" />
      <source>Export…</source>
      <translation>書き出し…</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="107" />
      <source>Feed (live)</source>
      <translation>フィード（ライブ）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="67" />
      <source>Feed URL or recording</source>
      <translation>フィード URL または記録ファイル</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="66" />
      <source>Feed type</source>
      <translation>フィードの種類</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="68" />
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="34" />
      <source>GTFS-Realtime vehicle positions</source>
      <translation>GTFS-Realtime 車両位置</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="36" />
      <source>GeoJSON, JSON or CSV with latitude/longitude</source>
      <translation>緯度経度付きの GeoJSON・JSON・CSV</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="58" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="403" />
      <source>Group</source>
      <translation>グループ</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="348" />
      <source>Import profiles</source>
      <translation>プロファイルの読み込み</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="201" />
      <source>Import…</source>
      <translation>読み込み…</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="37" />
      <source>JARTIC traffic counts (WFS, map extent)</source>
      <translation>JARTIC 交通量（WFS、地図の表示範囲）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="68" />
      <source>LOD</source>
      <translation>LOD</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="398" />
      <source>Licence</source>
      <translation>ライセンス</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="220" />
      <source>Links whose data is unknown (99 / X) or too coarse to tell</source>
      <translation>データが不明（99 / X）または判定できないほど粗いリンク</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="55" />
      <source>Links without tactile paving count as</source>
      <translation>点字ブロックのないリンクの重み</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="87" />
      <source>Load with the CityGML loader…</source>
      <translation>CityGMLローダーで読み込む…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="74" />
      <source>Local catalog file or folder (offline)</source>
      <translation>ローカルのカタログファイルまたはフォルダ（オフライン）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="182" />
      <source>Lowest 2024 rank (S best, C worst)</source>
      <translation>2024年版ランクの下限（S最良、C最低）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="49" />
      <source>Maximum slope</source>
      <translation>最大勾配</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="49" />
      <source>Maximum step height</source>
      <translation>最大段差</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="50" />
      <source>Minimum width</source>
      <translation>最小幅員</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="142" />
      <source>Mobility profiles</source>
      <translation>移動プロファイル</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="76" />
      <source>Mobility profiles…</source>
      <translation>移動プロファイル…</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="168" />
      <source>Name</source>
      <translation>名前</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="169" />
      <source>Name in Japanese</source>
      <translation>日本語名</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="426" />
      <source>New catalog connection</source>
      <translation>新しいカタログ接続</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="179" />
      <source>No limit</source>
      <translation>制限なし</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="35" />
      <source>OGC SensorThings API (service root)</source>
      <translation>OGC SensorThings API（サービスルート）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="121" />
      <source>Open</source>
      <translation>開く</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="210" />
      <source>Opening {0}…</source>
      <translation>{0} を開いています…</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="61" />
      <source>Ordinary (no accessibility features)</source>
      <translation>一般（バリアフリー対応なし）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="158" />
      <source>Other</source>
      <translation>その他</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="73" />
      <source>PLATEAU CityGML files</source>
      <translation>PLATEAU CityGML ファイル</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_connections.py" line="20" />
      <source>PLATEAU CityGML files (map extent or codes)</source>
      <translation>PLATEAU CityGML ファイル（地図の表示範囲またはコード指定）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="73" />
      <source>PLATEAU data catalog (3D Tiles, MVT)</source>
      <translation>PLATEAU データカタログ（3D Tiles・MVT）</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="95" />
      <source>Pick on the map</source>
      <translation>地図上で選択</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="75" />
      <source>Pick published point cloud tiles on the map, download them and convert them to COPC</source>
      <translation>公開されている点群タイルを地図上で選び、ダウンロードしてCOPCに変換します</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/qgis_layers.py" line="27" />
      <source>Point cloud</source>
      <translation>点群</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="77" />
      <source>Point cloud tile index ({})</source>
      <translation>点群タイル索引図（{}）</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="84" />
      <source>Point cloud tiles</source>
      <translation>点群タイル</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="74" />
      <source>Point cloud tiles…</source>
      <translation>点群タイル…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="67" />
      <source>Prefecture</source>
      <translation>都道府県</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="348" />
      <source>Profiles (*.json)</source>
      <translation>プロファイル (*.json)</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="333" />
      <source>Profiles read from {0}: 'Save to project' to use them.</source>
      <translation>{0} からプロファイルを読み込みました。使うには「プロジェクトに保存」を押してください。</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="344" />
      <source>Profiles written to {0} (PROFILES_FILE of the barrier-free algorithms).</source>
      <translation>{0} にプロファイルを書き出しました（バリアフリー解析の PROFILES_FILE 用）。</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="399" />
      <source>Publisher</source>
      <translation>提供者</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="55" />
      <source>Record every refresh to a GeoPackage</source>
      <translation>更新のたびに GeoPackage へ記録する</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="135" />
      <source>Recorded feed</source>
      <translation>記録したフィード</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="106" />
      <source>Recorded feed (replay)</source>
      <translation>記録したフィード（再生）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="70" />
      <source>Recording file</source>
      <translation>記録ファイル</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="68" />
      <source>Refresh every</source>
      <translation>更新間隔</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="176" />
      <source>Refreshing {0}</source>
      <translation>{0} を更新中</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="127" />
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="38" />
      <source>Replay a recording (GeoPackage)</source>
      <translation>記録を再生（GeoPackage）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="200" />
      <source>Reset to shipped</source>
      <translation>同梱の設定に戻す</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_connections.py" line="27" />
      <source>Sample district (offline)</source>
      <translation>サンプル地区（オフライン）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="199" />
      <source>Save to project</source>
      <translation>プロジェクトに保存</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="314" />
      <source>Saved in the project: the barrier-free algorithms use these profiles now. Save the project file to keep them.</source>
      <translation>プロジェクトに保存しました。バリアフリー解析は今後このプロファイルを使います。保持するにはプロジェクトファイルを保存してください。</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="61" />
      <source>Search PLATEAU, CKAN, TerriaJS and local catalogs and add data to the map</source>
      <translation>PLATEAU・CKAN・TerriaJS・ローカルのカタログを検索し、データを地図に追加</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="96" />
      <source>Search: words of title, place, type, format, year…</source>
      <translation>検索: 名称・地名・種別・形式・年度などの語…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="298" />
      <source>Select a dataset or one of its resources first.</source>
      <translation>先にデータセットまたはそのリソースを選択してください。</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="163" />
      <source>Sensors (SensorThings)</source>
      <translation>センサー（SensorThings）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="103" />
      <source>Sensors, latest values (live)</source>
      <translation>センサー最新値（ライブ）</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="82" />
      <source>Show the Digital Twin algorithms in the Processing Toolbox</source>
      <translation>プロセッシングツールボックスにデジタルツインのアルゴリズムを表示</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="170" />
      <source>Speed</source>
      <translation>速度</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="65" />
      <source>Stairs allowed</source>
      <translation>階段を通行可</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="54" />
      <source>Stairs count as</source>
      <translation>階段の重み</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="74" />
      <source>TerriaJS catalog (Tokyo Digital Twin 3D viewer)</source>
      <translation>TerriaJS カタログ（東京都デジタルツイン3Dビューア）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="152" />
      <source>The project's profiles cannot be used ({0}); the shipped profiles are shown</source>
      <translation>プロジェクトのプロファイルは使用できません（{0}）。同梱のプロファイルを表示しています</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="57" />
      <source>The saved tile scheme is not valid ({}); using Tokyo's.</source>
      <translation>保存されたタイル設定が正しくありません（{}）。東京都の設定を使います。</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="320" />
      <source>The shipped profiles are shown: 'Save to project' to use them again.</source>
      <translation>同梱のプロファイルを表示しています。再び使うには「プロジェクトに保存」を押してください。</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="97" />
      <source>Tiles in the current extent</source>
      <translation>現在の表示範囲のタイル</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="103" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="105" />
      <source>Traffic counts (live)</source>
      <translation>交通量（ライブ）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="162" />
      <source>Treat as barriers</source>
      <translation>バリアとみなす</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="161" />
      <source>Treat as passable</source>
      <translation>通行可能とみなす</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="67" />
      <source>Type</source>
      <translation>種別</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="436" />
      <source>URL, file or folder</source>
      <translation>URL・ファイルまたはフォルダ</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="187" />
      <source>Usable elevators</source>
      <translation>利用できるエレベーター</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="102" />
      <source>Vehicle positions (live)</source>
      <translation>車両位置（ライブ）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="61" />
      <source>Visually impaired accessible</source>
      <translation>視覚障害者対応</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="67" />
      <source>Ward</source>
      <translation>区</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="60" />
      <source>Wheelchair and visually impaired accessible</source>
      <translation>車いす・視覚障害者対応</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="60" />
      <source>Wheelchair-accessible</source>
      <translation>車いす対応</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="68" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="70" />
      <source>coloured by flood rank</source>
      <translation>浸水ランクで色分け</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="71" />
      <source>coloured by height</source>
      <translation>高さで色分け</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="70" />
      <source>coloured by usage</source>
      <translation>用途で色分け</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="43" />
      <source>height unknown</source>
      <translation>高さ不明</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="317" />
      <source>no data yet</source>
      <translation>まだデータがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="36" />
      <source>no flood rank</source>
      <translation>浸水ランクなし</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="398" />
      <source>not stated: check the publisher's terms</source>
      <translation>記載なし: 提供者の利用条件を確認してください</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="214" />
      <source>recording to {0} failed: {1}</source>
      <translation>{0} への記録に失敗しました: {1}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="317" />
      <source>showing the data of {0}</source>
      <translation>{0} のデータを表示中</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="415" />
      <source>size unknown</source>
      <translation>サイズ不明</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="302" />
      <source>unknown format</source>
      <translation>不明な形式</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="50" />
      <source>usage unknown</source>
      <translation>用途不明</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="327" />
      <source>{0} (updated {1})</source>
      <translation>{0}（{1} 更新）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="326" />
      <source>{0} (updated {1}, feed failing)</source>
      <translation>{0}（{1} 更新、フィード障害中）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="308" />
      <source>{0} has {1} files: expand it and add the ones you need.</source>
      <translation>{0} には {1} 件のファイルがあります。展開して必要なものを追加してください。</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="267" />
      <source>{0} of {1} datasets</source>
      <translation>{1} 件中 {0} 件のデータセット</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="81" />
      <source>{0}: cannot restart the live layer ({1})</source>
      <translation>{0}: ライブレイヤを再開できません（{1}）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="165" />
      <source>{0}: not a SensorThings service QGIS can open ({1})</source>
      <translation>{0}: QGIS で開ける SensorThings サービスではありません（{1}）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="102" />
      <source>{0}: the '{1}' preference must be between {2:g} and {3:g} times the length</source>
      <translation>{0}：「{1}」の重みは長さの {2:g}〜{3:g} 倍で指定してください</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="304" />
      <source>{0}: the feed works again</source>
      <translation>{0}: フィードが復旧しました</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="90" />
      <source>{0}: the name is empty</source>
      <translation>{0}：名前が空です</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="98" />
      <source>{0}: the speed must be between {1:g} and {2:g} km/h</source>
      <translation>{0}：速度は {1:g}〜{2:g} km/h の範囲で指定してください</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="234" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="318" />
      <source>{0}: {1} ({2}; retrying every {3} s)</source>
      <translation>{0}: {1}（{2}、{3} 秒ごとに再試行します）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="94" />
      <source>{0}: {1} must be between {2:g} and {3:g} {4} (is {5:g} {4})</source>
      <translation>{0}：{1}は {2:g}〜{3:g} {4} の範囲で指定してください（現在 {5:g} {4}）</translation>
    </message>
  </context>
  <context>
    <name>Processing</name>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="73" />
      <source>... and {0} more findings in the 'issues' layer</source>
      <translation>…ほか {0} 件は「issues」レイヤを参照</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="41" />
      <source>3D buildings</source>
      <translation>3D建物</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="180" />
      <source>3D view page not included: atlases get the 2D map only.</source>
      <translation>3D ビューのページは含めていません。アトラスでは 2D の地図のみを出力します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="94" />
      <source>Accessible route</source>
      <translation>アクセシブルな経路</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="33" />
      <source>Accessible route (barrier-free)</source>
      <translation>アクセシブルな経路（バリアフリー）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="35" />
      <source>Accessible service area (barrier-free)</source>
      <translation>アクセシブルな到達圏（バリアフリー）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="105" />
      <source>Accessible service areas</source>
      <translation>アクセシブルな到達圏</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="111" />
      <source>Add a 3D view page (needs an OpenGL display; not for atlases)</source>
      <translation>3D ビューのページを追加（OpenGL 表示が必要。アトラスでは不可）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="81" />
      <source>All available</source>
      <translation>利用可能なすべて</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="76" />
      <source>All files (*)</source>
      <translation>すべてのファイル (*)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="117" />
      <source>Also fill closed depressions (ponding)</source>
      <translation>閉じた窪地も満たす（湛水）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="149" />
      <source>Annual irradiation</source>
      <translation>年間日射量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="112" />
      <source>Annual irradiation (kWh/m²)</source>
      <translation>年間日射量 (kWh/m²)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="55" />
      <source>Annual irradiation (kWh/m²) on every pixel of a DSM (terrain + buildings), with the shadows of buildings and terrain, the sky view factor for diffuse light and light reflected from the ground.

Sun positions: NREL SPA (pvlib) for every hour of a year at the DSM's centre. Irradiance: the embedded Tokyo climate (clear-sky Ineichen scaled by Tokyo's monthly sunshine hours; open ground about 1,300 kWh/m²/yr), PLATEAU's monthly transmissivity (clear days, an upper bound), or a weather file: CSV with a 'time' column and 'ghi' (and optionally 'dhi') in W/m², a row covering the interval that begins at its time, or an EnergyPlus EPW file. GHI-only files are split by the Erbs model.

Shadows: a horizon angle per azimuth sector is computed once from the DSM and looked up for every sun position; obstacles farther than the search radius are ignored. Diffuse light: isotropic sky × sky view factor, or Perez, whose circumsolar part is shaded and projected like the sun (horizon brightening left out). Large DSMs are processed tile by tile with an overlap of the search radius.

Outputs: annual irradiation (GeoTIFF); optionally monthly irradiation (12 bands), sky view factor, slope and aspect (degrees, aspect clockwise from north).

Example: qgis_process run digitaltwin:solarirradiance -- INPUT=dsm.tif OUTPUT=annual.tif</source>
      <translation>DSM（地形＋建物）の各ピクセルの年間日射量 (kWh/m²) を、建物と地形の影、散乱光の天空率、地面からの反射光を考慮して計算します。

太陽位置：DSM 中心での 1 年間の毎時の NREL SPA (pvlib)。日射：内蔵の東京の気象条件（東京の月別日照時間で補正した Ineichen 晴天日射。開けた地面で約 1,300 kWh/m²/年）、PLATEAU の月別大気透過率（晴天日、上限値）、または気象データファイル：'time' 列と 'ghi'（任意で 'dhi'）列を持つ W/m² の CSV（各行はその時刻から始まる区間）、または EnergyPlus の EPW ファイル。GHI のみのファイルは Erbs モデルで直達と散乱に分けます。

影：方位区分ごとの地平線仰角を DSM から一度だけ計算し、各太陽位置で参照します。探索半径より遠い障害物は無視します。散乱光：等方性天空×天空率、または Perez（太陽周辺光は太陽と同様に影と傾斜を考慮、地平線付近の増光は省略）。大きな DSM は探索半径の重なりを持つタイルごとに処理します。

出力：年間日射量 (GeoTIFF)。任意で月別日射量（12 バンド）、天空率、傾斜角と斜面方位（度、方位は北から時計回り）。

例：qgis_process run digitaltwin:solarirradiance -- INPUT=dsm.tif OUTPUT=annual.tif</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="68" />
      <source>Annual irradiation raster (kWh/m²)</source>
      <translation>年間日射量ラスタ (kWh/m²)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="97" />
      <source>Append to an existing recording</source>
      <translation>既存の記録に追記する</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="68" />
      <source>Area width around reachable links (m)</source>
      <translation>到達リンク周りの圏域幅（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="119" />
      <source>Arrival depth (m)</source>
      <translation>到達判定水深（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="126" />
      <source>Arrival time</source>
      <translation>到達時間</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="116" />
      <source>Aspect (degrees from north)</source>
      <translation>斜面方位（北から時計回りの度）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="154" />
      <source>Atlas pages: {}</source>
      <translation>アトラスのページ数: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="105" />
      <source>Atlas: one page per feature of</source>
      <translation>アトラス: 1 地物 1 ページとするレイヤ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="108" />
      <source>Atlas: page name field</source>
      <translation>アトラス: ページ名のフィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="87" />
      <source>Authentication (API key), if the catalog needs one</source>
      <translation>認証（API キー）: カタログが必要とする場合</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="72" />
      <source>Authentication, if the server needs it</source>
      <translation>認証: サーバが必要とする場合</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="100" />
      <source>Azimuth sectors</source>
      <translation>方位の分割数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="97" />
      <source>Barrier hotspots</source>
      <translation>バリアのホットスポット</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="30" />
      <source>Barrier hotspots (barrier-free)</source>
      <translation>バリアのホットスポット（バリアフリー）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="112" />
      <source>Barrier on the plain route: link {0} ({1})</source>
      <translation>通常経路上のバリア：リンク {0}（{1}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="56" />
      <source>Barrier-free</source>
      <translation>バリアフリー</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="69" />
      <source>Barriers on the plain route</source>
      <translation>通常経路上のバリア</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="66" />
      <source>Budget</source>
      <translation>上限</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="63" />
      <source>Budget in</source>
      <translation>上限の単位</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="71" />
      <source>Building footprints</source>
      <translation>建物フットプリント</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="96" />
      <source>Buildings</source>
      <translation>建物数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="82" />
      <source>Buildings (CityGML)</source>
      <translation>建築物（CityGML）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="61" />
      <source>Buildings (footprints)</source>
      <translation>建物（フットプリント）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="106" />
      <source>Buildings (obstacles)</source>
      <translation>建物（障害物）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="73" />
      <source>Buildings served (optional)</source>
      <translation>カバーする建物（任意）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="122" />
      <source>Buildings with flood exposure</source>
      <translation>浸水リスク付き建物</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="101" />
      <source>CKAN portal</source>
      <translation>CKAN ポータル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="79" />
      <source>CO2 emission factor (kg-CO2/kWh)</source>
      <translation>CO2 排出係数 (kg-CO2/kWh)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="65" />
      <source>COPC point cloud</source>
      <translation>COPC点群</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="70" />
      <source>COPC point cloud (*.copc.laz);;Virtual point cloud (*.vpc)</source>
      <translation>COPC点群 (*.copc.laz);;仮想点群 (*.vpc)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="94" />
      <source>CRS of the output</source>
      <translation>出力の座標参照系</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="61" />
      <source>CRS when the file records none</source>
      <translation>ファイルに座標参照系がない場合の座標参照系</translation>
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
      <translation>カタログ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="74" />
      <source>Catalog URL, file or folder (empty: the type's default)</source>
      <translation>カタログの URL・ファイルまたはフォルダ（空欄: 種類ごとの既定）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="72" />
      <source>Catalog type</source>
      <translation>カタログの種類</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="44" />
      <source>Catalogs</source>
      <translation>カタログ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="71" />
      <source>Cell size (m)</source>
      <translation>セルサイズ (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="98" />
      <source>Cell size for the TIN (m)</source>
      <translation>TINのセルサイズ（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="75" />
      <source>Cells filled</source>
      <translation>補間したセル数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="68" />
      <source>Checksum (sha256:&lt;hex&gt; or md5:&lt;hex&gt;)</source>
      <translation>チェックサム（sha256:&lt;16進&gt; または md5:&lt;16進&gt;）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="80" />
      <source>Choose a LAS/LAZ file, a zip or a folder to convert.</source>
      <translation>変換するLAS/LAZファイル、zip、またはフォルダを選んでください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="178" />
      <source>Choose a weather file, or an embedded climate.</source>
      <translation>気象データファイルを選ぶか、内蔵の気象条件を選んでください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="151" />
      <source>Choose the height field: none of {} was found in the layer ({}).</source>
      <translation>高さフィールドを選んでください：{} のいずれもレイヤ（{}）にありません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="166" />
      <source>Choose the level field of the river level layer.</source>
      <translation>河川水位レイヤの水位フィールドを選択してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="105" />
      <source>City (name or 5-digit code)</source>
      <translation>市区町村（名称または5桁コード）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="71" />
      <source>CityGML file, PLATEAU release zip or URL</source>
      <translation>CityGMLファイル、PLATEAU配布zip、またはURL</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="72" />
      <source>CityGML or PLATEAU release zip (*.gml *.zip *.GML *.ZIP)</source>
      <translation>CityGML または PLATEAU配布zip (*.gml *.zip *.GML *.ZIP)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="77" />
      <source>Climate</source>
      <translation>気象条件</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="70" />
      <source>Code set</source>
      <translation>コード体系</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="115" />
      <source>Connectivity</source>
      <translation>連結性</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="98" />
      <source>Constant inflow field (m³/s)</source>
      <translation>一定流入量フィールド（m³/s）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="31" />
      <source>Convert point cloud to COPC</source>
      <translation>点群をCOPCに変換</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="40" />
      <source>Converts LAS/LAZ point clouds (LAS 1.2-1.4, any point format) to COPC (cloud optimized point cloud), which QGIS opens and shows in 2D and 3D without PDAL. The input is read in chunks, so a Tokyo tile of 6 million points needs a few hundred MB of memory. Coordinates, RGB, intensity, classification, return numbers and GPS time are kept exactly.

Input: a .las or .laz file or a .zip holding them (as Tokyo publishes its tiles), or else a folder of .las/.laz files. CRS: used only when the file records none (Tokyo tiles: EPSG:6677, the default).

Output: a .copc.laz file; for several inputs choose a .vpc (virtual point cloud): each input becomes &lt;name&gt;.copc.laz beside it and the .vpc shows them as one layer. Bad input (truncated file, broken LAZ chunk, wrong point count in the header, a zip without LAS) stops with a message naming the file and leaves no output behind; an existing file is replaced only with 'Overwrite'.

Examples: qgis_process run digitaltwin:pointcloudtocopc -- INPUT=09LD2626.zip OUTPUT=09LD2626.copc.laz
qgis_process run digitaltwin:pointcloudtocopc -- INPUT_FOLDER=tiles/ OUTPUT=tiles/all.vpc</source>
      <translation>LAS/LAZ点群（LAS 1.2〜1.4、全点形式）をCOPCに変換します。QGISはPDALなしでCOPCを2D・3D表示できます。入力はチャンク単位で読むため、600万点の東京タイルでも数百MBのメモリで済みます。座標・RGB・反射強度・分類・リターン番号・GPS時刻は完全に保持されます。

入力: .las/.lazファイル、それらを含む.zip（東京都の公開形式）、またはフォルダ。座標参照系はファイルに記録がない場合のみ使用（既定 EPSG:6677）。

出力: .copc.laz。複数入力では.vpc（仮想点群）を選ぶと各入力が隣に&lt;名前&gt;.copc.lazとして作られ、1レイヤで表示されます。不正な入力（途中で切れたファイル、壊れたLAZチャンク、ヘッダの点数の誤り、LASを含まないzip）はファイル名を示して停止し、出力を残しません。既存ファイルは「上書き」選択時のみ置き換えます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="193" />
      <source>Could not read the QGIS project {}</source>
      <translation>QGIS プロジェクト {} を読み込めませんでした</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="47" />
      <source>Create the sample district</source>
      <translation>サンプル地区を作成</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="92" />
      <source>DEM (ground elevation, m)</source>
      <translation>DEM（地盤高、m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="80" />
      <source>DSM</source>
      <translation>DSM</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="69" />
      <source>DSM (same grid)</source>
      <translation>DSM（同じグリッド）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="75" />
      <source>DSM (terrain + buildings, projected CRS in metres)</source>
      <translation>DSM（地形＋建物、メートル単位の投影座標系）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="77" />
      <source>DSM CRS (projected)</source>
      <translation>DSM の座標参照系（投影座標系）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="37" />
      <source>DSM from building heights (LOD1)</source>
      <translation>建物高さから DSM を作成（LOD1）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="60" />
      <source>DSM: highest point (surface)</source>
      <translation>DSM: 最高点（建物・樹木を含む表面）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="63" />
      <source>DTM value per cell</source>
      <translation>DTMのセル値</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="61" />
      <source>DTM: ground points (terrain)</source>
      <translation>DTM: 地面点（地形）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="102" />
      <source>Data attribution (added to what the layers' metadata name)</source>
      <translation>データ出典（レイヤのメタデータにある出典に追加）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="106" />
      <source>Data type (e.g. 建築物モデル or bldg)</source>
      <translation>データ種別（例: 建築物モデル または bldg）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="93" />
      <source>Datasets and resources</source>
      <translation>データセットとリソース</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="95" />
      <source>Datasets found</source>
      <translation>見つかったデータセット数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="100" />
      <source>Depth field (m)</source>
      <translation>浸水深フィールド（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="128" />
      <source>Depth time series</source>
      <translation>水深時系列</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="56" />
      <source>Destination</source>
      <translation>目的地</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="58" />
      <source>Destination floor (where floors are stacked)</source>
      <translation>目的地の階（階が重なる場所）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="71" />
      <source>Destination reachable</source>
      <translation>目的地に到達可能</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="71" />
      <source>Detect</source>
      <translation>自動判定</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="68" />
      <source>Detour factor</source>
      <translation>迂回率</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="61" />
      <source>Detour factor cap (unreachable counts as this)</source>
      <translation>迂回率の上限（到達不能はこの値）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="85" />
      <source>Diffuse sky</source>
      <translation>天空散乱日射</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="63" />
      <source>Distance (m)</source>
      <translation>距離（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="91" />
      <source>Download</source>
      <translation>ダウンロード</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="41" />
      <source>Download a catalog resource</source>
      <translation>カタログのリソースをダウンロード</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="34" />
      <source>Download point cloud tiles as COPC</source>
      <translation>点群タイルをダウンロードしてCOPCに変換</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="76" />
      <source>Downloaded file</source>
      <translation>ダウンロードしたファイル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="50" />
      <source>Downloads one resource of a catalog (a CityGML zip, a LAS tile, a GeoJSON file...) to a local file.

The file is written as &lt;name&gt;.part first and renamed when complete, so a half-finished download never looks like a finished one. If the connection breaks or you cancel, run it again with the same output: it resumes where it stopped (HTTP Range). The expected size and checksum (sha256:&lt;hex&gt; or md5:&lt;hex&gt;, as the catalog lists them) are checked before the rename; a mismatch removes the file.

With 'Extract zip', a zip is unpacked into a folder named after it; members that would land outside that folder are refused.

Example: qgis_process run digitaltwin:catalogdownload -- URL=https://.../13101_chiyoda-ku_pref_2023_citygml_1_op.zip OUTPUT=chiyoda.zip EXTRACT=true</source>
      <translation>カタログのリソースを1つ（CityGML の zip、LAS タイル、GeoJSON ファイルなど）ローカルファイルにダウンロードします。

ファイルはまず &lt;名前&gt;.part として書き込まれ、完了してから名前を変更するため、途中のダウンロードが完成品に見えることはありません。接続が切れたりキャンセルしたりした場合は、同じ出力で再実行すると中断した位置から再開します（HTTP Range）。想定サイズとチェックサム（カタログ記載の sha256:&lt;16進&gt; または md5:&lt;16進&gt;）は名前の変更前に確認し、一致しなければファイルを削除します。

「zip を隣のフォルダに展開」をオンにすると、zip を同名のフォルダに展開します。フォルダの外に出てしまうメンバーは展開しません。

例: qgis_process run digitaltwin:catalogdownload -- URL=https://.../13101_chiyoda-ku_pref_2023_citygml_1_op.zip OUTPUT=chiyoda.zip EXTRACT=true</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="43" />
      <source>Downloads published point cloud tiles by name (Tokyo: 図郭 names such as 09LD2626) and converts them to COPC; several tiles become one layer through a virtual point cloud (.vpc).

Downloads go through QGIS's network settings (proxy), are size-checked, and resume after Cancel or a broken connection: run the algorithm again. Each zip is removed once its tile is converted.

Tile address: a template where {name} is the tile name; the default is Tokyo's 2024 23-ward tiles. Other cities: give their template.

Example: qgis_process run digitaltwin:pointclouddownloadtiles -- TILES=09LD2626,09LD2627 OUTPUT=tokyo.vpc</source>
      <translation>公開点群タイルを名前（東京都: 09LD2626 などの図郭名）でダウンロードし、COPCに変換します。複数タイルは仮想点群（.vpc）で1レイヤになります。ダウンロードはQGISのネットワーク設定（プロキシ）を使い、サイズを検証し、キャンセルや切断の後は再実行で続きから再開します。変換後のzipは削除します。タイルのURLは{name}をタイル名とするテンプレートで、既定は東京都2024年区部タイルです。他都市はそのテンプレートを指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="88" />
      <source>Duration (minutes)</source>
      <translation>計算時間（分）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="101" />
      <source>Duration field (h)</source>
      <translation>浸水継続時間フィールド（時間）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="85" />
      <source>Elevation (DEM)</source>
      <translation>標高（DEM）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="74" />
      <source>Elevation raster</source>
      <translation>標高ラスタ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="65" />
      <source>Expected size in bytes (0: unknown)</source>
      <translation>想定サイズ（バイト、0: 不明）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="54" />
      <source>Export resident map (PDF/PNG)</source>
      <translation>住民向け地図の出力 (PDF/PNG)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="126" />
      <source>Exposed buildings</source>
      <translation>浸水する建物数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="124" />
      <source>Exposure summary</source>
      <translation>浸水リスク集計表</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="82" />
      <source>Extent (traffic counts; default: Tokyo 23 wards)</source>
      <translation>範囲（交通量。既定: 東京23区）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="70" />
      <source>Extract zip into a folder beside it</source>
      <translation>zip を隣のフォルダに展開</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="79" />
      <source>Extracted folder</source>
      <translation>展開先フォルダ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="90" />
      <source>Facilities</source>
      <translation>施設</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="56" />
      <source>Facilities (stations, shelters, hospitals, ...)</source>
      <translation>施設（駅、避難所、病院など）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="53" />
      <source>Facilities for catchments (optional; default: random origins)</source>
      <translation>圏域の基点となる施設（任意。既定：無作為な出発点）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="59" />
      <source>Facility name or id field</source>
      <translation>施設名または ID のフィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="74" />
      <source>Feature types to read from a zip (comma-separated; empty = all)</source>
      <translation>zipから読む地物型（カンマ区切り、空欄＝すべて）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="102" />
      <source>Features fetched</source>
      <translation>取得した地物数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="75" />
      <source>Feed URL</source>
      <translation>フィード URL</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="76" />
      <source>Feed type</source>
      <translation>フィードの種類</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="103" />
      <source>Fetched at (UTC)</source>
      <translation>取得時刻（UTC）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="57" />
      <source>Fetches a realtime feed once and writes its features to a GeoPackage, with a 'fetched_at' time (UTC) on every feature.

Feed types: gtfsrt (GTFS-Realtime vehicle positions, e.g. Toei bus; a static GTFS zip, file or URL, adds route, headsign and stop names), sensorthings (OGC SensorThings API service root: one point per datastream with its latest observation), geojson (GeoJSON, JSON records with lat/lon, or CSV with lat/lon columns), wfs (JARTIC open traffic counts: the latest 5-minute window in the extent; requests are paged and split so none exceeds the service's size cap; 'total_volume' sums the counts).

Output: a GeoPackage (layer 'realtime'). An existing file is kept unless 'Append' (add this fetch to a recording: run it every minute from a scheduler and replay the hour with the temporal controller) or 'Overwrite' is checked. A feed that is down, slow, answers an error or sends a broken message stops the run with one sentence naming the URL and the problem; nothing is written.

Example: qgis_process run digitaltwin:realtimesnapshot -- FEED_URL=https://api-public.odpt.org/api/v4/gtfs/realtime/ToeiBus FEED_TYPE=0 OUTPUT=toei_bus.gpkg APPEND=true</source>
      <translation>リアルタイムフィードを1回取得し、地物を GeoPackage に書き出します。すべての地物に取得時刻 'fetched_at'（UTC）が付きます。

フィードの種類: gtfsrt（GTFS-Realtime の車両位置。例: 都営バス。静的 GTFS の zip（ファイルまたは URL）を指定すると路線名・行先・停留所名を付加）、sensorthings（OGC SensorThings API のサービスルート。データストリームごとに最新の観測値を持つ点）、geojson（GeoJSON、緯度経度付きの JSON レコード、または緯度経度列のある CSV）、wfs（JARTIC オープン交通データの交通量。範囲内の最新5分間。サービスのサイズ上限を超えないようにリクエストをページ分割・範囲分割。'total_volume' は交通量の合計）。

出力: GeoPackage（レイヤ 'realtime'）。既存のファイルは「追記」（この取得を記録に追加。スケジューラで毎分実行し、時系列コントローラで1時間を再生）または「上書き」をオンにしない限り保持されます。フィードが停止・低速・エラー応答・壊れたメッセージの場合は、URL と問題を示す1文で処理を止め、何も書き込みません。

例: qgis_process run digitaltwin:realtimesnapshot -- FEED_URL=https://api-public.odpt.org/api/v4/gtfs/realtime/ToeiBus FEED_TYPE=0 OUTPUT=toei_bus.gpkg APPEND=true</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="68" />
      <source>Fill gaps up to (m; 0 = no filling)</source>
      <translation>欠測を補間する距離 (m、0 = 補間しない)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="36" />
      <source>Finds the shortest route a mobility profile can use between two points on an MLIT pedestrian network (歩行空間ネットワークデータ, 2018 or 2024 code set) or OSM-style footways, and shows what the plain shortest route would have asked of the user.

Inputs: the link and node layers (GeoJSON, Shapefile, GeoPackage or CSV with lat/lon; any CRS), the origin and destination (snapped to the nearest node, at most 500 m away), a profile (manual or electric wheelchair, stroller, cane or walker, visually impaired; limits in resources/barrierfree_profiles.json, your own file or the project), and what unknown data (99 / X, or a 2018 code too coarse for the limit) means: passable or barrier.

Output: a GeoPackage with 'route' (3D line, Z = floor x storey height; length, time at the profile's speed, detour factor, unknown links used), 'plain_route' (shortest route ignoring barriers) and 'barriers' (the links of the plain route closed to the profile, with the reasons).

Example: qgis_process run digitaltwin:barrierfreeroute -- LINKS=links.geojson NODES=nodes.geojson ORIGIN='139.7000,35.6800 [EPSG:6668]' DESTINATION='139.7016,35.6800 [EPSG:6668]' PROFILE=0 UNKNOWN_POLICY=1 OUTPUT=route.gpkg</source>
      <translation>国土交通省の歩行空間ネットワークデータ（2018年版または2024年版のコード）または OSM 形式の歩道の上で、移動プロファイルが通れる2地点間の最短経路を求め、通常の最短経路なら利用者に何を強いることになったかを示します。

入力: リンクとノードのレイヤ（GeoJSON、Shapefile、GeoPackage、または緯度経度付き CSV。座標系は任意）、出発地と目的地（500 m 以内の最寄りノードにスナップ）、プロファイル（手動車いす、電動車いす、ベビーカー、杖・歩行器、視覚障害。条件は resources/barrierfree_profiles.json、独自ファイル、またはプロジェクト）、不明なデータ（99 / X、または条件に対して粗すぎる2018年版のコード）の扱い: 通行可能またはバリア。

出力: GeoPackage。'route'（3D ライン、Z = 階 × 階高。経路長、プロファイルの速度での所要時間、迂回率、通過した不明リンク）、'plain_route'（バリアを無視した最短経路）、'barriers'（通常経路のうちそのプロファイルでは通れないリンクとその理由）。

例: qgis_process run digitaltwin:barrierfreeroute -- LINKS=links.geojson NODES=nodes.geojson ORIGIN='139.7000,35.6800 [EPSG:6668]' DESTINATION='139.7016,35.6800 [EPSG:6668]' PROFILE=0 UNKNOWN_POLICY=1 OUTPUT=route.gpkg</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="157" />
      <source>Flat roofs as 15° south panels: × {:.3f}</source>
      <translation>陸屋根は南向き15°のパネルとして計算：× {:.3f}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="72" />
      <source>Flood</source>
      <translation>洪水</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="120" />
      <source>Flood depth</source>
      <translation>浸水深</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="86" />
      <source>Flood depth L2</source>
      <translation>浸水深 L2</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="107" />
      <source>Flood depth raster (instead of polygons)</source>
      <translation>浸水深ラスタ（ポリゴンの代わり）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="69" />
      <source>Flood exposure of buildings</source>
      <translation>建物の浸水リスク評価</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="98" />
      <source>Flood hazard polygons</source>
      <translation>浸水想定区域ポリゴン</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="83" />
      <source>Flood inundation model L1 (CityGML)</source>
      <translation>洪水浸水想定区域モデル L1（CityGML）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="84" />
      <source>Flood inundation model L2 (CityGML)</source>
      <translation>洪水浸水想定区域モデル L2（CityGML）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="61" />
      <source>Flood simulation (2D, rain and inflows)</source>
      <translation>洪水シミュレーション（2次元、降雨・流入）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="124" />
      <source>Flooded area (m²)</source>
      <translation>浸水面積（m²）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="122" />
      <source>Flooded areas</source>
      <translation>浸水範囲</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="117" />
      <source>Floor area per resident (m²)</source>
      <translation>1人あたり床面積（m²）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="38" />
      <source>For each facility and mobility profile: the links reachable within a distance (m) or time (min, at the profile's speed), partly reached links cut at the budget, and the area around them. Compare profiles to see where a wheelchair user's 10 minutes end compared with everyone else's.

Inputs: the MLIT link and node layers (or OSM-style footways), a point layer of facilities (an id field names them), profiles, the unknown-data policy, the budget, the width of the area around the reachable links, and optionally a building layer (and its population field): buildings whose inside point lies in the area are counted as served.

Output: a GeoPackage with 'service_areas' (one polygon per facility and profile: reachable length, buildings, population, budget, policy) and 'reachable_links' (3D lines, Z from floors).

Example: qgis_process run digitaltwin:barrierfreeservicearea -- LINKS=links.geojson NODES=nodes.geojson FACILITIES=stations.gpkg PROFILE=0,4 BUDGET_TYPE=1 BUDGET=10 BUILDINGS=buildings.gpkg OUTPUT=areas.gpkg</source>
      <translation>施設と移動プロファイルごとに、距離（m）または時間（分、プロファイルの速度）の上限内で到達できるリンク、上限で途中まで到達したリンク（上限の位置で切断）、およびその周りの範囲を求めます。プロファイルを比べると、車いす利用者の10分がほかの人の10分とどこで違うかがわかります。

入力: 国交省のリンクとノードのレイヤ（または OSM 形式の歩道）、施設のポイントレイヤ（ID フィールドで名前を付けます）、プロファイル、不明データの扱い、上限、到達リンク周りの範囲の幅、任意で建物レイヤ（と人口フィールド）: 建物の内部点が範囲内にあればカバーされていると数えます。

出力: GeoPackage。'service_areas'（施設・プロファイルごとに1つのポリゴン: 到達距離、建物数、人口、上限、扱い）と 'reachable_links'（3D ライン、Z は階から）。

例: qgis_process run digitaltwin:barrierfreeservicearea -- LINKS=links.geojson NODES=nodes.geojson FACILITIES=stations.gpkg PROFILE=0,4 BUDGET_TYPE=1 BUDGET=10 BUILDINGS=buildings.gpkg OUTPUT=areas.gpkg</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="107" />
      <source>Format (e.g. 3D Tiles, MVT, CityGML, LAS)</source>
      <translation>形式（例: 3D Tiles、MVT、CityGML、LAS）</translation>
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
      <translation>タイル名を1つ以上指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="186" />
      <source>Give either a DEM raster or a TIN layer.</source>
      <translation>DEMラスタかTINレイヤのどちらか一方を指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="134" />
      <source>Give either flood hazard polygons or a flood depth raster.</source>
      <translation>浸水想定区域ポリゴンか浸水深ラスタのどちらか一方を指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="154" />
      <source>Give rain (intensity &gt; 0 or a hyetograph) or inflow points.</source>
      <translation>降雨（0より大きい強度またはハイエトグラフ）か流入地点を指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="138" />
      <source>Global horizontal irradiation of the climate: {:.0f} kWh/m²/yr</source>
      <translation>この気象条件の水平面全天日射量：{:.0f} kWh/m²/年</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="66" />
      <source>Ground DEM (default: flat ground at 0 m)</source>
      <translation>地盤 DEM（既定：標高 0 m の平坦地）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="96" />
      <source>Ground albedo</source>
      <translation>地表面アルベド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="119" />
      <source>Ground floor level above ground (m)</source>
      <translation>1階床高（地盤から、m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="63" />
      <source>Height field (m)</source>
      <translation>高さフィールド（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="82" />
      <source>Highest available per object</source>
      <translation>地物ごとに最も詳細なLOD</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="110" />
      <source>Highest class touching (InaSAFE)</source>
      <translation>接する最高ランク（InaSAFE）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="69" />
      <source>Hotspot GeoPackage</source>
      <translation>ホットスポット GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="70" />
      <source>Hotspot links</source>
      <translation>ホットスポットのリンク数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="101" />
      <source>Hydrograph CSV</source>
      <translation>ハイドログラフCSV</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="91" />
      <source>Hyetograph CSV (overrides the intensity)</source>
      <translation>ハイエトグラフCSV（降雨強度より優先）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="30" />
      <source>Import and validate pedestrian network (barrier-free)</source>
      <translation>歩行者ネットワークの読み込みと検証（バリアフリー）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="95" />
      <source>Inflow name field</source>
      <translation>流入地点名フィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="217" />
      <source>Inflow point '{}' has no hydrograph rows and no discharge value.</source>
      <translation>流入地点「{}」にはハイドログラフの行も流入量の値もありません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="93" />
      <source>Inflow points</source>
      <translation>流入地点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="133" />
      <source>Inflow volume (m³)</source>
      <translation>流入量（m³）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="66" />
      <source>Inundation from a water level</source>
      <translation>水位からの浸水範囲</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="86" />
      <source>Isotropic</source>
      <translation>等方性</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="63" />
      <source>Keep the top N links (0 = all that matter)</source>
      <translation>上位 N リンクを残す（0 = 影響のあるすべて）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="60" />
      <source>LAS/LAZ file, or zip holding LAS/LAZ files</source>
      <translation>LAS/LAZファイル、またはLAS/LAZを含むzip</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="108" />
      <source>LOD</source>
      <translation>LOD</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="82" />
      <source>LOD0 only</source>
      <translation>LOD0のみ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="82" />
      <source>LOD1 only</source>
      <translation>LOD1のみ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="83" />
      <source>LOD2 only (with roof, wall and ground surfaces)</source>
      <translation>LOD2のみ（屋根・壁・接地面を含む）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="68" />
      <source>LOD2 roof surfaces (3D polygons, heights above sea level; optional)</source>
      <translation>LOD2 屋根面（3D ポリゴン、標高値；任意）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="110" />
      <source>Largest overlap (PLATEAU)</source>
      <translation>最大重なり面積（PLATEAU）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="90" />
      <source>Latitude (default: the DSM's centre)</source>
      <translation>緯度（既定：DSM の中心）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="88" />
      <source>Latitude path or CSV column</source>
      <translation>緯度のパスまたは CSV 列</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="89" />
      <source>Layers (first is drawn on top)</source>
      <translation>レイヤ（先頭が最前面）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="95" />
      <source>Layers written (name: features)</source>
      <translation>書き出したレイヤ（名前: 地物数）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="94" />
      <source>Layout templates (*.qpt)</source>
      <translation>レイアウトテンプレート (*.qpt)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="106" />
      <source>Level field (m)</source>
      <translation>水位フィールド（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="148" />
      <source>Level {} m: {} cells flooded, {:.0f} m², {:.0f} m³, deepest {:.2f} m</source>
      <translation>水位 {} m：浸水セル {} 個、{:.0f} m²、{:.0f} m³、最大浸水深 {:.2f} m</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="80" />
      <source>Levels of detail</source>
      <translation>詳細度（LOD）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="54" />
      <source>Links</source>
      <translation>リンク</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="65" />
      <source>Links (MLIT link layer, or OSM-style footway lines)</source>
      <translation>リンク（国交省リンクレイヤ、または OSM 形式の歩道ライン）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="84" />
      <source>Links whose data is unknown (99 / X) or too coarse to tell</source>
      <translation>データが不明（99 / X）または判定できないほど粗いリンク</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="38" />
      <source>Load PLATEAU CityGML</source>
      <translation>PLATEAU CityGMLを読み込む</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="102" />
      <source>Local catalog file or folder (offline)</source>
      <translation>ローカルのカタログファイルまたはフォルダ（オフライン）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="93" />
      <source>Longitude (default: the DSM's centre)</source>
      <translation>経度（既定：DSM の中心）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="89" />
      <source>Longitude path or CSV column</source>
      <translation>経度のパスまたは CSV 列</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="63" />
      <source>Lowest</source>
      <translation>最低値</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="81" />
      <source>Lowest available per object</source>
      <translation>地物ごとに最も簡易なLOD</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="71" />
      <source>MLIT 2018</source>
      <translation>国交省 2018 年版</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="71" />
      <source>MLIT 2024</source>
      <translation>国交省 2024 年版</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="67" />
      <source>Makes a print-ready map for residents in one step: title and subtitle, the map, a legend in plain Japanese, scale bar, north arrow, date, a notes box, the data attribution and licences collected from the layers' metadata, and a locator inset, on A4 portrait, A4 landscape or A3 landscape (Noto Sans CJK JP).

Inputs: a QGIS project (its visible layers) or a list of layers (first = drawn on top); a template (bundled, or your own .qpt with items 'title', 'main_map', 'legend'); a preset (flood, solar, barrier-free) that fills the title, subtitle and notes unless you give your own; an extent, or an atlas layer and a name field for one page per district or mesh; a data attribution for layers whose metadata names no source (analysis results, your own data).

Output: a PDF (an atlas is one PDF with a page per feature) or PNG (an atlas writes &lt;name&gt;_&lt;page&gt;.png files). An existing file is never replaced unless 'Overwrite' is checked, and the output is complete or absent.

Example: qgis_process run digitaltwin:exportresidentmap -- LAYERS=exposure.gpkg PRESET=1 TEMPLATE=0 OUTPUT=flood_map.pdf</source>
      <translation>住民に配布できる地図を 1 回の操作で作成します。タイトルとサブタイトル、地図、わかりやすい日本語の凡例、縮尺記号、方位記号、作成日、注記欄、レイヤのメタデータから集めたデータ出典とライセンス、位置図を、A4 縦・A4 横・A3 横の用紙に配置します (Noto Sans CJK JP)。

入力: QGIS プロジェクト（表示中のレイヤ）またはレイヤの一覧（先頭が最前面）、テンプレート（同梱のもの、または 'title'・'main_map'・'legend' のアイテムを持つ独自の .qpt）、タイトル・サブタイトル・注記を埋めるプリセット（浸水・日射量・バリアフリー。自分で入力した文が優先）、地図の範囲、または地区やメッシュごとに 1 ページを作るアトラスのレイヤと名前のフィールド、メタデータに出典のないレイヤ（解析結果や自前のデータ）のためのデータ出典。

出力: PDF（アトラスは 1 地物 1 ページの 1 つの PDF）または PNG（アトラスは &lt;名前&gt;_&lt;ページ&gt;.png を複数出力）。「上書き」をチェックしない限り既存のファイルは置き換えず、出力は完全に書き終えたものだけが残ります。

例: qgis_process run digitaltwin:exportresidentmap -- LAYERS=exposure.gpkg PRESET=1 TEMPLATE=0 OUTPUT=flood_map.pdf</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="41" />
      <source>Makes an elevation raster (GeoTIFF) from a point cloud, for the solar and flood analyses.

DSM (surface): the highest point in each cell, buildings and trees included (noise classes 7 and 18 left out). DTM (terrain): the mean, or lowest, ground point (class 2) in each cell.
Cells without points are filled by inverse distance weighting from the edges of the gap, up to the maximum fill distance; farther cells stay 'no data'. The grid is aligned on multiples of the resolution, so rasters of neighbouring tiles line up.

Input: a .las, .laz or .copc.laz file. CRS: used only when the file records none.
Output: a Float32 GeoTIFF (no data -9999, DEFLATE compressed).

Example: qgis_process run digitaltwin:pointcloudtodsm -- INPUT=09LD2626.copc.laz RESOLUTION=0.5 KIND=0 OUTPUT=dsm.tif</source>
      <translation>点群から標高ラスタ（GeoTIFF）を作り、日射・浸水解析の入力にします。

DSM: 各セルの最高点（建物・樹木を含む。ノイズ分類7と18は除外）。DTM: 各セルの地面点（分類2）の平均または最低値。点のないセルは隙間の縁からの逆距離加重で最大補間距離まで埋め、それより遠いセルは「データなし」のままです。格子は解像度の倍数に揃えるため、隣接タイルのラスタが一致します。

出力: Float32 GeoTIFF（データなし -9999、DEFLATE圧縮）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="102" />
      <source>Manning's n</source>
      <translation>マニングの粗度係数 n</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="104" />
      <source>Manning's n raster (same grid as the DEM)</source>
      <translation>粗度係数ラスタ（DEMと同じグリッド）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="103" />
      <source>Map extent</source>
      <translation>地図の範囲</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="57" />
      <source>Maps for residents</source>
      <translation>住民向けの地図</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="74" />
      <source>Margin around the buildings (m)</source>
      <translation>建物周囲の余白 (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="131" />
      <source>Mass balance error (%)</source>
      <translation>質量保存誤差（%）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="176" />
      <source>Mass balance: rain {:.1f} m³ + inflow {:.1f} m³ = on the grid {:.1f} m³ + outflow {:.1f} m³; error {:.4f} %</source>
      <translation>質量保存：降雨 {:.1f} m³ + 流入 {:.1f} m³ = グリッド上 {:.1f} m³ + 流出 {:.1f} m³、誤差 {:.4f} %</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="123" />
      <source>Maximum depth</source>
      <translation>最大浸水深</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="126" />
      <source>Maximum depth (m)</source>
      <translation>最大浸水深（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="84" />
      <source>Maximum number of datasets from a CKAN search</source>
      <translation>CKAN 検索で取得するデータセットの最大数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="125" />
      <source>Maximum velocity</source>
      <translation>最大流速</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="63" />
      <source>Mean</source>
      <translation>平均値</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="71" />
      <source>Mean detour factor</source>
      <translation>平均迂回率</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="77" />
      <source>Mesh codes to read from a zip (comma-separated prefixes; empty = all)</source>
      <translation>zipから読むメッシュコード（カンマ区切りの前方一致、空欄＝すべて）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="81" />
      <source>Mobility profile</source>
      <translation>移動プロファイル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="81" />
      <source>Mobility profiles</source>
      <translation>移動プロファイル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="113" />
      <source>Monthly irradiation (kWh/m², 12 bands)</source>
      <translation>月別日射量 (kWh/m²、12 バンド)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="49" />
      <source>Network GeoPackage</source>
      <translation>ネットワーク GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="109" />
      <source>No accessible route for {0}: every way is closed by a barrier</source>
      <translation>{0} で通れる経路がありません：すべての道がバリアで閉ざされています</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="147" />
      <source>No data source found in the layers' metadata: open data licences (CC BY, ODbL) ask printed maps to name it; give it in 'Data attribution'.</source>
      <translation>レイヤのメタデータにデータ出典が見つかりません。オープンデータのライセンス（CC BY、ODbL）は印刷した地図にも出典の記載を求めています。「データ出典」に入力してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="54" />
      <source>Nodes</source>
      <translation>ノード</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="67" />
      <source>Nodes (MLIT node layer; points or a table with lat/lon)</source>
      <translation>ノード（国交省ノードレイヤ：ポイント、または緯度経度付きの表）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="100" />
      <source>Notes</source>
      <translation>注記</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="217" />
      <source>Nothing to print: every layer is empty or has no CRS.</source>
      <translation>印刷するものがありません。すべてのレイヤが空か、座標参照系がありません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="200" />
      <source>Nothing to print: give a project with visible layers, or layers.</source>
      <translation>印刷するものがありません。表示中のレイヤを含むプロジェクトか、レイヤを指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="67" />
      <source>Number of points</source>
      <translation>点数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="71" />
      <source>OSM footway tags</source>
      <translation>OSM 歩道タグ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="89" />
      <source>Offline: use cached answers only</source>
      <translation>オフライン: キャッシュ済みの応答のみ使用</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="95" />
      <source>Or a TIN (PLATEAU dem triangles with Z)</source>
      <translation>またはTIN（Z値付きPLATEAU dem三角形）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="62" />
      <source>Or: a folder of LAS/LAZ files</source>
      <translation>または: LAS/LAZファイルのフォルダ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="55" />
      <source>Origin</source>
      <translation>出発地</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="57" />
      <source>Origin floor (where floors are stacked)</source>
      <translation>出発地の階（階が重なる場所）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="134" />
      <source>Outflow volume (m³)</source>
      <translation>流出量（m³）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="78" />
      <source>Overlays buildings with a flood hazard map and gives every building its flood rank (1: &lt;0.5 m ... 6: ≥20 m), depth, duration, scale (L1/L2), river and the number of floors under water, plus a summary table per scale and rank: buildings, total floor area and estimated residents.

Hazard: polygons (PLATEAU fld water bodies loaded with 'Load PLATEAU CityGML', MLIT A31 inundation areas, any layer with rank and/or depth fields; empty field choices are guessed from common names) or a depth raster. Use one scenario (one river and scale) per run.

Rules: 'Largest overlap (PLATEAU)' takes the rank covering most of the building (a tie goes to the more dangerous rank) and the depth of the largest cell of that rank; 'Highest class touching (InaSAFE)' takes the most dangerous rank overlapping the building at all.

Residents come from a population field, else storeys x footprint / area per person. Floors affected: the ground floor stands 0.5 m above ground, each storey 3 m (editable).

Example: buildings of building_lod0 and waterbody_lod1 from the same PLATEAU city, rule PLATEAU -&gt; buildings styled with the GSI depth colours, and a summary ready for a report.</source>
      <translation>建物と浸水想定区域を重ね合わせ、各建物の浸水ランク（1：0.5m未満 … 6：20m以上）、浸水深、浸水継続時間、規模（L1/L2）、河川、浸水する階数を求め、規模とランクごとの集計表（建物数、延床面積、推計居住者数）を作成します。

浸水想定：ポリゴン（「PLATEAU CityGMLの読み込み」で読み込んだPLATEAU fldの水部、国土数値情報A31の浸水想定区域、ランクや浸水深のフィールドを持つ任意のレイヤ。フィールドを空欄にすると一般的な名前から推定します）または浸水深ラスタ。1回の実行では1つのシナリオ（1河川・1規模）を使ってください。

ルール：「最大重なり面積（PLATEAU）」は建物と最も広く重なるランク（同面積ならより危険なランク）を採用し、浸水深はそのランクで最も広く重なるセルの値とします。「接する最高ランク（InaSAFE）」は建物に少しでも重なる最も危険なランクを採用します。

居住者数は人口フィールド、なければ階数×建築面積÷1人あたり床面積で推計します。浸水する階数：1階床は地盤から0.5m、階高は3m（変更可）。

例：同じPLATEAU都市のbuilding_lod0とwaterbody_lod1、ルールPLATEAU → 国土地理院の浸水深の色で表示された建物と、報告書にそのまま使える集計表。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="80" />
      <source>Overwrite a previous sample district in the folder</source>
      <translation>フォルダ内の既存のサンプル地区を上書きする</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="119" />
      <source>Overwrite an existing depth file</source>
      <translation>既存の浸水深ファイルを上書き</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="105" />
      <source>Overwrite an existing file</source>
      <translation>既存のファイルを上書きする</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="63" />
      <source>Overwrite existing files</source>
      <translation>既存のファイルを上書きする</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="122" />
      <source>Overwrite existing raster files</source>
      <translation>既存のラスタファイルを上書き</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="93" />
      <source>Own layout template (.qpt), instead of the paper above</source>
      <translation>独自のレイアウトテンプレート (.qpt)（上の用紙の代わりに使用）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="88" />
      <source>Own profiles (JSON; default: stored in the project, else shipped)</source>
      <translation>独自プロファイル（JSON。既定：プロジェクト保存分、なければ同梱分）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="119" />
      <source>PDF (*.pdf);;PNG image (*.png)</source>
      <translation>PDF (*.pdf);;PNG 画像 (*.png)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="73" />
      <source>PLATEAU</source>
      <translation>PLATEAU</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="77" />
      <source>PLATEAU CityGML conditions (city codes, m:mesh, r:bbox, g:place)</source>
      <translation>PLATEAU CityGML 検索条件（市区町村コード、m:メッシュ、r:範囲、g:地名）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="100" />
      <source>PLATEAU CityGML files</source>
      <translation>PLATEAU CityGML ファイル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="80" />
      <source>PLATEAU CityGML: files in this extent</source>
      <translation>PLATEAU CityGML: この範囲のファイル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="100" />
      <source>PLATEAU data catalog (3D Tiles, MVT)</source>
      <translation>PLATEAU データカタログ（3D Tiles・MVT）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="79" />
      <source>PLATEAU monthly transmissivity (clear days)</source>
      <translation>PLATEAU 月別大気透過率（晴天日）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="82" />
      <source>PLATEAU: flat roof gain of 15° south panels (default: from the Tokyo climate)</source>
      <translation>PLATEAU：陸屋根に南向き15°のパネルを置く場合の増加率（既定：東京の気象条件から算出）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="91" />
      <source>Paper</source>
      <translation>用紙</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="76" />
      <source>Pedestrian links</source>
      <translation>歩行者リンク</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="88" />
      <source>Pedestrian network links</source>
      <translation>歩行空間ネットワーク（リンク）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="89" />
      <source>Pedestrian network nodes</source>
      <translation>歩行空間ネットワーク（ノード）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="75" />
      <source>Pedestrian nodes</source>
      <translation>歩行者ノード</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="52" />
      <source>Per building: roof area (m², real surface), usable area, mean irradiation (kWh/m²/yr), capacity (kW), annual yield (kWh), CO2 avoided (t/yr) and a suitability class, from the annual irradiation raster of 'Solar irradiation with shadows' and the DSM it was made from (for roof slope and aspect).

Tokyo Solar Atlas rule: roof parts with slope &lt; 3°, or 3-60° facing east to west through south, where irradiation &gt;= 1,100 kWh/m²; 0.1 kW/m². PLATEAU rule: 0.167 kW/m² over 80 % of roofs &gt;= 10 m² (slope &lt;= 60°), flat roofs as 15° south-tilted panels. Yield = capacity × mean irradiation × performance ratio (0.88). Suitability: high &gt;= 1,200 kWh/m², medium &gt;= 1,100, low below, unsuitable without capacity.

Example (PLATEAU): a 100 m² roof receiving 1,300 kWh/m² -&gt; 13.36 kW, 15,284 kWh/yr.
qgis_process run digitaltwin:solarpotential -- IRRADIATION=annual.tif DSM=dsm.tif BUILDINGS=buildings.gpkg RULE=1 OUTPUT=potential.gpkg</source>
      <translation>建物ごとに、屋根面積（m²、実面積）、設置可能面積、平均日射量 (kWh/m²/年)、設備容量 (kW)、年間発電量 (kWh)、CO2 削減量 (t/年)、適性区分を、「日射量（影を考慮、DSM）」の年間日射量ラスタと、その元の DSM（屋根の傾斜と方位に使用）から求めます。

東京ソーラー屋根台帳の基準：傾斜 3° 未満、または 3〜60° で東から南を経て西を向く屋根部分のうち、日射量 1,100 kWh/m² 以上の部分；0.1 kW/m²。PLATEAU の基準：10 m² 以上の屋根（傾斜 60° 以下）の 80 % に 0.167 kW/m²、陸屋根は南向き 15° のパネルとして計算。発電量＝設備容量×平均日射量×システム出力係数 (0.88)。適性：高 1,200 kWh/m² 以上、中 1,100 以上、低 それ未満、容量なしは不適。

例（PLATEAU）：100 m² の屋根に 1,300 kWh/m² → 13.36 kW、15,284 kWh/年。
qgis_process run digitaltwin:solarpotential -- IRRADIATION=annual.tif DSM=dsm.tif BUILDINGS=buildings.gpkg RULE=1 OUTPUT=potential.gpkg</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="86" />
      <source>Perez (circumsolar part shaded like the sun)</source>
      <translation>Perez（太陽周辺光も直達光と同様に影を考慮）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="76" />
      <source>Performance ratio</source>
      <translation>システム出力係数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="93" />
      <source>Plain shortest route</source>
      <translation>通常の最短経路</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="67" />
      <source>Plain shortest route length (m)</source>
      <translation>通常の最短経路長（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="55" />
      <source>Point cloud (.las, .laz, .copc.laz)</source>
      <translation>点群 (.las, .laz, .copc.laz)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="87" />
      <source>Point cloud (LAZ)</source>
      <translation>点群（LAZ）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="32" />
      <source>Point cloud to DSM/DTM raster</source>
      <translation>点群からDSM/DTMラスタを作成</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="37" />
      <source>Point clouds</source>
      <translation>点群</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="115" />
      <source>Point name field</source>
      <translation>地点名フィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="112" />
      <source>Points for depth time series</source>
      <translation>水深時系列を出力する地点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="113" />
      <source>Population field</source>
      <translation>人口フィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="76" />
      <source>Population field of the buildings</source>
      <translation>建物の人口フィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="105" />
      <source>Prefecture (name or 2-digit code)</source>
      <translation>都道府県（名称または2桁コード）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="96" />
      <source>Preset</source>
      <translation>プリセット</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="91" />
      <source>Profile id from your profiles file, instead of the list above</source>
      <translation>上の一覧の代わりに使うプロファイル ID（独自ファイル内）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="155" />
      <source>Profiles ({0}): {1}</source>
      <translation>プロファイル（{0}）：{1}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="86" />
      <source>QGIS project (its visible layers are printed)</source>
      <translation>QGIS プロジェクト（表示中のレイヤを印刷）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="87" />
      <source>QGIS projects (*.qgz *.qgs)</source>
      <translation>QGIS プロジェクト (*.qgz *.qgs)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="89" />
      <source>Rain intensity (mm/h)</source>
      <translation>降雨強度（mm/h）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="108" />
      <source>Rain on roofs runs off onto the ground beside the building</source>
      <translation>屋根の雨を建物わきの地面に流す</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="132" />
      <source>Rain volume (m³)</source>
      <translation>降雨量（m³）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="59" />
      <source>Random seed</source>
      <translation>乱数シード</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="99" />
      <source>Rank field (1-6)</source>
      <translation>ランクフィールド（1〜6）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="33" />
      <source>Ranks the links closed to a mobility profile (stairs, steps, steep or narrow links, unusable elevators, and unknown data when the policy says barrier) by the accessibility they cost: for origin-destination pairs, the detour factor is the profile's distance / the plain shortest distance (unreachable pairs and detours beyond the cap count as the cap). A link's score is how much the mean detour factor would fall if that link alone were fixed; it is computed exactly for every barrier from two sets of shortest-path searches, not by trial.

Inputs: the MLIT link and node layers (or OSM-style footways), a profile, the unknown-data policy, and either facilities (their catchments: facility -&gt; sampled destinations) or random origin samples; the number of sampled nodes, the random seed (same seed, same answer) and the cap.

Output: a GeoPackage layer 'hotspots' (3D lines): rank, score, pairs improved, pairs reconnected, the reasons the link is a barrier.

Example: qgis_process run digitaltwin:barrierfreehotspots -- LINKS=links.geojson NODES=nodes.geojson PROFILE=0 SAMPLES=200 OUTPUT=hotspots.gpkg</source>
      <translation>移動プロファイルが通れないリンク（階段、段差、急勾配や狭いリンク、使えないエレベーター、扱いがバリアの場合の不明データ）を、それが損なうアクセシビリティの大きさで順位付けします。出発地・目的地の組ごとに、迂回率 = プロファイルでの距離 ÷ 通常の最短距離 です（到達できない組と上限を超える迂回は上限値として数えます）。リンクのスコアは、そのリンクだけを改修したときに平均迂回率がどれだけ下がるかで、試行ではなく2組の最短経路探索からすべてのバリアについて厳密に計算します。

入力: 国交省のリンクとノードのレイヤ（または OSM 形式の歩道）、プロファイル、不明データの扱い、施設（その圏域: 施設 → 標本の目的地）または無作為な出発点の標本、標本ノード数、乱数シード（同じシードなら同じ結果）、上限。

出力: GeoPackage のレイヤ 'hotspots'（3D ライン）: 順位、スコア、改善する組の数、再びつながる組の数、そのリンクがバリアである理由。

例: qgis_process run digitaltwin:barrierfreehotspots -- LINKS=links.geojson NODES=nodes.geojson PROFILE=0 SAMPLES=200 OUTPUT=hotspots.gpkg</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="60" />
      <source>Raster</source>
      <translation>ラスタ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="46" />
      <source>Rasterises building footprints with a height field (PLATEAU measuredHeight, in metres) onto a DEM, or onto flat ground at 0 m, into a DSM GeoTIFF for 'Solar irradiation with shadows'. Each roof is flat at the lowest ground under the footprint plus the building's height; a pixel belongs to a building when its centre is inside the footprint. Buildings without a positive height are left out. LOD2 roof surfaces, when given, replace the flat roofs where they lie: each planar piece is burnt on its own plane from its 3D vertices (absolute heights, as in PLATEAU: give the DEM too).

The DSM is in a projected CRS: the one given, else the layer's if it is projected, else the nearest JGD2011 plane rectangular zone (Tokyo: EPSG:6677).

Example: qgis_process run digitaltwin:buildingsdsm -- BUILDINGS=bldg.gpkg HEIGHT_FIELD=measuredHeight CELL_SIZE=1 OUTPUT=dsm.tif</source>
      <translation>高さフィールド（PLATEAU の measuredHeight、メートル）を持つ建物フットプリントを、DEM または標高 0 m の平坦地の上にラスタ化し、「日射量（影を考慮、DSM）」用の DSM GeoTIFF を作ります。各屋根はフットプリント内の最も低い地盤高＋建物高さの平面です。ピクセル中心がフットプリント内にあるとき、そのピクセルは建物に属します。正の高さを持たない建物は除外します。LOD2 屋根面を指定すると、その範囲では平らな屋根の代わりに、各平面部分を 3D 頂点から求めた平面として書き込みます（PLATEAU と同じ標高値なので DEM も指定してください）。

DSM は投影座標系で作ります：指定した座標系、なければレイヤの座標系（投影座標系の場合）、それもなければ最も近い JGD2011 平面直角座標系（東京：EPSG:6677）。

例：qgis_process run digitaltwin:buildingsdsm -- BUILDINGS=bldg.gpkg HEIGHT_FIELD=measuredHeight CELL_SIZE=1 OUTPUT=dsm.tif</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="106" />
      <source>Reachable links</source>
      <translation>到達可能なリンク</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="33" />
      <source>Reads MLIT pedestrian network data (歩行空間ネットワークデータ: link and node layers as GeoJSON, Shapefile, GeoPackage or CSV with lat/lon) or OSM-style footway lines (highway=steps, incline, kerb:height, width, oneway, tactile_paving), detects the code set (2018, 2024 or OSM; choose it yourself when a 2024 file uses no 2024-only code) and validates it: dangling links, codes outside the code set (treated as unknown), missing floors, elevators that do not change floor, duplicate ids.

Output: a GeoPackage with 'links' (3D lines, Z from floors; the physical ranges behind the codes and, for every shipped profile, 'open', 'closed' or 'unknown'), 'nodes' (3D points with floor) and 'issues' (the validation report), plus the report as CSV when asked.

Example: qgis_process run digitaltwin:barrierfreeimport -- LINKS=link.shp NODES=node.shp OUTPUT=network.gpkg REPORT=report.csv</source>
      <translation>国土交通省の歩行空間ネットワークデータ（リンクとノードのレイヤ。GeoJSON、Shapefile、GeoPackage、または緯度経度付き CSV）または OSM 形式の歩道ライン（highway=steps、incline、kerb:height、width、oneway、tactile_paving）を読み込み、コード体系（2018年版、2024年版、OSM。2024年版のファイルが2024年版にしかないコードを使っていない場合は自分で選んでください）を判定して検証します: 端がつながっていないリンク、コード体系にないコード（不明として扱います）、階の欠落、階が変わらないエレベーター、重複した ID。

出力: GeoPackage。'links'（3D ライン、Z は階から。コードが表す物理的な範囲と、同梱の各プロファイルについて 'open'・'closed'・'unknown'）、'nodes'（階を持つ 3D ポイント）、'issues'（検証レポート）。指定すればレポートを CSV でも出力します。

例: qgis_process run digitaltwin:barrierfreeimport -- LINKS=link.shp NODES=node.shp OUTPUT=network.gpkg REPORT=report.csv</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="47" />
      <source>Reads PLATEAU CityGML (every i-UR version: uro 1.4, 2.0, 3.x) into one GeoPackage, streaming, so memory stays small even for a whole ward.

Input: a .gml file, a PLATEAU release zip (read in place: only the members of the chosen feature types and mesh codes are read, nothing is extracted) or an http(s) URL (downloaded to a temporary file).

Output layers: building_lod0 (roof edge), building_lod1 (footprint at ground height, extruded in 3D by lod1_height), building_lod2 (solid), building_lod2_roof / _wall / _ground (one row per surface, with area, slope and azimuth), building_risk (every disaster risk entry), and &lt;type&gt;_lod&lt;n&gt; for other city objects (e.g. waterbody_lod1 for flood areas). Building rows carry height, storeys, usage, class, structure, year, building ID, address with codes resolved to labels, and per flood scale (L1 planned, L2 maximum) the worst rank with its depth, duration and river. Unmodelled elements are kept as JSON in attributes_json. Coordinates go from EPSG:6697 to the JGD2011 plane rectangular zone of the data (Tokyo: EPSG:6677) unless you choose a CRS; heights are kept as Z. The layers open styled in QGIS (2D colours by flood rank, 3D extrusion).

Invalid XML stops the load with the file and line, unless 'Skip broken city objects' is checked: then the readable objects are kept and the skipped ones listed. An existing file is never replaced unless 'Overwrite' is checked.

Example: qgis_process run digitaltwin:loadcitygml -- INPUT=13111_ota-ku_city_2023_citygml_1_op.zip FEATURE_TYPES=bldg MESH_FILTER=53392642 OUTPUT=ota.gpkg</source>
      <translation>PLATEAU CityGML（i-UR 1.4/2.0/3.x のすべて）を1つの GeoPackage へストリーミングで読み込みます。区全体でもメモリは少量です。

入力は .gml、PLATEAU 配布 zip（指定した地物型・メッシュのみを読み、展開しません）、または URL。建物の LOD0/1/2、屋根・壁・接地面、全災害リスクの表を出力し、建物ごとに L1/L2 の最大浸水ランク・浸水深・継続時間・河川名を結合します。コードはファイルのコードリスト（なければ同梱の全国共通コード）で名称に変換します。座標はデータの JGD2011 平面直角座標系に変換し、高さを保ちます。

不正な XML はファイル名と行番号を示して停止します。「壊れた都市オブジェクトを飛ばす」を選ぶと、読める建物を残します。出力は完全に書き終えたものだけが残り、既存ファイルは「上書き」選択時のみ置き換えます。

例: qgis_process run digitaltwin:loadcitygml -- INPUT=13111_ota-ku_city_2023_citygml_1_op.zip MESH_FILTER=53392642 OUTPUT=ota.gpkg</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="51" />
      <source>Realtime</source>
      <translation>リアルタイム</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="48" />
      <source>Realtime feed snapshot</source>
      <translation>リアルタイムフィードのスナップショット</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="145" />
      <source>Realtime snapshot</source>
      <translation>リアルタイムスナップショット</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="86" />
      <source>Records path in the JSON (dot separated)</source>
      <translation>JSON 内のレコードのパス（ドット区切り）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="119" />
      <source>Resident map</source>
      <translation>住民向け地図</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="114" />
      <source>Resolution (dpi)</source>
      <translation>解像度 (dpi)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="63" />
      <source>Resource URL</source>
      <translation>リソースの URL</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="91" />
      <source>River channel</source>
      <translation>河川（流路）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="103" />
      <source>River field</source>
      <translation>河川名フィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="103" />
      <source>River level layer (overrides the number)</source>
      <translation>河川水位レイヤ（数値より優先）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="43" />
      <source>Rooftop solar potential per building</source>
      <translation>建物別の屋根上太陽光発電ポテンシャル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="64" />
      <source>Route GeoPackage</source>
      <translation>経路 GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="65" />
      <source>Route length (m)</source>
      <translation>経路長（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="66" />
      <source>Route time (min)</source>
      <translation>所要時間（分）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="96" />
      <source>Rows written</source>
      <translation>書き出した行数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="109" />
      <source>Rule</source>
      <translation>判定ルール</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="78" />
      <source>SHA-256 of the file</source>
      <translation>ファイルの SHA-256</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="50" />
      <source>Sample data</source>
      <translation>サンプルデータ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="81" />
      <source>Sample district folder</source>
      <translation>サンプル地区の出力フォルダ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="56" />
      <source>Sampled nodes (origins and destinations)</source>
      <translation>標本ノード数（出発点と目的地）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="73" />
      <source>Scale (1 = the bundled district; n = n times wider and taller)</source>
      <translation>規模（1 = 同梱の地区、n = 東西・南北とも n 倍）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="102" />
      <source>Scale field (L1/L2)</source>
      <translation>規模フィールド（L1/L2）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="45" />
      <source>Search a data catalog</source>
      <translation>データカタログを検索</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="75" />
      <source>Search text</source>
      <translation>検索語</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="54" />
      <source>Searches a data catalog and writes what it finds to a table, one row per resource (file or service) with its dataset's title, publisher, licence, attribution, prefecture/city/ward, type, format, LOD, year, URL, size and checksum.

Catalogs: the PLATEAU data catalog (3D Tiles and MVT of every city), the PLATEAU CityGML file search (conditions: city codes such as 13101,13102, m:&lt;mesh code&gt;, r:&lt;lon,lat,lon,lat&gt;, g:&lt;place name&gt;, or the extent below), a CKAN portal (G空間情報センター, Tokyo's open data catalog; the query is sent to the server), a TerriaJS catalog JSON (the Tokyo Digital Twin 3D viewer's layer list), or a local catalog file or folder (works offline). Leave the URL empty for the default of the type.

Filters keep datasets matching all given values; the text must match every word. Answers are cached in the QGIS profile (ETag/Last-Modified), so a catalog opened once also works offline.

Output: a CSV (UTF-8) or GeoPackage table. An existing file is kept unless 'Overwrite' is checked.

Example: qgis_process run digitaltwin:catalogsearch -- CATALOG_TYPE=0 CITY=13101 DATA_TYPE=bldg OUTPUT=chiyoda.csv</source>
      <translation>データカタログを検索し、見つかったものを表に書き出します。リソース（ファイルまたはサービス）ごとに1行で、データセットの名称、提供者、ライセンス、出典表示、都道府県・市区町村・区、種別、形式、LOD、年度、URL、サイズ、チェックサムを含みます。

カタログ: PLATEAU データカタログ（全都市の 3D Tiles・MVT）、PLATEAU CityGML ファイル検索（条件: 13101,13102 のような市区町村コード、m:&lt;メッシュコード&gt;、r:&lt;経度,緯度,経度,緯度&gt;、g:&lt;地名&gt;、または下の範囲）、CKAN ポータル（G空間情報センター、東京都オープンデータカタログ。検索語はサーバに送られます）、TerriaJS カタログ JSON（東京都デジタルツイン3Dビューアのレイヤ一覧）、ローカルのカタログファイルまたはフォルダ（オフラインで動作）。URL を空欄にすると種類ごとの既定を使います。

フィルタは指定したすべての値に合うデータセットを残します。検索語はすべての語に一致する必要があります。応答は QGIS プロファイルにキャッシュされ（ETag/Last-Modified）、一度開いたカタログはオフラインでも使えます。

出力: CSV（UTF-8）または GeoPackage の表。既存のファイルは「既存のファイルを上書き」をオンにしない限り残ります。

例: qgis_process run digitaltwin:catalogsearch -- CATALOG_TYPE=0 CITY=13101 DATA_TYPE=bldg OUTPUT=chiyoda.csv</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="112" />
      <source>Seeds: river or points where the water comes from</source>
      <translation>起点：河川または水が来る地点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="78" />
      <source>Service area GeoPackage</source>
      <translation>到達圏 GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="79" />
      <source>Service areas</source>
      <translation>到達圏</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="82" />
      <source>Several tiles make one layer through a .vpc output.</source>
      <translation>複数のタイルは .vpc 出力で1つのレイヤになります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="98" />
      <source>Shadow search radius (m)</source>
      <translation>影の探索半径 (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="70" />
      <source>Simulates surface water on a DEM with the local inertial shallow-water model of Bates et al. (2010), as in LISFLOOD-FP, with an adaptive time step, and writes the maximum depth (m), maximum velocity (m/s) and arrival time (s until the depth first reaches the arrival depth) as GeoTIFFs.

Water: rain in mm/h, constant or a hyetograph CSV ('minutes,mm_per_h', each intensity holding until the next row), and/or inflow points with a discharge field (m³/s) or a hydrograph CSV ('minutes,m3_per_s[,point name]', linear in time). Roughness: Manning's n as a number or a raster on the DEM grid. Buildings block the flow; the rain on their roofs runs off onto the ground cell nearest to each roof cell, as gutters and downpipes bring it down (or, unticked, is left out). Open boundary: water leaves at the DEM edges; otherwise the edges are walls. Mass balance is written to the log.

Time series: depth at chosen points every interval, as a table.

Example: a 5 m DEM of a district, 60 minutes of 50 mm/h rain, buildings from the CityGML loader -&gt; where water collects, how fast it flows, and when it arrives.</source>
      <translation>Bates ら（2010）の局所慣性浅水方程式モデル（LISFLOOD-FPと同じ手法）で、適応時間刻みによりDEM上の表面水を計算し、最大浸水深（m）、最大流速（m/s）、到達時間（到達判定水深に初めて達するまでの秒数）をGeoTIFFで出力します。

水：降雨（mm/h、一定またはハイエトグラフCSV「minutes,mm_per_h」、各強度は次の行まで継続）、および／または流入量フィールド（m³/s）かハイドログラフCSV（「minutes,m3_per_s[,地点名]」、時間について線形）を持つ流入地点。粗度：マニングの粗度係数（数値またはDEMと同じグリッドのラスタ）。建物は流れを遮ります。屋根に降った雨は、雨どいと縦樋で地面に下りるように、屋根の各セルに最も近い地面のセルに流れます（チェックを外すと数えません）。開境界：DEMの端から水が流出します。そうでなければ端は壁です。質量保存はログに出力します。

時系列：指定地点の水深を一定間隔で表に出力します。

例：地区の5m DEM、50mm/hの降雨60分、CityGMLローダーの建物 → 水がどこにたまり、どれだけ速く流れ、いつ到達するか。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="132" />
      <source>Site: latitude {:.5f}, longitude {:.5f}</source>
      <translation>地点：緯度 {:.5f}、経度 {:.5f}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="77" />
      <source>Size in bytes</source>
      <translation>サイズ（バイト）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="88" />
      <source>Skip broken city objects and keep the readable ones</source>
      <translation>壊れた都市オブジェクトを飛ばし、読めるものを残す</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="115" />
      <source>Skipped: {}</source>
      <translation>スキップ: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="114" />
      <source>Sky view factor</source>
      <translation>天空率</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="115" />
      <source>Slope (degrees)</source>
      <translation>傾斜角（度）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="101" />
      <source>Snapshot GeoPackage</source>
      <translation>スナップショット GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="46" />
      <source>Solar irradiation with shadows (DSM)</source>
      <translation>日射量（影を考慮、DSM）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="40" />
      <source>Solar potential</source>
      <translation>太陽光発電ポテンシャル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="79" />
      <source>Static GTFS zip (file or URL) for names (GTFS-Realtime)</source>
      <translation>名称用の静的 GTFS zip（ファイルまたは URL、GTFS-Realtime）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="118" />
      <source>Storey height (m)</source>
      <translation>階高（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="100" />
      <source>Storey height for Z (m per floor)</source>
      <translation>Z の階高（1 階あたり m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="111" />
      <source>Storeys field</source>
      <translation>地上階数フィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="99" />
      <source>Subtitle</source>
      <translation>サブタイトル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="85" />
      <source>Target CRS (empty = JGD2011 plane rectangular zone of the data)</source>
      <translation>出力座標参照系（空欄＝データのJGD2011平面直角座標系）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="101" />
      <source>TerriaJS catalog (Tokyo Digital Twin 3D viewer)</source>
      <translation>TerriaJS カタログ（東京都デジタルツイン3Dビューア）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="189" />
      <source>The DEM must be in a projected CRS (metres).</source>
      <translation>DEMは投影座標系（メートル）である必要があります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="161" />
      <source>The DSM CRS must be projected, in metres (Tokyo: EPSG:6677).</source>
      <translation>DSM の座標参照系はメートル単位の投影座標系にしてください（東京：EPSG:6677）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="125" />
      <source>The DSM could not be opened.</source>
      <translation>DSM を開けませんでした。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="228" />
      <source>The Manning's n raster must have the DEM's grid.</source>
      <translation>粗度係数ラスタはDEMと同じグリッドである必要があります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="87" />
      <source>The buildings layer could not be opened.</source>
      <translation>建物レイヤを開けませんでした。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="120" />
      <source>The buildings layer has no polygons.</source>
      <translation>建物レイヤにポリゴンがありません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="141" />
      <source>The depth raster must be in a projected CRS (metres).</source>
      <translation>浸水深ラスタは投影座標系（メートル）である必要があります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="180" />
      <source>The hazard layer needs a rank field or a depth field; choose one.</source>
      <translation>浸水想定レイヤにはランクまたは浸水深のフィールドが必要です。選択してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="95" />
      <source>The irradiation raster, the DSM and the buildings are needed.</source>
      <translation>日射量ラスタ、DSM、建物が必要です。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="176" />
      <source>The river level layer has no value in field '{}'.</source>
      <translation>河川水位レイヤのフィールド「{}」に値がありません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="115" />
      <source>The route uses {0} links whose data cannot tell if they are passable</source>
      <translation>経路は通行可否をデータで判定できないリンクを {0} 本通ります</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="59" />
      <source>Tile address ({name} = tile name)</source>
      <translation>タイルのURL（{name} = タイル名）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="57" />
      <source>Tile names (comma separated)</source>
      <translation>タイル名（カンマ区切り）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="103" />
      <source>Tile size (pixels)</source>
      <translation>タイルサイズ（ピクセル）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="92" />
      <source>Tile {} ({}/{})</source>
      <translation>タイル {} ({}/{})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="63" />
      <source>Time (min)</source>
      <translation>時間（分）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="84" />
      <source>Time code YYYYMMDDhhmm, JST (traffic counts; default: latest published)</source>
      <translation>時間コード YYYYMMDDhhmm、日本時間（交通量。既定: 公開済みの最新）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="109" />
      <source>Time field (latest wins)</source>
      <translation>時刻フィールド（最新を使用）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="117" />
      <source>Time series interval (minutes)</source>
      <translation>時系列の間隔（分）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="130" />
      <source>Time steps</source>
      <translation>計算ステップ数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="88" />
      <source>Time zone of the weather file's times</source>
      <translation>気象データの時刻のタイムゾーン</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="90" />
      <source>Timeout per request (s)</source>
      <translation>リクエストごとのタイムアウト（秒）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="98" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="73" />
      <source>Tokyo Solar Atlas</source>
      <translation>東京ソーラー屋根台帳</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="78" />
      <source>Tokyo: clear sky scaled by monthly sunshine</source>
      <translation>東京：月別日照時間で補正した晴天日射</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="85" />
      <source>Treat as barriers</source>
      <translation>バリアとみなす</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="85" />
      <source>Treat as passable</source>
      <translation>通行可能とみなす</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="138" />
      <source>Unknown or too coarse data is treated as: {0}</source>
      <translation>不明・粗いデータの扱い：{0}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="55" />
      <source>Validation findings</source>
      <translation>検証での指摘</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="51" />
      <source>Validation report (CSV)</source>
      <translation>検証レポート（CSV）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="66" />
      <source>Virtual point cloud (*.vpc);;COPC point cloud (*.copc.laz)</source>
      <translation>仮想点群 (*.vpc);;COPC点群 (*.copc.laz)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="106" />
      <source>Ward (name or code)</source>
      <translation>区（名称またはコード）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="110" />
      <source>Water leaves at the DEM edges</source>
      <translation>DEMの端から水が流出する</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="101" />
      <source>Water level (m)</source>
      <translation>水位（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="123" />
      <source>Water level used (m)</source>
      <translation>使用した水位（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="178" />
      <source>Water level {} m from the river level layer ({}).</source>
      <translation>河川水位レイヤからの水位 {} m（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="135" />
      <source>Water on the grid at the end (m³)</source>
      <translation>終了時のグリッド上の水量（m³）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="125" />
      <source>Water volume (m³)</source>
      <translation>水量（m³）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="82" />
      <source>Weather file</source>
      <translation>気象データファイル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="80" />
      <source>Weather file (CSV or EPW)</source>
      <translation>気象データファイル（CSV または EPW）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="83" />
      <source>Weather files (*.csv *.epw)</source>
      <translation>気象データファイル (*.csv *.epw)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="75" />
      <source>What if the river reaches a given level? Floods every DEM cell lying below the water level and connected, through other such cells, to a seed (river lines or polygons, or points), and gives the depth (level - ground) as a GeoTIFF plus the flooded areas as polygons in the GSI depth classes. Hollows behind a levee higher than the level stay dry.

Ground: a DEM raster, or a TIN (the PLATEAU dem layer loaded with 'Load PLATEAU CityGML') rasterised on its triangle planes at the chosen cell size.
Water level: a number (m, same datum as the DEM), or the latest value of a river-level layer (e.g. a realtime gauge layer: the feature with the latest time field value, else the last feature).
Connectivity 4 (default) does not let water pass between cells touching only at a corner. 'Also fill closed depressions' adds the water ponding in every closed hollow up to its spill level (priority-flood, 8-connected).

Example: a 5 m DEM, level 4.2 m, the river polygon as seed -&gt; flood depth GeoTIFF and areas styled with the GSI hazard-map colours.</source>
      <translation>河川がある水位に達したら？ 水位より低く、同じく水位より低いセルを通じて起点（河川の線・ポリゴンまたは地点）とつながっているDEMのセルをすべて浸水させ、浸水深（水位−地盤高）をGeoTIFFで、浸水範囲を国土地理院の浸水深区分のポリゴンで出力します。水位より高い堤防の裏の窪地は浸水しません。

地盤：DEMラスタ、またはTIN（「PLATEAU CityGMLの読み込み」で読み込んだPLATEAU demレイヤ）を三角形の平面のまま指定セルサイズでラスタ化したもの。
水位：数値（m、DEMと同じ基準）、または河川水位レイヤの最新値（例：リアルタイム水位計レイヤ。時刻フィールドが最新の地物、なければ最後の地物）。
連結性4（既定）では角だけで接するセルの間を水が通りません。「閉じた窪地も満たす」は、閉じた窪地すべてに溢れ出す高さまでたまる水を加えます（プライオリティ・フラッド、8近傍）。

例：5m DEM、水位4.2m、河川ポリゴンを起点 → 国土地理院の色で表示された浸水深GeoTIFFと浸水範囲。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="56" />
      <source>Writes the synthetic sample district the plugin ships (a fictional Tokyo district by the Arakawa, Sumida-ku, EPSG:6677) into a folder, to try every tool offline or to benchmark on larger areas. The same seed and scale always give the same files.

Contents: dem.tif (5 m), PLATEAU CityGML buildings (udx/bldg, LOD0/1/2, flood risk attributes), the PLATEAU flood inundation model L1/L2 (udx/fld) and depth rasters, pointcloud.laz (LAS 1.2 format 3), river.geojson (the river channel: seeds for a level-based inundation), an MLIT pedestrian network (2024 codes) with facilities, a recorded bus feed (GTFS-Realtime) and river gauge (SensorThings), catalog.json and README.md.

Scale 1 is the bundled 1 km x 0.9 km district (about 420 buildings, 6 MB); scale n is n times wider and taller. The folder must be new or empty; a previous sample district there is replaced only with 'Overwrite'.

Example: qgis_process run digitaltwin:sampledistrict -- SCALE=3 OUTPUT=/tmp/district_x3</source>
      <translation>プラグイン同梱の合成サンプル地区（墨田区・荒川沿いの架空の地区、EPSG:6677）をフォルダに書き出します。オフラインで全機能を試したり、より広い範囲でベンチマークを行ったりするためのものです。同じシードと規模からは常に同じファイルが作られます。

内容: dem.tif（5 m）、PLATEAU CityGML 建築物（udx/bldg、LOD0/1/2、浸水リスク属性）、PLATEAU 洪水浸水想定区域モデル L1/L2（udx/fld）と浸水深ラスタ、pointcloud.laz（LAS 1.2 フォーマット 3）、river.geojson（河川の流路: 水位による浸水計算の起点）、国土交通省 歩行空間ネットワーク（2024年版コード）と施設、バス位置情報の記録（GTFS-Realtime）と河川水位計の記録（SensorThings）、catalog.json、README.md。

規模 1 は同梱の 1 km × 0.9 km の地区（建物約 420 棟、6 MB）、規模 n は東西・南北とも n 倍です。出力フォルダは新規または空である必要があります。既存のサンプル地区は「上書き」を選んだときだけ置き換えます。

例: qgis_process run digitaltwin:sampledistrict -- SCALE=3 OUTPUT=/tmp/district_x3</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="163" />
      <source>Wrote {}</source>
      <translation>{} を書き出しました</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="117" />
      <source>Wrote {} ({}), EPSG:{}</source>
      <translation>{} を書き出しました（{}）、EPSG:{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="107" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="102" />
      <source>{0} / {1}: {2:.0f} m of links reachable, {3} buildings, population {4:.0f}</source>
      <translation>{0} / {1}：到達リンク {2:.0f} m、建物 {3} 棟、人口 {4:.0f}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="127" />
      <source>{0} datasets match the filters</source>
      <translation>条件に合うデータセット: {0} 件</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="113" />
      <source>{0} features from {1}</source>
      <translation>{1} から {0} 件の地物</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="94" />
      <source>{0} pairs, mean detour factor {1:.2f}, {2} unreachable; {3} hotspot links</source>
      <translation>{0} 組、平均迂回率 {1:.2f}、到達不能 {2} 組、ホットスポット {3} リンク</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="126" />
      <source>{0} validation findings: run 'Import and validate pedestrian network' for the full report</source>
      <translation>検証で {0} 件の指摘があります。詳細は「歩行者ネットワークの読み込みと検証」を実行してください</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="105" />
      <source>{0}: {1:.0f} m, {2:.1f} min (plain route {3:.0f} m, detour factor {4:.2f})</source>
      <translation>{0}：{1:.0f} m、{2:.1f} 分（通常経路 {3:.0f} m、迂回率 {4:.2f}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="122" />
      <source>{0}: {1} datasets</source>
      <translation>{0}: {1} 件のデータセット</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="135" />
      <source>{} LOD2 roof surfaces burnt on their planes.</source>
      <translation>LOD2 屋根面 {} 面をそれぞれの平面として書き込みました。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="153" />
      <source>{} buildings, {} hazard cells, CRS {}</source>
      <translation>建物 {} 棟、浸水セル {} 個、座標系 {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="127" />
      <source>{} buildings: {:.1f} kW, {:.0f} MWh/yr</source>
      <translation>{} 棟：{:.1f} kW、{:.0f} MWh/年</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="132" />
      <source>{} of {} buildings burnt into the DSM ({}).</source>
      <translation>{} 棟中 {} 棟を DSM に書き込みました（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="167" />
      <source>{} of {} buildings exposed</source>
      <translation>{1} 棟中 {0} 棟が浸水</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="92" />
      <source>{} x {} cells; {} with points, {} filled; {} points used</source>
      <translation>{} × {} セル、点のあるセル {}、補間 {}、使用点数 {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="89" />
      <source>{}: {} points, CRS from {}, {} octree nodes</source>
      <translation>{}: {} 点、座標参照系の出所: {}、八分木ノード {}</translation>
    </message>
  </context>
</TS>
