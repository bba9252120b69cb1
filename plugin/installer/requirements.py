"""Which of the plugin's pinned requirements are missing, and where the installer puts them.

Packages go into ``<profile>/python/dependencies/digital_twin``, which the plugin appends to the END of ``sys.path``:
whatever QGIS's own Python already has (GDAL, PyQt, numpy, pyproj, shapely, lxml...) is found first and is never
shadowed, so only what is missing from the whole environment is ever installed.
"""

import importlib.metadata
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

PLUGIN_ROOT = Path(__file__).resolve().parent.parent.parent
REQUIREMENTS_PATH = PLUGIN_ROOT / "requirements.txt"
CONSTRAINTS_PATH = PLUGIN_ROOT / "constraints.txt"
DEPENDENCIES_FOLDER = ("python", "dependencies", "digital_twin")  # under the QGIS profile folder

# Distributions that share QGIS's own C libraries (GDAL, PROJ, Qt) or are QGIS itself: pip must never install
# them, even when QGIS lacks them (a second PROJ or Qt in the process crashes QGIS); they come with QGIS or from the
# system's packages. numpy, shapely and lxml are installed only where QGIS lacks them (the rule for every package).
FROM_QGIS_ONLY = ("gdal", "pyqt5", "pyqt5-sip", "pyqt6", "pyqt6-sip", "qgis", "pyproj")
# Which features each requirement serves (feature ids; the dialog shows their translated names).
FEATURES_BY_PACKAGE = {
    "numpy": ("citygml", "flood", "solar", "barrierfree", "pointcloud"),
    "lxml": ("citygml", "sample"),
    "shapely": ("flood", "solar", "barrierfree", "realtime"),
    "scipy": ("flood", "barrierfree", "sample"),
    "laspy": ("pointcloud", "sample"),
    "lazrs": ("pointcloud",),
    "pvlib": ("solar",),
    "pandas": ("solar",),
    "gtfs-realtime-bindings": ("realtime", "sample"),
    "protobuf": ("realtime", "sample"),
    "scikit-image": ("flood",),
    "numba": ("flood",),
    "pikepdf": ("maps",),
    "dask": ("batch",),
    "distributed": ("batch",),
    "pyarrow": ("batch",),  # GeoParquet output of batch runs
}
_PLAIN_VERSION = re.compile(r"^[0-9]+(\.[0-9]+)*([.+!-]?[A-Za-z0-9]+)*$")  # PEP 440-like; pip rejects the others

_REQUIREMENT = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?P<extras>\[[^\]]*\])?\s*(?P<spec>[^;#]*)")


def normalize(name: str) -> str:
    """The PEP 503 form of a distribution name: ``Scikit_Image`` -> ``scikit-image``."""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True)
class Requirement:
    name: str  # as written in requirements.txt
    text: str  # what pip gets, e.g. "laspy[lazrs]==2.7.0"

    @property
    def key(self):
        return normalize(self.name)

    @property
    def up_to_pin(self):
        """What the installer asks pip for: the pinned version or the newest older one that fits what QGIS has
        ("shapely==2.2.0" -> "shapely<=2.2.0": shapely 2.2 needs numpy 1.26, Debian's QGIS has numpy 1.24)."""
        return re.sub(r"(?<![<>=!~])==(?!=)", "<=", self.text, count=1)


@dataclass(frozen=True)
class Requirements:
    requirements: tuple  # of Requirement
    no_binary: tuple  # normalized names requirements.txt wants built from source ("--no-binary shapely")


def read_requirements(path: Path = REQUIREMENTS_PATH) -> Requirements:
    """The requirement lines of a pip requirements file, and its ``--no-binary`` names."""
    requirements, no_binary = [], []
    for line_number, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("--no-binary"):
            names = line[len("--no-binary"):].strip(" =")
            no_binary.extend(normalize(name) for name in names.split(",") if name.strip())
            continue
        match = _REQUIREMENT.match(line)
        if line.startswith("-") or match is None:
            raise InputError("Cannot read this requirement: '{text}'", path=path, line=line_number, text=line)
        requirements.append(Requirement(match["name"], line))
    return Requirements(tuple(requirements), tuple(no_binary))


def installed_versions(paths=None) -> dict:
    """{normalized name: version} of every distribution found on ``paths`` (default ``sys.path``)."""
    found = {}
    for distribution in importlib.metadata.distributions(path=list(sys.path if paths is None else paths)):
        name = distribution.metadata["Name"]
        if name:
            found.setdefault(normalize(name), distribution.version)  # the first one on the path is the one imported
    return found


def missing_requirements(requirements, installed: dict) -> list:
    """The requirements (Requirement list) no distribution on the path provides (any version: what QGIS has is
    never replaced)."""
    return [requirement for requirement in requirements if requirement.key not in installed]


def constraint_lines(constraints_text: str, installed: dict) -> list:
    """constraints.txt's lines for packages QGIS's Python lacks ("numpy<2" matters only where the installer would
    install numpy; where QGIS has numpy, that version is kept, whatever it is), then every installed version."""
    kept = [line for line in constraints_text.splitlines()
            if line.strip() and not line.startswith("#") and _name_of(line) not in installed]
    return kept + installed_constraints(installed)


def _name_of(line):
    match = _REQUIREMENT.match(line.strip())
    return normalize(match["name"]) if match else ""


def installed_constraints(installed: dict) -> list:
    """``name==version`` for every distribution already on the path: pip must resolve against exactly those.

    Our folder comes last on ``sys.path``, so an upgrade installed there would be shadowed by the old version and
    break its dependants; pinning makes pip either fit what is there or say which package conflicts.
    """
    return [f"{name}=={version}" for name, version in sorted(installed.items()) if _PLAIN_VERSION.match(version)]


def dependencies_folder(profile_folder) -> Path:
    """The folder the plugin owns in a QGIS profile (``QgsApplication.qgisSettingsDirPath()``)."""
    return Path(profile_folder).joinpath(*DEPENDENCIES_FOLDER)


def add_to_sys_path(folder) -> bool:
    """Append the dependencies folder to ``sys.path`` (last: never shadows QGIS's packages). True if it was added."""
    folder = str(folder)
    if folder in sys.path or not Path(folder).is_dir():
        return False
    sys.path.append(folder)
    importlib.invalidate_caches()
    return True
