"""Resident maps as QGIS print layouts: build the page designs, fill a template, export PDF/PNG (atlas too).

Templates (resources/layouts/*.qpt) are made by build_layout() through scripts/make_layout_templates.py, so users can
also open and adapt them in the layout designer; the exporter finds the boxes by their item ids.
"""

import datetime
import shutil
import tempfile
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransform,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsMapLayerType,
    QgsPrintLayout,
    QgsProviderRegistry,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSimpleLegendNode,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..errors import Cancelled, DigitalTwinError, InputError
from ..qgis_credits import layer_metadata
from .attribution import attribution_text
from .layout_spec import FONT_SIZES, JAPANESE_FONT, PAPERS, boxes_mm
from .presets import style_rule

TEMPLATES_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "layouts"
STYLES_DIR = TEMPLATES_DIR.parent / "styles"
MM = QgsUnitTypes.LayoutMillimeters


def text_format(size, bold=False, color="#1a1a1a"):
    font = QFont(JAPANESE_FONT)
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(QColor(color))
    return fmt


def _place(item, box, item_id):
    x, y, width, height = box
    item.setId(item_id)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(width, height, MM))


def _label(layout, box, item_id, size, text="", bold=False, frame=False, align=Qt.AlignLeft):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    label.setTextFormat(text_format(size, bold))
    label.setHAlign(align)
    label.setVAlign(Qt.AlignVCenter if not frame else Qt.AlignTop)
    label.setMarginX(1.5 if frame else 0)
    label.setMarginY(1.5 if frame else 0)
    layout.addLayoutItem(label)
    _place(label, box, item_id)
    if frame:
        label.setFrameEnabled(True)
        label.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
        label.setBackgroundEnabled(True)
        label.setBackgroundColor(QColor("#f7f7f2"))
    return label


def build_layout(project, paper_name):
    """A print layout for one of PAPERS, with every box the resident map needs, empty of data."""
    paper = PAPERS[paper_name]
    scale = paper.text_scale
    boxes = boxes_mm(paper)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(f"Digital Twin resident map {paper.label}")
    orientation = QgsLayoutItemPage.Landscape if paper.landscape else QgsLayoutItemPage.Portrait
    layout.pageCollection().page(0).setPageSize(paper.size, orientation)

    _label(layout, boxes["title"], "title", FONT_SIZES["title"] * scale, "地図のタイトル", bold=True)
    _label(layout, boxes["subtitle"], "subtitle", FONT_SIZES["subtitle"] * scale, "")
    _label(layout, boxes["date"], "date", FONT_SIZES["date"] * scale, "", align=Qt.AlignRight)
    _label(layout, boxes["notes"], "notes", FONT_SIZES["notes"] * scale, "", frame=True)
    _label(layout, boxes["attribution"], "attribution", FONT_SIZES["attribution"] * scale, "")

    main_map = QgsLayoutItemMap(layout)
    main_map.setFrameEnabled(True)
    main_map.setFrameStrokeWidth(QgsLayoutMeasurement(0.4, MM))
    layout.addLayoutItem(main_map)
    _place(main_map, boxes["main_map"], "main_map")

    inset = QgsLayoutItemMap(layout)
    inset.setFrameEnabled(True)
    layout.addLayoutItem(inset)
    _place(inset, boxes["inset_map"], "inset_map")
    overview = QgsLayoutItemMapOverview("locator", inset)
    overview.setLinkedMap(main_map)
    inset.overviews().addOverview(overview)

    north = QgsLayoutItemPicture(layout)
    north.setPicturePath(str(Path(QgsApplication.pkgDataPath()) / "svg" / "arrows" / "NorthArrow_02.svg"))
    layout.addLayoutItem(north)
    _place(north, boxes["north_arrow"], "north_arrow")

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(main_map)
    scalebar.setUnits(QgsUnitTypes.DistanceMeters)
    scalebar.setUnitLabel("m")
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setTextFormat(text_format(FONT_SIZES["scalebar"] * scale))
    scalebar.setBackgroundEnabled(True)
    layout.addLayoutItem(scalebar)
    _place(scalebar, boxes["scalebar"], "scalebar")

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("凡例 (Legend)")
    legend.setLinkedMap(main_map)
    legend.setResizeToContents(False)
    legend.setColumnCount(1)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    legend.setWrapString("|")
    for style, size, bold in ((QgsLegendStyle.Title, FONT_SIZES["legend_title"], True),
                              (QgsLegendStyle.Group, FONT_SIZES["legend_group"], True),
                              (QgsLegendStyle.Subgroup, FONT_SIZES["legend_group"], True),
                              (QgsLegendStyle.SymbolLabel, FONT_SIZES["legend_item"], False)):
        legend.rstyle(style).setTextFormat(text_format(size * scale, bold))
    layout.addLayoutItem(legend)
    _place(legend, boxes["legend"], "legend")
    return layout


def save_template(layout, path):
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise DigitalTwinError(f"could not write the layout template {path}")


def load_template(project, template):
    """A print layout from a .qpt file (a path, or the name of a bundled template such as 'a4_portrait')."""
    path = Path(template)
    if not path.suffix:
        path = TEMPLATES_DIR / f"{template}.qpt"
    if not path.is_file():
        raise DigitalTwinError(f"layout template not found: {path}")
    document = QDomDocument()
    if not document.setContent(path.read_text(encoding="utf-8"))[0]:
        raise DigitalTwinError(f"{path}: not a valid QGIS layout template (.qpt)")
    layout = QgsPrintLayout(project)
    layout.keep_project_alive = project  # the layout holds only a C++ pointer; a collected project crashes QGIS
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise DigitalTwinError(f"{path}: QGIS could not read this layout template")
    missing = [item_id for item_id in ("title", "main_map", "legend") if layout.itemById(item_id) is None]
    if missing:
        raise DigitalTwinError(f"{path}: the template has no item with id {', '.join(missing)}")
    return layout


def styled_for_preset(layers, preset):
    """Copies of the layers drawn and named as the preset says (the user's own layers are left as they are)."""
    styled = []
    for layer in layers:
        copy = layer.clone()
        is_vector = copy.type() == QgsMapLayerType.VectorLayer
        if is_vector:
            copy.updateExtents()  # a clone copies the layer's cached extent, which can be empty (seen in desktop)
        fields = [field.name() for field in copy.fields()] if is_vector else []
        layer_name = QgsProviderRegistry.instance().decodeUri(copy.providerType(), copy.source()).get("layerName")
        rule = style_rule(preset, "vector" if is_vector else "raster", fields, layer_name or copy.name())
        if rule is not None:
            style, legend = rule
            message, ok = copy.loadNamedStyle(str(STYLES_DIR / f"{style}.qml"))
            if not ok:
                raise DigitalTwinError(f"the style {style}.qml could not be applied to {layer.name()}: {message}")
            copy.setName(legend)
        styled.append(copy)
    return styled


def layer_attribution_entries(layers):
    for layer in layers:
        metadata = layer_metadata(layer)
        yield {
            "rights": list(metadata.rights()),
            "licenses": list(metadata.licenses()),
            "attribution": layer.serverProperties().attribution(),
            "source": layer.source(),
        }


def fill_layout(layout, layers, title, subtitle="", notes="", extent=None, date=None, attribution=""):
    """Put the layers, texts and extent into a layout made by build_layout() or loaded from a template;
    ``attribution`` is added to the notices the layers' metadata give."""
    main_map = layout.itemById("main_map")
    main_map.setLayers(layers)
    main_map.setKeepLayerSet(True)
    if extent is None:
        extent = QgsRectangle()
        for layer in layers:
            if layer.extent().isEmpty():
                continue
            to_map = QgsCoordinateTransform(layer.crs(), main_map.crs(), layout.project().transformContext())
            extent.combineExtentWith(to_map.transformBoundingBox(layer.extent()))
    if extent.isEmpty():
        raise DigitalTwinError("the map has nothing to show: the layers are empty and no extent was given")
    main_map.zoomToExtent(extent.buffered(max(extent.width(), extent.height()) * 0.03))
    inset = layout.itemById("inset_map")
    if inset is not None:
        inset.setLayers(layers)
        inset.setKeepLayerSet(True)
        inset.zoomToExtent(extent.buffered(max(extent.width(), extent.height()) * 1.5))
    legend = layout.itemById("legend")
    legend.setAutoUpdateModel(False)
    legend.model().rootGroup().clear()
    for layer in layers:
        legend.model().rootGroup().addLayer(layer)
    drop_legend_noise(legend)
    fit_legend(legend)
    texts = {
        "title": title,
        "subtitle": subtitle,
        "notes": notes,
        "date": f"作成日 {(date or datetime.date.today()).isoformat()}",
        "attribution": attribution_text(layer_attribution_entries(layers), attribution),
    }
    for item_id, text in texts.items():
        item = layout.itemById(item_id)
        if item is not None:
            item.setText(wrap_for_box(text, item) if item_id in WRAPPED_ITEMS else text)
            item.setVisibility(bool(text) or item_id == "title")
    scalebar = layout.itemById("scalebar")
    if scalebar is not None:
        scalebar.applyDefaultSize(QgsUnitTypes.DistanceMeters)  # a round segment length for this map's scale
    layout.refresh()
    return layout


WRAPPED_ITEMS = ("notes", "attribution", "subtitle")
LEGEND_MAX_COLUMNS = 3
LEGEND_MIN_FONT_SCALE = 0.6  # below this the legend would not be readable on paper


def legend_content_size(legend):
    """The size (mm) the legend needs for its content, as QGIS lays it out (title, groups, symbols, columns)."""
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    return QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)


def drop_legend_noise(legend):
    """Leave out of a raster's legend what means nothing to a resident: the band name QGIS puts first
    ("Band 1 (Gray)") and classes drawn fully transparent (their swatch would print black, e.g. 浸水なし)."""
    model = legend.model()
    for node in model.rootGroup().findLayers():
        layer = node.layer()
        if layer is None or layer.type() != QgsMapLayerType.RasterLayer:
            continue
        transparent = set()
        shader = getattr(layer.renderer(), "shader", lambda: None)()
        ramp = shader.rasterShaderFunction() if shader is not None else None
        if ramp is not None and hasattr(ramp, "colorRampItemList"):
            transparent = {item.label for item in ramp.colorRampItemList() if item.color.alpha() == 0}
        nodes = model.layerLegendNodes(node)
        keep = [index for index, legend_node in enumerate(nodes) if not isinstance(legend_node, QgsSimpleLegendNode)
                and legend_node.data(Qt.DisplayRole) not in transparent]
        if len(keep) < len(nodes):
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
            model.refreshLayerLegend(node)


def fit_legend(legend):
    """Keep every legend entry inside the template's legend box (a clipped legend hides classes from residents):
    more columns while they fit the width (whole layers per column first, then split), then smaller text and
    symbols, down to LEGEND_MIN_FONT_SCALE."""
    box = legend.sizeWithUnits()

    def overflow():
        needed = legend_content_size(legend)
        return needed.width() > box.width() + 0.01, needed.height() > box.height() + 0.01

    most_columns_fitting_the_width = 1  # with layers split across columns, the last arrangement tried
    for split in (False, True):
        legend.setSplitLayer(split)
        for columns in range(1, LEGEND_MAX_COLUMNS + 1):
            legend.setColumnCount(columns)
            too_wide, too_high = overflow()
            if not too_wide and not too_high:
                return
            if not too_wide:
                most_columns_fitting_the_width = columns
    legend.setColumnCount(most_columns_fitting_the_width)
    styles = (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel)
    sizes = {style: legend.rstyle(style).textFormat().size() for style in styles}
    symbol = legend.symbolWidth(), legend.symbolHeight()
    factor = 1.0
    while factor > LEGEND_MIN_FONT_SCALE and any(overflow()):
        factor -= 0.05
        for style in styles:
            text = legend.rstyle(style).textFormat()
            text.setSize(sizes[style] * factor)
            legend.rstyle(style).setTextFormat(text)
        legend.setSymbolWidth(symbol[0] * factor)
        legend.setSymbolHeight(symbol[1] * factor)


def wrap_for_box(text, label):
    """Break text into lines that fit the label's width.

    Labels wrap only at spaces, and Japanese has none: break by width instead, counting a full-width character as
    one em and a half-width one as half an em.
    """
    width_mm = label.sizeWithUnits().width() - 2 * label.marginX() - 1.0
    em_mm = label.textFormat().size() * 0.3528  # points to millimetres
    lines = []
    for paragraph in text.splitlines() or [""]:
        line, used = "", 0.0
        for char in paragraph:
            advance = em_mm * (1.0 if ord(char) > 0x2E7F else 0.55)
            if used + advance > width_mm and line:
                lines.append(line)
                line, used = "", 0.0
            line += char
            used += advance
        lines.append(line)
    return "\n".join(lines)


def _check_output(output, overwrite):
    output = Path(output)
    if output.suffix.lower() not in (".pdf", ".png"):
        raise InputError("the output must end in .pdf or .png", path=output)
    if output.exists() and not overwrite:
        raise InputError("the file exists already; choose another name or allow overwriting", path=output)
    output.parent.mkdir(parents=True, exist_ok=True)
    return output


def _export_into(workdir, layout, name, dpi, atlas, feedback):
    """Export into workdir; return the files written. An atlas reports each page to feedback and stops on Cancel."""
    exporter = QgsLayoutExporter(layout)
    target = str(Path(workdir) / name)
    if name.endswith(".pdf"):
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # outlines would hide the text from search
        if atlas:
            result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), target, settings, feedback)
        else:
            result, error = exporter.exportToPdf(target, settings), exporter.errorMessage()
    else:
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        if atlas:
            layout.atlas().setFilenameExpression("@atlas_pagename")
            result, error = QgsLayoutExporter.exportToImage(layout.atlas(), str(Path(workdir) / "page"), "png",
                                                            settings, feedback)
        else:
            result, error = exporter.exportToImage(target, settings), exporter.errorMessage()
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()
    if result != QgsLayoutExporter.Success:
        raise DigitalTwinError(f"the map could not be exported ({error or result})")
    return sorted(Path(workdir).iterdir())


def export_layout(layout, output, dpi=200, overwrite=False, atlas=False, feedback=None):
    """Write the layout to a .pdf or .png; the files are complete or absent. Returns the written paths.
    feedback (a QgsFeedback): progress and Cancel; a cancelled export writes nothing.

    A PDF holds every page (an atlas: a page per feature). PNG writes a file per page: <stem>.png, <stem>_2.png ...
    for a layout of several pages, <stem>_<page name>.png for an atlas.
    """
    output = _check_output(output, overwrite)
    workdir = tempfile.mkdtemp(prefix=".export_", dir=output.parent)
    try:
        files = _export_into(workdir, layout, "export" + output.suffix.lower(), dpi, atlas, feedback)
        if output.suffix.lower() == ".pdf":
            targets = [output]
        elif atlas:
            targets = [output.with_name(f"{output.stem}_{file.stem}.png") for file in files]
        else:  # the exporter names pages export.png, export_2.png, ...
            targets = [output.with_name(output.stem + file.stem[len("export"):] + ".png") for file in files]
        if len(targets) != len(files):
            raise DigitalTwinError(f"the export wrote {len(files)} files where {len(targets)} were expected")
        existing = [target for target in targets if target.exists()]
        if existing and not overwrite:
            raise InputError("the file exists already; choose another name or allow overwriting", path=existing[0])
        for file, target in zip(files, targets, strict=True):
            file.replace(target)
        return targets
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def enable_atlas(layout, coverage_layer, page_name_field=None):
    """One page per feature of coverage_layer, the main map following each feature."""
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage_layer)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    if page_name_field:
        atlas.setPageNameExpression(f'"{page_name_field}"')
    main_map = layout.itemById("main_map")
    main_map.setAtlasDriven(True)
    main_map.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    main_map.setAtlasMargin(0.10)
    title = layout.itemById("title")
    if page_name_field and title is not None:
        title.setText(title.text() + f' [% "{page_name_field}" %]')
    if not atlas.updateFeatures():
        raise DigitalTwinError(f"the atlas layer '{coverage_layer.name()}' has no features")
    return atlas
