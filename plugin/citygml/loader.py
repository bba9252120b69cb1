"""Load PLATEAU CityGML (file, release zip or URL) into one GeoPackage: the engine behind digitaltwin:loadcitygml.

Layers (created only when they get features):
- building_lod0 / building_lod1 / building_lod2: one row per building, the same attribute fields
  (parser.BUILDING_FIELDS, flood risk joined per scale L1/L2); LOD0 = roof edge or footprint, LOD1 = the
  footprint of the block at ground height (``lod1_height`` extrudes it),
  LOD2 = every surface of the solid (MultiPolygon Z);
- building_lod2_roof / _wall / _ground: one row per LOD2 semantic surface, with area, slope and azimuth;
- building_risk: every disaster risk entry of every building (no geometry), joined by gml_id;
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
from .parser import BUILDING_FIELDS, OBJECT_FIELDS, RISK_FIELDS, attributes_json, iter_city_objects
from .sources import open_sources

LOD_POLICIES = ("all", "lowest", "highest")
LOD_NUMBERS = frozenset(range(5))  # the LODs CityGML 2.0 has
SURFACE_FIELDS = [("surface_id", "str"), ("gml_id", "str"), ("building_id", "str"), ("area_m2", "real"),
                  ("slope_deg", "real"), ("azimuth_deg", "real")]
JAPAN = {"lat": (20.0, 46.5), "lon": (122.0, 154.5)}
OTHER_HAZARDS = ("tsunami", "high_tide", "inland_flood")
risk_entry = operator.itemgetter(*[name for name, _ in RISK_FIELDS[2:]])  # RISK_FIELDS: gml_id, building_id, entry
BUILDING_NAMES = [name for name, _ in BUILDING_FIELDS]
OBJECT_NAMES = [name for name, _ in OBJECT_FIELDS]
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


def load_citygml(location, output, feature_types=("bldg",), mesh_codes=None, lods="all", target_crs=None,
                 skip_broken=False, overwrite=False, progress=NO_PROGRESS):
    """Read CityGML from ``location`` (.gml, release zip, URL) into the GeoPackage ``output``.

    ``lods``: "all", "lowest", "highest" (per object) or a collection of LOD numbers. ``target_crs``: anything
    GDAL understands with an EPSG code; default: the JGD2011 plane rectangular zone of the data (Tokyo: 6677).
    ``skip_broken``: skip city objects with XML or coordinate errors and keep the rest (listed in ``issues``).
    """
    if isinstance(lods, str) and lods not in LOD_POLICIES:
        raise InputError(f"levels of detail: one of {', '.join(LOD_POLICIES)} or LOD numbers, not {lods!r}",
                         field="LODS")
    feature_types = {kind.lower() for kind in feature_types} if feature_types else None
    mesh_codes = [code.strip() for code in mesh_codes if code.strip()] if mesh_codes else None
    result = LoadResult(str(output))
    with open_sources(location, feature_types, mesh_codes, progress.sub(0.0, 0.1)) as sources, \
            atomic_output(output, overwrite=overwrite) as tmp:
        run = _Load(tmp, lods, target_crs, result, skip_broken)
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
                    for count, obj in enumerate(objects):
                        run.write(obj, str(source))
                        if count % PROGRESS_EVERY == 0:  # also where Cancel is noticed
                            load_progress.step((done + stream.count) / total)
                    result.issues += [f"{source}, line {issue.line}: {issue.message}" for issue in issues]
                done += source.size
            if run.writer is None:
                raise InputError("no city objects with geometry found", path=location)
            run.flush()
            run.writer.close()
        except BaseException:
            if run.writer is not None:
                run.writer.abort()
            raise
        result.layers = dict(run.writer.counts)
    return result


class _CountingReader:
    """A file-like wrapper counting the bytes read, for progress over files and zip members alike."""

    def __init__(self, raw):
        self.raw = raw
        self.count = 0

    def read(self, size=-1):
        data = self.raw.read(size)
        self.count += len(data)
        return data


class _Load:
    def __init__(self, path, lods, target_crs, result, skip_broken=False):
        self.path = path
        self.skip_broken = skip_broken
        self.lods = lods
        self.target_crs = target_crs
        self.result = result
        self.writer = None
        self.transformer = None
        self._batch = []  # (CityObject, chosen LODs, source label) waiting for flush()

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
                self._write_object(obj, batch, by_lod, source_label)
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
    def _polygons(obj, lod):
        return obj.lods.get(lod) or obj.lods.get(("surfaces", lod)) or []

    def _open(self, obj):
        """Create the GeoPackage once the first object tells where the data is (for the default CRS)."""
        first_ring = next(ring for lod in sorted(k for k in obj.lods if isinstance(k, int))
                          for polygon in obj.lods[lod] for ring in polygon)
        lat, lon = float(first_ring[0]), float(first_ring[1])
        if not (JAPAN["lat"][0] <= lat <= JAPAN["lat"][1] and JAPAN["lon"][0] <= lon <= JAPAN["lon"][1]):
            raise InputError(f"the first coordinates ({lat}, {lon}) are not latitude, longitude in Japan: PLATEAU "
                             "CityGML is in EPSG:6697 with the latitude first; this file uses another CRS or axis "
                             "order", path=self.result.sources[-1], line=obj.line)
        if self.target_crs:
            try:
                epsg = epsg_code(self.target_crs)
            except RuntimeError as exc:
                raise InputError(f"target CRS {self.target_crs} is not a CRS ({exc})", field="TARGET_CRS") from exc
            if epsg is None:
                raise InputError(f"target CRS {self.target_crs} has no EPSG code", field="TARGET_CRS")
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
        values.update(summarize_risks(obj.risks))
        values.update(gml_id=obj.gml_id, lods=",".join(map(str, by_lod)), source_file=source_label,
                      attributes_json=attributes_json(obj))
        if lod1_heights is not None:
            values["ground_z"], top = lod1_heights
            values["lod1_height"] = top - values["ground_z"]
        else:
            values["ground_z"] = min(batch.z_low[i] for indices in by_lod.values() for i in indices)
        writer = self.writer
        attributes = writer.attributes(BUILDING_NAMES, values)
        for lod, indices in by_lod.items():
            writer.add(f"building_lod{lod}", BUILDING_FIELDS, attributes, batch.wkb(indices), batch.envelope(indices))
        building_id = values.get("building_id")
        for kind, surface_id, indices in surfaces:
            area, slope, azimuth = surface_metrics([batch.rings(i) for i in indices])
            writer.add(f"building_lod2_{kind}", SURFACE_FIELDS,
                       (surface_id, obj.gml_id, building_id, area, slope, azimuth), batch.wkb(indices),
                       batch.envelope(indices))
        if obj.risks:
            writer.add_rows("building_risk", RISK_FIELDS,
                            [(obj.gml_id, building_id) + risk_entry(risk) for risk in obj.risks])
        self.result.buildings += 1
        self.result.city_objects += 1

    def _write_object(self, obj, batch, by_lod, source_label):
        values = obj.attributes  # completed in place, as for buildings
        worst = _worst(obj.risks)
        if worst is not None:
            values.update(hazard=worst["hazard"], flood_scale=worst["scale"], flood_rank=worst["rank"],
                          flood_rank_label=worst["rank_label"], flood_depth=worst["depth"],
                          flood_river=worst["river"], admin_type=worst["admin_type"])
        values.update(gml_id=obj.gml_id, feature_type=obj.feature_type, source_file=source_label,
                      attributes_json=attributes_json(obj))
        attributes = self.writer.attributes(OBJECT_NAMES, values)
        for lod, indices in by_lod.items():
            self.writer.add(f"{obj.feature_type.lower()}_lod{lod}", OBJECT_FIELDS, attributes, batch.wkb(indices),
                            batch.envelope(indices))
        self.result.city_objects += 1


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


def summarize_risks(risks):
    """One row's worth of risk: per river-flood scale the worst rank (then the deepest) with its depth, duration
    and river; the worst tsunami / high tide / inland flood rank and depth; the landslide zones."""
    values = {"risk_count": len(risks)}
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
