"""Sun positions by NREL's Solar Position Algorithm (Reda & Andreas 2004) through pvlib."""

import numpy as np

from ..dependencies import require


def sun_positions(times, latitude, longitude, altitude=0.0, pressure=None, temperature=12.0, delta_t=67.0):
    """Apparent elevation and azimuth (degrees, azimuth clockwise from north) for tz-aware ``times``.

    ``pressure`` in Pa (default: standard atmosphere at ``altitude``), ``temperature`` in °C (refraction),
    ``delta_t`` in seconds (TT - UT1).
    """
    pvlib = require("pvlib", "Solar irradiance")
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
