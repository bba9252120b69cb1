"""Pedestrian networks: MLIT node + link data (2018 or 2024 code set) or OSM-style footways -> one ``Network``.

Input is plain records (``{"properties": {...}, "coords": [(lon, lat), ...] or None}``) so that GeoJSON and CSV
files (read here) and any QGIS layer (read by qgis_network.py) go through the same checks. Coordinates are
longitude/latitude in JGD2011 (EPSG:6668). Problems that do not stop the analysis (dangling links, unknown codes,
missing floors) are collected in ``network.issues`` as a readable validation report; problems that do (no node id
field, a latitude that is not a number) raise InputError naming the file, line or field.
"""

import csv
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import InputError
from . import codes
from .metric import MetricFrame, polyline_lengths

LONGITUDE_LIMIT, LATITUDE_LIMIT = 180.0, 90.0  # degrees

CODE_SETS = ("2018", "2024", "osm")
FLOOR_HEIGHT_M = 3.5  # default storey height for Z in outputs


@dataclass
class Issue:
    severity: str  # "error" (feature dropped) or "warning" (kept, value treated as unknown)
    kind: str  # dangling link, unknown code, missing floor, ...
    feature: str  # "link 12" / "node 7"
    message: str


@dataclass
class Network:
    """Nodes and links as numpy arrays; link attributes already turned into physical ranges (see codes.py)."""

    code_set: str
    node_ids: list
    node_lonlat: np.ndarray  # (n, 2)
    node_floor: np.ndarray  # (n,), NaN when unknown
    link_ids: list
    link_start: np.ndarray  # node index
    link_end: np.ndarray
    link_length: np.ndarray  # metres
    link_coords: list  # per link (k, 2) lon/lat, oriented start -> end
    route_type: np.ndarray  # MLIT route_type (99 unknown)
    direction: np.ndarray  # 1 both, 2 start->end, 3 end->start (99 -> both)
    width: np.ndarray  # (m, 2) metres [low, high), NaN unknown
    step: np.ndarray  # (m, 2) cm (low, high]
    slope: np.ndarray  # (m, 2) % (low, high]
    slope_sense: np.ndarray  # +1 rising to end, -1 falling, 0
    rank: list  # 2024 rank letter or "" when the data has none
    elevator: np.ndarray  # elevator code (99 unknown, 0 not an elevator link)
    braille: np.ndarray  # brail_tile code
    signal: np.ndarray  # tfc_signal code
    structure: np.ndarray  # rt_struct code
    source: str = ""
    issues: list = field(default_factory=list)
    cache: dict = field(default_factory=dict, repr=False)  # graphs per profile (graph.py), the metric frame

    @property
    def node_count(self):
        return len(self.node_ids)

    @property
    def link_count(self):
        return len(self.link_ids)

    def node_z(self, floor_height=FLOOR_HEIGHT_M):
        """Z of each node in metres: floor x storey height (floor 0 or unknown = ground level)."""
        key = ("node_z", floor_height)
        if key not in self.cache:
            self.cache[key] = np.nan_to_num(self.node_floor, nan=0.0) * floor_height
        return self.cache[key]

    def summary(self):
        counts = {}
        for issue in self.issues:
            counts[issue.kind] = counts.get(issue.kind, 0) + 1
        found = ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items())) or "no problems"
        return (f"{self.source or 'network'}: code set {self.code_set}, {self.node_count} nodes, "
                f"{self.link_count} links; validation: {found}")


# ---------------------------------------------------------------------------------------------------- reading files

def read_geojson(path):
    """GeoJSON FeatureCollection -> records (Point or LineString coordinates, or None)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError("cannot read GeoJSON ({exc})", path=path, exc=exc) from exc
    if not isinstance(data, dict) or not isinstance(data.get("features"), list):
        raise InputError("not a GeoJSON FeatureCollection", path=path)
    records = []
    for number, feature in enumerate(data["features"], start=1):
        feature = feature or {}
        geometry, properties = (feature.get("geometry") or {}, feature.get("properties") or {}) \
            if isinstance(feature, dict) else (None, None)
        if not isinstance(geometry, dict) or not isinstance(properties, dict):
            raise InputError("feature {number} is not a GeoJSON Feature with object geometry and properties",
                             path=path, number=number)
        kind, coordinates = geometry.get("type"), geometry.get("coordinates")
        try:
            if kind == "Point" and coordinates:
                coords = [_lonlat(coordinates)]
            elif kind == "LineString" and coordinates:
                coords = [_lonlat(c) for c in coordinates]
            elif kind == "MultiLineString" and coordinates:
                coords = [_lonlat(c) for part in coordinates for c in part]
            else:
                coords = None
        except (TypeError, ValueError) as exc:
            raise InputError("feature {number}: the coordinates are not [longitude, latitude] numbers", path=path,
                             number=number) from exc
        records.append({"properties": dict(properties), "coords": coords,
                        "where": dict(path=path, line=None, field=None, feature=number)})
    return records


def _lonlat(position):
    """A position's (longitude, latitude) in degrees; ValueError unless it starts with two numbers in range."""
    if not isinstance(position, list | tuple) or len(position) < 2 or \
            not all(isinstance(value, int | float) and not isinstance(value, bool) for value in position[:2]):
        raise ValueError(position)
    lon, lat = float(position[0]), float(position[1])
    if not (abs(lon) <= LONGITUDE_LIMIT and abs(lat) <= LATITUDE_LIMIT):  # NaN fails too
        raise ValueError(position)
    return lon, lat


def read_csv(path):
    """CSV with a header -> records; nodes take their position from lat/lon columns later."""
    path = Path(path)
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError("cannot read CSV ({exc})", path=path, exc=exc) from exc
    return [{"properties": row, "coords": None, "where": dict(path=path, line=number, field=None)}
            for number, row in enumerate(rows, start=2)]


def read_records(path):
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return read_csv(path)
    if path.suffix.lower() in (".geojson", ".json"):
        return read_geojson(path)
    raise InputError("unsupported file type: use GeoJSON or CSV here (Shapefile and GeoPackage through QGIS)",
                     path=path)


def load_network(links_path, nodes_path=None, code_set="auto"):
    """Read an MLIT link (+ node) file or an OSM-style footway file and build the Network."""
    links = read_records(links_path)
    nodes = read_records(nodes_path) if nodes_path else None
    return build_network(links, nodes, code_set=code_set, source=Path(links_path).name)


# ---------------------------------------------------------------------------------------------- building the network

_LOWERED = {}  # field-name tuples seen -> their lower-case names (every record of a layer has the same fields)


def _lower_keys(record):
    properties = record["properties"]
    names = tuple(properties)
    lowered = _LOWERED.get(names)
    if lowered is None:
        lowered = _LOWERED.setdefault(names, [str(name).strip().lower() for name in names])
    return dict(zip(lowered, properties.values(), strict=True))


def _blank(value):
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == ""


def _code(value):
    """An integer code, or None when the cell is empty or not an integer."""
    if _blank(value):
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def _number(value):
    if _blank(value):
        return None
    try:
        return float(str(value).strip())
    except ValueError:
        return None


def parse_floor(value):
    """MLIT/indoor floor values: 0, 1, -1, '2F', 'B1' (= -1), '1.5'. None when empty or unreadable."""
    if _blank(value):
        return None
    text = str(value).strip().upper()
    match = re.fullmatch(r"B(\d+)F?", text)
    if match:
        return -float(match.group(1))
    match = re.fullmatch(r"(-?\d+(?:\.\d+)?)F?", text)
    return float(match.group(1)) if match else None


def detect_code_set(link_props):
    """'osm' for footway tags, '2024' when a 2024-only field or code appears, else '2018'."""
    keys = set().union(*(props.keys() for props in link_props)) if link_props else set()
    if "route_type" not in keys and keys & {"highway", "incline", "kerb:height", "kerb"}:
        return "osm"
    if any(not _blank(props.get("rank")) for props in link_props):
        return "2024"
    for props in link_props:
        if (_code(props.get("lev_diff")) or 0) in (3, 4, 5) or (_code(props.get("vtcl_slope")) or 0) in range(4, 9):
            return "2024"
    return "2018"


def build_network(link_records, node_records=None, code_set="auto", source=""):
    """Records -> Network. ``code_set``: 'auto', '2018', '2024' or 'osm'."""
    if not link_records:
        raise InputError("the link layer has no features", path=source or None)
    link_props = [_lower_keys(record) for record in link_records]
    if code_set == "auto":
        code_set = detect_code_set(link_props)
    if code_set not in CODE_SETS:
        raise InputError("unknown code set '{code_set}' (use auto, 2018, 2024 or osm)", code_set=code_set)
    issues = []
    if code_set == "osm":
        nodes, links = _osm_topology(link_records, link_props, issues)
    else:
        if not node_records:
            raise InputError("MLIT link data needs its node layer (node_id, floor, position)", path=source or None)
        nodes = _mlit_nodes(node_records, issues)
        links = _mlit_links(link_records, link_props, nodes, code_set, issues)
    if not links:
        raise InputError("no usable link: every link refers to missing nodes or has no geometry",
                         path=source or None)
    network = _assemble(code_set, nodes, links, source, issues)
    _check_floors(network, issues)
    return network


def _mlit_nodes(node_records, issues):
    """node_id -> (lon, lat, floor)."""
    nodes = {}
    for record in node_records:
        props = _lower_keys(record)
        where = record.get("where", {})
        if "node_id" not in props:
            raise InputError("the node layer has no 'node_id' field", path=where.get("path"), field="node_id")
        node_id = str(props["node_id"]).strip()
        if record.get("coords"):
            lon, lat = record["coords"][0]
        else:
            lon, lat = _number(props.get("lon")), _number(props.get("lat"))
            if lon is None or lat is None:
                raise InputError("node {node_id} has no position (geometry or numeric lat/lon)",
                                 path=where.get("path"), line=where.get("line"),
                                 field="lat" if lat is None else "lon", node_id=node_id)
        if node_id in nodes:
            issues.append(Issue("warning", "duplicate id", f"node {node_id}", "node id used twice; first kept"))
            continue
        floor = parse_floor(props.get("floor"))
        if floor is None and not _blank(props.get("floor")):
            issues.append(Issue("warning", "unknown code", f"node {node_id}",
                                f"floor '{props.get('floor')}' is not a floor number; treated as missing"))
        try:
            lon, lat = _lonlat([lon, lat])
        except ValueError:
            raise InputError("node {node_id} lies at longitude {lon}, latitude {lat}, which is no position in degrees "
                             "(another CRS, or latitude and longitude swapped?)", path=where.get("path"),
                             line=where.get("line"), node_id=node_id, lon=lon, lat=lat) from None
        nodes[node_id] = (lon, lat, math.nan if floor is None else floor)
    return nodes


def _coded(props, name, allowed, link_id, issues):
    """The code of field ``name``; values outside the code set are reported and treated as unknown (99)."""
    value = props.get(name)
    if type(value) is int and value in allowed[name]:  # the common case, without parsing
        return value
    code = _code(value)
    if code is None or code not in allowed[name]:
        if not _blank(value) or name in props:
            issues.append(Issue("warning", "unknown code", f"link {link_id}",
                                f"{name} = '{'' if _blank(value) else value}' is not a code of this code set; "
                                "treated as unknown (99)"))
        return codes.UNKNOWN
    return code


def _mlit_links(link_records, link_props, nodes, code_set, issues):
    allowed = codes.ALLOWED_2024 if code_set == "2024" else codes.ALLOWED_2018
    step_codes = codes.STEP_CM_2024 if code_set == "2024" else codes.STEP_CM_2018
    slope_codes = codes.SLOPE_PCT_2024 if code_set == "2024" else codes.SLOPE_PCT_2018
    present = set().union(*(props.keys() for props in link_props))
    for name in sorted(set(allowed) | {"vtcl_slope", "lev_diff"}):
        if name not in present:
            issues.append(Issue("warning", "missing field", "link layer",
                                f"no '{name}' field: {name} is unknown (99) on every link"))
    links = []
    seen = set()
    for number, (record, props) in enumerate(zip(link_records, link_props, strict=True), start=1):
        where = record.get("where", {})
        for required in ("start_id", "end_id"):
            if required not in props:
                raise InputError("the link layer has no '{required}' field", path=where.get("path"), field=required,
                                 required=required)
        link_id = str(props.get("link_id", number)).strip()
        start, end = str(props["start_id"]).strip(), str(props["end_id"]).strip()
        missing = [node for node in (start, end) if node not in nodes]
        if missing:
            issues.append(Issue("error", "dangling link", f"link {link_id}",
                                f"refers to missing node(s) {', '.join(missing)}; link left out"))
            continue
        if link_id in seen:
            issues.append(Issue("warning", "duplicate id", f"link {link_id}", "link id used twice"))
        seen.add(link_id)
        route_type = _coded(props, "route_type", allowed, link_id, issues)
        elevator = _coded(props, "elevator", allowed, link_id, issues) if route_type == codes.ELEVATOR else 0
        slope_code = _coded(props, "vtcl_slope", allowed, link_id, issues)
        slope_low, slope_high, sense = slope_codes.get(slope_code, (math.nan, math.nan, 0))
        rank = ""
        if code_set == "2024":
            rank = str(props.get("rank") or "").strip().upper()
            if rank and rank not in codes.RANKS and rank != "X":
                issues.append(Issue("warning", "unknown code", f"link {link_id}",
                                    f"rank = '{rank}' is not S, A, B, C, Z or X; treated as unknown (X)"))
                rank = "X"
        links.append(dict(
            id=link_id, start=start, end=end, coords=record.get("coords"), distance=_number(props.get("distance")),
            route_type=route_type, direction=_coded(props, "direction", allowed, link_id, issues),
            width=codes.WIDTH_M.get(_coded(props, "width", allowed, link_id, issues), codes.UNKNOWN_RANGE),
            step=step_codes.get(_coded(props, "lev_diff", allowed, link_id, issues), codes.UNKNOWN_RANGE),
            slope=(slope_low, slope_high), slope_sense=sense, rank=rank, elevator=elevator,
            braille=_coded(props, "brail_tile", allowed, link_id, issues),
            signal=_coded(props, "tfc_signal", allowed, link_id, issues),
            structure=_coded(props, "rt_struct", allowed, link_id, issues)))
    return links


# ------------------------------------------------------------------------------------------------ OSM-style footways

def _osm_measure(text, unit_scale, link_id, tag, issues):
    """'5%', '-8 %', '0.02', '2 cm', '1.5 m' -> number (metres or percent as asked); None if unreadable."""
    if _blank(text):
        return None
    value = str(text).strip().lower().replace(",", ".")
    match = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*(%|°|cm|mm|m)?", value)
    if not match:
        issues.append(Issue("warning", "unknown code", f"link {link_id}",
                            f"{tag} = '{text}' is not a number; treated as unknown"))
        return None
    number, unit = float(match.group(1)), match.group(2)
    if unit == "°":
        return math.tan(math.radians(number)) * 100.0
    return number * {"cm": 0.01, "mm": 0.001}.get(unit, 1.0) * unit_scale


def _osm_link(props, link_id, issues):
    highway = str(props.get("highway") or "").strip().lower()
    route_type, elevator = codes.NORMAL, 0
    if highway == "steps":
        route_type = codes.ESCALATOR if str(props.get("conveying", "")).lower() in ("yes", "forward", "backward") \
            else codes.STAIRS
    elif highway == "elevator":
        route_type = codes.ELEVATOR
        elevator = 3 if str(props.get("wheelchair", "")).lower() in ("yes", "designated") else codes.UNKNOWN
    elif str(props.get("conveying", "")).lower() in ("yes", "forward", "backward"):
        route_type = codes.MOVING_WALKWAY
    oneway = str(props.get("oneway") or "").strip().lower()
    direction = {"yes": 2, "true": 2, "1": 2, "-1": 3, "reverse": 3}.get(oneway, 1)
    incline = props.get("incline")
    sense = 0
    slope = codes.UNKNOWN_RANGE
    if str(incline or "").strip().lower() in ("up", "down"):
        sense = 1 if str(incline).strip().lower() == "up" else -1
    else:
        percent = _osm_measure(incline, 1.0, link_id, "incline", issues)
        if percent is not None:
            slope, sense = (abs(percent), abs(percent)), (1 if percent > 0 else -1 if percent < 0 else 0)
    kerb_m = _osm_measure(props.get("kerb:height"), 1.0, link_id, "kerb:height", issues)
    if kerb_m is None:
        kerb_m = {"flush": 0.0, "lowered": 0.03, "rolled": 0.03, "raised": math.inf}.get(
            str(props.get("kerb") or "").strip().lower())
    # Kerb tags on a way describe its crossing's kerbs; no tag means a plain footway without a step.
    step = (kerb_m * 100.0, kerb_m * 100.0) if kerb_m is not None else \
        ((0.0, 0.0) if _blank(props.get("kerb")) and route_type != codes.STAIRS else codes.UNKNOWN_RANGE)
    width_m = _osm_measure(props.get("width"), 1.0, link_id, "width", issues)
    width = (width_m, width_m) if width_m is not None else codes.UNKNOWN_RANGE
    tactile = str(props.get("tactile_paving") or "").strip().lower()
    crossing = str(props.get("footway") or "").strip().lower() == "crossing"
    signals = str(props.get("crossing") or "").strip().lower()
    return dict(route_type=route_type, elevator=elevator, direction=direction, slope=slope, slope_sense=sense,
                step=step, width=width, rank="",
                braille={"yes": 2, "no": 1}.get(tactile, codes.UNKNOWN),
                signal=(2 if signals == "traffic_signals" else 1 if signals in ("uncontrolled", "unmarked")
                        else codes.UNKNOWN) if crossing else 1,
                structure=3 if crossing else 1)


def _osm_topology(link_records, link_props, issues):
    """Footway lines only: nodes are the line ends, joined where ends share a position (to ~1 cm)."""
    nodes, links = {}, []
    for number, (record, props) in enumerate(zip(link_records, link_props, strict=True), start=1):
        link_id = str(props.get("id") or props.get("osm_id") or props.get("link_id") or number)
        coords = record.get("coords")
        if not coords or len(coords) < 2:
            issues.append(Issue("error", "no geometry", f"link {link_id}", "footway without a line; left out"))
            continue
        ends = []
        for lon, lat in (coords[0], coords[-1]):
            key = f"{lon:.7f},{lat:.7f}"
            nodes.setdefault(key, (float(lon), float(lat), math.nan))
            ends.append(key)
        attributes = _osm_link(props, link_id, issues)
        links.append(dict(id=link_id, start=ends[0], end=ends[1], coords=coords, distance=None, **attributes))
    return nodes, links


# ------------------------------------------------------------------------------------------------------- assembling

def _assemble(code_set, nodes, links, source, issues):
    node_ids = list(nodes)
    index = {node_id: i for i, node_id in enumerate(node_ids)}
    node_array = np.array([nodes[node_id] for node_id in node_ids], dtype=float).reshape(-1, 3)
    start = np.array([index[link["start"]] for link in links], dtype=np.int64)
    end = np.array([index[link["end"]] for link in links], dtype=np.int64)
    coords = [_oriented_coords(link.get("coords"), node_array[s, :2], node_array[e, :2])
              for link, s, e in zip(links, start, end, strict=True)]
    frame = MetricFrame.around(node_array[:, :2])
    surveyed = np.array([link["distance"] if link.get("distance") is not None and link["distance"] >= 0
                         else np.nan for link in links])
    lengths = surveyed  # the surveyed length wins over the drawn one
    drawn = np.flatnonzero(np.isnan(surveyed))
    lengths[drawn] = polyline_lengths(frame, [coords[i] for i in drawn])
    for i in np.flatnonzero(lengths == 0):
        if links[i]["route_type"] not in codes.VERTICAL_ROUTE_TYPES:
            issues.append(Issue("warning", "zero length", f"link {links[i]['id']}", "horizontal link of length 0 m"))
    direction = np.array([link["direction"] for link in links], dtype=np.int64)
    return Network(
        code_set=code_set, node_ids=node_ids, node_lonlat=node_array[:, :2].copy(),
        node_floor=node_array[:, 2].copy(), link_ids=[link["id"] for link in links], link_start=start,
        link_end=end, link_length=lengths, link_coords=coords,
        route_type=np.array([link["route_type"] for link in links], dtype=np.int64),
        direction=np.where(np.isin(direction, (2, 3)), direction, 1),
        width=np.array([link["width"] for link in links], dtype=float).reshape(-1, 2),
        step=np.array([link["step"] for link in links], dtype=float).reshape(-1, 2),
        slope=np.array([link["slope"] for link in links], dtype=float).reshape(-1, 2),
        slope_sense=np.array([link["slope_sense"] for link in links], dtype=np.int64),
        rank=[link["rank"] for link in links],
        elevator=np.array([link["elevator"] for link in links], dtype=np.int64),
        braille=np.array([link["braille"] for link in links], dtype=np.int64),
        signal=np.array([link["signal"] for link in links], dtype=np.int64),
        structure=np.array([link["structure"] for link in links], dtype=np.int64),
        source=source, issues=issues, cache={"frame": frame})


def _oriented_coords(coords, start_lonlat, end_lonlat):
    """The link's line from its start node to its end node (a straight line when the data has none)."""
    if not coords or len(coords) < 2:
        return np.array([start_lonlat, end_lonlat], dtype=float)
    line = np.asarray(coords, dtype=float)[:, :2]
    if np.hypot(*(line[0] - end_lonlat)) + np.hypot(*(line[-1] - start_lonlat)) < \
            np.hypot(*(line[0] - start_lonlat)) + np.hypot(*(line[-1] - end_lonlat)):
        line = line[::-1]
    return line


def _check_floors(network, issues):
    """Floors matter indoors: say which nodes lack one and which vertical links do not change floor."""
    has_floor = ~np.isnan(network.node_floor)
    if has_floor.any() and not has_floor.all():
        for i in np.flatnonzero(~has_floor)[:1000]:
            issues.append(Issue("warning", "missing floor", f"node {network.node_ids[i]}",
                                "no floor while other nodes have one; shown at ground level"))
    vertical = np.isin(network.route_type, list(codes.VERTICAL_ROUTE_TYPES))  # stairs outdoors may keep the floor
    for i in np.flatnonzero(vertical):
        low, high = network.node_floor[network.link_start[i]], network.node_floor[network.link_end[i]]
        kind = codes.ROUTE_TYPE_NAMES[int(network.route_type[i])]
        if np.isnan(low) or np.isnan(high):
            issues.append(Issue("warning", "missing floor", f"link {network.link_ids[i]}",
                                f"{kind} link whose end nodes lack a floor"))
        elif low == high and network.route_type[i] == codes.ELEVATOR:
            issues.append(Issue("warning", "same floor", f"link {network.link_ids[i]}",
                                f"{kind} link joins two nodes on floor {low:g}"))
