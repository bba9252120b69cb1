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
storeys above ground, else footprint x storeys estimated from the measured height (STOREY_HEIGHT_M a storey).
Footprint: the LOD1 footprint, else the LOD0 outline (a roof edge, eaves included), else the LOD2 ground surfaces.
"""

from dataclasses import dataclass

# floor-to-floor height assumed when only the measured height is known: between Japanese housing (~3 m) and offices
# (~4 m), the measured height also holding parapets and pitched roofs
STOREY_HEIGHT_M = 3.5
# district feature types joined per building: the column prefix of building_planning
PLANNING_DISTRICTS = {"UseDistrict": "use", "FirePreventionDistrict": "fire", "HeightControlDistrict": "height"}
PLANNING_TABLE = "building_planning"
PLANNING_FIELDS = [("gml_id", "str"), ("building_id", "str"), ("use_district", "str"), ("use_district_code", "str"),
                   ("floor_area_ratio_pct", "real"), ("building_coverage_pct", "real"), ("fire_prevention", "str"),
                   ("fire_prevention_code", "str"), ("height_limit_m", "real"), ("measured_height_m", "real"),
                   ("height_over_limit_m", "real"), ("footprint_m2", "real"), ("floor_area_m2", "real"),
                   ("floor_area_source", "str")]
FOOTPRINT_LODS = (1, 0)  # then LOD2 ground surfaces
PENDING_LIMIT = 256  # footprints measured together (one vectorised shapely call)


def _estimated_storeys(height_m):
    return max(1, round(height_m / STOREY_HEIGHT_M)) if height_m is not None and height_m > 0 else None


def _positive(value):
    return value if value is not None and value > 0 else None


# (floor_area_source, the floor area from (total floor area, footprint, storeys above ground, measured height), the
# DISTRICT_FIELDS column counting the buildings it served), in order of trust: the first giving a value is used
FLOOR_AREA_SOURCES = (
    ("total_floor_area", lambda total, footprint, storeys, height: _positive(total), "floor_area_from_total"),
    ("storeys", lambda total, footprint, storeys, height:
        footprint * storeys if footprint and _positive(storeys) else None, "floor_area_from_storeys"),
    ("height_estimate", lambda total, footprint, storeys, height:
        footprint * _estimated_storeys(height) if footprint and _estimated_storeys(height) else None,
     "floor_area_from_height"),
)
UNKNOWN_COUNT = "floor_area_unknown"
COUNT_COLUMNS = (*(column for *_, column in FLOOR_AREA_SOURCES), UNKNOWN_COUNT)
SOURCE_COUNTS = {source: column for source, _, column in FLOOR_AREA_SOURCES}
DISTRICT_TABLE = "district_floor_area"
# "gross": over the district's whole area, roads included (see the module's doc): lower bounds of lot ratios
DISTRICT_FIELDS = [("gml_id", "str"), ("feature_type", "str"), ("name", "str"), ("district_kind", "str"),
                   ("district_code", "str"), ("floor_area_ratio_pct", "real"), ("building_coverage_pct", "real"),
                   ("district_area_m2", "real"), ("buildings", "int"), ("footprint_m2", "real"),
                   ("floor_area_m2", "real"), *((column, "int") for column in COUNT_COLUMNS),
                   ("built_far_gross_pct", "real"), ("built_coverage_gross_pct", "real"),
                   ("permitted_floor_area_gross_m2", "real"), ("far_used_share_gross_pct", "real"),
                   ("coverage_used_share_gross_pct", "real")]


def floor_area(total_m2, footprint_m2, storeys, height_m):
    """(floor area in m², its source) by FLOOR_AREA_SOURCES, or (None, None) when nothing gives one."""
    for source, estimate, _ in FLOOR_AREA_SOURCES:
        value = estimate(total_m2, footprint_m2, storeys, height_m)
        if value is not None:
            return float(value), source
    return None, None


@dataclass
class _Building:
    gml_id: str
    building_id: str
    x: float  # footprint centroid
    y: float
    height_m: float
    footprint_m2: float
    floor_area_m2: float
    source: str


class PlanningJoin:
    """Buildings and urf districts of one load, joined at its end (rows(), district_rows()). Memory: a few numbers
    per building; footprints are measured in batches of PENDING_LIMIT and dropped."""

    def __init__(self):
        self.buildings = []
        self._pending = []  # (gml_id, building_id, footprint WKB, attributes) not measured yet
        self.districts = {}  # feature type -> [(WKB, values)], in file order
        self._joined = None

    def add_building(self, gml_id, building_id, footprint_wkb, attributes):
        """``footprint_wkb``: the building's footprint (see the module's doc); ``attributes``: its row values
        (total_floor_area_m2, storeys_above, measured_height)."""
        self._pending.append((gml_id, building_id, bytes(footprint_wkb), attributes.get("total_floor_area_m2"),
                              attributes.get("storeys_above"), attributes.get("measured_height")))
        if len(self._pending) >= PENDING_LIMIT:
            self._measure()

    def add_district(self, feature_type, wkb, values):
        """An urf district: kept if its type is joined per building or it has a designated ratio."""
        has_ratio = values.get("floor_area_ratio_pct") is not None or values.get("building_coverage_pct") is not None
        if feature_type in PLANNING_DISTRICTS or has_ratio:
            self.districts.setdefault(feature_type, []).append((bytes(wkb), dict(values)))

    def _measure(self):
        import shapely

        if not self._pending:
            return
        shapes = shapely.from_wkb([wkb for _, _, wkb, *_ in self._pending])
        areas, centroids = shapely.area(shapes), shapely.centroid(shapes)
        xs, ys = shapely.get_x(centroids), shapely.get_y(centroids)
        for (gml_id, building_id, _, total, storeys, height), area, x, y in zip(self._pending, areas, xs, ys,
                                                                               strict=True):
            footprint = float(area)
            value, source = floor_area(total, footprint, storeys, height)
            self.buildings.append(_Building(gml_id, building_id, float(x), float(y), height, footprint, value,
                                            source))
        self._pending = []

    def _join(self):
        """{feature type: ([shapes], {building index: district index})}: each building's district per type."""
        import numpy as np
        import shapely

        if self._joined is not None:
            return self._joined
        self._measure()
        self._joined = {}
        if not self.buildings or not self.districts:
            return self._joined
        points = shapely.points([(building.x, building.y) for building in self.buildings])
        for feature_type, districts in self.districts.items():
            shapes = shapely.make_valid(shapely.from_wkb([wkb for wkb, _ in districts]))
            building, district = shapely.STRtree(shapes).query(points, predicate="within")
            order = np.lexsort((district, building))  # overlapping districts: the first in the file
            building, district = building[order], district[order]
            first = np.unique(building, return_index=True)[1]
            self._joined[feature_type] = (shapes, {int(building[i]): int(district[i]) for i in first})
        return self._joined

    def rows(self):
        """PLANNING_FIELDS rows, one per building inside at least one district; [] without both."""
        joined = self._join()
        rows = []
        for index, building in enumerate(self.buildings):
            if not any(index in found for _, found in joined.values()):
                continue
            use, fire, limit = (self._district_of(joined, feature_type, index) for feature_type in PLANNING_DISTRICTS)
            maximum, height = limit.get("max_height_m"), building.height_m
            over = height - maximum if height is not None and maximum is not None else None
            rows.append((building.gml_id, building.building_id, use.get("district_kind"), use.get("district_code"),
                         use.get("floor_area_ratio_pct"), use.get("building_coverage_pct"), fire.get("district_kind"),
                         fire.get("district_code"), maximum, height, over, building.footprint_m2,
                         building.floor_area_m2, building.source))
        return rows

    def _district_of(self, joined, feature_type, index):
        """The values of building ``index``'s district of ``feature_type``, {} when it is in none."""
        found = joined.get(feature_type, (None, {}))[1]
        return self.districts[feature_type][found[index]][1] if index in found else {}

    def district_rows(self):
        """[(DISTRICT_FIELDS values, the district's WKB as read, its envelope (minx, maxx, miny, maxy))] for every
        district with a designated floor-area ratio or coverage, buildings in it or not; [] without buildings."""
        import shapely

        out = []
        for feature_type, (shapes, found) in self._join().items():
            members = {}  # district index -> its buildings
            for building, district in found.items():
                members.setdefault(district, []).append(self.buildings[building])
            areas, bounds = shapely.area(shapes), shapely.bounds(shapes)
            for index, (wkb, values) in enumerate(self.districts[feature_type]):
                ratio, coverage = values.get("floor_area_ratio_pct"), values.get("building_coverage_pct")
                if ratio is None and coverage is None:
                    continue
                inside = members.get(index, [])
                counts = dict.fromkeys(COUNT_COLUMNS, 0)
                for building in inside:
                    counts[SOURCE_COUNTS.get(building.source, UNKNOWN_COUNT)] += 1
                area = float(areas[index])
                footprint = sum(building.footprint_m2 for building in inside)
                floor = sum(building.floor_area_m2 for building in inside if building.floor_area_m2 is not None)
                far, cover = (100.0 * value / area if area > 0 else None for value in (floor, footprint))
                row = (values.get("gml_id"), feature_type, values.get("name"), values.get("district_kind"),
                       values.get("district_code"), ratio, coverage, area, len(inside), footprint, floor,
                       *(counts[column] for column in COUNT_COLUMNS), far, cover,
                       area * ratio / 100.0 if ratio is not None else None, _share(far, ratio),
                       _share(cover, coverage))
                minx, miny, maxx, maxy = map(float, bounds[index])
                out.append((row, wkb, (minx, maxx, miny, maxy)))
        return out


def _share(built_pct, permitted_pct):
    """``built_pct`` as a percentage of ``permitted_pct``, or None without a positive designation."""
    if built_pct is None or not permitted_pct:
        return None
    return 100.0 * built_pct / permitted_pct
