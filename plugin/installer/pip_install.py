"""Install missing requirements with pip, run by the Python QGIS itself runs, through a staging folder.

Two pip runs: ``install --dry-run --report`` resolves the missing requirements against everything QGIS's Python
already has (pinned to the installed versions, so nothing there is upgraded or duplicated), then
``install --no-deps --target <staging>`` installs exactly the resolved list. Only when pip succeeds are the new
entries moved into the dependencies folder; a failure or Cancel deletes the staging folder, so nothing is ever half
installed. pip's output becomes one clear message per kind of failure.
"""

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Cancelled, DigitalTwinError
from ..safe_io import temporary_folder
from .requirements import CONSTRAINTS_PATH, FROM_QGIS_ONLY, constraint_lines, normalize

STAGING_PREFIX = ".digital_twin-staging-"  # beside the dependencies folder: same disk, so moving is a rename
POLL_S = 0.2  # how often a running pip is checked for Cancel
VERSION_CHECK_TIMEOUT_S = 20
PYTHON_NAMES = ("python", "python3")
DEFAULT_INDEX = "https://pypi.org/simple"
BASE_EXECUTABLE = getattr(sys, "_base_executable", None)  # the Python a venv or an embedding was made from

# sys.platform prefix -> where the Python QGIS runs lives, relative to (executable folder, exec_prefix);
# ``{minor}`` is sys.version_info.minor. sys.executable inside QGIS is the qgis binary, not python.
PYTHON_PLACES = {
    # OSGeo4W: <root>/bin/qgis-bin.exe, <root>/apps/Python312/python.exe, <root>/bin/python3.exe;
    # the standalone installer has the same layout under "C:\Program Files\QGIS 3.40.x".
    "win32": (("exec_prefix", "python.exe"), ("executable_dir", "python3.exe"), ("executable_dir", "python.exe")),
    # The official bundle: QGIS.app/Contents/MacOS/QGIS and QGIS.app/Contents/MacOS/bin/python3.
    "darwin": (("executable_dir", "bin/python3"), ("exec_prefix", "bin/python3.{minor}"),
               ("exec_prefix", "bin/python3")),
    # Debian/Ubuntu, Fedora, Arch: the system Python QGIS links.
    "linux": (("exec_prefix", "bin/python3.{minor}"), ("exec_prefix", "bin/python3"), ("root", "usr/bin/python3")),
}

# pip's words -> one message per kind of failure. Checked in this order: a proxy failure also prints connection
# errors, and an offline run ends with "No matching distribution", so the specific kinds come first.
FAILURES = (
    ("proxy", ("ProxyError", "407 Proxy Authentication", "Tunnel connection failed", "Cannot connect to proxy"),
     "The proxy set in QGIS (Settings > Options > Network: {proxy}) refused or could not be reached. "
     "Check the proxy settings, then try again."),
    ("offline", ("NewConnectionError", "Failed to establish a new connection", "Temporary failure in name resolution",
                 "Name or service not known", "getaddrinfo failed", "Network is unreachable", "Connection refused",
                 "ConnectTimeoutError", "Read timed out", "No route to host", "ConnectionResetError"),
     "The package index ({index}) could not be reached: this computer seems to be offline. "
     "Connect to the internet, then try again."),
    ("permissions", ("Permission denied", "PermissionError", "Access is denied", "[Errno 13]", "[WinError 5]",
                     "Read-only file system"),
     "No permission to write to {folder}. Check that the folder is writable, then try again."),
    ("disk", ("No space left on device", "[Errno 28]", "not enough space on the disk"),
     "Not enough free disk space for {folder} (the packages take about 400 MB). Free some space, then try again."),
    ("conflict", ("ResolutionImpossible", "conflicting dependencies", "Cannot install"),
     "The packages need versions that conflict with those QGIS already has: {detail}"),
    ("build", ("Failed to build", "Failed building wheel", "metadata-generation-failed"),
     "{detail} must be built from source on this computer, and that failed. Install it with the system's "
     "package manager instead (Debian/Ubuntu: sudo apt install python3-shapely), then try again."),
    ("no_wheel", ("No matching distribution found", "Could not find a version that satisfies"),
     "There is no ready-made package for this computer ({platform}, Python {python_version}): {detail}"),
    ("no_pip", ("No module named pip",),
     "QGIS's Python ({python}) has no pip. Install it (Debian/Ubuntu: sudo apt install python3-pip), then try again."),
)
DETAIL_PATTERNS = {  # the words a message quotes from pip's output
    "conflict": re.compile(r"(The conflict is caused by:.*|Cannot install .*)"),
    "build": re.compile(r"(?:Failed to build|Failed building wheel for)\s+([A-Za-z0-9._-]+)"),
    "no_wheel": re.compile(r"No matching distribution found for\s+(\S+)"),
}


class InstallError(DigitalTwinError):
    """An install that failed; ``kind`` names the failure ("offline", "proxy"...), ``log`` holds pip's output."""

    def __init__(self, message, kind="failed", log="", **values):
        self.kind = kind
        self.log = log
        super().__init__(message, **values)


@dataclass
class PipOptions:
    index_url: str = None  # None: pip's default (PyPI, or the user's pip.conf)
    proxy_url: str = None  # "http://user:password@host:port", from QGIS's network settings
    retries: int = 2
    timeout_s: int = 30
    use_cache: bool = True
    no_binary: tuple = ()  # normalized names to build from source (requirements.txt "--no-binary"; Linux only)
    extra_args: tuple = ()


@dataclass
class InstallResult:
    installed: list  # ["name==version", ...]
    folder: Path
    seconds: float
    bytes_added: int
    log: list = field(default_factory=list)


# QGIS's proxy setting (Settings > Options > Network) -> pip's --proxy. "DefaultProxy" is the system's, which pip
# finds itself (HTTPS_PROXY, or the OS settings on Windows and macOS): no --proxy then.
PROXY_SCHEMES = {"HttpProxy": "http", "HttpCachingProxy": "http", "Socks5Proxy": "socks5"}


def proxy_url(*, enabled, proxy_type, host, port, user="", password="") -> str:
    """pip's ``--proxy`` URL for QGIS's proxy settings, or None when pip should use the system's."""
    scheme = PROXY_SCHEMES.get(proxy_type)
    if not enabled or not scheme or not host:
        return None
    credentials = ""
    if user:
        credentials = urllib.parse.quote(user, safe="")
        credentials += (":" + urllib.parse.quote(password, safe="")) if password else ""
        credentials += "@"
    return f"{scheme}://{credentials}{host}" + (f":{int(port)}" if port else "")


# The Python QGIS runs ---------------------------------------------------------------------------------------------
def python_candidates(*, platform=sys.platform, executable=sys.executable, exec_prefix=sys.exec_prefix,
                      base_executable=BASE_EXECUTABLE, version_info=sys.version_info,
                      root="/") -> list:
    """Where the Python QGIS runs may be, most likely first (only paths; ``find_python`` checks them)."""
    candidates = []
    if executable and Path(executable).name.lower().split(".")[0].rstrip("0123456789.") in PYTHON_NAMES:
        candidates.append(Path(executable))  # a plain Python (tests, qgis_process run by python)
    bases = {"executable_dir": Path(executable).parent if executable else None, "exec_prefix": Path(exec_prefix),
             "root": Path(root)}
    key = next((prefix for prefix in PYTHON_PLACES if platform.startswith(prefix)), "linux")
    for base, relative in PYTHON_PLACES[key]:
        if bases[base] is not None:
            candidates.append(bases[base] / relative.format(minor=version_info[1]))
    if base_executable:
        candidates.append(Path(base_executable))
    unique = []
    for candidate in candidates:
        if candidate not in unique:
            unique.append(candidate)
    return unique


def find_python(candidates, version_info=sys.version_info, run=subprocess.run, exec_prefix=sys.exec_prefix) -> Path:
    """The first candidate that runs the same Python version as QGIS (pip installs for that version), preferring one
    of QGIS's own installation (same ``sys.exec_prefix``): inside QGIS, sys.executable can be whatever "python3" is
    first on PATH, e.g. a pyenv shim running another Python 3.x of the same minor version."""
    wanted = f"{version_info[0]}.{version_info[1]}"
    same_version = []
    for candidate in candidates:
        if not Path(candidate).is_file():
            continue
        try:
            answer = run([str(candidate), "-c", "import sys; print('%d.%d' % sys.version_info[:2]); "
                                                "print(sys.exec_prefix)"],
                         capture_output=True, text=True, timeout=VERSION_CHECK_TIMEOUT_S, **_hidden_window())
        except (OSError, subprocess.SubprocessError):
            continue
        version, _, prefix = answer.stdout.strip().partition("\n")
        if answer.returncode != 0 or version.strip() != wanted:
            continue
        if _same_folder(prefix.strip(), exec_prefix):
            return Path(candidate)
        same_version.append(Path(candidate))
    if same_version:
        return same_version[0]
    raise InstallError("Cannot find the Python {version} that QGIS runs (looked at: {paths}).", kind="no_python",
                       version=wanted, paths=", ".join(str(path) for path in candidates))


def _same_folder(first, second):
    try:
        return bool(first) and os.path.samefile(first, second)
    except OSError:
        return False


def _hidden_window():
    """Windows: run pip without flashing a console window."""
    return {"creationflags": subprocess.CREATE_NO_WINDOW} if sys.platform == "win32" else {}


def index_in_use(options: PipOptions, environ=os.environ) -> str:
    """The index pip asks: the option, else the user's PIP_INDEX_URL (a mirror set for pip), else PyPI."""
    return options.index_url or environ.get("PIP_INDEX_URL") or DEFAULT_INDEX


# pip's command lines ------------------------------------------------------------------------------------------------
def common_args(options: PipOptions) -> list:
    args = ["--disable-pip-version-check", "--no-input", "--progress-bar", "off",
            "--retries", str(options.retries), "--timeout", str(options.timeout_s), "--only-binary", ":all:"]
    if options.no_binary:
        args += ["--no-binary", ",".join(options.no_binary)]  # wins over --only-binary for these names
    if options.index_url:
        args += ["--index-url", options.index_url]
    if options.proxy_url:
        args += ["--proxy", options.proxy_url]
    if not options.use_cache:
        args.append("--no-cache-dir")
    return args + list(options.extra_args)


def resolve_command(python, requirement_texts, *, report_path, constraints_path, options: PipOptions) -> list:
    """pip resolves what to install against the installed packages and writes the list as JSON; installs nothing."""
    return [str(python), "-u", "-m", "pip", "install", "--dry-run", "--report", str(report_path),
            "--constraint", str(constraints_path), *common_args(options), *requirement_texts]


def install_command(python, pins, *, target, options: PipOptions) -> list:
    """pip installs exactly the resolved ``name==version`` list into ``target``."""
    return [str(python), "-u", "-m", "pip", "install", "--no-deps", "--target", str(target),
            *common_args(options), *pins]


def pip_environment(search_paths=(), base=None) -> dict:
    """The environment pip runs in: it sees ``search_paths`` (QGIS's site folders, our folder) as installed."""
    env = dict(os.environ if base is None else base)
    paths = [str(path) for path in search_paths] + [part for part in env.get("PYTHONPATH", "").split(os.pathsep)
                                                    if part]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    env.update(PYTHONIOENCODING="utf-8", PIP_DISABLE_PIP_VERSION_CHECK="1", PYTHONNOUSERSITE="1")
    return env


# Running pip ------------------------------------------------------------------------------------------------------
def run_pip(command, *, env, on_line=None, is_cancelled=None) -> tuple:
    """Run pip, passing each output line to ``on_line``; (exit code, lines). Cancel kills pip and raises Cancelled."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               env=env, text=True, encoding="utf-8", errors="replace", **_hidden_window())
    lines, pending = [], queue.Queue()
    reader = threading.Thread(target=lambda: [pending.put(line) for line in process.stdout], daemon=True)
    reader.start()
    try:
        while process.poll() is None or reader.is_alive() or not pending.empty():
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            try:
                line = pending.get(timeout=POLL_S).rstrip()
            except queue.Empty:
                continue
            lines.append(line)
            if on_line is not None:
                on_line(line)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        reader.join(timeout=5)
        process.stdout.close()
    return process.returncode, lines


def classify_failure(lines, proxy_url=None, **values) -> InstallError:
    """The one message that says what went wrong, from pip's output; ``values`` fill the templates."""
    text = "\n".join(lines)
    proxy_words = proxy_markers(proxy_url)
    for kind, words, template in FAILURES:
        if any(word in text for word in words + (proxy_words if kind == "proxy" else ())):
            pattern = DETAIL_PATTERNS.get(kind)
            found = pattern.findall(text) if pattern else []
            detail = ", ".join(dict.fromkeys(found)) if found else _last_error_line(lines)
            return InstallError(template, kind=kind, log=text, **{**values, "detail": detail})
    return InstallError("pip failed: {detail}", kind="failed", log=text, detail=_last_error_line(lines))


def proxy_markers(proxy_url) -> tuple:
    """How pip names the proxy when it cannot connect to it (recent urllib3 says "HTTPSConnection(host='h', port=p)"
    rather than ProxyError). Only host and port: the URL may hold a password, which no message may show."""
    if not proxy_url:
        return ()
    parsed = urllib.parse.urlsplit(proxy_url)
    port = parsed.port or 8080
    return (f"host='{parsed.hostname}', port={port})", f"{parsed.hostname}:{port}")


def _last_error_line(lines):
    errors = [line.strip() for line in lines if line.strip().startswith("ERROR")]
    meaningful = errors or [line.strip() for line in lines if line.strip()]
    return meaningful[-1] if meaningful else "no output"


# The install --------------------------------------------------------------------------------------------------------
def install(requirement_texts, *, python, folder, installed, options: PipOptions, search_paths=(),
            on_line=None, on_progress=None, is_cancelled=None) -> InstallResult:
    """Install ``requirement_texts`` (and what they need that is missing) into ``folder``, all or nothing.

    ``installed`` is {name: version} of what QGIS's Python has (``requirements.installed_versions()``): pip keeps
    those versions. Raises InstallError (one clear message) or Cancelled; either way nothing is left behind.
    """
    started = time.monotonic()
    folder = Path(folder)
    log = []

    def report_line(line):
        log.append(line)
        if on_line is not None:
            on_line(line)

    def progress(fraction):
        if on_progress is not None:
            on_progress(fraction)

    proxy_words = proxy_markers(options.proxy_url)
    values = {"index": index_in_use(options), "proxy_url": options.proxy_url,
              "proxy": proxy_words[-1] if proxy_words else "none",
              "folder": folder, "python": python, "platform": sys.platform,
              "python_version": f"{sys.version_info[0]}.{sys.version_info[1]}"}
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        # named after our process: a crashed QGIS's folder is swept by the next install, never a running one's
        with temporary_folder(STAGING_PREFIX, folder.parent) as staging:
            env = pip_environment([*search_paths, folder])
            constraints = staging / "constraints.txt"
            constraints.write_text("\n".join(constraint_lines(CONSTRAINTS_PATH.read_text(encoding="utf-8"),
                                                               installed)) + "\n", encoding="utf-8")
            report = staging / "report.json"
            progress(0.05)
            code, lines = run_pip(resolve_command(python, requirement_texts, report_path=report,
                                                  constraints_path=constraints, options=options),
                                  env=env, on_line=report_line, is_cancelled=is_cancelled)
            if code != 0 or not report.is_file():
                raise classify_failure(lines, **values)
            pins = resolved_pins(json.loads(report.read_text(encoding="utf-8")))
            progress(0.3)
            bytes_added = 0
            if pins:
                done = []

                def count_line(line):
                    report_line(line)
                    if line.startswith("Collecting "):
                        done.append(line)
                        progress(0.3 + 0.6 * len(done) / len(pins))

                code, lines = run_pip(install_command(python, pins, target=staging / "site", options=options),
                                      env=env, on_line=count_line, is_cancelled=is_cancelled)
                if code != 0:
                    raise classify_failure(lines, **values)
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled()
                bytes_added = folder_size(staging / "site")
                move_into_place(staging / "site", folder)
        progress(1.0)
        return InstallResult(pins, folder, time.monotonic() - started, bytes_added, log)
    except OSError as exc:
        raise classify_failure([str(exc)], **values) from exc


def resolved_pins(report: dict) -> list:
    """``name==version`` for each package pip's report would install; never one that must come with QGIS."""
    pins, refused = [], []
    for item in report.get("install", []):
        name, version = item["metadata"]["name"], item["metadata"]["version"]
        (refused if normalize(name) in FROM_QGIS_ONLY else pins).append(f"{name}=={version}")
    if refused:
        raise InstallError("{packages} must come with QGIS or the system's packages (they share QGIS's own "
                           "libraries); the plugin's installer never installs them.", kind="from_qgis",
                           packages=", ".join(refused))
    return pins


def move_into_place(staging_site: Path, folder: Path):
    """Move the new files from the staging folder into ``folder``, merging folders both have (``google/`` holds
    protobuf and gtfs-realtime-bindings, possibly installed at different times); if a move fails, undo them all."""
    folder.mkdir(parents=True, exist_ok=True)
    moved, set_aside = [], []  # what is new in ``folder``; (original, where it was kept) of what was replaced
    with temporary_folder(STAGING_PREFIX, folder.parent) as backup:
        try:
            _merge(staging_site, folder, backup, moved, set_aside)
        except OSError:
            for destination in reversed(moved):
                shutil.rmtree(destination, ignore_errors=True) if destination.is_dir() else destination.unlink()
            for original, aside in set_aside:
                os.replace(aside, original)
            raise


def _merge(source: Path, destination: Path, backup: Path, moved: list, set_aside: list):
    for entry in sorted(source.iterdir()):
        target = destination / entry.name
        if entry.is_dir() and target.is_dir():
            _merge(entry, target, backup, moved, set_aside)
            continue
        if target.exists():
            aside = backup / str(len(set_aside))
            os.replace(target, aside)
            set_aside.append((target, aside))
        os.replace(entry, target)
        moved.append(target)



def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in Path(folder).rglob("*") if path.is_file()) if Path(folder).exists() \
        else 0
