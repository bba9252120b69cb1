"""GeoPackage output: one layer per feature type, LOD and semantic surface, created when their first feature arrives,
with default QGIS styles in the ``layer_styles`` table so QGIS opens the layers styled.

GDAL/OGR (osgeo, no qgis) creates the file, the layers with their (empty) spatial indexes and, at the end, the
styles; the rows themselves go in through Python's sqlite3 ``executemany`` in batches (GeoPackage
geometry blobs = a small header + the WKB we build), which is several times faster than one OGR feature at a time.
The spatial indexes are packed at the end from the envelopes the caller gives with each row (gpkg_rtree), four
times faster than OGR's CreateSpatialIndex inserting them one by one. Memory stays bounded: at most ``BATCH`` rows
wait in memory, plus 16 bytes per indexed row up to ``PACKED_INDEX_ROWS`` rows a layer (beyond, OGR fills that
layer's index from its rows).
"""

import contextlib
import datetime
import sqlite3
import struct
from pathlib import Path

import numpy as np

from ..errors import DigitalTwinError
from .gpkg_rtree import outward_float32, write_rtree

# Python's sqlite3 binds int, float, str and bytearray directly; any other value is first looked up as an adapter,
# and each miss raises and clears an AttributeError inside the module: ~3 % of a load, since most of our values are
# NULLs and WKB bytes. Identity adapters for exactly these two types turn the lookup into a hit. They return the
# value itself, so every other sqlite3 user in the process gets the same results as before.
sqlite3.register_adapter(type(None), {}.get)  # {}.get(None) is None, in C
sqlite3.register_adapter(bytes, bytes)  # bytes(value) is value itself for bytes, in C
OGR_TYPES = {"str": "OFTString", "int": "OFTInteger", "real": "OFTReal"}
BATCH = 5000  # rows per executemany
PACKED_INDEX_ROWS = 4_000_000  # per layer: 64 MB of envelopes
STYLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "styles"
GEOMETRY_COLUMN = "geom"


class GpkgWriter:
    def __init__(self, path, epsg):
        from osgeo import ogr, osr

        self._ogr = ogr
        ogr.UseExceptions()
        self.path = Path(path)
        self.path.unlink(missing_ok=True)  # atomic_output made an empty placeholder
        with _without_fsync():
            dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(self.path))
        if dataset is None:
            raise DigitalTwinError("{path}: GDAL could not create the GeoPackage", path=path)
        dataset = None
        self.srs = osr.SpatialReference()
        self.srs.ImportFromEPSG(int(epsg))
        self.connection = sqlite3.connect(str(self.path))
        # The file is a temporary one, renamed only when complete (safe_io.atomic_output) and deleted on any error:
        # durability on power loss mid-write buys nothing here, so skip the fsyncs and the on-disk journal.
        self.connection.execute("PRAGMA synchronous = OFF")
        self.connection.execute("PRAGMA journal_mode = MEMORY")
        self.layers = {}  # name -> (INSERT statement, geometry blob header or None)
        self.counts = {}
        self._rows = {}  # name -> rows waiting for executemany
        self._envelopes = {}  # name -> (minx, maxx, miny, maxy) of the waiting rows, for geometry layers
        self._index_boxes = {}  # name -> float32 box arrays of the rows written, or None: OGR fills the index
        self._extents = {}  # name -> (minx, maxx, miny, maxy) of the rows written
        self._triggers = {}  # name -> CREATE TRIGGER statements to restore at close
        self._waiting = 0

    def _create_layer(self, name, fields, geometry):
        """Create a layer through OGR (gpkg_contents, geometry columns, SRS), between our own transactions."""
        ogr = self._ogr
        self.connection.commit()
        dataset = self._ogr_open()
        options = ["SPATIAL_INDEX=NO", f"GEOMETRY_NAME={GEOMETRY_COLUMN}"] if geometry else []
        layer = dataset.CreateLayer(name, self.srs if geometry else None,
                                    ogr.wkbMultiPolygon25D if geometry else ogr.wkbNone, options=options)
        for field_name, kind in fields:
            layer.CreateField(ogr.FieldDefn(field_name, getattr(ogr, OGR_TYPES[kind])))
        if geometry:  # the R-tree, its triggers and its gpkg_extensions entry, filled at close
            dataset.ReleaseResultSet(dataset.ExecuteSQL(f"SELECT CreateSpatialIndex('{name}', '{GEOMETRY_COLUMN}')"))
        dataset = None
        header = None
        if geometry:
            (srs_id,) = self.connection.execute(
                "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (name,)).fetchone()
            header = b"GP\x00\x01" + struct.pack("<i", srs_id)  # version 0, little endian, no envelope
            self._envelopes[name], self._index_boxes[name] = [], []
        # The triggers would run per row: OGR's feature count an UPDATE, the R-tree's an insert through spatial SQL
        # functions only OGR's connections have. Set them aside; close() writes what they would have.
        self._triggers[name] = []
        for trigger, sql in self.connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                                    "AND tbl_name = ?", (name,)).fetchall():
            self._triggers[name].append(sql)
            self.connection.execute(f'DROP TRIGGER "{trigger}"')
        columns = ["fid"] + ([GEOMETRY_COLUMN] if geometry else []) + [field_name for field_name, _ in fields]
        statement = (f'INSERT INTO "{name}" (' + ", ".join(f'"{column}"' for column in columns) + ") VALUES (" +
                     ", ".join("?" for _ in columns) + ")")
        self.layers[name] = (statement, header)
        self.counts[name] = 0
        self._rows[name] = []

    @staticmethod
    def attributes(names, values):
        """The attribute part of a row: ``values`` of the field ``names`` in order (build it once, reuse it for
        every LOD of an object)."""
        return tuple(map(values.get, names))

    def add(self, name, fields, attributes, wkb=None, envelope=None):
        """Queue one row of ``name``: ``attributes`` from attributes(), ``wkb`` an ISO WKB geometry or None, and
        with it its ``envelope`` (minx, maxx, miny, maxy) for the spatial index."""
        if name not in self.layers:
            self._create_layer(name, fields, geometry=wkb is not None)
        _, header = self.layers[name]
        fid = self.counts[name] = self.counts[name] + 1
        if header is not None:
            self._rows[name].append((fid, header + wkb) + attributes)
            self._envelopes[name].append(envelope)
        else:
            self._rows[name].append((fid,) + attributes)
        self._waiting += 1
        if self._waiting >= BATCH:
            self._flush()

    def add_rows(self, name, fields, rows):
        """Queue rows of ``name``, a layer without geometry: ``rows`` as attributes() makes them."""
        if name not in self.layers:
            self._create_layer(name, fields, geometry=False)
        first = self.counts[name] + 1
        self._rows[name] += [(fid,) + row for fid, row in enumerate(rows, first)]
        self.counts[name] += len(rows)
        self._waiting += len(rows)
        if self._waiting >= BATCH:
            self._flush()

    def _flush(self):
        for name, rows in self._rows.items():
            if rows:
                self.connection.executemany(self.layers[name][0], rows)
                rows.clear()
        for name, envelopes in self._envelopes.items():
            if envelopes:
                self._keep_envelopes(name, envelopes)
                envelopes.clear()
        self._waiting = 0

    def _keep_envelopes(self, name, envelopes):
        """The layer's extent so far, and the boxes of its spatial index (while it has at most PACKED_INDEX_ROWS)."""
        minx, maxx, miny, maxy = (np.array(column, dtype=np.float64) for column in zip(*envelopes, strict=True))
        batch = (float(minx.min()), float(maxx.max()), float(miny.min()), float(maxy.max()))
        before = self._extents.get(name, batch)
        self._extents[name] = (min(before[0], batch[0]), max(before[1], batch[1]), min(before[2], batch[2]),
                               max(before[3], batch[3]))
        if self.counts[name] > PACKED_INDEX_ROWS:
            self._index_boxes[name] = None  # too many to keep: OGR fills this index from the rows at close
        elif self._index_boxes[name] is not None:
            self._index_boxes[name].append(outward_float32(minx, maxx, miny, maxy))

    def close(self):
        """Write what waits, the spatial indexes, extents and feature counts, then let OGR store the styles."""
        if self.connection is None:
            return
        self._flush()
        for name, boxes in self._index_boxes.items():
            if boxes is not None:
                boxes = np.concatenate(boxes) if boxes else np.zeros((0, 4), dtype=np.float32)
                write_rtree(self.connection, _rtree(name), np.arange(1, len(boxes) + 1), boxes)
        for name, (minx, maxx, miny, maxy) in self._extents.items():  # exact, where OGR's come from the R-tree
            self.connection.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE "
                                    "table_name = ?", (minx, miny, maxx, maxy, name))
        for name, triggers in self._triggers.items():
            self.connection.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = "
                                    "lower(?)", (self.counts[name], name))
            for sql in triggers:
                self.connection.execute(sql)
        self.connection.commit()
        self.connection.close()
        self.connection = None
        self.dataset = self._ogr_open()
        left_to_ogr = [name for name, boxes in self._index_boxes.items() if boxes is None]
        if left_to_ogr:
            self.dataset.StartTransaction()
            for name in left_to_ogr:
                self._sql(f'INSERT INTO "{_rtree(name)}" SELECT fid, ST_MinX({GEOMETRY_COLUMN}), '
                          f"ST_MaxX({GEOMETRY_COLUMN}), ST_MinY({GEOMETRY_COLUMN}), ST_MaxY({GEOMETRY_COLUMN}) "
                          f'FROM "{name}" WHERE NOT ST_IsEmpty({GEOMETRY_COLUMN})')
            self.dataset.CommitTransaction()
        self._write_styles()
        self.dataset = None

    def _ogr_open(self):
        with _without_fsync():
            return self._ogr.Open(str(self.path), 1)

    def _sql(self, statement):
        result = self.dataset.ExecuteSQL(statement)
        if result is not None:
            self.dataset.ReleaseResultSet(result)

    def abort(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        self.dataset = None

    def _styles_table(self):
        """The table QGIS reads default styles from (same columns as QGIS writes when saving a style to a gpkg)."""
        ogr = self._ogr
        table = self.dataset.CreateLayer("layer_styles", None, ogr.wkbNone)
        for name, kind in STYLE_COLUMNS:
            definition = ogr.FieldDefn(name, getattr(ogr, kind))
            if name == "useAsDefault":
                definition.SetSubType(ogr.OFSTBoolean)
            table.CreateField(definition)
        return table

    def _write_styles(self):
        """A default style per layer (resources/styles/citygml_<layer kind>.qml) in QGIS's layer_styles table."""
        styles = [(name, STYLES_DIR / f"citygml_{style_name(name)}.qml") for name in self.layers]
        styles = [(name, path) for name, path in styles if path.is_file() and self.layers[name][1] is not None]
        if not styles:
            return
        table = self._styles_table()
        now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S")
        self.dataset.StartTransaction()
        for name, path in styles:
            feature = self._ogr.Feature(table.GetLayerDefn())
            values = {"f_table_catalog": "", "f_table_schema": "", "f_table_name": name,
                      "f_geometry_column": GEOMETRY_COLUMN,
                      "styleName": name, "styleQML": path.read_text(encoding="utf-8"), "styleSLD": "",
                      "useAsDefault": 1, "description": "Digital Twin default style", "owner": "", "ui": "",
                      "update_time": now}
            for key, value in values.items():
                feature.SetField(key, value)
            table.CreateFeature(feature)
        self.dataset.CommitTransaction()


@contextlib.contextmanager
def _without_fsync():
    """OGR's connections to the file skip the fsyncs and the on-disk journal too, for the reason in
    GpkgWriter.__init__: each commit's flush to disk cost ~10 ms here, four times per load, and creating and
    deleting the journal file ~1 ms per commit. GDAL reads the options when it opens the file."""
    from osgeo import gdal

    options = {"OGR_SQLITE_SYNCHRONOUS": "OFF", "OGR_SQLITE_JOURNAL": "MEMORY"}
    before = {name: gdal.GetThreadLocalConfigOption(name, None) for name in options}
    for name, value in options.items():
        gdal.SetThreadLocalConfigOption(name, value)
    try:
        yield
    finally:
        for name, value in before.items():
            gdal.SetThreadLocalConfigOption(name, value)


STYLE_COLUMNS = [("f_table_catalog", "OFTString"), ("f_table_schema", "OFTString"), ("f_table_name", "OFTString"),
                 ("f_geometry_column", "OFTString"), ("styleName", "OFTString"), ("styleQML", "OFTString"),
                 ("styleSLD", "OFTString"), ("useAsDefault", "OFTInteger"), ("description", "OFTString"),
                 ("owner", "OFTString"), ("ui", "OFTString"), ("update_time", "OFTDateTime")]


def _rtree(layer_name):
    """The R-tree table of a layer's spatial index (GeoPackage's naming)."""
    return f"rtree_{layer_name}_{GEOMETRY_COLUMN}"


# layer name prefix -> style (resources/styles/citygml_<style>.qml); "building_" layers have their own
LAYER_STYLES = {"usedistrict_": "usedistrict", "firepreventiondistrict_": "urban_planning",
                "heightcontroldistrict_": "urban_planning", "sedimentdisasterpronearea_": "urban_planning",
                "road_": "road", "landuse_": "landuse", "bridge_": "bridge",
                "district_floor_area": "district_floor_area"}


def style_name(layer_name):
    """The style used for a layer: building_lod1 -> building_lod1, usedistrict_lod1 -> usedistrict (zoning
    colours), waterbody_lod1 -> object."""
    if layer_name.startswith("building_"):
        return layer_name
    if layer_name.endswith("_traffic_area"):  # road_lod2_traffic_area: carriageways, sidewalks ... of any tran
        return "traffic_area"
    return next((style for prefix, style in LAYER_STYLES.items() if layer_name.startswith(prefix)), "object")
