"""Point clouds in QGIS: our COPC and VPC files in QGIS's own providers, styling, the Processing algorithms through
processing.run, and one qgis_process run."""

import zipfile

import laspy
import numpy as np
import pytest

from digital_twin.plugin.pointcloud import copc
from digital_twin.plugin.pointcloud.copc import convert_point_clouds, convert_to_copc
from digital_twin.plugin.pointcloud.synthetic import write_tile

# Rectangle edges between the 1 mm coordinate steps, so no point lies on an edge.
BOX = (-7990.0005, -37490.0005, -7900.0005, -37300.0005)


@pytest.fixture()
def copc_tile(tmp_path, monkeypatch):
    """A 60,000-point tile converted with small limits: several buckets and octree levels."""
    monkeypatch.setattr(copc, "BUCKET_POINTS", 5_000)
    monkeypatch.setattr(copc, "MAX_LEAF_POINTS", 2_000)
    tile = write_tile(tmp_path / "tile.las", 60_000)
    return tile, convert_to_copc(tile, tmp_path / "tile.copc.laz").path


def test_qgis_copc_provider_reads_the_fixture_conversion(qgis_app, shared_fixtures, tmp_path):
    from qgis.core import QgsPointCloudLayer

    result = convert_to_copc(shared_fixtures / "pointcloud" / "simple.las", tmp_path / "simple.copc.laz")
    layer = QgsPointCloudLayer(str(result.path), "simple", "copc")
    assert layer.isValid(), layer.error().summary()
    assert layer.pointCount() == 1065
    assert layer.crs().authid() == "EPSG:6677"
    extent = layer.extent()
    assert (extent.xMinimum(), extent.yMinimum()) == pytest.approx((635619.85, 848899.70), abs=1e-6)
    assert (extent.xMaximum(), extent.yMaximum()) == pytest.approx((638982.55, 853535.43), abs=1e-6)
    names = {attribute.name() for attribute in layer.attributes().attributes()}
    assert {"Red", "Green", "Blue", "Classification", "Intensity", "ReturnNumber", "GpsTime"} <= names


def test_qgis_decodes_every_octree_node(qgis_app, copc_tile):
    """QGIS walks our hierarchy and decompresses our chunks: a full-resolution query returns the same points."""
    from qgis.core import QgsGeometry, QgsPointCloudLayer, QgsRectangle

    tile, copc_path = copc_tile
    layer = QgsPointCloudLayer(str(copc_path), "tile", "copc")
    assert layer.isValid() and layer.pointCount() == 60_000
    points = layer.dataProvider().identify(1e-6, QgsGeometry.fromRect(QgsRectangle(*BOX)), pointsLimit=10**7)
    source = laspy.read(tile)
    inside = (source.x > BOX[0]) & (source.x < BOX[2]) & (source.y > BOX[1]) & (source.y < BOX[3])
    assert len(points) == inside.sum() > 1000
    assert sorted(point["GpsTime"] for point in points) == pytest.approx(np.sort(source.gps_time[inside]))
    assert sorted(point["Red"] for point in points) == sorted(source.red[inside].tolist())


def test_vpc_opens_as_one_layer(qgis_app, shared_fixtures, tmp_path):
    from qgis.core import QgsPointCloudLayer

    folder = tmp_path / "tiles"
    folder.mkdir()
    (folder / "a.las").write_bytes((shared_fixtures / "pointcloud" / "simple.las").read_bytes())
    (folder / "b.laz").write_bytes((shared_fixtures / "pointcloud" / "simple.laz").read_bytes())
    output, _ = convert_point_clouds(folder, tmp_path / "out" / "tiles.vpc")
    layer = QgsPointCloudLayer(str(output), "tiles", "vpc")
    assert layer.isValid(), layer.error().summary()
    assert layer.pointCount() == 2130
    assert layer.crs().authid() == "EPSG:6677"


def test_styling_rgb_else_classification_with_3d(qgis_app, copc_tile, tmp_path):
    from digital_twin.plugin.pointcloud.qgis_layers import open_point_cloud_layer

    _, copc_path = copc_tile
    coloured = open_point_cloud_layer(copc_path, "tile")
    assert coloured.renderer().type() == "rgb"
    assert coloured.renderer().redContrastEnhancement().maximumValue() == 65535  # 16-bit colours in the tile
    assert coloured.renderer3D().type() == "pointcloud"
    assert coloured.renderer3D().symbol().symbolType() == "rgb"

    header = laspy.LasHeader(point_format=1, version="1.2")  # no RGB
    las = laspy.LasData(header)
    las.x, las.y, las.z = np.arange(5.0), np.arange(5.0), np.zeros(5)
    las.classification = np.array([1, 2, 2, 6, 9], np.uint8)
    las.write(tmp_path / "plain.las")
    plain = open_point_cloud_layer(convert_to_copc(tmp_path / "plain.las", tmp_path / "plain.copc.laz").path)
    assert plain.renderer().type() == "classified"
    assert plain.renderer3D().symbol().symbolType() == "classification"


def test_processing_converts_a_tile_zip(digitaltwin_provider, shared_fixtures, tmp_path):
    import processing
    from qgis.core import QgsPointCloudLayer

    archive = tmp_path / "09LD2626.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(shared_fixtures / "pointcloud" / "simple.las", "09LD2626.las")
    result = processing.run("digitaltwin:pointcloudtocopc",
                            {"INPUT": str(archive), "OUTPUT": str(tmp_path / "09LD2626.copc.laz")})
    assert result["OUTPUT"] == str(tmp_path / "09LD2626.copc.laz")
    assert result["POINT_COUNT"] == 1065
    assert QgsPointCloudLayer(result["OUTPUT"], "t", "copc").pointCount() == 1065


def test_processing_folder_to_vpc_loads_the_written_file_styled(digitaltwin_provider, shared_fixtures, tmp_path):
    """A folder becomes a .vpc; when the user asked to open the output, the file actually written is loaded as a
    point cloud with our styler (a '.laz' output is renamed '.copc.laz')."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    folder = tmp_path / "tiles"
    folder.mkdir()
    for name in ("a.las", "b.las"):
        (folder / name).write_bytes((shared_fixtures / "pointcloud" / "simple.las").read_bytes())
    result = processing.run("digitaltwin:pointcloudtocopc",
                            {"INPUT_FOLDER": str(folder), "OUTPUT": str(tmp_path / "all.vpc")})
    assert result["POINT_COUNT"] == 2130
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.copc.laz", "all.vpc", "b.copc.laz", "tiles"]

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    requested = str(tmp_path / "single.laz")
    context.addLayerToLoadOnCompletion(requested, QgsProcessingContext.LayerDetails("single", QgsProject.instance(),
                                                                                    "OUTPUT"))
    result = processing.run("digitaltwin:pointcloudtocopc", {"INPUT": str(folder / "a.las"), "OUTPUT": requested},
                            context=context, feedback=QgsProcessingFeedback())
    assert result["OUTPUT"] == str(tmp_path / "single.copc.laz")
    to_load = context.layersToLoadOnCompletion()
    assert list(to_load) == [result["OUTPUT"]]
    assert to_load[result["OUTPUT"]].postProcessor() is not None


def test_processing_reports_bad_input_as_a_sentence(digitaltwin_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    archive = tmp_path / "empty.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("notes.txt", "nothing")
    with pytest.raises(QgsProcessingException, match="the zip holds no .las or .laz file"):
        processing.run("digitaltwin:pointcloudtocopc", {"INPUT": str(archive), "OUTPUT": str(tmp_path / "x.copc.laz")})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.zip"]


def test_processing_dsm_from_copc(digitaltwin_provider, copc_tile, tmp_path):
    import processing
    from qgis.core import QgsPointXY, QgsRasterLayer

    from digital_twin.plugin.pointcloud.synthetic import BUILDINGS, TILE_ORIGIN, ground_z

    _, copc_path = copc_tile
    result = processing.run("digitaltwin:pointcloudtodsm", {"INPUT": str(copc_path), "RESOLUTION": 4.0, "KIND": 0,
                                                            "OUTPUT": str(tmp_path / "dsm.tif")})
    raster = QgsRasterLayer(result["OUTPUT"], "dsm")
    assert raster.isValid() and raster.crs().authid() == "EPSG:6677"
    x0, y0, x1, y1, height = BUILDINGS[0]
    west = TILE_ORIGIN[0] + 80  # cell 80-84 m from the tile's west edge, on the first roof
    value, ok = raster.dataProvider().sample(QgsPointXY(west + 2, TILE_ORIGIN[1] + 70), 1)
    assert ok and value == pytest.approx(ground_z(84) + height, abs=0.05)


def test_qgis_process_runs_the_conversion(qgis_process_env, shared_fixtures, tmp_path):
    import headless

    output = tmp_path / "simple.copc.laz"
    answer = headless.run_algorithm("digitaltwin:pointcloudtocopc", {
        "INPUT": shared_fixtures / "pointcloud" / "simple.laz", "CRS": "EPSG:6677", "OUTPUT": output},
        qgis_process_env, timeout=300)
    assert answer["results"]["POINT_COUNT"] == 1065
    assert laspy.open(output).header.point_count == 1065


def test_pointcloudtodsm_on_a_truncated_laz_names_the_file(shared_fixtures, tmp_path, digitaltwin_provider):
    """Issue 18: lazrs.LazrsError reached the user as a traceback."""
    import processing
    from qgis.core import QgsProcessingException

    data = (shared_fixtures / "pointcloud" / "simple.laz").read_bytes()
    truncated = tmp_path / "truncated.laz"
    truncated.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(QgsProcessingException, match="truncated.laz: the point data is broken or ends early") as error:
        processing.run("digitaltwin:pointcloudtodsm", {"INPUT": str(truncated), "RESOLUTION": 1.0,
                                                        "OUTPUT": str(tmp_path / "dsm.tif")})
    assert "Traceback" not in str(error.value) and not (tmp_path / "dsm.tif").exists()
