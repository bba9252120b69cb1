<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>DigitalTwin</name>
    <message>
      <location filename="../../plugin/main.py" line="42" />
      <source>Digital Twin</source>
      <translation>デジタルツイン</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="34" />
      <source>Digital Twin (デジタルツイン): PLATEAU and city digital twin tools</source>
      <translation>デジタルツイン：PLATEAU と都市デジタルツインのツール</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="55" />
      <source>Digital Twin algorithms…</source>
      <translation>デジタルツインのアルゴリズム…</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="56" />
      <source>Show the Digital Twin algorithms in the Processing Toolbox</source>
      <translation>プロセッシングツールボックスにデジタルツインのアルゴリズムを表示</translation>
    </message>
  </context>
  <context>
    <name>Processing</name>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="160" />
      <source>3D view page not included: atlases get the 2D map only.</source>
      <translation>3D ビューのページは含めていません。アトラスでは 2D の地図のみを出力します。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="105" />
      <source>Add a 3D view page (needs an OpenGL display; not for atlases)</source>
      <translation>3D ビューのページを追加（OpenGL 表示が必要。アトラスでは不可）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="138" />
      <source>Atlas pages: {}</source>
      <translation>アトラスのページ数: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="99" />
      <source>Atlas: one page per feature of</source>
      <translation>アトラス: 1 地物 1 ページとするレイヤ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="102" />
      <source>Atlas: page name field</source>
      <translation>アトラス: ページ名のフィールド</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="173" />
      <source>Could not read the QGIS project {}</source>
      <translation>QGIS プロジェクト {} を読み込めませんでした</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="51" />
      <source>Export resident map (PDF/PNG)</source>
      <translation>住民向け地図の出力 (PDF/PNG)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="85" />
      <source>Layers (first is drawn on top)</source>
      <translation>レイヤ（先頭が最前面）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="90" />
      <source>Layout templates (*.qpt)</source>
      <translation>レイアウトテンプレート (*.qpt)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="64" />
      <source>Makes a print-ready map for residents in one step: title and subtitle, the map, a legend in plain Japanese, scale bar, north arrow, date, a notes box, the data attribution and licences collected from the layers' metadata, and a locator inset, on A4 portrait, A4 landscape or A3 landscape (Noto Sans CJK JP).

Inputs: a QGIS project (its visible layers) or a list of layers (first = drawn on top); a template (bundled, or your own .qpt with items 'title', 'main_map', 'legend'); a preset (flood, solar, barrier-free) that fills the title, subtitle and notes unless you give your own; an extent, or an atlas layer and a name field for one page per district or mesh.

Output: a PDF (an atlas is one PDF with a page per feature) or PNG (an atlas writes &lt;name&gt;_&lt;page&gt;.png files). An existing file is never replaced unless 'Overwrite' is checked, and the output is complete or absent.

Example: qgis_process run digitaltwin:exportresidentmap -- LAYERS=exposure.gpkg PRESET=1 TEMPLATE=0 OUTPUT=flood_map.pdf</source>
      <translation>住民に配布できる地図を 1 回の操作で作成します。タイトルとサブタイトル、地図、わかりやすい日本語の凡例、縮尺記号、方位記号、作成日、注記欄、レイヤのメタデータから集めたデータ出典とライセンス、位置図を、A4 縦・A4 横・A3 横の用紙に配置します (Noto Sans CJK JP)。

入力: QGIS プロジェクト（表示中のレイヤ）またはレイヤの一覧（先頭が最前面）、テンプレート（同梱のもの、または 'title'・'main_map'・'legend' のアイテムを持つ独自の .qpt）、タイトル・サブタイトル・注記を埋めるプリセット（浸水・日射量・バリアフリー。自分で入力した文が優先）、地図の範囲、または地区やメッシュごとに 1 ページを作るアトラスのレイヤと名前のフィールド。

出力: PDF（アトラスは 1 地物 1 ページの 1 つの PDF）または PNG（アトラスは &lt;名前&gt;_&lt;ページ&gt;.png を複数出力）。「上書き」をチェックしない限り既存のファイルは置き換えず、出力は完全に書き終えたものだけが残ります。

例: qgis_process run digitaltwin:exportresidentmap -- LAYERS=exposure.gpkg PRESET=1 TEMPLATE=0 OUTPUT=flood_map.pdf</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="97" />
      <source>Map extent</source>
      <translation>地図の範囲</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="54" />
      <source>Maps for residents</source>
      <translation>住民向けの地図</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="96" />
      <source>Notes</source>
      <translation>注記</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="182" />
      <source>Nothing to print: give a project with visible layers, or layers.</source>
      <translation>印刷するものがありません。表示中のレイヤを含むプロジェクトか、レイヤを指定してください。</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="111" />
      <source>Overwrite an existing file</source>
      <translation>既存のファイルを上書きする</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="89" />
      <source>Own layout template (.qpt), instead of the paper above</source>
      <translation>独自のレイアウトテンプレート (.qpt)（上の用紙の代わりに使用）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="113" />
      <source>PDF (*.pdf);;PNG image (*.png)</source>
      <translation>PDF (*.pdf);;PNG 画像 (*.png)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="87" />
      <source>Paper</source>
      <translation>用紙</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="92" />
      <source>Preset</source>
      <translation>プリセット</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="82" />
      <source>QGIS project (its visible layers are printed)</source>
      <translation>QGIS プロジェクト（表示中のレイヤを印刷）</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="83" />
      <source>QGIS projects (*.qgz *.qgs)</source>
      <translation>QGIS プロジェクト (*.qgz *.qgs)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="113" />
      <source>Resident map</source>
      <translation>住民向け地図</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="108" />
      <source>Resolution (dpi)</source>
      <translation>解像度 (dpi)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="95" />
      <source>Subtitle</source>
      <translation>サブタイトル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="94" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="147" />
      <source>Wrote {}</source>
      <translation>{} を書き出しました</translation>
    </message>
  </context>
</TS>
