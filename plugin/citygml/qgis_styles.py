"""Default QGIS styles of the CityGML layers (resources/styles/citygml_<layer>.qml), made with the QGIS API.

The loader (no qgis import) copies these QML files into the GeoPackage's layer_styles table, so QGIS opens every
layer styled: LOD1 footprints coloured by the L2 flood rank with the GSI hazard-map colours in 2D and extruded by
``lod1_height`` in 3D; LOD2 solids and surfaces as real 3D geometry. Re-generate after changing this module:
``cd build/plugins && QT_QPA_PLATFORM=offscreen ../../.venv/bin/python -m digital_twin.plugin.citygml.qgis_styles``.
"""

from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsProperty,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ..i18n import tr
from .loader import SURFACE_FIELDS, TRAFFIC_AREA_FIELDS, URBAN_FIELDS
from .parser import BUILDING_FIELDS, OBJECT_FIELDS
from .planning import DISTRICT_FIELDS, DISTRICT_TABLE

STYLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "styles"
# GSI hazard map legend colours per depth rank (ANALYSES.md, Flood)
FLOOD_RANK_COLOURS = {1: (247, 245, 169), 2: (255, 216, 192), 3: (255, 183, 183), 4: (255, 145, 145),
                      5: (242, 133, 201), 6: (220, 122, 220)}
FLOOD_RANK_LABELS = {1: "< 0.5 m", 2: "0.5 - 3 m", 3: "3 - 5 m", 4: "5 - 10 m", 5: "10 - 20 m", 6: ">= 20 m"}
NO_RISK_COLOUR = (200, 200, 200)
# The customary colours of Japanese zoning maps (用途地域の色): residential greens to yellows, commercial pinks and
# reds, industrial purples and blues; per use district code (Common_districtsAndZonesType 1-13) and its label.
ZONING_COLOURS = {
    "1": ((0, 150, 110), "第一種低層住居専用地域"), "2": ((110, 200, 150), "第二種低層住居専用地域"),
    "3": ((120, 200, 60), "第一種中高層住居専用地域"), "4": ((190, 230, 130), "第二種中高層住居専用地域"),
    "5": ((255, 240, 100), "第一種住居地域"), "6": ((255, 210, 120), "第二種住居地域"),
    "7": ((255, 170, 70), "準住居地域"), "8": ((200, 180, 100), "田園住居地域"),
    "9": ((255, 170, 200), "近隣商業地域"), "10": ((240, 80, 100), "商業地域"),
    "11": ((180, 140, 220), "準工業地域"), "12": ((150, 200, 240), "工業地域"),
    "13": ((60, 140, 220), "工業専用地域"),
}
URBAN_PLANNING_OUTLINE = (200, 60, 60)
# district_floor_area: the used share of the permitted floor area (gross, a lower bound of 容積充足率), light where
# volume is left, dark where little is, deep red at or past the designation even over the whole district
FAR_USED_FIELD = "far_used_share_gross_pct"
FAR_USED_CLASSES = ((0.0, 25.0, (255, 245, 204), "FAR used: under 25 %"),
                    (25.0, 50.0, (254, 217, 118), "FAR used: 25 - 50 %"),
                    (50.0, 75.0, (253, 141, 60), "FAR used: 50 - 75 %"),
                    (75.0, 100.0, (227, 26, 28), "FAR used: 75 - 100 %"),
                    (100.0, 1e9, (128, 0, 38), "FAR used: 100 % or more"))
# Other city objects, categorized on the code column the loader writes beside the label (class_code /
# function_code: the code whether or not a codelist resolved the label). Legend labels are English, translated
# in the UI by qgis_results.legend_labels().
# Roads (tran:Road function, Road_function.xml): by road administrator, in the colours of Japanese road maps
ROAD_FUNCTION_COLOURS = {
    "1": ((40, 130, 70), "Expressway"), "2": ((220, 60, 50), "National road"),
    "3": ((245, 170, 60), "Prefectural road"), "4": ((250, 235, 150), "Municipal road"),
}
ROAD_OTHER = ((215, 215, 210), "Other or unknown road")
# Traffic areas (TrafficArea_function / AuxiliaryTrafficArea_function.xml): by the code's major class, its first
# digit ("1*"), which both codelists share across LODs (1010 lane, 1020 junction: carriageway; 2010-2030: sidewalk)
TRAFFIC_AREA_COLOURS = {
    "1*": ((110, 110, 115), "Carriageway"), "2*": ((240, 195, 150), "Sidewalk"),
    "3*": ((230, 220, 120), "Island or median"), "4*": ((230, 220, 120), "Tram stop"),
    "5*": ((110, 180, 90), "Planting"), "6*": ((160, 190, 230), "Bicycle parking"),
    "7*": ((160, 190, 230), "Car park"),
}
TRAFFIC_AREA_OTHER = ((215, 215, 210), "Other traffic area")
# Land use (luse:class, Common_landUseType.xml): the customary colours of the urban planning land-use survey
# (都市計画基礎調査): paddy and fields greens, forest dark green, water blue, housing yellow, commerce red,
# industry blue-purple, public facilities pink, roads and transport greys, open space light green
LAND_USE_COLOURS = {
    "201": ((170, 215, 110), "Paddy field"), "202": ((215, 230, 120), "Field"), "203": ((60, 140, 70), "Forest"),
    "204": ((120, 180, 235), "Water"), "205": ((190, 210, 160), "Other natural land"),
    "211": ((255, 235, 100), "Residential"), "212": ((245, 110, 110), "Commercial"),
    "213": ((150, 140, 220), "Industrial"), "214": ((240, 160, 200), "Public facilities"),
    "215": ((190, 190, 190), "Road"), "216": ((150, 150, 150), "Transport facilities"),
    "217": ((140, 210, 150), "Public open space"), "218": ((200, 160, 120), "Other public facilities"),
    "219": ((200, 190, 120), "Farming, forestry and fishery facilities"), "220": ((160, 200, 110), "Golf course"),
    "221": ((230, 200, 240), "Solar power plant"), "222": ((225, 225, 225), "Surface parking"),
    "223": ((235, 215, 185), "Other urban use"), "224": ((245, 240, 220), "Unused land"),
}
LAND_USE_OTHER = ((255, 255, 255), "Other or unknown land use")
BRIDGE_COLOUR = (150, 90, 170)  # purple: stands apart from road greys and land-use colours
SURFACE_COLOURS = {"roof": (204, 102, 77), "wall": (235, 225, 205), "ground": (120, 120, 120)}
# Building layers put on a map, top first, and whether they start visible: the flood-rank colours of LOD2/LOD1 on
# top; roofs (for solar work) and the grey LOD0 outlines, which would hide or grey them, start hidden at the bottom.
MAP_LAYERS = (("building_lod2", True), ("building_lod1", True), ("building_lod2_roof", False),
              ("building_lod0", False), (DISTRICT_TABLE, True))


def layer_title(name):
    """A short map name for a loader layer, in the UI's language (other layers keep their own name)."""
    titles = {
        "building_lod0": tr("Building outlines (LOD0)"),
        "building_lod1": tr("Buildings (LOD1)"),
        "building_lod2": tr("Buildings (LOD2)"),
        "building_lod2_roof": tr("Roofs (LOD2)"),
        "building_lod2_wall": tr("Walls (LOD2)"),
        "building_lod2_ground": tr("Ground surfaces (LOD2)"),
        "building_risk": tr("Disaster risks"),
        "road_lod1": tr("Roads (LOD1)"),
        "road_lod2": tr("Roads (LOD2)"),
        "road_lod3": tr("Roads (LOD3)"),
        "road_lod2_traffic_area": tr("Road areas (LOD2)"),
        "road_lod3_traffic_area": tr("Road areas (LOD3)"),
        "landuse_lod1": tr("Land use (LOD1)"),
        "bridge_lod1": tr("Bridges (LOD1)"),
        "bridge_lod2": tr("Bridges (LOD2)"),
        "bridge_lod3": tr("Bridges (LOD3)"),
        DISTRICT_TABLE: tr("Floor area used per district (gross)"),
    }
    return titles.get(name, name)


TABLES = ("building_risk", "building_planning", "citygml_sources")  # tables without geometry: not map layers


def map_layers(written, everything=False):
    """[(layer name, visible)] of the loader's ``written`` layer names to put on a map, top first: the building
    layers of MAP_LAYERS, else (no buildings: a flood model, other objects) every layer but the risk table. With
    ``everything``, the other layers (walls, ground surfaces, other objects) follow, hidden."""
    chosen = [(name, visible) for name, visible in MAP_LAYERS if name in written]
    # a road's traffic areas (carriageway, sidewalk ...) on top of the road outlines that would hide them
    others = sorted((name for name in written if name not in TABLES and name not in dict(chosen)),
                    key=lambda name: not name.endswith("_traffic_area"))
    if not chosen:
        return [(name, True) for name in others]
    return chosen + [(name, False) for name in others] if everything else chosen


def _fill(rgb, outline=(90, 90, 90)):
    return QgsFillSymbol.createSimple({"color": "{},{},{},255".format(*rgb), "outline_color": "{},{},{},255".format(
        *outline), "outline_width": "0.1"})


def flood_rank_renderer():
    """2D: L2 flood rank in GSI colours; buildings without a rank in grey."""
    root = QgsRuleBasedRenderer.Rule(None)
    for rank, rgb in FLOOD_RANK_COLOURS.items():
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill(rgb), 0, 0, f'"flood_l2_rank" = {rank}',
                                                   f"L2 {FLOOD_RANK_LABELS[rank]}"))
    root.appendChild(QgsRuleBasedRenderer.Rule(_fill(NO_RISK_COLOUR), 0, 0, "ELSE", "no flood rank"))
    return QgsRuleBasedRenderer(root)


def zoning_renderer():
    """2D: use districts in the customary zoning colours, one legend entry per district kind."""
    categories = [QgsRendererCategory(code, _fill(rgb, (80, 80, 80)), f"{code} {label}")
                  for code, (rgb, label) in ZONING_COLOURS.items()]
    categories.append(QgsRendererCategory(None, _fill(NO_RISK_COLOUR), "other"))
    return QgsCategorizedSymbolRenderer("district_code", categories)


def far_used_renderer():
    """2D: districts graduated by the used share of their permitted floor area (FAR_USED_CLASSES)."""
    ranges = [QgsRendererRange(low, high, _fill(rgb, (80, 80, 80)), label)
              for low, high, rgb, label in FAR_USED_CLASSES]
    return QgsGraduatedSymbolRenderer(FAR_USED_FIELD, ranges)


def urban_planning_renderer():
    """2D: other urf districts as hatched outlines, so they overlay the zoning colours."""
    symbol = QgsFillSymbol.createSimple({"color": "{},{},{},60".format(*URBAN_PLANNING_OUTLINE), "style": "b_diagonal",
                                         "outline_color": "{},{},{},255".format(*URBAN_PLANNING_OUTLINE),
                                         "outline_width": "0.4"})
    return QgsSingleSymbolRenderer(symbol)


def _code_expression(field, code):
    """``field`` equals ``code``; a code ending in "*" (a major class) matches the codes it starts."""
    if code.endswith("*"):
        return f"left(\"{field}\", {len(code) - 1}) = '{code[:-1]}'"
    return f"\"{field}\" = '{code}'"


def code_renderer(field, colours, other):
    """2D: a rule per code of ``colours`` ({code: (rgb, label)}) on ``field``, the rest as ``other``."""
    root = QgsRuleBasedRenderer.Rule(None)
    for code, (rgb, label) in colours.items():
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill(rgb), 0, 0, _code_expression(field, code), label))
    root.appendChild(QgsRuleBasedRenderer.Rule(_fill(other[0]), 0, 0, "ELSE", other[1]))
    return QgsRuleBasedRenderer(root)


def code_3d_renderer(field, colours, other):
    """3D: the same rules as code_renderer(), draped on the terrain: PLATEAU writes land use and roads (LOD1, and
    LOD2 traffic areas in the fixtures) with every height 0, which drawn as they are would lie under the buildings
    (at their real heights); on the terrain (a DEM when one is set, else flat) they lie at ground level."""
    from qgis._3d import QgsRuleBased3DRenderer

    root = QgsRuleBased3DRenderer.Rule(None)
    for code, (rgb, label) in colours.items():
        root.appendChild(QgsRuleBased3DRenderer.Rule(polygon_3d_symbol(rgb, draped=True),
                                                     _code_expression(field, code), label))
    root.appendChild(QgsRuleBased3DRenderer.Rule(polygon_3d_symbol(other[0], draped=True), "ELSE", other[1]))
    return QgsRuleBased3DRenderer(root)


SHADE = 0.45  # the ambient share of a 3D colour: faces turned from the light keep their hue
DRAPE_LIFT_M = 0.3  # draped polygons just above the terrain: level with it, the two flicker (z-fighting) into white


def polygon_3d_symbol(rgb, extrusion_field=None, *, draped=False):
    """A 3D polygon symbol at the absolute heights of the data (Z), optionally extruded by a field; ``draped``: each
    vertex on the terrain instead."""
    from qgis._3d import Qgs3DTypes, QgsPhongMaterialSettings, QgsPolygon3DSymbol
    from qgis.core import Qgis, QgsAbstract3DSymbol

    symbol = QgsPolygon3DSymbol()
    if draped:
        symbol.setAltitudeClamping(Qgis.AltitudeClamping.Terrain)
        symbol.setAltitudeBinding(Qgis.AltitudeBinding.Vertex)
        symbol.setOffset(DRAPE_LIFT_M)
    else:
        symbol.setAltitudeClamping(Qgis.AltitudeClamping.Absolute)
    material = QgsPhongMaterialSettings()
    # ambient + diffuse add up to the colour itself on a face turned to the light, its dimmed hue in the shade; no
    # white highlight (Phong's default), which with a full diffuse bleached every lit face (land use near-white)
    material.setAmbient(QColor(*(round(channel * SHADE) for channel in rgb)))
    material.setDiffuse(QColor(*(round(channel * (1 - SHADE)) for channel in rgb)))
    material.setSpecular(QColor(0, 0, 0))
    symbol.setMaterialSettings(material)
    if extrusion_field:
        properties = symbol.dataDefinedProperties()
        properties.setProperty(QgsAbstract3DSymbol.Property.ExtrusionHeight, QgsProperty.fromField(extrusion_field))
        symbol.setDataDefinedProperties(properties)
    else:  # real 3D surfaces: show both sides, whatever the ring orientation
        symbol.setCullingMode(Qgs3DTypes.CullingMode.NoCulling)
        symbol.setAddBackFaces(True)
    return symbol


def polygon_3d_renderer(rgb):
    from qgis._3d import QgsVectorLayer3DRenderer

    return QgsVectorLayer3DRenderer(polygon_3d_symbol(rgb))


def flood_rank_3d_renderer(extrusion_field=None):
    """3D: the L2 flood rank in GSI colours (a rule per rank; QGIS 3.40 has no data-defined 3D colour in Python)."""
    from qgis._3d import QgsRuleBased3DRenderer

    root = QgsRuleBased3DRenderer.Rule(None)
    for rank, rgb in FLOOD_RANK_COLOURS.items():
        root.appendChild(QgsRuleBased3DRenderer.Rule(polygon_3d_symbol(rgb, extrusion_field),
                                                     f'"flood_l2_rank" = {rank}', f"L2 {FLOOD_RANK_LABELS[rank]}"))
    root.appendChild(QgsRuleBased3DRenderer.Rule(polygon_3d_symbol(NO_RISK_COLOUR, extrusion_field), "ELSE",
                                                 "no flood rank"))
    return QgsRuleBased3DRenderer(root)


def style_layers():
    """(style name, fields, 2D renderer, 3D renderer) for every layer kind the loader writes."""
    return [
        ("building_lod0", BUILDING_FIELDS, QgsSingleSymbolRenderer(_fill((230, 230, 230))), None),
        ("building_lod1", BUILDING_FIELDS, flood_rank_renderer(), flood_rank_3d_renderer("lod1_height")),
        ("building_lod2", BUILDING_FIELDS, flood_rank_renderer(), flood_rank_3d_renderer()),
        ("building_lod2_roof", SURFACE_FIELDS, QgsSingleSymbolRenderer(_fill(SURFACE_COLOURS["roof"])),
         polygon_3d_renderer(SURFACE_COLOURS["roof"])),
        ("building_lod2_wall", SURFACE_FIELDS, QgsSingleSymbolRenderer(_fill(SURFACE_COLOURS["wall"])),
         polygon_3d_renderer(SURFACE_COLOURS["wall"])),
        ("building_lod2_ground", SURFACE_FIELDS, QgsSingleSymbolRenderer(_fill(SURFACE_COLOURS["ground"])),
         polygon_3d_renderer(SURFACE_COLOURS["ground"])),
        ("object", OBJECT_FIELDS, QgsSingleSymbolRenderer(_fill((120, 170, 220), (60, 110, 170))), None),
        ("usedistrict", URBAN_FIELDS, zoning_renderer(), None),
        ("road", OBJECT_FIELDS, code_renderer("function_code", ROAD_FUNCTION_COLOURS, ROAD_OTHER),
         code_3d_renderer("function_code", ROAD_FUNCTION_COLOURS, ROAD_OTHER)),
        ("traffic_area", TRAFFIC_AREA_FIELDS,
         code_renderer("function_code", TRAFFIC_AREA_COLOURS, TRAFFIC_AREA_OTHER),
         code_3d_renderer("function_code", TRAFFIC_AREA_COLOURS, TRAFFIC_AREA_OTHER)),
        ("landuse", OBJECT_FIELDS, code_renderer("class_code", LAND_USE_COLOURS, LAND_USE_OTHER),
         code_3d_renderer("class_code", LAND_USE_COLOURS, LAND_USE_OTHER)),
        ("bridge", OBJECT_FIELDS, QgsSingleSymbolRenderer(_fill(BRIDGE_COLOUR, (70, 40, 90))),
         polygon_3d_renderer(BRIDGE_COLOUR)),
        ("urban_planning", URBAN_FIELDS, urban_planning_renderer(), None),
        (DISTRICT_TABLE, DISTRICT_FIELDS, far_used_renderer(), None),
    ]


def write_styles(folder=STYLES_DIR):
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    type_names = {"str": "string", "int": "integer", "real": "double"}
    for name, fields, renderer, renderer_3d in style_layers():
        uri = "MultiPolygonZ?crs=EPSG:6677&" + "&".join(f"field={field}:{type_names[kind]}" for field, kind in fields)
        layer = QgsVectorLayer(uri, name, "memory")
        layer.setRenderer(renderer)
        if renderer_3d is not None:
            layer.setRenderer3D(renderer_3d)
        path = folder / f"citygml_{name}.qml"
        message, ok = layer.saveNamedStyle(str(path))
        if not ok:
            raise RuntimeError(f"could not write {path}: {message}")
        written.append(path)
    return written


if __name__ == "__main__":
    from qgis._3d import Qgs3D
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    Qgs3D.initialize()
    for style_path in write_styles():
        print(style_path)
    app.exitQgis()
