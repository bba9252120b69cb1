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
      <location filename="../../plugin/catalog/gui_dock.py" line="302" />
      <source>'{0}' cannot be added to the map ({1}); use Download.</source>
      <translation>'{0}' は地図に追加できません（{1}）。ダウンロードしてください。</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="270" />
      <source>(first {0} shown; refine the search)</source>
      <translation>（先頭の {0} 件を表示。検索を絞り込んでください）</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="150" />
      <source>0 min</source>
      <translation>0 分</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="153" />
      <source>180 min</source>
      <translation>180 分</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="149" />
      <source>2 m/s or more</source>
      <translation>2 m/s 以上</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="151" />
      <source>30 min</source>
      <translation>30 分</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="41" />
      <source>3D buildings (CityGML)</source>
      <translation>3D建物（CityGML）</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="75" />
      <source>3D view of the buildings</source>
      <translation>建物の 3D ビュー</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="93" />
      <source>3D views need a projected CRS: load the buildings in their plane rectangular zone.</source>
      <translation>3Dビューには投影座標系が必要です。建物を平面直角座標系で読み込んでください。</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="152" />
      <source>60 min</source>
      <translation>60 分</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="81" />
      <source>A 3D map view of the selected building layer, extruded and coloured</source>
      <translation>選択した建物レイヤを立ち上げて色分けした 3D マップビュー</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="46" />
      <source>A Processing provider 'digitaltwin' is registered already (another copy of the plugin?); the Digital Twin algorithms come from that one.</source>
      <translation>プロセッシングプロバイダ 'digitaltwin' はすでに登録されています（プラグインが重複していませんか？）。デジタルツインのアルゴリズムはそちらのものを使います。</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="45" />
      <source>Add live feed</source>
      <translation>ライブフィードを追加</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="86" />
      <source>Add live feed…</source>
      <translation>ライブフィードを追加…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="148" />
      <source>Add to map</source>
      <translation>地図に追加</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="323" />
      <source>Added {0} layer(s) of {1}.</source>
      <translation>{1} のレイヤを {0} 件追加しました。</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="313" />
      <source>Adding {0}…</source>
      <translation>{0} を追加しています…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="125" />
      <source>Add…</source>
      <translation>追加…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="394" />
      <source>Area</source>
      <translation>地域</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="393" />
      <source>Attribution</source>
      <translation>出典表示</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="432" />
      <source>Authentication</source>
      <translation>認証</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="42" />
      <source>Barrier-free analyses</source>
      <translation>バリアフリー解析</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="44" />
      <source>Batch runs</source>
      <translation>バッチ処理</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="120" />
      <source>Bicycle parking</source>
      <translation>自転車駐車場</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="112" />
      <source>Bridges (LOD1)</source>
      <translation>橋梁（LOD1）</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="113" />
      <source>Bridges (LOD2)</source>
      <translation>橋梁（LOD2）</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="114" />
      <source>Bridges (LOD3)</source>
      <translation>橋梁（LOD3）</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="99" />
      <source>Building outlines (LOD0)</source>
      <translation>建物外形（LOD0）</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="100" />
      <source>Buildings (LOD1)</source>
      <translation>建物（LOD1）</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="101" />
      <source>Buildings (LOD2)</source>
      <translation>建物（LOD2）</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="97" />
      <source>Buildings 3D: {}</source>
      <translation>建物3D: {}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="193" />
      <source>Built-in catalogs cannot be removed.</source>
      <translation>組み込みのカタログは削除できません。</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="87" />
      <source>Bus positions, sensors, traffic counts or any JSON feed, refreshed on the map</source>
      <translation>バスの位置、センサー、交通量、任意の JSON フィードを地図上で自動更新</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="74" />
      <source>CKAN portal</source>
      <translation>CKAN ポータル</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="158" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="215" />
      <source>Cancelled: nothing was installed.</source>
      <translation>キャンセルしました。何もインストールされていません。</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="179" />
      <source>Cancelling…</source>
      <translation>キャンセル中…</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="121" />
      <source>Car park</source>
      <translation>自動車駐車場</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="115" />
      <source>Carriageway</source>
      <translation>車道部</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="394" />
      <source>Catalog</source>
      <translation>カタログ</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="91" />
      <source>Choose a loaded building layer (building_lod1 or building_lod2) first.</source>
      <translation>先に読み込んだ建物レイヤ（building_lod1 または building_lod2）を選んでください。</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="171" />
      <source>Choose at least one tile first.</source>
      <translation>先にタイルを1つ以上選んでください。</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="68" />
      <source>City</source>
      <translation>市区町村</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="99" />
      <source>Clear</source>
      <translation>クリア</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="92" />
      <source>Click tiles on the map to add or remove them, or take the tiles in the current extent.</source>
      <translation>地図上のタイルをクリックして追加・解除するか、現在の表示範囲のタイルを選んでください。</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="203" />
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="129" />
      <source>Commercial</source>
      <translation>商業用地</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="87" />
      <source>Convert to COPC…</source>
      <translation>COPCに変換…</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="56" />
      <source>Crossings without signals count as</source>
      <translation>信号のない横断歩道の重み</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="43" />
      <source>Data catalogs</source>
      <translation>データカタログ</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="66" />
      <source>Data catalogs…</source>
      <translation>データカタログ…</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="159" />
      <source>Data unknown</source>
      <translation>データ不明</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="96" />
      <source>Depth 0.5 - 3 m</source>
      <translation>浸水深 0.5〜3m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="99" />
      <source>Depth 10 - 20 m</source>
      <translation>浸水深 10〜20m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="100" />
      <source>Depth 20 m or more</source>
      <translation>浸水深 20m以上</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="97" />
      <source>Depth 3 - 5 m</source>
      <translation>浸水深 3〜5m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="98" />
      <source>Depth 5 - 10 m</source>
      <translation>浸水深 5〜10m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="95" />
      <source>Depth under 0.5 m</source>
      <translation>浸水深 0.5m未満</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="259" />
      <source>Digital Twin</source>
      <translation>デジタルツイン</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="89" />
      <source>Digital Twin algorithms…</source>
      <translation>デジタルツインのアルゴリズム…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="80" />
      <source>Digital Twin catalog</source>
      <translation>デジタルツイン カタログ</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="192" />
      <source>Digital Twin catalogs</source>
      <translation>デジタルツイン カタログ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="59" />
      <source>Digital Twin: PLATEAU and city digital twin tools</source>
      <translation>デジタルツイン：PLATEAUと都市のデジタルツインのツール</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="105" />
      <source>Disaster risks</source>
      <translation>災害リスク</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="83" />
      <source>Double-click: {0}</source>
      <translation>ダブルクリック：{0}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="88" />
      <source>Download (then convert to COPC)…</source>
      <translation>ダウンロード（その後COPCに変換）…</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="190" />
      <source>Download and convert {} tiles…</source>
      <translation>{} 枚のタイルをダウンロードして変換…</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="102" />
      <source>Download and convert…</source>
      <translation>ダウンロードして変換…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="335" />
      <source>Download into folder</source>
      <translation>ダウンロード先フォルダ</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="345" />
      <source>Download: {0}</source>
      <translation>ダウンロード: {0}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="347" />
      <source>Downloaded {0} file(s) into {1}.</source>
      <translation>{0} 件のファイルを {1} にダウンロードしました。</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="339" />
      <source>Downloading {0} file(s) into {1}…</source>
      <translation>{0} 件のファイルを {1} にダウンロードしています…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="151" />
      <source>Download…</source>
      <translation>ダウンロード…</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="85" />
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
      <location filename="../../plugin/installer/gui_installer.py" line="144" />
      <source>Every Python package the plugin uses is installed.</source>
      <translation>プラグインが使用する Python パッケージはすべてインストール済みです。</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="355" />
      <source>Export profiles</source>
      <translation>プロファイルの書き出し</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="202" />
      <source>Export…</source>
      <translation>書き出し…</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="110" />
      <source>Expressway</source>
      <translation>高速自動車国道</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="148" />
      <source>FAR used: 100 % or more</source>
      <translation>容積充足率 100% 以上</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="145" />
      <source>FAR used: 25 - 50 %</source>
      <translation>容積充足率 25〜50%</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="146" />
      <source>FAR used: 50 - 75 %</source>
      <translation>容積充足率 50〜75%</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="147" />
      <source>FAR used: 75 - 100 %</source>
      <translation>容積充足率 75〜100%</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="144" />
      <source>FAR used: under 25 %</source>
      <translation>容積充足率 25% 未満</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="136" />
      <source>Farming, forestry and fishery facilities</source>
      <translation>農林漁業施設用地</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="108" />
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
      <location filename="../../plugin/qgis_results.py" line="124" />
      <source>Field</source>
      <translation>畑</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="41" />
      <source>Flood analyses</source>
      <translation>浸水解析</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="115" />
      <source>Floor area used per district (gross)</source>
      <translation>地区別の容積充足率（地区全体・グロス）</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="125" />
      <source>Forest</source>
      <translation>山林</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="69" />
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="34" />
      <source>GTFS-Realtime vehicle positions</source>
      <translation>GTFS-Realtimeの車両位置</translation>
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
      <location filename="../../plugin/qgis_results.py" line="137" />
      <source>Golf course</source>
      <translation>ゴルフ場</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="104" />
      <source>Ground surfaces (LOD2)</source>
      <translation>底面（LOD2）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="397" />
      <source>Group</source>
      <translation>グループ</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="154" />
      <source>High (1,200 kWh/m² or more)</source>
      <translation>適性 高（1,200 kWh/m² 以上）</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/qgis_styles.py" line="23" />
      <source>Hospital</source>
      <translation>病院</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="349" />
      <source>Import profiles</source>
      <translation>プロファイルの読み込み</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="201" />
      <source>Import…</source>
      <translation>読み込み…</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="130" />
      <source>Industrial</source>
      <translation>工業用地</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="118" />
      <source>Install</source>
      <translation>インストール</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="87" />
      <source>Install Python packages</source>
      <translation>Python パッケージのインストール</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="260" />
      <source>Install Python packages…</source>
      <translation>Python パッケージのインストール…</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="93" />
      <source>Install the Python packages the analyses use, into this QGIS profile</source>
      <translation>解析で使う Python パッケージをこの QGIS プロファイルにインストールします</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="202" />
      <source>Installed {count} packages ({size_mb:.0f} MB) in {seconds:.0f} s. Restart QGIS if a feature still says a package is missing.</source>
      <translation>{count} 個のパッケージ（{size_mb:.0f} MB）を {seconds:.0f} 秒でインストールしました。まだパッケージがないと表示される機能があれば QGIS を再起動してください。</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="57" />
      <source>Installing Python packages</source>
      <translation>Python パッケージをインストール中</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="154" />
      <source>Installing… (this can take several minutes)</source>
      <translation>インストール中…（数分かかることがあります）</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="117" />
      <source>Island or median</source>
      <translation>島・分離帯</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="37" />
      <source>JARTIC traffic counts (WFS, map extent)</source>
      <translation>JARTIC 交通量（WFS、地図の表示範囲）</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="104" />
      <source>L2: depth 0.5 - 3 m</source>
      <translation>L2 浸水深 0.5〜3m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="107" />
      <source>L2: depth 10 - 20 m</source>
      <translation>L2 浸水深 10〜20m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="108" />
      <source>L2: depth 20 m or more</source>
      <translation>L2 浸水深 20m以上</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="105" />
      <source>L2: depth 3 - 5 m</source>
      <translation>L2 浸水深 3〜5m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="106" />
      <source>L2: depth 5 - 10 m</source>
      <translation>L2 浸水深 5〜10m</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="103" />
      <source>L2: depth under 0.5 m</source>
      <translation>L2 浸水深 0.5m未満</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="69" />
      <source>LOD</source>
      <translation>LOD</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="111" />
      <source>Land use (LOD1)</source>
      <translation>土地利用（LOD1）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="392" />
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
      <location filename="../../plugin/installer/gui_installer.py" line="43" />
      <source>Live feeds</source>
      <translation>リアルタイムフィード</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="86" />
      <source>Load with the CityGML loader…</source>
      <translation>CityGMLローダーで読み込む…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="75" />
      <source>Local catalog file or folder (offline)</source>
      <translation>ローカルのカタログファイルまたはフォルダ（オフライン）</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="156" />
      <source>Low (under 1,100 kWh/m²)</source>
      <translation>適性 低（1,100 kWh/m² 未満）</translation>
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
      <location filename="../../plugin/qgis_results.py" line="155" />
      <source>Medium (1,100 - 1,200 kWh/m²)</source>
      <translation>適性 中（1,100〜1,200 kWh/m²）</translation>
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
      <location filename="../../plugin/main.py" line="84" />
      <source>Mobility profiles…</source>
      <translation>移動プロファイル…</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="113" />
      <source>Municipal road</source>
      <translation>市町村道</translation>
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
      <location filename="../../plugin/qgis_results.py" line="111" />
      <source>National road</source>
      <translation>一般国道</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="101" />
      <source>Needed for</source>
      <translation>使用する機能</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="420" />
      <source>New catalog connection</source>
      <translation>新しいカタログ接続</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="101" />
      <source>No flood rank</source>
      <translation>浸水ランクなし</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="179" />
      <source>No limit</source>
      <translation>制限なし</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="94" />
      <source>Not flooded</source>
      <translation>浸水なし</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="264" />
      <source>Not for this version</source>
      <translation>このバージョンでは表示しない</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="160" />
      <source>Not passable (barrier)</source>
      <translation>通れない（バリア）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="35" />
      <source>OGC SensorThings API (service root)</source>
      <translation>OGC SensorThings API（サービスルート）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="122" />
      <source>Open</source>
      <translation>開く</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="211" />
      <source>Opening {0}…</source>
      <translation>{0} を開いています…</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="61" />
      <source>Ordinary (no accessibility features)</source>
      <translation>一般（バリアフリー対応なし）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_browser.py" line="157" />
      <source>Other</source>
      <translation>その他</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="127" />
      <source>Other natural land</source>
      <translation>その他自然地</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="142" />
      <source>Other or unknown land use</source>
      <translation>その他・不明の土地利用</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="114" />
      <source>Other or unknown road</source>
      <translation>その他・不明の道路</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="135" />
      <source>Other public facilities</source>
      <translation>その他公的施設用地</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="122" />
      <source>Other traffic area</source>
      <translation>その他の交通領域</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="140" />
      <source>Other urban use</source>
      <translation>その他の都市的土地利用</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="74" />
      <source>PLATEAU CityGML files</source>
      <translation>PLATEAU CityGML ファイル</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_connections.py" line="20" />
      <source>PLATEAU CityGML files (map extent or codes)</source>
      <translation>PLATEAU CityGML ファイル（地図の表示範囲またはコード指定）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="74" />
      <source>PLATEAU data catalog (3D Tiles, MVT)</source>
      <translation>PLATEAU データカタログ（3D Tiles・MVT）</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="101" />
      <source>Package</source>
      <translation>パッケージ</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="123" />
      <source>Paddy field</source>
      <translation>田</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="158" />
      <source>Passable by wheelchair</source>
      <translation>車いすで通れる</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="96" />
      <source>Pick on the map</source>
      <translation>地図上で選択</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="83" />
      <source>Pick published point cloud tiles on the map, download them and convert them to COPC</source>
      <translation>公開されている点群タイルを地図上で選び、ダウンロードしてCOPCに変換します</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="119" />
      <source>Planting</source>
      <translation>植栽</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/qgis_layers.py" line="27" />
      <source>Point cloud</source>
      <translation>点群</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="78" />
      <source>Point cloud tile index ({})</source>
      <translation>点群タイル索引図（{}）</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="85" />
      <source>Point cloud tiles</source>
      <translation>点群タイル</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="82" />
      <source>Point cloud tiles…</source>
      <translation>点群タイル…</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/qgis_layers.py" line="120" />
      <source>Point cloud {0}</source>
      <translation>点群 {0}</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="42" />
      <source>Point clouds</source>
      <translation>点群</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="112" />
      <source>Prefectural road</source>
      <translation>都道府県道</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="68" />
      <source>Prefecture</source>
      <translation>都道府県</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="349" />
      <source>Profiles (*.json)</source>
      <translation>プロファイル (*.json)</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="334" />
      <source>Profiles read from {0}: 'Save to project' to use them.</source>
      <translation>{0} からプロファイルを読み込みました。使うには「プロジェクトに保存」を押してください。</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="345" />
      <source>Profiles written to {0} (PROFILES_FILE of the barrier-free algorithms).</source>
      <translation>{0} にプロファイルを書き出しました（バリアフリー解析の PROFILES_FILE 用）。</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="131" />
      <source>Public facilities</source>
      <translation>公益施設用地</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="134" />
      <source>Public open space</source>
      <translation>公共空地</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="393" />
      <source>Publisher</source>
      <translation>提供者</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="253" />
      <source>Python packages some Digital Twin features need are missing: {names}. Everything else works.</source>
      <translation>デジタルツインの一部の機能に必要な Python パッケージがありません: {names}。その他の機能はそのまま使えます。</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="162" />
      <source>Python: {python}</source>
      <translation>Python: {python}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gui_live_feed.py" line="55" />
      <source>Record every refresh to a GeoPackage</source>
      <translation>更新のたびに GeoPackage へ記録する</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="136" />
      <source>Recorded feed</source>
      <translation>記録したフィード</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="107" />
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
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="178" />
      <source>Refreshing {0}</source>
      <translation>{0} を更新中</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="128" />
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
      <location filename="../../plugin/installer/gui_installer.py" line="44" />
      <source>Resident maps</source>
      <translation>住民向け地図</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="128" />
      <source>Residential</source>
      <translation>住宅用地</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="132" />
      <source>Road</source>
      <translation>道路用地</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="109" />
      <source>Road areas (LOD2)</source>
      <translation>道路の区域（LOD2）</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="110" />
      <source>Road areas (LOD3)</source>
      <translation>道路の区域（LOD3）</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="106" />
      <source>Roads (LOD1)</source>
      <translation>道路（LOD1）</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="107" />
      <source>Roads (LOD2)</source>
      <translation>道路（LOD2）</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="108" />
      <source>Roads (LOD3)</source>
      <translation>道路（LOD3）</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="102" />
      <source>Roofs (LOD2)</source>
      <translation>屋根（LOD2）</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="43" />
      <source>Sample district</source>
      <translation>サンプル地区</translation>
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
      <location filename="../../plugin/main.py" line="67" />
      <source>Search PLATEAU, CKAN, TerriaJS and local catalogs and add data to the map</source>
      <translation>PLATEAU・CKAN・TerriaJS・ローカルのカタログを検索し、データを地図に追加</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="97" />
      <source>Search: words of title, place, type, format, year…</source>
      <translation>検索: 名称・地名・種別・形式・年度などの語…</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="299" />
      <source>Select a dataset or one of its resources first.</source>
      <translation>先にデータセットまたはそのリソースを選択してください。</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="165" />
      <source>Sensors (SensorThings)</source>
      <translation>センサー（SensorThings）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="104" />
      <source>Sensors, latest values (live)</source>
      <translation>センサー最新値（ライブ）</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/qgis_styles.py" line="23" />
      <source>Shelter</source>
      <translation>避難所</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="91" />
      <source>Show the Digital Twin algorithms in the Processing Toolbox</source>
      <translation>プロセッシングツールボックスにデジタルツインのアルゴリズムを表示</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="116" />
      <source>Sidewalk</source>
      <translation>歩道部</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="41" />
      <source>Solar potential</source>
      <translation>太陽光発電ポテンシャル</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="138" />
      <source>Solar power plant</source>
      <translation>太陽光発電施設用地</translation>
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
      <location filename="../../plugin/sample_district/qgis_styles.py" line="23" />
      <source>Station</source>
      <translation>駅</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="139" />
      <source>Surface parking</source>
      <translation>平面駐車場</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="75" />
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
      <location filename="../../plugin/qgis_results.py" line="87" />
      <source>The style {0} could not be applied to {1}: {2}</source>
      <translation>スタイル {0} を {1} に適用できませんでした: {2}</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="140" />
      <source>These Python packages are missing. Install puts them into {folder}, for this QGIS profile only; packages QGIS already has are never replaced. Every other feature keeps working meanwhile.</source>
      <translation>次の Python パッケージがありません。［インストール］で {folder} に入れます（この QGIS プロファイル専用）。QGIS が既に持っているパッケージは置き換えません。その間も他の機能はそのまま使えます。</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/gui_tile_picker.py" line="98" />
      <source>Tiles in the current extent</source>
      <translation>現在の表示範囲のタイル</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="104" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="106" />
      <source>Traffic counts (live)</source>
      <translation>交通量（ライブ）</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="118" />
      <source>Tram stop</source>
      <translation>路面電車停車所</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="133" />
      <source>Transport facilities</source>
      <translation>交通施設用地</translation>
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
      <location filename="../../plugin/catalog/gui_dock.py" line="68" />
      <source>Type</source>
      <translation>種別</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="430" />
      <source>URL, file or folder</source>
      <translation>URL・ファイルまたはフォルダ</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="157" />
      <source>Unsuitable</source>
      <translation>設置に不向き</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="141" />
      <source>Unused land</source>
      <translation>低未利用土地</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="187" />
      <source>Usable elevators</source>
      <translation>利用できるエレベーター</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="103" />
      <source>Vehicle positions (live)</source>
      <translation>車両位置（ライブ）</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="101" />
      <source>Version</source>
      <translation>バージョン</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="61" />
      <source>Visually impaired accessible</source>
      <translation>視覚障害者対応</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_styles.py" line="103" />
      <source>Walls (LOD2)</source>
      <translation>壁面（LOD2）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="68" />
      <source>Ward</source>
      <translation>区</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="126" />
      <source>Water</source>
      <translation>水面</translation>
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
      <location filename="../../plugin/catalog/gui_dock.py" line="69" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="76" />
      <source>coloured by flood rank</source>
      <translation>浸水ランクで色分け</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="77" />
      <source>coloured by height</source>
      <translation>高さで色分け</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="76" />
      <source>coloured by usage</source>
      <translation>用途で色分け</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="44" />
      <source>height unknown</source>
      <translation>高さ不明</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="320" />
      <source>no data yet</source>
      <translation>まだデータがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="37" />
      <source>no flood rank</source>
      <translation>浸水ランクなし</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="392" />
      <source>not stated: check the publisher's terms</source>
      <translation>記載なし: 提供者の利用条件を確認してください</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="217" />
      <source>recording to {0} failed: {1}</source>
      <translation>{0} への記録に失敗しました: {1}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="320" />
      <source>showing the data of {0}</source>
      <translation>{0} のデータを表示中</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="409" />
      <source>size unknown</source>
      <translation>サイズ不明</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="303" />
      <source>unknown format</source>
      <translation>形式不明</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/qgis_3d.py" line="51" />
      <source>usage unknown</source>
      <translation>用途不明</translation>
    </message>
    <message>
      <location filename="../../plugin/qgis_results.py" line="261" />
      <source>{0:.1f} m</source>
      <translation>{0:.1f} m</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="330" />
      <source>{0} (updated {1})</source>
      <translation>{0}（{1} 更新）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="329" />
      <source>{0} (updated {1}, feed failing)</source>
      <translation>{0}（{1} 更新、フィード障害中）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="309" />
      <source>{0} has {1} files: expand it and add the ones you need.</source>
      <translation>{0} には {1} 件のファイルがあります。展開して必要なものを追加してください。</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/gui_dock.py" line="268" />
      <source>{0} of {1} datasets</source>
      <translation>{1} 件中 {0} 件のデータセット</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="82" />
      <source>{0}: cannot restart the live layer ({1})</source>
      <translation>{0}: ライブレイヤを再開できません（{1}）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="102" />
      <source>{0}: the '{1}' preference must be between {2:g} and {3:g} times the length</source>
      <translation>{0}：「{1}」の重みは長さの {2:g}〜{3:g} 倍で指定してください</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="307" />
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
      <location filename="../../plugin/catalog/gui_dock.py" line="235" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="321" />
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
    <name>Engine</name>
    <message>
      <location filename="../../plugin/catalog/model.py" line="90" />
      <source>'resources' must be a list</source>
      <translation>'resources'はリストで指定してください</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_layers.py" line="93" />
      <source>'{name}' ({format}) cannot be added to the map directly; download it instead</source>
      <translation>'{name}'（{format}）は地図に直接追加できません。ダウンロードして使ってください</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/tiles.py" line="53" />
      <source>'{name}' is not a tile name (letters, digits, '-' and '_' only)</source>
      <translation>'{name}' はタイル名ではありません（英字、数字、'-'、'_' のみ）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/model.py" line="116" />
      <source>'{name}' must be a list of texts</source>
      <translation>'{name}' はテキストのリストでなければなりません</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/model.py" line="114" />
      <source>'{name}' must be a text</source>
      <translation>'{name}' はテキストでなければなりません</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_layers.py" line="202" />
      <source>'{resource}' needs no preparation</source>
      <translation>'{resource}'は準備の必要がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="607" />
      <source>'{text}' is not a checksum like sha256:&lt;hex&gt; or md5:&lt;hex&gt;</source>
      <translation>'{text}' は sha256:&lt;16進&gt; や md5:&lt;16進&gt; の形のチェックサムではありません</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="109" />
      <source>'{url}' is not an http(s) URL</source>
      <translation>'{url}'はhttp(s)のURLではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/gsi.py" line="139" />
      <source>'{value}' is not a coordinate in degrees</source>
      <translation>'{value}'は度単位の座標ではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/tiles.py" line="45" />
      <source>'{value}' is not a valid {key}</source>
      <translation>'{value}' は {key} として正しくありません</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="53" />
      <source>(top level)</source>
      <translation>（最上位）</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_3d_page.py" line="42" />
      <source>3D view page not included: 3D rendering needs an OpenGL display, and this QGIS runs with the '{platform}' platform. Export from QGIS desktop, or run under xvfb-run with QT_QPA_PLATFORM=xcb.</source>
      <translation>3Dビューのページは含めていません。3D描画にはOpenGLの画面が必要ですが、このQGISは'{platform}'プラットフォームで動いています。QGISデスクトップから出力するか、QT_QPA_PLATFORM=xcbを付けてxvfb-runの下で実行してください。</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_3d_page.py" line="38" />
      <source>3D view page not included: qgis_process runs without a GUI, and 3D rendering needs one. Export from QGIS desktop (Processing Toolbox) to get the 3D page.</source>
      <translation>3Dビューのページは含めていません。qgis_processはGUIなしで動き、3D描画にはGUIが必要です。3Dのページが必要ならQGISデスクトップ（プロセッシングツールボックス）から出力してください。</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/tiles.py" line="76" />
      <source>A tile saved earlier failed its check: downloading it again</source>
      <translation>以前に保存したタイルが検査に合格しなかったため、もう一度ダウンロードします</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/analyses.py" line="119" />
      <source>Barrier-free analyses</source>
      <translation>バリアフリー解析</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/graph.py" line="45" />
      <source>Barrier-free graph search</source>
      <translation>バリアフリーの経路探索</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/dsm.py" line="80" />
      <source>Batch runs</source>
      <translation>バッチ処理</translation>
    </message>
    <message>
      <location filename="../../plugin/errors.py" line="81" />
      <source>Cancelled by the user.</source>
      <translation>ユーザーが中止しました。</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/pip_install.py" line="173" />
      <source>Cannot find the Python {version} that QGIS runs (looked at: {paths}).</source>
      <translation>QGIS が使う Python {version} が見つかりません（確認した場所: {paths}）。</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="138" />
      <source>Cannot open the recording {path}</source>
      <translation>記録ファイル{path}を開けません</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/requirements.py" line="89" />
      <source>Cannot read this requirement: '{text}'</source>
      <translation>この要件を読み取れません: '{text}'</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="138" />
      <source>DSM hole filling</source>
      <translation>DSMの穴埋め</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/inundation.py" line="36" />
      <source>Depression filling</source>
      <translation>窪地の埋め立て</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/inundation.py" line="72" />
      <source>Flood inundation</source>
      <translation>浸水範囲の計算</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="183" />
      <source>Flood simulation: {steps} steps, Δt {min_step:.3g}–{max_step:.3g} s; rain {rain:.1f} m³, inflow {inflow:.1f} m³, held stages {boundary:.1f} m³, outflow {outflow:.1f} m³, on the grid {stored:.1f} m³, mass balance error {error_percent:.4f} %</source>
      <translation>浸水シミュレーション: {steps}ステップ、Δt {min_step:.3g}〜{max_step:.3g} 秒。降雨 {rain:.1f} m³、流入 {inflow:.1f} m³、水位固定の境界 {boundary:.1f} m³、流出 {outflow:.1f} m³、グリッド上 {stored:.1f} m³、質量保存の誤差 {error_percent:.4f} %</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gtfsrt.py" line="73" />
      <source>GTFS-Realtime feeds</source>
      <translation>GTFS-Realtimeフィード</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/geoparquet.py" line="176" />
      <source>GeoParquet output</source>
      <translation>GeoParquet 出力</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="149" />
      <source>GeoTIFF writing</source>
      <translation>GeoTIFFの書き出し</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/wfs_traffic.py" line="65" />
      <source>JARTIC traffic counts for time code {time_code} in {bbox}</source>
      <translation>JARTICの交通量（時間コード {time_code}、範囲 {bbox}）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="243" />
      <source>MLIT link data needs its node layer (node_id, floor, position)</source>
      <translation>国土交通省形式のリンクデータにはノードレイヤ（node_id、階層、位置）が必要です</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="251" />
      <source>Manning's n must be a positive number on every cell of the DEM</source>
      <translation>マニングの粗度係数nはDEMのすべてのセルで正の値にしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="297" />
      <source>No answer or a busy server: trying again after a pause</source>
      <translation>応答がないかサーバーが混雑しています。少し待ってから再試行します</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/inundation.py" line="83" />
      <source>No seed lies below the water level {level} m: nothing floods from the seeds.</source>
      <translation>水位 {level} mより低い起点がありません。起点からは浸水しません。</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="191" />
      <source>Point cloud CRS</source>
      <translation>点群の座標参照系</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/copc.py" line="103" />
      <source>Point cloud conversion</source>
      <translation>点群の変換</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/qgis_layers.py" line="64" />
      <source>Point cloud styling</source>
      <translation>点群のスタイル設定</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="63" />
      <source>Point clouds</source>
      <translation>点群</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_layers.py" line="107" />
      <source>QGIS could not open '{url}' as a {format} layer: {error}</source>
      <translation>QGISは'{url}'を{format}レイヤとして開けませんでした：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_layers.py" line="240" />
      <source>QGIS could not open {uri}</source>
      <translation>QGISは{uri}を開けませんでした</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/sensorthings.py" line="58" />
      <source>SensorThings page {pages}: {page_count} of {count} datastreams</source>
      <translation>SensorThings {pages}ページ目: {count}件中{page_count}件のデータストリーム</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="64" />
      <source>Solar irradiance</source>
      <translation>日射量の計算</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="291" />
      <source>Stopped by signal {signal}, as if cancelled.</source>
      <translation>シグナル {signal} により停止しました（キャンセルと同じ扱い）。</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/synthetic.py" line="29" />
      <source>Synthetic point clouds</source>
      <translation>合成点群</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="194" />
      <source>The flood simulation</source>
      <translation>浸水シミュレーション</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/gui_installer.py" line="78" />
      <source>The install failed: {detail}</source>
      <translation>インストールに失敗しました: {detail}</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="381" />
      <source>The server is unreachable: using the cached answer</source>
      <translation>サーバーに接続できないため、キャッシュした応答を使います</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/vpc.py" line="44" />
      <source>Virtual point clouds</source>
      <translation>仮想点群</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_basemap.py" line="54" />
      <source>a basemap layer must be a point, line or polygon layer</source>
      <translation>背景地図のレイヤはポイント・ライン・ポリゴンのいずれかにしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/plateau.py" line="96" />
      <source>a bounding box is lon,lat or min lon,min lat,max lon,max lat</source>
      <translation>範囲は「経度,緯度」または「最小経度,最小緯度,最大経度,最大緯度」で指定してください</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/local.py" line="37" />
      <source>a catalog file is an object with a 'datasets' list</source>
      <translation>カタログファイルは'datasets'リストを持つオブジェクトにしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/model.py" line="82" />
      <source>a dataset must be a JSON object</source>
      <translation>データセットはJSONオブジェクトにしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/model.py" line="85" />
      <source>a dataset needs a non-empty text</source>
      <translation>データセットには空でない文字列が必要です</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="315" />
      <source>a group needs at least one shelter</source>
      <translation>1 グループには少なくとも 1 か所の避難場所が必要です</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/gsi.py" line="128" />
      <source>a hazard flag must be 1 or empty, not '{value}'</source>
      <translation>災害種別の欄は1か空欄です（'{value}'は使えません）</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/ensemble.py" line="55" />
      <source>a hyetograph has one series: leave out the point column</source>
      <translation>ハイエトグラフは 1 系列です: 地点の列を除いてください</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/parser.py" line="753" />
      <source>a name or value holds bytes that are not UTF-8 text</source>
      <translation>名前または値に UTF-8 テキストではないバイトが含まれています</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="159" />
      <source>a shelter layer needs a suitable field (1 = suits the hazard) to pick the shelters for a hazard</source>
      <translation>災害種別で避難場所を選ぶには、避難場所レイヤに適合フィールド（1 = その災害に適する）が必要です</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/vpc.py" line="32" />
      <source>a virtual point cloud needs at least one COPC file</source>
      <translation>仮想点群（VPC）にはCOPCファイルが1つ以上必要です</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="218" />
      <source>a weather file needs a header line and at least two time steps</source>
      <translation>気象ファイルにはヘッダー行と2時点以上のデータが必要です</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="83" />
      <source>a {width} x {height} grid is too large; choose a coarser resolution</source>
      <translation>{width} × {height}のグリッドは大きすぎます。解像度を粗くしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/runner.py" line="288" />
      <source>an earlier run with other inputs or parameters left this manifest; remove it and the .tiles folder beside it to start afresh, or choose another output</source>
      <translation>入力またはパラメーターが異なる以前の実行のマニフェストがあります。最初からやり直すにはマニフェストと隣の .tiles フォルダーを削除するか、別の出力先を選んでください</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/cli.py" line="173" />
      <source>an inflow hydrograph has one series: leave out the point column</source>
      <translation>流入ハイドログラフは1系列です。地点の列を除いてください</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="318" />
      <source>another run (process {pid} on {host}) is writing this file; wait for it to finish, or delete {lock} if no run is left</source>
      <translation>別の実行（{host} のプロセス {pid}）がこのファイルを書き込み中です。終了を待つか、実行が残っていなければ {lock} を削除してください</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/wfs_traffic.py" line="82" />
      <source>answer too large for {bbox}: splitting it in four</source>
      <translation>{bbox}の応答が大きすぎるため、4つに分割します</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/parser.py" line="576" />
      <source>bad coordinates ({exc})</source>
      <translation>座標が不正です（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/tiles.py" line="35" />
      <source>batch runs read a PLATEAU release zip or a folder holding udx/bldg/*.gml, not one file</source>
      <translation>バッチ実行は PLATEAU の配布 zip または udx/bldg/*.gml を含むフォルダーを読みます。単一のファイルは読めません</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/rasters.py" line="54" />
      <source>cannot open the raster ({exc})</source>
      <translation>ラスタを開けません（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="66" />
      <source>cannot open the recording for writing ({exc})</source>
      <translation>記録ファイルを書き込み用に開けません（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/runner.py" line="254" />
      <source>cannot reach the dask scheduler ({error})</source>
      <translation>dask スケジューラーに接続できません（{error}）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="144" />
      <source>cannot read CSV ({exc})</source>
      <translation>CSVを読み込めません（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="97" />
      <source>cannot read GeoJSON ({exc})</source>
      <translation>GeoJSONを読み込めません（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/local.py" line="31" />
      <source>cannot read the catalog file ({reason})</source>
      <translation>カタログファイルを読み込めません（{reason}）</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/gsi.py" line="86" />
      <source>cannot read the file ({reason})</source>
      <translation>ファイルを読めません（{reason}）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="327" />
      <source>cannot read the profiles ({reason})</source>
      <translation>プロファイルを読み込めません（{reason}）</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="175" />
      <source>cannot read the shelter layer ({error})</source>
      <translation>避難場所レイヤを読めません（{error}）</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/tables.py" line="19" />
      <source>cannot read the table ({reason})</source>
      <translation>表を読み込めません（{reason}）</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/generate.py" line="82" />
      <source>cannot replace the folder ({reason}); close the layers that show its files or choose another folder</source>
      <translation>フォルダを置き換えられません（{reason}）。フォルダ内のファイルを表示しているレイヤを閉じるか、別のフォルダを選んでください</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/qgis_outputs.py" line="76" />
      <source>cannot write a feature to {path}: {error}</source>
      <translation>{path}に地物を書き込めません：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="301" />
      <source>cannot write the output here ({problem})</source>
      <translation>ここには出力を書き込めません（{problem}）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/qgis_outputs.py" line="68" />
      <source>cannot write {path}: {error}</source>
      <translation>{path}に書き込めません：{error}</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/rasters.py" line="59" />
      <source>cells are {width} x {height}: resample to square cells first</source>
      <translation>セルが{width} × {height}です。先に正方形のセルにリサンプリングしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/geoparquet.py" line="148" />
      <source>column {column} of layer {layer} has the type {kind}, which GeoParquet output cannot convert</source>
      <translation>レイヤ {layer} の列 {column} の型 {kind} は GeoParquet 出力に変換できません</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/inundation.py" line="61" />
      <source>connectivity must be 4 or 8, not {connectivity}</source>
      <translation>連結性は4か8にしてください（指定値：{connectivity}）</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="252" />
      <source>coordinate {value} of city object {gml_id} is not a latitude, longitude or height</source>
      <translation>都市オブジェクト {gml_id} の座標値 {value} は緯度・経度・高さではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="254" />
      <source>coordinate {value} of city object {gml_id} is not a latitude, longitude or height (skipped)</source>
      <translation>都市オブジェクト {gml_id} の座標値 {value} は緯度・経度・高さではありません（スキップしました）</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="206" />
      <source>could not write the layout template {path}</source>
      <translation>レイアウトテンプレート{path}を書き込めませんでした</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/parser.py" line="681" />
      <source>declares a DTD or XML entities (&lt;!DOCTYPE&gt;, &lt;!ENTITY&gt;), which CityGML files never do; refusing to read it</source>
      <translation>DTDまたはXMLエンティティ（&lt;!DOCTYPE&gt;、&lt;!ENTITY&gt;）を宣言しています。CityGMLファイルでは使われないため、読み込みません</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/analyses.py" line="178" />
      <source>destination</source>
      <translation>目的地</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/steps.py" line="66" />
      <source>each hazard needs its own name</source>
      <translation>ハザードごとに別の名前を付けてください</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/model.py" line="97" />
      <source>each resource needs a 'url' text</source>
      <translation>各リソースには'url'の文字列が必要です</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/ensemble.py" line="104" />
      <source>each scenario needs its own name</source>
      <translation>シナリオごとに別の名前を付けてください</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gtfsrt.py" line="67" />
      <source>empty id</source>
      <translation>IDが空です</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="248" />
      <source>every DEM cell is no-data or a building: nothing to simulate</source>
      <translation>DEMのすべてのセルがデータなしか建物です。シミュレーションする範囲がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/profiles.py" line="61" />
      <source>every profile needs an 'id'</source>
      <translation>各プロファイルには'id'が必要です</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/tables.py" line="24" />
      <source>expected a header row 'minutes,{value_name}[,point]'</source>
      <translation>ヘッダー行'minutes,{value_name}[,point]'が必要です</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/tables.py" line="32" />
      <source>expected two numbers (minutes, {value_name}), found {row!r}</source>
      <translation>2つの数値（minutes、{value_name}）が必要ですが、{row!r}でした</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/analyses.py" line="268" />
      <source>facility {id}</source>
      <translation>施設{id}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="197" />
      <source>feature {fid} is not a point</source>
      <translation>地物 {fid} がポイントではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="106" />
      <source>feature {number} is not a GeoJSON Feature with object geometry and properties</source>
      <translation>地物 {number} は、ジオメトリと属性がオブジェクトである GeoJSON の Feature ではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="119" />
      <source>feature {number}: the coordinates are not [longitude, latitude] numbers</source>
      <translation>地物 {number}: 座標が [経度, 緯度] の数値ではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/errors.py" line="1" />
      <source>field '{field}'</source>
      <translation>フィールド'{field}'</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="147" />
      <source>file not found</source>
      <translation>ファイルが見つかりません</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/exposure.py" line="54" />
      <source>flood ranks must be 1 (&lt;0.5 m) to 6 (≥20 m)</source>
      <translation>浸水ランクは1（0.5 m未満）から6（20 m以上）で指定してください</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/sources.py" line="57" />
      <source>give CityGML search conditions: city codes (13101,13102), m:&lt;mesh code&gt;, r:&lt;lon,lat[,lon,lat]&gt; or g:&lt;place name&gt;</source>
      <translation>CityGMLの検索条件を指定してください：市区町村コード（13101,13102）、m:&lt;メッシュコード&gt;、r:&lt;経度,緯度[,経度,緯度]&gt;、g:&lt;地名&gt;のいずれか</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/ensemble.py" line="102" />
      <source>give at least one scenario</source>
      <translation>シナリオを 1 つ以上指定してください</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/plateau.py" line="81" />
      <source>give exactly one of: city codes, mesh codes, a bounding box or a place name</source>
      <translation>市区町村コード、メッシュコード、範囲、地名のうち1つだけを指定してください</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="88" />
      <source>ground (class 2) points</source>
      <translation>地表（クラス2）の点</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/steps.py" line="60" />
      <source>hazard name {name}: use lowercase letters, digits and _ (at most 31), starting with a letter</source>
      <translation>ハザード名 {name}: 英小文字で始まる英小文字・数字・_（31 文字以内）を使ってください</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="152" />
      <source>hazard {hazard!r} has no shelter designation; choose one of {hazards}</source>
      <translation>災害種別 {hazard!r} に対応する避難場所の指定がありません。{hazards} から選んでください</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gtfsrt.py" line="51" />
      <source>holds none of routes.txt, trips.txt, stops.txt: is it a static GTFS zip?</source>
      <translation>routes.txt、trips.txt、stops.txtのいずれも含まれていません。静的GTFSのzipですか？</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/graph.py" line="31" />
      <source>internal error: no edge between nodes {u} and {v}</source>
      <translation>内部エラー：ノード{u}と{v}の間にエッジがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/local.py" line="75" />
      <source>is not a folder</source>
      <translation>はフォルダではありません</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="125" />
      <source>is not a zip file; download it without 'Extract zip'</source>
      <translation>はzipファイルではありません。「zip を隣のフォルダに展開」を付けずにダウンロードしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/geoparquet.py" line="155" />
      <source>layer {layer} has a column {column}, the name GeoParquet output gives its geometry</source>
      <translation>レイヤ {layer} に列 {column} があります。これは GeoParquet 出力がジオメトリに付ける名前です</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/geoparquet.py" line="235" />
      <source>layer {layer} has a geometry that is not valid WKB ({error})</source>
      <translation>レイヤ {layer} に正しい WKB でないジオメトリがあります（{error}）</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/geoparquet.py" line="209" />
      <source>layer {layer} has other columns here than in the tiles before it</source>
      <translation>レイヤ {layer} の列が、前のタイルの列と異なります</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="215" />
      <source>layout template not found: {path}</source>
      <translation>レイアウトテンプレートが見つかりません：{path}</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="100" />
      <source>levels of detail: one of {policies} or LOD numbers, not {lods!r}</source>
      <translation>LODは{policies}のいずれかかLOD番号で指定してください（指定値：{lods!r}）</translation>
    </message>
    <message>
      <location filename="../../plugin/errors.py" line="1" />
      <source>line {line}</source>
      <translation>{line}行目</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="401" />
      <source>merging {count} shelter groups</source>
      <translation>{count} 個の避難場所グループを統合しています</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/runner.py" line="171" />
      <source>merging {count} tiles</source>
      <translation>{count}個のタイルを結合しています</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/tables.py" line="35" />
      <source>minutes and {value_name} must not be negative</source>
      <translation>minutesと{value_name}は負の値にできません</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/sources.py" line="88" />
      <source>no CityGML member matches feature types {types} and mesh codes {meshes} (expected udx/&lt;type&gt;/&lt;mesh&gt;_*.gml)</source>
      <translation>地物型 {types}、メッシュコード {meshes} に合う CityGML がありません（udx/&lt;type&gt;/&lt;mesh&gt;_*.gml の形を想定）</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/solar.py" line="145" />
      <source>no building footprints in layer {layer}</source>
      <translation>レイヤー {layer} に建物の外形が 1 件もありません</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/tiles.py" line="45" />
      <source>no building members (udx/bldg/&lt;mesh&gt;_bldg_*.gml) found</source>
      <translation>建物のメンバー（udx/bldg/&lt;mesh&gt;_bldg_*.gml）が見つかりません</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/dsm.py" line="86" />
      <source>no buildings to make a DSM from</source>
      <translation>DSM を作る建物がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="133" />
      <source>no city objects with geometry found</source>
      <translation>ジオメトリを持つ都市オブジェクトが見つかりません</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="200" />
      <source>no column named {names} (columns: {header})</source>
      <translation>{names}という列がありません（列：{header}）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/feeds.py" line="40" />
      <source>no feed URL given</source>
      <translation>フィードのURLが指定されていません</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/exposure.py" line="164" />
      <source>no hazard scenario to assess: the hazard layer has no area with a rank or depth</source>
      <translation>評価する災害シナリオがありません。ハザードレイヤにランクまたは浸水深を持つ区域がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="79" />
      <source>no header</source>
      <translation>ヘッダーなし</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="329" />
      <source>no layer has the flood rank field '{rank_field}'</source>
      <translation>どのレイヤにも浸水ランクのフィールド「{rank_field}」がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="178" />
      <source>no layer {layer} in the file</source>
      <translation>ファイルにレイヤ {layer} がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/dsm.py" line="36" />
      <source>no layer {layer} to make a DSM from</source>
      <translation>DSM を作るレイヤー {layer} がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/solar.py" line="139" />
      <source>no layer {layer} with building footprints</source>
      <translation>レイヤー {layer} に建物の外形がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/profiles.py" line="92" />
      <source>no profile found (expected a list under "profiles")</source>
      <translation>プロファイルがありません（"profiles"の下にリストが必要です）</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/inundation.py" line="70" />
      <source>no seed lies on the DEM: give seed points or a river layer inside its extent</source>
      <translation>DEM上に起点がありません。DEMの範囲内に起点または河川レイヤを指定してください</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="41" />
      <source>no such file or folder</source>
      <translation>ファイルまたはフォルダがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="159" />
      <source>no such recording</source>
      <translation>その記録はありません</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="247" />
      <source>no usable link: every link refers to missing nodes or has no geometry</source>
      <translation>使えるリンクがありません。すべてのリンクが存在しないノードを参照しているか、ジオメトリがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="268" />
      <source>node {node_id} has no position (geometry or numeric lat/lon)</source>
      <translation>ノード{node_id}に位置（ジオメトリまたは数値の緯度・経度）がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="281" />
      <source>node {node_id} lies at longitude {lon}, latitude {lat}, which is no position in degrees (another CRS, or latitude and longitude swapped?)</source>
      <translation>ノード {node_id} の位置（経度 {lon}、緯度 {lat}）は度単位の位置ではありません（別の座標系か、緯度と経度が入れ替わっていませんか？）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/local.py" line="33" />
      <source>not UTF-8 text (byte {position})</source>
      <translation>UTF-8 テキストではありません（{position} バイト目）</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/tables.py" line="50" />
      <source>not UTF-8 text: save the table as CSV UTF-8</source>
      <translation>UTF-8 テキストではありません。表を CSV UTF-8 で保存してください</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/gsi.py" line="95" />
      <source>not a GSI evacuation site CSV: the header lacks {columns}</source>
      <translation>国土地理院の指定緊急避難場所CSVではありません。見出しに{columns}がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="99" />
      <source>not a GeoJSON FeatureCollection</source>
      <translation>GeoJSONのFeatureCollectionではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="165" />
      <source>not a GeoPackage recording (GDAL cannot open it)</source>
      <translation>GeoPackageの記録ファイルではありません（GDALで開けません）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="163" />
      <source>not a GeoPackage recording ({exc})</source>
      <translation>GeoPackageの記録ファイルではありません（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="233" />
      <source>not a date and time: {value!r}</source>
      <translation>日時ではありません：{value!r}</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="242" />
      <source>not a number (W/m² expected)</source>
      <translation>数値ではありません（W/m² で指定してください）</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="37" />
      <source>not a raster GDAL can read ({exc})</source>
      <translation>GDALで読めるラスタではありません（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/vpc.py" line="52" />
      <source>not a readable COPC file ({exc})</source>
      <translation>読み込めるCOPCファイルではありません（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="183" />
      <source>not a readable EPW weather file ({exc})</source>
      <translation>読み込めるEPW気象ファイルではありません（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gtfsrt.py" line="41" />
      <source>not a readable GTFS zip ({exc})</source>
      <translation>読み込めるGTFSのzipではありません（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="71" />
      <source>not a readable LAS/LAZ file ({exc})</source>
      <translation>読み込める LAS/LAZ ファイルではありません（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/tiles.py" line="95" />
      <source>not a readable tile zip ({reason})</source>
      <translation>読み込めるタイルの zip ではありません（{reason}）</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/sources.py" line="85" />
      <source>not a readable zip ({exc})</source>
      <translation>読み込める zip ではありません（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="172" />
      <source>not a recording: the layer has no timestamp field</source>
      <translation>記録ファイルではありません。レイヤに時刻フィールドがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/local.py" line="35" />
      <source>not valid JSON ({reason})</source>
      <translation>正しいJSONではありません（{reason}）</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/parser.py" line="653" />
      <source>not valid XML: {detail}. Check the file, or load with 'skip broken objects' to keep the readable city objects</source>
      <translation>正しいXMLではありません：{detail}。ファイルを確認するか、「壊れた都市オブジェクトを飛ばし、読めるものを残す」を有効にして読める都市オブジェクトだけを読み込んでください</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/vpc.py" line="47" />
      <source>only COPC files (*.copc.laz) can be listed in a virtual point cloud</source>
      <translation>仮想点群（VPC）に登録できるのはCOPCファイル（*.copc.laz）だけです</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/analyses.py" line="177" />
      <source>origin</source>
      <translation>出発地</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/pip_install.py" line="269" />
      <source>pip failed: {detail}</source>
      <translation>pip が失敗しました: {detail}</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="42" />
      <source>pixels must be square (same x and y size); resample it first</source>
      <translation>ピクセルは正方形（xとyが同じ大きさ）にしてください。先にリサンプリングしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="223" />
      <source>point '{name}' (row {row}, column {col}) lies on a building or a no-data cell</source>
      <translation>地点'{name}'（{row}行、{col}列）は建物またはデータなしのセルの上にあります</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="220" />
      <source>point '{name}' (row {row}, column {col}) lies outside the {ny} x {nx} grid</source>
      <translation>地点'{name}'（{row}行、{col}列）は{ny} × {nx}のグリッドの外にあります</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/qgis_layers.py" line="83" />
      <source>point '{name}' ({x:.1f}, {y:.1f}) lies outside the DEM</source>
      <translation>地点'{name}'（{x:.1f}, {y:.1f}）はDEMの範囲外にあります</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/generate.py" line="125" />
      <source>point cloud</source>
      <translation>点群</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/copc.py" line="229" />
      <source>point {count} at {xyz} lies outside the bounds in the header; the header is wrong</source>
      <translation>{count}番目の点（{xyz}）がヘッダーの範囲外にあります。ヘッダーが誤っています</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="88" />
      <source>points</source>
      <translation>点</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="116" />
      <source>points lie outside the bounds in the header; the header is wrong</source>
      <translation>ヘッダーの範囲外に点があります。ヘッダーが誤っています</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="135" />
      <source>profile '{missing}' is not among the profiles (available: {available})</source>
      <translation>プロファイル '{missing}' はありません（使用できるもの: {available}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="173" />
      <source>profile '{missing}' is not in the {origin} profiles (available: {available})</source>
      <translation>プロファイル'{missing}'は{origin}のプロファイルにありません（使用可能：{available}）</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/profiles.py" line="70" />
      <source>profile '{profile}': cost factor '{kind}' must be one of {kinds} with a value &gt;= 1</source>
      <translation>プロファイル'{profile}': コスト係数'{kind}'は{kinds}のいずれかで、値は1以上にしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/profiles.py" line="65" />
      <source>profile '{profile}': min_rank must be one of S, A, B, C or null</source>
      <translation>プロファイル'{profile}': min_rankはS、A、B、C、nullのいずれかにしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/profiles.py" line="54" />
      <source>profile '{profile}': {name} must be a number &gt;= 0 or null</source>
      <translation>プロファイル'{profile}': {name}は0以上の数値かnullにしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/profiles.py" line="89" />
      <source>profiles are not valid JSON ({reason})</source>
      <translation>プロファイルが正しいJSONではありません（{reason}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="21" />
      <source>project</source>
      <translation>プロジェクト</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="33" />
      <source>raster not found</source>
      <translation>ラスタが見つかりません</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="42" />
      <source>recordings are GeoPackages: give a file name ending in .gpkg</source>
      <translation>記録ファイルはGeoPackageです。拡張子.gpkgのファイル名を指定してください</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="40" />
      <source>rotated rasters are not supported; warp it north-up first</source>
      <translation>回転したラスタには対応していません。先に北が上になるようワープしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="416" />
      <source>scenario '{part}': write hazard: scenario, with a hazard among {hazards}</source>
      <translation>シナリオ「{part}」: 「災害種別: シナリオ」の形で書いてください。災害種別は {hazards} のいずれかです</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/ensemble.py" line="110" />
      <source>scenario {scenario} has neither rain nor inflow</source>
      <translation>シナリオ {scenario} には降雨も流入もありません</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/ensemble.py" line="74" />
      <source>scenario {scenario}: the inflow point ({x}, {y}) lies outside the DEM</source>
      <translation>シナリオ {scenario}: 流入地点 ({x}, {y}) がDEMの範囲外です</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="224" />
      <source>shelter {id} ({name})</source>
      <translation>避難場所{id}（{name}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="21" />
      <source>shipped</source>
      <translation>同梱</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/model.py" line="103" />
      <source>size '{size}' is not a number of bytes</source>
      <translation>サイズ '{size}' はバイト数ではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/tables.py" line="41" />
      <source>table {path}</source>
      <translation>表{path}</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="297" />
      <source>target CRS {target_crs} has no EPSG code</source>
      <translation>出力先の座標参照系{target_crs}にEPSGコードがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="294" />
      <source>target CRS {target_crs} is not a CRS ({exc})</source>
      <translation>出力先の座標参照系{target_crs}は座標参照系ではありません（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/generate.py" line="96" />
      <source>terrain and flood hazard</source>
      <translation>地形と洪水の想定</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/vpc.py" line="55" />
      <source>the COPC file has no CRS record</source>
      <translation>COPCファイルに座標参照系の情報がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/vpc.py" line="36" />
      <source>the COPC files are in different CRSs; convert them to one CRS first</source>
      <translation>COPCファイルの座標参照系が異なります。先に1つの座標参照系にそろえてください</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="195" />
      <source>the CRS record cannot be read ({exc})</source>
      <translation>座標参照系の記録を読めません（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/inundation.py" line="41" />
      <source>the DEM has no data cells</source>
      <translation>DEMにデータのあるセルがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="239" />
      <source>the DEM must be a 2D grid</source>
      <translation>DEMは2次元のグリッドにしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="249" />
      <source>the DSM and the irradiation raster must share one grid (use the DSM the irradiation was computed from)</source>
      <translation>DSMと日射量ラスタは同じグリッドにしてください（日射量の計算に使ったDSMを指定してください）</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="137" />
      <source>the DSM has no height values: every cell is nodata</source>
      <translation>DSM に高さの値がありません（すべてのセルが nodata です）</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="55" />
      <source>the DSM is in degrees; warp it to a projected CRS in metres (Tokyo: EPSG:6677)</source>
      <translation>DSMの単位が度です。メートル単位の投影座標系にワープしてください（東京都：EPSG:6677）</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="67" />
      <source>the DSM must be in a projected CRS in metres (Tokyo: EPSG:6677)</source>
      <translation>DSMはメートル単位の投影座標系にしてください（東京都：EPSG:6677）</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/dsm.py" line="29" />
      <source>the DSM would have {width} x {height} pixels; use a larger cell size or a smaller area</source>
      <translation>DSMが{width} × {height}ピクセルになります。セルサイズを大きくするか、範囲を小さくしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="189" />
      <source>the GHI or DHI column holds a value that is not a number ({error})</source>
      <translation>GHI または DHI の列に数値でない値があります（{error}）</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="185" />
      <source>the LAZ chunk table announces {count:,} chunks, more than the file's {size:,} bytes can hold</source>
      <translation>LAZ のチャンク表は {count:,} 個のチャンクを宣言していますが、ファイルの {size:,} バイトには収まりません</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/rasters.py" line="127" />
      <source>the TIN has no triangles with x, y and z</source>
      <translation>TINにx、y、zを持つ三角形がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/rasters.py" line="159" />
      <source>the TIN layer must hold triangles with Z values (PLATEAU dem:TINRelief)</source>
      <translation>TINレイヤにはZ値を持つ三角形が必要です（PLATEAUのdem:TINRelief）</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/exposure.py" line="112" />
      <source>the area per person and the storey height must be positive</source>
      <translation>1人あたり面積と階高は正の値にしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="748" />
      <source>the atlas layer '{coverage_layer}' has no features</source>
      <translation>地図帳のレイヤ'{coverage_layer}'に地物がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="471" />
      <source>the boundary must be a polygon layer</source>
      <translation>境界はポリゴンレイヤにしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/analyses.py" line="266" />
      <source>the budget must be greater than 0</source>
      <translation>上限値は0より大きくしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="113" />
      <source>the cell size and the duration must be positive</source>
      <translation>セルサイズと計算時間は正の値にしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/rasters.py" line="129" />
      <source>the cell size must be positive</source>
      <translation>セルサイズは正の値にしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/dsm.py" line="82" />
      <source>the cell size must be positive and the tiles at least one cell wide</source>
      <translation>セルサイズは正の値、タイルは 1 セル以上の幅にしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/reach.py" line="56" />
      <source>the distance budget must be positive, not {budget_m}</source>
      <translation>距離の上限は正の値にしてください（{budget_m} は不可）</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/reach.py" line="66" />
      <source>the distance matrix is {shape}, not buildings x shelters ({count} x {shelters})</source>
      <translation>距離行列が {shape} です。建物数×避難場所数（{count} x {shelters}）にしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/ensemble.py" line="106" />
      <source>the duration must be positive</source>
      <translation>継続時間は正の値にしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="643" />
      <source>the export wrote {files_count} files where {targets_count} were expected</source>
      <translation>{targets_count}個のファイルを出力する予定でしたが、出力されたのは{files_count}個です</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="196" />
      <source>the facility layer has no point</source>
      <translation>施設レイヤにポイントがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/parser.py" line="650" />
      <source>the file ends early, on this line: it is truncated ({detail}). Download it again, or load with 'skip broken objects' to keep the complete city objects</source>
      <translation>ファイルがこの行で途中で終わっています。ファイルが切り詰められています（{detail}）。ダウンロードし直すか、「壊れたオブジェクトをスキップ」を指定して完全な都市オブジェクトだけを読み込んでください</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="96" />
      <source>the file exists already; choose another folder or allow overwriting</source>
      <translation>ファイルが既に存在します。別のフォルダーを選ぶか、上書きを許可してください</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="223" />
      <source>the file exists already; choose another name or allow overwriting</source>
      <translation>ファイルが既にあります。別の名前にするか上書きを許可してください</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/copc.py" line="214" />
      <source>the file holds no points</source>
      <translation>ファイルに点がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/gsi.py" line="77" />
      <source>the file is neither UTF-8 nor Shift_JIS text</source>
      <translation>UTF-8でもShift_JISでもないテキストです</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="234" />
      <source>the file was created or changed by another run while this one was working; it is kept, and this run's result is discarded</source>
      <translation>この処理の実行中に別の実行がファイルを作成または変更しました。そのファイルは残し、この処理の結果は破棄します</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="287" />
      <source>the first coordinates ({lat}, {lon}) are not latitude, longitude in Japan: PLATEAU CityGML is in EPSG:6697 with the latitude first; this file uses another CRS or axis order</source>
      <translation>最初の座標（{lat}, {lon}）が日本国内の緯度・経度ではありません。PLATEAUのCityGMLは緯度が先のEPSG:6697です。このファイルは別の座標参照系か軸順を使っています</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/generate.py" line="57" />
      <source>the folder holds a sample district already; allow overwriting to replace it</source>
      <translation>フォルダには既にサンプル地区があります。置き換えるには上書きを許可してください</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="38" />
      <source>the folder holds no .las or .laz file</source>
      <translation>フォルダに.las／.lazファイルがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/generate.py" line="54" />
      <source>the folder is not empty and holds no sample district (no SHA256SUMS); choose an empty or new folder</source>
      <translation>フォルダが空ではなく、サンプル地区でもありません（SHA256SUMSがありません）。空のフォルダか新しいフォルダを選んでください</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="25" />
      <source>the header announces {count:,} extended variable length records, more than the file's {size:,} bytes can hold</source>
      <translation>ヘッダーは拡張可変長レコードが {count:,} 個あると宣言していますが、ファイルの {size:,} バイトには収まりません</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="134" />
      <source>the header announces {count:,} points but only {held:,} complete points are present: the file is truncated or its header is wrong</source>
      <translation>ヘッダーでは {count:,} 点ですが、完全な点は {held:,} 点しかありません。ファイルが途中で切れているか、ヘッダーが誤っています</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="165" />
      <source>the header announces {count:,} points but the LAZ chunk table lists {held:,}</source>
      <translation>ヘッダーでは {count:,} 点ですが、LAZ のチャンク表では {held:,} 点です</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="169" />
      <source>the header announces {count:,} points but the LAZ file holds between {low:,} and {high:,}</source>
      <translation>ヘッダーでは {count:,} 点ですが、LAZ ファイルには {low:,}〜{high:,} 点しかありません</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="137" />
      <source>the header announces {count:,} points but the file holds {held:,}</source>
      <translation>ヘッダーでは {count:,} 点ですが、ファイルには {held:,} 点あります</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="22" />
      <source>the header announces {count:,} variable length records, more than the file's {size:,} bytes can hold</source>
      <translation>ヘッダーは可変長レコードが {count:,} 個あると宣言していますが、ファイルの {size:,} バイトには収まりません</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/copc.py" line="211" />
      <source>the header announces {expected:,} points but the file holds {count:,}</source>
      <translation>ヘッダーでは{expected:,}点ですが、ファイルには{count:,}点しかありません</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="127" />
      <source>the header announces {point_count:,} points but the file holds {read:,}</source>
      <translation>ヘッダーでは{point_count:,}点ですが、ファイルには{read:,}点しかありません</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/copc.py" line="133" />
      <source>the header bounds {mins} - {maxs} are not valid</source>
      <translation>ヘッダーの範囲{mins} - {maxs}が不正です</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gtfsrt.py" line="64" />
      <source>the header has no such column</source>
      <translation>ヘッダーにその列がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/qgis_layers.py" line="44" />
      <source>the layer has no field '{name}'</source>
      <translation>レイヤにフィールド'{name}'がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_editable.py" line="44" />
      <source>the layout '{name}' could not be added to the project</source>
      <translation>レイアウト「{name}」をプロジェクトに追加できませんでした</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_editable.py" line="37" />
      <source>the layout '{name}' could not be copied into the project</source>
      <translation>レイアウト「{name}」をプロジェクトにコピーできませんでした</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="318" />
      <source>the link layer has no '{required}' field</source>
      <translation>リンクレイヤに'{required}'フィールドがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="232" />
      <source>the link layer has no features</source>
      <translation>リンクレイヤに地物がありません</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="136" />
      <source>the links layer could not be opened</source>
      <translation>リンクレイヤを開けませんでした</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/runner.py" line="285" />
      <source>the manifest of an earlier run is unreadable ({error}); remove it to start afresh</source>
      <translation>以前の実行のマニフェストを読めません（{error}）。削除してから最初からやり直してください</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="618" />
      <source>the map could not be exported ({error})</source>
      <translation>地図を出力できませんでした（{error}）</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="373" />
      <source>the map has nothing to show: the layers are empty and no extent was given</source>
      <translation>地図に表示するものがありません。レイヤが空で、範囲も指定されていません</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/analyses.py" line="416" />
      <source>the maximum detour factor must be greater than 1</source>
      <translation>最大迂回率は1より大きくしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="261" />
      <source>the node layer has no 'node_id' field</source>
      <translation>ノードレイヤに'node_id'フィールドがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="244" />
      <source>the obstacle grid {obstacles_shape} does not match the DEM {dem_shape}</source>
      <translation>障害物グリッド{obstacles_shape}がDEM {dem_shape}と一致しません</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="587" />
      <source>the output must end in .pdf or .png</source>
      <translation>出力ファイルの拡張子は.pdfか.pngにしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/runner.py" line="53" />
      <source>the output must end in {suffixes}</source>
      <translation>出力の拡張子は {suffixes} にしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="89" />
      <source>the point cloud holds no {what}</source>
      <translation>点群に{what}がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="93" />
      <source>the point data is broken or ends early, after point {count:,} ({error})</source>
      <translation>点群データが壊れているか途中で終わっています（{count:,} 点目の後）（{error}）</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/rasters.py" line="63" />
      <source>the raster has no coordinate reference system; set one, or give latitude and longitude</source>
      <translation>ラスタに座標参照系がありません。座標参照系を設定するか、緯度と経度を指定してください</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/rasters.py" line="57" />
      <source>the raster is rotated or not north-up; warp it to a north-up grid first</source>
      <translation>ラスタが回転しているか北が上ではありません。先に北が上のグリッドにワープしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="168" />
      <source>the recording has no such layer</source>
      <translation>記録ファイルにそのレイヤはありません</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="197" />
      <source>the recording is empty</source>
      <translation>記録ファイルが空です</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/record.py" line="206" />
      <source>the replay reached the end of the recording</source>
      <translation>再生が記録の最後に達しました</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="76" />
      <source>the resolution must be a positive number of metres</source>
      <translation>解像度は正の値（メートル）で指定してください</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/inundation.py" line="65" />
      <source>the seed grid {seeds_shape} does not match the DEM {dem_shape}</source>
      <translation>起点グリッド{seeds_shape}がDEM {dem_shape}と一致しません</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="182" />
      <source>the shelter layer has no field {name} (fields: {fields})</source>
      <translation>避難場所レイヤにフィールド {name} がありません（フィールド: {fields}）</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_sites.py" line="56" />
      <source>the shelters must be a GSI evacuation site CSV or a point layer</source>
      <translation>避難場所は国土地理院の指定緊急避難場所 CSV かポイントレイヤで指定してください</translation>
    </message>
    <message>
      <location filename="../../plugin/shelters/gsi.py" line="112" />
      <source>the site has no name</source>
      <translation>避難場所の名称がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_layers.py" line="109" />
      <source>the source did not answer as expected</source>
      <translation>ソースが想定どおりに応答しませんでした</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="251" />
      <source>the style {style}.qml could not be applied to {layer}: {detail}</source>
      <translation>スタイル{style}.qmlをレイヤ{layer}に適用できませんでした：{detail}</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/tables.py" line="40" />
      <source>the table has no rows</source>
      <translation>表に行がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/table.py" line="52" />
      <source>the table must be a .csv or .gpkg file</source>
      <translation>表は.csvか.gpkgのファイルにしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_basemap.py" line="86" />
      <source>the tile URL is not a {{z}}/{{x}}/{{y}} template QGIS can read</source>
      <translation>タイルの URL が QGIS で読める {{z}}/{{x}}/{{y}} 形式になっていません</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/steps.py" line="186" />
      <source>the tile has no building footprints (no layer {layers})</source>
      <translation>タイルに建物の外形がありません（レイヤー {layers} がありません）</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/tiles.py" line="89" />
      <source>the tile zip holds no .las or .laz file</source>
      <translation>タイルの zip に .las / .laz ファイルがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/steps.py" line="92" />
      <source>the tile {tile} cannot be loaded alone: its mesh codes also select {members}; use another tiling</source>
      <translation>タイル {tile} は単独で読み込めません: そのメッシュコードは {members} も選択します。別のタイル分割を使ってください</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/tiles.py" line="97" />
      <source>the tile's point cloud file does not start with the LAS signature 'LASF'</source>
      <translation>タイルの点群ファイルが LAS の識別子 'LASF' で始まっていません</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/tiles.py" line="91" />
      <source>the tile's point cloud file is shorter than a LAS header</source>
      <translation>タイルの点群ファイルが LAS ヘッダーより短いです</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="247" />
      <source>the time stamps cannot be read as times in {zone} ({error})</source>
      <translation>時刻を {zone} の時刻として読めません（{error}）</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="338" />
      <source>the unknown-data policy is {policy}: use one of {policies}</source>
      <translation>不明データの扱いが {policy} です: {policies} のいずれかにしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="53" />
      <source>the zip holds no .las or .laz file</source>
      <translation>zipに.las／.lazファイルがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="57" />
      <source>the zip holds {count} members, more than the limit of {limit}; refusing to extract it</source>
      <translation>zip のメンバー数 {count} が上限 {limit} を超えるため、展開しません</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="100" />
      <source>the zip unpacks to {size_mb:.0f} MB but only {free_mb:.0f} MB are free</source>
      <translation>zip の展開には {size_mb:.0f} MB が必要ですが、空き容量は {free_mb:.0f} MB しかありません</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="61" />
      <source>the zip would unpack to {size_mb:.0f} MB, more than the limit of {limit_mb:.0f} MB; refusing to extract it</source>
      <translation>zip の展開後のサイズ {size_mb:.0f} MB が上限 {limit_mb:.0f} MB を超えるため、展開しません</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="44" />
      <source>the {name} has a negative value; rain and inflow must be ≥ 0</source>
      <translation>{name}に負の値があります。降雨量と流入量は0以上にしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="41" />
      <source>the {name} has no rows</source>
      <translation>{name}に行がありません</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/analyses.py" line="65" />
      <source>the {what} is {found:.0f} m from the nearest network node (limit {max_snap_m:g} m); is it in the network's area and CRS?</source>
      <translation>{what}が最寄りのネットワークノードから{found:.0f} m離れています（上限{max_snap_m:g} m）。ネットワークの範囲内にあり、座標参照系は合っていますか？</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/sources.py" line="40" />
      <source>this catalog type needs a URL, file or folder</source>
      <translation>このカタログ種別にはURL、ファイルまたはフォルダが必要です</translation>
    </message>
    <message>
      <location filename="../../plugin/flood/simulation.py" line="25" />
      <source>time series</source>
      <translation>時系列</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="251" />
      <source>time stamps must increase</source>
      <translation>時刻は増加順にしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/sources.py" line="208" />
      <source>unknown CRS '{crs}' ({exc})</source>
      <translation>不明な座標参照系 '{crs}'（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/sources.py" line="36" />
      <source>unknown catalog type '{kind}'; use one of {types}</source>
      <translation>不明なカタログ種別'{kind}'です。{types}のいずれかを使ってください</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="162" />
      <source>unknown climate '{name}'; choose one of {climates}</source>
      <translation>不明な気候'{name}'です。{climates}のいずれかを選んでください</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="237" />
      <source>unknown code set '{code_set}' (use auto, 2018, 2024 or osm)</source>
      <translation>不明なコード体系'{code_set}'です（auto、2018、2024、osmのいずれかを使ってください）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/feeds.py" line="37" />
      <source>unknown feed type '{feed_type}'; use one of {types}</source>
      <translation>不明なフィード種別'{feed_type}'です。{types}のいずれかを使ってください</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_layers.py" line="94" />
      <source>unknown format</source>
      <translation>形式不明</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="73" />
      <source>unknown ground statistic '{ground_statistic}'</source>
      <translation>不明な地表の統計量'{ground_statistic}'です</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/dsm.py" line="70" />
      <source>unknown kind '{kind}'; choose one of {kinds}</source>
      <translation>不明な種類'{kind}'です。{kinds}のいずれかを選んでください</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/mesh.py" line="24" />
      <source>unknown mesh level {level}; choose one of {levels}</source>
      <translation>不明なメッシュ次数 {level} です。{levels} のいずれかを選んでください</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/solar.py" line="96" />
      <source>unknown rule '{rule}'; choose one of {rules}</source>
      <translation>不明な判定基準'{rule}'です。{rules}のいずれかを選んでください</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/tiles.py" line="52" />
      <source>unknown tiling {tiling}; choose one of {tilings}</source>
      <translation>不明なタイル分割 {tiling} です。{tilings} のいずれかを選んでください</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/profiles.py" line="166" />
      <source>unknown-value policy must be one of {policies}</source>
      <translation>不明値の扱いは{policies}のいずれかにしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/gui_profiles.py" line="113" />
      <source>unknown_policy must be one of {policies}</source>
      <translation>unknown_policyは{policies}のいずれかにしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/barrierfree/network.py" line="155" />
      <source>unsupported file type: use GeoJSON or CSV here (Shapefile and GeoPackage through QGIS)</source>
      <translation>対応していないファイル形式です。ここではGeoJSONかCSVを使ってください（ShapefileとGeoPackageはQGIS経由で読み込めます）</translation>
    </message>
    <message>
      <location filename="../../plugin/solar/climate.py" line="169" />
      <source>weather file not found</source>
      <translation>気象ファイルが見つかりません</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/model.py" line="140" />
      <source>year '{value}' is not a number</source>
      <translation>年'{value}'が数値ではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="47" />
      <source>zip member '{member_name}' would be written outside {target}; refusing to extract it</source>
      <translation>zip内の'{member_name}'は{target}の外に書き込まれるため、展開しません</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="120" />
      <source>zip member '{member}' inflates beyond the {size} bytes its header declares; refusing a forged zip</source>
      <translation>zip のメンバー '{member}' はヘッダーに記された {size} バイトを超えて展開されます。改ざんされた zip として展開しません</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="126" />
      <source>zip member '{member}' is damaged or forged ({problem}); refusing to extract it</source>
      <translation>zip のメンバー '{member}' は壊れているか改ざんされています（{problem}）。展開しません</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="129" />
      <source>zip member '{member}' is {written} bytes, not the {size} its header declares</source>
      <translation>zip のメンバー '{member}' は {written} バイトで、ヘッダーに記された {size} バイトと一致しません</translation>
    </message>
    <message>
      <location filename="../../plugin/safe_io.py" line="65" />
      <source>zip member '{member}' would inflate {ratio:.0f} times ({size_mb:.0f} MB), more than the limit of {limit} times; refusing a zip bomb</source>
      <translation>zip のメンバー '{member}' は {ratio:.0f} 倍（{size_mb:.0f} MB）に膨らみ、上限の {limit} 倍を超えます。zip 爆弾として展開しません</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/ckan.py" line="126" />
      <source>{catalog}: package_search of {url} answered without 'count'/'results' ({exc})</source>
      <translation>{catalog}: {url} の package_search の応答に 'count'/'results' がありません（{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/ckan.py" line="138" />
      <source>{catalog}: package_show of '{name_or_id}' answered no package</source>
      <translation>{catalog}: '{name_or_id}'のpackage_showがパッケージを返しませんでした</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/plateau.py" line="111" />
      <source>{catalog}: {url} answered neither 'cities' nor a city object</source>
      <translation>{catalog}: {url} の応答に 'cities' も都市のオブジェクトもありません</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/plateau.py" line="43" />
      <source>{catalog}: {url} did not answer a 'datasets' list; is it the plateau-datasets endpoint?</source>
      <translation>{catalog}: {url} の応答に 'datasets' の一覧がありません。plateau-datasets のエンドポイントですか？</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/ckan.py" line="34" />
      <source>{catalog}: {url} did not answer a CKAN envelope; is it a CKAN Action API?</source>
      <translation>{catalog}: {url} の応答が CKAN の形式ではありません。CKAN Action API のアドレスですか？</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/plateau.py" line="105" />
      <source>{catalog}: {url} did not answer a JSON object</source>
      <translation>{catalog}: {url} の応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/terria.py" line="53" />
      <source>{catalog}: {url} has no 'catalog' list; is it a TerriaJS catalog file?</source>
      <translation>{catalog}: {url} に 'catalog' の一覧がありません。TerriaJS のカタログファイルですか？</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/ckan.py" line="39" />
      <source>{catalog}: {url} reported an error: {message}</source>
      <translation>{catalog}: {url} がエラーを返しました: {message}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/plateau.py" line="86" />
      <source>{codes} is not a 5-digit city code</source>
      <translation>{codes}は5桁の市区町村コードではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/plateau.py" line="91" />
      <source>{codes} is not a 6, 8 or 9/10-digit mesh code</source>
      <translation>{codes}は6桁、8桁、9／10桁のメッシュコードではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/mesh.py" line="62" />
      <source>{code} has no {level}-order mesh</source>
      <translation>{code} には {level} 次メッシュがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/mesh.py" line="43" />
      <source>{code} is not a JIS mesh code (4, 6, 8, 9 or 10 digits)</source>
      <translation>{code} は JIS 地域メッシュコード（4、6、8、9、10 桁）ではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/mesh.py" line="51" />
      <source>{code} is not a JIS mesh code: second-order digits run 0 to 7</source>
      <translation>{code} は JIS 地域メッシュコードではありません: 2 次メッシュの桁は 0〜7 です</translation>
    </message>
    <message>
      <location filename="../../plugin/sample_district/generate.py" line="106" />
      <source>{count} buildings</source>
      <translation>建物 {count}棟</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/loader.py" line="142" />
      <source>{count} buildings have a footprint without area or with unclosed rings: they count in no planning district</source>
      <translation>{count} 棟の建物は外形に面積がないか輪が閉じていないため、どの都市計画の地区にも数えていません</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/dsm.py" line="99" />
      <source>{count} of {total} DSM tiles failed: {errors}</source>
      <translation>{total} 個の DSM タイル中 {count} 個が失敗しました: {errors}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/ensemble.py" line="131" />
      <source>{count} of {total} scenarios failed: {names}</source>
      <translation>{total} シナリオ中 {count} シナリオが失敗しました: {names}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/servicearea.py" line="396" />
      <source>{count} of {total} shelter groups failed: {names}; see {manifest}. Run again to retry them</source>
      <translation>{total} 個中 {count} 個の避難場所グループが失敗しました: {names}。{manifest} を参照してください。もう一度実行すると失敗したものだけを再試行します</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/solar.py" line="69" />
      <source>{count} of {total} solar tiles failed: {errors}</source>
      <translation>{total} 個の日射タイルのうち {count} 個が失敗しました: {errors}</translation>
    </message>
    <message>
      <location filename="../../plugin/batch/runner.py" line="168" />
      <source>{count} of {total} tiles failed: {names}; see {manifest}. Run again to retry them</source>
      <translation>{total} タイル中 {count} タイルが失敗しました: {names}。{manifest} を参照してください。もう一度実行すると失敗したタイルを再試行します</translation>
    </message>
    <message>
      <location filename="../../plugin/dependencies.py" line="53" />
      <source>{feature} needs the Python package '{package}', which is not installed ({exc}). Install it from the menu Digital Twin &gt; Install Python packages… (or: python3 -m pip install "{package}"), then restart QGIS.</source>
      <translation>{feature}にはPythonパッケージ'{package}'が必要ですが、インストールされていません（{exc}）。メニューの「デジタルツイン」&gt;「Python パッケージのインストール…」から（またはpython3 -m pip install "{package}"で）インストールし、QGISを再起動してください。</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/sensorthings.py" line="46" />
      <source>{first_url}: @iot.nextLink keeps going ({pages} pages, last {url}); stopped</source>
      <translation>{first_url}: @iot.nextLinkが続くため中断しました（{pages}ページ、最後は{url}）</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/copc.py" line="517" />
      <source>{inputs_count} point clouds found; choose a .vpc output to get them as one layer</source>
      <translation>点群が{inputs_count}個あります。1つのレイヤにまとめるには出力を.vpcにしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/installer/pip_install.py" line="362" />
      <source>{packages} must come with QGIS or the system's packages (they share QGIS's own libraries); the plugin's installer never installs them.</source>
      <translation>{packages} は QGIS 本体またはシステムのパッケージで入れる必要があります（QGIS 自身のライブラリを共有するため）。プラグインのインストーラーはこれらをインストールしません。</translation>
    </message>
    <message>
      <location filename="../../plugin/citygml/gpkg_writer.py" line="48" />
      <source>{path}: GDAL could not create the GeoPackage</source>
      <translation>{path}: GDALでGeoPackageを作成できませんでした</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="223" />
      <source>{path}: QGIS could not read this layout template</source>
      <translation>{path}: QGISはこのレイアウトテンプレートを読み込めませんでした</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="218" />
      <source>{path}: not a valid QGIS layout template (.qpt)</source>
      <translation>{path}: 正しいQGISレイアウトテンプレート（.qpt）ではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/pdf_text.py" line="122" />
      <source>{path}: the PDF's text map could not be fixed ({detail})</source>
      <translation>{path}: PDF のテキスト対応表を修正できませんでした ({detail})</translation>
    </message>
    <message>
      <location filename="../../plugin/maps/qgis_layout.py" line="226" />
      <source>{path}: the template has no item with id {missing}</source>
      <translation>{path}: テンプレートにID {missing}のアイテムがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="422" />
      <source>{service}: cannot download {url} while offline</source>
      <translation>{service}: オフラインのため {url} をダウンロードできません</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="249" />
      <source>{service}: no answer from {url} ({reason}) after {attempts} attempt(s); check the network or the address</source>
      <translation>{service}: {attempts} 回試しましたが {url} から応答がありません（{reason}）。ネットワークかアドレスを確認してください</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="328" />
      <source>{service}: the answer of {url} broke off ({reason})</source>
      <translation>{service}: {url} の応答が途中で切れました（{reason}）</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="339" />
      <source>{service}: the answer of {url} inflates more than {ratio} times; refused as a compression bomb</source>
      <translation>{service}: {url} の応答は展開すると {ratio} 倍を超えるため、圧縮爆弾として拒否しました</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="336" />
      <source>{service}: the answer of {url} is larger than {limit_mb:g} MB; is it the right address?</source>
      <translation>{service}: {url} の応答が {limit_mb:g} MB を超えています。アドレスは正しいですか？</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="343" />
      <source>{service}: the compressed answer of {url} is cut off before its end</source>
      <translation>{service}: {url} の圧縮された応答が途中で切れています</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="582" />
      <source>{service}: the compressed answer of {url} is damaged ({reason})</source>
      <translation>{service}: {url} の圧縮された応答が壊れています（{reason}）</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="468" />
      <source>{service}: the download of {url} broke off after {size} bytes ({reason}); run it again to resume from {part}</source>
      <translation>{service}: {url} のダウンロードが {size} バイトで中断しました（{reason}）。もう一度実行すると {part} から再開します</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="259" />
      <source>{service}: {url} answered HTTP {status} {reason}{detail}</source>
      <translation>{service}: {url} が HTTP {status} {reason} を返しました{detail}</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="446" />
      <source>{service}: {url} answered a byte range nobody asked for</source>
      <translation>{service}: {url} が要求していないバイト範囲を返しました</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="681" />
      <source>{service}: {url} did not answer valid JSON (line {line}, column {column}: {reason})</source>
      <translation>{service}: {url} の応答が正しい JSON ではありません（{line} 行 {column} 列: {reason}）</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="555" />
      <source>{service}: {url} did not finish within {seconds:g} s (server or network too slow)</source>
      <translation>{service}: {url} が {seconds:g} 秒以内に終わりませんでした（サーバーまたはネットワークが遅すぎます）</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="539" />
      <source>{service}: {url} failed the {algorithm} check (expected {expected}, got {actual}); the file was removed</source>
      <translation>{service}: {url} は {algorithm} の検査に合格しませんでした（期待値 {expected}、実際 {actual}）。ファイルは削除しました</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="529" />
      <source>{service}: {url} gave {size} bytes but the catalog lists {wanted}; the partial file was removed, download it again</source>
      <translation>{service}: {url} から {size} バイト受け取りましたが、カタログの記載は {wanted} バイトです。途中のファイルは削除しました。もう一度ダウンロードしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="525" />
      <source>{service}: {url} gave {size} bytes but the server announced {wanted}; the partial file was removed, download it again</source>
      <translation>{service}: {url} から {size} バイト受け取りましたが、サーバーの予告は {wanted} バイトでした。途中のファイルは削除しました。もう一度ダウンロードしてください</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="551" />
      <source>{service}: {url} is not an http(s) address</source>
      <translation>{service}: {url} は http(s) のアドレスではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="366" />
      <source>{service}: {url} is not in the offline cache; connect once to fetch it</source>
      <translation>{service}: {url} はオフライン用キャッシュにありません。一度接続して取得してください</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="286" />
      <source>{service}: {url} redirected more than {limit} times; stopped</source>
      <translation>{service}: {url} のリダイレクトが {limit} 回を超えたため中止しました</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="281" />
      <source>{service}: {url} redirected to {target}, which is not an http(s) address; refused</source>
      <translation>{service}: {url} が http(s) ではない {target} へリダイレクトしたため拒否しました</translation>
    </message>
    <message>
      <location filename="../../plugin/net/http.py" line="313" />
      <source>{service}: {url} sent an unsupported content encoding '{encoding}'</source>
      <translation>{service}: {url} が対応していない圧縮形式 '{encoding}' で送ってきました</translation>
    </message>
    <message>
      <location filename="../../plugin/pointcloud/copc.py" line="526" />
      <source>{source} -&gt; {target}</source>
      <translation>{source} → {target}</translation>
    </message>
    <message>
      <location filename="../../plugin/catalog/qgis_layers.py" line="213" />
      <source>{source} holds no .las or .laz file</source>
      <translation>{source}に.las／.lazファイルがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="35" />
      <source>{source}: features[{index}] is not a GeoJSON Feature</source>
      <translation>{source}: features[{index}]はGeoJSONのFeatureではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="52" />
      <source>{source}: no list of records at '{records_path}'; give the records path (dot separated, e.g. data.items)</source>
      <translation>{source}: '{records_path}'にレコードのリストがありません。レコードのパスを指定してください（ドット区切り、例：data.items）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="57" />
      <source>{source}: record {index} is not a JSON object</source>
      <translation>{source}: レコード{index}はJSONオブジェクトではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="31" />
      <source>{source}: the FeatureCollection has no 'features' list</source>
      <translation>{source}: FeatureCollectionに'features'リストがありません</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gtfsrt.py" line="83" />
      <source>{source}: the answer has no GTFS-Realtime header ({data_count} bytes): is this a GTFS-RT URL?</source>
      <translation>{source}: 応答にGTFS-Realtimeのヘッダーがありません（{data_count}バイト）。GTFS-RTのURLですか？</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/gtfsrt.py" line="80" />
      <source>{source}: the answer is not a complete GTFS-Realtime message ({data_count} bytes; truncated or not protobuf: {exc})</source>
      <translation>{source}: 応答が完全なGTFS-Realtimeメッセージではありません（{data_count}バイト。途中で切れているかprotobufではありません：{exc}）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="132" />
      <source>{source}: {where}, field '{field}': expected a number, found NaN</source>
      <translation>{source}: {where}、フィールド'{field}': 数値が必要ですがNaNでした</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="129" />
      <source>{source}: {where}, field '{field}': expected a number, found {value!r}</source>
      <translation>{source}: {where}、フィールド'{field}': 数値が必要ですが{value!r}でした</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/sensorthings.py" line="68" />
      <source>{url}: datastream {number} is not a JSON object</source>
      <translation>{url}: データストリーム {number} が JSON オブジェクトではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="38" />
      <source>{url}: features[{index}].properties is not a JSON object</source>
      <translation>{url}: features[{index}].properties が JSON オブジェクトではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/generic.py" line="77" />
      <source>{url}: not GeoJSON, JSON or a CSV with latitude/longitude columns (line 1 has {columns}); name the lat/lon columns</source>
      <translation>{url}: GeoJSON、JSON、緯度・経度列のあるCSVのいずれでもありません（1行目：{columns}）。緯度・経度の列名を指定してください</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/sensorthings.py" line="52" />
      <source>{url}: not a SensorThings collection (no 'value' list); is the URL the service root (ending in /v1.0 or /v1.1)?</source>
      <translation>{url}: SensorThingsのコレクションではありません（'value'リストがありません）。URLはサービスのルート（/v1.0か/v1.1で終わる）ですか？</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/qgis_live_layer.py" line="167" />
      <source>{url}: not a SensorThings service QGIS can open ({error})</source>
      <translation>{url}: QGISで開けるSensorThingsサービスではありません（{error}）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/wfs_traffic.py" line="114" />
      <source>{url}: the WFS answer is not a GeoJSON FeatureCollection</source>
      <translation>{url}: WFSの応答がGeoJSONのFeatureCollectionではありません</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/wfs_traffic.py" line="110" />
      <source>{url}: the WFS answered HTTP {status} with an error page</source>
      <translation>{url}: WFS が HTTP {status} のエラーページを返しました</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/wfs_traffic.py" line="108" />
      <source>{url}: the WFS answered HTTP {status} with an error: {text}</source>
      <translation>{url}: WFS が HTTP {status} のエラーを返しました: {text}</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/fetch.py" line="49" />
      <source>{url}: the answer is not UTF-8 text (byte {offset}); expected JSON</source>
      <translation>{url}: 応答が UTF-8 のテキストではありません（{offset} バイト目）。JSON を想定しています</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/fetch.py" line="52" />
      <source>{url}: the answer is not valid JSON (line {line}, column {column}: {reason})</source>
      <translation>{url}: 応答が正しい JSON ではありません（{line} 行 {column} 列: {reason}）</translation>
    </message>
    <message>
      <location filename="../../plugin/realtime/wfs_traffic.py" line="79" />
      <source>{url}: the service still refuses the answer as too large after splitting the box {depth} times; choose a smaller extent or a page size below {page_size}</source>
      <translation>{url}: 範囲を{depth}回分割しても、サービスは応答が大きすぎるとして拒否しています。範囲を小さくするか、ページサイズを{page_size}未満にしてください</translation>
    </message>
  </context>
  <context>
    <name>Processing</name>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="82" />
      <source>... and {0} more findings in the 'issues' layer</source>
      <translation>…ほか {0} 件は「issues」レイヤを参照</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="79" />
      <source>1 km JIS mesh (third order)</source>
      <translation>1 km JIS 地域メッシュ（3 次）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="80" />
      <source>10 km JIS mesh (second order)</source>
      <translation>10 km JIS 地域メッシュ（2 次）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="63" />
      <source>3D buildings</source>
      <translation>3D建物</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="34" />
      <source>3D city model</source>
      <translation>3D都市モデル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="283" />
      <source>3D view page not included: atlases get the 2D map only.</source>
      <translation>3D ビューのページは含めていません。アトラスでは 2D の地図のみを出力します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>4 (default): water passes only between cells sharing an edge; 8: also through corners, which can leak through thin levees.</source>
      <translation>4（既定）：辺を共有するセルの間だけ水が流れます。8: 角でも流れるため、細い堤防を越えることがあります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="26" />
      <source>A .copc.laz file, or for several inputs a .vpc: each input becomes &lt;name&gt;.copc.laz beside it and the .vpc shows them as one layer.</source>
      <translation>.copc.lazファイル。入力が複数なら.vpcにします。各入力をその横に&lt;名前&gt;.copc.lazとして作り、.vpcで1つのレイヤとして表示します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="28" />
      <source>A .copc.laz for one tile, or a .vpc (virtual point cloud) that shows several tiles as one layer.</source>
      <translation>タイルが1つなら.copc.laz、複数のタイルを1つのレイヤにまとめるなら.vpc（仮想点群）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>A .gml file, a PLATEAU release zip (read in place, nothing extracted) or an http(s) URL (downloaded to a temporary file).</source>
      <translation>.gmlファイル、PLATEAUの公開zip（展開せずにそのまま読みます）、またはhttp(s)のURL（一時ファイルにダウンロードします）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="26" />
      <source>A .las or .laz file, or a .zip holding them (as Tokyo publishes its tiles). Give this or a folder.</source>
      <translation>.las／.lazファイル、またはそれを含む.zip（東京都が公開するタイルの形式）。これかフォルダのどちらかを指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="30" />
      <source>A .las, .laz or .copc.laz point cloud.</source>
      <translation>.las、.laz、.copc.lazの点群。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="28" />
      <source>A GeoPackage from 'Batch run over a whole city' (or loadcitygml): its layer building_lod1, footprints with measured_height in metres, in a projected CRS.</source>
      <translation>「都市全域のバッチ実行（dask）」（または loadcitygml）の GeoPackage。そのレイヤ building_lod1（measured_height をメートルで持つ建物の外形、投影座標系）を使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>A JSON file of your own mobility profiles (the format of resources/barrierfree_profiles.json). Empty: the profiles stored in the project, else the shipped ones.</source>
      <translation>独自の移動プロファイルのJSONファイル（resources/barrierfree_profiles.jsonと同じ形式）。空の場合はプロジェクトに保存したプロファイル、なければ同梱のものを使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>A JSON file of your own mobility profiles; the profile is then taken from it by the id of the one chosen above. Empty: the shipped profiles.</source>
      <translation>独自の移動プロファイルの JSON ファイル。上で選んだプロファイルの ID でこのファイルから取り出します。空: 同梱のプロファイル。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="37" />
      <source>A PLATEAU release zip, or a folder holding udx/bldg/*.gml (or the udx or bldg folder itself).</source>
      <translation>PLATEAUの配布zip、またはudx/bldg/*.gmlを含むフォルダ（udxフォルダやbldgフォルダそのものでも可）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>A QGIS authentication configuration (e.g. an API key) for catalogs that need one. Empty: no authentication.</source>
      <translation>認証が必要なカタログ用のQGIS認証設定（APIキーなど）。空の場合は認証しません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="40" />
      <source>A QGIS authentication configuration (user and password, API key...) for servers that need one. Empty: no authentication.</source>
      <translation>認証が必要なサーバー用のQGIS認証設定（ユーザーとパスワード、APIキーなど）。空の場合は認証しません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>A QGIS project file whose visible layers are printed. Empty: the layers below.</source>
      <translation>表示中のレイヤを印刷するQGISプロジェクトファイル。空の場合は下のレイヤを使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>A flood depth raster (metres) used instead of polygons; ranks follow the GSI depth classes.</source>
      <translation>ポリゴンの代わりに使う浸水深ラスタ（m）。ランクは国土地理院の浸水深の区分に従います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>A raster of Manning's n on the DEM grid, used instead of the single value.</source>
      <translation>DEMと同じグリッドのマニングの粗度係数ラスタ。一つの値の代わりに使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>A river level layer (e.g. a realtime gauge layer) whose latest value is used instead of the number above.</source>
      <translation>上の数値の代わりに最新の値を使う河川水位のレイヤ（リアルタイムの水位計のレイヤなど）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>A table per hazard, scenario, scale and rank: buildings, total floor area and estimated residents.</source>
      <translation>災害種別・シナリオ・規模・ランクごとの表：建物数、延床面積、推計居住者数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="294" />
      <source>A3 landscape</source>
      <translation>A3 横</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="293" />
      <source>A4 landscape</source>
      <translation>A4 横</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="293" />
      <source>A4 portrait</source>
      <translation>A4 縦</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="107" />
      <source>Accessible route</source>
      <translation>アクセシブルな経路</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="47" />
      <source>Accessible route (barrier-free)</source>
      <translation>アクセシブルな経路（バリアフリー）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="52" />
      <source>Accessible service area (barrier-free)</source>
      <translation>アクセシブルな到達圏（バリアフリー）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="123" />
      <source>Accessible service areas</source>
      <translation>アクセシブルな到達圏</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="174" />
      <source>Add a 3D view page (needs an OpenGL display; not for atlases)</source>
      <translation>3D ビューのページを追加（OpenGL 表示が必要。アトラスでは不可）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Add a second page with a 3D view of the layers. Needs an OpenGL display (QGIS desktop); not available for atlases.</source>
      <translation>レイヤの3D表示を2ページ目に加えます。OpenGLの画面（QGISデスクトップ）が必要で、地図帳では使えません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>Add this fetch to an existing recording instead of stopping: run it every minute from a scheduler and replay with the temporal controller.</source>
      <translation>停止せずに既存の記録に今回の取得分を追加します。スケジューラーで毎分実行し、時系列コントローラーで再生できます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="25" />
      <source>Address of a running dask scheduler, e.g. tcp://192.0.2.10:8786. Empty (default): a local cluster started for this run and stopped after it.</source>
      <translation>実行中のdaskスケジューラのアドレス（例: tcp://192.0.2.10:8786）。空欄（既定）: この実行のためにローカルクラスタを起動し、終了後に停止します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>Address of the feed (default: Toei bus vehicle positions, GTFS-Realtime).</source>
      <translation>フィードのアドレス（既定：都営バスの車両位置、GTFS-Realtime）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="28" />
      <source>Address template of a tile, where {name} is replaced by the tile name. The default is Tokyo's 2024 23-ward tiles; other cities: give theirs.</source>
      <translation>タイルのアドレスのテンプレート。{name}がタイル名に置き換わります。既定は東京都の2024年の23区のタイルです。他の都市はその都市のものを指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="115" />
      <source>All available</source>
      <translation>利用可能なすべて</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="93" />
      <source>All files (*)</source>
      <translation>すべてのファイル (*)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="139" />
      <source>Also fill closed depressions (ponding)</source>
      <translation>閉じた窪地も満たす（湛水）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Also fill every closed hollow up to its spill level, as ponding water (default off).</source>
      <translation>閉じた窪地も、あふれる高さまで湛水として埋めます（既定はオフ）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="40" />
      <source>Also unpack a zip into a folder named after it, beside the file. Members that would land outside that folder are refused.</source>
      <translation>zipをファイルと同じ場所に、同じ名前のフォルダへ展開します。フォルダの外に書き込まれるメンバーは展開しません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="131" />
      <source>Annual irradiation</source>
      <translation>年間日射量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="88" />
      <source>Annual irradiation (kWh/m²)</source>
      <translation>年間日射量 (kWh/m²)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="174" />
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
      <location filename="../../processing_algorithms/batch_solar.py" line="59" />
      <source>Annual irradiation (kWh/m²) on every pixel of a DSM, as 'Solar irradiation with shadows' computes it (same climate, site, diffuse model, albedo, search radius and sectors), each tile a task on dask.distributed: a local cluster on every core, or an existing cluster (scheduler address tcp://host:8786).

Each tile reads the DSM with a halo as wide as the shadow search reaches, so shadows cast across a seam are seen; the halo is dropped and the tiles' cores are merged into one GeoTIFF equal to the untiled run cell for cell.

With a batch GeoPackage and an output for the potential, each footprint of its layer building_lod1 gets its rooftop solar potential (Tokyo Solar Atlas or PLATEAU rule) on the merged raster.

Example: qgis_process run digitaltwin:batchsolar -- INPUT=sumida_dsm.tif OUTPUT=sumida_annual.tif BUILDINGS=sumida.gpkg POTENTIAL=sumida_pv.gpkg (the same as: python -m digital_twin solar ...)</source>
      <translation>DSM の各ピクセルの年間日射量（kWh/m²）を「日射量（影を考慮、DSM）」と同じ方法（同じ気候、地点、散乱光モデル、アルベド、探索半径、方位区分）で計算します。各タイルは dask.distributed のタスクとして、全コアのローカルクラスタ、または既存のクラスタ（スケジューラのアドレス tcp://host:8786）で実行されます。

各タイルは影の探索が届く幅のハローを付けて DSM を読むため、境界をまたぐ影も反映されます。ハローは捨て、タイルの中心部を1つの GeoTIFF に結合するので、タイル分割しない計算とセルごとに一致します。

バッチ GeoPackage とポテンシャルの出力を指定すると、そのレイヤ building_lod1 の各建物外形について、結合したラスタ上で屋根の太陽光発電ポテンシャル（東京ソーラー屋根台帳または PLATEAU の判定ルール）を求めます。

例: qgis_process run digitaltwin:batchsolar -- INPUT=sumida_dsm.tif OUTPUT=sumida_annual.tif BUILDINGS=sumida.gpkg POTENTIAL=sumida_pv.gpkg（python -m digital_twin solar ... と同じ）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="85" />
      <source>Annual irradiation raster (kWh/m²)</source>
      <translation>年間日射量ラスタ (kWh/m²)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="33" />
      <source>Annual solar irradiation of a large DSM in tiles with halos on dask, and each building's potential.</source>
      <translation>大きな DSM の年間日射量を dask でハロー付きのタイルごとに計算し、建物ごとの発電ポテンシャルも求めます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="145" />
      <source>Annual solar irradiation on every DSM pixel, with the shadows of buildings and terrain.</source>
      <translation>建物と地形の影を考慮して、DSMの各ピクセルの年間日射量を求めます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="121" />
      <source>Append to an existing recording</source>
      <translation>既存の記録に追記する</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Area to show on the map. Empty: the extent of the printed layers.</source>
      <translation>地図に表示する範囲。空の場合は印刷するレイヤの範囲を使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="85" />
      <source>Area width around reachable links (m)</source>
      <translation>到達リンク周りの圏域幅（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="129" />
      <source>Area width around reached links (m)</source>
      <translation>到達リンクの周りの圏域の幅（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="149" />
      <source>Arrival depth (m)</source>
      <translation>到達判定水深（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="156" />
      <source>Arrival time</source>
      <translation>到達時間</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="206" />
      <source>Aspect (degrees from north)</source>
      <translation>斜面方位（北から時計回りの度）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Assess only this scenario (a value of the scenario field). Empty: every scenario; the building columns then show the worst one (highest rank, then deepest) and name it.</source>
      <translation>このシナリオ（シナリオフィールドの値）だけを評価します。空欄：すべてのシナリオ。建物の列には最も危険なもの（最高ランク、次に最大浸水深）とその名前を示します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="84" />
      <source>Assigns the residents of every exposed building to the nearest shelter designated for the hazard, by straight-line distance from the building's centre, or by step-free walking distance for a mobility profile when a pedestrian network is given. Residents farther than the budget from every suitable shelter are counted as beyond reach and load no shelter. Capacity does not redirect anyone: each shelter's load is compared with its capacity, and the excess reported.

Shelters: GSI's 指定緊急避難場所 CSV (with its hazard flags) or any point layer (suitability and capacity fields optional).

Example: buildings from 'Flood exposure of buildings', hazard river flood, the city's GSI CSV, budget 1000 m.</source>
      <translation>想定区域内の各建物の居住者を、その災害に指定された最寄りの避難場所に割り当てます。距離は建物の中心からの直線距離、歩行者ネットワークを指定したときは移動プロファイルの段差のない経路の距離です。すべての適した避難場所から距離の上限より遠い居住者は到達できないものとして数え、どの避難場所にも割り当てません。収容人数で行き先は変えません。各避難場所の割り当て人数を収容人数と比べ、超過分を報告します。

避難場所：国土地理院の指定緊急避難場所CSV（災害種別のフラグ付き）または任意のポイントレイヤ（適否・収容人数のフィールドは任意）。

例：「建物の浸水評価」の建物、災害種別は洪水、市の国土地理院CSV、距離の上限 1000 m。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="241" />
      <source>Atlas pages: {}</source>
      <translation>アトラスのページ数: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="168" />
      <source>Atlas: one page per feature of</source>
      <translation>アトラス: 1 地物 1 ページとするレイヤ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="171" />
      <source>Atlas: page name field</source>
      <translation>アトラス: ページ名のフィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="117" />
      <source>Authentication (API key), if the catalog needs one</source>
      <translation>認証（API キー）: カタログが必要とする場合</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="89" />
      <source>Authentication, if the server needs it</source>
      <translation>認証: サーバが必要とする場合</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="82" />
      <source>Azimuth sectors</source>
      <translation>方位の分割数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="111" />
      <source>Barrier hotspots</source>
      <translation>バリアのホットスポット</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="44" />
      <source>Barrier hotspots (barrier-free)</source>
      <translation>バリアのホットスポット（バリアフリー）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="126" />
      <source>Barrier on the plain route: link {0} ({1})</source>
      <translation>通常経路上のバリア：リンク {0}（{1}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="75" />
      <source>Barrier-free</source>
      <translation>バリアフリー</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="83" />
      <source>Barriers on the plain route</source>
      <translation>通常経路上のバリア</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="35" />
      <source>Batch</source>
      <translation>バッチ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="44" />
      <source>Batch DSM from building heights (dask)</source>
      <translation>建物高さから DSM をバッチ作成（dask）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="61" />
      <source>Batch GeoPackage (layer building_lod1)</source>
      <translation>バッチ GeoPackage（レイヤ building_lod1）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="81" />
      <source>Batch GeoPackage for the potential (layer building_lod1; optional)</source>
      <translation>ポテンシャル用のバッチ GeoPackage（レイヤ building_lod1、任意）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="69" />
      <source>Batch flood ensemble of rain and breach scenarios (dask)</source>
      <translation>降雨・破堤シナリオの洪水アンサンブルのバッチ計算（dask）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="139" />
      <source>Batch run</source>
      <translation>バッチ実行</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="56" />
      <source>Batch run over a whole city (dask)</source>
      <translation>都市全域のバッチ実行（dask）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="73" />
      <source>Batch service areas of every shelter (dask)</source>
      <translation>全避難場所の到達圏の一括計算（dask）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="56" />
      <source>Batch solar irradiation with shadows (dask)</source>
      <translation>日射量のバッチ計算（影を考慮、dask）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="83" />
      <source>Budget</source>
      <translation>上限</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="80" />
      <source>Budget in</source>
      <translation>上限の単位</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="88" />
      <source>Building footprints</source>
      <translation>建物フットプリント</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Building footprints (polygons), e.g. building_lod0 from 'Load PLATEAU CityGML'.</source>
      <translation>建物の外形（ポリゴン）。例:「PLATEAU CityGMLを読み込む」で作ったbuilding_lod0。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="36" />
      <source>Building footprints (polygons), e.g. building_lod0 or building_lod1 from 'Load PLATEAU CityGML'.</source>
      <translation>建物の外形（ポリゴン）。例:「PLATEAU CityGMLを読み込む」で作ったbuilding_lod0やbuilding_lod1。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="40" />
      <source>Building footprints (polygons); one result row per building.</source>
      <translation>建物の外形（ポリゴン）。建物ごとに1行の結果を作ります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Building footprints: their cells block the flow.</source>
      <translation>建物の外形。建物のセルは水を通しません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="90" />
      <source>Building heights (DSM)</source>
      <translation>建物の高さ（DSM）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="93" />
      <source>Buildings</source>
      <translation>建物数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="95" />
      <source>Buildings (CityGML)</source>
      <translation>建築物（CityGML）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="82" />
      <source>Buildings (footprints)</source>
      <translation>建物（フットプリント）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="136" />
      <source>Buildings (obstacles)</source>
      <translation>建物（障害物）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="237" />
      <source>Buildings by flood rank</source>
      <translation>浸水ランク別の建物</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="90" />
      <source>Buildings served (optional)</source>
      <translation>カバーする建物（任意）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="97" />
      <source>Buildings with exposure</source>
      <translation>浸水評価済みの建物</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="181" />
      <source>Buildings with flood exposure</source>
      <translation>浸水リスク付き建物</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Buildings with their exposure, e.g. the output of 'Flood exposure of buildings' (flood_rank, residents, hazard).</source>
      <translation>浸水想定の評価結果を持つ建物（例：「建物の浸水評価」の出力。flood_rank、residents、hazard）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="126" />
      <source>Buildings with their shelter</source>
      <translation>避難場所を割り当てた建物</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="34" />
      <source>Burns building heights (and LOD2 roofs) onto the ground into a DSM for the solar analysis.</source>
      <translation>建物の高さ（とLOD2の屋根）を地表に焼き込み、日射量分析用のDSMを作ります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="43" />
      <source>CKAN</source>
      <translation>CKAN</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="131" />
      <source>CKAN portal</source>
      <translation>CKAN ポータル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="39" />
      <source>CO2</source>
      <translation>CO2</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="96" />
      <source>CO2 emission factor (kg-CO2/kWh)</source>
      <translation>CO2 排出係数 (kg-CO2/kWh)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="40" />
      <source>CO2 emitted per kWh of grid electricity, in kg-CO2/kWh (default 0.45): the CO2 the yield avoids.</source>
      <translation>系統電力1 kWhあたりのCO2排出量（kg-CO2/kWh、既定0.45）。発電量で削減できるCO2の計算に使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="27" />
      <source>COPC</source>
      <translation>COPC</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="72" />
      <source>COPC point cloud</source>
      <translation>COPC点群</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="30" />
      <source>CRS given to a file that records none (default EPSG:6677).</source>
      <translation>座標参照系の記録がないファイルに設定する座標参照系（既定EPSG:6677）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="26" />
      <source>CRS given to input whose file records none (default EPSG:6677, Tokyo's tiles).</source>
      <translation>座標参照系の記録がない入力に設定する座標参照系（既定EPSG:6677、東京都のタイル）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="28" />
      <source>CRS given to tiles whose file records none (default EPSG:6677, Tokyo's plane rectangular zone IX).</source>
      <translation>ファイルに座標参照系の記録がないタイルに設定する座標参照系（既定EPSG:6677、東京都の平面直角座標系 第IX系）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="131" />
      <source>CRS of the output</source>
      <translation>出力の座標参照系</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>CRS of the output. Empty: the JGD2011 plane rectangular zone of the data (Tokyo: EPSG:6677). Heights stay in metres as Z.</source>
      <translation>出力の座標参照系。空の場合はデータのJGD2011平面直角座標系（東京都：EPSG:6677）を使います。高さはZ値（m）のまま残します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="69" />
      <source>CRS when the file records none</source>
      <translation>ファイルに座標参照系がない場合の座標参照系</translation>
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
      <translation>「minutes,m3_per_s[,point]」の行を持つ CSV（時間について線形補間）。各地点の流入量です（地点名のない行はすべての地点に適用）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>CSV with rows 'minutes,m3_per_s[,point]', linear in time: the inflow of each point.</source>
      <translation>'minutes,m3_per_s[,point]'の行を持つCSV（時間で線形補間）。各地点の流入量です。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>CSV with rows 'minutes,mm_per_h', each intensity holding until the next row; replaces the constant intensity.</source>
      <translation>'minutes,mm_per_h'の行を持つCSV（各強度は次の行まで続きます）。一定の降雨強度の代わりに使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="112" />
      <source>Capacity field (persons)</source>
      <translation>収容人数のフィールド（人）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="93" />
      <source>Capacity of all buildings (kW)</source>
      <translation>全建物の設備容量（kW）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="105" />
      <source>Catalog</source>
      <translation>カタログ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="104" />
      <source>Catalog URL, file or folder (empty: the type's default)</source>
      <translation>カタログの URL・ファイルまたはフォルダ（空欄: 種類ごとの既定）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="169" />
      <source>Catalog search results</source>
      <translation>カタログ検索結果</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="102" />
      <source>Catalog type</source>
      <translation>カタログの種類</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="61" />
      <source>Catalogs</source>
      <translation>カタログ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="66" />
      <source>Cell size (m)</source>
      <translation>セルサイズ (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="120" />
      <source>Cell size for the TIN (m)</source>
      <translation>TINのセルサイズ（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Cell size in metres of the raster made from the TIN (default 5 m).</source>
      <translation>TINから作るラスタのセルサイズ（m、既定5 m）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="30" />
      <source>Cell size of the raster in metres (default 1 m). The grid is aligned on multiples of it, so neighbouring tiles line up.</source>
      <translation>ラスタのセルサイズ（m、既定1 m）。グリッドはその倍数にそろえるため、隣のタイルと継ぎ目なく並びます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="90" />
      <source>Cells filled</source>
      <translation>補間したセル数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="30" />
      <source>Cells without points are filled from the edges of the gap up to this distance in metres (default 20 m; 0: no filling). Farther cells stay no-data.</source>
      <translation>点のないセルを、空白の縁からこの距離（m）まで補間して埋めます（既定20 m、0なら埋めません）。それより遠いセルはデータなしのままです。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="85" />
      <source>Checksum (sha256:&lt;hex&gt; or md5:&lt;hex&gt;)</source>
      <translation>チェックサム（sha256:&lt;16進&gt; または md5:&lt;16進&gt;）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="40" />
      <source>Checksum the catalog lists, as sha256:&lt;hex&gt; or md5:&lt;hex&gt;; a file that does not match is removed. Empty: not checked.</source>
      <translation>カタログに記載されたチェックサム（sha256:&lt;16進&gt;またはmd5:&lt;16進&gt;）。一致しないファイルは削除します。空の場合は確認しません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="87" />
      <source>Choose a LAS/LAZ file, a zip or a folder to convert.</source>
      <translation>変換するLAS/LAZファイル、zip、またはフォルダを選んでください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="129" />
      <source>Choose a weather file, or an embedded climate.</source>
      <translation>気象データファイルを選ぶか、内蔵の気象条件を選んでください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="166" />
      <source>Choose the height field: none of {} was found in the layer ({}).</source>
      <translation>高さフィールドを選んでください：{} のいずれもレイヤ（{}）にありません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="186" />
      <source>Choose the level field of the river level layer.</source>
      <translation>河川水位レイヤの水位フィールドを選択してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="135" />
      <source>City (name or 5-digit code)</source>
      <translation>市区町村（名称または5桁コード）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="36" />
      <source>CityGML</source>
      <translation>CityGML</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="105" />
      <source>CityGML file, PLATEAU release zip or URL</source>
      <translation>CityGMLファイル、PLATEAU配布zip、またはURL</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="106" />
      <source>CityGML or PLATEAU release zip (*.gml *.zip *.GML *.ZIP)</source>
      <translation>CityGML または PLATEAU配布zip (*.gml *.zip *.GML *.ZIP)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="58" />
      <source>Climate</source>
      <translation>気象条件</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="90" />
      <source>Code set</source>
      <translation>コード体系</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="137" />
      <source>Connectivity</source>
      <translation>連結性</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="103" />
      <source>Constant inflow field (m³/s)</source>
      <translation>一定流入量フィールド（m³/s）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Constant rain intensities in mm/h, one scenario each, separated by commas or spaces, e.g. '50, 100, 150'. May be empty when hyetographs or inflow points are given.</source>
      <translation>一定の降雨強度（mm/h）。1つの値が1シナリオで、カンマまたは空白で区切ります（例: '50, 100, 150'）。ハイエトグラフや流入地点を指定するときは空欄でも構いません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Constant rain intensity in mm/h on every cell (default 50 mm/h). 0 for inflows only.</source>
      <translation>すべてのセルに降る一定の降雨強度（mm/h、既定50 mm/h）。流入だけを計算するなら0にします。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="40" />
      <source>Convert point cloud to COPC</source>
      <translation>点群をCOPCに変換</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="24" />
      <source>Converts LAS/LAZ files or zips to COPC that QGIS shows in 2D and 3D.</source>
      <translation>LAS/LAZファイルやzipを、QGISで2D・3D表示できるCOPCに変換します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="49" />
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
      <location filename="../../processing_algorithms/export_resident_map.py" line="314" />
      <source>Could not read the QGIS project {}</source>
      <translation>QGIS プロジェクト {} を読み込めませんでした</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="60" />
      <source>Create the sample district</source>
      <translation>サンプル地区を作成</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="62" />
      <source>DEM</source>
      <translation>DEM</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="90" />
      <source>DEM (ground elevation, m)</source>
      <translation>DEM（地盤高、m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="27" />
      <source>DSM</source>
      <translation>DSM</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="86" />
      <source>DSM (same grid)</source>
      <translation>DSM（同じグリッド）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="75" />
      <source>DSM (terrain + buildings, projected CRS in metres)</source>
      <translation>DSM（地形＋建物、メートル単位の投影座標系）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="98" />
      <source>DSM CRS (projected)</source>
      <translation>DSM の座標参照系（投影座標系）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="58" />
      <source>DSM from building heights (LOD1)</source>
      <translation>建物高さから DSM を作成（LOD1）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="75" />
      <source>DSM: highest point (surface)</source>
      <translation>DSM: 最高点（建物・樹木を含む表面）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="30" />
      <source>DSM: the highest point per cell, buildings and trees included (noise left out). DTM: ground points (class 2) only.</source>
      <translation>DSM: セルごとの最も高い点（建物・樹木を含み、ノイズは除く）。DTM: 地表の点（クラス2）だけ。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="29" />
      <source>DTM</source>
      <translation>DTM</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="78" />
      <source>DTM value per cell</source>
      <translation>DTMのセル値</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="76" />
      <source>DTM: ground points (terrain)</source>
      <translation>DTM: 地面点（地形）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="48" />
      <source>Dask scheduler (empty: a local cluster)</source>
      <translation>Dask スケジューラー（空欄: ローカルクラスター）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="151" />
      <source>Data attribution (added to what the layers' metadata name)</source>
      <translation>データ出典（レイヤのメタデータにある出典に追加）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Data credits to print beside those read from the layers' metadata, e.g. for your own data or analysis results.</source>
      <translation>レイヤのメタデータから読む出典に加えて印刷する出典。独自のデータや分析結果などに使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="136" />
      <source>Data type (name or code, e.g. bldg)</source>
      <translation>データ種別（名称またはコード。例：建築物モデル、bldg）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="123" />
      <source>Datasets and resources</source>
      <translation>データセットとリソース</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="125" />
      <source>Datasets found</source>
      <translation>見つかったデータセット数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="153" />
      <source>Depth field (m)</source>
      <translation>浸水深フィールド（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Depth in metres at which water counts as arrived, for the arrival time (default 0.1 m).</source>
      <translation>到達時間の計算で、水が到達したとみなす浸水深（m、既定0.1 m）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="158" />
      <source>Depth time series</source>
      <translation>水深時系列</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="70" />
      <source>Destination</source>
      <translation>目的地</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="72" />
      <source>Destination floor (where floors are stacked)</source>
      <translation>目的地の階（階が重なる場所）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="85" />
      <source>Destination reachable</source>
      <translation>目的地に到達可能</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="91" />
      <source>Detect</source>
      <translation>自動判定</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="82" />
      <source>Detour factor</source>
      <translation>迂回率</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="75" />
      <source>Detour factor cap (unreachable counts as this)</source>
      <translation>迂回率の上限（到達不能はこの値）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="26" />
      <source>Detour factor counted for a pair that is unreachable or whose accessible route is longer than this many times the plain shortest route (1.01 to 100; default 3).</source>
      <translation>到達できない組、またはバリアフリー経路が通常の最短経路のこの倍数より長い組に数える迂回率（1.01〜100、既定3）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="66" />
      <source>Diffuse sky</source>
      <translation>天空散乱日射</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="80" />
      <source>Distance (m)</source>
      <translation>距離（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="122" />
      <source>Distance budget (m)</source>
      <translation>距離の上限（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Distance in metres (straight line, or along the network when one is given) beyond which residents count as unable to reach a shelter (default 1000 m).</source>
      <translation>この距離（m、直線距離、またはネットワークを指定したときは経路の距離）より遠い居住者は避難場所にたどり着けないとみなします（既定 1000 m）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="110" />
      <source>Download</source>
      <translation>ダウンロード</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="58" />
      <source>Download a catalog resource</source>
      <translation>カタログのリソースをダウンロード</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="42" />
      <source>Download point cloud tiles as COPC</source>
      <translation>点群タイルをダウンロードしてCOPCに変換</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="93" />
      <source>Downloaded file</source>
      <translation>ダウンロードしたファイル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="38" />
      <source>Downloads one catalog resource, resumable, with size and checksum checks.</source>
      <translation>カタログのリソースを1つ、再開可能な形でサイズとチェックサムを確認しながらダウンロードします。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="67" />
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
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="51" />
      <source>Downloads published point cloud tiles by name (Tokyo: 図郭 names such as 09LD2626) and converts them to COPC; several tiles become one layer through a virtual point cloud (.vpc).

Downloads go through QGIS's network settings (proxy), are size-checked, and resume after Cancel or a broken connection: run the algorithm again. Each zip is removed once its tile is converted.

Tile address: a template where {name} is the tile name; the default is Tokyo's 2024 23-ward tiles. Other cities: give their template.

Example: qgis_process run digitaltwin:pointclouddownloadtiles -- TILES=09LD2626,09LD2627 OUTPUT=tokyo.vpc</source>
      <translation>公開点群タイルを名前（東京都: 09LD2626 などの図郭名）でダウンロードし、COPCに変換します。複数タイルは仮想点群（.vpc）で1レイヤになります。ダウンロードはQGISのネットワーク設定（プロキシ）を使い、サイズを検証し、キャンセルや切断の後は再実行で続きから再開します。変換後のzipは削除します。タイルのURLは{name}をタイル名とするテンプレートで、既定は東京都2024年区部タイルです。他都市はそのテンプレートを指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="26" />
      <source>Downloads published point cloud tiles by name and converts them to COPC.</source>
      <translation>公開されている点群タイルを名前でダウンロードし、COPCに変換します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="107" />
      <source>Duration (minutes)</source>
      <translation>計算時間（分）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="154" />
      <source>Duration field (h)</source>
      <translation>浸水継続時間フィールド（時間）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="177" />
      <source>Edit layout… (keep it in the project and open the layout designer)</source>
      <translation>レイアウトを編集…（プロジェクトに保存してレイアウトデザイナーで開く）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="98" />
      <source>Elevation (DEM)</source>
      <translation>標高（DEM）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="89" />
      <source>Elevation raster</source>
      <translation>標高ラスタ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Evacuation sites to mark with their names: GSI's 指定緊急避難場所 CSV (Shift_JIS or UTF-8) or any point layer. Each preset shows the sites valid for its hazard (flood: those flagged 洪水); the barrier-free map also names the other facilities and the route's start and end.</source>
      <translation>名前とともに表示する避難場所: 国土地理院の指定緊急避難場所 CSV（Shift_JIS または UTF-8）または任意のポイントレイヤ。各プリセットはその災害に対応する場所を表示します（洪水: 洪水に○の付いた場所）。バリアフリー地図では他の施設と経路の出発地・目的地にも名前を付けます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="110" />
      <source>Every shelter</source>
      <translation>すべての避難場所</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="82" />
      <source>Expected size in bytes (0: unknown)</source>
      <translation>想定サイズ（バイト、0: 不明）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="107" />
      <source>Export resident map (PDF/PNG)</source>
      <translation>住民向け地図の出力 (PDF/PNG)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="185" />
      <source>Exposed buildings</source>
      <translation>浸水する建物数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="183" />
      <source>Exposure summary</source>
      <translation>浸水リスク集計表</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="106" />
      <source>Extent (traffic counts; default: Tokyo 23 wards)</source>
      <translation>範囲（交通量。既定: 東京23区）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="87" />
      <source>Extract zip into a folder beside it</source>
      <translation>zip を隣のフォルダに展開</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="96" />
      <source>Extracted folder</source>
      <translation>展開先フォルダ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="103" />
      <source>Facilities</source>
      <translation>施設</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="73" />
      <source>Facilities (stations, shelters, hospitals, ...)</source>
      <translation>施設（駅、避難所、病院など）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="67" />
      <source>Facilities for catchments (optional; default: random origins)</source>
      <translation>圏域の基点となる施設（任意。既定：無作為な出発点）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="76" />
      <source>Facility name or id field</source>
      <translation>施設名または ID のフィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="108" />
      <source>Feature types to read from a zip (comma-separated; empty = all)</source>
      <translation>zipから読む地物型（カンマ区切り、空欄＝すべて）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="126" />
      <source>Features fetched</source>
      <translation>取得した地物数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="99" />
      <source>Feed URL</source>
      <translation>フィード URL</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="100" />
      <source>Feed type</source>
      <translation>フィードの種類</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="127" />
      <source>Fetched at (UTC)</source>
      <translation>取得時刻（UTC）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="45" />
      <source>Fetches a realtime feed (bus positions, sensors, traffic counts) once into a GeoPackage.</source>
      <translation>リアルタイムのフィード（バス位置、センサー、交通量）を1回取得してGeoPackageに保存します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="81" />
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
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>Field naming each facility in the output. Empty: the feature id.</source>
      <translation>出力で各施設を示すフィールド。空の場合は地物IDを使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Field naming each inflow point, matched with the 'point' column of the hydrograph CSV.</source>
      <translation>各流入地点の名前のフィールド。ハイドログラフCSVの'point'列と対応させます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Field naming each inflow point: the scenario's name, matched with the 'point' column of the hydrograph CSV. Empty: the feature id.</source>
      <translation>各流入地点の名前のフィールド。シナリオ名になり、ハイドログラフ CSV の「point」列と照合します。空欄: 地物 ID。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Field naming each time series point. Empty: the feature id.</source>
      <translation>時系列の地点の名前のフィールド。空の場合は地物IDを使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Field of a point file saying (1 / true) that a shelter suits the hazard chosen above.</source>
      <translation>ポイントのファイルで、上で選んだ災害種別に避難場所が適すること（1 / true）を示すフィールド。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Field of a point file with each shelter's id. Empty: the feature id. (The CSV has 共通ID.)</source>
      <translation>ポイントのファイルで避難場所の ID を持つフィールド。空: 地物 ID。（CSV では共通ID を使います。）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Field of a point file with each shelter's name. Empty: its id.</source>
      <translation>ポイントのファイルで避難場所の名称を持つフィールド。空: その ID。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Field of the atlas layer naming each page: added to the title and to PNG file names. Empty: pages are numbered.</source>
      <translation>地図帳の各ページの名前にするフィールド。タイトルとPNGのファイル名に加えます。空の場合はページ番号を使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>Field of the buildings giving residents per building, summed per area. Empty: buildings are counted, not people.</source>
      <translation>建物ごとの居住者数を示すフィールド。範囲ごとに合計します。空の場合は人数ではなく建物数を数えます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Field of the buildings with the rank: exposed when above 0 (default flood_rank).</source>
      <translation>建物のランクのフィールド：0より大きいと想定区域内（既定 flood_rank）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Field of the buildings with their residents (default residents).</source>
      <translation>建物の居住者数のフィールド（既定 residents）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field of the hazard layer with the flood rank 1 (&lt;0.5 m) to 6 (≥20 m). Empty: guessed (flood_rank, rank, A31_201, 浸水ランク).</source>
      <translation>想定区域レイヤの浸水ランク（1: 0.5 m未満〜6: 20 m以上）のフィールド。空の場合は推定します（flood_rank、rank、A31_201、浸水ランク）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Field of the level layer with the observation time: the feature with the latest time gives the level. Empty: the last feature.</source>
      <translation>水位レイヤの観測時刻のフィールド。最も新しい時刻の地物の水位を使います。空の場合は最後の地物を使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Field of the level layer with the water level in metres.</source>
      <translation>水位レイヤの水位（m）のフィールド。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Field of the shelter layer naming each shelter. Empty: the feature id.</source>
      <translation>避難場所の名前のフィールド。空欄：地物ID。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Field of the shelter layer saying (1 / true) that a shelter suits the hazard. Empty: all do.</source>
      <translation>避難場所がその災害に適していること（1 / true）を示すフィールド。空欄：すべて適しているとみなします。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Field of the shelter layer with its capacity in persons. Empty: unknown.</source>
      <translation>避難場所の収容人数のフィールド。空欄：不明。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Field with a constant inflow per point in m³/s, used when no hydrograph is given.</source>
      <translation>地点ごとの一定の流入量（m³/s）のフィールド。ハイドログラフがないときに使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Field with a constant inflow per point in m³/s, used where the hydrograph has no rows for the point.</source>
      <translation>地点ごとの一定の流入量（m³/s）のフィールド。ハイドログラフにその地点の行がないときに使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="36" />
      <source>Field with each building's height in metres (PLATEAU measuredHeight). Empty: guessed from common names (measured_height, height, 高さ...). Buildings without a positive height are left out.</source>
      <translation>建物の高さ（m）のフィールド（PLATEAUのmeasuredHeight）。空の場合はよくある名前（measured_height、height、高さ など）から推定します。高さが正でない建物は除きます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with how long the flood lasts, in hours. Empty: guessed (flood_duration, duration), else left out.</source>
      <translation>浸水継続時間（時間）のフィールド。空の場合は推定し（flood_duration、duration）、見つからなければ使いません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with residents per building. Empty: storeys × footprint / floor area per resident.</source>
      <translation>建物ごとの居住者数のフィールド。空の場合は 階数 × 建築面積 ÷ 1人あたり床面積 で推計します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with the building height in metres, used for storeys when no storeys field is found.</source>
      <translation>建物の高さ（m）のフィールド。階数のフィールドがないときに階数を求めるのに使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with the flood depth in metres. Empty: guessed (flood_depth, depth, 浸水深).</source>
      <translation>浸水深（m）のフィールド。空の場合は推定します（flood_depth、depth、浸水深）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with the hazard (river_flood, tsunami, high_tide, inland_flood, reservoir_flood, landslide). Empty: guessed (hazard), else one hazard.</source>
      <translation>災害種別のフィールド（river_flood、tsunami、high_tide、inland_flood、reservoir_flood、landslide）。空欄：推定（hazard）、なければ1つの災害種別として扱います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with the number of storeys above ground, for floors under water and floor area. Empty: storeys from the height field (height / storey height, at least 1).</source>
      <translation>地上階数のフィールド。浸水する階数と延床面積に使います。空の場合は高さのフィールドから求めます（高さ ÷ 階高、最低1階）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with the rainfall scale (L1 planned, L2 maximum). Empty: guessed (flood_scale, scale, 規模).</source>
      <translation>降雨の規模（L1計画規模、L2想定最大規模）のフィールド。空の場合は推定します（flood_scale、scale、規模）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with the river name. Empty: guessed (flood_river, river, 河川名).</source>
      <translation>河川名のフィールド。空の場合は推定します（flood_river、river、河川名）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Field with the scenario (river and scale, tsunami case ...). Empty: guessed (scenario), else one scenario. Each hazard and scenario is assessed alone and summarised.</source>
      <translation>シナリオのフィールド（河川と規模、津波のケースなど）。空欄：推定（scenario）、なければ1つのシナリオとして扱います。災害種別・シナリオごとに別々に評価・集計します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="83" />
      <source>Fill gaps up to (m; 0 = no filling)</source>
      <translation>欠測を補間する距離 (m、0 = 補間しない)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Fills the title, subtitle and notes for a flood, solar or barrier-free map (in Japanese, for residents) unless you give your own. None: only what you type.</source>
      <translation>浸水、日射、バリアフリーの地図用に、タイトル、サブタイトル、注記（住民向けの日本語）を入れます。自分で入力した項目はそちらを使います。「なし」：入力した内容だけを使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="50" />
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
      <location filename="../../processing_algorithms/barrierfree_route.py" line="28" />
      <source>Finds the shortest route a wheelchair, stroller or cane user can take, and the barriers on the plain route.</source>
      <translation>車いす・ベビーカー・杖の利用者が通れる最短経路と、通常の経路上のバリアを求めます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="168" />
      <source>Flat roofs as 15° south panels: × {:.3f}</source>
      <translation>陸屋根は南向き15°のパネルとして計算：× {:.3f}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="123" />
      <source>Flood</source>
      <translation>洪水</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="209" />
      <source>Flood arrival time</source>
      <translation>浸水到達時間</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="142" />
      <source>Flood depth</source>
      <translation>浸水深</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="99" />
      <source>Flood depth L2</source>
      <translation>浸水深 L2</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="165" />
      <source>Flood depth raster (instead of polygons)</source>
      <translation>浸水深ラスタ（ポリゴンの代わり）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="37" />
      <source>Flood depth rasters (m, any CRS); each gives one exposure layer in the output, named after its file. None: buildings are only loaded.</source>
      <translation>浸水深ラスタ（m、任意のCRS）。1つごとに、ファイル名を名前とする浸水想定レイヤが1つ出力されます。指定しない場合は建物を読み込むだけです。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="83" />
      <source>Flood depth rasters (one exposure layer each)</source>
      <translation>浸水深ラスター（それぞれ 1 つの曝露レイヤー）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="305" />
      <source>Flood exposure</source>
      <translation>浸水想定</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="134" />
      <source>Flood exposure ({})</source>
      <translation>浸水曝露（{}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="120" />
      <source>Flood exposure of buildings</source>
      <translation>建物の浸水リスク評価</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="151" />
      <source>Flood hazard polygons</source>
      <translation>浸水想定区域ポリゴン</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="96" />
      <source>Flood inundation model L1 (CityGML)</source>
      <translation>洪水浸水想定区域モデル L1（CityGML）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="97" />
      <source>Flood inundation model L2 (CityGML)</source>
      <translation>洪水浸水想定区域モデル L2（CityGML）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Flood preset: the buildings' field holding their flood rank (1-6) or PLATEAU rank label. Empty: flood_l2_rank, flood_rank, flood_l1_rank or a rank label, whichever the layer has.</source>
      <translation>洪水プリセット: 建物の浸水ランク (1〜6) または PLATEAU のランク名を持つフィールド。空欄: flood_l2_rank、flood_rank、flood_l1_rank、ランク名のうちレイヤにあるもの。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="153" />
      <source>Flood rank field of the buildings (empty: found by its name)</source>
      <translation>建物の浸水ランクのフィールド（空欄: 名前から自動で判定）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="91" />
      <source>Flood simulation (2D, rain and inflows)</source>
      <translation>洪水シミュレーション（2次元、降雨・流入）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="41" />
      <source>Flood simulations of many rain and levee-breach scenarios on dask: per cell the share of scenarios reaching 0.5 m and 3 m.</source>
      <translation>多数の降雨・破堤シナリオの洪水シミュレーションを dask で実行し、セルごとに浸水深 0.5 m と 3 m に達するシナリオの割合を求めます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="146" />
      <source>Flooded area (m²)</source>
      <translation>浸水面積（m²）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="144" />
      <source>Flooded areas</source>
      <translation>浸水範囲</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="60" />
      <source>Floods the DEM cells below a water level that connect to the river, as depth raster and areas.</source>
      <translation>水位より低く、河川とつながるDEMのセルを浸水させ、浸水深ラスタと浸水範囲にします。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="175" />
      <source>Floor area per resident (m²)</source>
      <translation>1人あたり床面積（m²）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Floor area per resident in m², for residents when no population field is given (default 40 m²).</source>
      <translation>1人あたりの床面積（m²）。人口のフィールドがないときの居住者数の推計に使います（既定40 m²）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="31" />
      <source>Floor of the destination where several floors are stacked: the nearest node on that floor is used. Empty: the ground floor.</source>
      <translation>複数の階が重なる場所での目的地の階。その階の最寄りのノードを使います。空の場合は地上階です。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="31" />
      <source>Floor of the origin where several floors are stacked (e.g. a station): the nearest node on that floor is used. Empty: the ground floor.</source>
      <translation>複数の階が重なる場所（駅など）での出発地の階。その階の最寄りのノードを使います。空の場合は地上階です。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>For 'Weather file': a CSV with a 'time' column and 'ghi' (and optionally 'dhi') in W/m², or an EnergyPlus EPW file.</source>
      <translation>「気象データファイル（CSV または EPW）」の場合：'time'列とW/m² の'ghi'（あれば'dhi'）列を持つCSV、またはEnergyPlusのEPWファイル。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>For GTFS-Realtime: the static GTFS zip (file or URL) that adds route, headsign and stop names. Empty: ids only.</source>
      <translation>GTFS-Realtimeの場合に、路線名・行先・停留所名を付ける静的GTFSのzip（ファイルまたはURL）。空の場合はIDだけです。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>For JSON or CSV: the latitude path or column. Empty: guessed (lat, latitude, 緯度...).</source>
      <translation>JSONまたはCSVの場合の緯度のパスまたは列。空の場合は推定します（lat、latitude、緯度 など）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>For JSON or CSV: the longitude path or column. Empty: guessed (lon, lng, longitude, 経度...).</source>
      <translation>JSONまたはCSVの場合の経度のパスまたは列。空の場合は推定します（lon、lng、longitude、経度 など）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>For JSON records: where the list of records is, dot separated (e.g. data.items). Empty: the top level.</source>
      <translation>JSONのレコードの場合に、レコードのリストがある場所（ドット区切り、例：data.items）。空の場合は最上位です。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="30" />
      <source>For a DTM: the mean (default) or the lowest ground point in each cell.</source>
      <translation>DTMの場合のセルの値：地表の点の平均（既定）または最低値。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>For a zip: read only files whose mesh code starts with one of these (comma separated, e.g. 53392642). Empty: all meshes.</source>
      <translation>zipの場合に、メッシュコードがこれらで始まるファイルだけを読みます（カンマ区切り、例：53392642）。空の場合はすべてのメッシュ。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>For a zip: the udx folders to read, comma separated (bldg, tran, fld, dem...). Default bldg; empty: all.</source>
      <translation>zipの場合に読むudxのフォルダ（カンマ区切り。bldg、tran、fld、demなど）。既定はbldg、空の場合はすべて。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="55" />
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
      <location filename="../../processing_algorithms/batch_service_areas.py" line="76" />
      <source>For every shelter of a GSI evacuation site CSV or a point file (optionally only those designated for a hazard): the links a mobility profile reaches within a walking distance on the pedestrian network, and the area around them, exactly as 'Accessible service area (barrier-free)' computes them. The shelters go in groups as tasks on dask.distributed (a local cluster on every core, or an existing cluster: tcp://host:8786); each worker reads the network once. The groups are merged into one GeoPackage in the shelters' order.

A failed group is retried, then named with its shelters, and the other groups still finish. Finished groups are kept beside the output (&lt;output&gt;.tiles) and skipped when the same run is started again; &lt;output&gt;.manifest.json records inputs, versions, parameters and each group's status and time.

Example: qgis_process run digitaltwin:batchserviceareas -- NETWORK=pedestrian_links.geojson NODES=pedestrian_nodes.geojson SHELTERS=evacuation_sites.csv HAZARD=1 BUDGET=800 OUTPUT=areas.gpkg (the same as: python -m digital_twin servicearea ...)</source>
      <translation>国土地理院の避難場所 CSV またはポイントのファイルのすべての避難場所（災害種別で絞り込み可）について、移動プロファイルが歩行空間ネットワーク上で歩行距離内に到達するリンクとその周りの圏域を、「バリアフリー到達圏」と同じ方法で計算します。避難場所はグループごとに dask.distributed のタスクになります（全コアのローカルクラスタ、または既存のクラスタ: tcp://host:8786）。各ワーカーはネットワークを 1 回だけ読みます。グループは避難場所の順に 1 つの GeoPackage に統合します。

失敗したグループは再試行し、それでも失敗すれば含まれる避難場所とともに名前を報告し、他のグループは最後まで実行します。終わったグループは出力の隣（&lt;output&gt;.tiles）に残り、同じ実行をもう一度始めると飛ばします。&lt;output&gt;.manifest.json に入力、バージョン、パラメータ、各グループの状態と時間を記録します。

例: qgis_process run digitaltwin:batchserviceareas -- NETWORK=pedestrian_links.geojson NODES=pedestrian_nodes.geojson SHELTERS=evacuation_sites.csv HAZARD=1 BUDGET=800 OUTPUT=areas.gpkg（python -m digital_twin servicearea ... と同じ）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>For the PLATEAU CityGML search: city codes (13101,13102), m:&lt;mesh code&gt;, r:&lt;lon,lat,lon,lat&gt; or g:&lt;place name&gt;. Empty: the extent below.</source>
      <translation>PLATEAU CityGML検索の条件：市区町村コード（13101,13102）、m:&lt;メッシュコード&gt;、r:&lt;経度,緯度,経度,緯度&gt;、g:&lt;地名&gt;。空の場合は下の範囲を使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>For the PLATEAU CityGML search: the files covering this extent, when no conditions are given.</source>
      <translation>PLATEAU CityGML検索で条件を指定しない場合に、この範囲を含むファイルを探します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>For traffic counts: the 5-minute window as YYYYMMDDhhmm in Japan time. Empty: the latest published.</source>
      <translation>交通量の場合の5分間の時間帯（日本時間のYYYYMMDDhhmm）。空の場合は公開済みの最新のものです。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>For traffic counts: the area to request. Empty: Tokyo's 23 wards.</source>
      <translation>交通量の場合に取得する範囲。空の場合は東京都23区です。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="137" />
      <source>Format (e.g. 3D Tiles, MVT, CityGML, LAS)</source>
      <translation>形式（例: 3D Tiles、MVT、CityGML、LAS）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="54" />
      <source>GSI</source>
      <translation>国土地理院</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="300" />
      <source>GSI aerial photos</source>
      <translation>地理院タイル 写真</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="106" />
      <source>GSI evacuation site CSV</source>
      <translation>国土地理院の指定緊急避難場所CSV</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="299" />
      <source>GSI pale map</source>
      <translation>地理院タイル 淡色地図</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="300" />
      <source>GSI standard map</source>
      <translation>地理院タイル 標準地図</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>GSI's 指定緊急避難場所 CSV (Shift_JIS or UTF-8), or a point file (GeoPackage, GeoJSON; any CRS).</source>
      <translation>国土地理院の指定緊急避難場所 CSV（Shift_JIS または UTF-8）、またはポイントのファイル（GeoPackage、GeoJSON。座標参照系は任意）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>GSI's 指定緊急避難場所 CSV (Shift_JIS or UTF-8): each site with its hazard flags.</source>
      <translation>国土地理院の指定緊急避難場所CSV（Shift_JISまたはUTF-8）：各施設と対応する災害種別のフラグ。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="46" />
      <source>GTFS-Realtime</source>
      <translation>GTFS-Realtime</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="132" />
      <source>GTFS-Realtime vehicle positions</source>
      <translation>GTFS-Realtimeの車両位置</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="133" />
      <source>GeoJSON, JSON records or CSV</source>
      <translation>GeoJSON・JSONレコード・CSV</translation>
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
      <translation>GeoPackage (*.gpkg);;GeoParquet、レイヤごとに 1 ファイル (*.parquet)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="36" />
      <source>GeoTIFF of the annual irradiation per pixel, in kWh/m², equal cell for cell to 'Solar irradiation with shadows' on the same DSM.</source>
      <translation>ピクセルごとの年間日射量（kWh/m²）の GeoTIFF。同じ DSM に対する「日射量（影を考慮、DSM）」とセルごとに一致します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="147" />
      <source>GeoTIFF of the annual irradiation per pixel, in kWh/m².</source>
      <translation>ピクセルごとの年間日射量（kWh/m²）のGeoTIFF。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>GeoTIFF of the largest depth each cell reached (m).</source>
      <translation>各セルの最大浸水深（m）のGeoTIFF。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>GeoTIFF of the largest flow velocity in each cell (m/s).</source>
      <translation>各セルの最大流速（m/s）のGeoTIFF。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>GeoTIFF of the time in seconds until the depth first reached the arrival depth.</source>
      <translation>浸水深が初めて到達判定の深さに達するまでの時間（秒）のGeoTIFF。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>GeoTIFF with two bands: band 1 (share_reaching_0.5m) and band 2 (share_reaching_3m), the share (0 to 1) of the scenarios whose maximum depth reaches 0.5 m and 3 m in each cell.</source>
      <translation>2バンドの GeoTIFF。バンド1（share_reaching_0.5m）とバンド2（share_reaching_3m）は、各セルで最大浸水深が 0.5 m と 3 m に達したシナリオの割合（0〜1）です。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="84" />
      <source>Give at least one tile name.</source>
      <translation>タイル名を1つ以上指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="206" />
      <source>Give either a DEM raster or a TIN layer.</source>
      <translation>DEMラスタかTINレイヤのどちらか一方を指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="137" />
      <source>Give either a GSI evacuation site CSV or a shelter point layer.</source>
      <translation>国土地理院の指定緊急避難場所CSVか避難場所のポイントレイヤのどちらか一方を指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="193" />
      <source>Give either flood hazard polygons or a flood depth raster.</source>
      <translation>浸水想定区域ポリゴンか浸水深ラスタのどちらか一方を指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="182" />
      <source>Give rain (intensity &gt; 0 or a hyetograph) or inflow points.</source>
      <translation>降雨（0より大きい強度またはハイエトグラフ）か流入地点を指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="107" />
      <source>Give the batch GeoPackage and the potential output together.</source>
      <translation>バッチ GeoPackage とポテンシャルの出力は両方指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="74" />
      <source>Gives every building its flood rank, depth and floors under water, with a summary of residents.</source>
      <translation>建物ごとに浸水ランク、浸水深、浸水する階数を求め、居住者数の集計を作ります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="101" />
      <source>Global horizontal irradiation of the climate: {:.0f} kWh/m²/yr</source>
      <translation>この気象条件の水平面全天日射量：{:.0f} kWh/m²/年</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="64" />
      <source>Ground DEM (default: flat ground at 0 m)</source>
      <translation>地盤 DEM（既定：標高 0 m の平坦地）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="36" />
      <source>Ground added around the buildings' extent, in metres (default 20 m), so shadows from the edge are kept.</source>
      <translation>建物の範囲の周りに加える地面の幅（m、既定20 m）。端の建物の影を残すためです。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="77" />
      <source>Ground albedo</source>
      <translation>地表面アルベド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Ground elevation raster in metres, in a projected CRS; its grid is the simulation grid and the output's.</source>
      <translation>地盤高ラスタ（メートル、投影座標系）。そのグリッドがシミュレーションと出力のグリッドになります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Ground elevation raster in metres. Give this or a TIN.</source>
      <translation>地表の標高ラスタ（m）。これかTINのどちらかを指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Ground elevation raster in metres; its grid is the simulation grid.</source>
      <translation>地表の標高ラスタ（m）。このグリッドで計算します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="28" />
      <source>Ground elevation raster the buildings stand on (metres). Empty: flat ground at 0 m.</source>
      <translation>建物が建つ地表の標高ラスタ（m）。空の場合は標高0 mの平らな地面とします。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="177" />
      <source>Ground floor level above ground (m)</source>
      <translation>1階床高（地盤から、m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="111" />
      <source>Ground heights (DTM)</source>
      <translation>地盤の高さ（DTM）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="142" />
      <source>Groups of shelters</source>
      <translation>避難場所グループ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="98" />
      <source>Hazard</source>
      <translation>災害種別</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="157" />
      <source>Hazard field</source>
      <translation>災害種別フィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Hazard polygons with a rank and/or depth: PLATEAU fld, ifld, tnm, htd and rfld water bodies (waterbody_lod1, rank or rankOrg) or lsld sediment-disaster areas (sedimentdisasterpronearea_lod1: 1 警戒, 2 特別警戒), MLIT A31 inundation areas or similar. Several hazards and scenarios may share a layer: each is assessed alone.</source>
      <translation>ランクや浸水深を持つ災害の想定区域ポリゴン：PLATEAUのfld・ifld・tnm・htd・rfldの水部（waterbody_lod1、rankまたはrankOrg）、lsldの土砂災害警戒区域（sedimentdisasterpronearea_lod1：1 警戒、2 特別警戒）、国土数値情報A31の浸水想定区域など。複数の災害種別・シナリオを1つのレイヤに含められ、それぞれを別々に評価します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="84" />
      <source>Height field (m)</source>
      <translation>高さフィールド（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Height of one storey in metres, for floors under water and storeys from heights (default 3 m).</source>
      <translation>1階分の高さ（m）。浸水する階数と、高さからの階数の推計に使います（既定3 m）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>Height of one storey in metres, used to give links and nodes a Z value (floor × height) for the 3D view. Default 3.5 m.</source>
      <translation>1階分の高さ（m）。3D表示用にリンクとノードへZ値（階 × 高さ）を付けるのに使います。既定は3.5 mです。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>Height of the ground floor above the ground, in metres (default 0.5 m): water shallower than this leaves the ground floor dry.</source>
      <translation>地盤面から1階の床までの高さ（m、既定0.5 m）。これより浅い浸水では1階は浸水しないとみなします。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="116" />
      <source>Highest available per object</source>
      <translation>地物ごとに最も詳細なLOD</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="87" />
      <source>Highest class touching (InaSAFE)</source>
      <translation>接する最高ランク（InaSAFE）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="83" />
      <source>Hotspot GeoPackage</source>
      <translation>ホットスポット GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="84" />
      <source>Hotspot links</source>
      <translation>ホットスポットのリンク数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="37" />
      <source>How a building gets its rank: the class covering most of its footprint (PLATEAU, default) or the highest class that touches it (InaSAFE).</source>
      <translation>建物のランクの決め方: 建物の範囲を最も広く覆う区分（PLATEAU方式、既定）か、建物に接する最も高い区分（InaSAFE方式）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>How a building gets its rank: the rank covering most of it (PLATEAU, default; ties go to the more dangerous rank) or the most dangerous rank touching it (InaSAFE).</source>
      <translation>建物のランクの決め方：最も広く重なるランク（PLATEAU、既定。同じ広さなら危険な方）、または少しでも重なる最も危険なランク（InaSAFE）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>How diffuse sky light is shaded: isotropic sky × sky view factor (default), or Perez, whose circumsolar part is shaded like the sun.</source>
      <translation>天空からの散乱光の遮り方：等方性の天空 × 天空率（既定）、または太陽周辺の成分を太陽と同じように遮るPerezモデル。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>How far from each facility: metres or minutes, as chosen above (default 800). Links partly within it are cut at the budget.</source>
      <translation>各施設からの範囲：上で選んだ単位（mまたは分）で指定します（既定800）。途中まで届くリンクは上限の位置で切ります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>How far to look for obstacles casting shadows, in metres (default 500 m). Larger is more exact and slower.</source>
      <translation>影を落とす障害物を探す距離（m、既定500 m）。大きいほど正確ですが時間がかかります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="25" />
      <source>How often a failed task (a tile, a scenario or a group of shelters) is tried again before it is reported by name (default 2).</source>
      <translation>失敗したタスク（タイル、シナリオ、避難場所のグループ）を名前で報告するまでに再試行する回数（既定2）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="37" />
      <source>How the release is split into tasks: 1 km JIS mesh (default; many small tasks), 10 km JIS mesh (fewer, larger tasks) or one task per GML file of the zip.</source>
      <translation>配布データをタスクに分ける方法: 1km JISメッシュ（既定。小さなタスクが多数）、10km JISメッシュ（大きなタスクが少数）、またはzip内のGMLファイルごとに1タスク。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="106" />
      <source>Hydrograph CSV</source>
      <translation>ハイドログラフCSV</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="121" />
      <source>Hyetograph CSV (overrides the intensity)</source>
      <translation>ハイエトグラフCSV（降雨強度より優先）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="94" />
      <source>Hyetograph CSV files (one scenario each)</source>
      <translation>ハイエトグラフ CSV ファイル（1ファイルが1シナリオ）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Hyetograph CSV files, one scenario each, named after the file: rows 'minutes,rain_mm_h', each intensity holding until the next row.</source>
      <translation>ハイエトグラフの CSV ファイル。1ファイルが1シナリオで、シナリオ名はファイル名です。行は「minutes,rain_mm_h」で、各強度は次の行まで続きます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="39" />
      <source>Import and validate pedestrian network (barrier-free)</source>
      <translation>歩行者ネットワークの読み込みと検証（バリアフリー）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="100" />
      <source>Inflow name field</source>
      <translation>流入地点名フィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="163" />
      <source>Inflow point '{}' has no hydrograph rows and no discharge value.</source>
      <translation>流入地点「{}」にはハイドログラフの行も流入量の値もありません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="123" />
      <source>Inflow points</source>
      <translation>流入地点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="163" />
      <source>Inflow volume (m³)</source>
      <translation>流入量（m³）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Instead of a DEM: a TIN of triangles with Z (the PLATEAU dem layer from 'Load PLATEAU CityGML'), rasterised at the cell size below.</source>
      <translation>DEMの代わりに使う、Z値を持つ三角形のTIN（「PLATEAU CityGMLを読み込む」で作ったPLATEAUのdemレイヤ）。下のセルサイズでラスタにします。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="26" />
      <source>Instead of a file: a folder whose .las/.laz files are all converted (choose a .vpc output).</source>
      <translation>ファイルの代わりに、中の.las／.lazファイルをすべて変換するフォルダ（出力は.vpcにしてください）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="88" />
      <source>Inundation from a water level</source>
      <translation>水位からの浸水範囲</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="67" />
      <source>Isotropic</source>
      <translation>等方性</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="36" />
      <source>JIS mesh</source>
      <translation>JISメッシュ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Keep datasets of this city: a name (千代田区) or the 5-digit code (13101). Empty: any.</source>
      <translation>この市区町村のデータセットだけを残します。名称（千代田区）または5桁のコード（13101）。空の場合は絞り込みません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Keep datasets of this prefecture: a name (東京都) or the 2-digit code (13). Empty: any.</source>
      <translation>この都道府県のデータセットだけを残します。名称（東京都）または2桁のコード（13）。空の場合は絞り込みません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Keep datasets of this type: a PLATEAU name (建築物モデル) or code (bldg). Empty: any.</source>
      <translation>この種別のデータセットだけを残します。PLATEAUの名称（建築物モデル）またはコード（bldg）。空の場合は絞り込みません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Keep datasets of this ward of a designated city: a name or code. Empty: any.</source>
      <translation>政令指定都市のこの区のデータセットだけを残します。名称またはコード。空の場合は絞り込みません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Keep datasets of this year (e.g. 2023). Empty: any.</source>
      <translation>この年度のデータセットだけを残します（例：2023）。空の場合は絞り込みません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="26" />
      <source>Keep only the N links with the highest scores (default 0: every link whose repair improves at least one pair).</source>
      <translation>評価の高い上位N本のリンクだけを残します（既定0: 1組でも改善するリンクをすべて残す）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Keep resources in this format, e.g. 3D Tiles, MVT, CityGML, LAS. Empty: any.</source>
      <translation>この形式のリソースだけを残します。例：3D Tiles、MVT、CityGML、LAS。空の場合は絞り込みません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Keep resources of this level of detail (e.g. 2 for LOD2). Empty: any.</source>
      <translation>この詳細度（LOD）のリソースだけを残します（例：LOD2なら2）。空の場合は絞り込みません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="77" />
      <source>Keep the top N links (0 = all that matter)</source>
      <translation>上位 N リンクを残す（0 = 影響のあるすべて）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="25" />
      <source>LAS</source>
      <translation>LAS</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="69" />
      <source>LAS/LAZ file, or zip holding LAS/LAZ files</source>
      <translation>LAS/LAZファイル、またはLAS/LAZを含むzip</translation>
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
      <translation>LOD0のみ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="27" />
      <source>LOD1</source>
      <translation>LOD1</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="116" />
      <source>LOD1 only</source>
      <translation>LOD1のみ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="117" />
      <source>LOD2 only (with roof, wall and ground surfaces)</source>
      <translation>LOD2のみ（屋根・壁・接地面を含む）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="89" />
      <source>LOD2 roof surfaces (3D polygons, heights above sea level; optional)</source>
      <translation>LOD2 屋根面（3D ポリゴン、標高値；任意）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="147" />
      <source>Large DSMs are processed in tiles of this many pixels a side (default 1024), overlapping by the search radius; smaller tiles use less memory.</source>
      <translation>大きなDSMは、一辺がこのピクセル数のタイル（既定1024）に分け、探索距離だけ重ねて処理します。小さいほどメモリ使用量が減ります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="87" />
      <source>Largest overlap (PLATEAU)</source>
      <translation>最大重なり面積（PLATEAU）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="71" />
      <source>Latitude (default: the DSM's centre)</source>
      <translation>緯度（既定：DSM の中心）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>Latitude in degrees for the sun positions (-90 to 90). Empty: the DSM's centre.</source>
      <translation>太陽位置の計算に使う緯度（度、-90〜90）。空の場合はDSMの中心です。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="112" />
      <source>Latitude path or CSV column</source>
      <translation>緯度のパスまたは CSV 列</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="138" />
      <source>Layers (first is drawn on top)</source>
      <translation>レイヤ（先頭が最前面）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Layers to print when no project is given; the first is drawn on top.</source>
      <translation>プロジェクトを指定しないときに印刷するレイヤ。最初のものが一番上に描かれます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="132" />
      <source>Layers written (name: features)</source>
      <translation>書き出したレイヤ（名前: 地物数）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="143" />
      <source>Layout templates (*.qpt)</source>
      <translation>レイアウトテンプレート (*.qpt)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="97" />
      <source>Levee breaches or inflow points (one scenario each)</source>
      <translation>破堤地点・流入地点（1地点が1シナリオ）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Levee breaches or other points where river or sewer water enters: each point is one scenario of its own (no rain), its water entering at that point.</source>
      <translation>破堤地点など、河川や下水の水が流入する地点。各地点がそれぞれ1つのシナリオ（降雨なし）で、その地点から水が流入します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="128" />
      <source>Level field (m)</source>
      <translation>水位フィールド（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="170" />
      <source>Level {} m: {} cells flooded, {:.0f} m², {:.0f} m³, deepest {:.2f} m</source>
      <translation>水位 {} m：浸水セル {} 個、{:.0f} m²、{:.0f} m³、最大浸水深 {:.2f} m</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="114" />
      <source>Levels of detail</source>
      <translation>詳細度（LOD）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="27" />
      <source>LiDAR</source>
      <translation>LiDAR</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="63" />
      <source>Links</source>
      <translation>リンク</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="84" />
      <source>Links (MLIT link layer, or OSM-style footway lines)</source>
      <translation>リンク（国交省リンクレイヤ、または OSM 形式の歩道ライン）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="104" />
      <source>Links whose data is unknown (99 / X) or too coarse to tell</source>
      <translation>データが不明（99 / X）または判定できないほど粗いリンク</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="60" />
      <source>Load PLATEAU CityGML</source>
      <translation>PLATEAU CityGMLを読み込む</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="59" />
      <source>Loads a PLATEAU release (zip, or a folder holding udx/bldg/*.gml) tile by tile and assesses every building's exposure to each flood depth raster, each tile a task on dask.distributed: a local cluster on every core, or an existing cluster (scheduler address tcp://host:8786). The tiles are merged into one GeoPackage equal to an untiled run, with a summary table per hazard; an output ending in .parquet gives one GeoParquet file per layer instead (QGIS opens them where its GDAL has the Parquet driver).

Tiles: 1 km (third-order) or 10 km (second-order) JIS mesh, or one zip member each. A failed tile is retried, then named, and the other tiles still finish. Finished tiles are kept beside the output (&lt;output&gt;.tiles) and skipped when the same run is started again; &lt;output&gt;.manifest.json records inputs, versions, parameters and each tile's status and time.

Example: qgis_process run digitaltwin:batchrun -- SOURCE=13107_sumida-ku_2023_citygml.zip HAZARDS=flood_depth_l2.tif OUTPUT=sumida.gpkg (the same as: python -m digital_twin batch ...)</source>
      <translation>PLATEAU の配布データ（zip、または udx/bldg/*.gml を含むフォルダー）をタイルごとに読み込み、浸水深ラスターごとに全建物の浸水曝露を評価します。各タイルは dask.distributed のタスクとして実行されます: 全コアのローカルクラスター、または既存のクラスター（スケジューラーのアドレス tcp://host:8786）。タイルは分割しない実行と同じ 1 つの GeoPackage に統合され、ハザードごとの集計表が付きます。出力名が .parquet で終わる場合は、代わりにレイヤごとに 1 つの GeoParquet ファイルになります（GDAL に Parquet ドライバーがある QGIS で開けます）。

タイル: 1 km（3 次）または 10 km（2 次）の JIS 地域メッシュ、または zip のメンバーごと。失敗したタイルは再試行され、それでも失敗すると名前が報告され、他のタイルは最後まで実行されます。完了したタイルは出力の隣（&lt;output&gt;.tiles）に保存され、同じ実行をもう一度始めると飛ばされます。&lt;output&gt;.manifest.json に入力、バージョン、パラメーター、各タイルの状態と時間が記録されます。

例: qgis_process run digitaltwin:batchrun -- SOURCE=13107_sumida-ku_2023_citygml.zip HAZARDS=flood_depth_l2.tif OUTPUT=sumida.gpkg（python -m digital_twin batch ... と同じ）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="35" />
      <source>Loads a whole PLATEAU release tile by tile on dask and assesses flood exposure, merged.</source>
      <translation>PLATEAUの配布データ全体をdaskでタイルごとに読み込んで浸水想定を評価し、1つに結合します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="132" />
      <source>Local catalog file or folder (offline)</source>
      <translation>ローカルのカタログファイルまたはフォルダ（オフライン）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="50" />
      <source>Local workers (0: every core)</source>
      <translation>ローカルワーカー数（0: 全コア）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="164" />
      <source>Locator inset: municipal or ward boundary</source>
      <translation>位置図: 市区町村の境界</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="74" />
      <source>Longitude (default: the DSM's centre)</source>
      <translation>経度（既定：DSM の中心）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>Longitude in degrees for the sun positions (-180 to 180). Empty: the DSM's centre.</source>
      <translation>太陽位置の計算に使う経度（度、-180〜180）。空の場合はDSMの中心です。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="113" />
      <source>Longitude path or CSV column</source>
      <translation>経度のパスまたは CSV 列</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="78" />
      <source>Lowest</source>
      <translation>最低値</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="115" />
      <source>Lowest available per object</source>
      <translation>地物ごとに最も簡易なLOD</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="27" />
      <source>MLIT</source>
      <translation>国土交通省</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="91" />
      <source>MLIT 2018</source>
      <translation>国交省 2018 年版</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="91" />
      <source>MLIT 2024</source>
      <translation>国交省 2024 年版</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="28" />
      <source>Makes a DSM (highest point) or DTM (ground) GeoTIFF from a point cloud.</source>
      <translation>点群からDSM（最も高い点）またはDTM（地表）のGeoTIFFを作ります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="116" />
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
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="56" />
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
      <location filename="../../processing_algorithms/batch_ensemble.py" line="109" />
      <source>Manning's n</source>
      <translation>マニングの粗度係数 n</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="134" />
      <source>Manning's n raster (same grid as the DEM)</source>
      <translation>粗度係数ラスタ（DEMと同じグリッド）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Manning's roughness n for every cell (default 0.03, e.g. asphalt about 0.013, grass about 0.035).</source>
      <translation>すべてのセルのマニングの粗度係数n（既定0.03。アスファルトは約0.013、草地は約0.035）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="166" />
      <source>Map extent</source>
      <translation>地図の範囲</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="110" />
      <source>Maps for residents</source>
      <translation>住民向けの地図</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="95" />
      <source>Margin around the buildings (m)</source>
      <translation>建物周囲の余白 (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="161" />
      <source>Mass balance error (%)</source>
      <translation>質量保存誤差（%）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="204" />
      <source>Mass balance: rain {:.1f} m³ + inflow {:.1f} m³ = on the grid {:.1f} m³ + outflow {:.1f} m³; error {:.4f} %</source>
      <translation>質量保存：降雨 {:.1f} m³ + 流入 {:.1f} m³ = グリッド上 {:.1f} m³ + 流出 {:.1f} m³、誤差 {:.4f} %</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="153" />
      <source>Maximum depth</source>
      <translation>最大浸水深</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="148" />
      <source>Maximum depth (m)</source>
      <translation>最大浸水深（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="207" />
      <source>Maximum flood depth</source>
      <translation>最大浸水深</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="208" />
      <source>Maximum flow velocity</source>
      <translation>最大流速</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="114" />
      <source>Maximum number of datasets from a CKAN search</source>
      <translation>CKAN 検索で取得するデータセットの最大数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="155" />
      <source>Maximum velocity</source>
      <translation>最大流速</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="78" />
      <source>Mean</source>
      <translation>平均値</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="85" />
      <source>Mean detour factor</source>
      <translation>平均迂回率</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="25" />
      <source>Memory a local worker may use before dask pauses and restarts it, e.g. 2GiB (default).</source>
      <translation>ローカルワーカー1つが使えるメモリ量。超えるとdaskが一時停止・再起動します（例: 2GiB、既定）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="52" />
      <source>Memory limit per local worker</source>
      <translation>ローカルワーカーあたりのメモリー上限</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="91" />
      <source>Merged output (GeoPackage or GeoParquet)</source>
      <translation>統合した出力（GeoPackage または GeoParquet）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="111" />
      <source>Mesh codes to read from a zip (comma-separated prefixes; empty = all)</source>
      <translation>zipから読むメッシュコード（カンマ区切りの前方一致、空欄＝すべて）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Minutes between two recorded depths of the time series (default 1).</source>
      <translation>時系列で浸水深を記録する間隔（分、既定1）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="101" />
      <source>Mobility profile</source>
      <translation>移動プロファイル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="101" />
      <source>Mobility profiles</source>
      <translation>移動プロファイル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="203" />
      <source>Monthly irradiation (kWh/m², 12 bands)</source>
      <translation>月別日射量 (kWh/m²、12 バンド)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Most datasets to fetch from a CKAN search (1 to 100,000; default 1,000). Large portals answer page by page, so more takes longer.</source>
      <translation>CKANの検索で取得するデータセットの上限（1〜100,000、既定1,000）。大きなポータルはページごとに応答するため、多いほど時間がかかります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="28" />
      <source>Names of the tiles to fetch, comma separated (Tokyo: map sheet names such as 09LD2626,09LD2627).</source>
      <translation>取得するタイルの名前（カンマ区切り。東京都では09LD2626,09LD2627のような図郭名）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="58" />
      <source>Network GeoPackage</source>
      <translation>ネットワーク GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="97" />
      <source>Network files (*.geojson *.json *.csv)</source>
      <translation>ネットワークファイル (*.geojson *.json *.csv)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="99" />
      <source>Network nodes (MLIT node file)</source>
      <translation>ネットワークのノード（国土交通省のノードファイル）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="123" />
      <source>No accessible route for {0}: every way is closed by a barrier</source>
      <translation>{0} で通れる経路がありません：すべての道がバリアで閉ざされています</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="233" />
      <source>No data source found in the layers' metadata: open data licences (CC BY, ODbL) ask printed maps to name it; give it in 'Data attribution'.</source>
      <translation>レイヤのメタデータにデータ出典が見つかりません。オープンデータのライセンス（CC BY、ODbL）は印刷した地図にも出典の記載を求めています。「データ出典」に入力してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="253" />
      <source>No hazard area has the scenario '{}'; the layer has: {}</source>
      <translation>シナリオ「{}」の想定区域がありません。レイヤにあるシナリオ：{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="272" />
      <source>No layout designer here (qgis_process): only the file was written.</source>
      <translation>ここにはレイアウトデザイナーがありません (qgis_process): ファイルだけを書き出しました。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="63" />
      <source>Nodes</source>
      <translation>ノード</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="87" />
      <source>Nodes (MLIT node layer; points or a table with lat/lon)</source>
      <translation>ノード（国交省ノードレイヤ：ポイント、または緯度経度付きの表）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="305" />
      <source>None</source>
      <translation>なし</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="299" />
      <source>None (offline)</source>
      <translation>なし（オフライン）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="149" />
      <source>Notes</source>
      <translation>注記</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="342" />
      <source>Nothing to print: every layer is empty or has no CRS.</source>
      <translation>印刷するものがありません。すべてのレイヤが空か、座標参照系がありません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="321" />
      <source>Nothing to print: give a project with visible layers, or layers.</source>
      <translation>印刷するものがありません。表示中のレイヤを含むプロジェクトか、レイヤを指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>Number of azimuth sectors of the horizon computed per pixel (8 to 360; default 32). More sectors give finer shadows and take longer.</source>
      <translation>ピクセルごとに計算する地平線の方位の分割数（8〜360、既定32）。多いほど影が細かくなりますが、時間がかかります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="26" />
      <source>Number of network nodes sampled as origins and destinations (2 to 2,000; default 100). More samples give steadier scores and take longer.</source>
      <translation>出発地・目的地として抽出するネットワークのノード数（2〜2,000、既定100）。多いほど評価は安定しますが、時間がかかります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="73" />
      <source>Number of points</source>
      <translation>点数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="27" />
      <source>OSM</source>
      <translation>OSM</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="91" />
      <source>OSM footway tags</source>
      <translation>OSM 歩道タグ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="47" />
      <source>Off (default): a folder that holds a sample district already is kept. On: that sample district is replaced. Other folders must be new or empty.</source>
      <translation>オフ（既定）：既にサンプル地区があるフォルダはそのまま残します。オン：そのサンプル地区を置き換えます。それ以外のフォルダは新規か空にしてください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="41" />
      <source>Off (default): an output file that exists already is kept and the run stops with a message. On: it is replaced by the new result.</source>
      <translation>オフ（既定）：出力ファイルが既にあれば残し、メッセージを出して停止します。オン：新しい結果で置き換えます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>Off (default): invalid XML stops the load, naming the file and line. On: broken city objects are skipped and listed, the readable ones kept.</source>
      <translation>オフ（既定）：不正なXMLがあると、ファイルと行を示して読み込みを止めます。オン：壊れた都市オブジェクトを飛ばして一覧にし、読めるものは残します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="26" />
      <source>Off (default): the run stops if an output file exists already. On: existing outputs are replaced.</source>
      <translation>オフ（既定）：出力ファイルが既にあれば停止します。オン：既存の出力を置き換えます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Off (default): the run stops if an output raster exists already. On: existing rasters are replaced.</source>
      <translation>オフ（既定）：出力ラスタが既にあれば停止します。オン：既存のラスタを置き換えます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="28" />
      <source>Off (default): tiles converted before are kept and reused. On: they are converted again and replaced.</source>
      <translation>オフ（既定）：変換済みのタイルは残して再利用します。オン：変換し直して置き換えます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="157" />
      <source>Offline basemap layers (roads, rivers, buildings, names)</source>
      <translation>オフライン背景地図のレイヤ（道路・河川・建物・地名）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Offline basemap: layers of the area drawn muted under the map, e.g. PLATEAU roads (tran), the pedestrian network, rivers, building outlines; features with a name are labelled. They do not change the map's extent.</source>
      <translation>オフライン背景地図: 地図の下に淡く描く地域のレイヤ（PLATEAU の道路 (tran)、歩行空間ネットワーク、河川、建物の輪郭など）。名前のある地物にはラベルを付けます。地図の範囲は変えません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="119" />
      <source>Offline: use cached answers only</source>
      <translation>オフライン: キャッシュ済みの応答のみ使用</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>On (default): rain on roofs reaches the ground cell nearest each roof cell, as gutters bring it down. Off: roof rain is left out.</source>
      <translation>オン（既定）：屋根に降った雨は、雨どいで下ろすように屋根の各セルに最も近い地面のセルに流します。オフ：屋根の雨は計算に入れません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>On (default): water flows out at the edges of the DEM. Off: the edges are walls.</source>
      <translation>オン（既定）：DEMの端から水が流れ出ます。オフ：端は壁になります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="80" />
      <source>One per zip member</source>
      <translation>ZIPファイル内のファイルごと</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="160" />
      <source>Online basemap (GSI tiles)</source>
      <translation>オンライン背景地図（地理院タイル）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Online basemap: GSI tiles (地理院タイル, 淡色地図 first) under everything, credited on the map. Needs the internet when exporting; None keeps the map offline.</source>
      <translation>オンライン背景地図: 地理院タイル（最初は淡色地図）を一番下に描き、地図に出典を記載します。出力時にインターネット接続が必要です。「なし」ではオフラインのままです。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="109" />
      <source>Only shelters designated for</source>
      <translation>対象とする避難場所の災害種別</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Only the shelters designated for this hazard (the CSV's hazard flags; for a point file, the suitable field). Every shelter (default): no filter.</source>
      <translation>この災害種別に指定された避難場所だけを使います（CSV では災害種別の列、ポイントのファイルでは適合フィールド）。すべての避難場所（既定）: 絞り込みません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="162" />
      <source>Only this scenario (empty = every scenario, buildings show the worst)</source>
      <translation>このシナリオのみ（空欄 = すべてのシナリオ、建物には最も危険なもの）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="28" />
      <source>Optional CSV copy of the validation findings (dangling links, unknown codes, missing floors, elevators that do not change floor, duplicate ids).</source>
      <translation>検証結果のCSV（任意）。つながっていないリンク、不明なコード、階層の欠落、階が変わらないエレベーター、重複したIDを書き出します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="36" />
      <source>Optional GeoPackage (layer solar_potential): per footprint its building_fid in the batch GeoPackage, roof area, usable area, mean irradiation, capacity (kW), yield (kWh), CO2 avoided (t/yr) and suitability.</source>
      <translation>任意の GeoPackage（レイヤ solar_potential）: 建物外形ごとに、バッチ GeoPackage での building_fid、屋根面積、設置可能面積、平均日射量、設備容量（kW）、発電量（kWh）、CO2 削減量（t/年）、適性。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="147" />
      <source>Optional GeoTIFF of the aspect in degrees, clockwise from north.</source>
      <translation>斜面の向き（北から時計回りの度）のGeoTIFF（任意）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="147" />
      <source>Optional GeoTIFF of the monthly irradiation: 12 bands, January to December, kWh/m².</source>
      <translation>月別日射量のGeoTIFF（任意）。1月〜12月の12バンド、kWh/m²。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="147" />
      <source>Optional GeoTIFF of the sky view factor: the share of the sky seen from each pixel, 0 to 1.</source>
      <translation>天空率のGeoTIFF（任意）。各ピクセルから見える空の割合（0〜1）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="147" />
      <source>Optional GeoTIFF of the surface slope in degrees.</source>
      <translation>地表面の傾斜（度）のGeoTIFF（任意）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="36" />
      <source>Optional LOD2 roof surfaces (3D polygons with absolute heights, e.g. building_lod2_roof): they replace the flat roofs where they lie. Give the DEM too.</source>
      <translation>LOD2の屋根面（標高で高さを持つ3Dポリゴン。例：building_lod2_roof。任意）。その場所では平らな屋根の代わりに使います。DEMも指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>Optional building layer: buildings whose inside point lies in an area are counted as served by it.</source>
      <translation>建物レイヤ（任意）。内部の点が範囲内にある建物を、その範囲で利用できる建物として数えます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Optional layer for an atlas: one page per feature (a district or mesh), each page zoomed to it.</source>
      <translation>地図帳にするレイヤ（任意）。地物（地区やメッシュ）ごとに1ページ作り、その地物に合わせて表示します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Optional pedestrian network (MLIT links or OSM-style footways): given, distances are step-free walking routes for the chosen mobility profile instead of straight lines.</source>
      <translation>任意の歩行者ネットワーク（国土交通省のリンク、またはOSM形式の歩道）：指定すると、直線距離の代わりに選んだ移動プロファイルの段差のない経路の距離を使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="26" />
      <source>Optional point layer of facilities (stations, shelters...). Given: trips run from each facility to sampled destinations (its catchment). Empty: random origins and destinations.</source>
      <translation>施設（駅、避難所など）のポイントレイヤ（任意）。指定すると各施設から抽出した目的地までの移動（利用圏）を評価します。空の場合は出発地と目的地を無作為に選びます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="36" />
      <source>Optional: a GeoPackage from 'Batch run over a whole city' (layer building_lod1). With an output for the potential, each footprint's rooftop solar potential is computed on the merged raster.</source>
      <translation>任意:「都市全域のバッチ実行（dask）」の GeoPackage（レイヤ building_lod1）。ポテンシャルの出力を指定すると、結合したラスタ上で各建物外形の屋根の太陽光発電ポテンシャルを計算します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="117" />
      <source>Or a TIN (PLATEAU dem triangles with Z)</source>
      <translation>またはTIN（Z値付きPLATEAU dem三角形）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>Or a point layer of shelters (PLATEAU shelter data, any points).</source>
      <translation>または避難場所のポイントレイヤ（PLATEAUの避難施設データ、任意のポイント）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="109" />
      <source>Or shelter points</source>
      <translation>または避難場所のポイント</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="71" />
      <source>Or: a folder of LAS/LAZ files</source>
      <translation>または: LAS/LAZファイルのフォルダ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="69" />
      <source>Origin</source>
      <translation>出発地</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="71" />
      <source>Origin floor (where floors are stacked)</source>
      <translation>出発地の階（階が重なる場所）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="164" />
      <source>Outflow volume (m³)</source>
      <translation>流出量（m³）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="129" />
      <source>Overlays buildings with a flood hazard map and gives every building its flood rank (1: &lt;0.5 m ... 6: ≥20 m), depth, duration, scale (L1/L2), river and the number of floors under water, plus a summary table per scale and rank: buildings, total floor area and estimated residents.

Hazard: polygons (PLATEAU fld water bodies loaded with 'Load PLATEAU CityGML', MLIT A31 inundation areas, any layer with rank and/or depth fields; empty field choices are guessed from common names) or a depth raster. Several hazards and scenarios may share the layer (hazard and scenario fields, as PLATEAU fld, ifld, tnm, htd, rfld water bodies and lsld sediment-disaster areas have): each is assessed alone and summarised; the buildings show the worst and name it. 'Only this scenario' restricts the run.

Rules: 'Largest overlap (PLATEAU)' takes the rank covering most of the building (a tie goes to the more dangerous rank) and the depth of the largest cell of that rank; 'Highest class touching (InaSAFE)' takes the most dangerous rank overlapping the building at all.

Residents come from a population field, else storeys x footprint / area per person. Floors affected: the ground floor stands 0.5 m above ground, each storey 3 m (editable).

Example: buildings of building_lod0 and waterbody_lod1 from the same PLATEAU city, rule PLATEAU -&gt; buildings styled with the GSI depth colours, and a summary ready for a report.</source>
      <translation>建物と浸水想定区域を重ね合わせ、各建物の浸水ランク（1：0.5m未満 … 6：20m以上）、浸水深、浸水継続時間、規模（L1/L2）、河川、浸水する階数を求め、規模とランクごとの集計表（建物数、延床面積、推計居住者数）を作成します。

浸水想定：ポリゴン（「PLATEAU CityGMLの読み込み」で読み込んだPLATEAU fldの水部、国土数値情報A31の浸水想定区域、ランクや浸水深のフィールドを持つ任意のレイヤ。フィールドを空欄にすると一般的な名前から推定します）または浸水深ラスタ。複数の災害種別・シナリオを1つのレイヤに含められます（災害種別とシナリオのフィールド。PLATEAUのfld・ifld・tnm・htd・rfldの水部とlsldの土砂災害警戒区域が持ちます）。それぞれを別々に評価して集計し、建物には最も危険なものとその名前を示します。「このシナリオのみ」で実行を絞り込めます。

ルール：「最大重なり面積（PLATEAU）」は建物と最も広く重なるランク（同面積ならより危険なランク）を採用し、浸水深はそのランクで最も広く重なるセルの値とします。「接する最高ランク（InaSAFE）」は建物に少しでも重なる最も危険なランクを採用します。

居住者数は人口フィールド、なければ階数×建築面積÷1人あたり床面積で推計します。浸水する階数：1階床は地盤から0.5m、階高は3m（変更可）。

例：同じPLATEAU都市のbuilding_lod0とwaterbody_lod1、ルールPLATEAU → 国土地理院の浸水深の色で表示された建物と、報告書にそのまま使える集計表。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="93" />
      <source>Overwrite a previous sample district in the folder</source>
      <translation>フォルダ内の既存のサンプル地区を上書きする</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="141" />
      <source>Overwrite an existing depth file</source>
      <translation>既存の浸水深ファイルを上書き</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="125" />
      <source>Overwrite an existing file</source>
      <translation>既存のファイルを上書きする</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="86" />
      <source>Overwrite existing files</source>
      <translation>既存のファイルを上書きする</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="152" />
      <source>Overwrite existing raster files</source>
      <translation>既存のラスタファイルを上書き</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="142" />
      <source>Own layout template (.qpt), instead of the paper above</source>
      <translation>独自のレイアウトテンプレート (.qpt)（上の用紙の代わりに使用）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="127" />
      <source>Own profiles (JSON)</source>
      <translation>独自のプロファイル（JSON）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="108" />
      <source>Own profiles (JSON; default: stored in the project, else shipped)</source>
      <translation>独自プロファイル（JSON。既定：プロジェクト保存分、なければ同梱分）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="61" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="185" />
      <source>PDF (*.pdf);;PNG image (*.png)</source>
      <translation>PDF (*.pdf);;PNG 画像 (*.png)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="27" />
      <source>PLATEAU</source>
      <translation>PLATEAU</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="196" />
      <source>PLATEAU 3D city model</source>
      <translation>PLATEAU 3D都市モデル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="107" />
      <source>PLATEAU CityGML conditions (city codes, m:mesh, r:bbox, g:place)</source>
      <translation>PLATEAU CityGML 検索条件（市区町村コード、m:メッシュ、r:範囲、g:地名）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="130" />
      <source>PLATEAU CityGML files</source>
      <translation>PLATEAU CityGML ファイル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="110" />
      <source>PLATEAU CityGML: files in this extent</source>
      <translation>PLATEAU CityGML: この範囲のファイル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="130" />
      <source>PLATEAU data catalog (3D Tiles, MVT)</source>
      <translation>PLATEAU データカタログ（3D Tiles・MVT）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="60" />
      <source>PLATEAU monthly transmissivity (clear days)</source>
      <translation>PLATEAU 月別大気透過率（晴天日）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="76" />
      <source>PLATEAU release zip or folder</source>
      <translation>PLATEAU 配布 zip またはフォルダー</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="40" />
      <source>PLATEAU rule: how much more a 15° south-tilted panel receives than a flat roof (0.5 to 2). Empty: computed from the Tokyo climate.</source>
      <translation>PLATEAUの基準で、南向き15° の架台のパネルが平らな屋根より多く受ける日射の比率（0.5〜2）。空の場合は東京の気候から計算します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="173" />
      <source>PLATEAU specification unknown</source>
      <translation>PLATEAU標準製品仕様書の版は不明</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="172" />
      <source>PLATEAU specification {} ({})</source>
      <translation>PLATEAU標準製品仕様書 第{}版（{}年）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="99" />
      <source>PLATEAU: flat roof gain of 15° south panels (default: from the Tokyo climate)</source>
      <translation>PLATEAU：陸屋根に南向き15°のパネルを置く場合の増加率（既定：東京の気象条件から算出）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="140" />
      <source>Paper</source>
      <translation>用紙</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Paper size and orientation of the bundled layout (default A4 portrait).</source>
      <translation>同梱のレイアウトの用紙サイズと向き（既定A4縦）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="85" />
      <source>Pedestrian links</source>
      <translation>歩行者リンク</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="101" />
      <source>Pedestrian network links</source>
      <translation>歩行空間ネットワーク（リンク）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="96" />
      <source>Pedestrian network links (GeoJSON or CSV)</source>
      <translation>歩行空間ネットワークのリンク（GeoJSON または CSV）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="102" />
      <source>Pedestrian network nodes</source>
      <translation>歩行空間ネットワーク（ノード）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="84" />
      <source>Pedestrian nodes</source>
      <translation>歩行者ノード</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="69" />
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
      <location filename="../../processing_algorithms/solar_potential.py" line="38" />
      <source>Per building: usable roof area, PV capacity, yield, CO2 avoided and suitability.</source>
      <translation>建物ごとに、設置可能な屋根面積、太陽光発電の容量、発電量、CO2削減量、適性を求めます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="67" />
      <source>Perez (circumsolar part shaded like the sun)</source>
      <translation>Perez（太陽周辺光も直達光と同様に影を考慮）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="93" />
      <source>Performance ratio</source>
      <translation>システム出力係数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="28" />
      <source>Pixel size of the DSM in metres (default 1 m). Smaller pixels show roofs better and grow the file with the square.</source>
      <translation>DSMのピクセルサイズ（m、既定1 m）。小さいほど屋根の形を細かく表せますが、ファイルは2乗で大きくなります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="108" />
      <source>Plain shortest route</source>
      <translation>通常の最短経路</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="81" />
      <source>Plain shortest route length (m)</source>
      <translation>通常の最短経路長（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="70" />
      <source>Point cloud (.las, .laz, .copc.laz)</source>
      <translation>点群 (.las, .laz, .copc.laz)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="100" />
      <source>Point cloud (LAZ)</source>
      <translation>点群（LAZ）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="47" />
      <source>Point cloud to DSM/DTM raster</source>
      <translation>点群からDSM/DTMラスタを作成</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="45" />
      <source>Point clouds</source>
      <translation>点群</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>Point layer of the facilities to reach (stations, shelters, hospitals...). Each gets one area per profile.</source>
      <translation>到達先の施設（駅、避難所、病院など）のポイントレイヤ。施設ごと、プロファイルごとに範囲を1つ作ります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="145" />
      <source>Point name field</source>
      <translation>地点名フィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="142" />
      <source>Points for depth time series</source>
      <translation>水深時系列を出力する地点</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Points where river or sewer water enters (e.g. a levee breach).</source>
      <translation>河川や下水の水が流れ込む地点（破堤箇所など）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Points where the depth is recorded over time, into the depth time series table.</source>
      <translation>浸水深を時系列で記録する地点。浸水深の時系列の表に書き出します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="171" />
      <source>Population field</source>
      <translation>人口フィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="93" />
      <source>Population field of the buildings</source>
      <translation>建物の人口フィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="135" />
      <source>Prefecture (name or 2-digit code)</source>
      <translation>都道府県（名称または2桁コード）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="145" />
      <source>Preset</source>
      <translation>プリセット</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="60" />
      <source>Prints a resident map (PDF/PNG) with legend, scale, north arrow, notes and data credits.</source>
      <translation>凡例、縮尺、方位、注記、データの出典を入れた住民向けの地図（PDF/PNG）を作ります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="111" />
      <source>Profile id from your profiles file, instead of the list above</source>
      <translation>上の一覧の代わりに使うプロファイル ID（独自ファイル内）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="176" />
      <source>Profiles ({0}): {1}</source>
      <translation>プロファイル（{0}）：{1}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="36" />
      <source>Projected CRS (metres) of the DSM. Empty: the layer's if projected, else the nearest JGD2011 plane rectangular zone (Tokyo: EPSG:6677).</source>
      <translation>DSMの投影座標系（メートル単位）。空の場合、レイヤが投影座標系ならそれを、そうでなければ最も近いJGD2011平面直角座標系（東京都：EPSG:6677）を使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>QGIS desktop: keep the layout in the current project (its layers in a hidden group) and open it in the layout designer for the last touches. qgis_process writes the file only.</source>
      <translation>QGIS デスクトップ: レイアウトを現在のプロジェクトに保存し（レイヤは非表示のグループに入れます）、仕上げのためにレイアウトデザイナーで開きます。qgis_process ではファイルだけを書き出します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="135" />
      <source>QGIS project (its visible layers are printed)</source>
      <translation>QGIS プロジェクト（表示中のレイヤを印刷）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="136" />
      <source>QGIS projects (*.qgz *.qgs)</source>
      <translation>QGIS プロジェクト (*.qgz *.qgs)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="92" />
      <source>Rain intensities (mm/h, one scenario each)</source>
      <translation>降雨強度（mm/h、1つの値が1シナリオ）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="180" />
      <source>Rain intensities: '{}' is not an intensity in mm/h (give numbers such as 50, 100).</source>
      <translation>降雨強度: '{}' は mm/h の強度ではありません（50, 100 のように数値で指定してください）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="119" />
      <source>Rain intensity (mm/h)</source>
      <translation>降雨強度（mm/h）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="138" />
      <source>Rain on roofs runs off onto the ground beside the building</source>
      <translation>屋根の雨を建物わきの地面に流す</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="162" />
      <source>Rain volume (m³)</source>
      <translation>降雨量（m³）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="73" />
      <source>Random seed</source>
      <translation>乱数シード</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="152" />
      <source>Rank field (1-6)</source>
      <translation>ランクフィールド（1〜6）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="100" />
      <source>Rank field (exposed when above 0)</source>
      <translation>ランクのフィールド（0より大きいと想定区域内）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="24" />
      <source>Ranks the barrier links whose repair would shorten accessible trips the most.</source>
      <translation>改修すると移動しやすさが最も改善するバリアのリンクを順位付けします。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="47" />
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
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="75" />
      <source>Raster</source>
      <translation>ラスタ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="67" />
      <source>Rasterises building footprints with a height field (PLATEAU measuredHeight, in metres) onto a DEM, or onto flat ground at 0 m, into a DSM GeoTIFF for 'Solar irradiation with shadows'. Each roof is flat at the lowest ground under the footprint plus the building's height; a pixel belongs to a building when its centre is inside the footprint. Buildings without a positive height are left out. LOD2 roof surfaces, when given, replace the flat roofs where they lie: each planar piece is burnt on its own plane from its 3D vertices (absolute heights, as in PLATEAU: give the DEM too).

The DSM is in a projected CRS: the one given, else the layer's if it is projected, else the nearest JGD2011 plane rectangular zone (Tokyo: EPSG:6677).

Example: qgis_process run digitaltwin:buildingsdsm -- BUILDINGS=bldg.gpkg HEIGHT_FIELD=measuredHeight CELL_SIZE=1 OUTPUT=dsm.tif</source>
      <translation>高さフィールド（PLATEAU の measuredHeight、メートル）を持つ建物フットプリントを、DEM または標高 0 m の平坦地の上にラスタ化し、「日射量（影を考慮、DSM）」用の DSM GeoTIFF を作ります。各屋根はフットプリント内の最も低い地盤高＋建物高さの平面です。ピクセル中心がフットプリント内にあるとき、そのピクセルは建物に属します。正の高さを持たない建物は除外します。LOD2 屋根面を指定すると、その範囲では平らな屋根の代わりに、各平面部分を 3D 頂点から求めた平面として書き込みます（PLATEAU と同じ標高値なので DEM も指定してください）。

DSM は投影座標系で作ります：指定した座標系、なければレイヤの座標系（投影座標系の場合）、それもなければ最も近い JGD2011 平面直角座標系（東京：EPSG:6677）。

例：qgis_process run digitaltwin:buildingsdsm -- BUILDINGS=bldg.gpkg HEIGHT_FIELD=measuredHeight CELL_SIZE=1 OUTPUT=dsm.tif</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="47" />
      <source>Rasterises the LOD1 buildings of a batch GeoPackage (layer building_lod1 with measured_height) onto a DEM, or onto flat ground at 0 m, into one DSM GeoTIFF, each tile a task on dask.distributed: a local cluster on every core, or an existing cluster (scheduler address tcp://host:8786).

Each roof is flat at the lowest ground under its footprint plus its height, as in 'DSM from building heights'. A tile is burnt with a halo as wide as the largest footprint and keeps only its own cells, so the merged DSM equals one untiled DSM cell for cell, seams included. The grid covers the buildings' extent, snapped to whole cells, in the GeoPackage's CRS.

Example: qgis_process run digitaltwin:batchdsm -- BUILDINGS=sumida.gpkg DEM=dem.tif CELL_SIZE=1 OUTPUT=sumida_dsm.tif (the same as: python -m digital_twin dsm ...)</source>
      <translation>バッチ GeoPackage の LOD1 建物（measured_height を持つレイヤ building_lod1）を DEM 上、または標高 0 m の平坦地上にラスタ化し、1つの DSM GeoTIFF にします。各タイルは dask.distributed のタスクとして、全コアのローカルクラスタ、または既存のクラスタ（スケジューラのアドレス tcp://host:8786）で実行されます。

「建物高さから DSM を作成（LOD1）」と同じく、各屋根は外形の下の最も低い地盤高に建物の高さを加えた平らな面です。タイルは最大の建物外形と同じ幅のハローを付けて焼き込み、自分のセルだけを残すため、結合した DSM は境界も含めてタイル分割しない DSM とセルごとに一致します。グリッドは建物の範囲をセル単位に広げたもので、GeoPackage の座標系です。

例: qgis_process run digitaltwin:batchdsm -- BUILDINGS=sumida.gpkg DEM=dem.tif CELL_SIZE=1 OUTPUT=sumida_dsm.tif（python -m digital_twin dsm ... と同じ）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="122" />
      <source>Reachable links</source>
      <translation>到達可能なリンク</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="42" />
      <source>Reads MLIT pedestrian network data (歩行空間ネットワークデータ: link and node layers as GeoJSON, Shapefile, GeoPackage or CSV with lat/lon) or OSM-style footway lines (highway=steps, incline, kerb:height, width, oneway, tactile_paving), detects the code set (2018, 2024 or OSM; choose it yourself when a 2024 file uses no 2024-only code) and validates it: dangling links, codes outside the code set (treated as unknown), missing floors, elevators that do not change floor, duplicate ids.

Output: a GeoPackage with 'links' (3D lines, Z from floors; the physical ranges behind the codes and, for every shipped profile, 'open', 'closed' or 'unknown'), 'nodes' (3D points with floor) and 'issues' (the validation report), plus the report as CSV when asked.

Example: qgis_process run digitaltwin:barrierfreeimport -- LINKS=link.shp NODES=node.shp OUTPUT=network.gpkg REPORT=report.csv</source>
      <translation>国土交通省の歩行空間ネットワークデータ（リンクとノードのレイヤ。GeoJSON、Shapefile、GeoPackage、または緯度経度付き CSV）または OSM 形式の歩道ライン（highway=steps、incline、kerb:height、width、oneway、tactile_paving）を読み込み、コード体系（2018年版、2024年版、OSM。2024年版のファイルが2024年版にしかないコードを使っていない場合は自分で選んでください）を判定して検証します: 端がつながっていないリンク、コード体系にないコード（不明として扱います）、階の欠落、階が変わらないエレベーター、重複した ID。

出力: GeoPackage。'links'（3D ライン、Z は階から。コードが表す物理的な範囲と、同梱の各プロファイルについて 'open'・'closed'・'unknown'）、'nodes'（階を持つ 3D ポイント）、'issues'（検証レポート）。指定すればレポートを CSV でも出力します。

例: qgis_process run digitaltwin:barrierfreeimport -- LINKS=link.shp NODES=node.shp OUTPUT=network.gpkg REPORT=report.csv</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="69" />
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
      <location filename="../../processing_algorithms/load_citygml.py" line="33" />
      <source>Reads PLATEAU CityGML (file, release zip or URL) into one styled GeoPackage.</source>
      <translation>PLATEAUのCityGML（ファイル、公開zip、URL）を1つのスタイル付きGeoPackageに読み込みます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="26" />
      <source>Reads and validates an MLIT or OSM pedestrian network into a 3D GeoPackage.</source>
      <translation>国土交通省またはOSMの歩行者ネットワークを読み込んで検証し、3DのGeoPackageにします。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="75" />
      <source>Realtime</source>
      <translation>リアルタイム</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="72" />
      <source>Realtime feed snapshot</source>
      <translation>リアルタイムフィードのスナップショット</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="178" />
      <source>Realtime snapshot</source>
      <translation>リアルタイムスナップショット</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="110" />
      <source>Records path in the JSON (dot separated)</source>
      <translation>JSON 内のレコードのパス（ドット区切り）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="185" />
      <source>Resident map</source>
      <translation>住民向け地図</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="130" />
      <source>Residents beyond reach</source>
      <translation>到達できない居住者</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="103" />
      <source>Residents field</source>
      <translation>居住者数のフィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="129" />
      <source>Residents reaching a shelter</source>
      <translation>避難場所に到達できる居住者</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="180" />
      <source>Resolution (dpi)</source>
      <translation>解像度 (dpi)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Resolution of the PNG and of rasters inside the PDF, in dots per inch (72 to 600; default 200).</source>
      <translation>PNGと、PDF内のラスタの解像度（dpi、72〜600、既定200）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="80" />
      <source>Resource URL</source>
      <translation>リソースの URL</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="54" />
      <source>Retries of a failed task</source>
      <translation>失敗したタスクの再試行回数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="104" />
      <source>River channel</source>
      <translation>河川（流路）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="156" />
      <source>River field</source>
      <translation>河川名フィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="125" />
      <source>River level layer (overrides the number)</source>
      <translation>河川水位レイヤ（数値より優先）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="60" />
      <source>Rooftop solar potential per building</source>
      <translation>建物別の屋根上太陽光発電ポテンシャル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="78" />
      <source>Route GeoPackage</source>
      <translation>経路 GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="79" />
      <source>Route length (m)</source>
      <translation>経路長（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="80" />
      <source>Route time (min)</source>
      <translation>所要時間（分）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="126" />
      <source>Rows written</source>
      <translation>書き出した行数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="86" />
      <source>Rule</source>
      <translation>判定ルール</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="95" />
      <source>SHA-256 of the file</source>
      <translation>ファイルの SHA-256</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="63" />
      <source>Sample data</source>
      <translation>サンプルデータ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="141" />
      <source>Sample district</source>
      <translation>サンプル地区</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="94" />
      <source>Sample district folder</source>
      <translation>サンプル地区の出力フォルダ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="70" />
      <source>Sampled nodes (origins and destinations)</source>
      <translation>標本ノード数（出発点と目的地）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="86" />
      <source>Scale (1 = the bundled district; n = n times wider and taller)</source>
      <translation>規模（1 = 同梱の地区、n = 東西・南北とも n 倍）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="155" />
      <source>Scale field (L1/L2)</source>
      <translation>規模フィールド（L1/L2）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="158" />
      <source>Scenario field</source>
      <translation>シナリオフィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="126" />
      <source>Scenario per hazard for the building columns (empty = worst)</source>
      <translation>建物の列に使う災害種別ごとのシナリオ（空 = 最も危険なもの）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="115" />
      <source>Scenarios</source>
      <translation>シナリオ数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="75" />
      <source>Search a data catalog</source>
      <translation>データカタログを検索</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="105" />
      <source>Search text</source>
      <translation>検索語</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="42" />
      <source>Searches PLATEAU, CKAN, TerriaJS or a local catalog and lists the resources in a table.</source>
      <translation>PLATEAU、CKAN、TerriaJS、ローカルのカタログを検索し、リソースを表にまとめます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="84" />
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
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>Seconds to wait for the server on each request (1 to 600; default 30).</source>
      <translation>各リクエストでサーバーを待つ秒数（1〜600、既定30）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="47" />
      <source>Seed of the random generator (default 20250901): the same seed and scale always give the same files.</source>
      <translation>乱数のシード（既定20250901）。同じシードと大きさなら常に同じファイルになります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="26" />
      <source>Seed of the random sampling (default 0): the same seed on the same data gives the same ranking.</source>
      <translation>無作為抽出の乱数シード（既定0）。同じデータと同じシードなら同じ順位になります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="134" />
      <source>Seeds: river or points where the water comes from</source>
      <translation>起点：河川または水が来る地点</translation>
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
      <translation>到達圏 GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="96" />
      <source>Service areas</source>
      <translation>到達圏</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="88" />
      <source>Several tiles make one layer through a .vpc output.</source>
      <translation>複数のタイルは .vpc 出力で1つのレイヤになります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="80" />
      <source>Shadow search radius (m)</source>
      <translation>影の探索半径 (m)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="138" />
      <source>Share of flood scenarios reaching 0.5 m</source>
      <translation>浸水深 0.5 m に達する洪水シナリオの割合</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>Share of light the ground reflects, 0 to 1 (default 0.15, typical for towns).</source>
      <translation>地面が反射する光の割合（0〜1、既定0.15。市街地の一般的な値）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="114" />
      <source>Share of scenarios reaching 0.5 m and 3 m</source>
      <translation>浸水深 0.5 m と 3 m に達するシナリオの割合</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="40" />
      <source>Share of the panels' rated output delivered after losses (0.1 to 1; default 0.88). Yield = capacity × irradiation × this ratio.</source>
      <translation>損失を除いて実際に得られる出力の割合（0.1〜1、既定0.88）。発電量=容量 × 日射量 × この値。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="107" />
      <source>Shelter files (*.csv *.gpkg *.geojson *.json);;All files (*)</source>
      <translation>避難場所ファイル (*.csv *.gpkg *.geojson *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="111" />
      <source>Shelter id field (point file)</source>
      <translation>避難場所 ID フィールド（ポイントのファイル）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="110" />
      <source>Shelter name field</source>
      <translation>避難場所の名前のフィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="112" />
      <source>Shelter name field (point file)</source>
      <translation>避難場所名フィールド（ポイントのファイル）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="81" />
      <source>Shelter reach and load</source>
      <translation>避難場所への到達と収容</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="141" />
      <source>Shelters</source>
      <translation>避難場所</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="106" />
      <source>Shelters (GSI CSV or point file)</source>
      <translation>避難場所（国土地理院 CSV またはポイントのファイル）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="155" />
      <source>Shelters (GSI evacuation site CSV or a point layer)</source>
      <translation>避難場所（国土地理院の指定緊急避難場所 CSV またはポイントレイヤ）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="132" />
      <source>Shelters per task</source>
      <translation>1 タスクあたりの避難場所数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Shelters per task (default 8): fewer, larger tasks cost less overhead; more spread better.</source>
      <translation>1 タスクあたりの避難場所数（既定 8）: 少数の大きなタスクはオーバーヘッドが小さく、多数の小さなタスクはよく分散します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="128" />
      <source>Shelters with their load</source>
      <translation>割り当て人数付きの避難場所</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="152" />
      <source>Shelters {} done ({}/{})</source>
      <translation>避難場所 {} 完了（{}/{}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="154" />
      <source>Shelters {} failed: {}</source>
      <translation>避難場所 {} 失敗: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="36" />
      <source>Side of one task's tile in metres (default 2000 m). Each tile also reads a halo as wide as the shadow search reaches; at 1 m a 2000 m tile needs about 0.8 GB per worker.</source>
      <translation>1つのタスクが受け持つタイルの一辺（メートル、既定 2000 m）。各タイルは影の探索が届く幅のハローも読みます。1 m 解像度で 2000 m のタイルはワーカーあたり約 0.8 GB を使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="28" />
      <source>Side of one task's tile in metres (default 500 m). Each tile also reads a halo as wide as the largest footprint, so buildings on a seam are whole.</source>
      <translation>1つのタスクが受け持つタイルの一辺（メートル、既定 500 m）。各タイルは最大の建物外形と同じ幅の周辺部（ハロー）も読むため、境界にまたがる建物も欠けません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Simulated time in minutes (default 60).</source>
      <translation>計算する時間（分、既定60）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="44" />
      <source>Simulated time of every scenario in minutes (default 60).</source>
      <translation>各シナリオの計算時間（分、既定 60）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="72" />
      <source>Simulates every scenario on the DEM with the model of 'Flood simulation (2D, rain and inflows)' (the edges of the DEM as walls), each simulation a task on dask.distributed: a local cluster on every core, or an existing cluster (scheduler address tcp://host:8786). Scenarios: constant rain intensities (mm/h), hyetograph CSV files ('minutes,rain_mm_h'), and levee breaches or other inflow points, each point a scenario of its own (no rain) with a constant inflow (m³/s) from a field or a hydrograph CSV ('minutes,m3_per_s[,point]').

Output: a GeoTIFF whose band 1 holds, per cell, the share of scenarios whose maximum depth reaches 0.5 m (water above the floor of most houses) and band 2 the share reaching 3 m (the first floor under water). On the map, band 1 is shown in blues; cells no scenario floods are transparent. A failed scenario is retried, then named; the output is written only when every scenario ran.

Example: qgis_process run digitaltwin:batchensemble -- DEM=dem.tif RAIN='50,100,150' HYETOGRAPHS=burst.csv INFLOW_POINTS=breaches.gpkg INFLOW_FIELD=q DURATION=60 OUTPUT=shares.tif (the same as: python -m digital_twin ensemble ...)</source>
      <translation>各シナリオを「洪水シミュレーション（2次元、降雨・流入）」のモデル（DEM の端は壁）で DEM 上に計算します。各シミュレーションは dask.distributed のタスクとして、全コアのローカルクラスタ、または既存のクラスタ（スケジューラのアドレス tcp://host:8786）で実行されます。シナリオ: 一定の降雨強度（mm/h）、ハイエトグラフの CSV ファイル（「minutes,rain_mm_h」）、破堤地点などの流入地点。流入地点はそれぞれ1つのシナリオ（降雨なし）で、フィールドの一定流入量（m³/s）またはハイドログラフ CSV（「minutes,m3_per_s[,point]」）の流入量を与えます。

出力: GeoTIFF。バンド1はセルごとに最大浸水深が 0.5 m（多くの住宅で床上浸水）に達したシナリオの割合、バンド2は 3 m（1階が水没）に達した割合です。地図ではバンド1を青系で表示し、どのシナリオでも浸水しないセルは透明です。失敗したシナリオは再試行のうえ名前で報告され、出力はすべてのシナリオが計算できたときだけ書き出されます。

例: qgis_process run digitaltwin:batchensemble -- DEM=dem.tif RAIN='50,100,150' HYETOGRAPHS=burst.csv INFLOW_POINTS=breaches.gpkg INFLOW_FIELD=q DURATION=60 OUTPUT=shares.tif（python -m digital_twin ensemble ... と同じ）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="56" />
      <source>Simulates rain and river inflow flowing over the ground: maximum depth, velocity and arrival time.</source>
      <translation>雨と河川からの流入が地表を流れる様子を計算し、最大浸水深、最大流速、到達時間を求めます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="100" />
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
      <location filename="../../processing_algorithms/solar_irradiance.py" line="95" />
      <source>Site: latitude {:.5f}, longitude {:.5f}</source>
      <translation>地点：緯度 {:.5f}、経度 {:.5f}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="94" />
      <source>Size in bytes</source>
      <translation>サイズ（バイト）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="47" />
      <source>Size of the district: 1 (default) is the bundled 1 km × 0.9 km district with about 420 buildings; n makes it n times wider and taller (up to 10).</source>
      <translation>地区の大きさ：1（既定）は同梱の1 km × 0.9 km、約420棟の地区です。nにすると縦横それぞれn倍になります（最大10）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="40" />
      <source>Size the catalog lists for the file, in bytes; a download of another size is removed. 0 (default): not checked.</source>
      <translation>カタログに記載されたファイルサイズ（バイト）。サイズが違うダウンロードは削除します。0（既定）：確認しません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="122" />
      <source>Skip broken city objects and keep the readable ones</source>
      <translation>壊れた都市オブジェクトを飛ばし、読めるものを残す</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="154" />
      <source>Skipped: {}</source>
      <translation>スキップ: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="204" />
      <source>Sky view factor</source>
      <translation>天空率</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="205" />
      <source>Slope (degrees)</source>
      <translation>傾斜角（度）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="125" />
      <source>Snapshot GeoPackage</source>
      <translation>スナップショット GeoPackage</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="165" />
      <source>Solar irradiation with shadows (DSM)</source>
      <translation>日射量（影を考慮、DSM）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="133" />
      <source>Solar potential</source>
      <translation>太陽光発電ポテンシャル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="90" />
      <source>Solar potential per building</source>
      <translation>建物ごとの太陽光発電ポテンシャル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="103" />
      <source>Static GTFS zip (file or URL) for names (GTFS-Realtime)</source>
      <translation>名称用の静的 GTFS zip（ファイルまたは URL、GTFS-Realtime）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="176" />
      <source>Storey height (m)</source>
      <translation>階高（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="120" />
      <source>Storey height for Z (m per floor)</source>
      <translation>Z の階高（1 階あたり m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="169" />
      <source>Storeys field</source>
      <translation>地上階数フィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="148" />
      <source>Subtitle</source>
      <translation>サブタイトル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Subtitle printed under the title. Empty: the preset's subtitle.</source>
      <translation>タイトルの下に印刷するサブタイトル。空の場合はプリセットのサブタイトルを使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="111" />
      <source>Suitable field (1 = suits the hazard)</source>
      <translation>適否のフィールド（1 = 災害に適する）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="113" />
      <source>Suitable field (point file; 1 = suits the hazard)</source>
      <translation>適合フィールド（ポイントのファイル。1 = その災害に適する）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="111" />
      <source>Surface heights (DSM)</source>
      <translation>表面の高さ（DSM）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="59" />
      <source>Table of the depth at each time series point, every interval.</source>
      <translation>時系列の各地点での、間隔ごとの浸水深の表。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="119" />
      <source>Target CRS (empty = JGD2011 plane rectangular zone of the data)</source>
      <translation>出力座標参照系（空欄＝データのJGD2011平面直角座標系）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="131" />
      <source>TerriaJS catalog (Tokyo Digital Twin 3D viewer)</source>
      <translation>TerriaJS カタログ（東京都デジタルツイン3Dビューア）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Text of the notes box (several lines allowed). Empty: the preset's notes.</source>
      <translation>注記欄の文章（複数行可）。空の場合はプリセットの注記を使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="122" />
      <source>The DEM could not be opened.</source>
      <translation>DEM を開けませんでした。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="124" />
      <source>The DEM must be in a projected CRS (metres).</source>
      <translation>DEMは投影座標系（メートル）である必要があります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="36" />
      <source>The DSM (terrain + buildings) in a projected CRS in metres, e.g. from 'Batch DSM from building heights'.</source>
      <translation>メートル単位の投影座標系の DSM（地形+建物）。例:「建物高さから DSM をバッチ作成（dask）」の結果。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="147" />
      <source>The DSM (terrain + buildings) in a projected CRS in metres, e.g. from 'DSM from building heights' or 'Point cloud to DSM'.</source>
      <translation>メートル単位の投影座標系のDSM（地形+建物）。例:「建物高さから DSM を作成（LOD1）」や「点群からDSM/DTMラスタを作成」の結果。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="176" />
      <source>The DSM CRS must be projected, in metres (Tokyo: EPSG:6677).</source>
      <translation>DSM の座標参照系はメートル単位の投影座標系にしてください（東京：EPSG:6677）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="28" />
      <source>The DSM GeoTIFF (heights in metres) over the buildings' extent, equal cell for cell to 'DSM from building heights' with no margin; ready for 'Batch solar irradiation with shadows'.</source>
      <translation>建物の範囲の DSM GeoTIFF（高さ、メートル）。余白 0 の「建物高さから DSM を作成（LOD1）」とセルごとに一致し、「日射量のバッチ計算（影を考慮、dask）」にそのまま使えます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="36" />
      <source>The DSM GeoTIFF to write (heights in metres), ready for 'Solar irradiation with shadows'.</source>
      <translation>出力するDSMのGeoTIFF（高さはm）。「日射量（影を考慮、DSM）」にそのまま使えます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="101" />
      <source>The DSM could not be opened.</source>
      <translation>DSM を開けませんでした。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="40" />
      <source>The DSM the irradiation was computed from (same grid), for roof slope and aspect.</source>
      <translation>日射量の計算に使ったDSM（同じグリッド）。屋根の傾斜と向きに使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>The GeoPackage to write (layer 'realtime'), with the fetch time 'fetched_at' (UTC) on every feature.</source>
      <translation>出力するGeoPackage（レイヤ'realtime'）。すべての地物に取得時刻'fetched_at'（UTC）を付けます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="26" />
      <source>The GeoPackage to write, with the layer 'hotspots': rank, score, pairs improved and reconnected, and why each link is a barrier.</source>
      <translation>出力するGeoPackage。レイヤ'hotspots'に順位、評価値、改善・再接続される組の数、バリアである理由を書き込みます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="28" />
      <source>The GeoPackage to write: 'links' (3D lines with the physical ranges behind the codes and each shipped profile's open/closed/unknown), 'nodes' and 'issues'.</source>
      <translation>出力するGeoPackage。'links'（コードが表す物理的な値の範囲と、同梱の各プロファイルでの通行可・不可・不明を持つ3Dライン）、'nodes'、'issues'を書き込みます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="31" />
      <source>The GeoPackage to write: 'route' (length, time at the profile's speed, detour factor), 'plain_route' and 'barriers' (links of the plain route closed to the profile, with reasons).</source>
      <translation>出力するGeoPackage。'route'（距離、プロファイルの速度での所要時間、迂回率）、'plain_route'、'barriers'（通常の経路のうちそのプロファイルでは通れないリンクとその理由）を書き込みます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>The GeoPackage to write: 'service_areas' (one polygon per facility and profile, with reachable length, buildings and population) and 'reachable_links'.</source>
      <translation>出力するGeoPackage。'service_areas'（施設・プロファイルごとのポリゴン。到達できる延長、建物数、人口）と'reachable_links'を書き込みます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>The GeoPackage to write: building_lod0/1/2, roof, wall and ground surfaces, building_risk and other city objects, styled for 2D and 3D.</source>
      <translation>出力するGeoPackage。building_lod0/1/2、屋根・壁・底面、building_risk、その他の都市オブジェクトを、2Dと3Dのスタイル付きで書き込みます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>The MLIT node file of the network (GeoJSON, or CSV with lat/lon). Empty for OSM-style lines.</source>
      <translation>ネットワークの国土交通省ノードファイル（GeoJSON、または lat/lon 列のある CSV）。OSM 形式のラインでは空にします。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>The MLIT node layer (node_id, floor): points, or a table with lat/lon columns. Needed for MLIT data; leave empty for OSM-style lines, whose nodes are their end points.</source>
      <translation>国土交通省形式のノードレイヤ（node_id、階層）：ポイント、または緯度・経度列のある表。国土交通省のデータでは必須です。OSM形式のラインでは端点がノードになるため空のままにします。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="254" />
      <source>The Manning's n raster must have the DEM's grid.</source>
      <translation>粗度係数ラスタはDEMと同じグリッドである必要があります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>The PDF or PNG to write. An atlas makes one PDF with a page per feature, or &lt;name&gt;_&lt;page&gt;.png files.</source>
      <translation>出力するPDFまたはPNG。地図帳では地物ごとのページを持つ1つのPDF、または&lt;名前&gt;_&lt;ページ&gt;.pngを作ります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="40" />
      <source>The annual irradiation raster (kWh/m²) from 'Solar irradiation with shadows'.</source>
      <translation>「日射量（影を考慮、DSM）」の年間日射量ラスタ（kWh/m²）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="28" />
      <source>The area each profile can reach from facilities within a distance or time, and who it serves.</source>
      <translation>施設から距離または時間の範囲内で、プロファイルごとに到達できる範囲と、その範囲に住む人を求めます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="209" />
      <source>The buildings layer (BUILDINGS) has no building with a geometry: nothing to assess.</source>
      <translation>建物レイヤ（BUILDINGS）にジオメトリを持つ建物がありません。評価する対象がありません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="108" />
      <source>The buildings layer could not be opened.</source>
      <translation>建物レイヤを開けませんでした。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="134" />
      <source>The buildings layer has no polygons.</source>
      <translation>建物レイヤにポリゴンがありません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="40" />
      <source>The buildings with roof area, usable area, mean irradiation, capacity (kW), annual yield (kWh), CO2 avoided (t/yr) and suitability class.</source>
      <translation>屋根面積、設置可能面積、平均日射量、容量（kW）、年間発電量（kWh）、CO2削減量（t/年）、適性区分を持つ建物。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="77" />
      <source>The buildings with their flood rank, depth, duration, scale, river, floors under water and residents, styled with the GSI depth colours.</source>
      <translation>浸水ランク、浸水深、継続時間、規模、河川、浸水する階数、居住者数を持つ建物。国土地理院の浸水深の色で表示します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>The buildings with their shelter, its distance and whether they are beyond reach.</source>
      <translation>建物と、その避難場所・距離・到達できないかどうか。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="26" />
      <source>The buildings' DSM of a whole batch run, tile by tile on dask, equal to one untiled DSM.</source>
      <translation>バッチ実行の建物 DSM を dask でタイルごとに作成します。タイル分割しない DSM と一致します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>The catalog's URL, file or folder. Empty: the default of the chosen type (for CKAN: the G-Spatial Information Center).</source>
      <translation>カタログのURL、ファイルまたはフォルダ。空の場合は選んだ種類の既定（CKANならG空間情報センター など）を使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="200" />
      <source>The depth raster must be in a projected CRS (metres).</source>
      <translation>浸水深ラスタは投影座標系（メートル）である必要があります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="30" />
      <source>The elevation GeoTIFF to write (Float32, metres, no data -9999).</source>
      <translation>出力する標高のGeoTIFF（Float32、m、データなしは-9999）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>The flood depth GeoTIFF to write (water level minus ground, metres).</source>
      <translation>出力する浸水深のGeoTIFF（水位 − 地盤高、m）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>The flooded areas as polygons in the GSI depth classes, with their area.</source>
      <translation>国土地理院の浸水深の区分ごとの浸水範囲ポリゴンと面積。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="47" />
      <source>The folder to write the district into: new or empty.</source>
      <translation>地区を書き出すフォルダ。新規か空のフォルダにしてください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="244" />
      <source>The hazard layer needs a rank field or a depth field; choose one.</source>
      <translation>浸水想定レイヤにはランクまたは浸水深のフィールドが必要です。選択してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>The hazard: residents go only to shelters designated for it (river and reservoir floods: 洪水, inland flood: 内水氾濫, tsunami: 津波, high tide: 高潮, landslide: 崖崩れ、土石流及び地滑り). Buildings with a hazard field count as exposed only for this hazard.</source>
      <translation>災害種別：居住者はその災害に指定された避難場所にだけ向かいます（洪水・ため池：洪水、内水：内水氾濫、津波：津波、高潮：高潮、土砂災害：崖崩れ、土石流及び地滑り）。hazardフィールドを持つ建物は、この災害種別のときだけ浸水想定内とみなします。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="40" />
      <source>The http(s) address of the file, e.g. from the 'url' column written by 'Search a data catalog'.</source>
      <translation>ファイルのhttp(s)アドレス。例:「データカタログを検索」が書き出す'url'列の値。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>The id of a profile in your profiles file, used instead of the profile chosen in the list. Empty: the list's choice.</source>
      <translation>プロファイルファイル内のプロファイルID。指定すると一覧の選択より優先します。空の場合は一覧で選んだものを使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="113" />
      <source>The irradiation raster, the DSM and the buildings are needed.</source>
      <translation>日射量ラスタ、DSM、建物が必要です。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="275" />
      <source>The layout '{}' is kept in the project and open in the designer.</source>
      <translation>レイアウト「{}」をプロジェクトに保存し、デザイナーで開きました。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="37" />
      <source>The merged GeoPackage (.gpkg), or GeoParquet (.parquet) for outputs too large for one: then each layer is its own file beside it, e.g. ward_building_lod0.parquet and ward_flood_exposure_l2.parquet for ward.parquet (needs the Python package pyarrow). Tiles finished so far are kept in &lt;output&gt;.tiles, so an interrupted run started again skips them; &lt;output&gt;.manifest.json records each tile's status and time.</source>
      <translation>結合した GeoPackage（.gpkg）、または 1 つの GeoPackage には大きすぎる出力向けの GeoParquet（.parquet）。GeoParquet ではレイヤごとに 1 つのファイルが隣に作られます（例: ward.parquet なら ward_building_lod0.parquet、ward_flood_exposure_l2.parquet。Python パッケージ pyarrow が必要）。完了したタイルは&lt;output&gt;.tilesに保存され、中断した実行をもう一度始めると飛ばされます。&lt;output&gt;.manifest.jsonに各タイルの状態と所要時間が記録されます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>The merged GeoPackage: 'service_areas' (one polygon per shelter) and 'reachable_links'. Groups finished so far are kept in &lt;output&gt;.tiles, so an interrupted run started again skips them; &lt;output&gt;.manifest.json records each group's shelters, status and time.</source>
      <translation>統合した GeoPackage: 'service_areas'（避難場所ごとに 1 つのポリゴン）と 'reachable_links'。終わったグループは &lt;output&gt;.tiles に残るので、中断した実行をもう一度始めるとそれらは飛ばします。&lt;output&gt;.manifest.json に各グループの避難場所、状態、時間を記録します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>The municipality or ward (a polygon layer) shown in the locator inset with the map's frame on it. Empty: the extent of the printed data.</source>
      <translation>位置図に表示する市区町村（ポリゴンレイヤ）。地図の範囲を枠で示します。空欄: 印刷するデータの範囲。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>The pedestrian links: an MLIT pedestrian network link layer (2018 or 2024 code set) or OSM-style footway lines (highway=steps, incline, kerb:height, width). Any vector format and CRS.</source>
      <translation>歩行者のリンク：国土交通省の歩行空間ネットワークデータのリンクレイヤ（2018年版または2024年版のコード）、またはOSM形式の歩道ライン（highway=steps、incline、kerb:height、width）。形式と座標参照系は問いません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>The pedestrian network's links as a file the workers read: an MLIT link file or OSM-style footway lines (GeoJSON or CSV).</source>
      <translation>ワーカーが読む歩行空間ネットワークのリンクのファイル: 国土交通省のリンクファイル、または OSM 形式の歩道ライン（GeoJSON または CSV）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="109" />
      <source>The potential is written as a GeoPackage: choose a .gpkg file, not {}.</source>
      <translation>ポテンシャルは GeoPackage に書き出します。{} ではなく .gpkg ファイルを選んでください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="196" />
      <source>The river level layer has no value in field '{}'.</source>
      <translation>河川水位レイヤのフィールド「{}」に値がありません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="129" />
      <source>The route uses {0} links whose data cannot tell if they are passable</source>
      <translation>経路は通行可否をデータで判定できないリンクを {0} 本通ります</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>The same tiles from another server (an XYZ URL with {z}/{x}/{y}, e.g. a local mirror). Empty: GSI's server.</source>
      <translation>同じタイルを別のサーバから取得します（{z}/{x}/{y} を含む XYZ の URL。例: ローカルのミラー）。空欄: 国土地理院のサーバ。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="55" />
      <source>The shelters with their load against their capacity.</source>
      <translation>避難場所と、収容人数に対する割り当て人数。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="41" />
      <source>The step-free service area of every shelter for a mobility profile, shelters as tasks on dask.</source>
      <translation>すべての避難場所について、移動プロファイルで段差なく到達できる圏域を、避難場所ごとのタスクとして dask で計算します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>The table to write (CSV in UTF-8, or GeoPackage): one row per resource with its dataset, publisher, licence, place, type, format, LOD, year, URL, size and checksum.</source>
      <translation>出力する表（UTF-8のCSVまたはGeoPackage）。リソースごとに1行で、データセット、提供者、ライセンス、地域、種別、形式、LOD、年度、URL、サイズ、チェックサムを書き込みます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="129" />
      <source>This QGIS's GDAL has no Parquet driver, so the GeoParquet files are not loaded; open them in a QGIS whose GDAL has it, or with DuckDB or geopandas.</source>
      <translation>この QGIS の GDAL には Parquet ドライバーがないため、GeoParquet ファイルは読み込まれません。Parquet ドライバーのある GDAL を使う QGIS、または DuckDB や geopandas で開いてください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="67" />
      <source>Tile address ({name} = tile name)</source>
      <translation>タイルのURL（{name} = タイル名）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="65" />
      <source>Tile names (comma separated)</source>
      <translation>タイル名（カンマ区切り）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="162" />
      <source>Tile server URL instead of GSI's ({z}/{x}/{y})</source>
      <translation>地理院の代わりに使うタイルサーバの URL（{z}/{x}/{y}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="69" />
      <source>Tile size (m)</source>
      <translation>タイルサイズ（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="196" />
      <source>Tile size (pixels)</source>
      <translation>タイルサイズ（ピクセル）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="98" />
      <source>Tile {} ({}/{})</source>
      <translation>タイル {} ({}/{})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="104" />
      <source>Tile {} done ({}/{})</source>
      <translation>タイル {} 完了（{}/{}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="106" />
      <source>Tile {} failed: {}</source>
      <translation>タイル {} 失敗: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="74" />
      <source>Tiles</source>
      <translation>タイル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="80" />
      <source>Time (min)</source>
      <translation>時間（分）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="108" />
      <source>Time code YYYYMMDDhhmm, JST (traffic counts; default: latest published)</source>
      <translation>時間コード YYYYMMDDhhmm、日本時間（交通量。既定: 公開済みの最新）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="131" />
      <source>Time field (latest wins)</source>
      <translation>時刻フィールド（最新を使用）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="147" />
      <source>Time series interval (minutes)</source>
      <translation>時系列の間隔（分）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="160" />
      <source>Time steps</source>
      <translation>計算ステップ数</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>Time zone of the times in the weather file (default Asia/Tokyo). EPW files carry their own.</source>
      <translation>気象ファイルの時刻のタイムゾーン（既定Asia/Tokyo）。EPWファイルはファイル内の値を使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="69" />
      <source>Time zone of the weather file's times</source>
      <translation>気象データの時刻のタイムゾーン</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="114" />
      <source>Timeout per request (s)</source>
      <translation>リクエストごとのタイムアウト（秒）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="147" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Title printed at the top. Empty: the preset's title.</source>
      <translation>上部に印刷するタイトル。空の場合はプリセットのタイトルを使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="27" />
      <source>Tokyo</source>
      <translation>東京都</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="84" />
      <source>Tokyo Solar Atlas</source>
      <translation>東京ソーラー屋根台帳</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="59" />
      <source>Tokyo: clear sky scaled by monthly sunshine</source>
      <translation>東京：月別日照時間で補正した晴天日射</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="133" />
      <source>Traffic counts (JARTIC WFS)</source>
      <translation>交通量（JARTICのWFS）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="105" />
      <source>Treat as barriers</source>
      <translation>バリアとみなす</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="105" />
      <source>Treat as passable</source>
      <translation>通行可能とみなす</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="158" />
      <source>Unknown or too coarse data is treated as: {0}</source>
      <translation>不明・粗いデータの扱い：{0}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="89" />
      <source>Urban planning: with buildings and urf districts read together (FEATURE_TYPES=bldg,urf), building_planning gives each building's use, fire-prevention and height-control district, its footprint and floor area, and in floor_area_source where the floor area comes from: total_floor_area (uro:totalFloorArea), storeys (footprint x storeys above ground) or height_estimate (footprint x the measured height divided by {} m a storey, rounded). district_floor_area gives, per district with a designated floor-area ratio or coverage, the buildings whose footprint centroid lies in it (a building straddling two districts counts whole in one), their footprint and floor area, the built ratios over the whole district (built_far_gross_pct, built_coverage_gross_pct) and the used share of the permitted floor area (far_used_share_gross_pct, 容積充足率), coloured by that share. PLATEAU has no lot polygons and a district includes its roads, so these gross figures are lower bounds of the ratios of its lots; limits by road width, bonuses and exemptions are not modelled.</source>
      <translation>都市計画：建物と都市計画決定情報（urf）を一緒に読み込むと（FEATURE_TYPES=bldg,urf）、building_planning に建物ごとの用途地域・防火地域・高度地区、建築面積と延床面積、延床面積の出所 floor_area_source が入ります：total_floor_area（uro:totalFloorArea）、storeys（建築面積 × 地上階数）、height_estimate（建築面積 × 計測高さを1階 {} m として割り四捨五入した階数）。district_floor_area には、指定容積率または建蔽率のある地区ごとに、建物外形の重心がその地区にある建物（2地区にまたがる建物はどちらか一方に丸ごと数えます）の数、建築面積と延床面積、地区全体に対する実績の容積率と建蔽率（built_far_gross_pct、built_coverage_gross_pct）、指定容積に対する使用割合（far_used_share_gross_pct、容積充足率）が入り、その割合で色分けされます。PLATEAU には敷地のポリゴンがなく、地区の面積には道路も含まれるため、これらのグロスの値は各敷地の率の下限です。前面道路幅員による制限、割増し、不算入は考慮していません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Use only answers cached in the QGIS profile from earlier searches; nothing is sent over the network.</source>
      <translation>以前の検索でQGISプロファイルに保存した応答だけを使い、ネットワークには接続しません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="25" />
      <source>VPC</source>
      <translation>VPC</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="64" />
      <source>Validation findings</source>
      <translation>検証での指摘</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="60" />
      <source>Validation report (CSV)</source>
      <translation>検証レポート（CSV）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="124" />
      <source>Walking distance (m)</source>
      <translation>歩行距離（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Walking distance along the network from each shelter, in metres (default 800). Links partly within it are cut at the budget.</source>
      <translation>各避難場所からネットワークに沿った歩行距離（m、既定 800）。一部だけ範囲内のリンクはその距離で切ります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="136" />
      <source>Ward (name or code)</source>
      <translation>区（名称またはコード）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="140" />
      <source>Water leaves at the DEM edges</source>
      <translation>DEMの端から水が流出する</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="123" />
      <source>Water level (m)</source>
      <translation>水位（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="145" />
      <source>Water level used (m)</source>
      <translation>使用した水位（m）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="198" />
      <source>Water level {} m from the river level layer ({}).</source>
      <translation>河川水位レイヤからの水位 {} m（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="165" />
      <source>Water on the grid at the end (m³)</source>
      <translation>終了時のグリッド上の水量（m³）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Water surface elevation in metres, in the DEM's datum (default 5 m). Cells lower than this and connected to a seed are flooded.</source>
      <translation>水面の標高（m、DEMと同じ基準、既定5 m）。これより低く起点とつながるセルが浸水します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="147" />
      <source>Water volume (m³)</source>
      <translation>水量（m³）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="63" />
      <source>Weather file</source>
      <translation>気象データファイル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="61" />
      <source>Weather file (CSV or EPW)</source>
      <translation>気象データファイル（CSV または EPW）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="64" />
      <source>Weather files (*.csv *.epw)</source>
      <translation>気象データファイル (*.csv *.epw)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>What a link means when its data cannot tell whether the profile passes (code 99 / X, or a 2018 code too coarse for the limit). Treat as barriers (default) is the safe choice for wheelchair routes.</source>
      <translation>データから通行できるか判断できないリンク（コード99／X、または条件に対して粗すぎる2018年版のコード）の扱い。車いすの経路では安全側の「バリアとみなす」（既定）を勧めます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>What a link means when its data cannot tell whether the profile passes. Treat as barriers (default) is the safe choice for wheelchair routes.</source>
      <translation>データからプロファイルが通れるか判断できないリンクの扱い。バリアとして扱う（既定）が車いすの経路には安全です。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="97" />
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
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="47" />
      <source>What the URL serves: GTFS-Realtime vehicle positions, an OGC SensorThings service root, GeoJSON, JSON records or CSV with lat/lon, or JARTIC traffic counts (WFS). In qgis_process: 0, 1, 2 or 3, in this order.</source>
      <translation>URLが提供するもの: GTFS-Realtimeの車両位置、OGC SensorThingsサービスのルート、GeoJSON・JSONのレコード・緯度経度のあるCSV、またはJARTICの交通量（WFS）。qgis_processではこの順に0、1、2、3で指定します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="31" />
      <source>Where the route ends (any CRS). It is snapped to the nearest network node, at most 500 m away.</source>
      <translation>経路の目的地（座標参照系は問いません）。最寄りのネットワークのノード（500 m以内）に合わせます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="31" />
      <source>Where the route starts (any CRS). It is snapped to the nearest network node, at most 500 m away.</source>
      <translation>経路の出発地（座標参照系は問いません）。最寄りのネットワークのノード（500 m以内）に合わせます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="37" />
      <source>Where the sunlight comes from: the embedded Tokyo climate (clear sky scaled by monthly sunshine, default), PLATEAU's monthly transmissivity (clear days, an upper bound), or a weather file.</source>
      <translation>日射のもとになるデータ：内蔵の東京の気候（晴天日射を月別の日照時間で補正、既定）、PLATEAUの月別透過率（晴天日、上限値）、または気象ファイル。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="63" />
      <source>Where the water comes from: river lines or polygons, or points. Only flooded cells connected to them are kept.</source>
      <translation>水が来る場所：河川のラインやポリゴン、またはポイント。これにつながる浸水セルだけを残します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="40" />
      <source>Where to save the file. It is written as &lt;name&gt;.part and renamed when complete; running again with the same output resumes a broken download.</source>
      <translation>ファイルの保存先。&lt;名前&gt;.partとして書き込み、完了後に名前を変えます。同じ出力先で再実行すると中断したダウンロードを再開します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>Whether the budget is a walking distance in metres or a time in minutes at each profile's speed.</source>
      <translation>上限値を歩行距離（m）とするか、各プロファイルの速度での時間（分）とするか。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Which code table the link attributes follow. Detect (default) reads it from the codes found.</source>
      <translation>リンク属性が従うコード表。検出（既定）では見つかったコードから判定します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>Which code table the link attributes follow. Detect (default) reads it from the codes found; choose MLIT 2024 yourself when a 2024 file uses no 2024-only code.</source>
      <translation>リンクの属性がどのコード表に従うか。「自動判定」（既定）は含まれるコードから判定します。2024年版のファイルに2024年版だけのコードがない場合は「国交省 2024 年版」を選んでください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Which kind of catalog to search: the PLATEAU data catalog (3D Tiles, MVT), the PLATEAU CityGML file search, a CKAN portal, a TerriaJS catalog or a local catalog file or folder.</source>
      <translation>検索するカタログの種類：PLATEAUデータカタログ（3D Tiles、MVT）、PLATEAU CityGMLファイル検索、CKANポータル、TerriaJSカタログ、ローカルのカタログファイルまたはフォルダ。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>Which levels of detail to write: all available (default), the lowest or highest per object, or one LOD only.</source>
      <translation>書き出す詳細度（LOD）：あるものすべて（既定）、オブジェクトごとに最も低い／高いLOD、または一つのLODだけ。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="36" />
      <source>Which roofs count and at what density: Tokyo Solar Atlas (slope and orientation, ≥1,100 kWh/m², 0.1 kW/m²) or PLATEAU (80 % of roofs ≥10 m², 0.167 kW/m²).</source>
      <translation>対象にする屋根と設置密度：東京ソーラー屋根台帳（傾斜と向き、1,100 kWh/m² 以上、0.1 kW/m²）またはPLATEAU（10 m² 以上の屋根の80 %、0.167 kW/m²）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="35" />
      <source>Which scenario fills the building columns of a hazard, as hazard: scenario pairs separated by semicolons, e.g. 'tsunami: 3; river_flood: 多摩川 L2' (the scenario column of building_risk, or a description code). Empty or 'worst': the worst of all scenarios. building_risk always keeps every scenario.</source>
      <translation>災害種別ごとに建物の列を埋めるシナリオ。「災害種別: シナリオ」をセミコロンで区切って指定します（例: 'tsunami: 3; river_flood: 多摩川 L2'。building_riskのscenario列の値、または説明コード）。空または 'worst': 全シナリオのうち最も危険なもの。building_riskには常にすべてのシナリオが残ります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="53" />
      <source>Who can reach a suitable shelter, and will it hold them?</source>
      <translation>適した避難場所にたどり着けるのは誰か、避難場所は収容できるか。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="52" />
      <source>Who is moving: each profile sets the limits a link must meet (step height, slope, width, stairs) and the walking speed used for times. Limits come from the profiles file, the project or the shipped set.</source>
      <translation>誰が移動するか：プロファイルごとに、リンクが満たすべき条件（段差、勾配、幅員、階段）と、時間の計算に使う移動速度が決まります。条件はプロファイルファイル、プロジェクト、または同梱の設定から読みます。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Who is moving: the profile's limits (step height, slope, width, stairs) decide which links are passable.</source>
      <translation>移動する人: プロファイルの制限（段差、勾配、幅員、階段）で通れるリンクが決まります。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="31" />
      <source>Width in metres of the area drawn around the reachable links (0.1 to 500; default 25 m).</source>
      <translation>到達できるリンクの周りに描く範囲の幅（m、0.1〜500、既定25 m）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="43" />
      <source>Width in metres of the area drawn around the reached links (default 25 m).</source>
      <translation>到達したリンクの周りに描く圏域の幅（m、既定 25 m）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="44" />
      <source>Words that must all appear in a dataset (title, description, tags). A CKAN portal receives it as its search query. Empty: no text filter.</source>
      <translation>データセット（タイトル、説明、タグ）にすべて含まれるべき語。CKANポータルには検索語として送ります。空の場合は文字で絞り込みません。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_common.py" line="25" />
      <source>Workers of the local cluster, one thread each. 0 (default): one per CPU core.</source>
      <translation>ローカルクラスタのワーカー数（各1スレッド）。0（既定）: CPUコアごとに1つ。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="44" />
      <source>Writes the synthetic sample district (CityGML, DEM, point cloud, network, feeds) to try every tool offline.</source>
      <translation>架空のサンプル地区（CityGML、DEM、点群、ネットワーク、フィード）を書き出し、すべての機能をオフラインで試せるようにします。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="69" />
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
      <location filename="../../processing_algorithms/export_resident_map.py" line="252" />
      <source>Wrote {}</source>
      <translation>{} を書き出しました</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="157" />
      <source>Wrote {} ({}), EPSG:{}</source>
      <translation>{} を書き出しました（{}）、EPSG:{}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="137" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="62" />
      <source>Your own layout template (.qpt) with items 'title', 'main_map' and 'legend', used instead of the bundled paper.</source>
      <translation>独自のレイアウトテンプレート（.qpt）。アイテム'title'、'main_map'、'legend'が必要です。同梱の用紙の代わりに使います。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="77" />
      <source>Zip archives (*.zip);;All files (*)</source>
      <translation>Zip アーカイブ (*.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="25" />
      <source>accessibility</source>
      <translation>アクセシビリティ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="61" />
      <source>atlas</source>
      <translation>地図帳</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="25" />
      <source>barrier-free</source>
      <translation>バリアフリー</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="27" />
      <source>batch</source>
      <translation>バッチ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="27" />
      <source>building height</source>
      <translation>建物の高さ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="76" />
      <source>buildings</source>
      <translation>建物</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="46" />
      <source>bus</source>
      <translation>バス</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="39" />
      <source>catalog</source>
      <translation>カタログ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="30" />
      <source>catchment</source>
      <translation>利用圏</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="27" />
      <source>city scale</source>
      <translation>都市規模</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="25" />
      <source>convert</source>
      <translation>変換</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="27" />
      <source>dask</source>
      <translation>dask</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="46" />
      <source>demo</source>
      <translation>デモ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="62" />
      <source>depth</source>
      <translation>浸水深</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="25" />
      <source>detour</source>
      <translation>迂回</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="39" />
      <source>download</source>
      <translation>ダウンロード</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="29" />
      <source>elevation</source>
      <translation>標高</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="43" />
      <source>ensemble</source>
      <translation>アンサンブル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="42" />
      <source>evacuation</source>
      <translation>避難</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="36" />
      <source>exposure</source>
      <translation>曝露</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="46" />
      <source>feed</source>
      <translation>フィード</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="43" />
      <source>flood</source>
      <translation>洪水</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="61" />
      <source>hazard map</source>
      <translation>ハザードマップ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="43" />
      <source>hyetograph</source>
      <translation>ハイエトグラフ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="34" />
      <source>import</source>
      <translation>読み込み</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="58" />
      <source>inland flooding</source>
      <translation>内水氾濫</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="76" />
      <source>inundation</source>
      <translation>浸水</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="35" />
      <source>irradiation</source>
      <translation>日射量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="30" />
      <source>isochrone</source>
      <translation>等時間圏</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="61" />
      <source>layout</source>
      <translation>レイアウト</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="43" />
      <source>levee breach</source>
      <translation>破堤</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="61" />
      <source>map</source>
      <translation>地図</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="171" />
      <source>no i-UR namespace</source>
      <translation>i-URの名前空間なし</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="46" />
      <source>offline</source>
      <translation>オフライン</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="43" />
      <source>open data</source>
      <translation>オープンデータ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="25" />
      <source>pedestrian network</source>
      <translation>歩行空間ネットワーク</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="35" />
      <source>photovoltaic</source>
      <translation>太陽光発電</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_download_tiles.py" line="27" />
      <source>point cloud</source>
      <translation>点群</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="39" />
      <source>potential</source>
      <translation>ポテンシャル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="61" />
      <source>print</source>
      <translation>印刷</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="146" />
      <source>pvlib</source>
      <translation>pvlib</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="43" />
      <source>rainfall</source>
      <translation>降雨</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="35" />
      <source>raster</source>
      <translation>ラスタ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="46" />
      <source>realtime</source>
      <translation>リアルタイム</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="39" />
      <source>rooftop</source>
      <translation>屋根</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="30" />
      <source>route</source>
      <translation>経路</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="46" />
      <source>sample data</source>
      <translation>サンプルデータ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="43" />
      <source>scenarios</source>
      <translation>シナリオ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="43" />
      <source>search</source>
      <translation>検索</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="30" />
      <source>service area</source>
      <translation>到達圏</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="35" />
      <source>shadow</source>
      <translation>日影</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_simulation.py" line="58" />
      <source>shallow water</source>
      <translation>浅水流</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="42" />
      <source>shelter</source>
      <translation>避難場所</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="30" />
      <source>shortest path</source>
      <translation>最短経路</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="43" />
      <source>simulation</source>
      <translation>シミュレーション</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_irradiance.py" line="146" />
      <source>sky view factor</source>
      <translation>天空率</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="35" />
      <source>solar</source>
      <translation>太陽光</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="30" />
      <source>stroller</source>
      <translation>ベビーカー</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/sample_district.py" line="46" />
      <source>test</source>
      <translation>テスト</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="46" />
      <source>traffic</source>
      <translation>交通量</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="54" />
      <source>tsunami</source>
      <translation>津波</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_import.py" line="27" />
      <source>validation</source>
      <translation>検証</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_inundation.py" line="62" />
      <source>water level</source>
      <translation>水位</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="25" />
      <source>wheelchair</source>
      <translation>車いす</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_download.py" line="39" />
      <source>zip</source>
      <translation>zip</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_service_area.py" line="119" />
      <source>{0} / {1}: {2:.0f} m of links reachable, {3} buildings, population {4:.0f}</source>
      <translation>{0} / {1}：到達リンク {2:.0f} m、建物 {3} 棟、人口 {4:.0f}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="157" />
      <source>{0} datasets match the filters</source>
      <translation>条件に合うデータセット: {0} 件</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/realtime_snapshot.py" line="144" />
      <source>{0} features from {1}</source>
      <translation>{1} から {0} 件の地物</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_hotspots.py" line="108" />
      <source>{0} pairs, mean detour factor {1:.2f}, {2} unreachable; {3} hotspot links</source>
      <translation>{0} 組、平均迂回率 {1:.2f}、到達不能 {2} 組、ホットスポット {3} リンク</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_common.py" line="146" />
      <source>{0} validation findings: run 'Import and validate pedestrian network' for the full report</source>
      <translation>検証で {0} 件の指摘があります。詳細は「歩行者ネットワークの読み込みと検証」を実行してください</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/barrierfree_route.py" line="119" />
      <source>{0}: {1:.0f} m, {2:.1f} min (plain route {3:.0f} m, detour factor {4:.2f})</source>
      <translation>{0}：{1:.0f} m、{2:.1f} 分（通常経路 {3:.0f} m、迂回率 {4:.2f}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/catalog_search.py" line="152" />
      <source>{0}: {1} datasets</source>
      <translation>{0}: {1} 件のデータセット</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="117" />
      <source>{count} features of {layer} have no geometry and were left out</source>
      <translation>{layer} の {count} 件の地物はジオメトリがないため除外しました</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="149" />
      <source>{} LOD2 roof surfaces burnt on their planes.</source>
      <translation>LOD2 屋根面 {} 面をそれぞれの平面として書き込みました。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_run.py" line="116" />
      <source>{} buildings in {} tiles ({} from an earlier run) in {:.1f} s</source>
      <translation>{} 棟、{} タイル（うち {} は以前の実行から）、{:.1f} 秒</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="217" />
      <source>{} buildings, {} hazard cells in {} scenario(s), CRS {}</source>
      <translation>建物 {} 棟、想定区域セル {}（{} シナリオ）、CRS {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="128" />
      <source>{} buildings: {:.1f} kW</source>
      <translation>{} 棟：{:.1f} kW</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/solar_potential.py" line="145" />
      <source>{} buildings: {:.1f} kW, {:.0f} MWh/yr</source>
      <translation>{} 棟：{:.1f} kW、{:.0f} MWh/年</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="164" />
      <source>{} exposed buildings; {:.0f} residents reach a shelter within the budget, {:.0f} do not</source>
      <translation>想定区域内の建物 {} 棟。距離の上限内で避難場所に到達できる居住者 {:.0f} 人、到達できない居住者 {:.0f} 人</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="177" />
      <source>{} file(s) are PLATEAU 2020 data (specification 1, uro 1.4): hazards are read from generic attribute sets, and codes, IDs and heights may be missing or coarser than in later releases</source>
      <translation>{}ファイルはPLATEAU 2020年度データ（標準製品仕様書 第1版、uro 1.4）です。災害リスクは汎用属性セットから読み取ります。コード・ID・高さは以降の年度より欠けていたり粗かったりすることがあります</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="182" />
      <source>{} file(s) use {}, newer than the versions this plugin knows: the known elements are loaded, new ones are kept in attributes_json, and codes without a codelist in the data stay as codes</source>
      <translation>{}ファイルは{}を使用しており、このプラグインが知る版より新しい版です。既知の要素は読み込み、新しい要素はattributes_jsonに保持し、データにコードリストがないコードはコードのまま残します</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/load_citygml.py" line="174" />
      <source>{} file(s): {}, {}; e.g. {}</source>
      <translation>{}ファイル: {}、{}（例: {}）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/buildings_dsm.py" line="146" />
      <source>{} of {} buildings burnt into the DSM ({}).</source>
      <translation>{} 棟中 {} 棟を DSM に書き込みました（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/flood_exposure.py" line="232" />
      <source>{} of {} buildings exposed</source>
      <translation>{1} 棟中 {0} 棟が浸水</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_ensemble.py" line="131" />
      <source>{} scenarios: {}</source>
      <translation>シナリオ {} 個: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_service_areas.py" line="173" />
      <source>{} shelters in {} groups ({} from an earlier run), {:.1f} km of links reached, in {:.1f} s</source>
      <translation>{} か所の避難場所を {} グループで計算（うち {} グループは前回の実行から）、到達したリンク {:.1f} km、{:.1f} 秒</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_dsm.py" line="89" />
      <source>{} tiles with a halo of {:g} m</source>
      <translation>タイル {} 個、ハロー {:g} m</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_solar.py" line="119" />
      <source>{} tiles with a halo of {:g} m in {:.1f} s; at most {:.0f} MB per worker</source>
      <translation>タイル {} 個、ハロー {:g} m、{:.1f} 秒。ワーカーあたり最大 {:.0f} MB</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_dsm.py" line="109" />
      <source>{} x {} cells; {} with points, {} filled; {} points used</source>
      <translation>{} × {} セル、点のあるセル {}、補間 {}、使用点数 {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="167" />
      <source>{}: {:.0f} residents for a capacity of {:.0f}</source>
      <translation>{0}：収容人数 {2:.0f} 人に対して {1:.0f} 人</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pointcloud_to_copc.py" line="96" />
      <source>{}: {} points, CRS from {}, {} octree nodes</source>
      <translation>{}: {} 点、座標参照系の出所: {}、八分木ノード {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/shelter_reach.py" line="54" />
      <source>避難場所</source>
      <translation>避難場所</translation>
    </message>
  </context>
</TS>
