"""The solar algorithms through Processing (processing.run) and qgis_process."""

import headless
import numpy as np
import pytest
from osgeo import gdal, osr

from digital_twin.plugin.solar import climate, potential, rasters

FOOTPRINTS = {  # name: (xmin, ymin, side, height) in EPSG:6677 metres
    "tower": (100.0, 100.0, 20.0, 30.0),
    "north_house": (105.0, 130.0, 10.0, 6.0),  # 10 m north of the tower: in its shadow
    "south_house": (105.0, 60.0, 10.0, 6.0),
}


def write_buildings(path):
    from osgeo import ogr, osr

    ogr.UseExceptions()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6677)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("buildings", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("measuredHeight", ogr.OFTReal))
    for name, (x, y, side, height) in FOOTPRINTS.items():
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x} {y},{x + side} {y},{x + side} {y + side},{x} {y + side},{x} {y}))"))
        feature.SetField("name", name)
        feature.SetField("measuredHeight", height)
        layer.CreateFeature(feature)
    source = None
    return str(path)


def value_at(path, x, y, band=1):
    from osgeo import gdal

    dataset = gdal.Open(str(path))
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    return float(dataset.GetRasterBand(band).ReadAsArray(int((x - x0) / dx), int((y - y0) / dy), 1, 1)[0, 0])


@pytest.fixture
def tokyo_horizontal_sum(district):
    """The default climate's horizontal sum at the DSM's centre (near the origin of EPSG:6677, 36° N)."""
    longitude, latitude = rasters.centre_lonlat(rasters.open_raster(district["dsm"]))
    return climate.embedded_sky("tokyo_sunshine", latitude, longitude).global_horizontal.sum() / 1000.0


_DISTRICT = {}


@pytest.fixture
def district(tmp_path_factory, digitaltwin_provider):
    """Three buildings -> DSM -> irradiation, made once for the module (the provider fixture is per test)."""
    if not _DISTRICT:
        _DISTRICT.update(make_district(tmp_path_factory))
    return _DISTRICT


def make_district(tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("solar")
    buildings = write_buildings(folder / "buildings.gpkg")
    dsm = processing.run("digitaltwin:buildingsdsm", {"BUILDINGS": buildings, "CELL_SIZE": 1.0, "MARGIN": 40.0,
                                                      "OUTPUT": str(folder / "dsm.tif")})["OUTPUT"]
    irradiation = processing.run("digitaltwin:solarirradiance", {
        "INPUT": dsm, "RADIUS": 100.0, "OUTPUT": str(folder / "annual.tif"), "SKY_VIEW": str(folder / "svf.tif"),
        "MONTHLY": str(folder / "monthly.tif")})
    return dict(folder=folder, buildings=buildings, dsm=dsm, irradiation=irradiation)


def test_buildings_dsm_burns_heights_over_flat_ground(district):
    assert value_at(district["dsm"], 110.5, 110.5) == 30.0
    assert value_at(district["dsm"], 110.5, 135.5) == 6.0
    assert value_at(district["dsm"], 90.5, 90.5) == 0.0


def test_irradiation_of_an_unobstructed_flat_roof_is_the_horizontal_sum(district, tokyo_horizontal_sum):
    annual = district["irradiation"]["OUTPUT"]
    assert value_at(annual, 110.5, 110.5) == pytest.approx(tokyo_horizontal_sum, rel=1e-4)
    january = value_at(district["irradiation"]["MONTHLY"], 110.5, 110.5, band=1)
    assert 40 < january < 110  # Tokyo January: short days, clear winter sky
    assert value_at(district["irradiation"]["SKY_VIEW"], 110.5, 110.5) == pytest.approx(1.0, abs=1e-6)
    assert value_at(annual, 110.5, 127.5) < 0.8 * value_at(annual, 110.5, 90.5)  # ground north vs south of it


def run_potential(district, rule, gain=None):
    import processing

    params = {"IRRADIATION": district["irradiation"]["OUTPUT"], "DSM": district["dsm"],
              "BUILDINGS": district["buildings"], "RULE": rule, "OUTPUT": "TEMPORARY_OUTPUT"}
    if gain is not None:
        params["FLAT_ROOF_GAIN"] = gain
    layer = processing.run("digitaltwin:solarpotential", params)["OUTPUT"]
    if isinstance(layer, str):
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(layer, "potential", "ogr")
    return {feature["name"]: feature for feature in layer.getFeatures()}


def test_plateau_rule_per_building(district, tokyo_horizontal_sum):
    result = run_potential(district, 1, gain=1.0)
    tower = result["tower"]
    roof = 18 * 18  # the 20 x 20 m roof without its edge pixels (their slope runs into the wall)
    assert tower["roof_area"] == pytest.approx(roof, abs=0.01)
    assert tower["capacity_kw"] == pytest.approx(potential.PLATEAU_DENSITY * 0.8 * roof, abs=0.01)
    assert tower["mean_irradiation"] == pytest.approx(tokyo_horizontal_sum, rel=1e-4)
    assert tower["yield_kwh"] == pytest.approx(tower["capacity_kw"] * tokyo_horizontal_sum * 0.88, rel=1e-4)
    assert tower["co2_t"] == pytest.approx(tower["yield_kwh"] * 0.45 / 1000, rel=1e-4)
    assert tower["solar_rule"] == "plateau"
    assert result["north_house"]["mean_irradiation"] < 0.9 * result["south_house"]["mean_irradiation"]


def test_tokyo_atlas_rule_per_building_and_flat_roof_gain(district):
    atlas = run_potential(district, 0)
    assert atlas["tower"]["capacity_kw"] == pytest.approx(0.1 * 18 * 18, abs=0.01)
    assert atlas["tower"]["suitability"] == "high"
    gained = run_potential(district, 1)  # default gain: 15° south panels in the Tokyo climate
    assert 1.03 < gained["tower"]["mean_irradiation"] / atlas["tower"]["mean_irradiation"] < 1.12


def test_weather_file_climate_and_a_bad_weather_file(district, tmp_path, digitaltwin_provider):
    import processing
    from qgis.core import QgsProcessingException

    rows = ["time,ghi,dhi"] + [f"2025-06-01 {hour:02d}:00,{max(0, 900 - 120 * abs(hour - 12))},{100}"
                               for hour in range(5, 20)]
    weather = tmp_path / "weather.csv"
    weather.write_text("\n".join(rows) + "\n")
    expected = sum(max(0, 900 - 120 * abs(hour - 12)) for hour in range(5, 20)) / 1000.0
    result = processing.run("digitaltwin:solarirradiance", {
        "INPUT": district["dsm"], "CLIMATE": 2, "WEATHER_FILE": str(weather), "RADIUS": 50.0,
        "OUTPUT": str(tmp_path / "june1.tif")})
    assert value_at(result["OUTPUT"], 110.5, 110.5) == pytest.approx(expected, rel=1e-4)
    weather.write_text("time,ghi\n2025-06-01 10:00,500\n2025-06-01 11:00,five hundred\n")
    with pytest.raises(QgsProcessingException, match="line 3"):
        processing.run("digitaltwin:solarirradiance", {
            "INPUT": district["dsm"], "CLIMATE": 2, "WEATHER_FILE": str(weather), "OUTPUT": str(tmp_path / "x.tif")})
    assert not (tmp_path / "x.tif").exists()


def test_qgis_process_runs_solar_irradiance(district, tmp_path, qgis_process_env, tokyo_horizontal_sum):
    output = tmp_path / "annual_cli.tif"
    answer = headless.run_algorithm("digitaltwin:solarirradiance",
                                    {"INPUT": district["dsm"], "RADIUS": 60, "OUTPUT": str(output)},
                                    qgis_process_env, timeout=600)
    assert answer["results"]["OUTPUT"] == str(output)
    assert value_at(output, 110.5, 110.5) == pytest.approx(tokyo_horizontal_sum, rel=1e-4)


def test_perez_diffuse_option(district, tmp_path, digitaltwin_provider, tokyo_horizontal_sum):
    import processing

    perez = processing.run("digitaltwin:solarirradiance", {
        "INPUT": district["dsm"], "DIFFUSE_MODEL": 1, "RADIUS": 100.0, "OUTPUT": str(tmp_path / "perez.tif")})
    assert value_at(perez["OUTPUT"], 110.5, 110.5) == pytest.approx(tokyo_horizontal_sum, rel=1e-4)
    isotropic = district["irradiation"]["OUTPUT"]
    # north of the tower the circumsolar light is shaded with the sun: darker than with an isotropic sky
    assert value_at(perez["OUTPUT"], 110.5, 123.5) < value_at(isotropic, 110.5, 123.5) - 20


def test_buildings_without_height_are_left_out_and_a_bad_dem_is_named(tmp_path, digitaltwin_provider):
    import processing
    from osgeo import ogr
    from qgis.core import QgsProcessingException

    path = write_buildings(tmp_path / "buildings.gpkg")
    source = ogr.Open(str(path), update=1)
    layer = source.GetLayer(0)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((150 100,160 100,160 110,150 110,150 100))"))
    feature.SetField("name", "unknown height")  # measuredHeight stays NULL
    layer.CreateFeature(feature)
    source = None
    dsm = processing.run("digitaltwin:buildingsdsm", {"BUILDINGS": path, "HEIGHT_FIELD": "measuredHeight",
                                                      "OUTPUT": str(tmp_path / "dsm.tif")})["OUTPUT"]
    assert value_at(dsm, 155.5, 105.5) == 0.0
    assert value_at(dsm, 110.5, 110.5) == 30.0
    bad_dem = tmp_path / "dem.tif"
    bad_dem.write_text("no raster here")
    with pytest.raises(QgsProcessingException):
        processing.run("digitaltwin:buildingsdsm", {"BUILDINGS": path, "DEM": str(bad_dem),
                                                    "OUTPUT": str(tmp_path / "dsm2.tif")})
    assert not (tmp_path / "dsm2.tif").exists()


def test_lod2_roofs_of_the_ota_fixture_over_their_lod1_buildings(shared_fixtures, tmp_path, digitaltwin_provider):
    """Real PLATEAU LOD2 roofs (Tokyo Ota-ku fixture, via loadcitygml) burnt on their planes."""
    import processing
    from osgeo import gdal

    buildings = tmp_path / "ota.gpkg"
    processing.run("digitaltwin:loadcitygml", {
        "INPUT": str(shared_fixtures / "plateau" / "tokyo-ota_53392642_bldg_6697_op2.gml"), "SKIP_BROKEN": True,
        "OUTPUT": str(buildings)})
    dsm = processing.run("digitaltwin:buildingsdsm", {
        "BUILDINGS": f"{buildings}|layername=building_lod0", "ROOFS": f"{buildings}|layername=building_lod2_roof",
        "CELL_SIZE": 0.5, "OUTPUT": str(tmp_path / "dsm.tif")})["OUTPUT"]
    dataset = gdal.Open(dsm)
    assert dataset.GetSpatialRef().GetAuthorityCode(None) == "6677"  # Tokyo: zone IX chosen from lat/lon
    heights = dataset.GetRasterBand(1).ReadAsArray()
    built = heights[heights > 0]
    assert built.size > 1000 and 3.0 < float(np.median(built)) < 100.0
    assert len(np.unique(np.round(built, 1))) > 50  # LOD2 roofs are not one flat height per building


def test_an_all_nodata_dsm_is_named(tmp_path, digitaltwin_provider):
    import processing
    from qgis.core import QgsProcessingException

    dsm = tmp_path / "nodata.tif"
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(dsm), 20, 20, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((0.0, 1.0, 0.0, 20.0, 0.0, -1.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6677)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.Fill(-9999.0)
    dataset = None
    with pytest.raises(QgsProcessingException, match="nodata.tif.*no height") as error:
        processing.run("digitaltwin:solarirradiance", {"INPUT": str(dsm), "RADIUS": 20.0,
                                                       "OUTPUT": str(tmp_path / "out.tif")})
    assert "Traceback" not in str(error.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nodata.tif"]
