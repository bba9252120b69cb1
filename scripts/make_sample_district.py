"""Regenerate the bundled sample district (resources/sample_district), or a larger variant for benchmarks.

    .venv/bin/python scripts/make_sample_district.py                 # rewrite resources/sample_district
    .venv/bin/python scripts/make_sample_district.py --scale 3       # 3 km x 2.7 km, in a new temp folder
    .venv/bin/python scripts/make_sample_district.py --scale 2 --output /tmp/district2

Prints the folder and the total size. The same seed and scale always give the same bytes (see SHA256SUMS).
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import headless  # noqa: E402

sys.path.insert(0, str(headless.plugin_link().parent))

from digital_twin.plugin.errors import DigitalTwinError  # noqa: E402
from digital_twin.plugin.progress import Progress  # noqa: E402
from digital_twin.plugin.sample_district.generate import generate  # noqa: E402
from digital_twin.plugin.sample_district.site import District  # noqa: E402

BUNDLED = headless.ROOT / "resources" / "sample_district"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="1 = the bundled 1 km x 0.9 km district; n = n times "
                        "wider and taller (written to a temp folder unless --output is given)")
    parser.add_argument("--seed", type=int, default=District.seed)
    parser.add_argument("--output", type=Path, help="folder to write (new or empty, or a previous sample with "
                        "--overwrite)")
    parser.add_argument("--overwrite", action="store_true", help="replace a previous sample district in --output")
    args = parser.parse_args(argv)
    if args.scale < 1:
        parser.error("--scale must be 1 or more")
    bundled = args.scale == 1 and args.seed == District.seed
    output = args.output or (BUNDLED if bundled else Path(tempfile.mkdtemp(prefix=f"sample_district_x{args.scale}_")))
    if output.resolve() == BUNDLED.resolve() and not bundled:
        parser.error("only the default seed and scale 1 may be written to resources/sample_district")
    started = time.monotonic()
    try:
        sizes = generate(output, District(seed=args.seed, scale=args.scale), Progress(log=print),
                         overwrite=args.overwrite or output.resolve() == BUNDLED.resolve())
    except DigitalTwinError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{output}: {len(sizes)} files, {sum(sizes.values()) / 1e6:.1f} MB in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
