"""One action: a 3D map view of loaded buildings, extruded and coloured by flood rank (GSI colours), usage or height.

``open_3d_view(iface, layer, attribute)`` is for QGIS desktop (the lead wires it to the menu): it gives the layer a
3D renderer for the chosen attribute, opens a new 3D map view with it, and points the camera at the district from
the south-south-west, high enough to see every building. LOD1 footprints (building_lod1) are extruded by
``lod1_height``; LOD2 layers are real 3D geometry and are drawn as they are.
"""

import math

from qgis.core import Qgis, QgsProject, QgsVector3D, QgsVectorLayer

from ..i18n import tr
from ..qgis_results import use_projected_crs
from .qgis_styles import FLOOD_RANK_COLOURS, FLOOD_RANK_LABELS, NO_RISK_COLOUR, polygon_3d_symbol

COLOUR_BY = ("flood_rank", "usage", "height")
HEIGHT_CLASSES = [(0, 10, (198, 219, 239)), (10, 20, (107, 174, 214)), (20, 40, (33, 113, 181)),
                  (40, 80, (252, 141, 89)), (80, None, (215, 48, 39))]
USAGE_COLOURS = [(141, 211, 199), (255, 255, 179), (190, 186, 218), (251, 128, 114), (128, 177, 211),
                 (253, 180, 98), (179, 222, 105), (252, 205, 229), (188, 128, 189), (204, 235, 197),
                 (255, 237, 111), (217, 217, 217)]
CAMERA_PITCH = 55.0  # degrees from looking straight down
CAMERA_YAW = 20.0  # degrees: from the south-south-west


def _extrusion_field(layer):
    """LOD1 footprints are extruded; LOD2 solids and surfaces already are 3D."""
    return "lod1_height" if layer.fields().indexOf("lod1_height") >= 0 and "lod2" not in layer.name() else None


def _rules(layer, attribute):
    """[(filter expression, label, rgb)] for the chosen attribute."""
    if attribute == "flood_rank":
        field = "flood_l2_rank" if layer.fields().indexOf("flood_l2_rank") >= 0 else "flood_l1_rank"
        return [(f'"{field}" = {rank}', f"{field[6:8].upper()} {FLOOD_RANK_LABELS[rank]}", rgb)
                for rank, rgb in FLOOD_RANK_COLOURS.items()] + [("ELSE", tr("no flood rank"), NO_RISK_COLOUR)]
    if attribute == "height":
        field = "measured_height" if layer.fields().indexOf("measured_height") >= 0 else "lod1_height"
        rules = []
        for low, high, rgb in HEIGHT_CLASSES:
            expression = f'"{field}" >= {low}' + (f' AND "{field}" < {high}' if high is not None else "")
            rules.append((expression, f"{low} - {high} m" if high is not None else f">= {low} m", rgb))
        return rules + [("ELSE", tr("height unknown"), NO_RISK_COLOUR)]
    if attribute == "usage":
        index = layer.fields().indexOf("usage")
        values = sorted(str(value) for value in layer.uniqueValues(index) if value not in (None, "")) \
            if index >= 0 else []
        rules = [(f"\"usage\" = '{value.replace(chr(39), chr(39) * 2)}'", value, USAGE_COLOURS[i % len(
            USAGE_COLOURS)]) for i, value in enumerate(values)]
        return rules + [("ELSE", tr("usage unknown"), NO_RISK_COLOUR)]
    raise ValueError(f"colour by one of {', '.join(COLOUR_BY)}, not {attribute!r}")


def renderer_3d(layer, attribute="flood_rank"):
    """A rule-based 3D renderer colouring ``layer`` by ``attribute`` (flood_rank, usage or height)."""
    from qgis._3d import QgsRuleBased3DRenderer

    extrusion = _extrusion_field(layer)
    root = QgsRuleBased3DRenderer.Rule(None)
    for expression, label, rgb in _rules(layer, attribute):
        root.appendChild(QgsRuleBased3DRenderer.Rule(polygon_3d_symbol(rgb, extrusion), expression, label))
    return QgsRuleBased3DRenderer(root)


def camera_for(extent, ground_z, tallest):
    """(distance, pitch, yaw) that shows the whole extent: far enough for its diagonal and its tallest building."""
    diagonal = math.hypot(extent.width(), extent.height())
    return max(1.2 * diagonal, 3.0 * tallest, 150.0), CAMERA_PITCH, CAMERA_YAW


def _world_point(map_x, map_y, z, origin):
    """A map point in the 3D scene's world coordinates (QGIS before 3.42: y is up and z points south)."""
    if Qgis.QGIS_VERSION_INT >= 34200:
        return QgsVector3D(map_x - origin.x(), map_y - origin.y(), z - origin.z())
    return QgsVector3D(map_x - origin.x(), z - origin.z(), -(map_y - origin.y()))


def _height_range(layer):
    """(lowest ground, tallest building) from the loader's fields, for the camera."""
    ground_index = layer.fields().indexOf("ground_z")
    height_index = max(layer.fields().indexOf("lod1_height"), layer.fields().indexOf("measured_height"))
    ground = layer.minimumValue(ground_index) if ground_index >= 0 else 0.0
    tallest = layer.maximumValue(height_index) if height_index >= 0 else 0.0
    return float(ground or 0.0), float(tallest or 0.0)


def open_3d_view(iface, layer, attribute="flood_rank"):
    """Open a new 3D map view of ``layer`` coloured by ``attribute``; return the 3D canvas."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise ValueError(tr("Choose a loaded building layer (building_lod1 or building_lod2) first."))
    if layer.crs().isGeographic():
        raise ValueError(tr("3D views need a projected CRS: load the buildings in their plane rectangular zone."))
    layer.setRenderer3D(renderer_3d(layer, attribute))
    # the project too: QGIS's own New 3D Map View follows the project's CRS and is blank in a geographic one
    use_projected_crs(layer.project() or QgsProject.instance(), layer.crs())
    canvas = iface.createNewMapCanvas3D(tr("Buildings 3D: {}").format(layer.name()))
    settings = canvas.mapSettings()
    extent = layer.extent()
    ground, tallest = _height_range(layer)
    settings.setCrs(layer.crs())
    settings.setLayers([layer] + [other for other in settings.layers() if other.id() != layer.id()])
    settings.setExtent(extent)
    origin = QgsVector3D(extent.center().x(), extent.center().y(), 0.0)
    settings.setOrigin(origin)
    distance, pitch, yaw = camera_for(extent, ground, tallest)
    centre = _world_point(extent.center().x(), extent.center().y(), ground, origin)
    canvas.cameraController().setLookingAtPoint(centre, distance, pitch, yaw)
    return canvas
