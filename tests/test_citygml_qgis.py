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
    material = flood[1].symbol().materialSettings()
    lit = [sum(pair) for pair in zip(material.ambient().getRgb()[:3], material.diffuse().getRgb()[:3], strict=True)]
    assert all(abs(got - want) <= 1 for got, want in zip(lit, (255, 216, 192), strict=True)), lit  # GSI 0.5-3 m
    assert material.specular().getRgb()[:3] == (0, 0, 0)  # a white highlight would bleach the colour
    assert len(flood) == 7 and flood[-1].isElse()
    height = renderers["height"].rootRule().children()
    assert height[1].filterExpression() == '"measured_height" >= 10 AND "measured_height" < 20'
    usage = renderers["usage"].rootRule().children()
    assert len(usage) == 1 and usage[0].isElse()  # the Ota fixture has no bldg:usage
    with pytest.raises(ValueError):
        renderer_3d(tokyo_lod1, "colour")


def test_open_3d_view_configures_the_scene_and_camera(tokyo_lod1_uri):
    from qgis._3d import Qgs3DMapSettings
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

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
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:6668"))  # as a GeoJSON added first leaves it
    project.addMapLayer(tokyo_lod1)
    iface = Iface()
    canvas = open_3d_view(iface, tokyo_lod1, "flood_rank")
    assert canvas.settings.crs().authid() == "EPSG:6677"
    assert project.crs().authid() == "EPSG:6677"  # for QGIS's own New 3D Map View as well
    assert [layer.id() for layer in canvas.settings.layers()] == [tokyo_lod1.id()]
    assert tokyo_lod1.renderer3D().type() == "rulebased"
    point, distance, pitch, yaw = canvas.camera.looking_at
    extent = tokyo_lod1.extent()
    assert distance >= 1.2 * (extent.width() ** 2 + extent.height() ** 2) ** 0.5
    assert (pitch, yaw) == (55.0, 20.0)
    assert abs(point.x()) < 1e-6  # the scene origin is the district's centre


def test_processing_log_names_the_version_and_warns_on_2020_data(shared_fixtures, tmp_path, digitaltwin_provider):
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos, self.warnings = [], []

        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            self.infos.append(info)

        def pushWarning(self, warning):  # noqa: N802 (QGIS API)
            self.warnings.append(warning)

    feedback = Recorder()
    run_load({"INPUT": str(shared_fixtures / "plateau" / "hazards" / "iizuka_50302469_bldg_6697_op.gml"),
              "OUTPUT": str(tmp_path / "iizuka.gpkg")}, feedback)
    assert any("uro 1.4" in info and "PLATEAU specification 1 (2020)" in info for info in feedback.infos)
    assert len(feedback.warnings) == 1 and "PLATEAU 2020 data" in feedback.warnings[0]
    feedback = Recorder()
    run_load({"INPUT": str(shared_fixtures / "plateau" / "hazards" / "koshigaya_53396677_bldg_6697_op.gml"),
              "OUTPUT": str(tmp_path / "koshigaya.gpkg")}, feedback)
    assert any("uro 3.1" in info and "PLATEAU specification 4 (2024)" in info for info in feedback.infos)
    assert not feedback.warnings


def test_use_districts_open_in_zoning_colours_with_a_legend(shared_fixtures, tmp_path, digitaltwin_provider):
    from qgis.core import QgsVectorLayer

    output = tmp_path / "urf.gpkg"
    run_load({"INPUT": str(shared_fixtures / "plateau" / "urf" / "tokyo23_533957_urf_6668_op.gml"),
              "OUTPUT": str(output)})
    districts = QgsVectorLayer(f"{output}|layername=usedistrict_lod1", "districts", "ogr")
    assert districts.isValid() and districts.featureCount() == 22
    renderer = districts.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "district_code"
    legend = {category.value(): category.label() for category in renderer.categories()}
    assert legend["10"] == "10 商業地域" and legend["1"] == "1 第一種低層住居専用地域" and len(legend) == 14
    colour = {category.value(): category.symbol().color().name() for category in renderer.categories()}
    assert colour["10"] == "#f05064" and colour["13"] == "#3c8cdc"  # commercial red, exclusive industrial blue
    values = {feature["district_code"] for feature in districts.getFeatures()}
    assert values <= set(legend)  # every district of the file has its legend entry
    height = QgsVectorLayer(f"{output}|layername=heightcontroldistrict_lod1", "height", "ogr")
    assert height.renderer().type() == "singleSymbol" and height.featureCount() == 12


def test_plateau_3d_tiles_tileset_opens_as_a_tiled_scene_layer(shared_fixtures, tmp_path, digitaltwin_provider):
    """The Ogasawara 2025 LOD1 tileset (3D Tiles 1.1, its glb contents not copied): QGIS opens it as a tiled scene
    layer with a 3D renderer; its extent is the root region read from the JSON here (radians -> degrees)."""
    import json
    import math
    import shutil

    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsTiledSceneLayer

    from digital_twin.plugin.catalog.qgis_layers import set_tiled_scene_3d_renderer

    source = shared_fixtures / "plateau" / "tiles" / "ogasawara_40425105_bldg_3dtiles_lod1_tileset.json"
    folder = tmp_path / "tiles"
    folder.mkdir()
    tileset = folder / "tileset.json"
    shutil.copyfile(source, tileset)  # a tmp copy: QGIS may write an index beside it; the fixture stays untouched
    west, south, east, north, *_ = json.loads(tileset.read_text(encoding="utf-8"))["root"]["boundingVolume"]["region"]
    layer = QgsTiledSceneLayer(str(tileset), "ogasawara", "cesiumtiles")
    assert layer.isValid(), layer.error().summary()
    set_tiled_scene_3d_renderer(layer)
    assert layer.renderer3D().type() == "tiledscene"
    to_lonlat = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    extent = to_lonlat.transformBoundingBox(layer.extent())
    assert extent.xMinimum() == pytest.approx(math.degrees(west), abs=1e-3)
    assert extent.yMaximum() == pytest.approx(math.degrees(north), abs=1e-3)
    assert 142.0 < extent.center().x() < 142.3 and 27.0 < extent.center().y() < 27.2  # Chichijima, Ogasawara


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
