"""Resident maps as QGIS print layouts: build the page designs, fill a template, export PDF/PNG (atlas too).

Templates (resources/layouts/*.qpt) are made by build_layout() through scripts/make_layout_templates.py, so users can
also open and adapt them in the layout designer; the exporter finds the boxes by their item ids.
"""

import datetime
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
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
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProviderRegistry,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleLegendNode,
    QgsSingleSymbolRenderer,
    QgsSpatialIndex,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QMetaType, Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..errors import Cancelled, DigitalTwinError, InputError
from ..qgis_credits import layer_metadata
from ..safe_io import exists_error, finalise, refuse_existing, stat_or_none, temporary_folder
from .attribution import attribution_text
from .layout_spec import FONT_SIZES, JAPANESE_FONT, PAPERS, boxes_mm
from .presets import (
    AREAS_LEGEND,
    AREAS_STYLE,
    BUILDINGS_LEGEND,
    BUILDINGS_LEGEND_WITH_HAZARD,
    BUILDINGS_STYLE,
    HAZARD_STYLES,
    NO_RANK_LABEL,
    building_rank_field,
    rank_expression,
    ranked_areas,
    style_rule,
)
from .qgis_basemap import offline_basemap, tile_layer
from .qgis_sites import sites_layer

TEMPLATES_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "layouts"
STYLES_DIR = TEMPLATES_DIR.parent / "styles"
MM = Qgis.LayoutUnit.Millimeters


def searchable(fmt):
    """The text format drawn without OpenType shaping: Qt's PDF writer cannot map glyphs that a substitution chose
    back to characters, so shaped Latin runs in Noto Sans CJK lost their digits ("(L )" for "(L2)") in the PDF's
    text. Japanese needs no shaping. Not kept in .qpt templates, so fill_layout() applies it again."""
    font = fmt.font()
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    fmt.setFont(font)
    return fmt


def text_format(size, bold=False, color="#1a1a1a", halo_mm=0.0):
    """The map's text: the Japanese font, searchable in the PDF; ``halo_mm`` > 0 draws a white halo (labels on the
    map stay legible over any colour)."""
    font = QFont(JAPANESE_FONT)
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    searchable(fmt)
    fmt.setSize(size)
    fmt.setSizeUnit(Qgis.RenderUnit.Points)
    fmt.setColor(QColor(color))
    if halo_mm > 0:
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(halo_mm)
        buffer.setSizeUnit(Qgis.RenderUnit.Millimeters)
        buffer.setColor(QColor("#ffffff"))
        fmt.setBuffer(buffer)
    return fmt


def _place(item, box, item_id):
    x, y, width, height = box
    item.setId(item_id)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(width, height, MM))


def _label(layout, box, item_id, size, text="", bold=False, frame=False, align=Qt.AlignmentFlag.AlignLeft):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    label.setTextFormat(text_format(size, bold))
    label.setHAlign(align)
    label.setVAlign(Qt.AlignmentFlag.AlignVCenter if not frame else Qt.AlignmentFlag.AlignTop)
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
    orientation = QgsLayoutItemPage.Orientation.Landscape if paper.landscape else QgsLayoutItemPage.Orientation.Portrait
    layout.pageCollection().page(0).setPageSize(paper.size, orientation)

    _label(layout, boxes["title"], "title", FONT_SIZES["title"] * scale, "地図のタイトル", bold=True)
    _label(layout, boxes["subtitle"], "subtitle", FONT_SIZES["subtitle"] * scale, "")
    _label(layout, boxes["date"], "date", FONT_SIZES["date"] * scale, "", align=Qt.AlignmentFlag.AlignRight)
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
    scalebar.setUnits(Qgis.DistanceUnit.Meters)
    scalebar.setUnitLabel("m")
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setTextFormat(text_format(FONT_SIZES["scalebar"] * scale))
    scalebar.setBackgroundEnabled(True)
    layout.addLayoutItem(scalebar)
    _place(scalebar, boxes["scalebar"], "scalebar")

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("凡例")
    legend.setLinkedMap(main_map)
    legend.setResizeToContents(False)
    legend.setColumnCount(1)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    legend.setWrapString("|")
    for style, size, bold in ((QgsLegendStyle.Style.Title, FONT_SIZES["legend_title"], True),
                              (QgsLegendStyle.Style.Group, FONT_SIZES["legend_group"], True),
                              (QgsLegendStyle.Style.Subgroup, FONT_SIZES["legend_group"], True),
                              (QgsLegendStyle.Style.SymbolLabel, FONT_SIZES["legend_item"], False)):
        legend.rstyle(style).setTextFormat(text_format(size * scale, bold))
    layout.addLayoutItem(legend)
    _place(legend, boxes["legend"], "legend")
    return layout


def save_template(layout, path):
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise DigitalTwinError("could not write the layout template {path}", path=path)


def load_template(project, template):
    """A print layout from a .qpt file (a path, or the name of a bundled template such as 'a4_portrait')."""
    path = Path(template)
    if not path.suffix:
        path = TEMPLATES_DIR / f"{template}.qpt"
    if not path.is_file():
        raise DigitalTwinError("layout template not found: {path}", path=path)
    document = QDomDocument()
    if not document.setContent(path.read_text(encoding="utf-8"))[0]:
        raise DigitalTwinError("{path}: not a valid QGIS layout template (.qpt)", path=path)
    layout = QgsPrintLayout(project)
    layout.keep_project_alive = project  # the layout holds only a C++ pointer; a collected project crashes QGIS
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise DigitalTwinError("{path}: QGIS could not read this layout template", path=path)
    missing = [item_id for item_id in ("title", "main_map", "legend") if layout.itemById(item_id) is None]
    if missing:
        raise DigitalTwinError("{path}: the template has no item with id {missing}", path=path,
                               missing=', '.join(missing))
    return layout


HAZARD_OPACITY = 0.6  # hazard areas over the basemap: the streets and names must show through
BUILDING_OUTLINE = QColor("#262626")
BUILDING_OUTLINE_MM = 0.3
NO_RANK_FILL = QColor("#ffffff")
LEGEND_ONLY_PROPERTY = "digitaltwin/legend_only"
# Layers that do not decide the map's extent (a city's shelters, a ward's roads): OVERLAY ones are in the legend,
# BASEMAP ones are not.
CONTEXT_PROPERTY, OVERLAY, BASEMAP = "digitaltwin/context", "overlay", "basemap"
A4_LONG_SIDE_MM = 297.0
ROUTE_STYLE = "barrierfree_route"  # legend labels a layer keeps (the rest are listed by another)


def _apply_style(copy, style, layer):
    # importNamedStyle, not loadNamedStyle: that one prefers a GeoPackage's own default style (layer_styles) to
    # the file it is given, so loadcitygml's buildings kept their grey single-symbol style
    path = STYLES_DIR / f"{style}.qml"
    document = QDomDocument()
    ok = document.setContent(path.read_text(encoding="utf-8"))[0]
    ok, message = copy.importNamedStyle(document) if ok else (False, str(path))
    if not ok:
        raise DigitalTwinError("the style {style}.qml could not be applied to {layer}: {detail}", style=style,
                               layer=layer.name(), detail=message)


def _rank_buildings(layer, field, is_label):
    """Buildings filled by their own flood rank with strong outlines, so they stand out from the hazard beneath;
    buildings with no rank stay white, outlined, as the homes they are."""
    renderer = layer.renderer()
    renderer.setClassAttribute(rank_expression(field, is_label))
    categories = renderer.categories()  # copies: keep them referenced while their symbols are used
    for index, category in enumerate(categories):
        symbol = category.symbol().clone()
        for symbol_layer in symbol.symbolLayers():
            symbol_layer.setStrokeColor(BUILDING_OUTLINE)
            symbol_layer.setStrokeWidth(BUILDING_OUTLINE_MM)
        renderer.updateCategorySymbol(index, symbol)
    outlined = renderer.categories()  # copies again: referenced while the symbol is cloned
    no_rank = outlined[0].symbol().clone()
    no_rank.setColor(NO_RANK_FILL)
    renderer.addCategory(QgsRendererCategory(None, no_rank, NO_RANK_LABEL))


def _rank_areas(layer, expression):
    """Hazard areas by rank without outlines: PLATEAU's are TIN triangles, whose edges mean nothing to a reader."""
    renderer = layer.renderer()
    renderer.setClassAttribute(expression)
    categories = renderer.categories()  # copies: keep them referenced while their symbols are used
    for index, category in enumerate(categories):
        symbol = category.symbol().clone()
        for symbol_layer in symbol.symbolLayers():
            symbol_layer.setStrokeStyle(Qt.PenStyle.NoPen)
        renderer.updateCategorySymbol(index, symbol)


def styled_for_preset(layers, preset, rank_field="", shelters=None, basemap=(), tiles="none", tiles_url=""):
    """Copies of the layers drawn and named as the preset says (the user's own layers are left as they are).

    On the flood preset, buildings are drawn by their own flood rank from ``rank_field`` or the first rank field
    they have (presets.building_rank_field), over semi-transparent hazard layers. ``shelters`` (a GSI CSV path or
    a point layer) adds, on top, the sites valid for the preset's hazard with their names (qgis_sites); the
    barrier-free route's start and end are marked and named too. Under everything: ``basemap`` layers drawn muted
    (qgis_basemap.offline_basemap) and GSI's ``tiles`` (basemap.TILE_CHOICES; ``tiles_url``: another server)."""
    styled, buildings, hazard_shown, route = [], [], False, None
    for layer in layers:
        copy = layer.clone()
        is_vector = copy.type() == QgsMapLayerType.VectorLayer
        if is_vector:
            copy.updateExtents()  # a clone copies the layer's cached extent, which can be empty (seen in desktop)
        fields = [field.name() for field in copy.fields()] if is_vector else []
        text_fields = [field.name() for field in copy.fields() if not field.isNumeric()] if is_vector else []
        rank = building_rank_field(fields, rank_field, text_fields) if is_vector and preset == "flood" else None
        feature_types = [str(value) for value in copy.uniqueValues(copy.fields().indexOf("feature_type"), 10)] \
            if rank is not None and "feature_type" in fields else []
        if rank is not None and ranked_areas(fields, feature_types):  # PLATEAU hazard water bodies
            _apply_style(copy, AREAS_STYLE, layer)
            _rank_areas(copy, rank_expression(*rank))
            copy.setName(AREAS_LEGEND)
            copy.setOpacity(HAZARD_OPACITY)
            hazard_shown = True
        elif rank is not None:
            _apply_style(copy, BUILDINGS_STYLE, layer)
            _rank_buildings(copy, *rank)
            copy.setCustomProperty(RANK_EXPRESSION_PROPERTY, rank_expression(*rank))
            buildings.append(copy)
        else:
            layer_name = QgsProviderRegistry.instance().decodeUri(copy.providerType(), copy.source()).get("layerName")
            rule = style_rule(preset, "vector" if is_vector else "raster", fields, layer_name or copy.name())
            if rule is not None:
                style, legend = rule
                _apply_style(copy, style, layer)
                copy.setName(legend)
                if style in HAZARD_STYLES:
                    copy.setOpacity(HAZARD_OPACITY)
                    hazard_shown = True
                if style == ROUTE_STYLE:
                    route = copy
        styled.append(copy)
    if rank_field and not buildings:
        raise InputError("no layer has the flood rank field '{rank_field}'", rank_field=rank_field)
    for copy in buildings:
        copy.setName(BUILDINGS_LEGEND_WITH_HAZARD if hazard_shown else BUILDINGS_LEGEND)
        if hazard_shown:
            copy.setCustomProperty(LEGEND_ONLY_PROPERTY, NO_RANK_LABEL)
    sites = sites_layer(shelters, preset, route) if shelters or route is not None else None
    if sites is not None:
        sites.setCustomProperty(CONTEXT_PROPERTY, OVERLAY)
        styled.insert(0, sites)
    under = offline_basemap(basemap)
    tile = tile_layer(tiles, tiles_url)
    for layer in [*under, *([tile] if tile is not None else [])]:
        layer.setCustomProperty(CONTEXT_PROPERTY, BASEMAP)
        styled.append(layer)
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


def fill_layout(layout, layers, title, subtitle="", notes="", extent=None, date=None, attribution="", boundary=None):
    """Put the layers, texts and extent into a layout made by build_layout() or loaded from a template;
    ``attribution`` is added to the notices the layers' metadata give. The locator inset shows ``boundary`` (the
    municipality or ward: a polygon layer) or, without one, the data's extent, with the map's frame on it."""
    main_map = layout.itemById("main_map")
    main_map.setLayers(layers)
    main_map.setKeepLayerSet(True)
    if extent is None:
        extent = QgsRectangle()
        subject = [layer for layer in layers if not layer.customProperty(CONTEXT_PROPERTY)] or layers
        for layer in subject:
            if layer.extent().isEmpty():
                continue
            to_map = QgsCoordinateTransform(layer.crs(), main_map.crs(), layout.project().transformContext())
            extent.combineExtentWith(to_map.transformBoundingBox(layer.extent()))
    if extent.isEmpty():
        raise DigitalTwinError("the map has nothing to show: the layers are empty and no extent was given")
    main_map.zoomToExtent(extent.buffered(max(extent.width(), extent.height()) * 0.03))
    inset = layout.itemById("inset_map")
    if inset is not None:
        fill_locator(inset, layers, boundary, extent, layout.project().transformContext())
    make_text_searchable(layout)
    scale_overlays(layout, layers)
    legend = layout.itemById("legend")
    legend.setAutoUpdateModel(False)
    legend.model().rootGroup().clear()
    for layer in layers:
        if layer.customProperty(CONTEXT_PROPERTY) != BASEMAP:
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
        scalebar.applyDefaultSize(Qgis.DistanceUnit.Meters)  # a round segment length for this map's scale
    layout.refresh()
    return layout


def scale_overlays(layout, layers):
    """Shelter pictograms and names grow with the paper like the page's text (sized for A4; A3 is 1.41x)."""
    page = layout.pageCollection().page(0).pageSize()
    scale = max(page.width(), page.height()) / A4_LONG_SIDE_MM
    if abs(scale - 1.0) < 0.01:
        return
    for layer in layers:
        if layer.customProperty(CONTEXT_PROPERTY) != OVERLAY:
            continue
        for symbol in layer.renderer().symbols(QgsRenderContext()):
            symbol.setSize(symbol.size() * scale)
        if layer.labeling() is not None:
            settings = layer.labeling().settings()
            text = settings.format()
            text.setSize(text.size() * scale)
            settings.setFormat(text)
            settings.dist *= scale
            layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def make_text_searchable(layout):
    """Every text of the page (labels, legend, scale bar) drawn so the PDF's text reads back as written."""
    for item in layout.items():
        if isinstance(item, (QgsLayoutItemLabel, QgsLayoutItemScaleBar)):
            item.setTextFormat(searchable(item.textFormat()))
        elif isinstance(item, QgsLayoutItemLegend):
            for style in (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
                          QgsLegendStyle.Style.SymbolLabel):
                item.rstyle(style).setTextFormat(searchable(item.rstyle(style).textFormat()))


LOCATOR_FRAME = {"color": "255,0,0,40", "outline_color": "#d7191c", "outline_width": "0.7"}
# of the area's larger side: a boundary fills the inset; the data's extent alone gets room around it, so the map's
# frame (wider than the data) shows whole
LOCATOR_MARGIN = {True: 0.08, False: 1.0}


def fill_locator(inset, layers, boundary, extent, transform_context):
    """The inset: the boundary outlined (named where it has a name), the basemap under it, the main map's frame
    in red on top; zoomed to the boundary."""
    crs = inset.layout().itemById("main_map").crs()
    outline = locator_boundary(boundary, extent, crs)
    inset.setCrs(crs)
    inset.setLayers([outline, *(layer for layer in layers if layer.customProperty(CONTEXT_PROPERTY) == BASEMAP)])
    inset.setKeepLayerSet(True)
    inset.layout().keep_locator_alive = outline  # the inset holds only a C++ pointer; the caller keeps the layout
    area = QgsCoordinateTransform(outline.crs(), crs, transform_context).transformBoundingBox(outline.extent())
    area.combineExtentWith(extent)
    inset.zoomToExtent(area.buffered(max(area.width(), area.height()) * LOCATOR_MARGIN[boundary is not None]))
    if inset.overviews().size():
        inset.overviews().overview(0).setFrameSymbol(QgsFillSymbol.createSimple(LOCATOR_FRAME))


def locator_boundary(boundary, extent, crs):
    """The boundary layer drawn as a dark outline over a pale ground, or a rectangle of the data's extent."""
    if boundary is None:
        layer = QgsVectorLayer("Polygon", "範囲", "memory")
        layer.setCrs(crs)
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromRect(extent))
        layer.dataProvider().addFeature(feature)
        layer.updateExtents()
    else:
        if boundary.geometryType() != Qgis.GeometryType.Polygon:
            raise InputError("the boundary must be a polygon layer", path=boundary.source())
        layer = boundary.clone()
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "#f4f4ef", "outline_color": "#333333", "outline_width": "0.5"})))
    name_field = next((field for field in ("name", "名称", "市区町村名", "N03_004", "CITY_NAME")
                       if field in layer.fields().names()), None)
    if name_field is not None:
        settings = QgsPalLayerSettings()
        settings.fieldName = name_field
        settings.setFormat(text_format(7.0, bold=True, color="#333333"))
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
    return layer


WRAPPED_ITEMS = ("notes", "attribution", "subtitle")
LEGEND_MAX_COLUMNS = 3
LEGEND_MIN_FONT_SCALE = 0.6  # below this the legend would not be readable on paper


def legend_content_size(legend):
    """The size (mm) the legend needs for its content, as QGIS lays it out (title, groups, symbols, columns)."""
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    return QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)


def drop_legend_noise(legend):
    """Leave out of the legend what means nothing to a resident or is said twice: the band name QGIS puts first in a
    raster's legend ("Band 1 (Gray)"), classes drawn fully transparent (their swatch would print black, e.g.
    浸水なし), and the classes a layer shares with another one (LEGEND_ONLY_PROPERTY: the labels it keeps)."""
    model = legend.model()
    for node in model.rootGroup().findLayers():
        layer = node.layer()
        if layer is None:
            continue
        nodes = model.layerLegendNodes(node)
        if layer.type() == QgsMapLayerType.RasterLayer:
            transparent = set()
            shader = getattr(layer.renderer(), "shader", lambda: None)()
            ramp = shader.rasterShaderFunction() if shader is not None else None
            if ramp is not None and hasattr(ramp, "colorRampItemList"):
                transparent = {item.label for item in ramp.colorRampItemList() if item.color.alpha() == 0}
            keep = [index for index, legend_node in enumerate(nodes) if not isinstance(legend_node, QgsSimpleLegendNode)
                    and legend_node.data(Qt.ItemDataRole.DisplayRole) not in transparent]
        elif layer.customProperty(LEGEND_ONLY_PROPERTY):
            only = str(layer.customProperty(LEGEND_ONLY_PROPERTY)).split("|")
            keep = [index for index, legend_node in enumerate(nodes)
                    if legend_node.data(Qt.ItemDataRole.DisplayRole) in only]
        else:
            continue
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
    styles = (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
              QgsLegendStyle.Style.SymbolLabel)
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
    refuse_existing(output, overwrite)
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
    if result != QgsLayoutExporter.ExportResult.Success:
        raise DigitalTwinError("the map could not be exported ({error})", error=error or result)
    if name.endswith(".pdf"):
        from .pdf_text import fix_pdf_text

        fix_pdf_text(target)
    return sorted(Path(workdir).iterdir())


def export_layout(layout, output, dpi=200, overwrite=False, atlas=False, feedback=None):
    """Write the layout to a .pdf or .png; the files are complete or absent. Returns the written paths.
    feedback (a QgsFeedback): progress and Cancel; a cancelled export writes nothing.

    A PDF holds every page (an atlas: a page per feature). PNG writes a file per page: <stem>.png, <stem>_2.png ...
    for a layout of several pages, <stem>_<page name>.png for an atlas.
    """
    output = _check_output(output, overwrite)
    with temporary_folder(".export_", output.parent) as workdir:
        files = _export_into(workdir, layout, "export" + output.suffix.lower(), dpi, atlas, feedback)
        if output.suffix.lower() == ".pdf":
            targets = [output]
        elif atlas:
            targets = [output.with_name(f"{output.stem}_{file.stem}.png") for file in files]
        else:  # the exporter names pages export.png, export_2.png, ...
            targets = [output.with_name(output.stem + file.stem[len("export"):] + ".png") for file in files]
        if len(targets) != len(files):
            raise DigitalTwinError("the export wrote {files_count} files where {targets_count} were expected",
                                   files_count=len(files), targets_count=len(targets))
        found = [stat_or_none(target) for target in targets]
        existing = [target for target, status in zip(targets, found, strict=True) if status]
        if existing and not overwrite:
            raise exists_error(existing[0])
        for file, target, status in zip(files, targets, found, strict=True):
            finalise(file, target, replaceable=status)  # fails if another run wrote the file meanwhile
        return targets


EXPOSED_FIELD = "exposed_buildings"
EXPOSED_TEXT = "この地区で浸水が想定される建物: [% \"{field}\" %] 棟"
RANK_EXPRESSION_PROPERTY = "digitaltwin/rank_expression"  # set on flood-ranked building copies


def exposed_counts(coverage_layer, buildings, transform_context):
    """{coverage feature id: number of buildings with a flood rank whose point on surface lies in it}."""
    rank = QgsExpression(f"({buildings.customProperty(RANK_EXPRESSION_PROPERTY)}) >= 1")
    to_coverage = QgsCoordinateTransform(buildings.crs(), coverage_layer.crs(), transform_context)
    points = []
    for feature in buildings.getFeatures(QgsFeatureRequest(rank)):
        if feature.hasGeometry():
            point = feature.geometry().pointOnSurface()
            point.transform(to_coverage)
            points.append(point)
    index = QgsSpatialIndex()
    for number, point in enumerate(points):
        index.addFeature(number, point.boundingBox())
    counts = {}
    for district in coverage_layer.getFeatures():
        geometry = district.geometry()
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        counts[district.id()] = sum(1 for number in index.intersects(geometry.boundingBox())
                                    if engine.intersects(points[number].constGet()))
    return counts


def _with_exposed_counts(coverage_layer, buildings, transform_context):
    """A memory copy of the coverage layer with each district's count of exposed buildings in EXPOSED_FIELD."""
    counts = exposed_counts(coverage_layer, buildings, transform_context)
    copy = coverage_layer.materialize(QgsFeatureRequest())
    copy.setName(coverage_layer.name())
    copy.dataProvider().addAttributes([QgsField(EXPOSED_FIELD, QMetaType.Type.Int)])
    copy.updateFields()
    index = copy.fields().indexOf(EXPOSED_FIELD)
    original_ids = [feature.id() for feature in coverage_layer.getFeatures()]
    copied_ids = [feature.id() for feature in copy.getFeatures()]
    copy.dataProvider().changeAttributeValues({copied: {index: counts[original]} for copied, original in
                                               zip(copied_ids, original_ids, strict=True)})
    return copy


def _exposed_label(layout, main_map):
    """A label at the top left of the main map: the page's count of exposed buildings."""
    box = main_map.sizeWithUnits()
    position = main_map.positionWithUnits()
    label = _label(layout, (position.x() + 2.0, position.y() + 2.0, box.width() * 0.55, 8.0), "exposed",
                   FONT_SIZES["subtitle"], EXPOSED_TEXT.format(field=EXPOSED_FIELD), bold=True)
    label.setBackgroundEnabled(True)
    label.setBackgroundColor(QColor(255, 255, 255, 230))
    label.setMarginX(1.5)
    return label


def _outline_districts(layer):
    """Districts as outlines over the map: the page's own bold, its neighbours thin and dashed."""
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, look in (("@atlas_featureid = $id", {"outline_color": "#1a1a1a", "outline_width": "0.8"}),
                             ("ELSE", {"outline_color": "#808080", "outline_width": "0.3",
                                       "outline_style": "dash"})):
        root.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple({"style": "no", **look}), 0, 0,
                                                   expression))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.setCustomProperty(CONTEXT_PROPERTY, BASEMAP)  # not a legend entry


def enable_atlas(layout, coverage_layer, page_name_field=None):
    """One page per feature of coverage_layer, the main map following each feature. With flood-ranked buildings
    on the map, each page also says how many of them lie in its district (町丁目, school district...)."""
    main_map = layout.itemById("main_map")
    buildings = next((layer for layer in main_map.layers() if layer.customProperty(RANK_EXPRESSION_PROPERTY)), None)
    if buildings is not None:
        coverage_layer = _with_exposed_counts(coverage_layer, buildings, layout.project().transformContext())
        layout.keep_coverage_alive = coverage_layer  # the atlas holds only a C++ pointer
        _exposed_label(layout, main_map)
    else:
        coverage_layer = coverage_layer.clone()
        layout.keep_coverage_alive = coverage_layer
    _outline_districts(coverage_layer)
    main_map.setLayers([coverage_layer, *main_map.layers()])
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage_layer)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    if page_name_field:
        atlas.setPageNameExpression(f'"{page_name_field}"')
    main_map.setAtlasDriven(True)
    main_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    main_map.setAtlasMargin(0.10)
    title = layout.itemById("title")
    if page_name_field and title is not None:
        title.setText(title.text() + f' [% "{page_name_field}" %]')
    if not atlas.updateFeatures():
        raise DigitalTwinError("the atlas layer '{coverage_layer}' has no features",
                               coverage_layer=coverage_layer.name())
    return atlas
