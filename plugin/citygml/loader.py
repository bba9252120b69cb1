"""Load PLATEAU CityGML (file, release zip or URL) into one GeoPackage: the engine behind digitaltwin:loadcitygml.

Layers (created only when they get features):
- building_lod0 / building_lod1 / building_lod2: one row per building, the same attribute fields
  (parser.BUILDING_FIELDS, flood risk joined per scale L1/L2); LOD0 = roof edge or footprint, LOD1 = the
  footprint of the block at ground height (``lod1_height`` extrudes it),
  LOD2 = every surface of the solid (MultiPolygon Z);
- building_lod2_roof / _wall / _ground: one row per LOD2 semantic surface, with area, slope and azimuth;
- building_risk: every disaster risk entry of every building (no geometry), joined by gml_id;
- citygml_sources: each file read with its i-UR (uro / urf) version and PLATEAU specification edition;
- <urf feature type>_lod<n> (usedistrict_lod1 ...): urban planning districts with typed columns (URBAN_FIELDS);
- building_planning: with buildings and urf districts in one load, each building's districts, height check,
  footprint and floor area (planning.py);
- district_floor_area: in the same case, per district with a designated floor-area ratio or coverage, the gross
  floor area and footprint built in it against the designation (planning.py);
- <featuretype>_lod<n> for other city objects (waterbody_lod1 for flood areas, relieffeature_lod1 for TIN DEMs ...).
"""

import operator
from dataclasses import dataclass, field

from ..errors import InputError
from ..progress import NO_PROGRESS
from ..safe_io import atomic_output
from .codelists import Codelists
from .geometry import (
    PositionError,
    TransformedPolygons,
    check_positions,
    epsg_code,
    lod1_footprint,
    make_transformer,
    plane_rectangular_epsg,
    surface_metrics,
)
from .gpkg_writer import GpkgWriter
from .parser import BUILDING_FIELDS, HAZARDS, OBJECT_FIELDS, RISK_FIELDS, attributes_json, iter_city_objects
from .planning import DISTRICT_FIELDS, DISTRICT_TABLE, FOOTPRINT_LODS, PLANNING_FIELDS, PLANNING_TABLE, PlanningJoin
from .sources import open_sources
from .specs import HEAD_BYTES, file_spec

LOD_POLICIES = ("all", "lowest", "highest")
LOD_NUMBERS = frozenset(range(5))  # the LODs CityGML 2.0 has
SURFACE_FIELDS = [("surface_id", "str"), ("gml_id", "str"), ("building_id", "str"), ("area_m2", "real"),
                  ("slope_deg", "real"), ("azimuth_deg", "real")]
JAPAN = {"lat": (20.0, 46.5), "lon": (122.0, 154.5)}
OTHER_HAZARDS = ("tsunami", "high_tide", "inland_flood")
HAZARD_NAMES = frozenset(HAZARDS.values())
risk_entry = operator.itemgetter(*[name for name, _ in RISK_FIELDS[2:]])  # RISK_FIELDS: gml_id, building_id, entry
BUILDING_NAMES = [name for name, _ in BUILDING_FIELDS]
OBJECT_NAMES = [name for name, _ in OBJECT_FIELDS]
# urf districts (用途地域, 防火地域, 高度地区 ...) and sediment-disaster areas: typed columns, rates in percent
URBAN_FIELDS = [("gml_id", "str"), ("feature_type", "str"), ("name", "str"), ("district_kind", "str"),
                ("district_code", "str"), ("floor_area_ratio_pct", "real"), ("building_coverage_pct", "real"),
                ("max_height_m", "real"), ("min_height_m", "real"), ("area_type", "str"), ("area_type_code", "str"),
                ("disaster_type", "str"), ("disaster_type_code", "str"), ("urf_version", "str"),
                ("source_file", "str"), ("attributes_json", "str"), ("hazard", "str"), ("scenario", "str")]
# urf features that are hazard areas: their hazard, and the column naming their scenario (for floodexposure)
URBAN_HAZARDS = {"SedimentDisasterProneArea": ("landslide", "disaster_type")}
URBAN_NAMES = [name for name, _ in URBAN_FIELDS]
# urf before 3.0 writes floorAreaRate / buildingCoverageRate as ratios (2, 0.6), 3.x in percent (200, 60)
RATE_COLUMNS = {"floor_area_rate": "floor_area_ratio_pct", "building_coverage_rate": "building_coverage_pct"}
PERCENT_SINCE_URF = (3, 0)
# <feature>_lod<n>_traffic_area (road_lod2_traffic_area): one row per tran traffic area, its function as label and code
TRAFFIC_AREA_FIELDS = [("area_id", "str"), ("gml_id", "str"), ("kind", "str"), ("function", "str"),
                       ("function_code", "str"), ("area_m2", "real")]
TRAFFIC_AREA_SUFFIX = "_traffic_area"
SPEC_FIELDS = [("source_file", "str"), ("uro_version", "str"), ("urf_version", "str"), ("plateau_spec", "str"),
               ("spec_year", "int"), ("spec_status", "str")]
SPEC_TABLE = "citygml_sources"  # one row per file read: its i-UR version and PLATEAU specification edition
PROGRESS_EVERY = 20  # city objects between progress reports
ANY_CRS_LIMIT = 1e8  # beyond this, a coordinate is garbage in every CRS (the Earth's circumference is 4e7 m)
TRANSFORM_BATCH = 256  # city objects per coordinate transformation call: fewer calls, memory still bounded


@dataclass
class LoadResult:
    output: str
    epsg: int = None
    layers: dict = field(default_factory=dict)  # layer name -> feature count
    buildings: int = 0
    city_objects: int = 0
    issues: list = field(default_factory=list)  # "file, line N: message" for what was skipped
    sources: list = field(default_factory=list)
    specs: dict = field(default_factory=dict)  # source -> specs.FileSpec (uro/urf version, PLATEAU spec edition)


def load_citygml(location, output, feature_types=("bldg",), mesh_codes=None, lods="all", target_crs=None,
                 skip_broken=False, overwrite=False, progress=NO_PROGRESS, client=None, *, scenarios=None):
    """Read CityGML from ``location`` (.gml, release zip, URL) into the GeoPackage ``output``.

    ``lods``: "all", "lowest", "highest" (per object) or a collection of LOD numbers. ``target_crs``: anything
    GDAL understands with an EPSG code; default: the JGD2011 plane rectangular zone of the data (Tokyo: 6677).
    ``skip_broken``: skip city objects with XML or coordinate errors and keep the rest (listed in ``issues``).
    ``client``: the net.http.HttpClient that reads a URL (inside QGIS: net.qgis_transport.qgis_client()).
    ``scenarios``: {hazard: scenario label} (parse_scenarios): the scenario that fills the building columns of
    that hazard instead of the worst of all; building_risk keeps every scenario of every hazard either way.
    """
    if isinstance(lods, str) and lods not in LOD_POLICIES:
        raise InputError("levels of detail: one of {policies} or LOD numbers, not {lods!r}",
                         field="LODS", policies=', '.join(LOD_POLICIES), lods=lods)
    feature_types = {kind.lower() for kind in feature_types} if feature_types else None
    mesh_codes = [code.strip() for code in mesh_codes if code.strip()] if mesh_codes else None
    result = LoadResult(str(output))
    with open_sources(location, feature_types, mesh_codes, progress.sub(0.0, 0.1), client=client) as sources, \
            atomic_output(output, overwrite=overwrite) as tmp:
        run = _Load(tmp, lods, target_crs, result, scenarios or {},
                    planning=PlanningJoin() if feature_types is None or "urf" in feature_types else None,
                    skip_broken=skip_broken)
        try:
            total = sum(source.size for source in sources) or 1
            done = 0
            load_progress = progress.sub(0.1, 1.0)
            for source in sources:
                result.sources.append(str(source))
                codelists = Codelists(source.archive)
                with source.open() as raw:
                    stream = _CountingReader(raw)
                    issues = []
                    objects = iter_city_objects(stream, source.name if source.archive is None else str(source),
                                                codelists, recover=skip_broken, on_issue=issues.append,
                                                codelist_source=source.name)
                    run.spec = None
                    for count, obj in enumerate(objects):
                        if run.spec is None:  # the parser has read the head by now, namespaces and all
                            run.spec = file_spec(stream.head)
                        run.write(obj, str(source))
                        if count % PROGRESS_EVERY == 0:  # also where Cancel is noticed
                            load_progress.step((done + stream.count) / total)
                    result.issues += [f"{source}, line {issue.line}: {issue.message}" for issue in issues]
                    result.specs[str(source)] = run.spec or file_spec(stream.head)  # no objects: read now
                done += source.size
            if run.writer is None:
                raise InputError("no city objects with geometry found", path=location)
            run.flush()
            if run.planning is not None:  # after the last batch: every building and district is known
                rows = run.planning.rows()
                if rows:
                    run.writer.add_rows(PLANNING_TABLE, PLANNING_FIELDS, rows)
                for row, wkb, envelope in run.planning.district_rows():
                    run.writer.add(DISTRICT_TABLE, DISTRICT_FIELDS, row, wkb, envelope)
                if run.planning.unmeasured and run.planning.districts:
                    result.issues.append(str(InputError(
                        "{count} buildings have a footprint without area or with unclosed rings: they count in no "
                        "planning district", path=location, count=run.planning.unmeasured)))
            run.writer.add_rows(SPEC_TABLE, SPEC_FIELDS, [
                (source, spec.uro, spec.urf, spec.spec, spec.year, spec.status)
                for source, spec in result.specs.items()])
            run.writer.close()
        except BaseException:
            if run.writer is not None:
                run.writer.abort()
            raise
        # the metadata table is not a layer: the counts stay what they were for callers merging them
        result.layers = {name: count for name, count in run.writer.counts.items() if name != SPEC_TABLE}
    return result


class _CountingReader:
    """A file-like wrapper counting the bytes read, for progress over files and zip members alike."""

    def __init__(self, raw):
        self.raw = raw
        self.count = 0
        self.head = b""  # the first bytes, for the i-UR version

    def read(self, size=-1):
        data = self.raw.read(size)
        if self.count < HEAD_BYTES:
            self.head += data[:HEAD_BYTES - self.count]
        self.count += len(data)
        return data


class _Load:
    def __init__(self, path, lods, target_crs, result, scenarios, planning=None, skip_broken=False):
        self.path = path
        self.scenarios = scenarios
        self.planning = planning  # planning.PlanningJoin when the load may hold buildings and districts, else None
        self.skip_broken = skip_broken
        self.lods = lods
        self.target_crs = target_crs
        self.result = result
        self.writer = None
        self.transformer = None
        self._batch = []  # (CityObject, chosen LODs, source label) waiting for flush()
        self.spec = None  # specs.FileSpec of the file being read

    def write(self, obj, source_label):
        """Queue one city object; objects are transformed and written in batches (one PROJ call per batch)."""
        chosen = self._chosen_lods(obj)
        if not chosen:
            return
        if self.writer is None:
            # The first object decides the CRS: not from garbage; other numbers out of range mean another CRS
            value = _bad_position(obj)
            if value is not None and not abs(value) < ANY_CRS_LIMIT:
                self._broken(obj, source_label, value)
                return
            self._open(obj)
        if obj.urban_planning:
            _urban_values(obj.feature_type, obj.attributes, self.spec.urf if self.spec else None)
        self._batch.append((obj, chosen, source_label))
        if len(self._batch) >= TRANSFORM_BATCH:
            self.flush()

    def flush(self):
        polygons = []  # every polygon of the batch; objects then address theirs by index
        # per object: the indices of each chosen LOD's polygons, then of each LOD2 surface; and a building's LOD1
        # (lowest, highest) height, or None
        spans_per_object = []
        for obj, chosen, _ in self._batch:
            groups = [self._polygons(obj, lod) for lod in chosen]
            heights = None
            if obj.feature_type == "Building" and 1 in chosen:
                position = chosen.index(1)
                groups[position], heights = lod1_footprint(groups[position])
            if 2 in chosen:
                groups += [surface_polygons for _, _, surface_polygons in obj.surfaces]
            groups += [area[-1] for area in self._areas(obj, chosen)]
            spans = []
            for group in groups:
                spans.append(range(len(polygons), len(polygons) + len(group)))
                polygons += group
            spans_per_object.append((spans, heights))
        try:
            batch = TransformedPolygons(polygons, self.transformer)
        except PositionError as exc:  # rare: find the objects, skip them (or stop), transform the others
            bad = [index for index, (spans, _) in enumerate(spans_per_object)
                   if any(polygon in exc.polygons for span in spans for polygon in span)]
            for index in bad:
                obj, _, source_label = self._batch[index]
                value = _bad_position(obj)
                self._broken(obj, source_label, exc.value if value is None else value)
            self._batch = [entry for index, entry in enumerate(self._batch) if index not in bad]
            self.flush()
            return
        for (obj, chosen, source_label), (spans, heights) in zip(self._batch, spans_per_object, strict=True):
            by_lod = dict(zip(chosen, spans, strict=False))
            if obj.feature_type == "Building":
                surfaces = [(kind, surface_id, indices) for (kind, surface_id, _), indices
                            in zip(obj.surfaces, spans[len(chosen):], strict=True)] if 2 in chosen else []
                self._write_building(obj, batch, by_lod, surfaces, source_label, heights)
            else:
                areas = zip(self._areas(obj, chosen), spans[len(chosen):], strict=True)
                self._write_object(obj, batch, by_lod, source_label, areas)
        self._batch = []

    def _broken(self, obj, source_label, value):
        """A city object with a number that is no position: an InputError, or with skip_broken a listed issue."""
        where = dict(path=source_label, line=obj.line, value=value, gml_id=obj.gml_id)
        if not self.skip_broken:
            raise InputError("coordinate {value} of city object {gml_id} is not a latitude, longitude or height",
                             **where)
        self.result.issues.append(str(InputError(
            "coordinate {value} of city object {gml_id} is not a latitude, longitude or height (skipped)", **where)))

    def _chosen_lods(self, obj):
        # obj.lods keys: an LOD, or ("surfaces", LOD) for the boundary surfaces of one
        available = sorted({key if isinstance(key, int) else key[1] for key, polygons in obj.lods.items()
                            if polygons} & LOD_NUMBERS)
        if not available:
            return []
        if self.lods == "lowest":
            return available[:1]
        if self.lods == "highest":
            return available[-1:]
        if self.lods == "all":
            return available
        return [lod for lod in available if lod in set(self.lods)]

    @staticmethod
    def _areas(obj, chosen):
        """The traffic areas of ``obj`` in the chosen LODs."""
        return [area for area in obj.areas if area[4] in chosen]

    @staticmethod
    def _polygons(obj, lod):
        return obj.lods.get(lod) or obj.lods.get(("surfaces", lod)) or []

    def _open(self, obj):
        """Create the GeoPackage once the first object tells where the data is (for the default CRS)."""
        # obj.lods keys: an LOD, or ("surfaces", LOD) for a building given by its boundary surfaces alone
        first_ring = next(ring for key in sorted(obj.lods, key=lambda key: key if isinstance(key, int) else key[1])
                          for polygon in obj.lods[key] for ring in polygon)
        lat, lon = float(first_ring[0]), float(first_ring[1])
        if not (JAPAN["lat"][0] <= lat <= JAPAN["lat"][1] and JAPAN["lon"][0] <= lon <= JAPAN["lon"][1]):
            raise InputError("the first coordinates ({lat}, {lon}) are not latitude, longitude in Japan: PLATEAU "
                             "CityGML is in EPSG:6697 with the latitude first; this file uses another CRS or axis "
                             "order", path=self.result.sources[-1], line=obj.line, lat=lat, lon=lon)
        if self.target_crs:
            try:
                epsg = epsg_code(self.target_crs)
            except RuntimeError as exc:
                raise InputError("target CRS {target_crs} is not a CRS ({exc})", field="TARGET_CRS",
                                 target_crs=self.target_crs, exc=exc) from exc
            if epsg is None:
                raise InputError("target CRS {target_crs} has no EPSG code", field="TARGET_CRS",
                                 target_crs=self.target_crs)
        else:
            attributes = obj.attributes
            prefecture = attributes.get("prefecture_code") or (attributes.get("city_code") or "")[:2] or \
                (attributes.get("building_id") or "")[:2]
            epsg = plane_rectangular_epsg(lat, lon, prefecture if prefecture.isdigit() else None)
        self.result.epsg = epsg
        self.transformer = make_transformer(f"EPSG:{epsg}")
        self.writer = GpkgWriter(self.path, epsg)

    def _write_building(self, obj, batch, by_lod, surfaces, source_label, lod1_heights):
        """``by_lod``: LOD -> indices of its polygons in ``batch`` (LOD1: the footprint); ``surfaces``: (kind,
        gml:id, indices); ``lod1_heights``: the LOD1 block's (lowest, highest) height, or None without LOD1."""
        values = obj.attributes  # the row's values, completed in place: the object is done with after this
        values.update(summarize_risks(obj.risks, scenarios=self.scenarios))
        values.update(gml_id=obj.gml_id, lods=",".join(map(str, by_lod)), source_file=source_label,
                      attributes_json=attributes_json(obj))
        if lod1_heights is not None:
            values["ground_z"], top = lod1_heights
            values["lod1_height"] = top - values["ground_z"]
        else:
            values["ground_z"] = min(batch.z_low[i] for indices in by_lod.values() for i in indices)
        writer = self.writer
        attributes = writer.attributes(BUILDING_NAMES, values)
        wkbs = {lod: batch.wkb(indices) for lod, indices in by_lod.items()}  # the planning join reuses one
        for lod, indices in by_lod.items():
            writer.add(f"building_lod{lod}", BUILDING_FIELDS, attributes, wkbs[lod], batch.envelope(indices))
        building_id = values.get("building_id")
        for kind, surface_id, indices in surfaces:
            area, slope, azimuth = surface_metrics([batch.rings(i) for i in indices])
            writer.add(f"building_lod2_{kind}", SURFACE_FIELDS,
                       (surface_id, obj.gml_id, building_id, area, slope, azimuth), batch.wkb(indices),
                       batch.envelope(indices))
        if self.planning is not None:
            footprint = next((wkbs[lod] for lod in FOOTPRINT_LODS if lod in wkbs), None)
            if footprint is None:  # LOD2 only: its ground surfaces
                ground = [index for kind, _, indices in surfaces if kind == "ground" for index in indices]
                footprint = batch.wkb(ground) if ground else None
            if footprint is not None:
                self.planning.add_building(obj.gml_id, building_id, footprint, values)
        if obj.risks:
            writer.add_rows("building_risk", RISK_FIELDS,
                            [(obj.gml_id, building_id) + risk_entry(risk) for risk in obj.risks])
        self.result.buildings += 1
        self.result.city_objects += 1

    def _write_object(self, obj, batch, by_lod, source_label, areas=()):
        """``areas``: (traffic area, indices of its polygons in ``batch``)."""
        values = obj.attributes  # completed in place, as for buildings
        fields, names = (URBAN_FIELDS, URBAN_NAMES) if obj.urban_planning else (OBJECT_FIELDS, OBJECT_NAMES)
        worst = _worst(obj.risks)
        if worst is not None:
            values.update(hazard=worst["hazard"], flood_scale=worst["scale"], flood_rank=worst["rank"],
                          flood_rank_label=worst["rank_label"], flood_depth=worst["depth"],
                          flood_river=worst["river"], admin_type=worst["admin_type"], scenario=worst["scenario"])
        values.update(gml_id=obj.gml_id, feature_type=obj.feature_type, source_file=source_label,
                      attributes_json=attributes_json(obj))
        attributes = self.writer.attributes(names, values)
        for lod, indices in by_lod.items():
            self.writer.add(f"{obj.feature_type.lower()}_lod{lod}", fields, attributes, batch.wkb(indices),
                            batch.envelope(indices))
        for (kind, area_id, code, label, lod, _), indices in areas:
            area_m2 = surface_metrics([batch.rings(i) for i in indices])[0]
            self.writer.add(f"{obj.feature_type.lower()}_lod{lod}{TRAFFIC_AREA_SUFFIX}", TRAFFIC_AREA_FIELDS,
                            (area_id, obj.gml_id, kind, label, code, area_m2), batch.wkb(indices),
                            batch.envelope(indices))
        if self.planning is not None and obj.urban_planning and by_lod:
            self.planning.add_district(obj.feature_type, batch.wkb(next(iter(by_lod.values()))), values)
        self.result.city_objects += 1


def _urban_values(feature_type, values, urf_version):
    """Complete an urf object's row in place: the district kind (its function) as label and code, the rates in
    percent whatever the version, the version itself; for hazard areas the hazard and scenario."""
    if feature_type in URBAN_HAZARDS:
        hazard, scenario_column = URBAN_HAZARDS[feature_type]
        values["hazard"], values["scenario"] = hazard, values.get(scenario_column)
    label, code = values.get("function"), values.get("function_code")
    values["district_kind"], values["district_code"] = (label if label != code else None), code
    ratio = urf_version is not None and tuple(map(int, urf_version.split("."))) < PERCENT_SINCE_URF
    for written, column in RATE_COLUMNS.items():
        rate = values.get(written)
        values[column] = rate * 100.0 if ratio and rate is not None else rate
    values["urf_version"] = urf_version


def _bad_position(obj):
    """The first number of ``obj``'s geometry that is no position, or None."""
    try:
        check_positions([polygon for polygons in obj.lods.values() for polygon in polygons])
    except PositionError as exc:
        return exc.value
    return None


def _worst(entries):
    ranked = [entry for entry in entries if entry["rank"] is not None or entry["depth"] is not None]
    if not ranked:
        return None
    return max(ranked, key=lambda entry: (entry["rank"] if entry["rank"] is not None else -1,
                                          entry["depth"] if entry["depth"] is not None else -1.0))


WORST = "worst"


def parse_scenarios(text):
    """{hazard: scenario} from "tsunami: 3; river_flood: 多摩川 L2" (empty or "worst": {}, the worst of every
    hazard). Hazards are the risk table's names; a scenario is a building_risk ``scenario`` value or its
    description code."""
    scenarios = {}
    for part in (text or "").replace("\n", ";").split(";"):
        part = part.strip()
        if not part or part.lower() == WORST:
            continue
        hazard, separator, scenario = part.partition(":")
        hazard, scenario = hazard.strip(), scenario.strip()
        if not separator or hazard not in HAZARD_NAMES or not scenario:
            raise InputError("scenario '{part}': write hazard: scenario, with a hazard among {hazards}",
                             field="SCENARIOS", part=part, hazards=", ".join(sorted(HAZARD_NAMES)))
        if scenario.lower() != WORST:
            scenarios[hazard] = scenario
    return scenarios


def summarize_risks(risks, *, scenarios=None):
    """One row's worth of risk: per river-flood scale the worst rank (then the deepest) with its depth, duration
    and river; the worst tsunami / high tide / inland flood rank and depth; the landslide zones. ``scenarios``
    ({hazard: scenario}) restricts a hazard to the entries of one scenario (label or description code)."""
    values = {"risk_count": len(risks)}
    if scenarios:
        risks = [risk for risk in risks if risk["hazard"] not in scenarios
                 or scenarios[risk["hazard"]] in (risk["scenario"], risk["river"], risk["river_code"])]
    if not risks:
        return values
    by_kind = {}  # hazard, or (hazard, scale) for river floods -> its entries, in file order
    for risk in risks:
        hazard = risk["hazard"]
        by_kind.setdefault((hazard, risk["scale"]) if hazard == "river_flood" else hazard, []).append(risk)
    for scale in ("L1", "L2"):
        worst = _worst(by_kind.get(("river_flood", scale), ()))
        if worst is not None:
            prefix = f"flood_{scale.lower()}"
            values.update({f"{prefix}_rank": worst["rank"], f"{prefix}_rank_label": worst["rank_label"],
                           f"{prefix}_depth": worst["depth"], f"{prefix}_duration": worst["duration"],
                           f"{prefix}_river": worst["river"]})
    for hazard in OTHER_HAZARDS:
        worst = _worst(by_kind.get(hazard, ()))
        if worst is not None:
            values[f"{hazard}_rank"], values[f"{hazard}_depth"] = worst["rank"], worst["depth"]
    landslides = sorted({f"{risk['river']}: {risk['rank_label']}" if risk["river"] else str(risk["rank_label"])
                         for risk in by_kind.get("landslide", ())})
    if landslides:
        values["landslide"] = "; ".join(landslides)
    return values
