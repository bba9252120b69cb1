"""Building exposure to a flood hazard map: per building rank, depth, duration, scale, river and floors affected, and a
summary per scale and rank (buildings, floor area, residents) ready for a report.

Rules (ANALYSES.md):
- "largest_overlap" (PLATEAU, the default): the rank whose hazard cells together cover the largest part of the
  building wins (a tie goes to the more dangerous rank); the depth (and duration, river) is that of the single cell of
  that rank overlapping the building most (a tie goes to the deeper cell).
- "highest_touching" (InaSAFE's rule): the most dangerous rank among all cells overlapping the building, however
  small the overlap; depth = the deepest cell of that rank.

Hazard cells of one scenario (one river and scale) do not overlap each other, as in PLATEAU fld and MLIT A31 data;
assess() takes one scenario, assess_scenarios() several (fld, ifld, tnm, htd, rfld areas and lsld sediment-disaster
areas, whose ranks are 1 警戒 / 2 特別警戒), each alone, with a summary per hazard and scenario. Everything is
vectorised with shapely 2 (STRtree query + array intersections) and numpy.
"""

from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..progress import NO_PROGRESS
from . import GSI_DEPTH_CLASSES
from .inundation import depth_classes

RULES = ("largest_overlap", "highest_touching")
RANK_LABELS = {rank: label for rank, (_, _, label) in enumerate(GSI_DEPTH_CLASSES, start=1)}
# hazards whose rank is not a GSI depth class: their own labels (sediment-disaster areaType codes)
HAZARD_RANK_LABELS = {"landslide": {1: "土砂災害警戒区域", 2: "土砂災害特別警戒区域"}}
AREA_TIE = 1e-6  # m²: overlaps closer than this are a tie
OVERLAY_BLOCK = 20_000  # building-cell pairs per block between progress reports / Cancel checks


@dataclass
class Hazard:
    geometries: np.ndarray  # shapely polygons, projected CRS in metres
    rank: np.ndarray  # int 1..6; 0 = unknown (then derived from depth)
    depth: np.ndarray  # m, NaN unknown
    duration: np.ndarray  # h, NaN unknown
    scale: np.ndarray  # object: "L1", "L2" or None
    river: np.ndarray  # object: river name or None

    @classmethod
    def from_arrays(cls, geometries, rank=None, depth=None, duration=None, scale=None, river=None):
        import shapely

        geometries = _valid(np.asarray(geometries, dtype=object))
        count = len(geometries)
        depth = _float_array(depth, count)
        rank = np.zeros(count, int) if rank is None else np.nan_to_num(np.asarray(rank, float)).astype(int)
        unknown = rank <= 0
        rank[unknown] = depth_classes(depth[unknown])
        if np.any((rank < 0) | (rank > 6)):
            raise InputError("flood ranks must be 1 (<0.5 m) to 6 (≥20 m)", field="rank")
        keep = (rank > 0) & ~shapely.is_missing(geometries) & ~shapely.is_empty(geometries)
        return cls(geometries[keep], rank[keep], depth[keep], _float_array(duration, count)[keep],
                   _object_array(scale, count)[keep], _object_array(river, count)[keep])

    @classmethod
    def from_depth_raster(cls, raster, buildings):
        """The wet cells of a depth raster under the buildings' bounding boxes, as square cell polygons."""
        import shapely

        x0, width, _, y0, _, height = raster.geotransform
        rows, cols = raster.shape
        bounds = shapely.bounds(buildings)
        col0 = np.clip(np.floor((bounds[:, 0] - x0) / width), 0, cols - 1).astype(int)
        col1 = np.clip(np.floor((bounds[:, 2] - x0) / width), 0, cols - 1).astype(int)
        row0 = np.clip(np.floor((bounds[:, 3] - y0) / height), 0, rows - 1).astype(int)
        row1 = np.clip(np.floor((bounds[:, 1] - y0) / height), 0, rows - 1).astype(int)
        cells = np.unique(np.concatenate([
            (np.arange(r0, r1 + 1)[:, None] * cols + np.arange(c0, c1 + 1)[None, :]).ravel()
            for r0, r1, c0, c1 in zip(row0, row1, col0, col1, strict=True)] or [np.array([], int)]))
        depth = raster.values.ravel()[cells]
        wet = np.isfinite(depth) & (depth > 0)
        cells, depth = cells[wet], depth[wet]
        cell_rows, cell_cols = np.divmod(cells, cols)
        left, top = x0 + cell_cols * width, y0 + cell_rows * height
        boxes = shapely.box(left, top + height, left + width, top)
        return cls.from_arrays(boxes, depth=depth)


@dataclass
class Exposure:
    rank: np.ndarray  # 0 = not exposed
    depth: np.ndarray
    duration: np.ndarray
    scale: np.ndarray
    river: np.ndarray
    overlap_m2: np.ndarray  # area of the building covered by hazard cells of the chosen rank
    overlap_share: np.ndarray  # overlap_m2 / footprint area
    floors_affected: np.ndarray
    floor_area_m2: np.ndarray
    residents: np.ndarray
    summary: list  # dicts: scale, rank, rank_label, buildings, floor_area_m2, residents


def assess(buildings, hazard, *, progress=NO_PROGRESS, **options):
    """Exposure of ``buildings`` (shapely polygons, same projected CRS as the hazard) to a Hazard.

    ``options`` (keywords, as _assess takes them): rule ("largest_overlap", default, or "highest_touching"),
    storeys / heights / population, area_per_person (40 m²), storey_height (3 m), first_floor_height (0.5 m).
    storeys / heights / population: per-building arrays (NaN unknown). Floor area = footprint x storeys (storeys
    from the height / storey_height when unknown, at least 1). Residents = population when known, else floor area /
    area_per_person. A floor is affected when the water rises above its floor level: the ground floor stands
    first_floor_height above the ground, each storey storey_height above the one below.
    """
    return _assess(*_footprints(buildings), hazard, progress=progress, **options)


def _footprints(buildings):
    """(repaired buildings, their areas): the same for every hazard, so done once per set of buildings."""
    import shapely

    buildings = _valid(np.asarray(buildings, dtype=object))
    return buildings, shapely.area(buildings)


def _assess(buildings, footprint, hazard, *, rule="largest_overlap", storeys=None, heights=None, population=None,
            area_per_person=40.0, storey_height=3.0, first_floor_height=0.5, progress=NO_PROGRESS):
    import shapely

    if rule not in RULES:
        raise InputError("unknown rule '{rule}'; choose one of {rules}", rule=rule, rules=', '.join(RULES))
    if area_per_person <= 0 or storey_height <= 0:
        raise InputError("the area per person and the storey height must be positive")
    count = len(buildings)
    building_index, cell_index = shapely.STRtree(hazard.geometries).query(buildings, predicate="intersects")
    # pairs in (building, cell) order, not the tree's: per-building sums then do not depend on which other cells the
    # tree holds, so a tile of a city gets the same bits as the whole (plugin/batch)
    order = np.lexsort((cell_index, building_index))
    building_index, cell_index = building_index[order], cell_index[order]
    progress.step(0.3)
    overlap = _overlap_areas(buildings[building_index], hazard.geometries[cell_index], progress.sub(0.3, 0.7))
    positive = overlap > 0  # a shared edge is not an overlap
    building_index, cell_index, overlap = building_index[positive], cell_index[positive], overlap[positive]
    choose = _largest_overlap if rule == "largest_overlap" else _highest_touching
    rank, chosen_cell, rank_area = choose(count, building_index, hazard.rank[cell_index], overlap,
                                          hazard.depth[cell_index], cell_index)

    depth, duration = _take(hazard.depth, chosen_cell, np.nan), _take(hazard.duration, chosen_cell, np.nan)
    scale, river = _take(hazard.scale, chosen_cell, None), _take(hazard.river, chosen_cell, None)

    storeys = _storeys(count, storeys, heights, storey_height)
    floors = np.ceil((np.nan_to_num(depth) - first_floor_height) / storey_height)
    floors_affected = np.clip(floors, 0, storeys).astype(int)
    floor_area = footprint * storeys
    population = _float_array(population, count)
    residents = np.where(np.isfinite(population), population, floor_area / area_per_person)
    summary = _summary(rank, scale, floor_area, residents)
    progress.step(1.0)
    return Exposure(rank, depth, duration, scale, river, rank_area,
                    np.divide(rank_area, footprint, out=np.zeros(count), where=footprint > 0), floors_affected,
                    floor_area, residents, summary)


@dataclass
class ScenarioExposure:
    worst: Exposure  # per building, the scenario with the highest rank (then the deepest); its summary is unused
    hazard: np.ndarray  # object: the hazard of that scenario, None where no scenario reaches the building
    scenario: np.ndarray  # object: that scenario's label
    rank_label: np.ndarray  # object: its rank in words (depth class, or 警戒 / 特別警戒 for landslides)
    by_scenario: dict  # (hazard, scenario) -> Exposure
    summary: list  # dicts: hazard, scenario, scale, rank, rank_label, buildings, floor_area_m2, residents


def rank_label(hazard, rank):
    """The words for ``rank`` of ``hazard``: a GSI depth class, or the hazard's own classes."""
    return HAZARD_RANK_LABELS.get(hazard, RANK_LABELS).get(int(rank))


def assess_scenarios(buildings, scenarios, *, progress=NO_PROGRESS, **options) -> ScenarioExposure:
    """Exposure of ``buildings`` to each of ``scenarios`` ({(hazard, scenario label): Hazard}), assessed alone with
    assess()'s ``options``; per building the worst scenario; one summary block per hazard and scenario."""
    if not scenarios:
        raise InputError("no hazard scenario to assess: the hazard layer has no area with a rank or depth")
    keys = sorted(scenarios, key=lambda key: tuple("" if part is None else str(part) for part in key))
    footprints = _footprints(buildings)
    results = {}
    for number, key in enumerate(keys):
        results[key] = _assess(*footprints, scenarios[key], progress=progress.sub(number / len(keys),
                                                                                  (number + 1) / len(keys)), **options)
    exposures = [results[key] for key in keys]
    ranks = np.stack([exposure.rank for exposure in exposures])
    depths = np.stack([np.nan_to_num(exposure.depth, nan=-1.0) for exposure in exposures])
    choice = np.lexsort((-depths, -ranks), axis=0)[0] if len(keys) > 1 else np.zeros(ranks.shape[1], int)
    columns = np.arange(ranks.shape[1])
    worst = Exposure(*[np.stack([getattr(exposure, name) for exposure in exposures])[choice, columns]
                       for name in WORST_FIELDS], summary=[])
    exposed = worst.rank > 0
    hazard = np.array([keys[c][0] if hit else None for c, hit in zip(choice, exposed, strict=True)], dtype=object)
    scenario = np.array([keys[c][1] if hit else None for c, hit in zip(choice, exposed, strict=True)], dtype=object)
    labels = np.array([rank_label(h, r) if hit else None for h, r, hit in zip(hazard, worst.rank, exposed,
                                                                                strict=True)], dtype=object)
    summary = [dict(row, hazard=key[0], scenario=key[1], rank_label=rank_label(key[0], row["rank"]))
               for key in keys for row in results[key].summary]
    return ScenarioExposure(worst, hazard, scenario, labels, results, summary)


WORST_FIELDS = ("rank", "depth", "duration", "scale", "river", "overlap_m2", "overlap_share", "floors_affected",
                "floor_area_m2", "residents")


def _overlap_areas(buildings, cells, progress):
    """Area of each building-cell pair's intersection. Overlays are the slow part, so the pairs where one geometry
    covers the other (most pairs: a house inside a 5 m or 10 m hazard cell) take the smaller one's area instead.
    Done in blocks, so Cancel answers within a second."""
    import shapely

    overlap = np.empty(len(buildings))
    for start in range(0, len(buildings), OVERLAY_BLOCK):
        progress.step(start / len(buildings))
        block = slice(start, start + OVERLAY_BLOCK)
        these_buildings, these_cells = buildings[block], cells[block]
        areas = np.where(shapely.covers(these_cells, these_buildings), shapely.area(these_buildings), np.nan)
        undecided = np.isnan(areas)
        areas[undecided] = np.where(shapely.covers(these_buildings[undecided], these_cells[undecided]),
                                    shapely.area(these_cells[undecided]), np.nan)
        undecided = np.isnan(areas)
        areas[undecided] = shapely.area(shapely.intersection(these_buildings[undecided], these_cells[undecided]))
        overlap[block] = areas
    return overlap


def _largest_overlap(count, building, rank, overlap, depth, cell):
    """PLATEAU: per building, the rank with the largest summed overlap (tie: higher rank); then its largest cell."""
    key = building * 8 + rank
    groups, members = np.unique(key, return_inverse=True)
    merged = np.bincount(members, weights=overlap)
    group_building, group_rank = groups // 8, groups % 8
    order = np.lexsort((-group_rank, -_tie_rounded(merged), group_building))
    best = order[_first_of_each(group_building[order])]
    chosen_rank = np.zeros(count, int)
    chosen_rank[group_building[best]] = group_rank[best]
    rank_area = np.zeros(count)
    rank_area[group_building[best]] = merged[best]
    of_chosen = rank == chosen_rank[building]
    chosen_cell = _pick_cell(count, building[of_chosen], -_tie_rounded(overlap[of_chosen]),
                             depth[of_chosen], cell[of_chosen])
    return chosen_rank, chosen_cell, rank_area


def _highest_touching(count, building, rank, overlap, depth, cell):
    """InaSAFE: per building, the highest rank among overlapping cells; then its deepest cell."""
    chosen_rank = np.zeros(count, int)
    np.maximum.at(chosen_rank, building, rank)
    of_chosen = rank == chosen_rank[building]
    rank_area = np.bincount(building[of_chosen], weights=overlap[of_chosen], minlength=count)
    chosen_cell = _pick_cell(count, building[of_chosen], np.zeros(of_chosen.sum()), depth[of_chosen],
                             cell[of_chosen])
    return chosen_rank, chosen_cell, rank_area


def _pick_cell(count, building, primary, depth, cell):
    """Per building, the cell with the smallest ``primary`` key, then the deepest; -1 where none."""
    order = np.lexsort((-np.nan_to_num(depth, nan=-np.inf), primary, building))
    first = order[_first_of_each(building[order])]
    chosen = np.full(count, -1)
    chosen[building[first]] = cell[first]
    return chosen


def _take(values, cell, missing):
    """values[cell] per building, ``missing`` where no cell was chosen (cell -1)."""
    out = np.full(len(cell), missing, dtype=values.dtype)
    out[cell >= 0] = values[cell[cell >= 0]]
    return out


def _first_of_each(sorted_keys):
    return np.unique(sorted_keys, return_index=True)[1]


def _tie_rounded(area):
    return np.round(area / AREA_TIE) * AREA_TIE


def _storeys(count, storeys, heights, storey_height):
    storeys = _float_array(storeys, count)
    from_height = np.round(_float_array(heights, count) / storey_height)
    storeys = np.where(np.isfinite(storeys) & (storeys > 0), storeys, from_height)
    return np.where(np.isfinite(storeys) & (storeys > 0), storeys, 1.0)


def _summary(rank, scale, floor_area, residents):
    rows = []
    exposed = rank > 0
    scale_keys = np.array([str(s) if s is not None else "" for s in scale], dtype=object)
    for scale_key in sorted(set(scale_keys[exposed])):
        for value in range(6, 0, -1):
            selected = exposed & (rank == value) & (scale_keys == scale_key)
            if selected.any():
                rows.append(dict(scale=scale_key or None, rank=value, rank_label=RANK_LABELS[value],
                                 buildings=int(selected.sum()), floor_area_m2=float(floor_area[selected].sum()),
                                 residents=float(residents[selected].sum())))
    return rows


def _valid(geometries):
    """Repair invalid geometries. The 'structure' method unions the parts of a multipolygon: PLATEAU flood areas are
    MultiPolygons of edge-sharing triangles, which the default 'linework' repair would turn into holes."""
    import shapely

    invalid = ~shapely.is_valid(geometries) & ~shapely.is_missing(geometries)
    if invalid.any():
        geometries = geometries.copy()
        geometries[invalid] = shapely.make_valid(geometries[invalid], method="structure", keep_collapsed=False)
    return geometries


def _float_array(values, count):
    if values is None:
        return np.full(count, np.nan)
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def _object_array(values, count):
    if values is None:
        return np.full(count, None, dtype=object)
    return np.array([None if v is None or v != v else v for v in values], dtype=object)
