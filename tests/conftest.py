"""Test set-up: the checkout is importable as the package ``digital_twin`` (as QGIS installs it), QGIS runs
offscreen in a throwaway profile (pytest-qgis), and our Processing provider is registered once per session."""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_FIXTURES = ROOT.parent / "shared" / "fixtures"
TEST_DATA = Path(__file__).resolve().parent / "data"

# Before QGIS starts: a throwaway profile, never the developer's own (pytest-qgis then points QGIS at
# .qgis-settings in the checkout, which git ignores).
os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="digital_twin_test_profile_"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(ROOT / "scripts"))
import headless  # noqa: E402

sys.path.insert(0, str(headless.plugin_link().parent))
sys.path.insert(0, str(ROOT / "tests"))  # test modules share their input builders (from test_maps import ...)

import pytest  # noqa: E402

# Tests of real third-party data read it from ../shared/fixtures, never from a copy in the project. A user's clone
# has no such folder, so they skip there, naming it; CI has it, and sets DIGITAL_TWIN_REQUIRE_SHARED=1 so that any
# such skip fails the run instead of hiding a missing or moved fixture.
SHARED_SKIP_REASON = f"shared fixtures not found at {SHARED_FIXTURES}"
REQUIRE_SHARED = os.environ.get("DIGITAL_TWIN_REQUIRE_SHARED") == "1"


@pytest.fixture(scope="session")
def shared_fixtures():
    if not SHARED_FIXTURES.is_dir():
        pytest.skip(SHARED_SKIP_REASON)
    return SHARED_FIXTURES


@pytest.fixture(scope="session")
def plateau(shared_fixtures):
    """../shared/fixtures/plateau: real PLATEAU CityGML."""
    return shared_fixtures / "plateau"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if REQUIRE_SHARED and report.skipped and str(SHARED_FIXTURES.parent) in str(report.longrepr):
        report.outcome = "failed"
        report.longrepr = f"{item.nodeid}: skipped for lack of {SHARED_FIXTURES}, which CI must have: {report.longrepr}"


_KEEP_ALIVE = []


def register_provider():
    """Our provider in the Processing registry (once); Python keeps a reference so the algorithms' Python sides live."""
    from qgis.core import QgsApplication

    from digital_twin.processing_algorithms.provider import DigitalTwinProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("digitaltwin")
    if provider is None:
        provider = DigitalTwinProvider()
        registry.addProvider(provider)
        _KEEP_ALIVE.append(provider)
    return provider


@pytest.fixture(scope="session")
def digitaltwin_provider(qgis_processing):
    """Our provider in the Processing registry, for processing.run tests."""
    return register_provider()


@pytest.fixture
def no_digitaltwin_provider(qgis_processing):
    """The registry without our provider while a test registers its own; ours is back afterwards."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    if registry.providerById("digitaltwin") is not None:
        registry.removeProvider("digitaltwin")
    yield registry
    register_provider()


@pytest.fixture(scope="session")
def qgis_process_env(tmp_path_factory):
    """Environment for qgis_process subprocesses, with the plugin enabled in a throwaway profile."""
    env = headless.qgis_env(tmp_path_factory.mktemp("qgis_process_profile"))
    return headless.enable_plugin(env)
