"""Solar engines against the oracles of ANALYSES.md (Solar section): plain pytest, no QGIS."""

import math

import numpy as np
import pandas as pd
import pytest

from digital_twin.plugin.errors import Cancelled, InputError
from digital_twin.plugin.progress import Progress
from digital_twin.plugin.solar import climate, dsm, horizon, irradiance, potential, rasters, sun

TOKYO = dict(latitude=35.6895, longitude=139.6917)


@pytest.fixture(scope="module")
def tokyo_sky():
    return climate.embedded_sky("tokyo_sunshine")


@pytest.fixture(scope="module")
def tokyo_tables(tokyo_sky):
    return irradiance.sector_tables(tokyo_sky)


# --- sun ---------------------------------------------------------------------------------------------------------

def test_spa_reference_case_of_reda_and_andreas():
    times = pd.DatetimeIndex([pd.Timestamp("2003-10-17 12:30:30", tz="Etc/GMT+7")])
    position = sun.sun_positions(times, 39.742476, -105.1786, altitude=1830.14, pressure=82000.0, temperature=11.0,
                                 delta_t=67.0)
    assert position["apparent_zenith"].iloc[0] == pytest.approx(50.11162, abs=1e-4)
    assert position["azimuth"].iloc[0] == pytest.approx(194.34024, abs=1e-4)


@pytest.mark.parametrize("day, elevation", [("2025-06-21", 77.75), ("2025-12-22", 30.90)])
def test_tokyo_noon_sun_elevation(day, elevation):
    assert sun.noon_elevation(day, **TOKYO) == pytest.approx(elevation, abs=0.05)


# --- shadows and sky view ----------------------------------------------------------------------------------------

def block_dsm(height, size=120):
    """Flat ground with a 10 m wide east-west wall of ``height`` across the grid at rows 20-29."""
    grid = np.zeros((size, size), dtype=np.float32)
    grid[20:30, :] = height
    return grid


@pytest.mark.parametrize("height", [8.0, 20.0])
@pytest.mark.parametrize("altitude, ratio", [(60.0, 0.577), (45.0, 1.0), (30.0, 1.732)])
def test_shadow_length_behind_a_block_is_height_over_tan_altitude(altitude, ratio, height):
    grid = np.zeros((120, 120), dtype=np.float32)
    grid[80:90, 40:80] = height  # a block; the sun is in the south, so the shadow falls north (smaller rows)
    shaded = horizon.shadow_mask(grid, 1.0, altitude, 180.0)
    column = shaded[:80, 60][::-1]  # ground pixels at 1, 2, 3 ... m north of the block's face
    length = int(np.argmin(column)) if not column.all() else len(column)
    # exact to a pixel up to horizon.NEAR_STEPS pixels; farther, samples every 1/8 of the distance (max-filtered)
    tolerance = 1.0 if height * ratio <= horizon.NEAR_STEPS else 1.0 + 0.5 / horizon.SAMPLES_PER_OCTAVE * length
    assert length == pytest.approx(height * ratio, abs=tolerance)
    assert not shaded[91:, 60].any(), "nothing is shaded on the sunny side"


def test_near_horizon_equals_brute_force():
    rng = np.random.default_rng(7)
    grid = rng.uniform(0, 10, (40, 50)).astype(np.float32)
    for azimuth in (0.0, 45.0, 123.75, 270.0):
        got = horizon.horizon_tangents(grid, 2.0, azimuth, radius=horizon.NEAR_STEPS * 2.0)
        east, north = math.sin(math.radians(azimuth)), math.cos(math.radians(azimuth))
        for row, col in ((20, 25), (5, 5), (39, 49), (0, 10)):
            best = horizon.NOTHING_SEEN
            for d in range(1, horizon.NEAR_STEPS + 1):
                r, c = row - round(d * north), col + round(d * east)
                if 0 <= r < 40 and 0 <= c < 50 and (r, c) != (row, col):
                    best = max(best, (grid[r, c] - grid[row, col]) / (math.hypot(r - row, c - col) * 2.0))
            if best == horizon.NOTHING_SEEN:  # edge pixel looking out of the grid: nothing in the way
                assert got[row, col] < -100
            else:
                assert got[row, col] == pytest.approx(best, rel=1e-5, abs=1e-5)


def test_far_field_shortcuts_stay_close_to_an_exact_march(tokyo_tables, monkeypatch):
    """Beyond NEAR_STEPS the march uses 2 x 2 blocks and growing steps; compare with visiting every pixel."""
    grid = town(160, seed=11)
    fast = irradiance.irradiate_block(grid, 1.0, tokyo_tables, radius=100)
    monkeypatch.setattr(horizon, "NEAR_STEPS", 100)
    exact = irradiance.irradiate_block(grid, 1.0, tokyo_tables, radius=100)
    error = np.abs(fast.annual - exact.annual) / exact.annual
    roofs = (grid > 0) & (exact.slope < 5)
    assert error.mean() < 0.015 and error[roofs].mean() < 0.0075
    assert np.abs(fast.sky_view_factor - exact.sky_view_factor).mean() < 0.015


def test_ground_beside_a_post_sees_the_far_horizon_from_the_ground():
    """The far field marches a 2 x 2 block's lowest point only where the block is uneven: ground sharing its block
    with a post must still see a far wall from the ground, as open ground does."""
    grid = np.zeros((140, 60), dtype=np.float32)
    grid[100:110, :] = 40.0  # a wall 20 m south of row 80: beyond the exact near field
    grid[80, 31] = 5.0  # a post beside the observer at (80, 30), in the same block
    tangents = horizon.horizon_tangents(grid, 1.0, 180.0, radius=100)
    assert horizon.NEAR_STEPS < 20
    assert tangents[80, 10] == pytest.approx(40 / 20, rel=0.05)  # open ground, a level block
    assert tangents[80, 30] == pytest.approx(tangents[80, 10], rel=1e-6)  # ground beside the post
    assert tangents[81, 31] == pytest.approx(tangents[80, 10], rel=1e-6)
    assert tangents[80, 31] == pytest.approx((40 - 5) / 20, rel=0.05)  # the post's top sees less


@pytest.mark.parametrize("height_to_width, expected", [(0.5, 0.707), (1.0, 0.447), (2.0, 0.243)])
def test_sky_view_factor_at_the_centre_of_a_street_canyon(tokyo_tables, height_to_width, expected):
    width = 41  # street pixels between the walls; the centre pixel is 21 px from each wall
    height = height_to_width * (width + 1)
    grid = np.full((400, width + 2 * 30), height, dtype=np.float32)  # long enough to look infinite
    grid[:, 30:30 + width] = 0.0
    result = irradiance.irradiate_block(grid, 1.0, tokyo_tables)
    assert result.sky_view_factor[200, 30 + width // 2] == pytest.approx(expected, abs=0.02)


def test_open_ground_sees_the_whole_sky(tokyo_tables):
    result = irradiance.irradiate_block(np.zeros((30, 30), dtype=np.float32), 1.0, tokyo_tables)
    assert np.allclose(result.sky_view_factor, 1.0)


# --- irradiation ------------------------------------------------------------------------------------------------

def test_unobstructed_flat_roof_receives_exactly_the_horizontal_input(tokyo_sky, tokyo_tables):
    grid = np.zeros((60, 60), dtype=np.float32)
    grid[20:40, 20:40] = 12.0
    result = irradiance.irradiate_block(grid, 1.0, tokyo_tables, monthly=True)
    horizontal = tokyo_sky.global_horizontal.sum() / 1000.0
    assert result.annual[30, 30] == pytest.approx(horizontal, rel=1e-5)
    assert result.monthly[:, 30, 30].sum() == pytest.approx(horizontal, rel=1e-5)
    january = tokyo_sky.global_horizontal[tokyo_sky.month == 1].sum() / 1000.0
    assert result.monthly[0, 30, 30] == pytest.approx(january, rel=1e-5)


def test_open_ground_tokyo_annual_is_inside_the_real_weather_band(tokyo_tables):
    result = irradiance.irradiate_block(np.zeros((20, 20), dtype=np.float32), 1.0, tokyo_tables)
    assert 1250.0 <= result.annual[10, 10] <= 1400.0


def test_plateau_transmissivity_is_a_clear_day_climate():
    sky = climate.embedded_sky("plateau_transmissivity")
    annual = sky.global_horizontal.sum() / 1000.0
    assert 1900.0 < annual < 2150.0  # the clear-sky bound of ANALYSES.md is 2,104
    june = sky.elevation[sky.month == 6].argmax()
    assert sky.beam_normal[sky.month == 6][june] == pytest.approx(1367.0 * 0.62 ** (1 / math.sin(
        math.radians(sky.elevation[sky.month == 6][june]))), rel=1e-3)


@pytest.mark.parametrize("tilt, facing", [(30.0, 180.0), (20.0, 90.0)])
def test_unobstructed_tilted_roof_matches_pvlib_plane_of_array(tokyo_sky, tokyo_tables, tilt, facing):
    import pvlib

    rows, cols = np.mgrid[0:90, 0:90]
    downhill = np.array([math.cos(math.radians(facing)), math.sin(math.radians(facing))])  # north, east
    # height falls toward ``facing``: z = -(north·n + east·e)·tan(tilt); rows run south
    grid = (-((-rows) * downhill[0] + cols * downhill[1]) * math.tan(math.radians(tilt)) + 200).astype(np.float32)
    result = irradiance.irradiate_block(grid, 1.0, tokyo_tables, albedo=0.15)
    assert result.slope[45, 45] == pytest.approx(tilt, abs=0.01)
    assert result.aspect[45, 45] == pytest.approx(facing, abs=0.01)
    times = climate.typical_year_times("Asia/Tokyo")
    position = sun.sun_positions(times, **TOKYO, altitude=climate.TOKYO["altitude"])
    poa = pvlib.irradiance.get_total_irradiance(
        tilt, facing, position["apparent_zenith"], position["azimuth"], tokyo_sky.beam_normal,
        tokyo_sky.global_horizontal, tokyo_sky.diffuse_horizontal, albedo=0.15, model="isotropic")
    expected = poa["poa_global"].sum() / 1000.0
    assert result.annual[45, 45] == pytest.approx(expected, rel=0.02)
    assert irradiance.open_plane_irradiation(tokyo_tables, tilt, facing) == pytest.approx(expected, rel=0.02)


def test_ground_north_of_a_tall_building_gets_less(tokyo_tables):
    grid = np.zeros((140, 60), dtype=np.float32)
    grid[70:80, 20:40] = 30.0
    result = irradiance.irradiate_block(grid, 1.0, tokyo_tables)
    north, south = result.annual[60, 30], result.annual[90, 30]
    assert north < 0.8 * south  # 10 m north of a 30 m block: no winter sun at all
    assert south < result.annual[135, 30] + 1e-3  # near the south face the wall hides some northern sky only


# --- weather files ----------------------------------------------------------------------------------------------

def write_weather(path, rows, header="time,ghi"):
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_ghi_only_weather_file_is_split_by_erbs_and_keeps_the_horizontal_sum(tmp_path):
    times = pd.date_range("2025-06-01 00:00", periods=48, freq="h")
    ghi = np.round(np.clip(800 * np.sin((times.hour.to_numpy() - 6) / 12 * np.pi), 0, None), 1)
    path = write_weather(tmp_path / "w.csv", [f"{t:%Y-%m-%d %H:%M},{g:.1f}" for t, g in zip(times, ghi, strict=True)])
    sky = climate.weather_file_sky(path, **TOKYO)
    assert sky.global_horizontal.sum() == pytest.approx(ghi.sum(), rel=1e-9)
    assert 0 < sky.diffuse_horizontal.sum() < sky.global_horizontal.sum()
    tables = irradiance.sector_tables(sky)
    result = irradiance.irradiate_block(np.zeros((10, 10), dtype=np.float32), 1.0, tables)
    assert result.annual[5, 5] == pytest.approx(ghi.sum() / 1000, rel=1e-5)


def test_weather_file_with_dhi_uses_it(tmp_path):
    rows = ["2025-06-01 11:00,800,200", "2025-06-01 12:00,850,250", "2025-06-01 13:00,0,0"]
    sky = climate.weather_file_sky(write_weather(tmp_path / "w.csv", rows, "time,GHI,DHI"), **TOKYO)
    assert sky.diffuse_horizontal[:2].tolist() == [200.0, 250.0]
    assert sky.beam_horizontal[:2].tolist() == [600.0, 600.0]


def test_bad_weather_value_names_the_file_line_and_field(tmp_path):
    path = write_weather(tmp_path / "bad.csv", ["2025-06-01 11:00,800", "2025-06-01 12:00,lots"])
    with pytest.raises(InputError) as error:
        climate.weather_file_sky(path, **TOKYO)
    assert "bad.csv" in str(error.value) and "line 3" in str(error.value) and "'ghi'" in str(error.value)


def test_weather_file_without_ghi_column_is_a_clear_error(tmp_path):
    path = write_weather(tmp_path / "w.csv", ["2025-06-01 11:00,800", "2025-06-01 12:00,1"], "time,sunshine")
    with pytest.raises(InputError, match="no column named ghi"):
        climate.weather_file_sky(path, **TOKYO)


# --- per-building rules -----------------------------------------------------------------------------------------

def test_plateau_worked_example():
    capacity = potential.plateau_capacity(100.0)
    assert capacity == pytest.approx(13.36, abs=1e-9)
    assert potential.annual_yield(capacity, 1300.0) == pytest.approx(15284, abs=0.5)
    assert potential.plateau_capacity(9.9) == 0.0


def roofs():
    """Hand-made roofs on a 1 m grid: (building raster, irradiation, slope, aspect)."""
    building = np.full((30, 60), -1)
    irradiation = np.full((30, 60), 1300.0)
    slope = np.zeros((30, 60))
    aspect = np.zeros((30, 60))
    building[0:10, 0:10] = 0  # flat, 1,300 kWh/m²: 100 m²
    building[0:10, 10:20] = 1  # north-facing 20°
    slope[0:10, 10:20], aspect[0:10, 10:20] = 20.0, 0.0
    building[0:10, 20:30] = 2  # gable: south half 30° at 1,250, north half 30° at 900
    slope[0:10, 20:30] = 30.0
    aspect[0:5, 20:30], irradiation[0:5, 20:30] = 0.0, 900.0
    aspect[5:10, 20:30], irradiation[5:10, 20:30] = 180.0, 1250.0
    building[0:10, 30:40] = 3  # flat but dark: 1,000 kWh/m²
    irradiation[0:10, 30:40] = 1000.0
    building[10:13, 0:3] = 4  # 9 m² flat
    building[20:30, 0:10] = 5  # east-facing 10° with a 70° edge row (wall, never roof)
    slope[20:30, 0:10], aspect[20:30, 0:10] = 10.0, 90.0
    slope[29, 0:10] = 70.0
    return building, irradiation, slope, aspect


def test_tokyo_atlas_rule_on_hand_made_roofs():
    building, irradiation, slope, aspect = roofs()
    result = potential.building_potential(irradiation, slope, aspect, building, 6, 1.0, rule="tokyo_atlas")
    south_area = 50 / math.cos(math.radians(30))
    assert result["usable_area"][0] == pytest.approx(100.0)
    assert result["capacity_kw"][0] == pytest.approx(10.0)
    assert result["yield_kwh"][0] == pytest.approx(10.0 * 1300 * 0.88)
    assert result["capacity_kw"][1] == 0.0  # faces north
    assert result["roof_area"][2] == pytest.approx(2 * south_area)
    assert result["capacity_kw"][2] == pytest.approx(0.1 * south_area)
    assert result["mean_irradiation"][2] == pytest.approx(1250.0)
    assert result["capacity_kw"][3] == 0.0  # below 1,100 kWh/m²
    assert result["capacity_kw"][4] == pytest.approx(0.9)  # the Atlas has no minimum size
    assert result["usable_area"][5] == pytest.approx(90 / math.cos(math.radians(10)))  # the 70° row is wall
    assert result["suitability"] == ["high", "unsuitable", "high", "unsuitable", "high", "high"]
    assert result["co2_t"][0] == pytest.approx(10.0 * 1300 * 0.88 * 0.45 / 1000)


def test_plateau_rule_on_hand_made_roofs():
    building, irradiation, slope, aspect = roofs()
    result = potential.building_potential(irradiation, slope, aspect, building, 6, 1.0, rule="plateau",
                                          flat_roof_gain=1.0)
    assert result["capacity_kw"][0] == pytest.approx(13.36)
    assert result["yield_kwh"][0] == pytest.approx(15283.84)
    assert result["capacity_kw"][1] == pytest.approx(0.1336 / math.cos(math.radians(20)) * 100)  # any orientation
    assert result["capacity_kw"][4] == 0.0  # under 10 m²
    assert result["suitability"][4] == "unsuitable"
    gained = potential.building_potential(irradiation, slope, aspect, building, 6, 1.0, rule="plateau",
                                          flat_roof_gain=1.1)
    assert gained["mean_irradiation"][0] == pytest.approx(1430.0)  # flat roofs as 15° south panels
    assert gained["mean_irradiation"][1] == pytest.approx(1300.0)  # tilted roofs keep their own value


def test_flat_roof_gain_of_15_degree_south_panels_in_tokyo(tokyo_tables):
    gain = irradiance.open_plane_irradiation(tokyo_tables, 15, 180) / irradiance.open_plane_irradiation(
        tokyo_tables, 0, 0)
    assert 1.03 < gain < 1.12


# --- rasters: tiles, outputs, cancel ----------------------------------------------------------------------------

def write_dsm(path, grid, cellsize=1.0, epsg=6677, origin=(-5000.0, -35000.0)):
    from osgeo import gdal, osr

    gdal.UseExceptions()
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), grid.shape[1], grid.shape[0], 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((origin[0], cellsize, 0, origin[1] + grid.shape[0] * cellsize, 0, -cellsize))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(grid)
    dataset.GetRasterBand(1).SetNoDataValue(-9999)
    dataset = None
    return path


def town(size=96, seed=3):
    rng = np.random.default_rng(seed)
    grid = np.zeros((size, size), dtype=np.float32)
    for _ in range(25):
        row, col = rng.integers(0, size - 12, 2)
        grid[row:row + rng.integers(4, 12), col:col + rng.integers(4, 12)] = rng.uniform(5, 40)
    return grid


def read(path, band=1):
    from osgeo import gdal

    dataset = gdal.Open(str(path))  # keep the dataset alive while its band is read
    return dataset.GetRasterBand(band).ReadAsArray()


def test_tiles_with_overlap_give_the_same_result_as_one_block(tmp_path, tokyo_sky):
    grid = town()
    grid[0, 0] = -9999  # a gap stays a gap
    path = write_dsm(tmp_path / "dsm.tif", grid)
    whole = rasters.irradiation_rasters(path, tokyo_sky, tmp_path / "whole.tif", radius=40, tile_size=1024)
    tiled = rasters.irradiation_rasters(path, tokyo_sky, tmp_path / "tiled.tif", svf_path=tmp_path / "svf.tif",
                                        monthly_path=tmp_path / "monthly.tif", radius=40, tile_size=32)
    assert np.allclose(read(whole["annual"]), read(tiled["annual"]), rtol=1e-5)
    assert read(tiled["annual"])[0, 0] == rasters.NODATA
    monthly = np.stack([read(tiled["monthly"], band) for band in range(1, 13)])
    flat = irradiance.slope_aspect(grid, 1.0)[0] == 0  # tilted pixels clip negative beam per month and per year
    flat[0:2, 0:2] = False
    assert np.allclose(monthly.sum(axis=0)[flat], read(tiled["annual"])[flat], rtol=1e-4)
    assert 0 < read(tiled["svf"])[1:, 1:].min() and read(tiled["svf"]).max() <= 1.0


def test_a_block_core_equals_the_same_pixels_of_the_whole_block(tokyo_tables):
    """Only the core is irradiated (horizon rows, sky view, beam, slope); the rest of the block casts shadows."""
    grid = town(96, seed=8)
    whole = irradiance.irradiate_block(grid, 1.0, tokyo_tables, radius=60, monthly=True)
    core = (slice(30, 61), slice(17, 80))  # odd bounds: not on whole 2 x 2 blocks
    part = irradiance.irradiate_block(grid, 1.0, tokyo_tables, radius=60, monthly=True, core=core)
    assert part.annual.shape == (31, 63)
    for name in ("annual", "monthly", "sky_view_factor", "slope", "aspect"):
        assert np.array_equal(getattr(part, name), getattr(whole, name)[..., core[0], core[1]]), name


def test_dsm_location_comes_from_its_crs(tmp_path):
    path = write_dsm(tmp_path / "dsm.tif", np.zeros((10, 10), dtype=np.float32), origin=(-5000.0, -35000.0))
    longitude, latitude = rasters.centre_lonlat(rasters.open_raster(path))
    assert longitude == pytest.approx(139.8333 - 5000 / 90400, abs=0.01)
    assert latitude == pytest.approx(36.0 - 35000 / 111000, abs=0.01)


def test_existing_output_is_kept_and_cancel_leaves_nothing(tmp_path, tokyo_sky):
    path = write_dsm(tmp_path / "dsm.tif", town())
    existing = tmp_path / "annual.tif"
    existing.write_bytes(b"precious")
    with pytest.raises(InputError, match="exists already"):
        rasters.irradiation_rasters(path, tokyo_sky, existing, radius=20)
    assert existing.read_bytes() == b"precious"
    calls = []
    stop = Progress(report=calls.append, is_cancelled=lambda: len(calls) > 3)
    with pytest.raises(Cancelled):
        rasters.irradiation_rasters(path, tokyo_sky, tmp_path / "new.tif", radius=20, progress=stop)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["annual.tif", "dsm.tif"]


def test_unreadable_dsm_is_named(tmp_path, tokyo_sky):
    bad = tmp_path / "dsm.tif"
    bad.write_text("not a tiff")
    with pytest.raises(InputError, match="dsm.tif"):
        rasters.irradiation_rasters(bad, tokyo_sky, tmp_path / "out.tif")


# --- buildings DSM ----------------------------------------------------------------------------------------------

def square(x, y, side):
    from osgeo import ogr

    ring = f"POLYGON(({x} {y},{x + side} {y},{x + side} {y + side},{x} {y + side},{x} {y}))"
    return ogr.CreateGeometryFromWkt(ring).ExportToWkb()


def test_buildings_over_flat_ground_and_over_a_dem(tmp_path):
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6677)
    wkt = srs.ExportToWkt()
    footprints = [square(10, 10, 10), square(30, 10, 5), square(50, 10, 5)]
    heights = [12.0, 30.0, None]
    flat = tmp_path / "flat.tif"
    count = dsm.buildings_dsm(footprints, [12.0, 30.0, float("nan")], (0, 0, 60, 30), 1.0, wkt, flat)
    assert count == 2
    grid = read(flat)  # top row is y = 29..30
    assert grid.shape == (30, 60)
    assert grid[30 - 15, 15] == 12.0 and grid[30 - 12, 32] == 30.0 and grid[30 - 12, 52] == 0.0
    assert grid[5, 5] == 0.0
    ramp = np.tile(np.arange(60, dtype=np.float32) * 0.5, (30, 1))  # ground rising 0.5 m per m eastward
    dem = write_dsm(tmp_path / "dem.tif", ramp, origin=(0.0, 0.0))
    over = read(dsm.buildings_dsm(footprints[:1], heights[:1], (0, 0, 60, 30), 1.0, wkt, tmp_path / "over.tif",
                                  dem_path=dem) and tmp_path / "over.tif")
    assert over[15, 15] == pytest.approx(10.0 * 0.5 + 0.25 + 12.0, abs=0.3)  # lowest ground under it + height
    assert over[15, 40] == pytest.approx(40.25 * 0.5 - 0.25, abs=0.3)
    assert heights  # untouched


def test_plane_rectangular_zone_for_tokyo_and_sapporo():
    assert dsm.plane_rectangular_epsg(139.6917, 35.6895) == 6677
    assert dsm.plane_rectangular_epsg(141.35, 43.06) == 6680  # Sapporo: zone XII


def test_roof_sums_tile_by_tile_equal_the_whole_raster(tmp_path, tokyo_sky):
    grid = town(64, seed=5)
    dsm_path = write_dsm(tmp_path / "dsm.tif", grid)
    annual = rasters.irradiation_rasters(dsm_path, tokyo_sky, tmp_path / "annual.tif", radius=30)["annual"]
    x0, y0 = -5000.0, -35000.0 + 64  # the top-left corner written by write_dsm
    footprints = [square(x0 + 4 * i, y0 - 4 * i - 20, 18) for i in range(8)]
    tiled = rasters.roof_sums(annual, dsm_path, footprints, flat_roof_gain=1.07, tile_size=16)
    dataset = rasters.open_raster(annual)
    building = rasters.rasterize(footprints, np.arange(8), dataset, dtype="Int32", fill=-1)
    slope, aspect = (np.degrees(values) for values in irradiance.slope_aspect(grid, 1.0))
    for rule in potential.RULES:
        whole = potential.building_potential(read(annual), slope, aspect, building, 8, 1.0, rule=rule,
                                             flat_roof_gain=1.07)
        by_tiles = tiled.potential(rule)
        assert np.allclose(by_tiles["capacity_kw"], whole["capacity_kw"])
        assert np.allclose(by_tiles["yield_kwh"], whole["yield_kwh"])
        assert by_tiles["capacity_kw"].sum() > 0


def test_roof_sums_need_the_dsm_of_the_same_grid(tmp_path, tokyo_sky):
    dsm_path = write_dsm(tmp_path / "dsm.tif", town(32))
    other = write_dsm(tmp_path / "other.tif", town(40))
    annual = rasters.irradiation_rasters(dsm_path, tokyo_sky, tmp_path / "annual.tif", radius=10)["annual"]
    with pytest.raises(InputError, match="other.tif.*share one grid"):
        rasters.roof_sums(annual, other, [square(-4990, -34990, 5)])


def test_perez_circumsolar_on_a_tilted_roof_matches_pvlib_without_horizon_brightening(tokyo_sky):
    import pvlib

    perez = climate.with_perez_circumsolar(tokyo_sky)
    assert perez.global_horizontal.sum() == pytest.approx(tokyo_sky.global_horizontal.sum(), rel=1e-12)
    assert 0.2 < 1 - perez.diffuse_horizontal.sum() / tokyo_sky.diffuse_horizontal.sum() < 0.8
    tables = irradiance.sector_tables(perez)
    times = climate.typical_year_times("Asia/Tokyo")
    position = sun.sun_positions(times, **TOKYO, altitude=climate.TOKYO["altitude"])
    zenith, azimuth = position["apparent_zenith"], position["azimuth"]
    parts = pvlib.irradiance.perez(30, 180, tokyo_sky.diffuse_horizontal, tokyo_sky.beam_normal,
                                   tokyo_sky.extraterrestrial, zenith, azimuth,
                                   pvlib.atmosphere.get_relative_airmass(zenith), return_components=True)
    beam = pvlib.irradiance.beam_component(30, 180, zenith, azimuth, tokyo_sky.beam_normal)
    ground = pvlib.irradiance.get_ground_diffuse(30, tokyo_sky.global_horizontal, albedo=0.15)
    expected = (beam + parts["poa_isotropic"] + parts["poa_circumsolar"] + ground).sum() / 1000.0
    assert irradiance.open_plane_irradiation(tables, 30, 180) == pytest.approx(expected, rel=0.02)


def test_epw_weather_file(tmp_path):
    """A two-day EnergyPlus weather file: rows cover the hour ending at their hour (hour 13 = 12:00-13:00)."""
    header = ["LOCATION,Tokyo,-,JPN,test,476620,35.69,139.76,9.0,6.0", "DESIGN CONDITIONS,0",
              "TYPICAL/EXTREME PERIODS,0", "GROUND TEMPERATURES,0", "HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0",
              "COMMENTS 1,test", "COMMENTS 2,test", "DATA PERIODS,1,1,Data,Sunday,6/1,6/2"]
    rows, expected = [], 0.0
    for day in (1, 2):
        for hour in range(1, 25):
            ghi = max(0.0, 800 - 100 * abs(hour - 12.5)) if 6 <= hour <= 19 else 0.0
            expected += ghi
            fields = [2025, 6, day, hour, 0, "?", 20, 15, 70, 101325, 0, 1367, 350, ghi, 500 if ghi else 0,
                      min(ghi, 150), 0, 0, 0, 0, 180, 2, 5, 5, 20, 1000, 9, 999999999, 20, 0.1, 0, 88, 0.2, 0, 1]
            rows.append(",".join(str(field) for field in fields))
    path = tmp_path / "tokyo.epw"
    path.write_text("\n".join(header + rows) + "\n")
    sky = climate.weather_file_sky(path, **TOKYO)
    assert sky.global_horizontal.sum() == pytest.approx(expected)
    assert set(sky.month) == {6}
    noon = int(np.argmax(sky.elevation[:24]))
    assert noon == 11  # the hour 11:00-12:00 (EPW hour 12) holds the sun's highest mid-hour position
    assert sky.diffuse_horizontal[12] == pytest.approx(150.0)


def test_dsm_in_degrees_is_refused(tmp_path, tokyo_sky):
    path = write_dsm(tmp_path / "dsm.tif", town(16), cellsize=0.00001, epsg=6668, origin=(139.7, 35.6))
    with pytest.raises(InputError, match="dsm.tif.*degrees"):
        rasters.irradiation_rasters(path, tokyo_sky, tmp_path / "out.tif")
    assert not (tmp_path / "out.tif").exists()


def test_lod2_gable_roof_is_burnt_on_its_planes(tmp_path):
    import shapely
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6677)
    # a 10 x 10 m house at x 10-20, y 10-20: eaves at 20 m (TP) on the south and north sides, ridge at 25 m (y 15)
    south = shapely.Polygon([(10, 10, 20), (20, 10, 20), (20, 15, 25), (10, 15, 25)])
    north = shapely.Polygon([(10, 15, 25), (20, 15, 25), (20, 20, 20), (10, 20, 20)])
    wall = shapely.Polygon([(10, 10, 0), (20, 10, 0), (20, 10, 20), (10, 10, 20)])
    roofs = [shapely.to_wkb(shapely.MultiPolygon([south, north])), shapely.to_wkb(wall)]
    path = tmp_path / "dsm.tif"
    dsm.buildings_dsm([], [], (0, 0, 30, 30), 1.0, srs.ExportToWkt(), path, roofs_wkb=roofs)
    grid = read(path)  # row r covers y 30 - r - 1 .. 30 - r
    assert grid[30 - 11, 14] == pytest.approx(20.5)  # pixel centre y = 10.5: 0.5 m up the 45° slope
    assert grid[30 - 15, 14] == pytest.approx(25 - 0.5)  # y = 14.5
    assert grid[30 - 16, 14] == pytest.approx(25 - 0.5)  # y = 15.5, north side
    assert grid[30 - 5, 14] == 0.0  # ground
    slope, aspect = irradiance.slope_aspect(grid, 1.0)
    assert math.degrees(slope[30 - 12, 14]) == pytest.approx(45.0, abs=0.1)
    assert math.degrees(aspect[30 - 12, 14]) == pytest.approx(180.0, abs=0.1)  # the south side faces south
