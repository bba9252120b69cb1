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
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setDestinationCrs(project.crs())
    settings.setLayers(layers)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor(255, 255, 255))
    extent = QgsRectangle()
    for layer in layers:
        extent.combineExtentWith(settings.layerExtentToOutputExtent(layer, layer.extent()))
    settings.setExtent(extent)
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
