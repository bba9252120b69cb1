"""Benchmark: LAS -> COPC on a synthetic Tokyo-like tile, against the floor measured in the same run.

The floor is laspy reading the LAS plus laspy (lazrs) writing the same points as one LAZ: a COPC is LAZ-compressed,
so no converter can beat that. Each measurement runs in its own process so its peak memory is its own; floor and
ours alternate --repeat times and the median of the pairs' ratios is printed (a shared machine is noisy).

    .venv/bin/python bench/bench_pointcloud.py              # 6.2 million points (~210 MB), like a Tokyo tile
    .venv/bin/python bench/bench_pointcloud.py --points 1e6 --repeat 1 # a quick run
"""

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import headless  # noqa: E402

sys.path.insert(0, str(headless.plugin_link().parent))


def measure(kind, source, output):
    """Run one conversion in this process; print its seconds and peak memory (MB) as JSON."""
    import laspy

    from digital_twin.plugin.pointcloud.copc import convert_to_copc

    start = time.perf_counter()
    cpu_start = resource.getrusage(resource.RUSAGE_SELF)
    if kind == "floor":
        laspy.read(source).write(output)
    else:
        convert_to_copc(source, output, overwrite=True)  # the same output path in every pair
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - cpu_start.ru_utime - cpu_start.ru_stime
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "peak_mb": usage.ru_maxrss / 1024}))


def run_measurement(kind, source, output):
    answer = subprocess.run([sys.executable, __file__, "--measure", kind, "--input", str(source), "--output",
                             str(output)], check=True, capture_output=True, text=True)
    return json.loads(answer.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--points", type=float, default=6.2e6, help="points in the synthetic tile (default 6.2e6)")
    parser.add_argument("--repeat", type=int, default=3, help="floor/ours pairs measured (default 3)")
    parser.add_argument("--measure", choices=["floor", "copc"], help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.input, args.output)
        return

    import laspy

    from digital_twin.plugin.pointcloud.synthetic import write_tile

    with tempfile.TemporaryDirectory(prefix="bench_pointcloud_") as tmp:
        tmp = Path(tmp)
        points = int(args.points)
        tile = write_tile(tmp / "tile.las", points)
        print(f"synthetic tile: {points:,} points, format 3, EPSG:6677, {tile.stat().st_size / 1e6:.0f} MB")
        pairs = []
        for _ in range(max(args.repeat, 1)):
            floor = run_measurement("floor", tile, tmp / "floor.laz")
            ours = run_measurement("copc", tile, tmp / "tile.copc.laz")
            pairs.append((floor, ours))
            for label, run in (("floor (laspy read LAS + lazrs write LAZ)", floor),
                               ("ours  (LAS -> COPC, streaming)", ours)):
                print(f"{label:42s} {run['seconds']:6.2f} s wall, {run['cpu_seconds']:6.2f} s CPU, "
                      f"peak {run['peak_mb']:.0f} MB")
        with laspy.open(tmp / "tile.copc.laz") as reader:
            assert reader.header.point_count == points, "the COPC lost points"
        wall = statistics.median(ours["seconds"] / floor["seconds"] for floor, ours in pairs)
        cpu = statistics.median(ours["cpu_seconds"] / floor["cpu_seconds"] for floor, ours in pairs)
        peak = max(ours["peak_mb"] for _, ours in pairs)
        print(f"time ratio ours/floor (median of {len(pairs)}): {wall:.2f} wall (target <= 2), "
              f"{cpu:.2f} CPU (steadier on a busy machine)")
        print(f"peak memory: ours {peak:.0f} MB, ratio to the floor {peak / floor['peak_mb']:.2f} "
              "(target: under 1024 MB)")
        print(f"sizes: COPC {(tmp / 'tile.copc.laz').stat().st_size / 1e6:.1f} MB, "
              f"LAZ {(tmp / 'floor.laz').stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
