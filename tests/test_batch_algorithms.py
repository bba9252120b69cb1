"""The batch DSM, solar and flood-ensemble runners as Processing algorithms (digitaltwin:batchdsm, batchsolar,
batchensemble) through processing.run and qgis_process, on the bundled sample district: each equals its
single-process counterpart cell for cell (digitaltwin:buildingsdsm, digitaltwin:solarirradiance and
digitaltwin:solarpotential, the ensemble's scenarios simulated here one by one); OVERWRITE off keeps an existing
file; Cancel leaves no output; bad input is named. One LocalCluster of two workers serves the module."""

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr

from digital_twin.plugin.batch.ensemble import Scenario, constant_rain, exceedance, run_scenario
from digital_twin.plugin.batch.runner import run_untiled

ROOT = Path(__file__).resolve().parent.parent
DISTRICT = ROOT / "resources" / "sample_district"
DEM = DISTRICT / "dem.tif"
CELL_M = 2.0  # the district (730 x 890 m) at 2 m: 370 x 450 cells, seconds per run
RADIUS_M = 60.0
SECTORS = 8
BURST_CSV = "minutes,rain_mm_h\n0,100\n5,600\n10,0\n"
DURATION_MIN = 15.0
DASK_PARAMETERS = ("SCHEDULER", "WORKERS", "MEMORY_LIMIT", "RETRIES")
BATCH_ALGORITHMS = ("batchrun", "batchdsm", "batchsolar", "batchensemble", "batchserviceareas")


@pytest.fixture(scope="module", autouse=True)
def provider(digitaltwin_provider):
    return digitaltwin_provider


@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster of two single-thread worker processes for the module's runs (SCHEDULER=its address)."""
    import distributed

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  memory_limit="1GiB") as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def batch_gpkg(tmp_path_factory):
    """The sample district loaded as the batch runner writes it (layer building_lod1 with measured_height)."""
    output = tmp_path_factory.mktemp("batch_algorithms") / "district.gpkg"
    layers = run_untiled(DISTRICT, output)
    assert layers["building_lod1"] > 400
    return output


def run(alg_id, params, feedback=None):
    import processing

    return processing.run(f"digitaltwin:{alg_id}", params, feedback=feedback)


def band(path, number=1):
    dataset = gdal.Open(str(path))  # held: a band outlives no dataset
    return dataset.GetRasterBand(number).ReadAsArray()


def assert_same_grid(got, expected):
    tiled, whole = gdal.Open(str(got)), gdal.Open(str(expected))
    assert tiled.GetGeoTransform() == whole.GetGeoTransform()
    assert (tiled.RasterXSize, tiled.RasterYSize) == (whole.RasterXSize, whole.RasterYSize)
    from osgeo import osr

    assert osr.SpatialReference(tiled.GetProjection()).IsSame(osr.SpatialReference(whole.GetProjection()))


@pytest.fixture(scope="module")
def batch_dsm(batch_gpkg, scheduler, tmp_path_factory, digitaltwin_provider):
    """digitaltwin:batchdsm in 200 m tiles with halos, on the district's DEM."""
    output = tmp_path_factory.mktemp("batch_dsm") / "dsm.tif"
    result = run("batchdsm", {"BUILDINGS": str(batch_gpkg), "DEM": str(DEM), "CELL_SIZE": CELL_M,
                              "TILE_SIZE_M": 200.0, "SCHEDULER": scheduler, "OUTPUT": str(output)})
    assert result["OUTPUT"] == str(output)
    return result


def test_batch_dsm_equals_buildingsdsm_cell_for_cell(batch_gpkg, batch_dsm, tmp_path):
    expected = run("buildingsdsm", {"BUILDINGS": f"{batch_gpkg}|layername=building_lod1",
                                    "HEIGHT_FIELD": "measured_height", "DEM": str(DEM), "CELL_SIZE": CELL_M,
                                    "MARGIN": 0.0, "OUTPUT": str(tmp_path / "whole.tif")})["OUTPUT"]
    assert batch_dsm["TILES"] >= 12  # 370 x 450 cells of 2 m in 200 m tiles: four across, five down
    assert_same_grid(batch_dsm["OUTPUT"], expected)
    got, whole = band(batch_dsm["OUTPUT"]), band(expected)
    ground = band(DEM)
    assert np.array_equal(got, whole)
    assert (got > np.nanmax(ground) + 5).sum() > 1000  # roofs stand above the ground: buildings were burnt


@pytest.fixture(scope="module")
def solar_runs(batch_gpkg, batch_dsm, scheduler, tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch_solar")
    shading = {"RADIUS": RADIUS_M, "SECTORS": SECTORS, "DIFFUSE_MODEL": 1}  # Perez: the sky options pass through
    batch = run("batchsolar", {"INPUT": batch_dsm["OUTPUT"], **shading, "TILE_SIZE_M": 200.0, "SCHEDULER": scheduler,
                               "BUILDINGS": str(batch_gpkg), "POTENTIAL": str(folder / "pv.gpkg"),
                               "OUTPUT": str(folder / "annual.tif")})
    whole = run("solarirradiance", {"INPUT": batch_dsm["OUTPUT"], **shading, "OUTPUT": str(folder / "whole.tif")})
    return batch, whole


def test_batch_solar_equals_solarirradiance_cell_for_cell(solar_runs):
    batch, whole = solar_runs
    assert batch["TILES"] >= 12
    assert_same_grid(batch["OUTPUT"], whole["OUTPUT"])
    got, expected = band(batch["OUTPUT"]), band(whole["OUTPUT"])
    shaded = expected < np.percentile(expected, 10)  # streets beside buildings: the halos' shadows matter
    assert expected.max() > 1.5 * expected[shaded].mean() > 0
    assert np.array_equal(got, expected)


def features(path, layer=None):
    dataset = ogr.Open(str(path))
    source = dataset.GetLayerByName(layer) if layer else dataset.GetLayer(0)
    return [feature.items() | {"fid": feature.GetFID()} for feature in source]


def test_batch_solar_potential_equals_solarpotential(batch_gpkg, batch_dsm, solar_runs, tmp_path):
    """Per building on the merged raster: the values digitaltwin:solarpotential gives for the same footprints."""
    batch, _ = solar_runs
    expected = run("solarpotential", {"IRRADIATION": batch["OUTPUT"], "DSM": batch_dsm["OUTPUT"],
                                      "BUILDINGS": f"{batch_gpkg}|layername=building_lod1",
                                      "OUTPUT": str(tmp_path / "pv.gpkg")})["OUTPUT"]
    fields = ("roof_area", "usable_area", "mean_irradiation", "capacity_kw", "yield_kwh", "co2_t", "suitability")
    got = sorted(features(batch["POTENTIAL"], "solar_potential"), key=lambda row: row["building_fid"])
    whole = features(expected)
    assert [row["building_fid"] for row in got] == [row["fid"] for row in features(batch_gpkg, "building_lod1")]
    assert [tuple(row[name] for name in fields) for row in got] == [tuple(row[name] for name in fields)
                                                                    for row in whole]
    assert batch["CAPACITY_KW"] == pytest.approx(sum(row["capacity_kw"] or 0 for row in whole))
    assert sum(1 for row in got if (row["capacity_kw"] or 0) > 0) > len(got) / 2


@pytest.fixture(scope="module")
def small_dem(tmp_path_factory):
    """The river side of the district's DEM, 80 x 80 cells of 5 m: where heavy rain ponds; a simulation in a second."""
    path = tmp_path_factory.mktemp("ensemble") / "dem.tif"
    gdal.Translate(str(path), str(DEM), srcWin=[120, 40, 80, 80])
    return path


@pytest.fixture(scope="module")
def hyetograph(tmp_path_factory):
    path = tmp_path_factory.mktemp("hyetograph") / "burst.csv"
    path.write_text(BURST_CSV, encoding="utf-8")
    return path


def expected_shares(dem, scenarios):
    """The shares from the scenarios simulated here, one by one (no dask)."""
    counts = sum(exceedance(run_scenario(str(dem), scenario, DURATION_MIN * 60.0, 0.03)) for scenario in scenarios)
    return (counts / len(scenarios)).astype(np.float32)


BURST = Scenario("burst", ((0.0, 100.0), (300.0, 600.0), (600.0, 0.0)))


def test_batch_ensemble_equals_the_scenarios_run_one_by_one(small_dem, hyetograph, scheduler, tmp_path):
    result = run("batchensemble", {"DEM": str(small_dem), "RAIN": "150, 600", "HYETOGRAPHS": [str(hyetograph)],
                                   "DURATION": DURATION_MIN, "SCHEDULER": scheduler,
                                   "OUTPUT": str(tmp_path / "shares.tif")})
    assert result["SCENARIOS"] == 3
    dataset = gdal.Open(result["OUTPUT"])
    assert [dataset.GetRasterBand(n).GetDescription() for n in (1, 2)] == ["share_reaching_0.5m",
                                                                           "share_reaching_3m"]
    got = np.stack([band(result["OUTPUT"], n) for n in (1, 2)])
    expected = expected_shares(small_dem, [constant_rain(150), constant_rain(600), BURST])
    assert np.array_equal(got, expected)
    assert {round(float(share), 3) for share in np.unique(got[0])} == {0.0, 0.333, 0.667}  # 600 mm/h, then 150 too
    assert (got[1] <= got[0]).all()


def test_batch_ensemble_of_levee_breaches_equals_the_breaches_run_one_by_one(small_dem, scheduler, tmp_path):
    """Each point of the layer is a scenario: 'west' with its field's constant inflow, 'east' with its rows of the
    hydrograph (the CSV's rows of another point are not its own)."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.PyQt.QtCore import QMetaType

    from digital_twin.plugin.batch.ensemble import breach

    x0, cell, _, y0, _, _ = gdal.Open(str(small_dem)).GetGeoTransform()
    points = {name: (x0 + (column + 0.5) * cell, y0 - 40.5 * cell) for name, column in (("west", 20), ("east", 60))}
    layer = QgsVectorLayer("Point?crs=EPSG:6677", "breaches", "memory")
    layer.dataProvider().addAttributes([QgsField("name", QMetaType.Type.QString),
                                        QgsField("q", QMetaType.Type.Double)])
    layer.updateFields()
    for name, (x, y) in points.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, 20.0 if name == "west" else None])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        layer.dataProvider().addFeature(feature)
    hydrograph = tmp_path / "breaches.csv"
    hydrograph.write_text("minutes,m3_per_s,point\n0,0,east\n5,40,east\n10,0,east\n0,99,elsewhere\n",
                          encoding="utf-8")
    result = run("batchensemble", {"DEM": str(small_dem), "RAIN": "", "INFLOW_POINTS": layer,
                                   "INFLOW_NAME_FIELD": "name", "INFLOW_FIELD": "q", "HYDROGRAPH": str(hydrograph),
                                   "DURATION": 10.0, "SCHEDULER": scheduler, "OUTPUT": str(tmp_path / "shares.tif")})
    assert result["SCENARIOS"] == 2
    scenarios = [breach("west", *points["west"], ((0.0, 20.0),)),
                 breach("east", *points["east"], ((0.0, 0.0), (300.0, 40.0), (600.0, 0.0)))]
    depths = [run_scenario(str(small_dem), scenario, 600.0, 0.03) for scenario in scenarios]
    got = np.stack([band(result["OUTPUT"], n) for n in (1, 2)])
    assert np.array_equal(got, (sum(exceedance(depth) for depth in depths) / 2).astype(np.float32))
    assert all((depth >= 0.5).any() for depth in depths) and (got[0] == 0.5).any()  # each breach floods its own side


def test_batch_ensemble_arrives_styled_with_dry_cells_transparent(qgis_new_project, digitaltwin_provider, small_dem,
                                                                  scheduler, tmp_path):
    import processing
    from qgis.core import QgsProject, QgsSingleBandPseudoColorRenderer

    project = QgsProject.instance()
    project.clear()
    processing.runAndLoadResults("digitaltwin:batchensemble", {
        "DEM": str(small_dem), "RAIN": "600", "DURATION": DURATION_MIN, "SCHEDULER": scheduler,
        "OUTPUT": str(tmp_path / "shares.tif")})
    layers = project.mapLayersByName("Share of flood scenarios reaching 0.5 m")
    assert len(layers) == 1, [layer.name() for layer in project.mapLayers().values()]
    layer = layers[0]
    assert layer.bandName(1).endswith("share_reaching_0.5m") and layer.bandName(2).endswith("share_reaching_3m")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer) and renderer.inputBand() == 1
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert [item.value for item in items] == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert items[0].color.alpha() == 0 and all(item.color.alpha() == 255 for item in items[1:])
    assert items[-1].color.lightness() < items[1].color.lightness()  # a larger share reads darker
    project.clear()


def test_the_batch_algorithms_share_one_set_of_dask_parameters(digitaltwin_provider):
    from qgis.core import Qgis, QgsApplication

    registry = QgsApplication.processingRegistry()
    definitions = {}
    for alg_id in BATCH_ALGORITHMS:
        algorithm = registry.algorithmById(f"digitaltwin:{alg_id}")
        definitions[alg_id] = [(name, algorithm.parameterDefinition(name).type(),
                                algorithm.parameterDefinition(name).defaultValue(),
                                bool(algorithm.parameterDefinition(name).flags()
                                     & Qgis.ProcessingParameterFlag.Advanced),
                                algorithm.parameterDefinition(name).help()) for name in DASK_PARAMETERS]
        assert algorithm.parameterDefinition("OVERWRITE").defaultValue() is False
    assert definitions["batchrun"][2][2] == "2GiB" and definitions["batchrun"][3][2] == 2
    assert all(rows == definitions["batchrun"] for rows in definitions.values())


@pytest.mark.parametrize("alg_id", ["batchdsm", "batchsolar", "batchensemble"])
def test_overwrite_off_keeps_an_existing_output(alg_id, batch_gpkg, batch_dsm, tmp_path, digitaltwin_provider):
    from qgis.core import QgsProcessingException

    output = tmp_path / "taken.tif"
    output.write_bytes(b"the user's own file")
    inputs = {"batchdsm": {"BUILDINGS": str(batch_gpkg)}, "batchsolar": {"INPUT": batch_dsm["OUTPUT"]},
              "batchensemble": {"DEM": str(DEM), "RAIN": "50"}}[alg_id]
    with pytest.raises(QgsProcessingException, match="exists already"):
        run(alg_id, {**inputs, "SCHEDULER": "tcp://127.0.0.1:9", "OUTPUT": str(output)})
    assert output.read_bytes() == b"the user's own file"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["taken.tif"]


def cancelling_feedback():
    """A feedback that presses Cancel at the first progress report (the first tile or scenario done)."""
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda _percent: feedback.cancel())
    return feedback


@pytest.mark.parametrize("alg_id", ["batchdsm", "batchsolar", "batchensemble"])
def test_cancel_stops_and_leaves_no_output(alg_id, batch_gpkg, batch_dsm, small_dem, hyetograph, scheduler,
                                           tmp_path):
    from qgis.core import QgsProcessingException

    folder = tmp_path / "outputs"
    folder.mkdir()
    inputs = {"batchdsm": {"BUILDINGS": str(batch_gpkg), "CELL_SIZE": CELL_M, "TILE_SIZE_M": 200.0},
              "batchsolar": {"INPUT": batch_dsm["OUTPUT"], "RADIUS": RADIUS_M, "SECTORS": SECTORS,
                             "TILE_SIZE_M": 200.0, "BUILDINGS": str(batch_gpkg),
                             "POTENTIAL": str(folder / "pv.gpkg")},
              "batchensemble": {"DEM": str(small_dem), "RAIN": "50 100 150 300", "HYETOGRAPHS": [str(hyetograph)],
                                "DURATION": DURATION_MIN}}[alg_id]
    feedback = cancelling_feedback()
    with pytest.raises(QgsProcessingException, match="Cancelled by the user"):
        run(alg_id, {**inputs, "SCHEDULER": scheduler, "OUTPUT": str(folder / "out.tif")}, feedback=feedback)
    assert feedback.isCanceled()
    assert list(folder.iterdir()) == []  # no output, no part file, no tiles folder


def test_bad_inputs_are_named(batch_gpkg, tmp_path, digitaltwin_provider):
    from qgis.core import QgsProcessingException

    broken = tmp_path / "broken.csv"
    broken.write_text("minutes,rain_mm_h\n0,100\n5,heavy\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=rf"{broken}, line 3: expected two numbers"):
        run("batchensemble", {"DEM": str(DEM), "RAIN": "", "HYETOGRAPHS": [str(broken)],
                              "SCHEDULER": "tcp://127.0.0.1:9", "OUTPUT": str(tmp_path / "shares.tif")})
    with pytest.raises(QgsProcessingException, match="'heavy' is not an intensity in mm/h"):
        run("batchensemble", {"DEM": str(DEM), "RAIN": "50, heavy", "SCHEDULER": "tcp://127.0.0.1:9",
                              "OUTPUT": str(tmp_path / "shares.tif")})
    no_buildings = tmp_path / "no_buildings.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(no_buildings)).CreateLayer("roads")
    with pytest.raises(QgsProcessingException, match=rf"{no_buildings}: no layer building_lod1"):
        run("batchdsm", {"BUILDINGS": str(no_buildings), "SCHEDULER": "tcp://127.0.0.1:9",
                         "OUTPUT": str(tmp_path / "dsm.tif")})
    with pytest.raises(QgsProcessingException, match="together"):
        run("batchsolar", {"INPUT": str(DEM), "BUILDINGS": str(batch_gpkg), "OUTPUT": str(tmp_path / "a.tif")})
    assert sorted(path.name for path in tmp_path.iterdir()) == ["broken.csv", "no_buildings.gpkg"]


@pytest.mark.qgis_process
def test_qgis_process_runs_the_ensemble_on_its_own_local_cluster(small_dem, hyetograph, qgis_process_env, tmp_path):
    """digitaltwin:batchensemble from qgis_process, its LocalCluster of one worker started inside the run."""
    import headless

    output = tmp_path / "shares.tif"
    answer = headless.run_algorithm("digitaltwin:batchensemble", {
        "DEM": small_dem, "RAIN": "600", "HYETOGRAPHS": [hyetograph], "DURATION": DURATION_MIN, "WORKERS": 1,
        "OUTPUT": output}, qgis_process_env, timeout=300)
    assert answer["results"]["SCENARIOS"] == 2
    got = np.stack([band(output, n) for n in (1, 2)])
    assert np.array_equal(got, expected_shares(small_dem, [constant_rain(600), BURST]))
