"""make demo: the plugin's main job, headless through qgis_process, on the bundled data; prints where outputs are.

Each capability adds a module to scripts/demo_steps/ with ``run(demo) -> list of summary lines`` and a line to STEPS.
"""

import importlib
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import headless  # noqa: E402

ROOT = headless.ROOT
OUTPUT_DIR = ROOT / "build" / "demo"
SHARED_FIXTURES = ROOT.parent / "shared" / "fixtures"

# Order matters: later steps use earlier outputs.
STEPS = ["sample_district", "catalog", "citygml", "pointcloud", "flood", "solar", "barrierfree", "realtime"]


class Demo:
    """What a step gets: where to write, the headless QGIS environment, and a way to run an algorithm."""

    def __init__(self, output_dir):
        self.output_dir = output_dir
        self.profile = output_dir / "qgis_profile"
        self.env = headless.enable_plugin(headless.qgis_env(self.profile))
        self.outputs = {}

    def run(self, algorithm_id, **params):
        return headless.run_algorithm(algorithm_id, params, self.env)["results"]


def main(steps=None):
    """Run the demo steps (all of STEPS, or the named ones, e.g. `python scripts/demo.py solar`)."""
    steps = steps or STEPS
    started = time.monotonic()
    if OUTPUT_DIR.exists():
        shutil.rmtree(OUTPUT_DIR)  # demo outputs only: build/demo is ours, rebuilt on every run
    OUTPUT_DIR.mkdir(parents=True)
    demo = Demo(OUTPUT_DIR)
    summary = []
    for name in steps:
        step = importlib.import_module(f"demo_steps.{name}")
        print(f"demo: {name} ...", flush=True)
        summary += step.run(demo)
    listed = headless.run_algorithm_list(demo.env)
    print("\nDigital Twin demo summary")
    print(f"  algorithms available: {', '.join(listed)}")
    for line in summary:
        print(f"  {line}")
    print("\nOutputs:")
    for label, path in demo.outputs.items():
        print(f"  {label}: {path}")
    print(f"\n(done in {time.monotonic() - started:.0f} s; outputs in {OUTPUT_DIR})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
