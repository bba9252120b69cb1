"""Every Processing result lands on the map, styled: processing.runAndLoadResults (what the dialog, the Toolbox and
batch mode do when a run ends) into a fresh project, then the layers, their renderers and classes, names, groups,
drawing order and the project CRS are checked, and each styled result is rendered into build/screenshots/ for a
reviewer to look at. All inputs are the bundled sample district (resources/sample_district)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DISTRICT = ROOT / "resources" / "sample_district"
BUILDINGS_GML = DISTRICT / "udx" / "bldg" / "53394665_bldg_6697_op.gml"
SCREENSHOTS = ROOT / "build" / "screenshots"
# GSI depth classes' upper bounds (m) as flood_depth.qml holds them, dry cells (0 m) transparent
DEPTH_BREAKS_M = [0.0, 0.5, 3.0, 5.0, 10.0, 20.0, 1e9]


@pytest.fixture
def project(qgis_new_project, digitaltwin_provider):
    from qgis._3d import Qgs3D
    from qgis.core import QgsProject

    Qgs3D.initialize()  # as QGIS desktop does: styles' 3D renderers are read only once the 3D registry knows them
    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


def run_and_load(alg_id, params):
    import processing

    return processing.runAndLoadResults(alg_id, params)


def tree_layers(project):
    """[(group name or '', layer name, visible)] in drawing order, top first."""
    rows = []
    for node in project.layerTreeRoot().findLayers():
        parent = node.parent()
        rows.append((parent.name() if parent is not project.layerTreeRoot() else "", node.layer().name(),
                     node.isVisible()))
    return rows


def layer_named(project, name):
    layers = project.mapLayersByName(name)
    assert len(layers) == 1, f"{name}: {[layer.name() for layer in project.mapLayers().values()]}"
    return layers[0]


def render(project, layers, file_name, size=(600, 540)):
    """Render ``layers`` (top first) in the project's CRS to build/screenshots/<file_name>; return the image."""
    return render_layers(project.crs(), layers, file_name, size)


def render_layers(crs, layers, file_name, size=(600, 540), margin=0.0):
    """Render ``layers`` (top first) in ``crs`` over their extent (grown by ``margin`` of its larger side) to
    build/screenshots/<file_name>; return the image."""
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setDestinationCrs(crs)
    settings.setLayers(layers)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor(255, 255, 255))
    extent = QgsRectangle()
    for layer in layers:
        extent.combineExtentWith(settings.layerExtentToOutputExtent(layer, layer.extent()))
    settings.setExtent(extent.buffered(max(extent.width(), extent.height()) * margin) if margin else extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    image.save(str(SCREENSHOTS / file_name))
    return image


def distinct_colours(image, step=7):
    """How many different colours a rendered image holds (sampled): a styled map has several, an empty one one."""
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def rule_filters(layer):
    return [rule.filterExpression() for rule in layer.renderer().rootRule().children()]


def test_loadcitygml_buildings_arrive_styled_in_their_group(project, tmp_path):
    from qgis.core import QgsRuleBasedRenderer

    output = tmp_path / "district.gpkg"
    run_and_load("digitaltwin:loadcitygml", {"INPUT": str(BUILDINGS_GML), "OUTPUT": str(output)})

    assert tree_layers(project) == [
        ("PLATEAU 3D city model", "Buildings (LOD2)", True),
        ("PLATEAU 3D city model", "Buildings (LOD1)", True),
        ("PLATEAU 3D city model", "Roofs (LOD2)", False),
        ("PLATEAU 3D city model", "Building outlines (LOD0)", False),
    ]
    assert project.crs().authid() == "EPSG:6677"
    lod1 = layer_named(project, "Buildings (LOD1)")
    assert isinstance(lod1.renderer(), QgsRuleBasedRenderer)  # the GeoPackage's flood-rank style
    assert rule_filters(lod1) == [f'"flood_l2_rank" = {rank}' for rank in range(1, 7)] + ["ELSE"]
    assert lod1.renderer3D() is not None and lod1.renderer3D().type() == "rulebased"
    image = render(project, [lod1], "loadcitygml_lod1_flood_rank.png")
    assert distinct_colours(image) >= 4


def test_sample_district_arrives_styled_in_the_plane_rectangular_crs(project, tmp_path):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsSingleBandPseudoColorRenderer

    results = run_and_load("digitaltwin:sampledistrict", {"OUTPUT": str(tmp_path / "district")})

    assert project.crs().authid() == "EPSG:6677"  # not the GeoJSON's EPSG:6668: 3D views need metres
    assert tree_layers(project) == [("Sample district", name, True) for name in (
        "Facilities", "Pedestrian network links", "River channel", "Flood depth L2", "Elevation (DEM)")]
    depth = layer_named(project, "Flood depth L2")
    assert isinstance(depth.renderer(), QgsSingleBandPseudoColorRenderer)
    items = depth.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert [item.value for item in items] == pytest.approx(DEPTH_BREAKS_M)
    assert items[0].color.alpha() == 0 and items[1].color.name() == "#f7f5a9"
    dem = layer_named(project, "Elevation (DEM)")
    assert isinstance(dem.renderer(), QgsSingleBandPseudoColorRenderer)
    dem_items = dem.renderer().shader().rasterShaderFunction().colorRampItemList()
    statistics = dem.dataProvider().bandStatistics(1)
    assert len(dem_items) == 6
    assert dem_items[0].value == pytest.approx(statistics.minimumValue)
    assert dem_items[-1].value == pytest.approx(statistics.maximumValue)
    assert dem_items[0].label == f"{statistics.minimumValue:.1f} m"
    facilities = layer_named(project, "Facilities")
    assert isinstance(facilities.renderer(), QgsCategorizedSymbolRenderer)
    assert facilities.renderer().classAttribute() == "kind"
    assert [c.value() for c in facilities.renderer().categories()] == ["station", "hospital", "shelter"]
    assert Path(results["DEM"]).is_file()

    image = render(project, [layer_named(project, name) for name in (
        "Facilities", "Pedestrian network links", "River channel", "Flood depth L2", "Elevation (DEM)")],
        "sampledistrict.png")
    assert distinct_colours(image) >= 20
    assert distinct_colours(render(project, [dem], "sampledistrict_dem.png")) >= 6


def test_copc_conversion_arrives_as_a_styled_point_cloud(project, tmp_path):
    from qgis.core import QgsPointCloudLayer

    output = tmp_path / "district.copc.laz"
    results = run_and_load("digitaltwin:pointcloudtocopc", {"INPUT": str(DISTRICT / "pointcloud.laz"),
                                                            "OUTPUT": str(output)})

    assert results["OUTPUT"] == str(output)
    assert tree_layers(project) == [("", "Point cloud district", True)]
    layer = layer_named(project, "Point cloud district")
    assert isinstance(layer, QgsPointCloudLayer) and layer.source() == str(output)
    assert layer.renderer().type() == "rgb"  # the district's points carry colours (LAS point format 3)
    assert layer.renderer3D() is not None and layer.renderer3D().type() == "pointcloud"
    assert project.crs().authid() == "EPSG:6677"
    image = render(project, [layer], "pointcloudtocopc.png")
    assert distinct_colours(image) >= 10


def test_copc_output_the_user_chose_not_to_open_stays_off_the_map(project, tmp_path):
    import processing
    from qgis.core import QgsProcessingOutputLayerDefinition

    processing.runAndLoadResults("digitaltwin:pointcloudtocopc", {
        "INPUT": str(DISTRICT / "pointcloud.laz"),
        "OUTPUT": QgsProcessingOutputLayerDefinition(str(tmp_path / "district.copc.laz"))})
    assert (tmp_path / "district.copc.laz").is_file() and tree_layers(project) == []


def categories(layer):
    return [str(category.value()) for category in layer.renderer().categories()]


def ramp_values(layer):
    return [item.value for item in layer.renderer().shader().rasterShaderFunction().colorRampItemList()]


@pytest.fixture(scope="module")
def district_gpkg(tmp_path_factory):
    """The sample district's buildings and L2 flood model as loadcitygml writes them (engine only: fast)."""
    from digital_twin.plugin.citygml.loader import load_citygml

    folder = tmp_path_factory.mktemp("results_on_map")
    load_citygml(BUILDINGS_GML, folder / "bldg.gpkg", feature_types=("bldg",))
    load_citygml(DISTRICT / "udx" / "fld" / "natl" / "arakawa_arakawa" / "53394665_fld_6697_l2_op.gml",
                 folder / "fld.gpkg", feature_types=("fld",))
    return folder


def test_flood_results_arrive_in_gsi_classes(project, tmp_path, district_gpkg):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsSingleBandPseudoColorRenderer

    run_and_load("digitaltwin:floodinundation", {
        "DEM": str(DISTRICT / "dem.tif"), "WATER_LEVEL": 4.6, "SEEDS": str(DISTRICT / "river.geojson"),
        "OUTPUT_DEPTH": str(tmp_path / "depth.tif"), "OUTPUT_AREAS": str(tmp_path / "areas.gpkg")})
    run_and_load("digitaltwin:floodexposure", {
        "BUILDINGS": f"{district_gpkg / 'bldg.gpkg'}|layername=building_lod0",
        "HAZARD": f"{district_gpkg / 'fld.gpkg'}|layername=waterbody_lod1", "STOREYS_FIELD": "storeys_above",
        "OUTPUT": str(tmp_path / "exposure.gpkg"), "SUMMARY": "TEMPORARY_OUTPUT"})

    names = [name for _, name, _ in tree_layers(project)]
    assert {"Flood depth", "Flooded areas", "Buildings by flood rank"} <= set(names)
    depth = layer_named(project, "Flood depth")
    assert isinstance(depth.renderer(), QgsSingleBandPseudoColorRenderer)
    assert ramp_values(depth) == pytest.approx(DEPTH_BREAKS_M)
    assert [item.label for item in depth.renderer().shader().rasterShaderFunction().colorRampItemList()] == [
        "Not flooded", "Depth under 0.5 m", "Depth 0.5 - 3 m", "Depth 3 - 5 m", "Depth 5 - 10 m", "Depth 10 - 20 m",
        "Depth 20 m or more"]  # the English UI's legend
    areas = layer_named(project, "Flooded areas")
    assert isinstance(areas.renderer(), QgsCategorizedSymbolRenderer)
    assert areas.renderer().classAttribute() == "class" and categories(areas) == ["1", "2", "3", "4", "5", "6"]
    exposure = layer_named(project, "Buildings by flood rank")
    assert exposure.renderer().classAttribute() == "flood_rank"
    assert categories(exposure) == ["1", "2", "3", "4", "5", "6"]
    assert project.crs().authid() == "EPSG:6677"
    assert distinct_colours(render(project, [exposure, areas], "flood_exposure_and_areas.png")) >= 4
    assert distinct_colours(render(project, [depth], "flood_depth.png")) >= 3


def test_solar_and_dsm_results_arrive_styled(project, tmp_path, district_gpkg):
    from qgis.core import QgsCategorizedSymbolRenderer

    lod1 = f"{district_gpkg / 'bldg.gpkg'}|layername=building_lod1"
    run_and_load("digitaltwin:buildingsdsm", {"BUILDINGS": lod1, "CELL_SIZE": 2.0, "MARGIN": 20.0,
                                              "OUTPUT": str(tmp_path / "dsm.tif")})
    run_and_load("digitaltwin:solarirradiance", {"INPUT": str(tmp_path / "dsm.tif"), "RADIUS": 60.0,
                                                 "SECTORS": 8, "OUTPUT": str(tmp_path / "annual.tif")})
    run_and_load("digitaltwin:solarpotential", {
        "IRRADIATION": str(tmp_path / "annual.tif"), "DSM": str(tmp_path / "dsm.tif"), "BUILDINGS": lod1,
        "OUTPUT": str(tmp_path / "potential.gpkg")})

    dsm = layer_named(project, "Building heights (DSM)")
    statistics = dsm.dataProvider().bandStatistics(1)
    assert ramp_values(dsm)[0] == pytest.approx(statistics.minimumValue)
    assert ramp_values(dsm)[-1] == pytest.approx(statistics.maximumValue)
    annual = layer_named(project, "Annual irradiation")
    assert ramp_values(annual) == [600, 900, 1100, 1200, 1300, 1500]
    potential = layer_named(project, "Solar potential")
    assert isinstance(potential.renderer(), QgsCategorizedSymbolRenderer)
    assert potential.renderer().classAttribute() == "suitability"
    assert categories(potential) == ["high", "medium", "low", "unsuitable"]
    assert [name for _, name, _ in tree_layers(project)] == \
        ["Solar potential", "Annual irradiation", "Building heights (DSM)"]
    assert distinct_colours(render(project, [dsm], "buildingsdsm.png")) >= 4
    assert distinct_colours(render(project, [annual], "solar_irradiation.png")) >= 4
    assert distinct_colours(render(project, [potential, annual], "solar_potential.png")) >= 4


def test_barrierfree_network_arrives_by_access_in_its_group(project, tmp_path):
    run_and_load("digitaltwin:barrierfreeimport", {
        "LINKS": str(DISTRICT / "network" / "pedestrian_links.geojson"),
        "NODES": str(DISTRICT / "network" / "pedestrian_nodes.geojson"), "OUTPUT": str(tmp_path / "network.gpkg")})

    group = "Barrier-free"
    assert tree_layers(project) == [(group, "Pedestrian nodes", True), (group, "Pedestrian links", True)]
    links = layer_named(project, "Pedestrian links")
    assert links.renderer().classAttribute() == "access_manual_wheelchair"
    assert categories(links) == ["open", "unknown", "closed"]
    assert distinct_colours(render(project, [links], "barrierfree_network.png")) >= 3


class Japanese:
    """The plugin's Japanese translator (resources/i18n/digital_twin_ja.qm) while a run ends: the layer names must
    go through tr() then."""

    def __enter__(self):
        from digital_twin.plugin import i18n

        self.translator = i18n.install_translator("ja")
        assert self.translator is not None

    def __exit__(self, *exc):
        from digital_twin.plugin import i18n

        i18n.remove_translator(self.translator)


def test_layer_names_follow_the_ui_language(project, tmp_path):
    with Japanese():
        run_and_load("digitaltwin:loadcitygml", {"INPUT": str(BUILDINGS_GML), "OUTPUT": str(tmp_path / "b.gpkg")})
        run_and_load("digitaltwin:pointcloudtocopc", {"INPUT": str(DISTRICT / "pointcloud.laz"),
                                                      "OUTPUT": str(tmp_path / "district.copc.laz")})
    lod1 = layer_named(project, "建物（LOD1）")
    assert [rule.label() for rule in lod1.renderer().rootRule().children()][-1] == "浸水ランクなし"
    assert tree_layers(project) == [
        ("", "点群 district", True),
        ("PLATEAU 3D都市モデル", "建物（LOD2）", True),
        ("PLATEAU 3D都市モデル", "建物（LOD1）", True),
        ("PLATEAU 3D都市モデル", "屋根（LOD2）", False),
        ("PLATEAU 3D都市モデル", "建物外形（LOD0）", False),
    ]


def test_catalog_add_to_map_puts_coloured_buildings_on_top_in_the_plane_crs(project, district_gpkg):
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    from digital_twin.plugin.catalog.qgis_layers import add_to_project
    from digital_twin.plugin.citygml.qgis_styles import layer_title, map_layers

    project.setCrs(QgsCoordinateReferenceSystem("EPSG:6668"))  # as a first GeoJSON layer leaves it
    gpkg = district_gpkg / "bldg.gpkg"
    written = ["building_lod0", "building_lod1", "building_lod2", "building_lod2_roof", "building_lod2_wall",
               "building_lod2_ground", "building_risk"]
    ordered = map_layers(written, everything=True)
    layers = [QgsVectorLayer(f"{gpkg}|layername={name}", layer_title(name), "ogr") for name, _ in ordered]
    add_to_project(project, layers, "建築物モデル（サンプル地区）",
                   hidden=[layer for layer, (_, visible) in zip(layers, ordered, strict=True) if not visible])

    group = "建築物モデル（サンプル地区）"
    assert tree_layers(project) == [
        (group, "Buildings (LOD2)", True), (group, "Buildings (LOD1)", True), (group, "Roofs (LOD2)", False),
        (group, "Building outlines (LOD0)", False), (group, "Walls (LOD2)", False),
        (group, "Ground surfaces (LOD2)", False)]
    assert project.crs().authid() == "EPSG:6677"
    assert rule_filters(layers[1])[0] == '"flood_l2_rank" = 1'  # opened with the GeoPackage's own style


def test_results_of_a_model_arrive_styled(project, tmp_path):
    """A model's outputs keep their child algorithm's post-processors."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )

    model = QgsProcessingModelAlgorithm("flood", "tests")
    child = QgsProcessingModelChildAlgorithm("digitaltwin:floodinundation")
    child.setChildId("flood")
    for name, value in (("DEM", str(DISTRICT / "dem.tif")), ("WATER_LEVEL", 4.6),
                        ("SEEDS", str(DISTRICT / "river.geojson"))):
        child.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    outputs = {}
    for name, child_output in (("depth", "OUTPUT_DEPTH"), ("areas", "OUTPUT_AREAS")):
        outputs[name] = QgsProcessingModelOutput(name, name)
        outputs[name].setChildId("flood")
        outputs[name].setChildOutputName(child_output)
    child.setModelOutputs(outputs)
    model.addChildAlgorithm(child)
    model.updateDestinationParameters()

    run_and_load(model, {"depth": str(tmp_path / "depth.tif"), "areas": str(tmp_path / "areas.gpkg")})
    assert sorted(name for _, name, _ in tree_layers(project)) == ["Flood depth", "Flooded areas"]
    assert ramp_values(layer_named(project, "Flood depth")) == pytest.approx(DEPTH_BREAKS_M)
    assert categories(layer_named(project, "Flooded areas")) == ["1", "2", "3", "4", "5", "6"]


def test_rain_simulation_rasters_arrive_with_their_ramps(project, tmp_path):
    from qgis.core import QgsSingleBandPseudoColorRenderer
    from qgis.PyQt.QtGui import QColor

    run_and_load("digitaltwin:floodsimulation", {
        "DEM": str(DISTRICT / "dem.tif"), "DURATION": 10, "RAIN": 100,
        "OUTPUT_MAX_DEPTH": str(tmp_path / "depth.tif"), "OUTPUT_MAX_VELOCITY": str(tmp_path / "velocity.tif"),
        "OUTPUT_ARRIVAL": str(tmp_path / "arrival.tif")})

    assert sorted(name for _, name, _ in tree_layers(project)) == \
        ["Flood arrival time", "Maximum flood depth", "Maximum flow velocity"]
    for name in ("Flood arrival time", "Maximum flood depth", "Maximum flow velocity"):
        assert isinstance(layer_named(project, name).renderer(), QgsSingleBandPseudoColorRenderer)
    assert ramp_values(layer_named(project, "Maximum flood depth")) == pytest.approx(DEPTH_BREAKS_M)
    assert ramp_values(layer_named(project, "Maximum flow velocity")) == [0.0, 0.5, 1.0, 2.0]
    assert ramp_values(layer_named(project, "Flood arrival time")) == [0.0, 1800.0, 3600.0, 10800.0]
    # 100 mm/h for 10 minutes wets every cell, nowhere 0.5 m deep: the whole grid in the GSI's first class
    depth_image = render(project, [layer_named(project, "Maximum flood depth")], "floodsimulation_depth.png")
    assert QColor(depth_image.pixel(300, 270)).getRgb()[:3] == (247, 245, 169)
    for name, file_name in (("Maximum flow velocity", "floodsimulation_velocity.png"),
                            ("Flood arrival time", "floodsimulation_arrival.png")):
        assert distinct_colours(render(project, [layer_named(project, name)], file_name)) >= 3


def test_point_cloud_dsm_arrives_in_terrain_colours(project, tmp_path):
    run_and_load("digitaltwin:pointcloudtodsm", {"INPUT": str(DISTRICT / "pointcloud.laz"), "RESOLUTION": 2.0,
                                                 "OUTPUT": str(tmp_path / "dsm.tif")})
    dsm = layer_named(project, "Surface heights (DSM)")
    statistics = dsm.dataProvider().bandStatistics(1)
    assert len(ramp_values(dsm)) == 6
    assert ramp_values(dsm)[-1] == pytest.approx(statistics.maximumValue)
    assert project.crs().authid() == "EPSG:6677"
    assert distinct_colours(render(project, [dsm], "pointcloudtodsm.png")) >= 6


def test_project_writer_styles_dsm_and_point_cloud_in_the_plane_crs(qgis_app, district_gpkg, tmp_path):
    """plugin/sample_district/qgis_project.py, as `make demo` writes its project: groups and layers in the order
    given, the flood-rank LOD1 on top, a DSM in terrain colours and the COPC styled, project in EPSG:6677."""
    from qgis.core import QgsProject, QgsSingleBandPseudoColorRenderer

    from digital_twin.plugin.pointcloud.copc import convert_to_copc
    from digital_twin.plugin.sample_district.qgis_project import write_project

    copc = convert_to_copc(DISTRICT / "pointcloud.laz", tmp_path / "district.copc.laz").path
    gpkg = str(district_gpkg / "bldg.gpkg")
    spec = {"target": str(tmp_path / "project.qgz"), "crs": "EPSG:6677", "extent_from": str(DISTRICT / "dem.tif"),
            "layers": [
                dict(group="Buildings", name="Buildings (LOD1)", path=gpkg, layer="building_lod1", in_3d=True),
                dict(group="Buildings", name="Building outlines (LOD0)", path=gpkg, layer="building_lod0",
                     visible=False),
                dict(group="Terrain", name="Point cloud", path=str(copc)),
                dict(group="Terrain", name="Elevation", path=str(DISTRICT / "dem.tif"), style="elevation")]}
    assert write_project(spec) == 4

    project = QgsProject()
    assert project.read(spec["target"])
    try:
        assert project.crs().authid() == "EPSG:6677"
        assert tree_layers(project) == [("Buildings", "Buildings (LOD1)", True),
                                        ("Buildings", "Building outlines (LOD0)", False),
                                        ("Terrain", "Point cloud", True), ("Terrain", "Elevation", True)]
        assert rule_filters(layer_named(project, "Buildings (LOD1)"))[-1] == "ELSE"
        assert layer_named(project, "Point cloud").renderer().type() == "rgb"
        elevation = layer_named(project, "Elevation")
        assert isinstance(elevation.renderer(), QgsSingleBandPseudoColorRenderer) and len(ramp_values(elevation)) == 6
    finally:
        project.clear()


def test_catalog_search_table_opens_in_the_project(project, tmp_path):
    run_and_load("digitaltwin:catalogsearch", {"CATALOG_TYPE": 4, "CATALOG": str(DISTRICT / "catalog.json"),
                                               "OUTPUT": str(tmp_path / "found.gpkg")})
    table = layer_named(project, "Catalog search results")
    assert not table.isSpatial() and table.featureCount() > 0
    assert {"dataset_id", "resource_url", "licence"} <= set(table.fields().names())


def test_batch_runs_load_styled_after_all_have_run(project, tmp_path):
    """Batch mode: every row runs, then each row's results are loaded; the post-processors of the first rows must
    still be alive (no reference on an algorithm copy, none replaced by the next row)."""
    import gc

    import processing
    from processing.gui.Postprocessing import handleAlgorithmResults
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingOutputLayerDefinition

    algorithm = QgsApplication.processingRegistry().algorithmById("digitaltwin:floodinundation")
    contexts = []
    for level in (3.0, 4.6):
        context = QgsProcessingContext()
        context.setProject(project)
        processing.run(algorithm, {
            "DEM": str(DISTRICT / "dem.tif"), "WATER_LEVEL": level, "SEEDS": str(DISTRICT / "river.geojson"),
            "OUTPUT_DEPTH": QgsProcessingOutputLayerDefinition(str(tmp_path / f"depth_{level}.tif"), project),
            "OUTPUT_AREAS": QgsProcessingOutputLayerDefinition(str(tmp_path / f"areas_{level}.gpkg"), project)},
            context=context)
        contexts.append(context)
    gc.collect()
    for context in contexts:
        assert handleAlgorithmResults(algorithm, context)
    depths = project.mapLayersByName("Flood depth")
    assert len(depths) == 2 and all(ramp_values(layer) == pytest.approx(DEPTH_BREAKS_M) for layer in depths)
    areas = project.mapLayersByName("Flooded areas")
    assert len(areas) == 2 and all(categories(layer) == ["1", "2", "3", "4", "5", "6"] for layer in areas)
