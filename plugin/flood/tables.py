"""Hyetograph and hydrograph tables from CSV: ``minutes,value[,point]`` with a header row.

Rain (mm/h) is a step function: each row's intensity holds from its minute until the next row. Discharge (m³/s) is
interpolated linearly. A ``point`` column ties hydrograph rows to inflow points by name.
"""

import csv

from ..errors import InputError, Words
from .simulation import TimeSeries


def read_time_table(path, steps, value_name):
    """{point name or "": TimeSeries (times in s)} from the CSV at ``path``; InputError naming file and line."""
    rows = {}
    try:
        handle = open(path, newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise InputError("cannot read the table ({reason})", path=path, reason=exc.strerror) from exc
    with handle:
        reader = csv.reader(_utf8_lines(handle, path))
        header = next(reader, None)
        if header is None or len(header) < 2:
            raise InputError("expected a header row 'minutes,{value_name}[,point]'", path=path, line=1,
                             value_name=value_name)
        for line_number, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip():
                continue
            try:
                minutes, value = float(row[0]), float(row[1])
            except (ValueError, IndexError) as exc:
                raise InputError("expected two numbers (minutes, {value_name}), found {row!r}", path=path,
                                 line=line_number, value_name=value_name, row=row) from exc
            if minutes < 0 or value < 0:
                raise InputError("minutes and {value_name} must not be negative", path=path, line=line_number,
                                 value_name=value_name)
            point = row[2].strip() if len(row) > 2 else ""
            rows.setdefault(point, []).append((minutes * 60.0, value))
    if not rows:
        raise InputError("the table has no rows", path=path)
    name = Words("table {path}", path=path)
    return {point: TimeSeries.from_rows(values, steps=steps, name=name) for point, values in rows.items()}


def _utf8_lines(handle, path):
    """The lines of a text file opened as UTF-8; bytes that are not UTF-8 become an InputError naming the file."""
    try:
        yield from handle
    except UnicodeDecodeError as exc:
        raise InputError("not UTF-8 text: save the table as CSV UTF-8", path=path) from exc
