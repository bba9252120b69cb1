"""MLIT pedestrian network codes (歩行空間ネットワークデータ, 2018 and 2024 code sets) turned into physical ranges.

Every coded value becomes an interval ``(low, high)`` of the physical quantity, so a profile rule can say pass,
fail or "cannot tell" (unknown) without caring which code set the data came from. NaN means unknown (code 99/X).
"""

import math

INF = math.inf
NAN = math.nan
UNKNOWN_RANGE = (NAN, NAN)

# route_type (both code sets)
NORMAL, MOVING_WALKWAY, RAILWAY_CROSSING, ELEVATOR, ESCALATOR, STAIRS, RAMP, UNKNOWN = 1, 2, 3, 4, 5, 6, 7, 99
ROUTE_TYPE_NAMES = {1: "normal", 2: "moving walkway", 3: "railway crossing", 4: "elevator", 5: "escalator",
                    6: "stairs", 7: "ramp", 99: "unknown"}
VERTICAL_ROUTE_TYPES = {ELEVATOR, ESCALATOR, STAIRS}

# Allowed values per field, for validation (99 = unknown in every field).
ALLOWED = {
    "route_type": {1, 2, 3, 4, 5, 6, 7, 99},
    "rt_struct": {1, 2, 3, 4, 5, 6, 7, 8, 99},
    "direction": {1, 2, 3, 99},
    "width": {1, 2, 3, 4, 99},
    "tfc_signal": {1, 2, 3, 4, 99},
    "brail_tile": {1, 2, 99},
    "roof": {1, 2, 99},
    "elevator": {1, 2, 3, 4, 5, 99},
}
ALLOWED_2018 = dict(ALLOWED, vtcl_slope={1, 2, 3, 99}, lev_diff={1, 2, 99})
ALLOWED_2024 = dict(ALLOWED, vtcl_slope={1, 2, 3, 4, 5, 6, 7, 8, 99}, lev_diff={1, 2, 3, 4, 5, 99})
RANKS = ("S", "A", "B", "C", "Z")  # best to worst; X = unknown
CROSSING_STRUCTS = {3, 4}  # crosswalk, unmarked crossing

# width (m): the same codes in 2018 and 2024; intervals [low, high)
WIDTH_M = {1: (0.0, 1.0), 2: (1.0, 2.0), 3: (2.0, 3.0), 4: (3.0, INF)}

# lev_diff (cm): intervals (low, high]
STEP_CM_2018 = {1: (0.0, 2.0), 2: (2.0, INF)}
STEP_CM_2024 = {1: (0.0, 0.0), 2: (0.0, 2.0), 3: (2.0, 5.0), 4: (5.0, 10.0), 5: (10.0, INF)}

# vtcl_slope (%): (low, high] and the sense along the link (+1 rising to the end node, -1 falling, 0 flat/either)
SLOPE_PCT_2018 = {1: (0.0, 5.0, 0), 2: (5.0, INF, 1), 3: (5.0, INF, -1)}
SLOPE_PCT_2024 = {1: (0.0, 0.0, 0), 2: (0.0, 5.0, 0), 3: (5.0, 8.0, 1), 4: (5.0, 8.0, -1), 5: (8.0, 18.0, 1),
                  6: (8.0, 18.0, -1), 7: (18.0, INF, 1), 8: (18.0, INF, -1)}


def rank_index(rank):
    """Position of a 2024 rank in S..Z (0 = best), or None for unknown (X) / absent."""
    rank = (rank or "").strip().upper()
    return RANKS.index(rank) if rank in RANKS else None
