"""``python -m digital_twin batch ...``: the batch runner's command line (plugin/batch/cli.py), without QGIS."""

import sys


def main(argv=None):
    from .plugin.batch.cli import main as batch_main

    return batch_main(argv)


if __name__ == "__main__":
    sys.exit(main())
