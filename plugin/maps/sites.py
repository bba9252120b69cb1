"""Which points a resident map marks as shelters or facilities, and by what name.

A preset marks the evacuation sites valid for its hazard (a flood map: those GSI flags 洪水); the barrier-free map
also marks and names the other facilities (station, hospital) its routes lead to. Sites come from GSI's
指定緊急避難場所 CSV (plugin/shelters/gsi.py) or any point layer: its attributes are read here as a plain dict.
"""

from dataclasses import dataclass

from ..shelters.gsi import GSI_HAZARD_COLUMNS, NAME_COLUMN, Hazard, Shelter

# preset -> (hazard the shown sites must be designated for or None for any, other facilities shown too)
PRESET_SITES = {
    "none": (None, False),
    "flood": (Hazard.FLOOD, False),
    "solar": (None, False),
    "barrierfree": (None, True),
}
SHELTER_LEGEND = {None: "指定緊急避難場所", Hazard.FLOOD: "指定緊急避難場所（洪水）"}
FACILITY_LEGEND = "施設"
START_LABEL, END_LABEL = "出発地", "目的地"

NAME_FIELDS = (NAME_COLUMN, "name", "名称", "施設名", "facility_name", "shelter_name", "NAME")
KIND_FIELDS = ("kind", "type", "種別")
SHELTER_KINDS = {"shelter", "evacuation_site", "evacuation_shelter", "避難所", "避難場所", "指定避難所",
                 "指定緊急避難場所"}
# a point layer's own hazard flags: the GSI column name or an English field
HAZARD_FIELDS = {hazard: (column, hazard.value) for column, hazard in GSI_HAZARD_COLUMNS}
TRUE_FLAGS = {"1", "true", "yes", "○", "◯", "y", "t"}


@dataclass(frozen=True)
class Site:
    name: str
    is_shelter: bool


def _first(attributes, fields):
    for field in fields:
        value = attributes.get(field)
        if value not in (None, "") and str(value).strip() and str(value) != "NULL":
            return str(value).strip()
    return ""


def map_site(attributes: dict, preset: str) -> Site | None:
    """The site a point stands for on the preset's map, or None when the map leaves it out."""
    hazard, with_facilities = PRESET_SITES.get(preset, (None, False))
    kind = _first(attributes, KIND_FIELDS)
    is_shelter = (kind.lower() in SHELTER_KINDS) if kind else True  # a layer given as shelters, unless it says
    if is_shelter and hazard is not None:
        flags = [attributes[field] for field in HAZARD_FIELDS[hazard] if field in attributes]
        if flags and not any(str(flag).strip().lower() in TRUE_FLAGS for flag in flags):
            return None  # a site not designated for this hazard: sending people there would be wrong
    if not is_shelter and not with_facilities:
        return None
    return Site(name=_first(attributes, NAME_FIELDS), is_shelter=is_shelter)


def gsi_attributes(shelter: Shelter) -> dict:
    """A GSI site as the attributes map_site() reads (its hazard columns as 1 or empty)."""
    attributes = {NAME_COLUMN: shelter.name}
    attributes.update({column: "1" if hazard in shelter.hazards else "" for column, hazard in GSI_HAZARD_COLUMNS})
    return attributes
