"""Barrier-free service areas of every shelter on dask: the shelters in groups, one task per group, each task the
same engine call as digitaltwin:barrierfreeservicearea (analyses.service_areas) on its shelters, the groups' GeoPackages
merged in shelter order into one.

Each worker reads the pedestrian network once (a worker-side cache keyed by the files' size and time) and keeps its
graphs between tasks; a task ships only its shelters. Beside ``areas.gpkg`` the run keeps ``areas.gpkg.tiles/`` (one
GeoPackage per finished group, removed once merged) and ``areas.gpkg.manifest.json`` (inputs, versions, parameters,
each group's shelters, status, seconds, worker), so a rerun skips the groups done. Workers need the network files
and the output folder at the same paths (one machine, or a shared file system), as for ``run_batch``.
"""

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..barrierfree import analyses
from ..barrierfree import network as networks
from ..barrierfree import profiles as profile_rules
from ..dependencies import require
from ..errors import DigitalTwinError, InputError, Words
from ..progress import NO_PROGRESS
from ..safe_io import atomic_output, refuse_existing
from ..shelters.gsi import read_gsi_csv
from ..shelters.reach import HAZARD_CHOICES
from .defaults import (
    DEFAULT_BUDGET_M,
    DEFAULT_BUFFER_M,
    DEFAULT_GROUP_SIZE,
    DEFAULT_MEMORY_LIMIT,
    DEFAULT_PROFILE,
    DEFAULT_RETRIES,
)
from .runner import (
    DONE,
    MANIFEST_VERSION,
    PENDING,
    _fingerprints,
    _remove_empty,
    _resumed,
    _write_json,
    peak_rss_mb,
    run_tasks,
    versions,
    work_paths,
)
from .steps import merge

AREAS, LINKS = "service_areas", "reachable_links"
JGD2011 = 6668  # the network's and the outputs' CRS (longitude / latitude)
# every hazard a shelter can be designated for: the loader's hazard names and GSI's designations
TRUE_VALUES = ("1", "true", "yes", "t", "y")  # a point layer's suitable field
AREA_FIELDS = (("shelter_id", "OFTString"), ("shelter_name", "OFTString"), ("profile", "OFTString"),
               ("profile_label", "OFTString"), ("budget_m", "OFTReal"), ("reachable_length_m", "OFTReal"),
               ("unknown_policy", "OFTString"), ("facility_snap_m", "OFTReal"))
LINK_FIELDS = (("shelter_id", "OFTString"), ("profile", "OFTString"), ("link_id", "OFTString"),
               ("reached_m", "OFTReal"), ("whole_link", "OFTInteger"))


@dataclass(frozen=True)
class ShelterPoint:
    shelter_id: str
    name: str
    lonlat: tuple  # JGD2011 longitude, latitude
    floor: float = None  # where its entrance is, when the layer says (as the Processing algorithm reads it)
    node_id: str = None


@dataclass(frozen=True)
class NetworkSource:
    """Where a worker reads the network; ``stamp`` (sizes, times) keys its cache, so a changed file is read again."""
    links: str
    nodes: str = None
    code_set: str = "auto"
    stamp: tuple = ()


@dataclass(frozen=True)
class AreaJob:
    """One group's work (plain values: it travels to the worker pickled)."""
    name: str
    network: NetworkSource
    shelters: tuple  # ShelterPoint
    profile: profile_rules.Profile
    unknown_policy: str
    budget_m: float
    buffer_m: float
    floor_height: float
    links: bool
    output: str


@dataclass
class ServiceAreaResult:
    output: str
    manifest: str
    shelters: int = 0
    groups: int = 0
    skipped: int = 0  # groups finished in an earlier run
    failed: list = field(default_factory=list)
    reachable_length_m: float = 0.0
    network_loads: int = 0  # workers that read the network in this run
    seconds: float = 0.0
    tile_seconds: float = 0.0  # first task submitted to last group done
    layers: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------------- inputs


def network_source(links, nodes=None, code_set="auto") -> NetworkSource:
    paths = [Path(links)] + ([Path(nodes)] if nodes else [])
    for path in paths:
        if not path.is_file():
            raise InputError("file not found", path=path)
    stamp = tuple((path.stat().st_size, path.stat().st_mtime_ns) for path in paths)
    return NetworkSource(str(links), str(nodes) if nodes else None, code_set, stamp)


_NETWORKS = {}  # this process's network, by NetworkSource: a worker reads it for its first task only


def cached_network(source: NetworkSource):
    """(network, read now?): the one network a worker keeps, with the graphs its tasks built on it."""
    if source not in _NETWORKS:
        _NETWORKS.clear()  # one network at a time: a worker of many runs keeps only the latest
        _NETWORKS[source] = networks.load_network(source.links, source.nodes, source.code_set)
        return _NETWORKS[source], True
    return _NETWORKS[source], False


def choose_profile(profile_id=DEFAULT_PROFILE, profiles_file=None) -> profile_rules.Profile:
    available = profile_rules.load_profiles(profiles_file)
    if profile_id not in available:
        raise InputError("profile '{missing}' is not among the profiles (available: {available})", field="profile",
                         path=profiles_file or profile_rules.SHIPPED_PROFILES, missing=profile_id,
                         available=", ".join(available))
    return available[profile_id]


def read_shelters(path, *, hazard=None, layer=None, id_field=None, name_field=None, suitable_field=None) -> list:
    """The shelters of a GSI 指定緊急避難場所 CSV or a point layer (GeoPackage, GeoJSON, any OGR format; any CRS), in
    file order; with ``hazard``, only those designated for it (CSV: its hazard flags; a layer: ``suitable_field``
    1 / true)."""
    path = Path(path)
    if not path.is_file():
        raise InputError("file not found", path=path)
    needed = None
    if hazard:
        needed = HAZARD_CHOICES.get(hazard)
        if needed is None:
            raise InputError("hazard {hazard!r} has no shelter designation; choose one of {hazards}", field="hazard",
                             hazard=hazard, hazards=", ".join(HAZARD_CHOICES))
    if path.suffix.lower() == ".csv":
        shelters = [ShelterPoint(site.shelter_id, site.name, (site.longitude, site.latitude))
                    for site in read_gsi_csv(path) if needed is None or site.suits(needed)]
    else:
        if needed is not None and not suitable_field:
            raise InputError("a shelter layer needs a suitable field (1 = suits the hazard) to pick the shelters "
                             "for a hazard", path=path, field="suitable_field")
        shelters = _layer_shelters(path, layer, id_field, name_field, suitable_field)
    if not shelters:
        raise InputError("no shelter in the file suits the hazard" if needed else "the file has no shelter",
                         path=path)
    return shelters


def _layer_shelters(path, layer_name, id_field, name_field, suitable_field):
    from osgeo import gdal, ogr, osr

    gdal.UseExceptions()
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    except RuntimeError as exc:
        raise InputError("cannot read the shelter layer ({error})", path=path, error=exc) from exc
    layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    if layer is None:
        raise InputError("no layer {layer} in the file", path=path, field="layer", layer=layer_name)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    for wanted in (id_field, name_field, suitable_field):
        if wanted and wanted not in names:
            raise InputError("the shelter layer has no field {name} (fields: {fields})", path=path, field=wanted,
                             name=wanted, fields=", ".join(names))
    transform = None
    if layer.GetSpatialRef() is not None:
        target = osr.SpatialReference()
        target.ImportFromEPSG(JGD2011)
        for crs in (layer.GetSpatialRef(), target):
            crs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        if not layer.GetSpatialRef().IsSame(target):
            transform = osr.CoordinateTransformation(layer.GetSpatialRef(), target)
    shelters = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        fid = feature.GetFID()
        if geometry is None or ogr.GT_Flatten(geometry.GetGeometryType()) != ogr.wkbPoint:
            raise InputError("feature {fid} is not a point", path=path, fid=fid)
        if suitable_field and str(feature.GetField(suitable_field) or "").strip().lower() not in TRUE_VALUES:
            continue
        lon, lat = geometry.GetX(), geometry.GetY()
        if transform is not None:
            lon, lat = transform.TransformPoint(lon, lat)[:2]
        shelter_id = str(feature.GetField(id_field)) if id_field and feature.IsFieldSetAndNotNull(id_field) \
            else str(fid)
        name = str(feature.GetField(name_field)) if name_field and feature.IsFieldSetAndNotNull(name_field) \
            else shelter_id
        floor = feature.GetFieldAsDouble("floor") if "floor" in names and feature.IsFieldSetAndNotNull("floor") \
            else None
        node_id = feature.GetField("node_id") if "node_id" in names and feature.IsFieldSetAndNotNull("node_id") \
            else None
        shelters.append(ShelterPoint(shelter_id, name, (lon, lat), floor, None if node_id is None else str(node_id)))
    return shelters


def facility(shelter: ShelterPoint) -> analyses.Facility:
    """The shelter as the engine's facility (named by its id, as the Processing algorithm names them)."""
    return analyses.Facility(shelter.shelter_id, shelter.lonlat, floor=shelter.floor, node_id=shelter.node_id)


def check_snapping(network, shelters, path):
    """Every shelter near the network, before any task runs: the error names the file and the shelter."""
    for shelter in shelters:
        try:
            analyses.snap(network, shelter.lonlat, Words("shelter {id} ({name})", id=shelter.shelter_id,
                                                         name=shelter.name),
                          floor=shelter.floor, node_id=shelter.node_id)
        except InputError as exc:  # the engine's message, located in the shelter file
            exc.path, exc.field = path, "shelter"
            exc.args = (exc.localized(),)
            raise


# ----------------------------------------------------------------------------------------------------- one group


def group_areas(job: AreaJob, network=None) -> list:
    """The engine call of digitaltwin:barrierfreeservicearea on the group's shelters: ServiceArea list."""
    network = network if network is not None else cached_network(job.network)[0]
    return analyses.service_areas(network, [job.profile], job.unknown_policy,
                                  [facility(shelter) for shelter in job.shelters], job.budget_m,
                                  buffer_m=job.buffer_m, floor_height=job.floor_height, with_links=job.links)


def run_group(job: AreaJob) -> dict:
    """The task a worker runs: the group's areas into ``job.output`` (written whole or not at all), timed."""
    from distributed import get_worker

    started = time.monotonic()
    network, loaded = cached_network(job.network)
    areas = group_areas(job, network)
    write_areas(job.output, job.shelters, areas, job.unknown_policy, links=job.links, overwrite=True)
    return {"seconds": round(time.monotonic() - started, 3), "worker": get_worker().address,
            "network_loaded": loaded, "reachable_length_m": sum(area.reachable_length_m for area in areas),
            "peak_rss_mb": round(peak_rss_mb(), 1)}


def write_areas(path, shelters, areas, unknown_policy, *, links=True, overwrite=False):
    """One polygon per shelter (``service_areas``) and its reached links (``reachable_links``), EPSG:6668, as
    digitaltwin:barrierfreeservicearea writes them (plus each shelter's name)."""
    from osgeo import gdal, ogr, osr

    shapely = require("shapely", "Barrier-free analyses")
    gdal.UseExceptions()
    ogr.UseExceptions()
    crs = osr.SpatialReference()
    crs.ImportFromEPSG(JGD2011)
    with atomic_output(path, overwrite=overwrite) as tmp:
        tmp.unlink()  # atomic_output made an empty placeholder; the driver makes the file
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
        polygons = _layer(dataset, AREAS, crs, ogr.wkbMultiPolygon, AREA_FIELDS)
        lines = _layer(dataset, LINKS, crs, ogr.wkbMultiLineString25D, LINK_FIELDS) if links else None
        polygons.StartTransaction()
        for shelter, area in zip(shelters, areas, strict=True):  # one profile: one area per shelter, in order
            _add(polygons, area.area, ogr.ForceToMultiPolygon, shapely, [
                area.facility.id, shelter.name, area.profile.id, area.profile.label, area.budget_m,
                area.reachable_length_m, unknown_policy, area.snap_m])
        polygons.CommitTransaction()
        if lines is not None:
            lines.StartTransaction()
            for area in areas:
                for link_id, reached, whole, geometry in area.links:
                    _add(lines, geometry, ogr.ForceToMultiLineString, shapely,
                         [area.facility.id, area.profile.id, link_id, reached, int(whole)])
            lines.CommitTransaction()
        dataset = None  # noqa: F841 (closes the file before it is renamed)
    return str(path)


def _layer(dataset, name, crs, geometry_type, fields):
    from osgeo import ogr

    layer = dataset.CreateLayer(name, crs, geometry_type, ["FID=fid"])
    for field_name, kind in fields:
        layer.CreateField(ogr.FieldDefn(field_name, getattr(ogr, kind)))
    return layer


def _add(layer, geometry, to_multi, shapely, values):
    from osgeo import ogr

    feature = ogr.Feature(layer.GetLayerDefn())
    for index, value in enumerate(values):
        feature.SetField(index, float(value) if isinstance(value, float) else value)
    if geometry is not None:
        feature.SetGeometry(to_multi(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry))))
    layer.CreateFeature(feature)


# ---------------------------------------------------------------------------------------------------- the run


def groups_of(shelters, size):
    """(name, shelters) per group of ``size``, named by their positions in the file: ``shelters-0001-0008``."""
    if size < 1:
        raise InputError("a group needs at least one shelter", field="group_size")
    return [(f"shelters-{first + 1:04d}-{min(first + size, len(shelters)):04d}", tuple(shelters[first:first + size]))
            for first in range(0, len(shelters), size)]


def run_service_areas(network_path, shelters_path, output, *, nodes_path=None, code_set="auto",
                      profile_id=DEFAULT_PROFILE, profiles_file=None, unknown_policy=profile_rules.UNKNOWN_BARRIER,
                      budget_m=DEFAULT_BUDGET_M, buffer_m=DEFAULT_BUFFER_M, floor_height=networks.FLOOR_HEIGHT_M,
                      hazard=None, layer=None, id_field=None, name_field=None, suitable_field=None, links=True,
                      group_size=DEFAULT_GROUP_SIZE, scheduler=None, workers=None,
                      memory_limit=DEFAULT_MEMORY_LIMIT, retries=DEFAULT_RETRIES, overwrite=False, progress=NO_PROGRESS,
                      on_group=None) -> ServiceAreaResult:
    """Every shelter's step-free service area for one profile and distance budget, groups of ``group_size`` shelters
    as tasks on dask (``scheduler`` "tcp://host:8786", or a LocalCluster of ``workers`` processes), merged into
    ``output``. ``on_group(name, record, finished, total)`` is called as each group ends. Raises DigitalTwinError
    naming the failed groups (and their shelters) after the others ran; a rerun then does only those."""
    distributed = require("distributed", "Batch runs")
    started = time.monotonic()
    output = Path(output)
    refuse_existing(output, overwrite)
    if not budget_m > 0:
        raise InputError("the budget must be greater than 0", field="budget_m")
    if unknown_policy not in profile_rules.UNKNOWN_POLICIES:
        raise InputError("the unknown-data policy is {policy}: use one of {policies}", field="unknown",
                         policy=unknown_policy, policies=", ".join(profile_rules.UNKNOWN_POLICIES))
    profile = choose_profile(profile_id, profiles_file)
    shelters = read_shelters(shelters_path, hazard=hazard, layer=layer, id_field=id_field, name_field=name_field,
                             suitable_field=suitable_field)
    source = network_source(network_path, nodes_path, code_set)
    # read here too, not cached (QGIS would keep it): a bad file or a far shelter fails now, named, not in each task
    check_snapping(networks.load_network(network_path, nodes_path, code_set), shelters, shelters_path)
    groups = groups_of(shelters, group_size)
    folder, manifest_path = work_paths(output)
    parameters = {"step": "servicearea", "profile": asdict(profile), "unknown_policy": unknown_policy,
                  "budget_m": budget_m, "buffer_m": buffer_m, "floor_height": floor_height, "hazard": hazard,
                  "code_set": code_set, "layer": layer, "id_field": id_field, "name_field": name_field,
                  "suitable_field": suitable_field, "links": links, "group_size": group_size}
    parameters = json.loads(json.dumps(parameters))  # as the manifest reads back (tuples -> lists)
    inputs = _fingerprints([Path(path) for path in (network_path, nodes_path, shelters_path, profiles_file) if path])
    manifest = _resumed(manifest_path, parameters, inputs) or {
        "manifest_version": MANIFEST_VERSION, "inputs": inputs, "parameters": parameters, "tiles": {}}
    manifest.update(output=str(output), versions=versions())
    records = manifest["tiles"]
    jobs = {}
    for name, members in groups:
        part = folder / f"{name}.gpkg"
        record = records.get(name)
        if record and record.get("status") == DONE and part.is_file():
            continue
        records[name] = {"status": PENDING, "shelters": [shelter.shelter_id for shelter in members]}
        jobs[name] = AreaJob(name, source, members, profile, unknown_policy, float(budget_m), float(buffer_m),
                             float(floor_height), links, str(part))
    result = ServiceAreaResult(str(output), str(manifest_path), shelters=len(shelters), groups=len(groups),
                               skipped=len(groups) - len(jobs))
    folder.mkdir(parents=True, exist_ok=True)
    _write_json(manifest_path, manifest)
    try:
        if jobs:
            result.tile_seconds = run_tasks(
                run_group, jobs, manifest, manifest_path, key_prefix="areas", finished=result.skipped,
                total=len(groups), share=0.95, on_done=on_group, progress=progress,
                cluster=(distributed, scheduler, workers, memory_limit), retries=retries)
            result.network_loads = sum(bool(records[name].pop("network_loaded", False)) for name in jobs)
    finally:
        if not any(folder.iterdir()):  # nothing finished: no empty folder left behind
            folder.rmdir()
    result.failed = [name for name, _ in groups if records[name]["status"] != DONE]
    if result.failed:
        raise DigitalTwinError("{count} of {total} shelter groups failed: {names}; see {manifest}. Run again to "
                               "retry them", count=len(result.failed), total=len(groups),
                               names="; ".join(f"{name} ({', '.join(records[name]['shelters'])})"
                                               for name in result.failed), manifest=manifest_path)
    result.reachable_length_m = sum(records[name]["reachable_length_m"] for name, _ in groups)
    progress.info("merging {count} shelter groups", count=len(groups))
    result.layers = merge([folder / f"{name}.gpkg" for name, _ in groups], output, [], overwrite=overwrite)
    manifest["layers"] = result.layers
    _write_json(manifest_path, manifest)
    for name, _ in groups:
        (folder / f"{name}.gpkg").unlink(missing_ok=True)
    _remove_empty(folder)
    progress.step(1.0)
    result.seconds = time.monotonic() - started
    return result


