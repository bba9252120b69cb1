"""A 3D view page for the resident map: the district in perspective, buildings extruded, results draped on the ground.

Recipe found for QGIS 3.40 (a crash otherwise): the QgsLayoutItem3DMap must be added to the layout BEFORE it gets
its Qgs3DMapSettings; the settings need a light, or the scene renders black. Qt3D needs an OpenGL surface, so this
works in QGIS desktop and in GUI scripts under a display (xvfb-run with the xcb platform). qgis_process (no GUI) and
Qt's 'offscreen' platform cannot render it: there it is reported as unavailable instead of hanging or drawing blank.
"""

import math

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsProperty,
    QgsVector3D,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QGuiApplication

from ..errors import DigitalTwinError
from .layout_spec import FONT_SIZES

HEIGHT_FIELDS = ("measured_height", "measuredHeight", "height", "bldg_height", "building_height")
NO_OPENGL_PLATFORMS = ("offscreen", "minimal")


class ThreeDUnavailable(DigitalTwinError):  # noqa: N818 (reads as a state)
    pass


def check_3d_available():
    if QgsApplication.platform() == "qgis_process":
        raise ThreeDUnavailable("3D view page not included: qgis_process runs without a GUI, and 3D rendering "
                                "needs one. Export from QGIS desktop (Processing Toolbox) to get the 3D page.")
    platform = QGuiApplication.platformName() if QGuiApplication.instance() else "none"
    if platform in NO_OPENGL_PLATFORMS or platform == "none":
        raise ThreeDUnavailable(
            "3D view page not included: 3D rendering needs an OpenGL display, and this QGIS runs with the "
            "'{platform}' platform. Export from QGIS desktop, or run under xvfb-run with QT_QPA_PLATFORM=xcb.",
            platform=platform)


def _height_field(layer):
    names = {field.name().lower(): field.name() for field in layer.fields()}
    return next((names[name.lower()] for name in HEIGHT_FIELDS if name.lower() in names), None)


def ensure_building_renderers(layers):
    """Polygon layers with a height field and no 3D renderer of their own get extruded buildings."""
    from qgis._3d import QgsPhongMaterialSettings, QgsPolygon3DSymbol, QgsVectorLayer3DRenderer

    for layer in layers:
        if not isinstance(layer, QgsVectorLayer) or layer.renderer3D() is not None:
            continue
        field = _height_field(layer) if layer.geometryType() == Qgis.GeometryType.Polygon else None
        if field is None:
            continue
        symbol = QgsPolygon3DSymbol()
        material = QgsPhongMaterialSettings()
        # mid-tone walls and roofs: a light material under a full light prints as white paper
        material.setDiffuse(QColor("#b9a48c"))
        material.setAmbient(QColor("#4a4036"))
        material.setSpecular(QColor("#202020"))
        symbol.setMaterialSettings(material)
        properties = symbol.dataDefinedProperties()
        properties.setProperty(QgsPolygon3DSymbol.Property.ExtrusionHeight, QgsProperty.fromField(field))
        symbol.setDataDefinedProperties(properties)
        layer.setRenderer3D(QgsVectorLayer3DRenderer(symbol))


def add_3d_view_page(layout, layers, crs, extent, title):
    """Append a page with a perspective 3D view of extent; raise ThreeDUnavailable where 3D cannot render."""
    check_3d_available()
    from qgis._3d import (
        Qgs3D,
        Qgs3DMapSettings,
        QgsDirectionalLightSettings,
        QgsLayoutItem3DMap,
    )

    Qgs3D.initialize()
    ensure_building_renderers(layers)
    pages = layout.pageCollection()
    first = pages.page(0)
    page = QgsLayoutItemPage(layout)
    page.setPageSize(first.pageSize())
    pages.addPage(page)
    width, height = first.pageSize().width(), first.pageSize().height()
    margin = 0.05 * min(width, height)

    label = QgsLayoutItemLabel(layout)
    label.setText(f"{title}（3D ビュー）")
    label.setTextFormat(layout.itemById("title").textFormat())
    label.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(margin, margin * 0.6), page=1)
    label.attemptResize(QgsLayoutSize(width - 2 * margin, FONT_SIZES["title"]))

    view = QgsLayoutItem3DMap(layout)
    layout.addLayoutItem(view)  # before setMapSettings: the other order crashes QGIS 3.40
    view.attemptMove(QgsLayoutPoint(margin, margin * 0.6 + FONT_SIZES["title"] + 2), page=1)
    view.attemptResize(QgsLayoutSize(width - 2 * margin, height - 2 * margin - FONT_SIZES["title"]))
    view.setFrameEnabled(True)

    settings = Qgs3DMapSettings()
    settings.setCrs(crs)
    settings.setExtent(extent)
    settings.setLayers(layers)
    settings.setBackgroundColor(QColor("#dcecf7"))
    settings.setTerrainRenderingEnabled(True)  # the default flat terrain, with the 2D layers draped on it
    light = QgsDirectionalLightSettings()
    light.setDirection(QgsVector3D(-0.5, -1.0, -0.6))
    light.setIntensity(0.8)
    settings.setLightSources([light])
    view.setMapSettings(settings)

    pose = view.cameraPose()
    pose.setCenterPoint(QgsVector3D(0, 0, 0))  # the scene origin is the extent's centre
    pose.setDistanceFromCenterPoint(1.1 * math.hypot(extent.width(), extent.height()))
    pose.setPitchAngle(50)
    pose.setHeadingAngle(20)
    view.setCameraPose(pose)
    return view
