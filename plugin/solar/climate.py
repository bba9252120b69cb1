"""Hourly irradiance for a year at a site: an embedded Tokyo climate or a weather file.

Every source ends as a ``Sky``: per time step the sun position and the energy (Wh/m²) of beam on a horizontal
surface, diffuse horizontal and global horizontal, with GHI = beam + diffuse exactly (so an unobstructed flat roof
receives exactly the horizontal sum of the input).

Embedded climates (no file needed):
- ``tokyo_sunshine`` (default): clear-sky GHI by Ineichen-Perez (pvlib) with Tokyo's monthly Linke turbidity
  (pvlib's climatology file at Tokyo, embedded so that h5py is never needed), scaled per month by the
  Angstrom-Prescott ratio (a + b·n/N)/(a + b) with FAO-56's a = 0.25, b = 0.50, n = Tokyo's mean monthly
  sunshine hours (JMA normals 1991-2020, station Tokyo) and N the astronomically possible hours (FAO-56 eq. 34).
  Beam is the clear-sky beam for the sunshine fraction n/N of the time (the sun shines through or it does not);
  diffuse is the rest of the scaled GHI.
- ``plateau_transmissivity``: PLATEAU's clear-day model: monthly atmospheric transmissivity P, Bouguer beam
  DN = S0·P^m, Berlage diffuse DH = 0.5·S0·sin h·(1 - P^m)/(1 - 1.4·ln P), S0 = 1367 W/m², m = 1/sin h.
Weather files: CSV with a time column and GHI (and optionally DNI and DHI) in W/m², or EnergyPlus EPW.
"""

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..dependencies import require
from ..errors import InputError
from .sun import load_pvlib, sun_positions

SOLAR_CONSTANT = 1367.0
TOKYO = dict(latitude=35.6895, longitude=139.6917, altitude=25.0, timezone="Asia/Tokyo")
TOKYO_LINKE_TURBIDITY = (2.1, 2.05, 2.55, 2.95, 3.75, 3.8, 4.4, 4.35, 4.0, 3.25, 2.65, 2.15)
TOKYO_SUNSHINE_HOURS = (192.6, 170.4, 175.3, 178.8, 179.6, 124.2, 153.3, 174.3, 126.6, 133.1, 147.7, 173.8)
ANGSTROM_A, ANGSTROM_B = 0.25, 0.50
PLATEAU_TRANSMISSIVITY = (0.75, 0.72, 0.67, 0.64, 0.64, 0.62, 0.63, 0.64, 0.68, 0.71, 0.74, 0.75)
CLIMATES = ("tokyo_sunshine", "plateau_transmissivity")
MAX_BEAM_NORMAL = 1100.0  # W/m²: caps beam normal derived from GHI - DHI at grazing sun; the rest counts as diffuse


@dataclass
class Sky:
    """Time steps with the sun above the horizon carry beam; the others diffuse only. Energies in Wh/m²."""

    elevation: np.ndarray  # apparent sun elevation, degrees
    azimuth: np.ndarray  # degrees clockwise from north
    month: np.ndarray  # 1..12
    beam_horizontal: np.ndarray
    diffuse_horizontal: np.ndarray
    extraterrestrial: np.ndarray | None = None  # normal extraterrestrial irradiance, W/m² (for Perez)
    step_hours: float = 1.0

    @property
    def global_horizontal(self):
        return self.beam_horizontal + self.diffuse_horizontal

    @property
    def beam_normal(self):
        sin_elevation = np.sin(np.radians(np.maximum(self.elevation, 1e-3)))
        return np.where(self.beam_horizontal > 0, self.beam_horizontal / sin_elevation, 0.0)


def typical_year_times(timezone, year=2025):
    """Mid-points of the hours of a non-leap year, in ``timezone``."""
    pd = require("pandas", "Solar irradiance")
    return pd.date_range(f"{year}-01-01 00:30", periods=8760, freq="h", tz=timezone)


def sky_from_components(times, latitude, longitude, ghi, dhi, altitude=0.0, step_hours=1.0, position=None):
    """A Sky from mid-interval ``times`` and mean GHI/DHI (W/m²) over intervals of ``step_hours``; ``position``:
    the sun_positions() of ``times``, when the caller has computed them already (SPA is the costly part)."""
    if position is None:
        position = sun_positions(times, latitude, longitude, altitude)
    elevation = position["apparent_elevation"].to_numpy(float)
    ghi = np.nan_to_num(np.asarray(ghi, float)).clip(min=0.0) * step_hours
    dhi = np.minimum(np.nan_to_num(np.asarray(dhi, float)).clip(min=0.0) * step_hours, ghi)
    beam = np.where(elevation > 0, ghi - dhi, 0.0)
    cap = MAX_BEAM_NORMAL * step_hours * np.sin(np.radians(np.maximum(elevation, 0.0)))
    beam = np.minimum(beam, cap)
    extraterrestrial = np.asarray(load_pvlib().irradiance.get_extra_radiation(times), dtype=float)
    return Sky(elevation, position["azimuth"].to_numpy(float), np.asarray(times.month), beam, ghi - beam,
               extraterrestrial, step_hours)


def with_perez_circumsolar(sky):
    """The same sky with the diffuse split by Perez et al. (1990): the circumsolar part comes from the sun's
    direction, so it is shaded and projected on each roof like beam; the rest stays isotropic. The horizon
    brightening band (a few degrees above the horizon, mostly hidden in a city) is left out. GHI is unchanged."""
    pvlib = load_pvlib()
    zenith = 90.0 - sky.elevation
    up = (sky.elevation > 0) & (sky.diffuse_horizontal > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        parts = pvlib.irradiance.perez(
            surface_tilt=0.0, surface_azimuth=180.0, dhi=sky.diffuse_horizontal / sky.step_hours,
            dni=sky.beam_normal / sky.step_hours, dni_extra=sky.extraterrestrial, solar_zenith=zenith,
            solar_azimuth=sky.azimuth, airmass=pvlib.atmosphere.get_relative_airmass(np.where(up, zenith, 0.0)),
            return_components=True)
    circumsolar = np.where(up, np.nan_to_num(np.asarray(parts["poa_circumsolar"], dtype=float)), 0.0)
    circumsolar = np.clip(circumsolar * sky.step_hours, 0.0, sky.diffuse_horizontal)
    return Sky(sky.elevation, sky.azimuth, sky.month, sky.beam_horizontal + circumsolar,
               sky.diffuse_horizontal - circumsolar, sky.extraterrestrial, sky.step_hours)


def split_ghi_erbs(times, ghi, latitude, longitude, altitude=0.0):
    """DHI (W/m²) from GHI by the Erbs et al. (1982) diffuse fraction model (pvlib.irradiance.erbs)."""
    pvlib = load_pvlib()
    zenith = sun_positions(times, latitude, longitude, altitude)["apparent_zenith"]
    return pvlib.irradiance.erbs(np.asarray(ghi, float), zenith, times)["dhi"].to_numpy(float)


def possible_sunshine_hours(latitude, year=2025):
    """Astronomically possible sunshine hours per month (FAO-56 eqs. 24, 25, 34)."""
    days = np.arange(1, 366)
    declination = 0.409 * np.sin(2 * np.pi * days / 365 - 1.39)
    sunset_angle = np.arccos(np.clip(-math.tan(math.radians(latitude)) * np.tan(declination), -1, 1))
    daylength = 24 / np.pi * sunset_angle
    month_of_day = (np.datetime64(f"{year}-01-01") + days - 1).astype("datetime64[M]").astype(int) % 12
    return np.bincount(month_of_day, weights=daylength, minlength=12)


def tokyo_sunshine_sky(latitude=TOKYO["latitude"], longitude=TOKYO["longitude"], altitude=TOKYO["altitude"],
                       timezone=TOKYO["timezone"]):
    """Clear-sky Ineichen scaled by Tokyo's monthly sunshine (Angstrom-Prescott); beam for the sunshine fraction."""
    pvlib = load_pvlib()
    pd = require("pandas", "Solar irradiance")
    times = typical_year_times(timezone)
    position = sun_positions(times, latitude, longitude, altitude)  # the same SPA settings pvlib's Location uses
    turbidity = pd.Series(np.asarray(TOKYO_LINKE_TURBIDITY)[times.month - 1], index=times)
    clear = pvlib.location.Location(latitude, longitude, timezone, altitude).get_clearsky(
        times, model="ineichen", linke_turbidity=turbidity, solar_position=position)
    sunshine_ratio = np.asarray(TOKYO_SUNSHINE_HOURS) / possible_sunshine_hours(latitude)
    monthly_scale = (ANGSTROM_A + ANGSTROM_B * sunshine_ratio) / (ANGSTROM_A + ANGSTROM_B)
    month = times.month - 1
    ghi = clear["ghi"].to_numpy(float) * monthly_scale[month]
    clear_beam_horizontal = clear["ghi"].to_numpy(float) - clear["dhi"].to_numpy(float)
    dhi = ghi - clear_beam_horizontal * sunshine_ratio[month]
    return sky_from_components(times, latitude, longitude, ghi, dhi, altitude, position=position)


def plateau_transmissivity_sky(latitude=TOKYO["latitude"], longitude=TOKYO["longitude"], altitude=TOKYO["altitude"],
                               timezone=TOKYO["timezone"]):
    """PLATEAU's monthly transmissivity: Bouguer beam and Berlage diffuse (clear days)."""
    times = typical_year_times(timezone)
    position = sun_positions(times, latitude, longitude, altitude)
    elevation = position["apparent_elevation"].to_numpy(float)
    sin_h = np.sin(np.radians(np.maximum(elevation, 0.0)))
    transmissivity = np.asarray(PLATEAU_TRANSMISSIVITY)[times.month - 1]
    up = elevation > 0
    power = np.zeros_like(sin_h)
    power[up] = transmissivity[up] ** (1.0 / sin_h[up])
    beam_normal = SOLAR_CONSTANT * power
    diffuse = np.where(up, 0.5 * SOLAR_CONSTANT * sin_h * (1 - power) / (1 - 1.4 * np.log(transmissivity)), 0.0)
    ghi = beam_normal * sin_h + diffuse
    return sky_from_components(times, latitude, longitude, ghi, diffuse, altitude, position=position)


def embedded_sky(name, latitude=TOKYO["latitude"], longitude=TOKYO["longitude"], altitude=TOKYO["altitude"],
                 timezone=TOKYO["timezone"]):
    if name == "tokyo_sunshine":
        return tokyo_sunshine_sky(latitude, longitude, altitude, timezone)
    if name == "plateau_transmissivity":
        return plateau_transmissivity_sky(latitude, longitude, altitude, timezone)
    raise InputError("unknown climate '{name}'; choose one of {climates}", name=name, climates=', '.join(CLIMATES))


def weather_file_sky(path, latitude, longitude, altitude=0.0, timezone=TOKYO["timezone"]):
    """A Sky from a CSV (time + GHI [+ DNI, DHI]) or EPW weather file; GHI-only files are split by Erbs."""
    path = Path(path)
    if not path.is_file():
        raise InputError("weather file not found", path=path)
    if path.suffix.lower() == ".epw":
        return _epw_sky(path, latitude, longitude, altitude)
    times, ghi, dhi, step_hours = _read_weather_csv(path, timezone)
    if dhi is None:
        dhi = split_ghi_erbs(times, ghi, latitude, longitude, altitude)
    return sky_from_components(times, latitude, longitude, ghi, dhi, altitude, step_hours)


def _epw_sky(path, latitude, longitude, altitude):
    pvlib = load_pvlib()
    try:
        data, _meta = pvlib.iotools.read_epw(str(path), coerce_year=2025)
    except Exception as exc:  # pvlib raises assorted parsing errors; the user needs the file named
        raise InputError("not a readable EPW weather file ({exc})", path=path, exc=exc) from exc
    # EPW rows cover the hour ending at their hour; pvlib labels each row with the hour's start: take the middle
    times = data.index + np.timedelta64(30, "m")
    try:
        ghi, dhi = data["ghi"].to_numpy(float), data["dhi"].to_numpy(float)
    except (ValueError, TypeError) as exc:  # pvlib keeps a column with text in it as text
        raise InputError("the GHI or DHI column holds a value that is not a number ({error})", path=path,
                         error=exc) from exc
    return sky_from_components(times, latitude, longitude, ghi, dhi, altitude)


def _column(header, names, path, required):
    lowered = [name.strip().lower() for name in header]
    for name in names:
        if name in lowered:
            return lowered.index(name)
    if required:
        raise InputError("no column named {names} (columns: {header})", path=path, line=1, names=' or '.join(names),
                         header=', '.join(header))
    return None


def _read_weather_csv(path, timezone):
    """Times (mid-interval), GHI and DHI (or None) in W/m², and the time step in hours.

    A row's values are the mean over the interval that begins at its timestamp (naive timestamps are in
    ``timezone``). DNI, when present, is only checked: beam is GHI - DHI, so the horizontal sum is kept exactly.
    """
    pd = require("pandas", "Solar irradiance")
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
    except UnicodeDecodeError as exc:
        raise InputError("not UTF-8 text: save the table as CSV UTF-8", path=path) from exc
    if len(rows) < 3:
        raise InputError("a weather file needs a header line and at least two time steps", path=path)
    header = rows[0]
    time_col = _column(header, ("time", "timestamp", "datetime", "date"), path, True)
    ghi_col = _column(header, ("ghi", "global_horizontal"), path, True)
    dhi_col = _column(header, ("dhi", "diffuse_horizontal"), path, False)
    stamps, ghi, dhi = [], [], []
    for line, row in enumerate(rows[1:], start=2):
        if not row or not "".join(row).strip():
            continue
        try:
            stamp = pd.Timestamp(row[time_col])
            if pd.isna(stamp):  # an empty cell reads as NaT
                raise ValueError(row[time_col])
            stamps.append(stamp)
        except (ValueError, IndexError) as exc:
            raise InputError("not a date and time: {value!r}",
                             path=path, line=line, field=header[time_col],
                             value=row[time_col] if len(row) > time_col else '') from exc
        for values, col in ((ghi, ghi_col), (dhi, dhi_col)):
            if col is None:
                continue
            try:
                values.append(float(row[col]))
            except (ValueError, IndexError) as exc:
                raise InputError("not a number (W/m² expected)", path=path, line=line, field=header[col]) from exc
    try:
        index = pd.DatetimeIndex(stamps)
        index = index.tz_localize(timezone) if index.tz is None else index.tz_convert(timezone)
    except (ValueError, TypeError) as exc:  # a mix of time zones (or of zones and none), a time the zone skips
        raise InputError("the time stamps cannot be read as times in {zone} ({error})", path=path,
                         field=header[time_col], zone=timezone, error=exc) from exc
    steps = index.to_series().diff().dt.total_seconds().to_numpy()[1:] / 3600.0
    if len(steps) == 0 or np.any(steps <= 0):
        raise InputError("time stamps must increase", path=path, field=header[time_col])
    step_hours = float(np.median(steps))
    times = index + pd.Timedelta(hours=step_hours / 2)
    return times, np.asarray(ghi), (np.asarray(dhi) if dhi_col is not None else None), step_hours
