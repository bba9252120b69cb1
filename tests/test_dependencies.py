"""A missing Python package is named with its pip command, never a traceback (tests/test_desktop.py checks the same in
QGIS desktop: the dialog's log and the message bar)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from digital_twin.plugin.dependencies import PIP_NAMES, as_missing_dependency, require
from digital_twin.plugin.errors import MissingDependencyError

ROOT = Path(__file__).resolve().parents[1]
# every module QGIS imports when it starts the plugin: the provider loads every algorithm module
STARTUP_MODULES = ["plugin.main", "processing_algorithms.provider"] + sorted(
    f"processing_algorithms.{path.stem}" for path in (ROOT / "processing_algorithms").glob("*.py")
    if path.stem != "__init__")
# what QGIS itself brings: the plugin may import these at start-up
WITH_QGIS = {"numpy", "pyproj"}


def test_require_names_the_pip_requirement(monkeypatch):
    monkeypatch.setitem(sys.modules, "laspy", None)
    with pytest.raises(MissingDependencyError) as caught:
        require("laspy", "Point cloud conversion")
    message = str(caught.value)
    assert message.startswith("Point cloud conversion needs the Python package 'laspy[lazrs]'")
    assert 'python3 -m pip install "laspy[lazrs]"' in message
    assert caught.value.template.startswith("{feature} needs the Python package '{package}'")


def test_an_import_error_of_a_known_package_becomes_the_sentence(monkeypatch):
    monkeypatch.setitem(sys.modules, "google.transit", None)
    with pytest.raises(ImportError) as caught:
        from google.transit import gtfs_realtime_pb2  # noqa: F401
    missing = as_missing_dependency(caught.value, "GTFS-Realtime feeds")
    assert isinstance(missing, MissingDependencyError)
    assert "'gtfs-realtime-bindings'" in str(missing)
    assert as_missing_dependency(ImportError("x", name="no_such_package_here"), "x") is None
    assert as_missing_dependency(ValueError("x"), "x") is None


@pytest.mark.parametrize("package", sorted(set(PIP_NAMES) - WITH_QGIS))
def test_the_plugin_starts_without_any_one_optional_package(package):
    """Every module QGIS imports at start-up imports with the package missing: only the features that need it fail
    (a missing lxml once took the whole provider down through the batch service-area algorithm)."""
    code = (f"import sys; sys.modules[{package!r}] = None\n"
            "import importlib\n"
            f"for name in {STARTUP_MODULES!r}: importlib.import_module('digital_twin.' + name)\n")
    from conftest import headless

    env = dict(os.environ, PYTHONPATH=str(headless.PLUGINS_DIR))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


def test_sample_district_without_laspy_names_it_and_leaves_nothing(digitaltwin_provider, monkeypatch, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    monkeypatch.setitem(sys.modules, "laspy", None)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("digitaltwin:sampledistrict", {"OUTPUT": str(tmp_path / "district")})
    message = str(caught.value)
    assert "Create the sample district needs the Python package 'laspy[lazrs]'" in message
    assert "pip install" in message and "Traceback" not in message
    assert list(tmp_path.iterdir()) == []


def test_catalog_task_names_a_missing_package(qgis_app, monkeypatch):
    from digital_twin.plugin.catalog.qgis_tasks import CatalogTask

    class NeedsPvlib(CatalogTask):
        def work(self):
            import pvlib  # noqa: F401

    monkeypatch.setitem(sys.modules, "pvlib", None)
    task = NeedsPvlib("Open the catalog", on_done=lambda task: None)
    assert task.run() is False
    assert task.error.startswith("Open the catalog needs the Python package 'pvlib'")
    assert "pip install" in task.error


def test_live_feed_refresh_names_a_missing_package(qgis_app):
    from digital_twin.plugin.realtime.qgis_live_layer import RefreshTask

    class Reader:
        url = "http://example.invalid/feed.pb"

        def read(self, progress):
            raise ImportError("No module named 'google.transit'", name="google.transit")

    task = RefreshTask(Reader(), None)
    assert task.run() is False
    assert "needs the Python package 'gtfs-realtime-bindings'" in task.error
