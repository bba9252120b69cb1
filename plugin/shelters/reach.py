"""Who can reach a suitable shelter: the residents of exposed buildings assigned to the nearest shelter designated
for the hazard, within a distance budget, and each shelter's load against its capacity.

Rules (kept simple and stated, so the figures can be checked by hand):
- a building's residents all go to the one nearest suitable shelter (straight-line distance between the building's
  centroid and the shelter, in a projected CRS in metres, or a given distance matrix: route_distances() gives the
  step-free walking distances along a barrier-free network for a mobility profile);
- beyond ``budget_m`` from every suitable shelter they are "unreached" and load no shelter;
- capacity does not redirect anyone: a shelter's load may exceed it, and the excess is reported.
"""

from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from .gsi import Hazard

# The loader's / floodexposure's hazard names -> the designation (指定緊急避難場所の災害種別) that suits them
HAZARD_DESIGNATIONS = {"river_flood": Hazard.FLOOD, "reservoir_flood": Hazard.FLOOD,
                       "inland_flood": Hazard.INLAND_FLOOD, "tsunami": Hazard.TSUNAMI,
                       "high_tide": Hazard.STORM_SURGE, "landslide": Hazard.SEDIMENT}
# every hazard a shelter list can be filtered by: the designations above and GSI's own hazard columns
HAZARD_CHOICES = {**HAZARD_DESIGNATIONS, **{hazard.value: hazard for hazard in Hazard}}
NO_SHELTER = -1
BLOCK = 4096  # buildings per distance block: memory stays at BLOCK x shelters floats


@dataclass
class Reach:
    shelter: np.ndarray  # per building: index of its shelter, NO_SHELTER when unreached or not exposed
    distance_m: np.ndarray  # per building: distance to the nearest suitable shelter (NaN: none, or not exposed)
    unreached: np.ndarray  # per building: exposed, with residents, and beyond the budget from every suitable shelter
    load_persons: np.ndarray  # per shelter: residents assigned
    excess_persons: np.ndarray  # per shelter: load beyond capacity (0 when within it, NaN when capacity unknown)
    unreached_persons: float
    reached_persons: float


def designation(hazard: str) -> Hazard:
    """The shelter designation a hazard needs."""
    try:
        return HAZARD_DESIGNATIONS[hazard]
    except KeyError:
        raise InputError("hazard {hazard!r} has no shelter designation; choose one of {hazards}", field="HAZARD",
                         hazard=hazard, hazards=", ".join(HAZARD_DESIGNATIONS)) from None


def assign_residents(building_xy, residents, exposed, *, shelter_xy, suitable, capacity=None, budget_m: float,
                     distances_m=None) -> Reach:
    """Assign the residents of exposed buildings to the nearest suitable shelter within ``budget_m``.

    building_xy (n, 2) and shelter_xy (m, 2): metres in one projected CRS; residents (n): persons (NaN: 0);
    exposed (n) and suitable (m): booleans; capacity (m): persons, NaN unknown. ``distances_m`` (n, m), when given,
    replaces the straight-line distances (np.inf where a shelter cannot be reached, e.g. no step-free route).
    """
    if not budget_m > 0:
        raise InputError("the distance budget must be positive, not {budget_m}", field="BUDGET_M",
                         budget_m=budget_m)
    building_xy = np.asarray(building_xy, float).reshape(-1, 2)
    shelter_xy = np.asarray(shelter_xy, float).reshape(-1, 2)
    count, shelters = len(building_xy), len(shelter_xy)
    residents = np.nan_to_num(np.asarray(residents, float))
    exposed = np.asarray(exposed, bool)
    suitable = np.asarray(suitable, bool)
    capacity = np.full(shelters, np.nan) if capacity is None else np.asarray(capacity, float)
    if distances_m is not None and np.shape(distances_m) != (count, shelters):
        raise InputError("the distance matrix is {shape}, not buildings x shelters ({count} x {shelters})",
                         shape="x".join(map(str, np.shape(distances_m))), count=count, shelters=shelters)
    nearest = np.full(count, NO_SHELTER)
    distance = np.full(count, np.nan)
    candidates = np.flatnonzero(suitable)
    rows = np.flatnonzero(exposed)
    if len(candidates):
        for start in range(0, len(rows), BLOCK):
            block = rows[start:start + BLOCK]
            if distances_m is None:
                gaps = np.hypot(*(building_xy[block, None, :] - shelter_xy[None, candidates, :]).transpose(2, 0, 1))
            else:
                gaps = np.asarray(distances_m, float)[np.ix_(block, candidates)]
            best = np.argmin(gaps, axis=1)
            nearest[block] = candidates[best]
            distance[block] = gaps[np.arange(len(block)), best]
    distance[~np.isfinite(distance)] = np.nan
    within = np.isfinite(distance) & (distance <= budget_m)
    unreached = exposed & ~within & (residents > 0)
    shelter = np.where(within, nearest, NO_SHELTER)
    load = np.bincount(shelter[within], weights=residents[within], minlength=shelters).astype(float)
    excess = np.where(np.isfinite(capacity), np.maximum(load - np.nan_to_num(capacity), 0.0), np.nan)
    return Reach(shelter, np.where(exposed, distance, np.nan), unreached, load, excess,
                 float(residents[unreached].sum()), float(residents[within].sum()))


def route_distances(network, profile, unknown_policy, *, building_lonlat, shelter_lonlat, limit_m=np.inf,
                    max_snap_m: float = 200.0) -> np.ndarray:
    """(buildings x shelters) walking distances in metres along a barrier-free ``network`` (plugin.barrierfree)
    for a mobility ``profile``: each point joins its nearest node (the gap counts), then the shortest passable
    route. np.inf where the profile has no route, the route is longer than ``limit_m``, or a point lies more than
    ``max_snap_m`` from the network."""
    from ..barrierfree import analyses
    from ..barrierfree import graph as graphs

    snapping = analyses.snapping(network)
    building_gap, building_node = snapping.tree.query(snapping.frame.to_metric(np.asarray(building_lonlat, float)))
    shelter_gap, shelter_node = snapping.tree.query(snapping.frame.to_metric(np.asarray(shelter_lonlat, float)))
    graph = graphs.graph_for(network, profile, unknown_policy, preferences=False)
    # from every shelter over the reversed graph: each node's distance *to* the shelter (one-way links count)
    to_shelter = graphs.distances(graph, np.atleast_1d(shelter_node), limit=limit_m, reverse=True)
    matrix = to_shelter[:, np.atleast_1d(building_node)].T + np.atleast_1d(building_gap)[:, None] \
        + np.atleast_1d(shelter_gap)[None, :]
    matrix[np.atleast_1d(building_gap) > max_snap_m, :] = np.inf
    matrix[:, np.atleast_1d(shelter_gap) > max_snap_m] = np.inf
    return matrix
