"""Designated emergency evacuation sites (指定緊急避難場所) as GSI publishes them: one CSV per municipality.

The file is Shift_JIS (Windows' CP932 in practice) with the header
``NO,共通ID,施設・場所名,住所,洪水,崖崩れ、土石流及び地滑り,高潮,地震,津波,大規模な火事,内水氾濫,火山現象,
指定避難所との住所同一,緯度,経度,備考``; a hazard column holds ``1`` where the site is designated for that hazard and
is empty otherwise. A UTF-8 copy (as re-saved by spreadsheets, with or without BOM) reads the same.
"""

import csv
import enum
import io
import math
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

ENCODINGS = ("utf-8-sig", "cp932")  # UTF-8 first: Shift_JIS text is almost never valid UTF-8, the reverse often is


class Hazard(enum.Enum):
    """The hazards a site can be designated for (災害対策基本法施行令 第20条の4), in GSI's column order."""

    FLOOD = "flood"
    SEDIMENT = "sediment"  # 崖崩れ、土石流及び地滑り
    STORM_SURGE = "storm_surge"
    EARTHQUAKE = "earthquake"
    TSUNAMI = "tsunami"
    LARGE_FIRE = "large_fire"
    INLAND_FLOOD = "inland_flood"
    VOLCANO = "volcano"


# GSI column -> hazard; one row per column, in the file's order.
GSI_HAZARD_COLUMNS = (
    ("洪水", Hazard.FLOOD),
    ("崖崩れ、土石流及び地滑り", Hazard.SEDIMENT),
    ("高潮", Hazard.STORM_SURGE),
    ("地震", Hazard.EARTHQUAKE),
    ("津波", Hazard.TSUNAMI),
    ("大規模な火事", Hazard.LARGE_FIRE),
    ("内水氾濫", Hazard.INLAND_FLOOD),
    ("火山現象", Hazard.VOLCANO),
)
ID_COLUMN, NAME_COLUMN, ADDRESS_COLUMN = "共通ID", "施設・場所名", "住所"
LATITUDE_COLUMN, LONGITUDE_COLUMN = "緯度", "経度"
SAME_AS_SHELTER_COLUMN, NOTE_COLUMN = "指定避難所との住所同一", "備考"
REQUIRED_COLUMNS = (NAME_COLUMN, LATITUDE_COLUMN, LONGITUDE_COLUMN, *(column for column, _ in GSI_HAZARD_COLUMNS))
FLAG_VALUES = {"1": True, "": False}


@dataclass(frozen=True)
class Shelter:
    """One evacuation site: where it is (JGD2011 latitude/longitude) and which hazards it is designated for."""

    shelter_id: str
    name: str
    address: str
    latitude: float
    longitude: float
    hazards: frozenset
    also_evacuation_shelter: bool = False  # 指定避難所 at the same address (a building to stay in, not only a place)
    capacity_persons: int | None = None  # GSI's CSV has none; other sources may
    note: str = ""

    def suits(self, hazard: Hazard) -> bool:
        return hazard in self.hazards


def decode_csv_bytes(data: bytes, path) -> str:
    """The text of a CSV in UTF-8 (with or without BOM) or Shift_JIS/CP932, whichever decodes."""
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError("the file is neither UTF-8 nor Shift_JIS text", path=path)


def read_gsi_csv(path: Path) -> list[Shelter]:
    """The sites of a GSI 指定緊急避難場所 CSV, in file order; InputError names the line and column of a bad value."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError("cannot read the file ({reason})", path=path, reason=exc.strerror or str(exc)) from exc
    return parse_gsi_csv(decode_csv_bytes(data, path), path)


def parse_gsi_csv(text: str, path="<csv>") -> list[Shelter]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [name.strip() for name in next(reader, [])]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise InputError("not a GSI evacuation site CSV: the header lacks {columns}", path=path, line=1,
                         columns="、".join(missing))
    index = {name: position for position, name in enumerate(header)}
    shelters = []
    for values in reader:
        line = reader.line_num
        if not any(value.strip() for value in values):
            continue
        if len(values) < len(header):
            values = values + [""] * (len(header) - len(values))

        def cell(column, values=values):
            position = index.get(column)
            return values[position].strip() if position is not None else ""

        name = cell(NAME_COLUMN)
        if not name:
            raise InputError("the site has no name", path=path, line=line, field=NAME_COLUMN)
        shelters.append(Shelter(
            shelter_id=cell(ID_COLUMN) or cell("NO"), name=name, address=cell(ADDRESS_COLUMN),
            latitude=_coordinate(cell(LATITUDE_COLUMN), 90.0, path=path, line=line, field=LATITUDE_COLUMN),
            longitude=_coordinate(cell(LONGITUDE_COLUMN), 180.0, path=path, line=line, field=LONGITUDE_COLUMN),
            hazards=frozenset(hazard for column, hazard in GSI_HAZARD_COLUMNS
                              if _flag(cell(column), path=path, line=line, field=column)),
            also_evacuation_shelter=_flag(cell(SAME_AS_SHELTER_COLUMN), path=path, line=line,
                                          field=SAME_AS_SHELTER_COLUMN),
            note=cell(NOTE_COLUMN)))
    return shelters


def _flag(text, *, path, line, field):
    value = FLAG_VALUES.get(text)
    if value is None:
        raise InputError("a hazard flag must be 1 or empty, not '{value}'", path=path, line=line, field=field,
                         value=text)
    return value


def _coordinate(text, limit_deg, *, path, line, field):
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or abs(value) > limit_deg:
        raise InputError("'{value}' is not a coordinate in degrees", path=path, line=line, field=field, value=text)
    return value
