"""Import optional Python packages with an install hint instead of a traceback.

A QGIS desktop user installs the plugin from a zip; the packages come with pip. When one is missing, the feature
that needs it says exactly which command installs it, and everything else keeps working.
"""

import importlib

from .errors import MissingDependencyError, Words

# import name -> pip requirement
PIP_NAMES = {
    "lxml": "lxml",
    "numpy": "numpy<2",
    "scipy": "scipy",
    "shapely": "shapely",
    "pyproj": "pyproj",
    "laspy": "laspy[lazrs]",
    "lazrs": "lazrs",
    "pvlib": "pvlib",
    "google.transit": "gtfs-realtime-bindings",
    "google.protobuf": "protobuf",
    "pandas": "pandas",
    "skimage": "scikit-image",
    "numba": "numba",
    "dask": "dask",
    "distributed": "distributed",
    "pyarrow": "pyarrow",
}


def pip_name(module_name):
    """The pip requirement for a module or any submodule of it ("google.transit.gtfs_realtime_pb2" ->
    "gtfs-realtime-bindings", "scipy.sparse" -> "scipy")."""
    parts = module_name.split(".")
    for length in range(len(parts), 0, -1):
        package = PIP_NAMES.get(".".join(parts[:length]))
        if package is not None:
            return package
    return parts[0]


def require(module_name, feature):
    """Import and return ``module_name``, or raise MissingDependencyError naming the pip command."""
    try:
        return importlib.import_module(module_name)
    except ImportError as exc:
        raise missing_dependency(module_name, feature, exc) from exc


def missing_dependency(module_name, feature, reason):
    """The MissingDependencyError for ``module_name`` (its pip requirement and install command)."""
    return MissingDependencyError(
        "{feature} needs the Python package '{package}', which is not installed ({exc}). Install it from the menu "
        "Digital Twin > Install Python packages… (or: python3 -m pip install \"{package}\"), then restart QGIS.",
        feature=Words(feature), package=pip_name(module_name), exc=reason)


def as_missing_dependency(exc, feature):
    """For an ImportError of an optional package (one in PIP_NAMES), the MissingDependencyError a user reads
    instead of its traceback; None for any other error. The net under imports not made through require()."""
    name = getattr(exc, "name", None) or ""
    known = [module for module in PIP_NAMES if name == module or name.startswith(module + ".")]
    return missing_dependency(name, feature, exc) if known else None
