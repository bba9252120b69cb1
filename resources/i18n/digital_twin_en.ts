<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>DigitalTwin</name>
    <message>
      <location filename="../../plugin/main.py" line="42" />
      <source>Digital Twin</source>
      <translation>Digital Twin</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="34" />
      <source>Digital Twin (デジタルツイン): PLATEAU and city digital twin tools</source>
      <translation>Digital Twin (デジタルツイン): PLATEAU and city digital twin tools</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="55" />
      <source>Digital Twin algorithms…</source>
      <translation>Digital Twin algorithms…</translation>
    </message>
    <message>
      <location filename="../../plugin/main.py" line="56" />
      <source>Show the Digital Twin algorithms in the Processing Toolbox</source>
      <translation>Show the Digital Twin algorithms in the Processing Toolbox</translation>
    </message>
  </context>
  <context>
    <name>Processing</name>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="160" />
      <source>3D view page not included: atlases get the 2D map only.</source>
      <translation>3D view page not included: atlases get the 2D map only.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="105" />
      <source>Add a 3D view page (needs an OpenGL display; not for atlases)</source>
      <translation>Add a 3D view page (needs an OpenGL display; not for atlases)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="138" />
      <source>Atlas pages: {}</source>
      <translation>Atlas pages: {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="99" />
      <source>Atlas: one page per feature of</source>
      <translation>Atlas: one page per feature of</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="102" />
      <source>Atlas: page name field</source>
      <translation>Atlas: page name field</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="173" />
      <source>Could not read the QGIS project {}</source>
      <translation>Could not read the QGIS project {}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="51" />
      <source>Export resident map (PDF/PNG)</source>
      <translation>Export resident map (PDF/PNG)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="85" />
      <source>Layers (first is drawn on top)</source>
      <translation>Layers (first is drawn on top)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="90" />
      <source>Layout templates (*.qpt)</source>
      <translation>Layout templates (*.qpt)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="64" />
      <source>Makes a print-ready map for residents in one step: title and subtitle, the map, a legend in plain Japanese, scale bar, north arrow, date, a notes box, the data attribution and licences collected from the layers' metadata, and a locator inset, on A4 portrait, A4 landscape or A3 landscape (Noto Sans CJK JP).

Inputs: a QGIS project (its visible layers) or a list of layers (first = drawn on top); a template (bundled, or your own .qpt with items 'title', 'main_map', 'legend'); a preset (flood, solar, barrier-free) that fills the title, subtitle and notes unless you give your own; an extent, or an atlas layer and a name field for one page per district or mesh.

Output: a PDF (an atlas is one PDF with a page per feature) or PNG (an atlas writes &lt;name&gt;_&lt;page&gt;.png files). An existing file is never replaced unless 'Overwrite' is checked, and the output is complete or absent.

Example: qgis_process run digitaltwin:exportresidentmap -- LAYERS=exposure.gpkg PRESET=1 TEMPLATE=0 OUTPUT=flood_map.pdf</source>
      <translation>Makes a print-ready map for residents in one step: title and subtitle, the map, a legend in plain Japanese, scale bar, north arrow, date, a notes box, the data attribution and licences collected from the layers' metadata, and a locator inset, on A4 portrait, A4 landscape or A3 landscape (Noto Sans CJK JP).

Inputs: a QGIS project (its visible layers) or a list of layers (first = drawn on top); a template (bundled, or your own .qpt with items 'title', 'main_map', 'legend'); a preset (flood, solar, barrier-free) that fills the title, subtitle and notes unless you give your own; an extent, or an atlas layer and a name field for one page per district or mesh.

Output: a PDF (an atlas is one PDF with a page per feature) or PNG (an atlas writes &lt;name&gt;_&lt;page&gt;.png files). An existing file is never replaced unless 'Overwrite' is checked, and the output is complete or absent.

Example: qgis_process run digitaltwin:exportresidentmap -- LAYERS=exposure.gpkg PRESET=1 TEMPLATE=0 OUTPUT=flood_map.pdf</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="97" />
      <source>Map extent</source>
      <translation>Map extent</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="54" />
      <source>Maps for residents</source>
      <translation>Maps for residents</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="96" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="182" />
      <source>Nothing to print: give a project with visible layers, or layers.</source>
      <translation>Nothing to print: give a project with visible layers, or layers.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="111" />
      <source>Overwrite an existing file</source>
      <translation>Overwrite an existing file</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="89" />
      <source>Own layout template (.qpt), instead of the paper above</source>
      <translation>Own layout template (.qpt), instead of the paper above</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="113" />
      <source>PDF (*.pdf);;PNG image (*.png)</source>
      <translation>PDF (*.pdf);;PNG image (*.png)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="87" />
      <source>Paper</source>
      <translation>Paper</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="92" />
      <source>Preset</source>
      <translation>Preset</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="82" />
      <source>QGIS project (its visible layers are printed)</source>
      <translation>QGIS project (its visible layers are printed)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="83" />
      <source>QGIS projects (*.qgz *.qgs)</source>
      <translation>QGIS projects (*.qgz *.qgs)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="113" />
      <source>Resident map</source>
      <translation>Resident map</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="108" />
      <source>Resolution (dpi)</source>
      <translation>Resolution (dpi)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="95" />
      <source>Subtitle</source>
      <translation>Subtitle</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="94" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/export_resident_map.py" line="147" />
      <source>Wrote {}</source>
      <translation>Wrote {}</translation>
    </message>
  </context>
</TS>
