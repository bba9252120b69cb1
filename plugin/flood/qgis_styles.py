"""Styles for flood results (QGIS side): GSI hazard-map depth colours with legend labels residents know.

The .qml files in resources/styles/flood_*.qml are the styles users and the Processing results load
(plugin.qgis_results);
``write_style_files()`` regenerates them from GSI_DEPTH_CLASSES (run it after changing the classes).
"""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRendererCategory,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from . import GSI_DEPTH_CLASSES

STYLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "styles"
STYLE_FILES = {
    "depth": STYLES_DIR / "flood_depth.qml",  # depth rasters (inundation, simulated max depth)
    "areas": STYLES_DIR / "flood_areas.qml",  # flooded-area polygons, field "class"
    "buildings": STYLES_DIR / "flood_buildings.qml",  # exposure output, field "flood_rank"
    "velocity": STYLES_DIR / "flood_velocity.qml",
    "arrival": STYLES_DIR / "flood_arrival.qml",
}


def _color(rgb, alpha=255):
    return QColor(rgb[0], rgb[1], rgb[2], alpha)


def depth_renderer(provider):
    """Discrete GSI classes: dry (0) transparent, then <0.5, 0.5-3, 3-5, 5-10, 10-20, ≥20 m."""
    items = [QgsColorRampShader.ColorRampItem(0.0, QColor(0, 0, 0, 0), "浸水なし")]
    items += [QgsColorRampShader.ColorRampItem(upper if upper != float("inf") else 1e9, _color(rgb), label)
              for upper, rgb, label in GSI_DEPTH_CLASSES]
    return _pseudocolor(provider, items, Qgis.ShaderInterpolationMethod.Discrete)


def continuous_renderer(provider, stops):
    items = [QgsColorRampShader.ColorRampItem(value, _color(rgb, alpha), label) for value, rgb, alpha, label in stops]
    return _pseudocolor(provider, items, Qgis.ShaderInterpolationMethod.Linear)


def _pseudocolor(provider, items, kind):
    ramp = QgsColorRampShader()
    ramp.setColorRampType(kind)
    ramp.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    return QgsSingleBandPseudoColorRenderer(provider, 1, shader)


def class_renderer(field, classes):
    categories = []
    for value, rgb, label in classes:
        symbol = QgsFillSymbol.createSimple({"color": f"{rgb[0]},{rgb[1]},{rgb[2]},255", "outline_color": "80,80,80",
                                             "outline_width": "0.1"})
        categories.append(QgsRendererCategory(value, symbol, label))
    return QgsCategorizedSymbolRenderer(field, categories)


def write_style_files(sample_raster):
    """Regenerate the flood .qml files (needs any single-band raster file to attach raster renderers to)."""
    STYLES_DIR.mkdir(parents=True, exist_ok=True)
    raster = QgsRasterLayer(str(sample_raster), "sample")
    gsi = [(rank, rgb, label) for rank, (_, rgb, label) in enumerate(GSI_DEPTH_CLASSES, start=1)]
    renderers = {
        "depth": depth_renderer(raster.dataProvider()),
        "velocity": continuous_renderer(raster.dataProvider(), [
            (0.0, (255, 255, 255), 0, "0 m/s"), (0.5, (158, 202, 225), 255, "0.5 m/s"),
            (1.0, (66, 146, 198), 255, "1 m/s"), (2.0, (8, 48, 107), 255, "2 m/s 以上")]),
        "arrival": continuous_renderer(raster.dataProvider(), [
            (0.0, (215, 25, 28), 255, "0 分"), (1800.0, (253, 174, 97), 255, "30 分"),
            (3600.0, (255, 255, 191), 255, "60 分"), (10800.0, (171, 217, 233), 255, "180 分")]),
    }
    for kind, renderer in renderers.items():
        raster.setRenderer(renderer)
        raster.saveNamedStyle(str(STYLE_FILES[kind]))
    for kind, field in (("areas", "class"), ("buildings", "flood_rank")):
        layer = QgsVectorLayer("Polygon?crs=EPSG:6677", kind, "memory")
        layer.setRenderer(class_renderer(field, gsi))
        layer.saveNamedStyle(str(STYLE_FILES[kind]))
