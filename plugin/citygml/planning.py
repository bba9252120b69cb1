"""Buildings x urban planning districts of one load (no qgis): each building's districts and height check
(building_planning), and per district with a designated floor-area ratio or coverage the gross floor area and
footprint built in it against what the designation permits (district_floor_area).

Rule: a building belongs, whole, to the district its footprint's centroid lies in (per district type; where
districts of one type overlap, the first in the file). A building straddling two districts counts in one only,
so district sums add up to the total; buildings whose centroid lies in no district count nowhere.

What the figures are: PLATEAU has no lot (敷地) polygons, so the ratios are GROSS, over the whole district, roads
and open space included. A district's built floor-area ratio and coverage are therefore lower bounds of the
ratios of its lots, and the used share of the permitted volume (容積充足率) a lower bound too. Limits by front-road
width, bonuses and exemptions (basements, car parks) are not modelled.

Floor area per building, first that applies (FLOOR_AREA_SOURCES): uro:totalFloorArea as surveyed, else footprint x
storeys above ground, else footprint x storeys estimated from the measured height (STOREY_HEIGHT_M a storey,
rounded half up, at least one).
Footprint: the LOD1 footprint, else the LOD0 outline (a roof edge, eaves included), else the LOD2 ground surfaces.
"""

import numpy as np

# floor-to-floor height assumed when only the measured height is known: between Japanese housing (~3 m) and offices
# (~4 m), the measured height also holding parapets and pitched roofs
STOREY_HEIGHT_M = 3.5
# district feature types joined per building, in the order building_planning's columns name them
PLANNING_DISTRICTS = ("UseDistrict", "FirePreventionDistrict", "HeightControlDistrict")
PLANNING_TABLE = "building_planning"
PLANNING_FIELDS = [("gml_id", "str"), ("building_id", "str"), ("use_district", "str"), ("use_district_code", "str"),
                   ("floor_area_ratio_pct", "real"), ("building_coverage_pct", "real"), ("fire_prevention", "str"),
                   ("fire_prevention_code", "str"), ("height_limit_m", "real"), ("measured_height_m", "real"),
                   ("height_over_limit_m", "real"), ("footprint_m2", "real"), ("floor_area_m2", "real"),
                   ("floor_area_source", "str")]
FOOTPRINT_LODS = (1, 0)  # then LOD2 ground surfaces
PENDING_LIMIT = 256  # footprints measured together (one vectorised shapely call)
NO_DISTRICT = -1


def _estimated_storeys(height_m):
    """Storeys from measured heights (arrays, NaN unknown): height / STOREY_HEIGHT_M rounded half up, at least 1."""
    with np.errstate(invalid="ignore"):
        return np.where(height_m > 0, np.maximum(1.0, np.floor(height_m / STOREY_HEIGHT_M + 0.5)), np.nan)


# (floor_area_source, the floor area from arrays of (total floor area, footprint, storeys above ground, measured
# height), NaN for unknown, the DISTRICT_FIELDS column counting the buildings it served), in order of trust: for
# each building the first giving a positive value is used
FLOOR_AREA_SOURCES = (
    ("total_floor_area", lambda total, footprint, storeys, height: total, "floor_area_from_total"),
    ("storeys", lambda total, footprint, storeys, height: footprint * storeys, "floor_area_from_storeys"),
    ("height_estimate", lambda total, footprint, storeys, height: footprint * _estimated_storeys(height),
     "floor_area_from_height"),
)
SOURCE_NAMES = [source for source, *_ in FLOOR_AREA_SOURCES]
UNKNOWN_COUNT = "floor_area_unknown"
COUNT_COLUMNS = (*(column for *_, column in FLOOR_AREA_SOURCES), UNKNOWN_COUNT)  # by source index, then unknown
DISTRICT_TABLE = "district_floor_area"
# "gross": over the district's whole area, roads included (see the module's doc): lower bounds of lot ratios
DISTRICT_FIELDS = [("gml_id", "str"), ("feature_type", "str"), ("name", "str"), ("district_kind", "str"),
                   ("district_code", "str"), ("floor_area_ratio_pct", "real"), ("building_coverage_pct", "real"),
                   ("district_area_m2", "real"), ("buildings", "int"), ("footprint_m2", "real"),
                   ("floor_area_m2", "real"), *((column, "int") for column in COUNT_COLUMNS),
                   ("built_far_gross_pct", "real"), ("built_coverage_gross_pct", "real"),
                   ("permitted_floor_area_gross_m2", "real"), ("far_used_share_gross_pct", "real"),
                   ("coverage_used_share_gross_pct", "real")]


def floor_areas(total_m2: np.ndarray, footprint_m2: np.ndarray, storeys: np.ndarray,
                height_m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(floor areas in m², NaN where nothing gives one; source indices into FLOOR_AREA_SOURCES, -1 there) of
    buildings given as float arrays, NaN for unknown values."""
    floor = np.full(len(footprint_m2), np.nan)
    source = np.full(len(footprint_m2), -1, dtype=np.int64)
    for index, (_, estimate, _) in enumerate(FLOOR_AREA_SOURCES):
        value = estimate(total_m2, footprint_m2, storeys, height_m)
        with np.errstate(invalid="ignore"):
            take = np.isnan(floor) & (value > 0)
        floor[take], source[take] = value[take], index
    return floor, source


def _value(number):
    """A float for the GeoPackage, None for NaN."""
    return None if np.isnan(number) else float(number)


class PlanningJoin:
    """Buildings and urf districts of one load, joined at its end (rows(), district_rows()). Memory: a few numbers
    per building, in columns; footprints are measured in batches of PENDING_LIMIT and dropped."""

    def __init__(self):
        self._ids = []  # (gml_id, building_id) per building
        self._heights = []  # measured height per building, or None
        self._pending = []  # (footprint WKB, total floor area, storeys, measured height) not measured yet
        self._measured = []  # per batch: arrays of centroid x, y, footprint, floor area, floor-area source index
        self.districts = {}  # feature type -> [(WKB, values)], in file order
        self.unmeasured = 0  # buildings whose footprint has no area or cannot be read: in no district
        self._joined = None

    def add_building(self, gml_id: str, building_id: str | None, footprint_wkb: bytes, attributes: dict) -> None:
        """``footprint_wkb``: the building's footprint (see the module's doc); ``attributes``: its row values
        (total_floor_area_m2, storeys_above, measured_height)."""
        height = attributes.get("measured_height")
        self._ids.append((gml_id, building_id))
        self._heights.append(height)
        self._pending.append((footprint_wkb, attributes.get("total_floor_area_m2"), attributes.get("storeys_above"),
                              height))
        if len(self._pending) >= PENDING_LIMIT:
            self._measure()

    def add_district(self, feature_type: str, wkb: bytes, values: dict) -> None:
        """An urf district: kept if its type is joined per building or it has a designated ratio."""
        has_ratio = values.get("floor_area_ratio_pct") is not None or values.get("building_coverage_pct") is not None
        if feature_type in PLANNING_DISTRICTS or has_ratio:
            self.districts.setdefault(feature_type, []).append((bytes(wkb), dict(values)))

    def _measure(self):
        import shapely

        if not self._pending:
            return
        wkbs, totals, storeys, heights = zip(*self._pending, strict=True)
        shapes = shapely.from_wkb(wkbs, on_invalid="ignore")  # unclosed rings ...: None, unmeasured
        footprint = shapely.area(shapes)
        shapes[~(footprint > 0)] = None  # NaN for None
        try:
            centroids = shapely.centroid(shapes)
        except shapely.errors.GEOSException:  # a degenerate hole ...: find it, leave it unmeasured
            centroids = np.array([_centroid(shape) for shape in shapes], dtype=object)
        unmeasured = shapely.is_missing(centroids)
        footprint[unmeasured] = np.nan
        self.unmeasured += int(unmeasured.sum())
        floor, source = floor_areas(*(np.array(values, dtype=float) for values in (totals, footprint, storeys,
                                                                                   heights)))
        self._measured.append((shapely.get_x(centroids), shapely.get_y(centroids), footprint, floor, source))
        self._pending = []

    def _join(self):
        """(x, y, footprint, floor area, source index arrays of every building; {feature type: (district shapes,
        each building's district index or NO_DISTRICT)})."""
        import shapely

        if self._joined is not None:
            return self._joined
        self._measure()
        columns = [np.concatenate(column) for column in zip(*self._measured, strict=True)] if self._measured else \
            [np.zeros(0)] * 4 + [np.zeros(0, dtype=np.int64)]
        by_type = {}
        points = shapely.points(columns[0], columns[1])
        for feature_type, districts in self.districts.items() if len(points) else ():
            shapes = shapely.make_valid(shapely.from_wkb([wkb for wkb, _ in districts], on_invalid="ignore"))
            building, district = shapely.STRtree(shapes).query(points, predicate="within")
            order = np.lexsort((district, building))  # overlapping districts of one type: the first in the file
            building, district = building[order], district[order]
            first = np.unique(building, return_index=True)[1]
            assigned = np.full(len(points), NO_DISTRICT, dtype=np.int64)
            assigned[building[first]] = district[first]
            by_type[feature_type] = (shapes, assigned)
        self._joined = (*columns, by_type)
        return self._joined

    def rows(self) -> list[tuple]:
        """PLANNING_FIELDS rows, one per building inside at least one district; [] without both."""
        *columns, by_type = self._join()
        if not by_type:
            return []
        _, _, footprint, floor, source = columns
        inside = np.any([assigned != NO_DISTRICT for _, assigned in by_type.values()], axis=0)
        none = (None, np.full(len(footprint), NO_DISTRICT))
        kinds = [(self.districts.get(feature_type, ()), by_type.get(feature_type, none)[1])
                 for feature_type in PLANNING_DISTRICTS]
        rows = []
        for index in np.flatnonzero(inside).tolist():
            use, fire, limit = (districts[assigned[index]][1] if assigned[index] != NO_DISTRICT else {}
                                for districts, assigned in kinds)
            maximum, height = limit.get("max_height_m"), self._heights[index]
            over = height - maximum if height is not None and maximum is not None else None
            rows.append((*self._ids[index], use.get("district_kind"), use.get("district_code"),
                         use.get("floor_area_ratio_pct"), use.get("building_coverage_pct"), fire.get("district_kind"),
                         fire.get("district_code"), maximum, height, over, float(footprint[index]),
                         _value(floor[index]), SOURCE_NAMES[source[index]] if source[index] >= 0 else None))
        return rows

    def district_rows(self) -> list[tuple[tuple, bytes, tuple]]:
        """[(DISTRICT_FIELDS values, the district's WKB as read, its envelope (minx, maxx, miny, maxy))] for every
        district with a designated floor-area ratio or coverage, buildings in it or not; [] without buildings."""
        import shapely

        *columns, by_type = self._join()
        _, _, footprint, floor, source = columns
        out = []
        for feature_type, (shapes, assigned) in by_type.items():
            inside = assigned != NO_DISTRICT
            district, size = assigned[inside], len(shapes)
            sums = [np.bincount(district, weights=weights[inside], minlength=size)
                    for weights in (np.ones(len(assigned)), footprint, np.nan_to_num(floor))]
            # per district the buildings of each floor-area source, COUNT_COLUMNS' order (unknown = -1 last)
            counts = [np.bincount(district[source[inside] == index], minlength=size)
                      for index in (*range(len(FLOOR_AREA_SOURCES)), -1)]
            areas, bounds = shapely.area(shapes), shapely.bounds(shapes)
            for index, (wkb, values) in enumerate(self.districts[feature_type]):
                ratio, coverage = values.get("floor_area_ratio_pct"), values.get("building_coverage_pct")
                if ratio is None and coverage is None:
                    continue
                area = float(areas[index])
                if not area > 0:  # no readable polygon: nothing to measure against (its urf layer keeps it)
                    continue
                buildings, built_footprint, built_floor = (float(total[index]) for total in sums)
                far, cover = (100.0 * value / area for value in (built_floor, built_footprint))
                row = (values.get("gml_id"), feature_type, values.get("name"), values.get("district_kind"),
                       values.get("district_code"), ratio, coverage, area, int(buildings), built_footprint,
                       built_floor, *(int(count[index]) for count in counts), far, cover,
                       area * ratio / 100.0 if ratio is not None else None, _share(far, ratio),
                       _share(cover, coverage))
                minx, miny, maxx, maxy = map(float, bounds[index])
                out.append((row, wkb, (minx, maxx, miny, maxy)))
        return out


def _centroid(shape):
    """The centroid of one footprint, None when GEOS cannot make one."""
    import shapely

    try:
        return shapely.centroid(shape)
    except shapely.errors.GEOSException:
        return None


def _share(built_pct, permitted_pct):
    """``built_pct`` as a percentage of ``permitted_pct``, or None without a positive designation."""
    if built_pct is None or not permitted_pct:
        return None
    return 100.0 * built_pct / permitted_pct
