"""Roads, land use and bridges (real PLATEAU tran / luse / brid files) load through processing.runAndLoadResults
styled in 2D and 3D: the rules on the codes the loader writes, their colours and legends, the 3D renderers; each
layer is rendered into build/screenshots/ for a reviewer to look at."""

import sqlite3
from collections import Counter

import pytest
from test_results_on_map import render_layers

FEATURES = ("plateau", "features")


@pytest.fixture
def project(qgis_new_project, digitaltwin_provider):
    from qgis._3d import Qgs3D
    from qgis.core import QgsProject

    Qgs3D.initialize()  # as QGIS desktop does: 3D renderers in saved styles are read once the 3D registry knows them
    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


def load(project, source, output):
    """Run loadcitygml as the dialog does; {layer name on the map: layer}."""
    import processing

    processing.runAndLoadResults("digitaltwin:loadcitygml", {"INPUT": str(source), "OUTPUT": str(output)})
    return {layer.name(): layer for layer in project.mapLayers().values()}


def render(layer, file_name):
    """The layer alone, in its own CRS, as a PNG in build/screenshots/; returns the image."""
    return render_layers(layer.crs(), [layer], file_name, margin=0.05)


def colour_counts(image, step=3):
    """{(r, g, b): pixels} over a grid of the image."""
    counts = Counter()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colour = image.pixelColor(x, y)
            counts[(colour.red(), colour.green(), colour.blue())] += 1
    return counts


def saved_style(gpkg, table):
    """The default style QML the GeoPackage stores for ``table`` (PyQGIS gives the 3D renderers' base class only)."""
    with sqlite3.connect(gpkg) as db:
        return db.execute("SELECT styleQML FROM layer_styles WHERE f_table_name = ?", (table,)).fetchone()[0]


def rules(layer):
    return [(rule.filterExpression(), rule.label()) for rule in layer.renderer().rootRule().children()]


def matched_rule_labels(layer):
    """{legend label: features} of the rule each feature falls in (as the map draws them)."""
    from qgis.core import QgsRenderContext

    context = QgsRenderContext()
    renderer = layer.renderer()
    labels = {rule.ruleKey(): rule.label() for rule in renderer.rootRule().children()}
    renderer.startRender(context, layer.fields())
    counts = Counter()
    for feature in layer.getFeatures():  # the keys of the rules the feature matches: the root's and one child's
        counts[labels[(renderer.legendKeysForFeature(feature, context) & set(labels)).pop()]] += 1
    renderer.stopRender(context)
    return dict(counts)


def test_land_use_opens_in_land_use_colours_in_2d_and_3d(shared_fixtures, tmp_path, project):
    from digital_twin.plugin.citygml.qgis_styles import LAND_USE_COLOURS

    layers = load(project, shared_fixtures.joinpath(*FEATURES, "tamana_493033_luse_6697_op.gml"), tmp_path / "l.gpkg")
    landuse = layers["Land use (LOD1)"]
    assert landuse.featureCount() == 363 and landuse.renderer().type() == "RuleRenderer"
    assert rules(landuse)[:3] == [("\"class_code\" = '201'", "Paddy field"), ("\"class_code\" = '202'", "Field"),
                                  ("\"class_code\" = '203'", "Forest")]
    assert rules(landuse)[-1] == ("ELSE", "Other or unknown land use")
    # every parcel of the file falls in its class's rule (the file's 16 classes: none in the ELSE rule)
    matched = matched_rule_labels(landuse)
    assert matched["Paddy field"] == 57 and matched["Residential"] == 87 and matched["Water"] == 52
    assert sum(matched.values()) == 363 and "Other or unknown land use" not in matched
    # "Add Vector Layer" on the GeoPackage opens it with the same style (the default saved in layer_styles)
    from qgis.core import QgsVectorLayer

    added = QgsVectorLayer(f"{tmp_path / 'l.gpkg'}|layername=landuse_lod1", "added", "ogr")
    assert added.renderer().type() == "RuleRenderer" and rules(added) == rules(landuse)
    assert added.renderer3D() is not None and added.renderer3D().type() == "rulebased"
    renderer_3d = landuse.renderer3D()
    assert renderer_3d is not None and renderer_3d.type() == "rulebased"
    # draped on the terrain (the file's heights are all 0), vertex by vertex
    qml = saved_style(tmp_path / "l.gpkg", "landuse_lod1")
    assert qml.count('alt-clamping="terrain"') == len(LAND_USE_COLOURS) + 1 and 'alt-clamping="absolute"' not in qml
    image = render(landuse, "citygml_landuse.png")
    colours = colour_counts(image)
    for code in ("201", "203", "211"):  # paddy green, forest, residential yellow all on the map
        assert colours[LAND_USE_COLOURS[code][0]] > 20, code


def test_roads_open_by_road_kind_in_2d_and_3d(shared_fixtures, tmp_path, project):
    from digital_twin.plugin.citygml.qgis_styles import ROAD_OTHER, TRAFFIC_AREA_COLOURS

    layers = load(project, shared_fixtures.joinpath(*FEATURES, "suginami_53394503_tran_6697_op.gml"),
                  tmp_path / "t.gpkg")
    for name in ("Roads (LOD1)", "Roads (LOD2)"):
        road = layers[name]
        assert road.featureCount() == 1 and road.renderer().type() == "RuleRenderer"
        assert [expression for expression, _ in rules(road)] == [
            "\"function_code\" = '1'", "\"function_code\" = '2'", "\"function_code\" = '3'",
            "\"function_code\" = '4'", "ELSE"]
        # the one road's function is 9020 (unknown, Road_function.xml): drawn as other or unknown
        assert [feature["function_code"] for feature in road.getFeatures()] == ["9020"]
        assert matched_rule_labels(road) == {"Other or unknown road": 1}
        assert road.renderer3D() is not None and road.renderer3D().type() == "rulebased"
        image = render(road, f"citygml_{name.split()[1].strip('()').lower()}_road.png")
        assert colour_counts(image)[ROAD_OTHER[0]] > 50
    # the traffic areas are drawn on top of the road outlines
    assert [node.layer().name() for node in project.layerTreeRoot().findLayers()][0] == "Road areas (LOD2)"
    # LOD2: the road's traffic areas apart, by function (TrafficArea 1020 junction, 2000 sidewalk; Auxiliary 3000
    # islands), as the loader read them from the file
    areas = layers["Road areas (LOD2)"]
    assert sorted((feature["kind"], feature["function_code"]) for feature in areas.getFeatures()) == [
        ("auxiliary", "3000"), ("auxiliary", "3000"), ("auxiliary", "3000"), ("traffic", "1020"), ("traffic", "2000")]
    assert all(feature["area_m2"] > 1 for feature in areas.getFeatures())
    assert {feature["gml_id"] for feature in areas.getFeatures()} == {next(road.getFeatures())["gml_id"]}
    assert areas.renderer().type() == "RuleRenderer" and rules(areas)[0] == ("left(\"function_code\", 1) = '1'",
                                                                               "Carriageway")
    assert matched_rule_labels(areas) == {"Carriageway": 1, "Sidewalk": 1, "Island or median": 3}
    assert areas.renderer3D() is not None and areas.renderer3D().type() == "rulebased"
    assert 'alt-clamping="absolute"' not in saved_style(tmp_path / "t.gpkg", "road_lod2_traffic_area")
    colours = colour_counts(render(areas, "citygml_road_areas.png"))
    for code in ("1*", "2*", "3*"):
        assert colours[TRAFFIC_AREA_COLOURS[code][0]] > 20, code


def test_bridges_open_distinct_with_their_3d_geometry(shared_fixtures, tmp_path, project):
    from digital_twin.plugin.citygml.qgis_styles import BRIDGE_COLOUR

    layers = load(project, shared_fixtures.joinpath(*FEATURES, "tamana_49303414_brid_6697_op.gml"),
                  tmp_path / "b.gpkg")
    bridge = layers["Bridges (LOD3)"]
    assert bridge.featureCount() == 3 and bridge.renderer().type() == "singleSymbol"
    assert bridge.renderer().symbol().color().getRgb()[:3] == BRIDGE_COLOUR
    assert bridge.renderer3D() is not None and bridge.renderer3D().type() == "vector"
    # its LOD3 surfaces drawn as they are, at their real heights (2.1-7.1 m), seen from both sides
    qml = saved_style(tmp_path / "b.gpkg", "bridge_lod3")
    assert 'alt-clamping="absolute"' in qml and 'culling-mode="no-culling"' in qml and 'extrusion-height="0"' in qml
    image = render(bridge, "citygml_bridge.png")
    assert colour_counts(image)[BRIDGE_COLOUR] > 20


def test_every_object_legend_label_has_a_translation_entry():
    from digital_twin.plugin.citygml.qgis_styles import (
        LAND_USE_COLOURS,
        LAND_USE_OTHER,
        ROAD_FUNCTION_COLOURS,
        ROAD_OTHER,
        TRAFFIC_AREA_COLOURS,
        TRAFFIC_AREA_OTHER,
    )
    from digital_twin.plugin.qgis_results import legend_labels

    labels = [label for _, label in [*LAND_USE_COLOURS.values(), *ROAD_FUNCTION_COLOURS.values(),
                                     *TRAFFIC_AREA_COLOURS.values(), LAND_USE_OTHER, ROAD_OTHER, TRAFFIC_AREA_OTHER]]
    assert set(labels) <= set(legend_labels())
