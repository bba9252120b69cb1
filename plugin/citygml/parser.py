"""Streaming PLATEAU CityGML reader: one city object at a time, memory bounded by the largest object.

``iter_city_objects(stream, source, codelists)`` yields ``CityObject`` records: attributes with codes resolved,
polygons per LOD (still in EPSG:6697 lat/lon/height), LOD2 semantic surfaces and every disaster risk entry.
It reads all i-UR versions PLATEAU has published: uro 1.4 (Tokyo 2020: flood risk in gen:genericAttributeSet),
2.0 (uro:rankOrg) and 3.x (uro:rank). Elements it does not model are kept as JSON in ``attributes_json``.
"""

import functools
import json
import re
from dataclasses import dataclass, field

from lxml import etree

from ..errors import InputError
from .geometry import NumberMemo, flat_3d, read_pos_list
from .member_chunks import StreamRest, member_chunks

CORE = "http://www.opengis.net/citygml/2.0"
APP = "http://www.opengis.net/citygml/appearance/2.0"
GML = "http://www.opengis.net/gml"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
GML_ID = f"{{{GML}}}id"
MEMBER = f"{{{CORE}}}cityObjectMember"
APPEARANCE_MEMBER = f"{{{APP}}}appearanceMember"
POLYGON_TAGS = (f"{{{GML}}}Polygon", f"{{{GML}}}Triangle", f"{{{GML}}}surfaceMember")
SURFACE_MEMBER = f"{{{GML}}}surfaceMember"
POS_LIST = f"{{{GML}}}posList"
POS = f"{{{GML}}}pos"
ELEMENTS = etree.Element  # as a tag filter: elements only, no comments, processing instructions or entities
RING_BOUNDARIES = frozenset((f"{{{GML}}}exterior", f"{{{GML}}}interior"))

# The same options as plugin.safe_io.xml_parser: no entities, no DTD, no network, no huge trees. Also no
# whitespace-only text between elements (PLATEAU's indentation: about half the nodes of the tree): the reader
# strips every text it reads, and libxml2 keeps a blank text that is an element's only content.
PARSER_OPTIONS = dict(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                      huge_tree=False, remove_blank_text=True)

SEMANTIC_SURFACES = {"RoofSurface": "roof", "WallSurface": "wall", "GroundSurface": "ground"}
# tran: a road's (railway's, square's) carriageways, sidewalks, islands ...: kept apart, with their function
TRAFFIC_AREAS = {"trafficArea": "traffic", "auxiliaryTrafficArea": "auxiliary"}
CODE_FIELDS = {"class": "class", "usage": "usage", "function": "function", "roofType": "roof_type",
               "areaType": "area_type", "disasterType": "disaster_type"}  # the last two: urf sediment areas
INTEGER_LIMIT = 1 << 63  # SQLite integers are 64-bit
NUMBER_FIELDS = {"measuredHeight": ("measured_height", float), "storeysAboveGround": ("storeys_above", int),
                 "storeysBelowGround": ("storeys_below", int), "yearOfConstruction": ("year_built", int),
                 # urf districts; the rates as written (a ratio in urf 2.0, percent in 3.x: the loader normalises)
                 "floorAreaRate": ("floor_area_rate", float), "buildingCoverageRate": ("building_coverage_rate", float),
                 "maximumBuildingHeight": ("max_height_m", float), "minimumBuildingHeight": ("min_height_m", float)}
# uro:BuildingDetailAttribute numbers the planning join reads (planning.py), beside the row's columns
DETAIL_NUMBERS = {"totalFloorArea": "total_floor_area_m2"}
URF_NAMESPACE = "/iur/urf/"  # urban planning (都市計画) features: loaded with URBAN_FIELDS
# uro 2.0/3.x hazard elements (without their Building/WaterBody prefix) -> hazard name
HAZARDS = {"RiverFloodingRiskAttribute": "river_flood", "TsunamiRiskAttribute": "tsunami",
           "HighTideRiskAttribute": "high_tide", "InlandFloodingRiskAttribute": "inland_flood",
           "LandSlideRiskAttribute": "landslide", "ReservoirFloodingRiskAttribute": "reservoir_flood"}
# uro 1.4 generic attribute set names -> hazard name (first keyword that matches)
HAZARD_KEYWORDS = (("津波", "tsunami"), ("高潮", "high_tide"), ("内水", "inland_flood"), ("土砂", "landslide"),
                   ("洪水", "river_flood"), ("浸水", "river_flood"))
ANY_HAZARD = "*"
ELEMENT, GENERIC = "uro 2.0-3.2 element", "uro 1.4 generic attribute"
SET_NAME = None  # as a spelling: the name of the uro 1.4 gen:genericAttributeSet itself
# How each spec spells each risk attribute, one row per attribute, hazard and spelling: a new spec or hazard is a
# row here, not a branch in the reader. Rows of the entry's own hazard come first, then the ANY_HAZARD ones; the
# first row whose spelling is present fills a column. Readers: "rank" (integer code and its label), "coded" (label,
# and the code in <column>_code when the row has one), "real", "scale" (L1 / L2). ``codelist``: uro 1.4 values
# carry no codeSpace, so the row names the national codelist that labels them (they use the same codes).
RISK_ATTRIBUTES = (
    # hazard,      spec,    spelling,      column,       reader,  codelist
    ("landslide",  ELEMENT, "areaType",    "rank",       "rank",  None),
    (ANY_HAZARD,   ELEMENT, "rank",        "rank",       "rank",  None),
    (ANY_HAZARD,   ELEMENT, "rankOrg",     "rank",       "rank",  None),  # municipal classes (uro 2.0, ifld 3.x)
    (ANY_HAZARD,   ELEMENT, "depth",       "depth",      "real",  None),
    (ANY_HAZARD,   ELEMENT, "duration",    "duration",   "real",  None),
    (ANY_HAZARD,   ELEMENT, "description", "river",      "coded", None),
    (ANY_HAZARD,   ELEMENT, "adminType",   "admin_type", "coded", None),
    (ANY_HAZARD,   ELEMENT, "scale",       "scale",      "scale", None),
    ("landslide",  GENERIC, "区域区分",     "rank",       "rank",  "LandSlideRiskAttribute_areaType"),
    ("landslide",  GENERIC, "現象区分",     "river",      "coded", "LandSlideRiskAttribute_description"),
    (ANY_HAZARD,   GENERIC, "浸水ランク",   "rank",       "rank",  "RiverFloodingRiskAttribute_rank"),
    (ANY_HAZARD,   GENERIC, "浸水深",       "depth",      "real",  None),
    (ANY_HAZARD,   GENERIC, "継続時間",     "duration",   "real",  None),
    (ANY_HAZARD,   GENERIC, "規模",         "scale",      "scale", None),
    (ANY_HAZARD,   GENERIC, SET_NAME,      "scale",      "scale", None),  # …（計画規模） without a 規模 value
    (ANY_HAZARD,   GENERIC, SET_NAME,      "river",      "name",  None),  # 多摩川…洪水浸水想定区域 -> 多摩川…
)
RISK_ENTRY_KEYS = ("hazard", "scale", "rank", "rank_label", "depth", "duration", "river", "river_code", "admin_type",
                   "scenario")


def _risk_rows(spec, hazard):
    """The RISK_ATTRIBUTES rows for one spec and hazard, the hazard's own first: (spelling, column, reader,
    codeSpace), each column once, and the spellings that make a uro 1.4 attribute set a risk entry."""
    rows = [row for row in RISK_ATTRIBUTES if row[1] == spec and row[0] == hazard]
    rows += [row for row in RISK_ATTRIBUTES if row[1] == spec and row[0] == ANY_HAZARD]
    return tuple((spelling, column, reader, f"{codelist}.xml" if codelist else None)
                 for _, _, spelling, column, reader, codelist in rows)


RISK_ROWS = {(spec, hazard): _risk_rows(spec, hazard) for spec in (ELEMENT, GENERIC)
             for hazard in {*HAZARDS.values(), *(hazard for _, hazard in HAZARD_KEYWORDS)}}

# Fields of every building layer (name, type): stable, the flood and solar analyses read them.
BUILDING_FIELDS = [
    ("gml_id", "str"), ("building_id", "str"), ("name", "str"), ("class", "str"), ("class_code", "str"),
    ("usage", "str"), ("usage_code", "str"), ("function", "str"), ("measured_height", "real"),
    ("storeys_above", "int"), ("storeys_below", "int"), ("structure", "str"), ("structure_code", "str"),
    ("year_built", "int"), ("survey_year", "int"), ("roof_type", "str"), ("address", "str"),
    ("prefecture_code", "str"), ("city_code", "str"),
]
for _scale in ("l1", "l2"):
    BUILDING_FIELDS += [(f"flood_{_scale}_rank", "int"), (f"flood_{_scale}_rank_label", "str"),
                        (f"flood_{_scale}_depth", "real"), (f"flood_{_scale}_duration", "real"),
                        (f"flood_{_scale}_river", "str")]
BUILDING_FIELDS += [("tsunami_rank", "int"), ("tsunami_depth", "real"), ("high_tide_rank", "int"),
                    ("high_tide_depth", "real"), ("inland_flood_rank", "int"), ("inland_flood_depth", "real"),
                    ("landslide", "str"), ("risk_count", "int"), ("ground_z", "real"), ("lod1_height", "real"),
                    ("lods", "str"), ("source_file", "str"), ("attributes_json", "str")]
RISK_FIELDS = [("gml_id", "str"), ("building_id", "str"), ("hazard", "str"), ("scale", "str"), ("rank", "int"),
               ("rank_label", "str"), ("depth", "real"), ("duration", "real"), ("river", "str"),
               ("river_code", "str"), ("admin_type", "str"), ("scenario", "str")]
OBJECT_FIELDS = [("gml_id", "str"), ("feature_type", "str"), ("name", "str"), ("class", "str"), ("function", "str"),
                 ("usage", "str"), ("hazard", "str"), ("flood_scale", "str"), ("flood_rank", "int"),
                 ("flood_rank_label", "str"), ("flood_depth", "real"), ("flood_river", "str"), ("admin_type", "str"),
                 ("source_file", "str"), ("attributes_json", "str"), ("scenario", "str"),
                 ("class_code", "str"), ("function_code", "str")]  # the codes, whether or not a codelist named them
HAZARD_PREFIX = re.compile(r"^(Building|WaterBody|Road|Railway)")
SKIPPED_CHILDREN = {"boundedBy", "consistsOfBuildingPart", "outerBuildingInstallation", "interiorBuildingInstallation",
                    "interiorRoom", "reliefComponent", "tin", "appearance"}


class _PerTag(dict):
    """tag -> function(tag), computed once per tag (the reader asks ~40 times per building). A schema has a few
    hundred tags; a file inventing millions only empties the table now and then."""

    LIMIT = 4096

    def __init__(self, function):
        super().__init__()
        self.function = function

    def __missing__(self, tag):
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[tag] = self.function(tag)
        return value


LOCAL_NAMES = _PerTag(lambda tag: tag[tag.rfind("}") + 1:])  # Clark-notation tag -> local name
local = LOCAL_NAMES.__getitem__


@dataclass
class CityObject:
    feature_type: str  # local name: Building, WaterBody, ReliefFeature, Road ...
    gml_id: str
    line: int
    attributes: dict = field(default_factory=dict)
    lods: dict = field(default_factory=dict)  # lod -> [polygon]; polygon = [ring: [lat, lon, h, lat, lon, h ...]]
    surfaces: list = field(default_factory=list)  # (kind, surface gml:id, [polygon]) for LOD2 roof/wall/ground
    risks: list = field(default_factory=list)  # dicts with the RISK_FIELDS keys
    # (kind, gml:id, function code, function label, LOD, [polygon]) of each traffic area (TRAFFIC_AREAS)
    areas: list = field(default_factory=list)
    extras: dict = field(default_factory=dict)  # unmodelled elements, kept as JSON
    urban_planning: bool = False  # an i-UR urf feature (use district, fire-prevention district ...)


class ObjectReader:
    """Turns one city object element into a CityObject, resolving codes through ``codelists``."""

    def __init__(self, source, codelists):
        self.source = source
        self.codelists = codelists
        # (codeSpace, code) -> label, or None when no codelist knows the code: a few hundred distinct codes per file,
        # looked up per building
        self._found = {}

    def code(self, element):
        """(code, label) of a coded element; the label is the code itself when no codelist knows it."""
        code, label = self.resolved(element)
        return code, code if label is None else label

    def read(self, element, line_offset=0):
        """The CityObject of ``element``; ``line_offset``: add to sourceline for the line in the file."""
        tag = element.tag
        obj = CityObject(local(tag), element.get(GML_ID) or "", element.sourceline + line_offset,
                         urban_planning=URF_NAMESPACE in tag)
        self._read_into(obj, element, _ObjectScope(element))
        return obj

    def _read_into(self, obj, element, scope):
        """Read ``element``'s children into ``obj``; ``scope`` is the object's _ObjectScope."""
        for child in element.iterchildren(ELEMENTS):
            tag = child.tag  # lxml builds the string at each access: read it once
            read = CHILD_READERS[tag]
            if read is not None:
                read(self, obj, local(tag), child, scope)

    def _read_parts(self, obj, name, element, scope):
        for part in element:
            if isinstance(part.tag, str):
                part_obj = CityObject("BuildingPart", part.get(GML_ID) or "", part.sourceline)
                self._read_into(part_obj, part, scope)
                _merge_part(obj, part_obj)

    def _read_relief_components(self, obj, name, element, scope):
        for component in element:
            if isinstance(component.tag, str):
                self._read_into(obj, component, scope)

    def _read_tin(self, obj, name, element, scope):
        obj.lods.setdefault(int(obj.attributes.get("lod") or 1), []).extend(_polygons(element, scope))

    def _read_lod_geometry(self, obj, name, element, scope):
        lod = int(name[3])
        polygons = _polygons(element, scope)
        if not polygons:
            return
        if name in ("lod0FootPrint", "lod0RoofEdge") and obj.lods.get(0):
            return  # keep one LOD0 outline: the footprint when both are present
        obj.lods.setdefault(lod, []).extend(polygons)

    def _read_boundary_surfaces(self, obj, name, bounded_by, scope):
        for surface in bounded_by:
            if not isinstance(surface.tag, str):
                continue
            kind = SEMANTIC_SURFACES.get(local(surface.tag))
            for geometry in surface:
                if not isinstance(geometry.tag, str):
                    continue
                geometry_name = local(geometry.tag)
                if not geometry_name.startswith("lod"):
                    continue
                polygons = _polygons(geometry, scope)
                if not polygons:
                    continue
                lod = int(geometry_name[3])
                obj.lods.setdefault(("surfaces", lod), []).extend(polygons)
                if kind is not None and lod == 2:
                    obj.surfaces.append((kind, surface.get(GML_ID) or "", polygons))

    def _read_traffic_areas(self, obj, name, element, scope):
        """tran:trafficArea / auxiliaryTrafficArea: each area's function and geometry per LOD (also kept in the
        attributes JSON, as before, for what is not modelled here)."""
        for area in element.iterchildren(ELEMENTS):
            code = label = None
            geometries = []
            for child in area.iterchildren(ELEMENTS):
                child_name = local(child.tag)
                if child_name == "function" and code is None:
                    code, label = self.code(child)
                elif child_name.startswith("lod") and child_name[3:4].isdigit():
                    geometries.append((int(child_name[3]), _polygons(child, scope)))
            for lod, polygons in geometries:
                if polygons:
                    obj.areas.append((TRAFFIC_AREAS[name], area.get(GML_ID) or "", code, label, lod, polygons))
        self._read_extra(obj, name, element, scope)

    # Attribute readers: the same arguments as the geometry ones, so that CHILD_READERS can hold them all.
    def _read_code(self, obj, name, element, scope):
        code, label = self.code(element)
        obj.attributes.setdefault(CODE_FIELDS[name], label)
        obj.attributes.setdefault(f"{CODE_FIELDS[name]}_code", code)

    def _read_number(self, obj, name, element, scope):
        key, kind = NUMBER_FIELDS[name]
        obj.attributes.setdefault(key, _number(element.text, kind))

    def _read_name(self, obj, name, element, scope):
        obj.attributes.setdefault("name", self.code(element)[1])

    def _read_lod(self, obj, name, element, scope):
        obj.attributes.setdefault("lod", _number(element.text, int))

    def _read_address(self, obj, name, element, scope):
        obj.attributes.setdefault("address", _address(element))

    def _read_risks(self, obj, name, element, scope):
        for entry in element.iterchildren(ELEMENTS):
            obj.risks.append(self._risk_entry(local(entry.tag), entry))

    def _read_extra(self, obj, name, element, scope):
        _add_extra(obj.extras, name, self._to_json(element))

    def _read_uro_details(self, obj, name, element, scope):
        attributes = obj.attributes
        unmodelled = {}
        for container in element.iter(ELEMENTS):
            if len(container):
                continue
            leaf = local(container.tag)
            if leaf == "buildingID":
                attributes.setdefault("building_id", (container.text or "").strip())
            elif leaf == "buildingStructureType":
                code, label = self.code(container)
                attributes.setdefault("structure", label)
                attributes.setdefault("structure_code", code)
            elif leaf == "surveyYear":
                attributes.setdefault("survey_year", _number(container.text, int))
            elif leaf == "prefecture":
                attributes.setdefault("prefecture_code", (container.text or "").strip())
            elif leaf == "city":
                attributes.setdefault("city_code", (container.text or "").strip())
            else:
                unmodelled[leaf] = self._leaf_json(container)
                if leaf in DETAIL_NUMBERS:  # also kept in attributes_json, as before: read, not moved
                    attributes.setdefault(DETAIL_NUMBERS[leaf], _number(container.text, float))
        if unmodelled:
            _add_extra(obj.extras, name, unmodelled)

    def _read_generic(self, obj, name, element, scope):
        """gen:*Attribute name="..." and gen:genericAttributeSet (uro 1.4 keeps flood risk and the ID there)."""
        kind, name = name, element.get("name") or name
        if kind == "genericAttributeSet":
            values = {local_name: value for local_name, value in _generic_values(element)}
            hazard = next((hazard for keyword, hazard in HAZARD_KEYWORDS if keyword in name), None)
            rows = RISK_ROWS.get((GENERIC, hazard), ())
            if any(spelling in values for spelling, *_ in rows):
                values[SET_NAME] = name
                obj.risks.append(self._risk_entry_from(hazard, rows, values))
            else:
                obj.extras.setdefault("generic", {})[name] = values
            return
        value = _value_text(element)
        value = value.strip() if value is not None else None
        if name == "建物ID":
            obj.attributes.setdefault("building_id", value)
        obj.extras.setdefault("generic", {})[name] = value

    def _risk_entry(self, kind, element):
        hazard = _hazard(kind)
        values = {}
        for child in element.iterchildren(ELEMENTS):
            values[local(child.tag)] = child
        return self._risk_entry_from(hazard, RISK_ROWS.get((ELEMENT, hazard)) or _risk_rows(ELEMENT, hazard),
                                     values)

    def _risk_entry_from(self, hazard, rows, values):
        """A risk entry from ``values`` (spelling -> element, or text for uro 1.4) through the mapping ``rows``."""
        entry = dict.fromkeys(RISK_ENTRY_KEYS)
        entry["hazard"] = hazard
        for spelling, column, reader, code_space in rows:
            value = values.get(spelling)
            if value is None or entry[column] is not None:
                continue
            if reader == "real":
                entry[column] = _number(value if isinstance(value, str) else value.text, float)
                continue
            if reader == "name":
                entry[column] = re.split(r"(洪水|津波|高潮|内水|土砂)", value)[0] or value
                continue
            code, label = self.resolved(value, code_space)
            if reader == "rank":
                entry["rank"], entry["rank_label"] = _number(code, int), label
            elif reader == "scale":
                entry[column] = _scale(code, label or values.get(SET_NAME) or "")
            else:
                entry[column] = label
                if f"{column}_code" in entry:
                    entry[f"{column}_code"] = code
        entry["scenario"] = scenario_label(entry)
        return entry

    def resolved(self, value, code_space=None):
        """(code, label or None) of a coded element, or of a uro 1.4 text value with the codelist ``code_space``:
        unlike code(), an unknown code gives no label (a bare "1" is not a river's name)."""
        if isinstance(value, str):
            code = value.strip()
        else:
            code, code_space = (value.text or "").strip(), value.get("codeSpace")
        key = (code_space, code)
        if key not in self._found:
            self._found[key] = self.codelists.label(code_space, code, self.source)
        return code, self._found[key]

    def _to_json(self, element):
        children = [child for child in element if isinstance(child.tag, str)]
        if not children:
            return self._leaf_json(element)
        out = {}
        for child in children:
            _add_extra(out, local(child.tag), self._to_json(child))
        return out

    def _leaf_json(self, element):
        text = (element.text or "").strip()
        if element.get("codeSpace"):
            code, label = self.code(element)
            return label if label == code else f"{label} ({code})"
        return text


def scenario_label(entry):
    """The scenario a risk entry belongs to, as a user picks it: the hazard map (river or scenario name, else its
    description code) and the scale, e.g. "多摩水系多摩川、浅川、大栗川 L2" or "3" (tsunami case 3 of a lone file)."""
    return " ".join(part for part in (entry["river"] or entry["river_code"], entry["scale"]) if part) or None


def _child_reader(tag):
    """The ObjectReader method reading a city object's child element of this tag (None: skipped). It depends on the
    tag alone, so it is decided once per tag rather than by a dozen string tests per element."""
    name = local(tag)
    if name.startswith("lod") and len(name) > 3 and name[3].isdigit():
        return ObjectReader._read_lod_geometry
    if name == "boundedBy" and not tag.startswith(f"{{{GML}}}"):
        return ObjectReader._read_boundary_surfaces
    if name in TRAFFIC_AREAS:
        return ObjectReader._read_traffic_areas
    structural = {"consistsOfBuildingPart": ObjectReader._read_parts, "tin": ObjectReader._read_tin,
                  "reliefComponent": ObjectReader._read_relief_components}
    if name in structural:
        return structural[name]
    if name in SKIPPED_CHILDREN or tag == f"{{{GML}}}boundedBy":
        return None
    if name in CODE_FIELDS:
        return ObjectReader._read_code
    if name in NUMBER_FIELDS:
        return ObjectReader._read_number
    if name == "name" and tag == f"{{{GML}}}name":
        return ObjectReader._read_name
    if name == "lod":
        return ObjectReader._read_lod
    if name == "address":
        return ObjectReader._read_address
    if tag.startswith("{http://www.opengis.net/citygml/generics/"):
        return ObjectReader._read_generic
    if name.endswith("RiskAttribute") or name == "floodingRiskAttribute":
        return ObjectReader._read_risks
    if name in ("buildingIDAttribute", "buildingDetailAttribute", "buildingDetails"):
        return ObjectReader._read_uro_details
    return ObjectReader._read_extra


CHILD_READERS = _PerTag(_child_reader)


def _add_extra(target, key, value):
    if key in target:
        existing = target[key]
        target[key] = existing + [value] if isinstance(existing, list) else [existing, value]
    else:
        target[key] = value


def _merge_part(obj, part):
    for lod, polygons in part.lods.items():
        obj.lods.setdefault(lod, []).extend(polygons)
    obj.surfaces.extend(part.surfaces)
    obj.areas.extend(part.areas)
    obj.risks.extend(part.risks)
    for key, value in part.attributes.items():
        if key == "measured_height" and value is not None:
            obj.attributes["measured_height"] = max(value, obj.attributes.get("measured_height") or 0.0)
        else:
            obj.attributes.setdefault(key, value)
    if part.extras:
        obj.extras.setdefault("parts", []).append({"gml_id": part.gml_id, **part.extras})


def _number(text, kind):
    """``text`` as a ``kind`` number, or None when it is none (an integer must fit a GeoPackage's 64 bits)."""
    if text is None:
        return None
    try:
        if kind is not int:
            return kind(text)
        value = int(float(text))
    except (ValueError, OverflowError):  # OverflowError: inf as an integer
        return None
    return value if -INTEGER_LIMIT <= value < INTEGER_LIMIT else None


@functools.lru_cache(maxsize=256)
def _hazard(kind):
    """uro risk element name (BuildingRiverFloodingRiskAttribute ...) -> hazard name."""
    return HAZARDS.get(HAZARD_PREFIX.sub("", kind), kind)


@functools.lru_cache(maxsize=256)  # a handful of distinct (code, label) pairs per file, one lookup per risk entry
def _scale(code, label):
    text = f"{code} {label}"
    if code in ("1", "L1") or "L1" in text or "計画規模" in text:
        return "L1"
    if code in ("2", "L2") or "L2" in text or "想定最大" in text:
        return "L2"
    return code or None


VALUE_TAGS = _PerTag(lambda tag: f"{{{tag[1:tag.find('}')]}}}value")  # gen:*Attribute -> its gen:value


def _value_text(element):
    """``element.findtext("{its namespace}value")`` without ElementPath's Python-level path matching: the text of
    the first such child ("" when it has none), None without one."""
    for value in element.iterchildren(VALUE_TAGS[element.tag]):
        return value.text or ""
    return None


def _generic_values(element):
    for child in element:
        if isinstance(child.tag, str):
            value = _value_text(child)
            yield child.get("name") or local(child.tag), value.strip() if value is not None else None


def _address(element):
    parts = []
    for node in element.iter():
        if isinstance(node.tag, str) and local(node.tag) in ("LocalityName", "DependentLocalityName",
                                                              "ThoroughfareName", "ThoroughFareName",
                                                              "ThoroughfareNumber", "ThoroughFareNumber",
                                                              "PremiseName", "AddressLine"):
            if node.text and node.text.strip():
                parts.append(node.text.strip())
    return " ".join(parts) or None


class _ObjectScope:
    """What the geometry of one city object shares: its numbers already read (geometry.NumberMemo) and its
    gml:id -> Polygon table for xlink:href surface members (LOD2 solids point at their boundary surfaces), built at
    the first reference, so objects without any skip the walk."""

    def __init__(self, element):
        self.element = element
        self.numbers = NumberMemo()
        self._table = None

    def polygon(self, gml_id):
        if self._table is None:
            self._table = {polygon.get(GML_ID): polygon for polygon in self.element.iter(f"{{{GML}}}Polygon")
                           if polygon.get(GML_ID)}
        return self._table.get(gml_id)


def _polygons(element, scope):
    polygons = []
    for node in element.iter(*POLYGON_TAGS):
        if node.tag == SURFACE_MEMBER:
            href = node.get(XLINK_HREF)
            target = scope.polygon(href.lstrip("#")) if href else None
            if target is not None:
                node = target
            else:
                continue
        rings = _rings(node, scope.numbers)
        if rings:
            polygons.append(rings)
    return polygons


def _rings(polygon, numbers):
    rings = []
    for boundary in polygon:
        tag = boundary.tag
        if tag not in RING_BOUNDARIES and (not isinstance(tag, str) or local(tag) not in ("exterior", "interior")):
            continue
        pos_list = _first_pos_list(boundary)
        if pos_list is not None:
            text = pos_list.text or ""
            dimension = pos_list.get("srsDimension")
            dimension = int(dimension) if dimension else 3
        else:
            text = " ".join(pos.text or "" for pos in boundary.iter(POS))
            dimension = 3
        try:
            ring = read_pos_list(text, dimension, numbers)
            if dimension != 3:
                ring = flat_3d(ring, dimension)
        except ValueError as exc:
            raise InputError("bad coordinates ({exc})", line=boundary.sourceline, exc=exc) from exc
        if len(ring) >= 9:  # three positions
            rings.append(ring)
        elif not rings:
            return []  # an exterior ring without area: the polygon is dropped
    return rings


def _first_pos_list(boundary):
    """``next(boundary.iter(POS_LIST), None)``: the boundary's first gml:posList in document order. The usual
    <gml:LinearRing><gml:posList> is checked directly, as it costs less than setting up a tag iterator."""
    try:
        ring = boundary[0]
        first = ring[0]
    except IndexError:  # no child, or a first child without any (a comment has none)
        first = None
    if first is not None and first.tag == POS_LIST and ring.tag != POS_LIST:
        return first  # nothing comes before it in document order but its parent, the ring
    return next(boundary.iter(POS_LIST), None)


@dataclass
class ParseIssue:
    line: int
    message: str


def iter_members(stream, source, recover=False, on_issue=None):
    """Yield (element, issues, line offset) for each city object member; memory stays bounded (members are
    dropped once read). An element's line in the file is its ``sourceline`` plus the offset.

    ``issues`` lists the XML errors inside that member; they are only possible with ``recover``: without it the
    first error raises InputError naming ``source`` and the line. Errors outside any member go to ``on_issue``.
    Members are parsed a run at a time (member_chunks); from the first doubt on, the streaming reader takes over.
    """
    guard = _DoctypeGuard(stream, source)
    for chunk in member_chunks(guard, PARSER_OPTIONS, MEMBER):
        if isinstance(chunk, StreamRest):
            for member, issues in _streamed_members(chunk.stream, source, recover, on_issue, guard):
                yield member, issues, 0
        else:
            for member in chunk.members:
                yield member, (), chunk.line_offset


def _streamed_members(stream, source, recover, on_issue, guard):
    """iter_members through iterparse, for what member_chunks leaves: each member cleared once read, XML errors
    attributed to the member they are in. ``guard``: the _DoctypeGuard under ``stream``, which knows where the file
    ends (an error on its last line, after its end was read, means a truncated file)."""
    parser_iter = etree.iterparse(stream, events=("end",), tag=(MEMBER, APPEARANCE_MEMBER), recover=recover,
                                  **PARSER_OPTIONS)
    pending = None
    seen_errors = 0
    try:
        for _, element in parser_iter:
            if element.tag == APPEARANCE_MEMBER:
                _release(element)  # textures are not loaded; drop them at once
                continue
            if pending is not None:
                errors, before, seen_errors = _errors_since(parser_iter, seen_errors, pending.sourceline,
                                                            element.sourceline)
                _report(on_issue, before)
                yield pending, errors
                _release(pending)
            pending = element
        if pending is not None:
            errors, before, seen_errors = _errors_since(parser_iter, seen_errors, pending.sourceline, None)
            _report(on_issue, before)
            yield pending, errors
            _release(pending)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or (exc.position[0] if exc.position else None)
        message = exc.msg.split(", line ")[0] if exc.msg else str(exc)
        if guard.at_end and not guard.empty and line is not None and line >= guard.last_line:
            raise InputError("the file ends early, on this line: it is truncated ({detail}). Download "
                             "it again, or load with 'skip broken objects' to keep the complete city objects",
                             path=source, line=line, detail=message) from exc
        raise InputError("not valid XML: {detail}. Check the file, or load with 'skip broken objects' to keep the "
                         "readable city objects", path=source, line=line, detail=message) from exc
    if recover and on_issue is not None:
        for error in list(parser_iter.error_log)[seen_errors:]:
            on_issue(ParseIssue(error.line, error.message))


def _report(on_issue, issues):
    if on_issue is not None:
        for issue in issues:
            on_issue(issue)


class _DoctypeGuard:
    """Reads the first 64 KiB before the parser does and refuses a DTD: CityGML never has one, and an entity
    declaration is how an XML bomb starts. The parser never expands entities anyway; this makes the error clear."""

    HEAD = 1 << 16

    def __init__(self, raw, source):
        self.raw = raw
        self.head = raw.read(self.HEAD)
        self.at_end = False  # the whole file has been read
        self.empty = not self.head
        self.last_line = 1 + self.head.count(b"\n")  # the line the data read so far ends on
        for marker in (b"<!DOCTYPE", b"<!ENTITY"):
            position = self.head.find(marker)
            if position >= 0:
                raise InputError("declares a DTD or XML entities (<!DOCTYPE>, <!ENTITY>), which CityGML files never "
                                 "do; refusing to read it", path=source, line=self.head[:position].count(b"\n") + 1)

    def read(self, size=-1):
        if not self.head:
            data = self.raw.read(size)
            self.at_end = self.at_end or not data or size is None or size < 0
            self.last_line += data.count(b"\n")
            return data
        if size is None or size < 0:
            rest = self.raw.read()
            self.at_end, self.last_line = True, self.last_line + rest.count(b"\n")
            data, self.head = self.head + rest, b""
            return data
        data, self.head = self.head[:size], self.head[size:]
        return data


def _errors_since(parser_iter, seen, first_line, next_line):
    """Split the parser's new errors: (inside this member, before it, index of the first error after it)."""
    log = parser_iter.error_log
    if len(log) <= seen:
        return [], [], seen  # nothing new: the usual case, without copying the log's entries
    log = list(log)
    inside, before = [], []
    for error in log[seen:]:
        if next_line is not None and error.line >= next_line:
            break  # it belongs to a later member: leave it unread
        (inside if error.line >= first_line else before).append(ParseIssue(error.line, error.message))
        seen += 1
    return inside, before, seen


def _release(element):
    element.clear(keep_tail=True)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def iter_city_objects(stream, source, codelists, recover=False, on_issue=None, codelist_source=None):
    """Yield CityObject records from a CityGML stream (``source`` names it in messages; ``codelist_source`` is the
    path or zip member codeSpace paths are relative to). In ``recover`` mode, objects with XML or coordinate errors
    are reported through ``on_issue`` and skipped, the others kept."""
    reader = ObjectReader(codelist_source or source, codelists)
    for member, errors, line_offset in iter_members(stream, source, recover, on_issue):
        try:
            objects = [element for element in member if isinstance(element.tag, str)]
        except UnicodeDecodeError:  # a name lxml cannot decode: only possible in recover mode, which keeps it
            objects, errors = [], list(errors) or [
                ParseIssue(member.sourceline + line_offset, "a name or value holds bytes that are not UTF-8 text")]
        if errors:
            ids = ", ".join(_gml_id(element) or "?" for element in objects) or "?"
            _report(on_issue, [ParseIssue(error.line, f"{error.message} (city object {ids} skipped)")
                               for error in errors])
            continue
        for element in objects:
            try:
                yield _read(reader, element, line_offset)
            except InputError as exc:  # raised with the line in what was parsed, and without the file's name
                line = exc.line + line_offset if exc.line is not None else None
                message = InputError(exc.template, **exc.values).localized()  # without the location words
                if not recover:
                    raise InputError(exc.template, path=source, line=line, field=exc.field, **exc.values) from exc
                _report(on_issue, [ParseIssue(line, f"{message} (city object {_gml_id(element)} skipped)")])


def _read(reader, element, line_offset):
    try:
        return reader.read(element, line_offset)
    except UnicodeDecodeError as exc:  # recover mode keeps undecodable bytes; lxml fails when they are read
        raise InputError("a name or value holds bytes that are not UTF-8 text", line=element.sourceline) from exc


def _gml_id(element):
    try:
        return element.get(GML_ID)
    except UnicodeDecodeError:
        return None


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # json.dumps would build one per call


def attributes_json(obj):
    return _JSON.encode(obj.extras) if obj.extras else None
