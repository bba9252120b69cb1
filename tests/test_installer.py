"""The package installer's engine: requirements, the Python QGIS runs, pip's command lines, and real installs from a
package index served on 127.0.0.1 (wheels built here, so no internet is needed)."""

import base64
import functools
import hashlib
import http.server
import json
import socket
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from digital_twin.plugin.errors import Cancelled, InputError
from digital_twin.plugin.installer import pip_install, requirements
from digital_twin.plugin.installer.pip_install import InstallError, PipOptions

ROOT = Path(__file__).resolve().parent.parent


# Requirements -----------------------------------------------------------------------------------------------------
def test_real_requirements_file_reads_every_pin():
    read = requirements.read_requirements()
    texts = {requirement.key: requirement.text for requirement in read.requirements}
    assert texts["numpy"] == "numpy==1.26.4"
    assert texts["laspy"] == "laspy[lazrs]==2.7.0"
    assert "gtfs-realtime-bindings" in texts and "scikit-image" in texts
    assert read.no_binary == ("shapely",)


def test_bad_requirement_line_names_file_and_line(tmp_path):
    path = tmp_path / "requirements.txt"
    path.write_text("numpy==1.26.4\n-e ./local\n")
    with pytest.raises(InputError) as error:
        requirements.read_requirements(path)
    assert error.value.line == 2 and str(path) in str(error.value)


def test_missing_is_what_no_distribution_provides(tmp_path):
    path = tmp_path / "requirements.txt"
    path.write_text("numpy==1.26.4\nScikit_Image==0.24.0\npvlib==0.16.1  # solar\n")
    installed = {"numpy": "1.24.2", "scikit-image": "0.19.3"}  # older versions QGIS has: still not reinstalled
    missing = requirements.missing_requirements(requirements.read_requirements(path).requirements, installed)
    assert [requirement.text for requirement in missing] == ["pvlib==0.16.1"]


def test_installer_asks_for_the_pin_or_older():
    assert requirements.Requirement("shapely", "shapely==2.2.0").up_to_pin == "shapely<=2.2.0"
    assert requirements.Requirement("laspy", "laspy[lazrs]==2.7.0").up_to_pin == "laspy[lazrs]<=2.7.0"
    assert requirements.Requirement("numpy", "numpy>=1.24,!=1.25.0").up_to_pin == "numpy>=1.24,!=1.25.0"


def test_numpy_below_2_only_where_the_installer_would_install_numpy():
    constraints = "# QGIS is built against numpy 1\nnumpy<2\n"
    assert requirements.constraint_lines(constraints, {}) == ["numpy<2"]
    assert requirements.constraint_lines(constraints, {"numpy": "2.1.3", "gdal": "3.10.1"}) == [
        "gdal==3.10.1", "numpy==2.1.3"]  # a QGIS built against numpy 2 keeps it


def test_installed_versions_reads_distributions_on_given_paths(tmp_path):
    make_dist_info(tmp_path, "Foo_Bar", "2.1")
    assert requirements.installed_versions([tmp_path]) == {"foo-bar": "2.1"}


def test_installed_constraints_pin_what_is_there_and_skip_versions_pip_rejects():
    installed = {"numpy": "1.24.2", "gdal": "3.6.2", "odd": "1.0-debian~x y"}
    assert requirements.installed_constraints(installed) == ["gdal==3.6.2", "numpy==1.24.2"]


def test_folder_goes_last_on_sys_path(tmp_path):
    folder = requirements.dependencies_folder(tmp_path)
    assert folder == tmp_path / "python" / "dependencies" / "digital_twin"
    assert not requirements.add_to_sys_path(folder)  # not there yet: nothing added
    folder.mkdir(parents=True)
    try:
        assert requirements.add_to_sys_path(folder)
        assert sys.path[-1] == str(folder)
        assert not requirements.add_to_sys_path(folder)
    finally:
        sys.path.remove(str(folder))


# The Python QGIS runs ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("platform", "executable", "exec_prefix", "expected_first"), [
    ("win32", r"C:\OSGeo4W\bin\qgis-bin.exe", r"C:\OSGeo4W\apps\Python312", r"C:\OSGeo4W\apps\Python312\python.exe"),
    ("darwin", "/Applications/QGIS.app/Contents/MacOS/QGIS", "/Applications/QGIS.app/Contents/Frameworks/Python",
     "/Applications/QGIS.app/Contents/MacOS/bin/python3"),
    ("linux", "/usr/bin/qgis", "/usr", "/usr/bin/python3.11"),
    ("linux", "/opt/venv/bin/python3", "/usr", "/opt/venv/bin/python3"),
])
def test_python_candidates_per_platform(platform, executable, exec_prefix, expected_first):
    candidates = pip_install.python_candidates(platform=platform, executable=executable, exec_prefix=exec_prefix,
                                               base_executable=None, version_info=(3, 11, 2))
    assert str(candidates[0]).replace("\\", "/") == expected_first.replace("\\", "/")
    assert all("qgis" not in candidate.name.lower() for candidate in candidates)


def test_find_python_checks_the_version(tmp_path):
    candidates = [tmp_path / "missing", Path(sys.executable)]
    assert pip_install.find_python(candidates, sys.version_info) == Path(sys.executable)
    with pytest.raises(InstallError) as error:
        pip_install.find_python(candidates, (3, 1))  # no Python 3.1 anywhere
    assert error.value.kind == "no_python" and "3.1" in str(error.value)


def test_find_python_prefers_the_python_of_qgis_own_installation(tmp_path):
    """Inside QGIS, sys.executable may be a pyenv shim found on PATH: same version, another installation."""
    shim, system = tmp_path / "shim" / "python3", tmp_path / "usr" / "bin" / "python3.11"
    for path in (shim, system):
        path.parent.mkdir(parents=True)
        path.touch()
    prefixes = {str(shim): tmp_path / "pyenv", str(system): tmp_path / "usr"}
    (tmp_path / "pyenv").mkdir()
    asked = []

    def run(command, **_kwargs):
        asked.append(command[0])
        return subprocess.CompletedProcess(command, 0, stdout=f"3.11\n{prefixes[command[0]]}\n")

    assert pip_install.find_python([shim, system], (3, 11), run=run, exec_prefix=tmp_path / "usr") == system
    assert asked == [str(shim), str(system)]
    # no candidate of QGIS's installation: the first of the right version
    assert pip_install.find_python([shim, system], (3, 11), run=run, exec_prefix=tmp_path / "elsewhere") == shim


def test_message_names_the_index_pip_was_given():
    assert pip_install.index_in_use(PipOptions(index_url="http://a/simple"), {"PIP_INDEX_URL": "http://b/"}) == \
        "http://a/simple"
    assert pip_install.index_in_use(PipOptions(), {"PIP_INDEX_URL": "http://mirror.lg.jp/simple"}) == \
        "http://mirror.lg.jp/simple"  # the user's mirror, set for pip
    assert pip_install.index_in_use(PipOptions(), {}) == "https://pypi.org/simple"


# pip's command lines ----------------------------------------------------------------------------------------------
def test_command_lines_carry_proxy_index_and_formats(tmp_path):
    options = PipOptions(index_url="http://127.0.0.1:9/simple", proxy_url="http://proxy.example:8080",
                         retries=0, use_cache=False, no_binary=("shapely",))
    resolve = pip_install.resolve_command("py", ["pvlib==0.16.1"], report_path=tmp_path / "r.json",
                                          constraints_path=tmp_path / "c.txt", options=options)
    assert resolve[:7] == ["py", "-u", "-m", "pip", "install", "--dry-run", "--report"]
    assert value_after(resolve, "--proxy") == "http://proxy.example:8080"
    assert value_after(resolve, "--index-url") == "http://127.0.0.1:9/simple"
    assert value_after(resolve, "--constraint") == str(tmp_path / "c.txt")
    assert value_after(resolve, "--only-binary") == ":all:" and value_after(resolve, "--no-binary") == "shapely"
    assert "--no-cache-dir" in resolve and resolve[-1] == "pvlib==0.16.1"
    install = pip_install.install_command("py", ["pvlib==0.16.1", "h5py==3.12.1"], target=tmp_path / "s",
                                          options=PipOptions())
    assert "--no-deps" in install and value_after(install, "--target") == str(tmp_path / "s")
    assert "--proxy" not in install and "--index-url" not in install and install[-2:] == ["pvlib==0.16.1",
                                                                                          "h5py==3.12.1"]


def test_resolved_pins_refuse_what_must_come_with_qgis():
    report = {"install": [{"metadata": {"name": "pvlib", "version": "0.16.1"}},
                          {"metadata": {"name": "h5py", "version": "3.12.1"}}]}
    assert pip_install.resolved_pins(report) == ["pvlib==0.16.1", "h5py==3.12.1"]
    report["install"].append({"metadata": {"name": "pyproj", "version": "3.7.0"}})
    with pytest.raises(InstallError) as error:
        pip_install.resolved_pins(report)
    assert error.value.kind == "from_qgis" and "pyproj==3.7.0" in str(error.value)


@pytest.mark.parametrize(("output", "kind", "quoted"), [
    ("ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: '/opt/x/site/numba'",
     "permissions", "/profile/deps"),
    ("ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device", "disk",
     "/profile/deps"),
    ("ERROR: Cannot install pvlib==0.16.1 because these package versions have conflicting dependencies.\n"
     "ERROR: ResolutionImpossible: for help visit https://pip.pypa.io", "conflict", "Cannot install pvlib==0.16.1"),
    ("Building wheel for shapely (pyproject.toml) ... error\nERROR: Failed building wheel for shapely\n"
     "Failed to build shapely", "build", "shapely"),
    ("ERROR: Something else entirely", "failed", "ERROR: Something else entirely"),
])
def test_failures_pip_reports_become_one_message(output, kind, quoted):
    error = pip_install.classify_failure(output.splitlines(), index="i", proxy="p", folder="/profile/deps",
                                         python="py", platform="linux", python_version="3.11")
    assert error.kind == kind
    assert quoted in str(error)
    assert error.log == output


# Real installs from a local index ---------------------------------------------------------------------------------
def make_dist_info(folder, name, version, requires=()):
    info = Path(folder) / f"{name}-{version}.dist-info"
    info.mkdir(parents=True)
    lines = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
    lines += [f"Requires-Dist: {requirement}" for requirement in requires]
    (info / "METADATA").write_text("\n".join(lines) + "\n")
    return info


def build_wheel(folder, name, version, files, requires=(), tag="py3-none-any"):
    """A real wheel (PEP 427): the files, METADATA, WHEEL and a RECORD with their hashes."""
    stem = f"{name.replace('-', '_')}-{version}"
    contents = dict(files)
    contents[f"{stem}.dist-info/METADATA"] = "\n".join(
        ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}",
         *[f"Requires-Dist: {requirement}" for requirement in requires]]) + "\n"
    contents[f"{stem}.dist-info/WHEEL"] = f"Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: {tag}\n"
    record = []
    for path, text in contents.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(text.encode())}")
    record.append(f"{stem}.dist-info/RECORD,,")
    contents[f"{stem}.dist-info/RECORD"] = "\n".join(record) + "\n"
    project = Path(folder) / name
    project.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(project / f"{stem}-{tag}.whl", "w") as wheel:
        for path, text in contents.items():
            wheel.writestr(path, text)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def package_index(tmp_path):
    """A PEP 503 index on 127.0.0.1 (http.server's folder listings are the project pages); stop() takes it down."""
    simple = tmp_path / "index" / "simple"
    # Two packages sharing the namespace folder dtwinns/ (like google/ for protobuf and gtfs-realtime-bindings).
    build_wheel(simple, "dtwin-dep", "1.0", {"dtwinns/dep.py": "VALUE = 'dep'\n"})
    build_wheel(simple, "dtwin-tiny", "1.0", {"dtwinns/tiny.py": "from dtwinns.dep import VALUE\nDOUBLE = VALUE * 2\n"},
                requires=("dtwin-dep>=1.0", "numpy"))
    build_wheel(simple, "dtwin-native", "1.0", {"dtwin_native.py": ""}, tag="cp311-cp311-win_arm64")
    server = serve_index(simple)
    yield server
    server.stop()


def serve_index(simple):
    """Serve the folder ``simple`` (projects with their wheels) on 127.0.0.1 in a thread: ``url`` is the index URL;
    ``stop()`` takes it down (again: nothing)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(QuietHandler, directory=str(Path(simple).parent)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_address[1]}/{Path(simple).name}/"

    def stop():
        if thread.is_alive():
            server.shutdown()
            server.server_close()
            thread.join()

    server.stop = stop
    return server


def local_install(texts, folder, index_url, python=Path(sys.executable), **kwargs):
    """What the dialog does inside QGIS, with ``python`` as QGIS's Python (its own view of what is installed)."""
    if python == Path(sys.executable):
        search_paths = [path for path in sys.path if path.endswith(("site-packages", "dist-packages"))]
        installed = requirements.installed_versions()
    else:
        search_paths = []
        installed = json.loads(subprocess.run(
            [str(python), "-c", "import importlib.metadata as m, json; print(json.dumps({d.metadata['Name'].lower(): "
             "d.version for d in m.distributions() if d.metadata['Name']}))"],
            capture_output=True, text=True, check=True).stdout)
    return pip_install.install(texts, python=python, folder=folder, installed=installed, search_paths=search_paths,
                               options=PipOptions(index_url=index_url, retries=1, timeout_s=5, use_cache=False,
                                                  extra_args=("--isolated",)),  # not this machine's pip.conf
                               **kwargs)


def tree(folder):
    return sorted(str(path.relative_to(folder)) for path in Path(folder).rglob("*"))


# The Python the tests run, and the Python QGIS desktop runs on this Debian machine (with Debian's older pip),
# as the installer finds it from QGIS's executable.
QGIS_PYTHONS = [Path(sys.executable)] + pip_install.python_candidates(
    platform="linux", executable="/usr/bin/qgis", exec_prefix="/usr", base_executable=None)[:1]


@pytest.mark.parametrize("python", [path for path in QGIS_PYTHONS if path.is_file()], ids=str)
def test_install_from_local_index_then_offline_leaves_nothing_behind(tmp_path, package_index, python):
    profile = tmp_path / "profile"
    folder = requirements.dependencies_folder(profile)
    lines, fractions = [], []
    local = functools.partial(local_install, python=python)

    first = local(["dtwin-dep==1.0"], folder, package_index.url, on_line=lines.append, on_progress=fractions.append)
    assert first.installed == ["dtwin-dep==1.0"]
    assert first.bytes_added > 0 and any("dtwin-dep" in line for line in lines)
    assert fractions[-1] == 1.0 and fractions == sorted(fractions)

    # dtwin-tiny needs dtwin-dep (now in our folder: pip must see it) and numpy (QGIS's: never reinstalled)
    second = local(["dtwin-tiny==1.0"], folder, package_index.url)
    assert second.installed == ["dtwin-tiny==1.0"]
    assert not any(name.startswith("numpy") for name in tree(folder))
    assert {"dtwinns/dep.py", "dtwinns/tiny.py"} <= set(tree(folder))  # the shared folder was merged
    assert requirements.add_to_sys_path(folder)
    try:
        from dtwinns import tiny

        assert tiny.DOUBLE == "depdep" and Path(tiny.__file__).parent.parent == folder
    finally:
        sys.path.remove(str(folder))
        for name in ("dtwinns", "dtwinns.tiny", "dtwinns.dep"):
            sys.modules.pop(name, None)

    before = tree(folder)
    with pytest.raises(InstallError) as error:  # no wheel for this platform
        local(["dtwin-native==1.0"], folder, package_index.url)
    assert error.value.kind == "no_wheel" and "dtwin-native==1.0" in str(error.value)

    package_index.stop()
    with pytest.raises(InstallError) as error:
        local(["dtwin-other==1.0"], folder, package_index.url)
    assert error.value.kind == "offline"
    assert str(error.value).startswith(f"The package index ({package_index.url}) could not be reached")
    assert tree(folder) == before
    assert sorted(path.name for path in folder.parent.iterdir()) == ["digital_twin"]  # no staging left


def test_unreachable_proxy_is_named(tmp_path):
    closed_port = free_port()
    folder = requirements.dependencies_folder(tmp_path)
    with pytest.raises(InstallError) as error:  # the proxy resolves the index's name: it need not exist
        pip_install.install(["dtwin-dep==1.0"], python=Path(sys.executable), folder=folder, installed={},
                            options=PipOptions(index_url="https://index.invalid/simple/", retries=1, timeout_s=5,
                                               proxy_url=f"http://127.0.0.1:{closed_port}", use_cache=False,
                                               extra_args=("--isolated",)))
    assert error.value.kind == "proxy" and f"127.0.0.1:{closed_port}" in str(error.value)
    assert list(folder.parent.iterdir()) == []


def test_cancel_kills_pip_and_leaves_nothing(tmp_path, package_index):
    folder = requirements.dependencies_folder(tmp_path)
    lines = []
    with pytest.raises(Cancelled):
        local_install(["dtwin-tiny==1.0"], folder, package_index.url, on_line=lines.append,
                      is_cancelled=lambda: bool(lines))
    assert not folder.exists() and list(folder.parent.iterdir()) == []


@pytest.mark.skipif(not hasattr(sys, "getwindowsversion") and __import__("os").geteuid() == 0,
                    reason="root may write anywhere")
def test_unwritable_profile_is_a_permissions_message(tmp_path, package_index):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(InstallError) as error:
            local_install(["dtwin-dep==1.0"], requirements.dependencies_folder(locked), package_index.url)
        assert error.value.kind == "permissions"
    finally:
        locked.chmod(0o700)


def value_after(args, flag):
    return args[args.index(flag) + 1]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_every_requirement_names_the_features_it_serves():
    keys = {requirement.key for requirement in requirements.read_requirements().requirements}
    assert keys == set(requirements.FEATURES_BY_PACKAGE)


@pytest.mark.parametrize(("settings", "expected"), [
    ({"enabled": True, "proxy_type": "HttpProxy", "host": "proxy.city.lg.jp", "port": 8080},
     "http://proxy.city.lg.jp:8080"),
    ({"enabled": True, "proxy_type": "HttpCachingProxy", "host": "p", "port": "3128", "user": "tanaka",
      "password": "p@ss:w/rd"}, "http://tanaka:p%40ss%3Aw%2Frd@p:3128"),
    ({"enabled": True, "proxy_type": "Socks5Proxy", "host": "s", "port": 1080}, "socks5://s:1080"),
    ({"enabled": True, "proxy_type": "DefaultProxy", "host": "", "port": 0}, None),
    ({"enabled": False, "proxy_type": "HttpProxy", "host": "p", "port": 8080}, None),
])
def test_qgis_proxy_settings_become_pips_proxy(settings, expected):
    assert pip_install.proxy_url(**settings) == expected


def test_missing_submodule_names_the_pip_package():
    from digital_twin.plugin import dependencies
    from digital_twin.plugin.errors import MissingDependencyError

    assert dependencies.pip_name("google.transit.gtfs_realtime_pb2") == "gtfs-realtime-bindings"
    assert dependencies.pip_name("scipy.sparse.csgraph") == "scipy"
    assert dependencies.pip_name("unknown_thing.sub") == "unknown_thing"
    with pytest.raises(MissingDependencyError) as error:
        dependencies.require("google.transit.no_such_module", "GTFS-Realtime feeds")
    assert "'gtfs-realtime-bindings'" in str(error.value) and "google.transit.no" not in str(error.value).split("(")[0]


def test_staging_of_another_running_install_is_kept_and_a_dead_ones_swept(tmp_path):
    """Two QGIS instances can install at once: one must never delete the other's staging folder; a folder whose QGIS
    died (SIGKILL, a crash) is swept by the next install."""
    import subprocess
    import sys

    from digital_twin.plugin.installer import pip_install
    from digital_twin.plugin.safe_io import PID_END

    folder = tmp_path / "python" / "digital_twin"
    folder.parent.mkdir(parents=True)
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    try:
        running = folder.parent / f"{pip_install.STAGING_PREFIX}{alive.pid}{PID_END}abc"
        crashed = folder.parent / f"{pip_install.STAGING_PREFIX}{dead.pid}{PID_END}def"
        for staging in (running, crashed):
            (staging / "site").mkdir(parents=True)
        site = tmp_path / "new_site"
        (site / "package").mkdir(parents=True)
        (site / "package" / "__init__.py").write_text("VALUE = 1\n")
        pip_install.move_into_place(site, folder)
        assert (folder / "package" / "__init__.py").read_text() == "VALUE = 1\n"
        assert running.is_dir() and not crashed.exists()
    finally:
        alive.kill()
        alive.wait()
