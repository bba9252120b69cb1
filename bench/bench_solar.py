"""Benchmark: annual irradiation of a 1000 x 1000 DSM at 1 m with buildings, as a ratio to one plain numpy
shadow-casting pass at 10° sun altitude on the same DSM, measured in the same run (machines here are noisy).

The reference pass (what UMEP's SEBE repeats for each of its sky patches): shift the DSM toward the sun one pixel at
a time, lowering it by tan(10°) per pixel, and keep the running maximum; a pixel is in shadow where that maximum is
above it. The issue's target: our annual run within 13 such passes (UMEP SEBE needs about 125).

Run: .venv/bin/python bench/bench_solar.py [size]
"""

import math
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import headless  # noqa: E402

sys.path.insert(0, str(headless.plugin_link().parent))

from digital_twin.plugin.solar import climate, rasters  # noqa: E402


def city_dsm(size, seed=2024):
    """A Tokyo-like district: 8-16 m wide streets around blocks of 6-30 m buildings, some 30-60 m, a few towers."""
    rng = np.random.default_rng(seed)
    dsm = np.zeros((size, size), dtype=np.float32)
    row = 0
    while row < size:
        block_height = int(rng.integers(40, 90))
        col = 0
        while col < size:
            block_width = int(rng.integers(40, 110))
            for _ in range(int(rng.integers(4, 12))):
                r, c = row + int(rng.integers(0, block_height - 8)), col + int(rng.integers(0, block_width - 8))
                h, w = int(rng.integers(8, 30)), int(rng.integers(8, 30))
                roll = rng.random()
                height = rng.uniform(80, 120) if roll < 0.01 else rng.uniform(30, 60) if roll < 0.12 else \
                    rng.uniform(6, 30)
                dsm[r:min(r + h, row + block_height), c:min(c + w, col + block_width)] = height
            col += block_width + int(rng.integers(8, 16))
        row += block_height + int(rng.integers(8, 16))
    return dsm


def write_geotiff(path, grid):
    """The DSM as a GeoTIFF in EPSG:6677 (JGD2011 zone IX), central Tokyo."""
    from osgeo import gdal, osr

    gdal.UseExceptions()
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), grid.shape[1], grid.shape[0], 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((-8000.0, 1.0, 0.0, -35000.0, 0.0, -1.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6677)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(grid)
    dataset = None
    return path


def reference_pass(dsm, altitude_deg=10.0):
    """One plain numpy shadow pass, sun due south at ``altitude_deg``: True where shaded."""
    drop = math.tan(math.radians(altitude_deg))
    relief = float(dsm.max() - dsm.min())
    shadow_top = dsm.copy()
    step = 1
    while step * drop < relief and step < dsm.shape[0]:
        # the pixel ``step`` rows south casts onto this one, lowered by step·tan(altitude)
        np.maximum(shadow_top[:-step], dsm[step:] - np.float32(step * drop), out=shadow_top[:-step])
        step += 1
    return shadow_top > dsm


def best_of(function, repeat):
    """Shortest wall and shortest CPU time (this process) of ``repeat`` calls: the CPU time is what the shared
    machine's other jobs disturb least."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    dsm = city_dsm(size)
    with tempfile.TemporaryDirectory() as folder:
        path = write_geotiff(Path(folder) / "dsm.tif", dsm)
        start = time.perf_counter()
        climate.embedded_sky("tokyo_sunshine", 35.6895, 139.6917)
        first_sky_seconds = time.perf_counter() - start  # includes importing pandas and pvlib
        sky_seconds, sky_cpu = best_of(lambda: climate.embedded_sky("tokyo_sunshine", 35.6895, 139.6917), 3)
        sky = climate.embedded_sky("tokyo_sunshine", 35.6895, 139.6917)
        # interleaved, best of each: the machine is shared, and a quiet moment should count for both
        reference, ours = [], []
        for attempt in range(3):
            reference.append(best_of(lambda: reference_pass(dsm), 3))
            output = Path(folder) / f"annual_{attempt}.tif"
            ours.append(best_of(lambda output=output: rasters.irradiation_rasters(path, sky, output), 1))
        reference.append(best_of(lambda: reference_pass(dsm), 3))
    (reference, reference_cpu), (ours, ours_cpu) = np.min(reference, axis=0), np.min(ours, axis=0)
    print(f"DSM {size} x {size} at 1 m, buildings {dsm[dsm > 0].min():.0f}-{dsm.max():.0f} m, "
          f"{(dsm > 0).mean():.0%} built; Tokyo climate, 8,760 hours, 32 sectors, radius 500 m")
    print(f"reference: one numpy shadow pass at 10° altitude: {reference:.3f} s wall, {reference_cpu:.3f} s CPU")
    print(f"ours: annual irradiation raster (shadows, sky view, reflection): {ours:.2f} s wall "
          f"= {ours / reference:.1f} x the reference pass, {ours_cpu:.2f} s CPU = {ours_cpu / reference_cpu:.1f} x "
          f"(target <= 13 x)")
    print(f"climate preparation (SPA + clear sky for 8,760 hours, once per run): {sky_seconds:.3f} s wall, "
          f"{sky_cpu:.3f} s CPU; with it: {(ours + sky_seconds) / reference:.1f} x wall, "
          f"{(ours_cpu + sky_cpu) / reference_cpu:.1f} x CPU (the first call in a process also imports pandas and "
          f"pvlib: {first_sky_seconds:.2f} s)")
    print(f"UMEP SEBE (issue: ~50 s where the pass takes ~0.4 s = ~125 x the pass): ours is "
          f"~{125 / (ours / reference):.1f} x (wall), ~{125 / (ours_cpu / reference_cpu):.1f} x (CPU) faster by the "
          f"same yardstick")


if __name__ == "__main__":
    main()
