"""Digital Twin > Install Python packages… in the real QGIS desktop (issue 19, "How to verify"): the `qgis` binary
under Xvfb on the system Python alone (no .venv on PYTHONPATH), a fresh profile, and a package index on 127.0.0.1
with tiny wheels built here. pip finds the index through PIP_INDEX_URL, as it would a user's pip settings.

1. Install from the menu: the packages land in the profile's dependencies folder and import from there.
2. QGIS started again on the same profile: the folder is on sys.path (classFactory adds it), the packages import;
   then an install with the index stopped: one clear message, no staging folder, the folder unchanged.

Install time and disk use are printed and kept in build/desktop/install_metrics.json.
"""

import json
import os

import pytest
from test_desktop import SHOTS_DIR, pytestmark, run_qgis  # noqa: F401 (pytestmark: the same skip)
from test_installer import build_wheel, serve_index

STAGING_PREFIX = ".digital_twin-staging-"  # plugin/installer/pip_install.py
PROFILE_FOLDER = os.path.join("profiles", "default", "python", "dependencies", "digital_twin")


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """Both QGIS runs: {"install": driver JSON, "restart": driver JSON, "index": URL, "folder": the profile's}."""
    tmp_path = tmp_path_factory.mktemp("desktop_installer")
    simple = tmp_path / "index" / "simple"
    # dtwin-tiny needs dtwin-dep (installed with it) and numpy (QGIS's own: must not be installed again); both share
    # the namespace folder dtwinns/ as protobuf and gtfs-realtime-bindings share google/.
    build_wheel(simple, "dtwin-dep", "1.0", {"dtwinns/dep.py": "VALUE = 'dep'\n"})
    build_wheel(simple, "dtwin-tiny", "1.0", {"dtwinns/tiny.py": "from dtwinns.dep import VALUE\nDOUBLE = VALUE * 2\n"},
                requires=("dtwin-dep>=1.0", "numpy"))
    build_wheel(simple, "dtwin-other", "1.0", {"dtwin_other.py": "VALUE = 1\n"})
    index = serve_index(simple)
    profiles = tmp_path / "profiles"
    # this machine's pip settings (pip.conf, PIP_FIND_LINKS, the cache) must not help
    env = {"PIP_INDEX_URL": index.url, "PIP_CONFIG_FILE": os.devnull, "PIP_FIND_LINKS": None, "PIP_NO_CACHE_DIR": "1"}
    check = ["dtwinns.tiny", "DOUBLE"]
    try:
        first = run_qgis(tmp_path, "install", "en", profiles=profiles, venv=False, env=env,
                         config={"install": ["dtwin-tiny==1.0"], "check_import": check, "start_delay_ms": 4000})
    finally:
        index.stop()
    second = run_qgis(tmp_path, "restart", "en", profiles=profiles, venv=False, env=env,
                      config={"install": ["dtwin-other==1.0"], "check_import": check})
    install = first["steps"].get("install", {})
    metrics = {"install_seconds": install.get("seconds"), "installed_bytes": install.get("bytes"),
               "status": install.get("status"), "qgis_run_seconds": [first["seconds"], second["seconds"]]}
    (SHOTS_DIR / "install_metrics.json").write_text(json.dumps(metrics, indent=1), encoding="utf-8")
    print(f"\ninstall from the desktop dialog: {metrics}")
    return {"install": first, "restart": second, "index": index.url, "folder": str(profiles / PROFILE_FOLDER)}


def step(data, name):
    assert data["python_errors"] == [], "\n".join(data["python_errors"])
    assert name in data["steps"], f"the driver stopped before step {name}:\n" + "\n".join(data["errors"]) + \
        f"\nopen windows: {data.get('open_windows')}\n--- qgis output ---\n{data['log_tail']}"
    return data["steps"][name]


def test_qgis_runs_without_the_venv(installed):
    assert installed["install"]["plugin_loaded"]
    assert not any(".venv" in path for path in installed["install"]["python_path"]), installed["install"]["python_path"]


def test_install_from_the_menu_puts_packages_in_the_profile(installed):
    record = step(installed["install"], "install")
    assert record["folder"] == installed["folder"]
    assert record["before"] == []
    assert [row[0] for row in record["rows"]] == ["dtwin-tiny"]
    assert record["finished"], record["log"]
    assert record["status"].startswith("Installed 2 packages"), (record["status"], record["log"])
    assert record["progress"] == 100
    assert record["rows_after"] == [], "nothing is missing any more"
    # both wheels, merged in their namespace folder; numpy stays QGIS's own
    assert {"dtwinns/dep.py", "dtwinns/tiny.py", "dtwin_dep-1.0.dist-info", "dtwin_tiny-1.0.dist-info"} <= \
        set(record["after"]), record["after"]
    assert not any(name.startswith("numpy") for name in record["after"]), record["after"]
    assert record["staging_left"] == []
    assert 0 < record["bytes"] < 100_000
    assert record["import"] == {"file": os.path.join(installed["folder"], "dtwinns", "tiny.py"),
                                "value": "depdep"}, record["import"]
    assert "127.0.0.1" in record["log"] and "Traceback" not in record["log"], record["log"]
    # pip run by QGIS's own Python (inside QGIS, sys.executable may be any python3 on PATH)
    python = record["log"].splitlines()[0].removeprefix("Python: ")
    assert os.path.realpath(python).startswith(os.path.join(installed["install"]["exec_prefix"], "bin")), python


def test_restart_finds_the_packages_on_sys_path(installed):
    record = step(installed["restart"], "restart")
    assert record["folder"] == installed["folder"]
    assert record["on_sys_path"] and record["last_on_sys_path"], record["python_path"][-5:]
    assert record["import"] == {"file": os.path.join(installed["folder"], "dtwinns", "tiny.py"),
                                "value": "depdep"}, record["import"]


def test_install_with_the_index_stopped_says_so_once_and_leaves_nothing(installed):
    before = step(installed["install"], "install")["after"]
    record = step(installed["restart"], "offline")
    assert record["finished"], record["log"]
    assert record["status"] == (f"The package index ({installed['index']}) could not be reached: this computer seems "
                                "to be offline. Connect to the internet, then try again."), record["status"]
    assert record["before"] == before and record["after"] == before, "the dependencies folder is unchanged"
    assert record["staging_left"] == []
    assert [row[0] for row in record["rows_after"]] == ["dtwin-other"], "still missing, Install offered again"
    assert record["progress"] == 0
    assert "Traceback" not in record["log"]
