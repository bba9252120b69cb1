"""Build the zip QGIS installs through "Install from ZIP": one top folder named digital_twin, plugin files only."""

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INCLUDE = ["metadata.txt", "__init__.py", "LICENSE", "README.md", "CHANGELOG.md", "plugin", "processing_algorithms",
           "resources", "requirements.txt", "constraints.txt"]  # the last two: for Install Python packages…
SKIP_PARTS = {"__pycache__", ".pytest_cache", ".ruff_cache"}
SKIP_SUFFIXES = {".pyc", ".part"}


def plugin_files():
    for entry in INCLUDE:
        path = ROOT / entry
        candidates = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in candidates:
            relative = file.relative_to(ROOT)
            if SKIP_PARTS.intersection(relative.parts) or file.suffix in SKIP_SUFFIXES:
                continue
            yield file, relative


def main(output):
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for file, relative in plugin_files():
            archive.write(file, Path("digital_twin") / relative)
    tmp.replace(output)
    print(f"package: {output} ({output.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main(sys.argv[1])
