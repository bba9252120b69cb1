"""The local inertial flood model against its oracles (ANALYSES.md): the analytical advancing wave, mass balance,
a still lake, plus rain, hyetographs, obstacles, Manning rasters and Cancel."""

import numpy as np
import pytest

from digital_twin.plugin.errors import Cancelled, InputError
from digital_twin.plugin.flood.simulation import Inflow, Stage, TimeSeries, simulate
from digital_twin.plugin.progress import Progress

N, U, T = 0.01, 0.4, 500.0


def analytical_wave(x, t=T):
    """Hunter et al. (2005) / Bates et al. (2010) test: a wave advancing at u over a flat frictional plane."""
    inside = np.maximum(U * t - x, 0.0)
    return ((7.0 / 3.0) * N**2 * U**2 * inside) ** (3.0 / 7.0)


def test_analytical_wave_within_5_mm():
    times = np.linspace(0.0, T, 501)
    boundary_depth = TimeSeries(times, ((7.0 / 3.0) * N**2 * U**3 * times) ** (3.0 / 7.0))
    # Three rows of 10 m cells; the depth of the wave's source held at x = 0 (column 0) as in the published test.
    result = simulate(np.zeros((3, 31)), 10.0, T, manning=N, stages=[Stage(r, 0, boundary_depth) for r in range(3)])
    x = np.array([0.0, 100.0, 150.0, 190.0, 200.0])
    expected = analytical_wave(x)
    assert expected[:4] == pytest.approx([0.1226, 0.0911, 0.0677, 0.0340], abs=1e-4)
    simulated = result.final_depth[1, (x / 10).astype(int)]
    rmse = np.sqrt(np.mean((simulated - expected) ** 2))
    assert rmse <= 0.005, (simulated, expected)
    assert np.all(result.final_depth[:, 21:] < 0.001)  # dry beyond the front
    assert np.allclose(result.final_depth, result.final_depth[1])  # the rows stay identical: a 1D wave in 2D
    assert abs(result.mass["error_fraction"]) < 1e-3


def sloped_valley(ny=40, nx=60, dx=5.0):
    rows, cols = np.mgrid[0:ny, 0:nx]
    return 20.0 - 0.01 * cols * dx + 0.02 * np.abs(rows - ny / 2) * dx


def test_mass_balance_rain_inflow_outflow_within_0_1_percent():
    dem = sloped_valley()
    hyetograph = TimeSeries.from_rows([(0, 30.0), (600, 80.0), (1200, 0.0)], steps=True)
    hydrograph = TimeSeries.from_rows([(0, 0.0), (300, 2.0), (1500, 0.0)])
    obstacles = np.zeros(dem.shape, bool)
    obstacles[15:18, 30:33] = True
    result = simulate(dem, 5.0, 1800.0, manning=0.035, rain=hyetograph, inflows=[Inflow(20, 2, hydrograph)],
                      obstacles=obstacles, open_boundary=True)
    mass = result.mass
    # The roofs' rain runs off onto the ground beside them: the whole grid's rain is counted.
    assert mass["rain"] == pytest.approx((30 * 600 + 80 * 600) / 3.6e6 * 25.0 * dem.size, rel=1e-9)
    assert mass["inflow"] == pytest.approx(0.5 * 2.0 * 1500, rel=1e-3)  # area under the triangular hydrograph
    assert mass["outflow"] > 0  # water left through the open low edge
    supplied = mass["rain"] + mass["inflow"]
    assert abs(supplied - mass["stored"] - mass["outflow"]) <= 1e-3 * supplied
    assert np.all(result.max_depth[obstacles] == 0)  # buildings stay dry
    assert result.final_depth.min() >= 0
    assert result.arrival_time[20, 2] < 300  # the inflow cell wets first
    assert np.all(result.max_velocity >= 0)


def test_still_lake_stays_still():
    rng = np.random.default_rng(7)
    dem = rng.uniform(0.0, 2.0, (30, 30))
    level = 3.0
    result = simulate(dem, 2.0, 3600.0, manning=0.03, initial_depth=level - dem, points={"centre": (15, 15)})
    assert np.abs(result.final_depth - (level - dem)).max() < 1e-9
    assert result.max_velocity.max() < 1e-9
    assert np.allclose(result.series["centre"], level - dem[15, 15])


def test_lake_partly_below_ground_stays_still_and_dry_land_dry():
    dem = np.zeros((20, 20))
    dem[:, 10:] = 5.0  # a bank above the water
    initial = np.where(dem < 1.0, 1.0 - dem, 0.0)
    result = simulate(dem, 1.0, 600.0, initial_depth=initial)
    assert np.abs(result.final_depth - initial).max() < 1e-9
    assert np.all(np.isnan(result.arrival_time[:, 10:]))


def test_manning_raster_slows_the_flow():
    dem = sloped_valley(10, 40)
    rain = TimeSeries.constant(100.0)
    smooth = simulate(dem, 5.0, 900.0, manning=0.02, rain=rain)
    rough = np.full(dem.shape, 0.02)
    rough[:, 20:] = 0.2
    slowed = simulate(dem, 5.0, 900.0, manning=rough, rain=rain)
    assert slowed.max_velocity[:, 25:].max() < smooth.max_velocity[:, 25:].max()


def test_time_series_sampled_at_interval():
    result = simulate(np.zeros((5, 5)), 1.0, 300.0, rain=TimeSeries.constant(36.0), points={"p": (2, 2)},
                      series_interval=100.0)
    assert list(result.series_times) == [0.0, 100.0, 200.0, 300.0]
    # 36 mm/h on flat closed ground: 1 mm per 100 s everywhere
    assert result.series["p"] == pytest.approx([0.0, 0.001, 0.002, 0.003], abs=1e-9)


def test_cancel_stops_the_run():
    calls = []
    progress = Progress(is_cancelled=lambda: len(calls) > 3, report=calls.append)
    with pytest.raises(Cancelled):
        simulate(np.zeros((5, 5)), 1.0, 3600.0, rain=TimeSeries.constant(50.0), progress=progress)


def test_bad_inputs_are_named():
    with pytest.raises(InputError, match="outside"):
        simulate(np.zeros((5, 5)), 1.0, 60.0, points={"gauge": (9, 9)})
    with pytest.raises(InputError, match="Manning"):
        simulate(np.zeros((5, 5)), 1.0, 60.0, manning=0.0)
    with pytest.raises(InputError, match="building"):
        simulate(np.zeros((5, 5)), 1.0, 60.0, obstacles=np.eye(5, dtype=bool), points={"p": (1, 1)})
    with pytest.raises(InputError, match="negative"):
        TimeSeries.from_rows([(0, -1.0)], name="hyetograph")


def test_hyetograph_and_hydrograph_tables(tmp_path):
    from digital_twin.plugin.flood.tables import read_time_table

    rain = tmp_path / "rain.csv"
    rain.write_text("minutes,mm_per_h\n0,10\n30,60\n\n60,0\n", encoding="utf-8")
    (series,) = read_time_table(rain, steps=True, value_name="mm_per_h").values()
    assert [series.at(t) for t in (0, 1799, 1800, 3599, 3600, 9999)] == [10, 10, 60, 60, 0, 0]
    flows = tmp_path / "flows.csv"
    flows.write_text("minutes,m3_per_s,point\n0,0,A\n10,4,A\n0,1,B\n", encoding="utf-8")
    tables = read_time_table(flows, steps=False, value_name="m3_per_s")
    assert tables["A"].at(300) == pytest.approx(2.0) and tables["B"].at(300) == 1.0
    broken = tmp_path / "broken.csv"
    broken.write_text("minutes,mm_per_h\n0,10\n5,heavy\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.csv, line 3"):
        read_time_table(broken, steps=True, value_name="mm_per_h")
    with pytest.raises(InputError, match="cannot read"):
        read_time_table(tmp_path / "missing.csv", steps=True, value_name="mm_per_h")


def test_kernel_blocks_give_the_same_step_bit_for_bit():
    """The compiled step splits the rows in blocks, one per thread; the faces between blocks are finished apart.
    Any split must give exactly the one-block answer, with inflows and walls on the block edges."""
    from digital_twin.plugin.flood import kernels

    rng = np.random.default_rng(3)
    ny, nx = 70, 23
    z = rng.uniform(0.0, 1.0, (ny, nx))
    z[[16, 17, 34, 35], 5:9] = np.inf  # walls on and beside the block edges of a 2- and 4-way split
    h = np.where(np.isinf(z), 0.0, rng.uniform(0.0, 0.2, (ny, nx)))
    n2 = np.full((ny, nx), 0.03 ** 2)
    rain_share = np.where(np.isinf(z), 0.0, rng.integers(1, 4, (ny, nx)))
    sources = np.array([[0, 0], [17, 2], [35, 10], [ny - 1, nx - 1]], dtype=np.int64)
    outputs = []
    for threads in (1, 2, 4):
        qx, qy = np.zeros((ny, nx + 1)), np.zeros((ny + 1, nx))
        depth, maxima = h.copy(), [np.zeros((ny, nx)), np.zeros((ny, nx)), np.full((ny, nx), np.nan)]
        for step in range(30):
            kernels.step(qx, qy, z, depth, n2, rain_share, 1e-5, sources, np.full(4, 0.01), 0.2, 5.0, True, 0.2 * step,
                         *maxima, 0.05, threads)
        outputs.append((qx, qy, depth, *maxima))
    for other in outputs[1:]:
        for expected, got in zip(outputs[0], other, strict=True):
            assert np.array_equal(expected, got, equal_nan=True)
    assert np.all(outputs[0][2][np.isinf(z)] == 0)  # walls stay dry


def test_simulations_in_parallel_threads_agree():
    """QGIS runs Processing algorithms in threads at once: simultaneous runs must neither crash nor differ."""
    import threading

    dem = sloped_valley(48, 30)
    expected = simulate(dem, 5.0, 300.0, rain=TimeSeries.constant(50.0)).max_depth
    results = []
    threads = [threading.Thread(target=lambda: results.append(
        simulate(dem, 5.0, 300.0, rain=TimeSeries.constant(50.0)).max_depth)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(results) == 3
    assert all(np.array_equal(result, expected) for result in results)


def test_roof_rain_runs_off_beside_the_building():
    """A closed flat yard of 7 x 7 cells of 2 m with a 3 x 3 building: 36 mm of rain on 49 cells stays on the 40
    ground cells (49/40 x 36 mm = 44.1 mm on average); the roof's water lands on the ring of cells around the
    building first. Without roof runoff only the ground's own 40 cells of rain are counted (36 mm)."""
    building = np.zeros((7, 7), bool)
    building[2:5, 2:5] = True
    rain = TimeSeries.constant(36.0)  # mm/h for one hour
    runoff = simulate(np.zeros((7, 7)), 2.0, 3600.0, rain=rain, obstacles=building)
    assert runoff.mass["rain"] == pytest.approx(0.036 * 4.0 * 49, rel=1e-9)
    assert runoff.final_depth[~building].mean() == pytest.approx(0.036 * 49 / 40, rel=1e-6)
    assert np.all(runoff.final_depth[building] == 0)
    ring = np.zeros((7, 7), bool)
    ring[1:6, 1:6] = True
    ring &= ~building
    assert runoff.max_depth[ring].max() > runoff.max_depth[0, 0]  # the downpipes' side is the wettest
    kept_out = simulate(np.zeros((7, 7)), 2.0, 3600.0, rain=rain, obstacles=building, roof_runoff=False)
    assert kept_out.mass["rain"] == pytest.approx(0.036 * 4.0 * 40, rel=1e-9)
    assert kept_out.final_depth[~building].mean() == pytest.approx(0.036, rel=1e-6)
