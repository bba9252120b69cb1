"""digitaltwin:loadcitygml through processing.run and qgis_process; the layers open styled in QGIS."""


import pytest

TOKYO = "tokyo-ota_53392642_bldg_6697_op2.gml"
SAPPORO = "sapporo_64413325_bldg_6697_op.gml"


def run_load(params, feedback=None):
    import processing

    return processing.run("digitaltwin:loadcitygml", params, feedback=feedback)


def test_processing_run_loads_tokyo_skipping_the_broken_building(shared_fixtures, tmp_path, digitaltwin_provider):
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatal_error=False):  # noqa: N802 (QGIS API)
            self.errors.append(error)

    feedback = Recorder()
    output = tmp_path / "tokyo.gpkg"
    result = run_load({"INPUT": str(shared_fixtures / "plateau" / TOKYO), "SKIP_BROKEN": True,
                       "OUTPUT": str(output)}, feedback)
    assert result["BUILDINGS"] == 7 and result["CRS"] == "EPSG:6677" and result["OUTPUT"] == str(output)
    assert "building_lod2_roof: 135" in result["LAYERS"]
    assert any("line 538" in error for error in feedback.errors)


def test_processing_run_reports_the_broken_line(shared_fixtures, tmp_path, digitaltwin_provider):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="line 538"):
        run_load({"INPUT": str(shared_fixtures / "plateau" / TOKYO), "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()


def test_target_crs_and_lod_choice(shared_fixtures, tmp_path, digitaltwin_provider):
    from osgeo import ogr

    output = tmp_path / "sapporo_utm.gpkg"
    result = run_load({"INPUT": str(shared_fixtures / "plateau" / SAPPORO), "TARGET_CRS": "EPSG:6691",
                       "LODS": 4, "OUTPUT": str(output)})
    assert result["CRS"] == "EPSG:6691" and result["BUILDINGS"] == 25
    dataset = ogr.Open(str(output))
    assert dataset.GetLayerByName("building_lod0") is None
    layer = dataset.GetLayerByName("building_lod1")
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "6691"
    feature = layer.GetNextFeature()  # keep the feature alive while its geometry is used
    x = feature.GetGeometryRef().Centroid().GetX()
    assert 500000 < x < 700000  # UTM zone 54N eastings around Sapporo (141.4 E)


def test_processing_run_accepts_a_url(shared_fixtures, tmp_path, digitaltwin_provider, httpserver):
    httpserver.expect_request("/udx/bldg/52382287_bldg_6697_op.gml").respond_with_data(
        (shared_fixtures / "plateau" / "shizuoka_52382287_bldg_6697_psc_op.gml").read_bytes())
    result = run_load({"INPUT": httpserver.url_for("/udx/bldg/52382287_bldg_6697_op.gml"),
                       "OUTPUT": str(tmp_path / "url.gpkg")})
    assert result["BUILDINGS"] == 4 and result["CRS"] == "EPSG:6676"


def test_layers_open_styled_in_qgis(shared_fixtures, tmp_path, digitaltwin_provider):
    from qgis._3d import Qgs3D
    from qgis.core import QgsVectorLayer

    Qgs3D.initialize()
    output = tmp_path / "tokyo.gpkg"
    run_load({"INPUT": str(shared_fixtures / "plateau" / TOKYO), "SKIP_BROKEN": True, "OUTPUT": str(output)})
    lod1 = QgsVectorLayer(f"{output}|layername=building_lod1", "lod1", "ogr")
    assert lod1.isValid() and lod1.featureCount() == 7
    assert lod1.renderer().type() == "RuleRenderer"
    assert [rule.filterExpression() for rule in lod1.renderer().rootRule().children()][:2] == [
        '"flood_l2_rank" = 1', '"flood_l2_rank" = 2']
    assert lod1.renderer3D() is not None and lod1.renderer3D().type() == "rulebased"
    roof = QgsVectorLayer(f"{output}|layername=building_lod2_roof", "roof", "ogr")
    assert roof.renderer3D() is not None and roof.renderer3D().type() == "vector"
    assert lod1.crs().authid() == "EPSG:6677"


@pytest.mark.qgis_process
def test_qgis_process_loads_a_release_zip_by_mesh(shared_fixtures, tmp_path, qgis_process_env):
    import headless
    from test_citygml_engine import write_release_zip

    archive = write_release_zip(shared_fixtures / "plateau", tmp_path / "release.zip")
    output = tmp_path / "cli.gpkg"
    answer = headless.run_algorithm("digitaltwin:loadcitygml",
                                    {"INPUT": archive, "MESH_FILTER": "52382287", "OUTPUT": output},
                                    qgis_process_env, timeout=600)
    assert answer["results"]["BUILDINGS"] == 4
    assert answer["results"]["CRS"] == "EPSG:6676"
    assert output.is_file()


@pytest.fixture()
def tokyo_lod1_uri(shared_fixtures, tmp_path, digitaltwin_provider):
    """The layer's URI, not the layer: a QgsVectorLayer kept by pytest outlives QGIS and crashes Python's exit."""
    from qgis._3d import Qgs3D

    Qgs3D.initialize()
    output = tmp_path / "tokyo.gpkg"
    run_load({"INPUT": str(shared_fixtures / "plateau" / TOKYO), "SKIP_BROKEN": True, "OUTPUT": str(output)})
    return f"{output}|layername=building_lod1"


def test_3d_renderers_colour_by_flood_rank_height_and_usage(tokyo_lod1_uri):
    from qgis.core import QgsVectorLayer

    from digital_twin.plugin.citygml.qgis_3d import renderer_3d

    tokyo_lod1 = QgsVectorLayer(tokyo_lod1_uri, "building_lod1", "ogr")
    renderers = {attribute: renderer_3d(tokyo_lod1, attribute) for attribute in ("flood_rank", "height", "usage")}
    flood = renderers["flood_rank"].rootRule().children()  # the renderer must outlive its rules
    assert [rule.filterExpression() for rule in flood][:2] == ['"flood_l2_rank" = 1', '"flood_l2_rank" = 2']
    assert flood[1].symbol().materialSettings().diffuse().getRgb()[:3] == (255, 216, 192)  # GSI 0.5-3 m
    assert len(flood) == 7 and flood[-1].isElse()
    height = renderers["height"].rootRule().children()
    assert height[1].filterExpression() == '"measured_height" >= 10 AND "measured_height" < 20'
    usage = renderers["usage"].rootRule().children()
    assert len(usage) == 1 and usage[0].isElse()  # the Ota fixture has no bldg:usage
    with pytest.raises(ValueError):
        renderer_3d(tokyo_lod1, "colour")


def test_open_3d_view_configures_the_scene_and_camera(tokyo_lod1_uri):
    from qgis._3d import Qgs3DMapSettings
    from qgis.core import QgsVectorLayer

    from digital_twin.plugin.citygml.qgis_3d import open_3d_view

    class Camera:
        def setLookingAtPoint(self, point, distance, pitch, yaw):  # noqa: N802 (QGIS API)
            self.looking_at = (point, distance, pitch, yaw)

    class Canvas:
        def __init__(self):
            self.settings, self.camera = Qgs3DMapSettings(), Camera()

        def mapSettings(self):  # noqa: N802 (QGIS API)
            return self.settings

        def cameraController(self):  # noqa: N802 (QGIS API)
            return self.camera

    class Iface:  # QGIS desktop's iface.createNewMapCanvas3D, which pytest-qgis does not provide
        def createNewMapCanvas3D(self, name):  # noqa: N802 (QGIS API)
            self.name, self.canvas = name, Canvas()
            return self.canvas

    tokyo_lod1 = QgsVectorLayer(tokyo_lod1_uri, "building_lod1", "ogr")
    iface = Iface()
    canvas = open_3d_view(iface, tokyo_lod1, "flood_rank")
    assert canvas.settings.crs().authid() == "EPSG:6677"
    assert [layer.id() for layer in canvas.settings.layers()] == [tokyo_lod1.id()]
    assert tokyo_lod1.renderer3D().type() == "rulebased"
    point, distance, pitch, yaw = canvas.camera.looking_at
    extent = tokyo_lod1.extent()
    assert distance >= 1.2 * (extent.width() ** 2 + extent.height() ** 2) ** 0.5
    assert (pitch, yaw) == (55.0, 20.0)
    assert abs(point.x()) < 1e-6  # the scene origin is the district's centre


@pytest.mark.parametrize("value", ["nan", "inf", "1e308"])
def test_processing_run_names_a_building_with_a_number_that_is_no_position(shared_fixtures, tmp_path,
                                                                          digitaltwin_provider, value):
    """Issue 18: 'RuntimeError: Full reprojection failed', with or without SKIP_BROKEN."""
    from qgis.core import QgsProcessingException, QgsProcessingFeedback
    from test_citygml_engine import _with_first_latitude

    broken, line = _with_first_latitude(shared_fixtures / "plateau", tmp_path, 4, value)
    with pytest.raises(QgsProcessingException, match=rf"{value}\.gml, line {line}: coordinate .* is not a latitude"):
        run_load({"INPUT": str(broken), "OUTPUT": str(tmp_path / "strict.gpkg")})
    errors = []
    feedback = QgsProcessingFeedback()
    feedback.reportError = lambda error, fatal_error=False: errors.append(error)
    result = run_load({"INPUT": str(broken), "SKIP_BROKEN": True, "OUTPUT": str(tmp_path / "skipped.gpkg")}, feedback)
    assert result["BUILDINGS"] == 24
    assert [error for error in errors if f"line {line}" in error and "(skipped)" in error]
