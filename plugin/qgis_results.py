"""Processing results on the map: every output layer an algorithm writes is loaded when the run completes (from its
dialog, the Toolbox, a model, batch mode or ``processing.runAndLoadResults``), named briefly in the UI's language,
styled, put in its group in drawing order, and the project put in the data's plane rectangular CRS.

Styles are a bundled ``resources/styles/<name>.qml``, ``SAVED_STYLE`` (the style stored with the data, e.g. the
loadcitygml GeoPackage's layer_styles: Processing opens layers without their default style) or a callable that
styles the layer. The helpers keep the Python reference to each post-processor that QGIS does not keep.
"""

import functools
from collections import deque
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsGraduatedSymbolRenderer,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRuleBasedRenderer,
    QgsSingleBandPseudoColorRenderer,
)
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QColor

from .i18n import tr

STYLES_DIR = Path(__file__).resolve().parent.parent / "resources" / "styles"
SAVED_STYLE = "saved"  # the style saved with the data
# Terrain colours from low to high ground (hypsometric tints): lowland green, then yellow, brown and light grey.
TERRAIN_COLOURS = ((0.0, (26, 150, 65)), (0.25, (166, 217, 106)), (0.5, (255, 255, 191)),
                   (0.75, (205, 145, 75)), (1.0, (240, 240, 240)))
ELEVATION_CLASSES = 6
# Post-processors of recent runs. QGIS holds only a C++ pointer, and the algorithm instance that made them is a
# copy QgsProcessingAlgorithm.run() deletes before the results are loaded (processing.runAndLoadResults, models):
# a reference on it would die with it. Bounded, as the runs of a session are.
KEPT_POST_PROCESSORS = deque(maxlen=1000)


class ResultLayer(QgsProcessingLayerPostProcessorInterface):
    """Names, styles and shows or hides one loaded output; once the layer is in the project, a project in no CRS
    or a geographic one takes the layer's projected CRS (3D views and measurements need metres)."""

    def __init__(self, name="", style=None, visible=True):
        super().__init__()
        self.name = name
        self.style = style
        self.visible = visible

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if layer is None or not layer.isValid():
            return
        if self.name:
            layer.setName(self.name)
        apply_style(layer, self.style, feedback)
        translate_legend(layer)
        project = layer.project() or (context.project() if context is not None else None)
        if project is not None:
            node = project.layerTreeRoot().findLayer(layer.id())
            if node is not None:
                node.setItemVisibilityChecked(self.visible)
            use_projected_crs(project, layer.crs())
            # QGIS desktop's map canvas gives a project the CRS of its first layer when the canvas first shows
            # layers, in an update queued when the layers were added (before this runs): say it again after that.
            QTimer.singleShot(0, functools.partial(use_projected_crs, project, layer.crs()))
        layer.triggerRepaint()


def apply_style(layer, style, feedback=None):
    """Style ``layer`` with a bundled .qml name, SAVED_STYLE or a callable; report a style that did not apply."""
    if style is None:
        return
    if callable(style):
        style(layer)
        return
    if style == SAVED_STYLE:
        message, ok = layer.loadDefaultStyle()
    else:
        message, ok = layer.loadNamedStyle(str(STYLES_DIR / f"{style}.qml"))
    if not ok and feedback is not None:
        feedback.reportError(tr("The style {0} could not be applied to {1}: {2}").format(style, layer.name(),
                                                                                         message), False)


def legend_labels():
    """Legend labels as the bundled styles hold them (GSI hazard-map Japanese, mostly) -> the UI's language."""
    return {
        "浸水なし": tr("Not flooded"),
        "浸水深 0.5m未満": tr("Depth under 0.5 m"),
        "浸水深 0.5〜3m": tr("Depth 0.5 - 3 m"),
        "浸水深 3〜5m": tr("Depth 3 - 5 m"),
        "浸水深 5〜10m": tr("Depth 5 - 10 m"),
        "浸水深 10〜20m": tr("Depth 10 - 20 m"),
        "浸水深 20m以上": tr("Depth 20 m or more"),
        "no flood rank": tr("No flood rank"),
        # the building styles saved in loadcitygml's GeoPackages (plugin/citygml/qgis_styles.py)
        "L2 < 0.5 m": tr("L2: depth under 0.5 m"),
        "L2 0.5 - 3 m": tr("L2: depth 0.5 - 3 m"),
        "L2 3 - 5 m": tr("L2: depth 3 - 5 m"),
        "L2 5 - 10 m": tr("L2: depth 5 - 10 m"),
        "L2 10 - 20 m": tr("L2: depth 10 - 20 m"),
        "L2 >= 20 m": tr("L2: depth 20 m or more"),
        # roads, land use (plugin/citygml/qgis_styles.py: ROAD_FUNCTION_COLOURS, LAND_USE_COLOURS)
        "Expressway": tr("Expressway"),
        "National road": tr("National road"),
        "Prefectural road": tr("Prefectural road"),
        "Municipal road": tr("Municipal road"),
        "Other or unknown road": tr("Other or unknown road"),
        "Carriageway": tr("Carriageway"),
        "Sidewalk": tr("Sidewalk"),
        "Island or median": tr("Island or median"),
        "Tram stop": tr("Tram stop"),
        "Planting": tr("Planting"),
        "Bicycle parking": tr("Bicycle parking"),
        "Car park": tr("Car park"),
        "Other traffic area": tr("Other traffic area"),
        "Paddy field": tr("Paddy field"),
        "Field": tr("Field"),
        "Forest": tr("Forest"),
        "Water": tr("Water"),
        "Other natural land": tr("Other natural land"),
        "Residential": tr("Residential"),
        "Commercial": tr("Commercial"),
        "Industrial": tr("Industrial"),
        "Public facilities": tr("Public facilities"),
        "Road": tr("Road"),
        "Transport facilities": tr("Transport facilities"),
        "Public open space": tr("Public open space"),
        "Other public facilities": tr("Other public facilities"),
        "Farming, forestry and fishery facilities": tr("Farming, forestry and fishery facilities"),
        "Golf course": tr("Golf course"),
        "Solar power plant": tr("Solar power plant"),
        "Surface parking": tr("Surface parking"),
        "Other urban use": tr("Other urban use"),
        "Unused land": tr("Unused land"),
        "Other or unknown land use": tr("Other or unknown land use"),
        # district_floor_area (plugin/citygml/qgis_styles.py: FAR_USED_CLASSES)
        "FAR used: under 25 %": tr("FAR used: under 25 %"),
        "FAR used: 25 - 50 %": tr("FAR used: 25 - 50 %"),
        "FAR used: 50 - 75 %": tr("FAR used: 50 - 75 %"),
        "FAR used: 75 - 100 %": tr("FAR used: 75 - 100 %"),
        "FAR used: 100 % or more": tr("FAR used: 100 % or more"),
        "2 m/s 以上": tr("2 m/s or more"),
        "0 分": tr("0 min"),
        "30 分": tr("30 min"),
        "60 分": tr("60 min"),
        "180 分": tr("180 min"),
        "適性 高（1,200 kWh/m² 以上）": tr("High (1,200 kWh/m² or more)"),
        "適性 中（1,100〜1,200 kWh/m²）": tr("Medium (1,100 - 1,200 kWh/m²)"),
        "適性 低（1,100 kWh/m² 未満）": tr("Low (under 1,100 kWh/m²)"),
        "設置に不向き": tr("Unsuitable"),
        "車いすで通れる": tr("Passable by wheelchair"),
        "データ不明": tr("Data unknown"),
        "通れない（バリア）": tr("Not passable (barrier)"),
    }


def translate_legend(layer):
    """The legend of a styled layer in the UI's language: class labels of categorized, rule-based and
    pseudocolour renderers that legend_labels() knows are replaced."""
    labels = legend_labels()
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            if category.label() in labels:
                renderer.updateCategoryLabel(index, labels[category.label()])
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        for index, class_range in enumerate(renderer.ranges()):
            if class_range.label() in labels:
                renderer.updateRangeLabel(index, labels[class_range.label()])
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            rule.setLabel(labels.get(rule.label(), rule.label()))
    elif isinstance(renderer, QgsSingleBandPseudoColorRenderer) and renderer.shader() is not None:
        ramp = renderer.shader().rasterShaderFunction()
        items = ramp.colorRampItemList()
        for item in items:
            item.label = labels.get(item.label, item.label)
        ramp.setColorRampItemList(items)
    if layer.legend() is not None:
        layer.legend().itemsChanged.emit()  # the layer tree shows the new labels (its legend nodes are cached)


def use_projected_crs(project, crs):
    """Give ``project`` the projected CRS ``crs`` (not a geocentric one, as 3D Tiles have) when it has none yet or a
    geographic one; True when it changed."""
    if not crs.isValid() or crs.type() != Qgis.CrsType.Projected:
        return False
    current = project.crs()
    if current.isValid() and not current.isGeographic():
        return False
    project.setCrs(crs)
    return True


def _keep(post_processor):
    KEPT_POST_PROCESSORS.append(post_processor)
    return post_processor


def style_output(context, layer_id, *, name="", style=None, visible=True):
    """Style an output the context will load anyway (a destination parameter with 'Open output file' checked);
    returns the post-processor, or None when the output is not loaded."""
    if not layer_id or not context.willLoadLayerOnCompletion(layer_id):
        return None
    post_processor = _keep(ResultLayer(name, style, visible))
    context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(post_processor)
    return post_processor


class Result:
    """One layer to load: uri (a file, or 'file.gpkg|layername=x'), short name, style, visibility, type hint."""

    def __init__(self, uri, name, style=None, *, visible=True, hint=QgsProcessingUtils.LayerHint.UnknownType):
        self.uri = str(uri)
        self.name = name
        self.style = style
        self.visible = visible
        self.hint = hint


def load_outputs(context, output_name, results, *, group=""):
    """Load ``results`` (top of the drawing order first) when the run completes, under ``group`` when given.

    For outputs Processing does not load by itself: the layers of a multi-layer GeoPackage, the files of a folder.
    Returns the post-processors."""
    post_processors = []
    for index, result in enumerate(results):
        details = QgsProcessingContext.LayerDetails(result.name, context.project(), output_name, result.hint)
        details.forceName = True
        details.groupName = group
        details.layerSortKey = len(results) - index  # Processing puts the highest key on top
        post_processor = _keep(ResultLayer(result.name, result.style, result.visible))
        details.setPostProcessor(post_processor)
        context.addLayerToLoadOnCompletion(result.uri, details)
        post_processors.append(post_processor)
    return post_processors


def elevation_renderer(layer, classes=ELEVATION_CLASSES):
    """Terrain colours over the raster's range in ``classes`` equal steps, labelled in metres (DEM, DSM)."""
    provider = layer.dataProvider()
    statistics = provider.bandStatistics(1)
    low, high = statistics.minimumValue, statistics.maximumValue
    if not high > low:
        high = low + 1.0
    ramp = QgsGradientColorRamp(QColor(*TERRAIN_COLOURS[0][1]), QColor(*TERRAIN_COLOURS[-1][1]), False,
                                [QgsGradientStop(offset, QColor(*rgb)) for offset, rgb in TERRAIN_COLOURS[1:-1]])
    shader_function = QgsColorRampShader(low, high, ramp, Qgis.ShaderInterpolationMethod.Linear,
                                         Qgis.ShaderClassificationMethod.Continuous)
    shader_function.setClassificationMode(Qgis.ShaderClassificationMethod.EqualInterval)
    shader_function.classifyColorRamp(classes, 1, layer.extent(), provider)
    items = shader_function.colorRampItemList()
    for item in items:
        item.label = tr("{0:.1f} m").format(item.value)
    shader_function.setColorRampItemList(items)
    shader = QgsRasterShader(low, high)
    shader.setRasterShaderFunction(shader_function)
    renderer = QgsSingleBandPseudoColorRenderer(provider, 1, shader)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)
    return renderer


def style_elevation(layer):
    """A DEM or DSM raster in terrain colours (a callable style for ResultLayer)."""
    if isinstance(layer, QgsRasterLayer):
        layer.setRenderer(elevation_renderer(layer))
