"""make package builds a zip QGIS can install: one top folder digital_twin with the plugin files only."""

import configparser
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_package_zip_holds_the_plugin_and_nothing_else(tmp_path):
    output = tmp_path / "digital_twin.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), str(output)], check=True, timeout=120)
    with zipfile.ZipFile(output) as archive:
        names = archive.namelist()
        metadata = archive.read("digital_twin/metadata.txt").decode("utf-8")
    assert all(name.startswith("digital_twin/") for name in names)
    for required in ("__init__.py", "metadata.txt", "LICENSE", "plugin/main.py", "processing_algorithms/provider.py",
                     "resources/icons/digital_twin.svg", "resources/i18n/digital_twin_ja.qm",
                     "requirements.txt", "constraints.txt"):  # the package installer reads them
        assert f"digital_twin/{required}" in names, required
    forbidden = ("/tests/", "/bench/", "/scripts/", "/.venv/", "/build/", "/.git/", "__pycache__", ".pyc", "/.ci/")
    assert not [name for name in names if any(part in name for part in forbidden)]
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(metadata)
    assert parser["general"]["name"] == "Digital Twin"
