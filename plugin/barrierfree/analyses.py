"""The three barrier-free analyses on a Network: accessible route, service areas, barrier hotspots.

Geometry comes back as shapely geometries in longitude/latitude (EPSG:6668) with Z = floor x storey height;
lengths are metres along the links, times use the profile's speed. Buffers and snapping are done in the network's
local metric frame (metric.py).
"""

import math
from dataclasses import dataclass, field

import numpy as np

from ..dependencies import require
from ..errors import InputError, Words
from ..progress import NO_PROGRESS
from . import graph as graphs
from . import profiles as profile_rules
from .metric import MetricFrame
from .network import FLOOR_HEIGHT_M

MAX_SNAP_M = 500.0
HOTSPOT_CHUNK = 64  # barrier links evaluated together: (origins x 64 x destinations) floats at a time


# ----------------------------------------------------------------------------------------------- metric frame, Z

@dataclass
class Snapping:
    frame: MetricFrame
    node_xy: np.ndarray
    tree: object  # scipy.spatial.cKDTree over node_xy


def snapping(network):
    """The network's metric frame with a k-d tree of its nodes, built once."""
    if "snapping" not in network.cache:
        spatial = require("scipy.spatial", "Barrier-free analyses")
        frame = network.cache.get("frame") or MetricFrame.around(network.node_lonlat)
        node_xy = frame.to_metric(network.node_lonlat)
        network.cache["snapping"] = Snapping(frame, node_xy, spatial.cKDTree(node_xy))
    return network.cache["snapping"]


def node_index(network):
    """node id -> node index, built once."""
    if "node_index" not in network.cache:
        network.cache["node_index"] = {node: i for i, node in enumerate(network.node_ids)}
    return network.cache["node_index"]


def snap(network, lonlat, what, max_snap_m=MAX_SNAP_M, floor=None, node_id=None):
    """The node a point stands for: its node_id when the network has it, else the nearest node (between nodes
    stacked on several floors, the one nearest the given floor, or the ground); (node index, distance m)."""
    nodes_index = snapping(network)
    point = nodes_index.frame.to_metric([lonlat[:2]])[0]
    if node_id is not None and str(node_id) in node_index(network):
        node = node_index(network)[str(node_id)]
        return node, float(np.hypot(*(nodes_index.node_xy[node] - point)))
    k = min(8, network.node_count)
    found, nodes = nodes_index.tree.query(point, k=k)
    found, nodes = np.atleast_1d(found), np.atleast_1d(nodes)
    floors = np.abs(np.nan_to_num(network.node_floor[nodes]) - (floor or 0.0))
    best = min(range(len(nodes)), key=lambda i: (round(float(found[i]), 2), floors[i]))
    if found[best] > max_snap_m:
        raise InputError("the {what} is {found:.0f} m from the nearest network node (limit {max_snap_m:g} m); is it "
                         "in the network's area and CRS?", what=what, found=found[best], max_snap_m=max_snap_m)
    return int(nodes[best]), float(found[best])


@dataclass
class LinkVertices:
    """Every link's vertices in one array (start to end), in lon/lat and metres, with each vertex's position along
    its link (0..1): built once, so per-facility work never loops over PROJ."""

    offsets: np.ndarray  # (links + 1,): link i owns vertices offsets[i]:offsets[i + 1]
    lonlat: np.ndarray
    xy: np.ndarray
    fraction: np.ndarray


def link_vertices(network):
    if "vertices" not in network.cache:
        sizes = np.array([len(line) for line in network.link_coords])
        offsets = np.r_[0, np.cumsum(sizes)]
        lonlat = np.vstack(network.link_coords)
        xy = snapping(network).frame.to_metric(lonlat)
        steps = np.r_[0.0, np.hypot(*np.diff(xy, axis=0).T)]
        steps[offsets[:-1]] = 0.0  # no step from the previous link's end to this link's start
        along = np.cumsum(steps)
        along -= np.repeat(along[offsets[:-1]], sizes)
        total = np.repeat(along[offsets[1:] - 1], sizes)
        order = np.arange(len(lonlat)) - np.repeat(offsets[:-1], sizes)
        even = order / np.maximum(np.repeat(sizes, sizes) - 1, 1)  # for links drawn with no length
        fraction = np.where(total > 0, along / np.where(total > 0, total, 1.0), even)
        network.cache["vertices"] = LinkVertices(offsets, lonlat, xy, fraction)
    return network.cache["vertices"]


def vertex_z(network, vertex_links, fraction, floor_height):
    """Z of vertices: linear along each link from its start node's floor to its end node's."""
    z = network.node_z(floor_height)
    start, end = z[network.link_start[vertex_links]], z[network.link_end[vertex_links]]
    return start + fraction * (end - start)


def link_line_3d(network, link, floor_height, from_node=None):
    """The link's vertices as (lon, lat, z), Z going linearly from its start floor to its end floor."""
    vertices = link_vertices(network)
    span = slice(vertices.offsets[link], vertices.offsets[link + 1])
    z = vertex_z(network, np.full(span.stop - span.start, link), vertices.fraction[span], floor_height)
    coords = np.column_stack([vertices.lonlat[span], z])
    if from_node is not None and from_node != network.link_start[link]:
        coords = coords[::-1]
    return coords


def path_line(network, nodes, links, floor_height):
    """A LineString Z through the links of a path, in travel order; None for an empty path."""
    shapely = require("shapely", "Barrier-free analyses")
    if not links:
        return None
    parts = [link_line_3d(network, link, floor_height, from_node=node)
             for node, link in zip(nodes[:-1], links, strict=True)]
    coords = np.vstack([parts[0]] + [part[1:] for part in parts[1:]])
    if len(coords) < 2:
        coords = np.vstack([coords, coords])
    return shapely.LineString(coords)


def unknown_links(network, profile):
    """Links where some rule of the profile cannot tell (data unknown or too coarse)."""
    unknown = np.zeros(network.link_count, dtype=bool)
    for _fails, cannot_tell in profile_rules.link_rules(network, profile).values():
        unknown |= cannot_tell
    return unknown


# ------------------------------------------------------------------------------------------------------------ route

@dataclass
class Barrier:
    link: int
    link_id: str
    order: int  # position along the plain route (1 = first link)
    distance_along_m: float
    reasons: list
    geometry: object


@dataclass
class RouteResult:
    profile: profile_rules.Profile
    unknown_policy: str
    reachable: bool
    length_m: float
    time_min: float
    plain_length_m: float
    plain_time_min: float
    geometry: object  # LineString Z or None
    plain_geometry: object
    link_ids: list
    barriers: list = field(default_factory=list)
    unknown_links_used: int = 0
    snap_m: tuple = (0.0, 0.0)

    @property
    def detour_factor(self):
        if not self.reachable or not self.plain_length_m:
            return math.nan if not self.reachable else 1.0
        return self.length_m / self.plain_length_m


def accessible_route(network, profile, unknown_policy, origin, destination, floor_height=FLOOR_HEIGHT_M,
                     max_snap_m=MAX_SNAP_M, origin_floor=None, destination_floor=None):
    """The best route for the profile from origin to destination (lon, lat; on the given floors where nodes are
    stacked, else the ground), and the barriers on the plain shortest route that forced the detour."""
    source, source_snap = snap(network, origin, Words("origin"), max_snap_m, floor=origin_floor)
    target, target_snap = snap(network, destination, Words("destination"), max_snap_m, floor=destination_floor)
    graph = graphs.graph_for(network, profile, unknown_policy)
    _dist, predecessors = graphs.distances(graph, source, predecessors=True)
    nodes = graphs.path_nodes(predecessors[0], source, target)
    links = graphs.path_links(graph, nodes) if nodes else []
    plain = graphs.plain_graph(network)
    _plain_dist, plain_predecessors = graphs.distances(plain, source, predecessors=True)
    plain_nodes = graphs.path_nodes(plain_predecessors[0], source, target)
    plain_links = graphs.path_links(plain, plain_nodes) if plain_nodes else []
    speed = profile.speed_kmh / 3.6
    length = float(network.link_length[links].sum()) if links else 0.0
    plain_length = float(network.link_length[plain_links].sum()) if plain_links else math.nan
    return RouteResult(
        profile=profile, unknown_policy=unknown_policy, reachable=bool(nodes),
        length_m=length if nodes else math.nan, time_min=length / speed / 60.0 if nodes else math.nan,
        plain_length_m=plain_length, plain_time_min=plain_length / (profile_rules.PLAIN_SPEED_KMH / 3.6) / 60.0,
        geometry=path_line(network, nodes, links, floor_height),
        plain_geometry=path_line(network, plain_nodes, plain_links, floor_height),
        link_ids=[network.link_ids[link] for link in links],
        barriers=_barriers_on(network, profile, unknown_policy, graph, plain_nodes, plain_links, floor_height),
        unknown_links_used=int(unknown_links(network, profile)[links].sum()) if links else 0,
        snap_m=(source_snap, target_snap))


def _barriers_on(network, profile, unknown_policy, graph, nodes, links, floor_height):
    shapely = require("shapely", "Barrier-free analyses")
    rules = profile_rules.link_rules(network, profile)
    barriers, along = [], 0.0
    for order, (node, link) in enumerate(zip(nodes[:-1], links, strict=True), start=1):
        # One-way rules bind everyone, so the plain route's links are closed to the profile only by its rules.
        if not graph.passable[link]:
            reasons = profile_rules.barrier_reasons(network, profile, unknown_policy, link, rules)
            barriers.append(Barrier(link, network.link_ids[link], order, along, reasons,
                                    shapely.LineString(link_line_3d(network, link, floor_height, from_node=node))))
        along += float(network.link_length[link])
    return barriers


# ---------------------------------------------------------------------------------------------------- service areas

@dataclass
class Facility:
    id: str
    lonlat: tuple
    floor: float = None  # where the facility's entrance is, when the layer says
    node_id: str = None  # the network node it stands on, when the layer says


@dataclass
class Buildings:
    """Building representative points (lon, lat) and their population (NaN when unknown)."""

    ids: list
    lonlat: np.ndarray
    population: np.ndarray


@dataclass
class ServiceArea:
    facility: Facility
    profile: profile_rules.Profile
    budget_m: float
    links: list  # (link id, reached metres, whole link?, geometry MultiLineString Z / LineString Z)
    area: object  # Polygon/MultiPolygon lon/lat, or None when nothing is reachable
    reachable_length_m: float
    buildings: int = 0
    population: float = 0.0
    snap_m: float = 0.0


def reachable_portions(network, graph, distance_row, budget):
    """Per link, the metres reachable from its start end and from its end end (0 when not reached that way)."""
    length = network.link_length
    from_start = np.where(network.direction != 3, budget - distance_row[network.link_start], -np.inf)
    from_end = np.where(network.direction != 2, budget - distance_row[network.link_end], -np.inf)
    from_start = np.where(graph.passable, np.clip(from_start, 0.0, None), 0.0)
    from_end = np.where(graph.passable, np.clip(from_end, 0.0, None), 0.0)
    start_reached = graph.passable & np.isfinite(distance_row[network.link_start]) & (network.direction != 3)
    end_reached = graph.passable & np.isfinite(distance_row[network.link_end]) & (network.direction != 2)
    touched = (from_start > 0) | (from_end > 0) | ((length == 0) & (start_reached | end_reached))
    return np.minimum(from_start, length), np.minimum(from_end, length), touched


def service_areas(network, profiles, unknown_policy, facilities, budget, budget_is_time=False, buffer_m=25.0,
                  buildings=None, floor_height=FLOOR_HEIGHT_M, with_links=True, progress=NO_PROGRESS):
    """For each profile and facility: reachable links within the budget (metres, or minutes when budget_is_time)
    and the area around them (links buffered by buffer_m)."""
    if budget <= 0:
        raise InputError("the budget must be greater than 0")
    frame = snapping(network).frame
    snapped = [snap(network, facility.lonlat, Words("facility {id}", id=facility.id), floor=facility.floor,
                    node_id=facility.node_id) for facility in facilities]
    building_points = None
    if buildings is not None and len(buildings.ids):
        building_points = require("shapely", "Barrier-free analyses").points(frame.to_metric(buildings.lonlat))
    results, total, done = [], len(profiles) * len(facilities), 0
    for profile in profiles:
        graph = graphs.graph_for(network, profile, unknown_policy, preferences=False)
        budget_m = budget * 60.0 * profile.speed_kmh / 3.6 if budget_is_time else budget
        for facility, (node, snap_m) in zip(facilities, snapped, strict=True):
            distance_row = graphs.distances(graph, node, limit=budget_m)[0]
            area = _one_service_area(network, frame, graph, distance_row, budget_m, buffer_m, floor_height,
                                     building_points, buildings, with_links)
            results.append(ServiceArea(facility=facility, profile=profile, budget_m=budget_m, snap_m=snap_m, **area))
            done += 1
            progress.step(done / total)
    return results


def _one_service_area(network, frame, graph, distance_row, budget_m, buffer_m, floor_height, building_points,
                      buildings, with_links):
    shapely = require("shapely", "Barrier-free analyses")
    from_start, from_end, touched = reachable_portions(network, graph, distance_row, budget_m)
    length = network.link_length
    reached = np.minimum(from_start + from_end, length)
    whole = touched & (from_start + from_end >= length)
    partial = np.flatnonzero(touched & ~whole)
    vertices = link_vertices(network)
    # Whole links straight from the vertex arrays; links cut at the budget one by one (only the boundary ones).
    whole_links = np.flatnonzero(whole)
    sizes = vertices.offsets[whole_links + 1] - vertices.offsets[whole_links]
    picked = np.repeat(vertices.offsets[whole_links], sizes) + _ranges(sizes)
    owner = np.repeat(np.arange(len(whole_links)), sizes)
    cut_xyz, cut_owner, cut_links = [], [], []
    for link in partial:
        span = slice(vertices.offsets[link], vertices.offsets[link + 1])
        z = vertex_z(network, np.full(span.stop - span.start, link), vertices.fraction[span], floor_height)
        line = np.column_stack([vertices.xy[span], z])
        for piece in _clipped(line, vertices.fraction[span], from_start[link] / length[link],
                              from_end[link] / length[link]):
            cut_xyz.append(piece)
            cut_owner.append(np.full(len(piece), len(cut_links)))
            cut_links.append(link)
    cut_xyz = np.vstack(cut_xyz) if cut_xyz else np.zeros((0, 3))
    cut_owner = np.concatenate(cut_owner) if cut_owner else np.zeros(0, dtype=int)
    result = dict(links=[], area=None, reachable_length_m=float(reached[touched].sum()))
    if not len(whole_links) and not len(cut_links):
        return result
    metric_lines = np.concatenate([shapely.linestrings(vertices.xy[picked], indices=owner) if len(owner) else [],
                                   shapely.linestrings(cut_xyz[:, :2], indices=cut_owner) if len(cut_owner) else []])
    # Each line buffered, then the union: on street grids 20x faster than buffering all lines as one geometry.
    area_metric = shapely.union_all(shapely.buffer(metric_lines, buffer_m, quad_segs=2))
    result["area"] = shapely.transform(area_metric, frame.to_lonlat)
    if with_links:
        result["links"] = _reached_link_rows(network, vertices, whole_links, picked, owner, cut_links, cut_xyz,
                                             cut_owner, frame, reached, floor_height)
    if building_points is not None:
        # contains() on a prepared area, not contains_xy(): contains_xy segfaulted inside qgis_process (QGIS has
        # loaded its own GEOS 3.11 there; shapely's wheel brings another), contains() works in both.
        shapely.prepare(area_metric)
        inside = shapely.contains(area_metric, building_points)
        result["buildings"] = int(inside.sum())
        result["population"] = float(np.nansum(buildings.population[inside]))
    return result


def _reached_link_rows(network, vertices, whole_links, picked, owner, cut_links, cut_xyz, cut_owner, frame, reached,
                       floor_height):
    """(link id, reached metres, whole?, LineString Z / MultiLineString Z in lon/lat) per reached link."""
    shapely = require("shapely", "Barrier-free analyses")
    z = vertex_z(network, whole_links[owner], vertices.fraction[picked], floor_height)
    whole_lines = shapely.linestrings(np.column_stack([vertices.lonlat[picked], z]), indices=owner) \
        if len(owner) else []
    rows = [(network.link_ids[link], float(reached[link]), True, line)
            for link, line in zip(whole_links, whole_lines, strict=True)]
    if len(cut_links):
        lonlat = frame.to_lonlat(cut_xyz[:, :2])
        pieces = shapely.linestrings(np.column_stack([lonlat, cut_xyz[:, 2]]), indices=cut_owner)
        by_link = {}
        for link, piece in zip(cut_links, pieces, strict=True):
            by_link.setdefault(link, []).append(piece)
        rows += [(network.link_ids[link], float(reached[link]), False,
                  parts[0] if len(parts) == 1 else shapely.multilinestrings(parts))
                 for link, parts in by_link.items()]
    return rows


def _ranges(sizes):
    """[0..sizes[0]-1, 0..sizes[1]-1, ...] without a Python loop."""
    if not len(sizes):
        return np.zeros(0, dtype=np.int64)
    starts = np.repeat(np.cumsum(sizes) - sizes, sizes)
    return np.arange(sizes.sum()) - starts


def _clipped(line, fractions, start_fraction, end_fraction):
    """The parts of a (k, 3) line within start_fraction of its start and end_fraction of its end."""
    parts = []
    if start_fraction > 0:
        parts.append(_substring(line, fractions, 0.0, start_fraction))
    if end_fraction > 0:
        parts.append(_substring(line, fractions, 1.0 - end_fraction, 1.0))
    return parts


def _substring(line, fractions, low, high):
    inner = (fractions > low) & (fractions < high)
    ends = [np.array([np.interp(t, fractions, line[:, axis]) for axis in range(line.shape[1])]) for t in (low, high)]
    return np.vstack([ends[0], line[inner], ends[1]])


# --------------------------------------------------------------------------------------------------------- hotspots

@dataclass
class Hotspot:
    link: int
    link_id: str
    score: float  # mean reduction of the detour factor over the sampled pairs if this link alone were fixed
    pairs_improved: int
    pairs_reconnected: int
    reasons: list
    geometry: object


@dataclass
class HotspotResult:
    profile: profile_rules.Profile
    unknown_policy: str
    pairs: int
    mean_detour_factor: float
    unreachable_pairs: int
    hotspots: list


def detour_factors(accessible, plain, max_detour):
    """accessible / plain distance per pair, capped at max_detour (unreachable pairs count as max_detour)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = np.where(np.isfinite(accessible), accessible / plain, max_detour)
    return np.minimum(np.where(plain > 0, factor, 1.0), max_detour)


def barrier_hotspots(network, profile, unknown_policy, origins=None, samples=100, seed=0, max_detour=3.0,
                     floor_height=FLOOR_HEIGHT_M, progress=NO_PROGRESS):
    """Rank the links closed to the profile by how much fixing each one alone lowers the mean detour factor over
    origin-destination pairs. Origins: the given Facility list or random nodes; destinations: random nodes.
    """
    shapely = require("shapely", "Barrier-free analyses")
    if max_detour <= 1:
        raise InputError("the maximum detour factor must be greater than 1")
    rng = np.random.default_rng(seed)
    count = min(samples, network.node_count)
    if origins:
        origin_nodes = np.array([snap(network, facility.lonlat, Words("facility {id}", id=facility.id),
                                      floor=facility.floor, node_id=facility.node_id)[0] for facility in origins])
    else:
        origin_nodes = rng.choice(network.node_count, size=count, replace=False)
    destination_nodes = rng.choice(network.node_count, size=count, replace=False)
    accessible = graphs.graph_for(network, profile, unknown_policy, preferences=False)
    plain = graphs.plain_graph(network)
    plain_od = graphs.distances(plain, origin_nodes)[:, destination_nodes]
    valid = np.isfinite(plain_od) & (plain_od > 0)
    progress.step(0.1)
    closed = np.flatnonzero(~accessible.passable)
    ends = np.unique(np.r_[network.link_start[closed], network.link_end[closed]])
    from_origins = graphs.distances(accessible, origin_nodes)  # (origins, nodes)
    base_od = from_origins[:, destination_nodes]
    from_origins = from_origins[:, ends]
    progress.step(0.3)
    to_destinations = graphs.distances(accessible, destination_nodes, reverse=True)[:, ends]  # (dest, ends)
    progress.step(0.5)
    base = detour_factors(base_od, plain_od, max_detour)
    pair_count = int(valid.sum())
    position = np.searchsorted(ends, np.r_[network.link_start[closed], network.link_end[closed]])
    start_at, end_at = position[:len(closed)], position[len(closed):]
    hotspots = []
    rules = profile_rules.link_rules(network, profile)
    for first in range(0, len(closed), HOTSPOT_CHUNK):
        chunk = slice(first, first + HOTSPOT_CHUNK)
        links = closed[chunk]
        improved = _fixed_distances(network, links, start_at[chunk], end_at[chunk], base_od, from_origins,
                                    to_destinations)  # (origins, links, destinations)
        # Only pairs this link shortens can gain (an opened link never beats the plain distance, so pairs without
        # a plain route or with origin = destination never appear).
        o, e, d = np.nonzero(improved < base_od[:, None, :])
        gain = base[o, d] - detour_factors(improved[o, e, d], plain_od[o, d], max_detour)
        score = np.bincount(e, weights=gain, minlength=len(links))
        improved_pairs = np.bincount(e[gain > 1e-12], minlength=len(links))
        reconnected = np.bincount(e[~np.isfinite(base_od[o, d])], minlength=len(links))
        for i in np.flatnonzero(score > 1e-12):
            link = int(links[i])
            hotspots.append(Hotspot(
                link=link, link_id=network.link_ids[link], score=float(score[i] / pair_count),
                pairs_improved=int(improved_pairs[i]), pairs_reconnected=int(reconnected[i]),
                reasons=profile_rules.barrier_reasons(network, profile, unknown_policy, link, rules),
                geometry=shapely.LineString(link_line_3d(network, link, floor_height))))
        progress.step(0.5 + 0.5 * min(first + HOTSPOT_CHUNK, len(closed)) / len(closed))
    hotspots.sort(key=lambda spot: (-spot.score, spot.link_id))
    mean = float(base[valid].mean()) if pair_count else math.nan
    return HotspotResult(profile=profile, unknown_policy=unknown_policy, pairs=pair_count, mean_detour_factor=mean,
                         unreachable_pairs=int((valid & ~np.isfinite(base_od)).sum()), hotspots=hotspots)


def _fixed_distances(network, links, start_at, end_at, base_od, from_origins, to_destinations):
    """Origin-destination distances if each of these links alone were opened to the profile (in its allowed
    directions): (origins, links, destinations). start_at/end_at: the links' end nodes as columns of the distance
    tables."""
    best = None
    for tails, heads, allowed in ((start_at, end_at, network.direction[links] != 3),
                                  (end_at, start_at, network.direction[links] != 2)):
        length = np.where(allowed, network.link_length[links], np.inf)[None, :, None]  # inf: not this way
        via = from_origins[:, tails][:, :, None] + length + to_destinations[:, heads].T[None, :, :]
        best = via if best is None else np.minimum(best, via, out=best)
    return np.minimum(best, base_od[:, None, :], out=best)
    return best
