"""The engine work of one tile, and the merge of every tile's GeoPackage into one.

A tile's GeoPackage holds what the CityGML loader writes for its building members, then, per flood hazard (a depth
raster), the layer ``flood_exposure_<hazard>``: each building's footprint with its exposure. Exposure needs no halo:
a building's answer depends only on the hazard cells under it. The summaries (per scale and rank) are computed once,
on the merged rows, so they equal an untiled run's to the last bit.
"""

import contextlib
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..citygml.gpkg_writer import _without_fsync
from ..citygml.sources import MEMBER_PATTERN as MEMBER_MESH
from ..errors import InputError
from ..flood.exposure import RANK_LABELS, Hazard, _summary, assess
from ..flood.rasters import read_raster
from ..progress import NO_PROGRESS
from ..safe_io import atomic_output

FOOTPRINT_LAYERS = ("building_lod0", "building_lod1")  # the first one a tile has gives exposure its footprints
STYLES = "layer_styles"  # QGIS's table of default styles, one row per styled layer (the loader writes them)
HAZARD_NAME = re.compile(r"^[a-z][a-z0-9_]{0,30}$")
EXPOSURE_PREFIX = "flood_exposure_"
SUMMARY_PREFIX = "flood_summary_"
# (column, OGR type name, Exposure attribute); flood_rank_label is filled from the rank
EXPOSURE_COLUMNS = [("flood_rank", "OFTInteger", "rank"), ("flood_rank_label", "OFTString", None),
                    ("flood_depth", "OFTReal", "depth"), ("flood_duration", "OFTReal", "duration"),
                    ("flood_scale", "OFTString", "scale"), ("flood_river", "OFTString", "river"),
                    ("overlap_m2", "OFTReal", "overlap_m2"), ("overlap_share", "OFTReal", "overlap_share"),
                    ("floors_affected", "OFTInteger", "floors_affected"),
                    ("floor_area_m2", "OFTReal", "floor_area_m2"), ("residents", "OFTReal", "residents")]
SUMMARY_COLUMNS = [("scale", "OFTString"), ("rank", "OFTInteger"), ("rank_label", "OFTString"),
                   ("buildings", "OFTInteger"), ("floor_area_m2", "OFTReal"), ("residents", "OFTReal")]


@dataclass(frozen=True)
class TileJob:
    """Everything a worker needs for one tile (plain values: it travels to the worker pickled)."""
    name: str
    location: str  # the release zip, or the folder of .gml files
    members: tuple  # zip member names or .gml paths
    output: str  # the tile's GeoPackage
    hazards: tuple = ()  # (name, depth raster path)
    rule: str = "largest_overlap"


def check_hazards(hazards) -> tuple:
    """(name, path) pairs with names fit for layer names and rasters that exist, or InputError naming the bad one."""
    checked = []
    for name, path in hazards:
        if not HAZARD_NAME.match(name):
            raise InputError("hazard name {name}: use lowercase letters, digits and _ (at most 31), starting with a "
                             "letter", field="hazard", name=name)
        if not Path(path).is_file():
            raise InputError("file not found", path=path)
        checked.append((name, str(path)))
    if len({name for name, _ in checked}) != len(checked):
        raise InputError("each hazard needs its own name", field="hazard")
    return tuple(checked)


def run_tile(job: TileJob) -> dict:
    """Load the tile's buildings and assess their exposure into ``job.output`` (written whole or not at all);
    return {"buildings": n, "layers": {layer: rows}}."""
    # scratch beside the tile: what a killed worker leaves goes with the tiles folder once merged
    with tempfile.TemporaryDirectory(prefix=".scratch-", dir=Path(job.output).parent) as scratch, \
            atomic_output(job.output, overwrite=True) as tmp:
        buildings = _load(job, Path(scratch), tmp)
        footprints = _read_footprints(tmp) if job.hazards else None
        for name, raster in job.hazards:
            _write_exposure(tmp, name, raster, job.rule, footprints)
        layers = layer_counts(tmp)
    return {"buildings": buildings, "layers": layers}


def _load(job, scratch, target):
    """The tile's members into ``target``: one load of a zip's members, or one load per .gml file appended in order."""
    from ..citygml.loader import load_citygml  # lxml: only where CityGML is read, not for every merge

    location = Path(job.location)
    if not location.is_dir():
        meshes = sorted({MEMBER_MESH.search(member).group("mesh") for member in job.members})
        result = load_citygml(location, target, feature_types=("bldg",), mesh_codes=meshes, overwrite=True)
        loaded = [source.split("!", 1)[1] for source in result.sources]
        if loaded != list(job.members):  # mesh codes select by prefix: 53394665 also selects 533946651
            raise InputError("the tile {tile} cannot be loaded alone: its mesh codes also select {members}; use "
                             "another tiling", path=location, tile=job.name,
                             members=", ".join(sorted(set(loaded) - set(job.members))))
        return result.buildings
    buildings, parts = 0, []
    for number, member in enumerate(job.members):
        parts.append(scratch / f"{number}.gpkg")
        buildings += load_citygml(member, parts[-1]).buildings
    concatenate(parts, target)
    return buildings


def _ogr():
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    ogr.UseExceptions()
    return gdal, ogr


def _open_update(path):
    """Open a GeoPackage of ours (a tile, or the merge's temporary file: atomic_output renames it only when complete,
    and removes it on any error) without fsyncs or an on-disk journal, as the CityGML loader writes its own."""
    _, ogr = _ogr()
    with _without_fsync():
        return ogr.Open(str(path), update=1)


def _connect(path):
    connection = sqlite3.connect(str(path))
    connection.execute("PRAGMA synchronous = OFF")
    return connection


def layer_counts(path) -> dict:
    _, ogr = _ogr()
    dataset = ogr.Open(str(path))
    try:
        return {layer.GetName(): layer.GetFeatureCount() for layer in dataset}
    finally:
        dataset = None


def append_layers(source, target, only=None):
    """Append every layer of GeoPackage ``source`` to ``target``, creating it and its layers as needed; rows keep
    their order, fids are renumbered after the target's. Of the styles (layer_styles), those of layers that have
    none in ``target`` yet."""
    gdal, ogr = _ogr()
    dataset = ogr.Open(str(source))
    names = [layer.GetName() for layer in dataset if only is None or layer.GetName() in only]
    dataset = None
    for name in names:
        exists = Path(target).is_file() and Path(target).stat().st_size > 0
        where = None
        if name == STYLES and exists:
            styled = _styled_tables(target)
            where = "f_table_name NOT IN ({})".format(", ".join(_sql_text(table) for table in styled)) \
                if styled else None
        gdal.VectorTranslate(str(target), str(source), format="GPKG", layers=[name], where=where,
                             accessMode="append" if exists else None, layerName=name)


def _styled_tables(path):
    _, ogr = _ogr()
    dataset = ogr.Open(str(path))
    try:
        layer = dataset.GetLayerByName(STYLES)
        return sorted({feature.GetField("f_table_name") for feature in layer}) if layer is not None else []
    finally:
        dataset = None


def _sql_text(value):
    return "'" + str(value).replace("'", "''") + "'"


@dataclass
class _Footprints:
    layer: str  # the layer they come from
    fids: list
    geometries: np.ndarray  # shapely, 2D
    storeys: np.ndarray  # NaN unknown
    heights: np.ndarray


def _read_footprints(path) -> _Footprints:
    """The footprints of the first FOOTPRINT_LAYERS layer the tile has, in fid order, read with sqlite3 (a GeoPackage
    geometry is a header, then WKB): several times faster than OGR's features one by one."""
    import shapely

    with contextlib.closing(_connect(path)) as connection:
        tables = {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")}
        layer = next((name for name in FOOTPRINT_LAYERS if name in tables), None)
        if layer is None:
            raise InputError("the tile has no building footprints (no layer {layers})", path=path,
                             layers=" or ".join(FOOTPRINT_LAYERS))
        rows = connection.execute(f"SELECT fid, geom, storeys_above, measured_height FROM {_sql_name(layer)} "
                                  "ORDER BY fid").fetchall()
    fids, blobs, storeys, heights = zip(*rows, strict=True) if rows else ((), (), (), ())
    wkbs = np.array([gpkg_wkb(blob) for blob in blobs], dtype=object)
    return _Footprints(layer, list(fids), shapely.force_2d(shapely.from_wkb(wkbs)),
                       np.array(storeys, dtype=float), np.array(heights, dtype=float))


STAGING = "digital_twin_exposure_staging"  # a plain table holding one hazard's values until they are joined
GPKG_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}  # by the envelope indicator, bits 1-3 of the flags byte


def gpkg_wkb(blob):
    """The WKB of a GeoPackage geometry blob (a header with an optional envelope, then the WKB); None for NULL."""
    if blob is None:
        return None
    return bytes(blob[8 + GPKG_ENVELOPE_BYTES[(blob[3] >> 1) & 7]:])


def layer_crs_wkt(connection, table):
    """The WKT of a GeoPackage layer's CRS (an open sqlite3 connection)."""
    return connection.execute("SELECT definition FROM gpkg_spatial_ref_sys s JOIN gpkg_geometry_columns g ON "
                              "s.srs_id = g.srs_id WHERE g.table_name = ?", (table,)).fetchone()[0]


def _write_exposure(path, hazard_name, raster_path, rule, footprints):
    """The layer flood_exposure_<hazard>: the footprints' rows (geometry, gml_id, building_id) joined in SQL to the
    exposure values, staged in a plain table with sqlite3 (the layer's spatial-index triggers call GeoPackage
    functions only GDAL's connection has, so the insert itself runs there)."""
    _, ogr = _ogr()
    hazard = Hazard.from_depth_raster(read_raster(raster_path, square_cells=False), footprints.geometries)
    result = assess(footprints.geometries, hazard, rule=rule, storeys=footprints.storeys,
                    heights=footprints.heights)
    values = [_sql_values(getattr(result, attribute)) if attribute else
              [RANK_LABELS.get(int(rank)) for rank in result.rank] for _, _, attribute in EXPOSURE_COLUMNS]
    table = f"{EXPOSURE_PREFIX}{hazard_name}"
    names = [name for name, _, _ in EXPOSURE_COLUMNS]
    columns = ", ".join(_sql_name(name) for name in names)
    with contextlib.closing(_connect(path)) as connection, connection:
        connection.execute(f"CREATE TABLE {STAGING} (fid INTEGER PRIMARY KEY, {columns})")
        connection.executemany(f"INSERT INTO {STAGING} VALUES ({', '.join('?' * (len(names) + 1))})",
                               zip(footprints.fids, *values, strict=True))
    dataset = _open_update(path)
    try:
        source = dataset.GetLayerByName(footprints.layer)
        layer = dataset.CreateLayer(table, source.GetSpatialRef(), source.GetGeomType())
        for name in ("gml_id", "building_id"):
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        for name, kind, _ in EXPOSURE_COLUMNS:
            layer.CreateField(ogr.FieldDefn(name, getattr(ogr, kind)))
        selected = ", ".join(f"v.{_sql_name(name)}" for name in names)
        dataset.ExecuteSQL(f"INSERT INTO {_sql_name(table)} (fid, geom, gml_id, building_id, {columns}) SELECT f.fid, "
                           f"f.geom, f.gml_id, f.building_id, {selected} FROM {_sql_name(footprints.layer)} f "
                           f"JOIN {STAGING} v ON v.fid = f.fid ORDER BY f.fid")
        dataset.ExecuteSQL(f"DROP TABLE {STAGING}")
        dataset.ExecuteSQL("UPDATE gpkg_contents SET (min_x, min_y, max_x, max_y) = (SELECT min_x, min_y, max_x, "
                           f"max_y FROM gpkg_contents WHERE table_name = {_sql_text(footprints.layer)}) "
                           f"WHERE table_name = {_sql_text(table)}")
    finally:
        dataset = None


def _sql_values(array):
    """Python values for sqlite3: numpy scalars unwrapped, NaN as NULL."""
    if array.dtype == object:
        return [None if value is None else str(value) for value in array]
    if array.dtype.kind == "f":
        return [None if value != value else value for value in array.tolist()]
    return array.tolist()


def _set(feature, name, value):
    """Set a field from a numpy or Python value; None and NaN stay NULL."""
    if value is None or (isinstance(value, float | np.floating) and np.isnan(value)):
        return
    feature.SetField(name, value.item() if isinstance(value, np.generic) else value)


def merge(parts, output, hazard_names, *, overwrite=False, progress=NO_PROGRESS) -> dict:
    """Append the tiles' GeoPackages ``parts`` (in order) into ``output``, then add one summary table per hazard
    computed from the merged rows; written whole or not at all. Return {layer: rows}."""
    with atomic_output(output, overwrite=overwrite) as tmp:
        concatenate(parts, tmp, progress)
        for name in hazard_names:
            _write_summary(tmp, name)
        counts = layer_counts(tmp)
    return counts


def concatenate(parts, target, progress=NO_PROGRESS):
    """GeoPackages ``parts`` into a new ``target``, row order kept: a copy of the first, then _append_sql."""
    shutil.copyfile(parts[0], target)
    for number, part in enumerate(parts[1:], start=1):
        progress.step(number / len(parts))
        _append_sql(part, target)


def _append_sql(source, target):
    """Append ``source``'s layers in SQL: INSERT ... SELECT from the attached file, inside GDAL's connection (whose
    GeoPackage functions the spatial-index triggers call), ~20x faster than ogr2ogr's row by row. A layer ``target``
    lacks yet is created by append_layers (ogr2ogr). Extents are the union of the files' own (gpkg_contents), as a
    single load would have written them."""
    tables, sources = _table_names(target), _table_names(source)
    missing = [table for table in sources if table not in tables]
    if missing:
        append_layers(source, target, only=missing)
    dataset = _open_update(target)
    try:
        dataset.ExecuteSQL(f"ATTACH DATABASE {_sql_text(source)} AS part")
        for table in sources:
            if table not in missing:
                names = _column(dataset, f"SELECT name FROM pragma_table_info({_sql_text(table)}, 'part') "
                                         "WHERE name != 'fid' ORDER BY cid")
                columns = ", ".join(_sql_name(name) for name in names)
                where = f" WHERE f_table_name NOT IN (SELECT f_table_name FROM main.{STYLES})" \
                    if table == STYLES else ""
                dataset.ExecuteSQL(f"INSERT INTO main.{_sql_name(table)} ({columns}) SELECT {columns} FROM "
                                   f"part.{_sql_name(table)}{where} ORDER BY fid")
            # a new layer takes the source's extent (not the one ogr2ogr computed); others the union of both;
            # NULL (no geometry) where neither has one
            main = "p" if table in missing else "m"
            dataset.ExecuteSQL(
                "UPDATE main.gpkg_contents SET (min_x, min_y, max_x, max_y) = (SELECT "
                f"min(coalesce({main}.min_x, p.min_x), coalesce(p.min_x, {main}.min_x)), "
                f"min(coalesce({main}.min_y, p.min_y), coalesce(p.min_y, {main}.min_y)), "
                f"max(coalesce({main}.max_x, p.max_x), coalesce(p.max_x, {main}.max_x)), "
                f"max(coalesce({main}.max_y, p.max_y), coalesce(p.max_y, {main}.max_y)) "
                "FROM main.gpkg_contents m, part.gpkg_contents p WHERE m.table_name = p.table_name AND "
                f"m.table_name = {_sql_text(table)}) WHERE table_name = {_sql_text(table)}")
        dataset.ExecuteSQL("DETACH DATABASE part")
    finally:
        dataset = None


def _table_names(path):
    with contextlib.closing(_connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents ORDER BY rowid")]


def _rows(dataset, sql):
    result = dataset.ExecuteSQL(sql)
    try:
        return [tuple(feature.GetField(i) for i in range(feature.GetFieldCount())) for feature in result]
    finally:
        dataset.ReleaseResultSet(result)


def _column(dataset, sql):
    return [row[0] for row in _rows(dataset, sql)]


def _sql_name(name):
    return '"' + str(name).replace('"', '""') + '"'


def _write_summary(path, hazard_name):
    """The table flood_summary_<hazard> from the merged rows, in fid order: the same sums as an untiled run's."""
    _, ogr = _ogr()
    table = f"{EXPOSURE_PREFIX}{hazard_name}"
    with contextlib.closing(_connect(path)) as connection:
        if not connection.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?", (table,)).fetchone():
            return  # no tile had buildings with footprints
        rows = connection.execute(f"SELECT flood_rank, flood_scale, floor_area_m2, residents FROM {_sql_name(table)} "
                                  "ORDER BY fid").fetchall()
    dataset = _open_update(path)
    layer = dataset.CreateLayer(f"{SUMMARY_PREFIX}{hazard_name}", None, ogr.wkbNone)
    for name, kind in SUMMARY_COLUMNS:
        layer.CreateField(ogr.FieldDefn(name, getattr(ogr, kind)))
    layer.StartTransaction()
    for row in summary_rows(summary_arrays(rows)):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, _ in SUMMARY_COLUMNS:
            _set(feature, name, row[name])
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None


def summary_arrays(rows) -> tuple:
    """(rank, scale, floor_area, residents) arrays of exposure rows (flood_rank, flood_scale, floor_area_m2,
    residents); those of consecutive tiles concatenated equal those of their merged rows."""
    return tuple(np.array(column, dtype=kind) for column, kind in
                 zip(zip(*rows, strict=True) if rows else ([], [], [], []), (int, object, float, float), strict=True))


def summary_rows(arrays) -> list:
    """The summary (a dict per scale and rank, SUMMARY_COLUMNS) of summary_arrays in fid order: every output format
    sums the same values in the same order, to the same bits."""
    return _summary(*arrays)
