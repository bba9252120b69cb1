"""make demo: the whole twin on the bundled sample district, headless through qgis_process, offline.

Each capability has a module in scripts/demo_steps/ with ``run(demo) -> list of summary lines`` and a name in STEPS.
Steps record what they write in ``demo.outputs[label] = path`` and the numbers a planner reads in
``demo.numbers[key] = value``; the summary, the numbers and the output paths end up in build/demo/summary.json.
`python scripts/demo.py flood solar` runs just the named steps (later steps need the outputs of earlier ones).
"""

import importlib
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import headless  # noqa: E402

ROOT = headless.ROOT
OUTPUT_DIR = ROOT / "build" / "demo"
SUMMARY_JSON = OUTPUT_DIR / "summary.json"
ALGORITHM_TIMEOUT_S = 600  # no single step of the demo takes a minute; a hang ends here

# Order matters: later steps use earlier outputs ("summary" reads them, "project" puts them in a QGIS project).
STEPS = ["sample_district", "citygml", "pointcloud", "flood", "solar", "barrierfree", "shelters", "realtime", "catalog",
         "maps", "project", "summary"]


class Demo:
    """What a step gets: where to write, the headless QGIS environment, and a way to run an algorithm."""

    def __init__(self, output_dir):
        self.output_dir = output_dir
        self.profile = output_dir / "qgis_profile"
        self.env = headless.enable_plugin(headless.qgis_env(self.profile))
        self.outputs = {}
        self.numbers = {}

    def run(self, algorithm_id, **params):
        """qgis_process run with the parameters as JSON on stdin (lists become multi-value parameters)."""
        inputs = {key: [str(item) for item in value] if isinstance(value, (list, tuple)) else
                  value if isinstance(value, (bool, int, float)) else str(value) for key, value in params.items()}
        result = subprocess.run(["qgis_process", "--json", "run", algorithm_id, "-"],
                                input=json.dumps({"inputs": inputs}), env=self.env, capture_output=True, text=True,
                                timeout=ALGORITHM_TIMEOUT_S)
        if result.returncode != 0:
            raise RuntimeError(f"{algorithm_id} failed ({result.returncode}):\n{result.stdout[-4000:]}\n"
                               f"{result.stderr[-4000:]}")
        return json.loads(result.stdout)["results"]


def _shown(path):
    """A path as the planner types it: relative to the checkout when inside it."""
    path = Path(path)
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(steps=None):
    """Run the demo steps (all of STEPS, or the named ones, e.g. `python scripts/demo.py solar`)."""
    steps = steps or STEPS
    started = time.monotonic()
    if OUTPUT_DIR.exists():
        shutil.rmtree(OUTPUT_DIR)  # demo outputs only: build/demo is ours, rebuilt on every run
    OUTPUT_DIR.mkdir(parents=True)
    demo = Demo(OUTPUT_DIR)
    summary, timings = [], {}
    for name in steps:
        step = importlib.import_module(f"demo_steps.{name}")
        step_started = time.monotonic()
        print(f"demo: {name} ...", end=" ", flush=True)
        summary += step.run(demo)
        timings[name] = round(time.monotonic() - step_started, 1)
        print(f"{timings[name]:.0f} s", flush=True)
    seconds = time.monotonic() - started
    SUMMARY_JSON.write_text(json.dumps({
        "summary": summary, "numbers": demo.numbers, "seconds": round(seconds, 1), "step_seconds": timings,
        "outputs": {label: str(path) for label, path in demo.outputs.items()}}, ensure_ascii=False, indent=1),
        encoding="utf-8")
    print("\nDigital Twin demo: the sample district (synthetic, Sumida-ku by the Arakawa)")
    for line in summary:
        print(f"  {line}")
    print("\nOutputs:")
    for label, path in demo.outputs.items():
        if not label.startswith("sample district:"):  # the bundled inputs are listed in summary.json only
            print(f"  {label}: {_shown(path)}")
    print(f"\nDone in {seconds:.0f} s. Numbers and paths: {_shown(SUMMARY_JSON)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
