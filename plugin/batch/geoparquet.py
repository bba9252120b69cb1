"""GeoParquet output of a batch run: the tiles' GeoPackages streamed into one Parquet file per layer.

GeoPackage is one SQLite file; past a few million buildings per layer it gets slow to copy, index and share.
GeoParquet (https://geoparquet.org, version 1.1.0) stores each layer as a columnar, compressed Parquet file that QGIS
(where its GDAL has the Parquet driver; GeoParquet 1.1 from GDAL 3.9), DuckDB and geopandas read directly.

For ``OUTPUT=ward.parquet`` each layer goes to its own file beside it, named ``ward_<layer>.parquet``
(``ward_building_lod0.parquet``, ``ward_flood_exposure_l2.parquet``, ``ward_flood_summary_l2.parquet``...): one
double-click each in QGIS, the layer named after the run. The rows, their order, fids, attributes and geometries
(the GeoPackage's own WKB, passed through) are those ``merge`` writes into a GeoPackage. Each tile's rows of a layer
are one row group, so memory holds one tile at a time, never the whole city, and a reader filtering by area skips
whole tiles through the per-row bounding box column (GeoParquet 1.1's "covering").

Layers without geometry (``building_risk``, the flood summaries...) are plain Parquet files. GeoPackage's
``layer_styles`` becomes a QGIS style file beside each layer (``ward_building_lod0.qml``), which QGIS applies when it
opens the layer. All files are written to temporary names and renamed into place only when every layer is
complete: a failure or Cancel leaves none of them.
"""

import contextlib
import glob
import json
import sqlite3
from pathlib import Path

import numpy as np

from ..dependencies import require
from ..errors import InputError
from ..progress import NO_PROGRESS
from ..safe_io import atomic_output, exists_error
from .steps import (
    EXPOSURE_PREFIX,
    STYLES,
    SUMMARY_COLUMNS,
    SUMMARY_PREFIX,
    _sql_name,
    gpkg_wkb,
    summary_arrays,
    summary_rows,
)

SUFFIX = ".parquet"
STYLE_SUFFIX = ".qml"
GEOPARQUET_VERSION = "1.1.0"
GEOMETRY = "geometry"  # the geometry column's name (GeoParquet's and GDAL's usual one)
COVERING = f"{GEOMETRY}_bbox"  # the per-row bounding box (GDAL's name for it)
BOX = ("xmin", "ymin", "xmax", "ymax")
COMPRESSION = "zstd"
FID = "fid"
# GeoPackage column type (as SQLite declares it) -> Arrow type name; the base type of "TEXT(20)" etc. FLOAT columns
# hold doubles (kept whole); DATETIME stays ISO 8601 text, as a time without "Z" has no known zone.
ARROW_TYPES = {"INTEGER": "int64", "MEDIUMINT": "int32", "INT": "int32", "SMALLINT": "int16", "TINYINT": "int8",
               "BOOLEAN": "bool_", "REAL": "float64", "DOUBLE": "float64", "FLOAT": "float64", "TEXT": "string",
               "BLOB": "binary", "DATE": "date32", "DATETIME": "string"}
OGR_ARROW_TYPES = {"OFTString": "string", "OFTInteger": "int32", "OFTInteger64": "int64", "OFTReal": "float64"}
# shapely geometry type id -> GeoParquet geometry type name
GEOMETRY_TYPES = {0: "Point", 1: "LineString", 3: "Polygon", 4: "MultiPoint", 5: "MultiLineString",
                  6: "MultiPolygon", 7: "GeometryCollection"}


def layer_path(output, layer, suffix=SUFFIX) -> Path:
    """The file of ``layer`` for OUTPUT ``output``: ward.parquet -> ward_building_lod0.parquet."""
    output = Path(output)
    return output.with_name(f"{output.stem}_{layer}{suffix}")


def existing_outputs(output) -> list:
    """The files an earlier run to ``output`` may have left (``<stem>_*.parquet`` and their styles)."""
    output = Path(output)
    prefix = glob.escape(output.stem)
    return sorted(path for suffix in (SUFFIX, STYLE_SUFFIX) for path in output.parent.glob(f"{prefix}_*{suffix}"))


def check_output(output, overwrite):
    """Before any work: pyarrow is there, and the layer files of an earlier run stop this one unless
    ``overwrite``."""
    _arrow()
    found = existing_outputs(output)
    if found and not overwrite:
        raise exists_error(found[0])


def _arrow():
    return require("pyarrow", "GeoParquet output"), require("pyarrow.parquet", "GeoParquet output")


def merge(parts, output, hazard_names, *, overwrite=False, progress=NO_PROGRESS) -> dict:
    """Stream the tiles' GeoPackages ``parts`` (in order) into one GeoParquet file per layer beside ``output``, one
    row group per tile, plus the per-hazard summaries computed from the merged rows, as ``steps.merge`` does for a
    GeoPackage. Every file is written whole or none is. Return {layer: rows}."""
    _arrow()
    writers = {}
    exposure = {f"{EXPOSURE_PREFIX}{name}": [] for name in hazard_names}
    with contextlib.ExitStack() as files:
        for number, part in enumerate(parts):
            progress.step(number / max(len(parts), 1))
            for layer in _layers(part):
                columns, geometry, rows = _read_layer(part, layer)
                writer = writers.get(layer)
                if writer is None:
                    writer = writers[layer] = _LayerWriter(files, output, layer, columns, geometry, overwrite)
                writer.append(columns, rows, part)
                if layer in exposure:  # four numbers a building, for the summary of the merged rows
                    exposure[layer].append(summary_arrays(_summary_inputs(columns, rows)))
            _write_styles(files, part, output, writers, overwrite)
        for layer, tiles in exposure.items():
            if layer in writers:  # no summary where no tile had footprints, as in the GeoPackage
                name = SUMMARY_PREFIX + layer.removeprefix(EXPOSURE_PREFIX)
                columns = [(column, OGR_ARROW_TYPES[kind]) for column, kind in SUMMARY_COLUMNS]
                arrays = tuple(np.concatenate(parts) for parts in zip(*tiles, strict=True))
                rows = [(fid, None, *(row[column] for column, _ in SUMMARY_COLUMNS))
                        for fid, row in enumerate(summary_rows(arrays), start=1)]
                writers[name] = _LayerWriter(files, output, name, columns, None, overwrite)
                writers[name].append(columns, rows, output)
        for writer in writers.values():
            writer.close()
        progress.step(1.0)
    return {layer: writer.rows for layer, writer in writers.items()}


def _connect(path):
    return contextlib.closing(sqlite3.connect(str(path)))


def _layers(part):
    """The layers of a tile's GeoPackage in its own order; layer_styles is written as style files instead."""
    with _connect(part) as connection:
        return [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents ORDER BY rowid")
                if row[0] != STYLES]


def _read_layer(part, layer):
    """([(column, arrow type name)], geometry column info or None, rows in fid order: (fid, wkb or None, values...))."""
    with _connect(part) as connection:
        geometry = connection.execute(
            "SELECT g.column_name, g.srs_id, s.organization, s.organization_coordsys_id, s.definition FROM "
            "gpkg_geometry_columns g LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id "
            "WHERE g.table_name = ?", (layer,)).fetchone()
        declared = connection.execute("SELECT name, type FROM pragma_table_info(?) ORDER BY cid", (layer,)).fetchall()
        geometry_column = geometry[0] if geometry else None
        columns = []
        for name, kind in declared:
            if name in (FID, geometry_column):
                continue
            arrow_type = ARROW_TYPES.get(kind.split("(")[0].strip().upper())
            if arrow_type is None:
                raise InputError("column {column} of layer {layer} has the type {kind}, which GeoParquet output "
                                 "cannot convert", path=part, column=name, layer=layer, kind=kind)
            columns.append((name, arrow_type))
        selected = ", ".join(_sql_name(name) for name in [FID, geometry_column or "NULL"] + [n for n, _ in columns])
        rows = connection.execute(f"SELECT {selected} FROM {_sql_name(layer)} ORDER BY {FID}").fetchall()
    for name, _ in columns:
        if name in (GEOMETRY, COVERING) and geometry:
            raise InputError("layer {layer} has a column {column}, the name GeoParquet output gives its geometry",
                             path=part, layer=layer, column=name)
    return columns, geometry, rows


def _summary_inputs(columns, rows):
    """(flood_rank, flood_scale, floor_area_m2, residents) of each exposure row, for the summary."""
    index = {name: position + 2 for position, (name, _) in enumerate(columns)}  # after fid, geometry
    wanted = [index[name] for name in ("flood_rank", "flood_scale", "floor_area_m2", "residents")]
    return [tuple(row[i] for i in wanted) for row in rows]


def _crs(geometry):
    """PROJJSON of a layer's CRS (GeoParquet's "crs"); pyproj builds it from the EPSG code or the WKT."""
    pyproj = require("pyproj", "GeoParquet output")
    _, _, organization, code, definition = geometry  # column, srs_id, ...
    if organization and organization.upper() == "EPSG" and code:
        return pyproj.CRS.from_epsg(code).to_json_dict()
    if definition and definition != "undefined":
        return pyproj.CRS.from_wkt(definition).to_json_dict()
    return None  # GeoPackage's undefined CRS (-1, 0): GeoParquet's "crs": null, unknown


class _LayerWriter:
    """One layer's Parquet file: created at a temporary name on the first rows, one row group per append, the "geo"
    metadata (bounding box and geometry types of every row written) added when closed."""

    def __init__(self, files, output, layer, columns, geometry, overwrite):
        pa, pq = _arrow()
        self.pa, self.layer, self.columns, self.geometry = pa, layer, columns, geometry
        self.rows, self.bounds, self.types = 0, None, set()
        self.last_fid, self.styled = None, False
        fields = [pa.field(FID, pa.int64(), nullable=False)]
        if geometry:
            fields += [pa.field(GEOMETRY, pa.binary()),
                       pa.field(COVERING, pa.struct([pa.field(name, pa.float64()) for name in BOX]))]
        fields += [pa.field(name, getattr(pa, kind)()) for name, kind in columns]
        self.schema = pa.schema(fields)
        tmp = files.enter_context(atomic_output(layer_path(output, layer), overwrite=overwrite))
        # no ARROW:schema: readers then take the file's key-value metadata, "geo" included, as the schema's
        self.writer = pq.ParquetWriter(str(tmp), self.schema, compression=COMPRESSION, store_schema=False)
        files.callback(self.writer.close)  # on any error, before atomic_output removes the temporary file

    def append(self, columns, rows, part):
        """Write ``rows`` (fid, wkb, values... in fid order) of ``part`` as one row group; fids continue after the
        last ones written, as SQLite numbers rows appended to a GeoPackage table (the first tile keeps its own)."""
        if columns != self.columns:  # the GeoPackage merge cannot append them either
            raise InputError("layer {layer} has other columns here than in the tiles before it", path=part,
                             layer=self.layer)
        if not rows:
            return
        pa = self.pa
        fids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
        if self.last_fid is not None:
            fids = np.arange(self.last_fid + 1, self.last_fid + 1 + len(rows), dtype=np.int64)
        self.last_fid = int(fids[-1])
        arrays = [pa.array(fids)]
        if self.geometry:
            arrays += self._geometry(rows, part)
        arrays += [_column(pa, kind, [row[position] for row in rows])
                   for position, (_, kind) in enumerate(self.columns, start=2)]
        table = pa.Table.from_arrays(arrays, schema=self.schema)
        self.writer.write_table(table, row_group_size=len(rows))
        self.rows += len(rows)

    def _geometry(self, rows, part):
        import shapely

        pa = self.pa
        wkbs = [gpkg_wkb(row[1]) for row in rows]
        try:
            shapes = shapely.from_wkb(np.array(wkbs, dtype=object))
        except shapely.errors.GEOSException as exc:
            raise InputError("layer {layer} has a geometry that is not valid WKB ({error})", path=part,
                             layer=self.layer, error=exc) from exc
        bounds = shapely.bounds(shapes)  # NaN for NULL and empty geometries
        if not np.isnan(bounds[:, 0]).all():
            box = np.concatenate([np.nanmin(bounds[:, :2], axis=0), np.nanmax(bounds[:, 2:], axis=0)])
            self.bounds = box if self.bounds is None else np.concatenate(
                [np.minimum(self.bounds[:2], box[:2]), np.maximum(self.bounds[2:], box[2:])])
        known = shapes[~shapely.is_missing(shapes)]
        kinds, has_z = shapely.get_type_id(known), shapely.has_z(known)
        self.types |= {GEOMETRY_TYPES[int(kind)] + (" Z" if z else "") for kind, z in
                       set(zip(kinds.tolist(), has_z.tolist(), strict=True))}
        null = np.array([wkb is None for wkb in wkbs])  # GeoParquet: a box exactly where there is a geometry
        covering = pa.StructArray.from_arrays([pa.array(bounds[:, i]) for i in range(4)], names=list(BOX),
                                              mask=pa.array(null))
        return [pa.array(wkbs, pa.binary()), covering]

    def metadata(self):
        """GeoParquet's file metadata "geo" for what was written."""
        column = {"encoding": "WKB", "geometry_types": sorted(self.types), "crs": _crs(self.geometry),
                  "covering": {"bbox": {name: [COVERING, name] for name in BOX}}}
        if self.bounds is not None:
            column["bbox"] = [float(value) for value in self.bounds]
        return {"version": GEOPARQUET_VERSION, "primary_column": GEOMETRY, "columns": {GEOMETRY: column}}

    def close(self):
        if self.geometry:
            self.writer.add_key_value_metadata({"geo": json.dumps(self.metadata(), ensure_ascii=False)})
        self.writer.close()


def _column(pa, kind, values):
    """An Arrow array of one column's SQLite values (a GeoPackage's dates are ISO 8601 text, booleans 0 and 1)."""
    if kind == "date32":
        return pa.array(values, pa.string()).cast(pa.date32())
    if kind == "bool_":
        return pa.array([None if value is None else bool(value) for value in values], pa.bool_())
    return pa.array(values, getattr(pa, kind)())


def _write_styles(files, part, output, writers, overwrite):
    """Each layer's default QGIS style from the tile's layer_styles, as ``<stem>_<layer>.qml`` beside its file
    (QGIS applies a .qml named like a file layer when it opens it); the first tile that styles a layer gives it."""
    with _connect(part) as connection:
        if not connection.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?", (STYLES,)).fetchone():
            return
        styles = connection.execute(f"SELECT f_table_name, styleQML FROM {STYLES} WHERE useAsDefault "
                                    "ORDER BY fid").fetchall()
    for layer, qml in styles:
        writer = writers.get(layer)
        if writer is None or writer.styled or not qml:
            continue
        tmp = files.enter_context(atomic_output(layer_path(output, layer, STYLE_SUFFIX), overwrite=overwrite))
        Path(tmp).write_text(qml, encoding="utf-8")
        writer.styled = True
