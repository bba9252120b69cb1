"""Sun positions by NREL's Solar Position Algorithm (Reda & Andreas 2004) through pvlib."""

import sys
import types

import numpy as np

from ..dependencies import require


def load_pvlib():
    """pvlib, even where its h5py import breaks.

    pvlib imports h5py at start-up (only for its Linke turbidity file, which we do not use). Inside qgis_process and
    QGIS, GDAL has already loaded the system HDF5 library and a pip-installed h5py then fails with "Not a datatype"
    (a ValueError, not an ImportError). In that case we import pvlib with a placeholder h5py that refuses to be used.
    """
    try:
        return require("pvlib", "Solar irradiance")
    except ValueError:
        for name in [name for name in sys.modules if name.split(".")[0] in ("pvlib", "h5py")]:
            del sys.modules[name]
        placeholder = types.ModuleType("h5py")
        placeholder.__getattr__ = _h5py_unavailable
        sys.modules["h5py"] = placeholder
        return require("pvlib", "Solar irradiance")


def _h5py_unavailable(name):
    if name.startswith("__"):  # module bookkeeping (QGIS's import hook looks at __file__ and friends)
        raise AttributeError(name)
    raise ImportError("h5py cannot load here (its HDF5 library clashes with GDAL's)")


def sun_positions(times, latitude, longitude, altitude=0.0, pressure=None, temperature=12.0, delta_t=67.0):
    """Apparent elevation and azimuth (degrees, azimuth clockwise from north) for tz-aware ``times``.

    ``pressure`` in Pa (default: standard atmosphere at ``altitude``), ``temperature`` in °C (refraction),
    ``delta_t`` in seconds (TT - UT1).
    """
    pvlib = load_pvlib()
    if pressure is None:
        pressure = pvlib.atmosphere.alt2pres(altitude)
    position = pvlib.solarposition.get_solarposition(
        times, latitude, longitude, altitude=altitude, pressure=pressure, method="nrel_numpy",
        temperature=temperature, delta_t=delta_t)
    return position[["apparent_elevation", "apparent_zenith", "azimuth"]]


def noon_elevation(day, latitude, longitude, timezone="Asia/Tokyo"):
    """Highest apparent sun elevation (degrees) of a calendar ``day`` ('YYYY-MM-DD'), searched minute by minute."""
    pd = require("pandas", "Solar irradiance")
    times = pd.date_range(f"{day} 00:00", periods=24 * 60, freq="min", tz=timezone)
    return float(np.max(sun_positions(times, latitude, longitude)["apparent_elevation"].to_numpy()))
