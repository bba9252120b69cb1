"""Benchmark: how the sample district generator scales (scale 1 = 0.9 km², scale 2 = 3.6 km²), in one run.

There is no reference tool to beat here; what matters is that larger variants for the other benchmarks are cheap
and linear in area. Prints seconds, MB and buildings per scale, and the cost per km² at scale 2 over scale 1.
"""

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import headless  # noqa: E402

sys.path.insert(0, str(headless.plugin_link().parent))

from digital_twin.plugin.sample_district.generate import generate  # noqa: E402
from digital_twin.plugin.sample_district.site import District  # noqa: E402


def main():
    per_km2 = {}
    with tempfile.TemporaryDirectory(prefix="bench_sample_district_") as folder:
        for scale in (1, 2):
            district = District(scale=scale)
            started = time.perf_counter()
            sizes = generate(Path(folder) / f"x{scale}", district)
            seconds = time.perf_counter() - started
            area = district.width * district.height / 1e6
            per_km2[scale] = seconds / area
            megabytes = sum(sizes.values()) / 1e6
            print(f"scale {scale}: {area:.1f} km², {seconds:.1f} s, {megabytes:.1f} MB, {len(sizes)} files")
    print(f"cost per km², scale 2 / scale 1: {per_km2[2] / per_km2[1]:.2f} (1.0 = linear in area)")


if __name__ == "__main__":
    main()
