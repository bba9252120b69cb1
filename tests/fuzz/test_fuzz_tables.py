"""Fuzz the table readers of the analyses: weather files for solar irradiance (CSV with time and GHI [DHI], and
EnergyPlus EPW) and hyetograph / hydrograph CSV for the flood simulation. Each mutated file gives a sky or a time
series, or an InputError naming the file (and its line or field)."""

import tempfile
from pathlib import Path

from fuzz.harness import mutated_bytes, only_own_errors
from hypothesis import example, given
from hypothesis import strategies as st

from digital_twin.plugin.flood.tables import read_time_table
from digital_twin.plugin.solar.climate import TOKYO, weather_file_sky

WEATHER_CSV = ("time,ghi,dhi,dni\n" + "".join(
    f"2025-06-01 {hour:02d}:00,{max(0, 900 - 120 * abs(hour - 12))},{100},{max(0, 700 - 100 * abs(hour - 12))}\n"
    for hour in range(24))).encode()
EPW_HEADER = ["LOCATION,Tokyo,-,JPN,test,476620,35.69,139.76,9.0,6.0", "DESIGN CONDITIONS,0",
              "TYPICAL/EXTREME PERIODS,0", "GROUND TEMPERATURES,0", "HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0",
              "COMMENTS 1,test", "COMMENTS 2,test", "DATA PERIODS,1,1,Data,Sunday,6/1,6/1"]
EPW = ("\n".join(EPW_HEADER + [",".join(str(field) for field in (
    2025, 6, 1, hour, 0, "?", 20, 15, 70, 101325, 0, 1367, 350, ghi, 500 if ghi else 0, min(ghi, 150), 0, 0, 0, 0,
    180, 2, 5, 5, 20, 1000, 9, 999999999, 20, 0.1, 0, 88, 0.2, 0, 1))
    for hour, ghi in ((hour, max(0.0, 800 - 100 * abs(hour - 12.5)) if 6 <= hour <= 19 else 0.0)
                      for hour in range(1, 25))]) + "\n").encode()
HYETOGRAPH = b"minutes,mm_per_h\n0,30\n5,90\n10,0\n"
HYDROGRAPH = "minutes,m3_per_s,point\n0,0,上流\n10,12.5,上流\n0,1,支川\n30,0,支川\n".encode()


def _with_file(suffix, data, call):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"table{suffix}"
        path.write_bytes(data)
        only_own_errors(call, path)


def _sky(path):
    sky = weather_file_sky(path, TOKYO["latitude"], TOKYO["longitude"], TOKYO["altitude"])
    sky.global_horizontal.sum(), sky.beam_normal.sum()


@given(data=mutated_bytes(WEATHER_CSV))
@example(data=b"\xf4" + WEATHER_CSV)  # found by fuzzing: UnicodeDecodeError
@example(data=WEATHER_CSV.replace(b"2025-06-01 05:00", b"2025-06-01 05:00+09:00"))  # ValueError from pandas
@example(data=WEATHER_CSV.replace(b"2025-06-01 05:00", b"0025-06-01 05:00"))  # a time Asia/Tokyo skipped
@example(data=WEATHER_CSV.replace(b"2025-06-01 06:00", b"", 1))  # found by fuzzing: NaT, then a NaN step
def test_weather_csv(data):
    _with_file(".csv", data, _sky)


@given(data=mutated_bytes(EPW))
@example(data=EPW.replace(b",350,0,", b",350,\x10.0,", 1))  # found by fuzzing: ValueError on a GHI of text
def test_weather_epw(data):
    _with_file(".epw", data, _sky)


def _series(path, steps, value_name):
    for series in read_time_table(path, steps, value_name).values():
        series.at(0.0), series.at(600.0), series.breakpoints()


@given(data=mutated_bytes(HYETOGRAPH) | mutated_bytes(HYDROGRAPH), steps=st.booleans())
@example(data=b"\xe3\x81" + HYETOGRAPH, steps=False)  # found by fuzzing: UnicodeDecodeError
def test_hyetograph_and_hydrograph_csv(data, steps):
    _with_file(".csv", data, lambda path: _series(path, steps, "mm_per_h" if steps else "m3_per_s"))
