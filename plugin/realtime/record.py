"""Recording: every refresh appended to a GeoPackage layer with a ``fetched_at`` timestamp (UTC), through osgeo.ogr;
and replay: a recording read back snapshot by snapshot, as if the feed were live (demos, training, tests).

Numbers are stored as Real (a feed may send 3 now and 3.5 next minute), booleans as Integer(Boolean), everything else
as text; property names the GeoPackage reserves (fid, geom) get a ``feed_`` prefix.
"""

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

from ..errors import InputError
from ..progress import NO_PROGRESS
from ..safe_io import atomic_output
from .snapshot import FETCHED_AT, Snapshot, field_names

DEFAULT_LAYER = "realtime"
RESERVED = {"fid", "geom", FETCHED_AT}
GEOMETRY_TYPES = {"Point": 1, "LineString": 2, "Polygon": 3, "MultiPoint": 4, "MultiLineString": 5,
                  "MultiPolygon": 6}


def _ogr():
    from osgeo import ogr

    ogr.UseExceptions()
    return ogr


def column_name(name):
    return f"feed_{name}" if name.lower() in RESERVED else name


def write_snapshots(path, snapshots, layer_name=DEFAULT_LAYER, append=False, overwrite=False, progress=NO_PROGRESS):
    """Write snapshots to a new GeoPackage (complete or absent), or append them to an existing recording.

    Appending works on a copy that replaces the file only when complete, so a failure never damages a recording.
    """
    path = Path(path)
    if path.suffix.lower() != ".gpkg":
        raise InputError("recordings are GeoPackages: give a file name ending in .gpkg", path=path)
    exists = path.exists()
    with atomic_output(path, overwrite=overwrite or (append and exists)) as tmp:
        if append and exists:
            shutil.copyfile(path, tmp)
        else:
            tmp.unlink()  # the GPKG driver creates the file itself
        for index, snapshot in enumerate(snapshots):
            progress.step(index / max(len(snapshots), 1))
            append_snapshot(tmp, snapshot, layer_name)
        progress.step(1.0)
    return path


def append_snapshot(path, snapshot, layer_name=DEFAULT_LAYER):
    """Append one snapshot to ``path`` (created if missing) in one transaction; return the number of features."""
    ogr = _ogr()
    path = Path(path)
    try:
        if path.exists():
            dataset = ogr.Open(str(path), 1)
        else:
            dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    except RuntimeError as exc:
        raise InputError("cannot open the recording for writing ({exc})", path=path, exc=exc) from exc
    layer = dataset.GetLayerByName(layer_name) or _create_layer(dataset, layer_name, snapshot)
    definition = layer.GetLayerDefn()
    existing = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
    for name in dict.fromkeys([*snapshot.fields, *field_names(snapshot.features)]):
        if column_name(name) not in existing:
            layer.CreateField(_field_definition(ogr, column_name(name), _values(snapshot, name)))
    stamp = snapshot.fetched_at.astimezone(UTC)
    definition = layer.GetLayerDefn()  # again: it now holds the fields added above
    stamp_index = definition.GetFieldIndex(FETCHED_AT)
    indices = {}  # looking fields up by name is slow in the GDAL bindings: once per name, not per value
    layer.StartTransaction()
    try:
        for item in snapshot.features:
            feature = ogr.Feature(definition)
            feature.SetField(stamp_index, stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute,
                             stamp.second, 100)  # 100 = UTC in OGR's time zone flag
            for name, value in item["properties"].items():
                if value is not None:
                    index = indices.get(name)
                    if index is None:
                        index = indices[name] = definition.GetFieldIndex(column_name(name))
                    _set(feature, index, value)
            if item.get("geometry"):
                feature.SetGeometryDirectly(_ogr_geometry(ogr, item["geometry"]))
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    except BaseException:
        layer.RollbackTransaction()
        raise
    finally:
        dataset = None  # noqa: F841 (closing the dataset flushes the file)
    return len(snapshot.features)


def _ogr_geometry(ogr, geometry):
    if geometry["type"] == "Point":
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(*geometry["coordinates"][:2])
        return point
    return ogr.CreateGeometryFromJson(json.dumps(geometry))


def _create_layer(dataset, layer_name, snapshot):
    ogr = _ogr()
    from osgeo import osr

    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    kinds = {item["geometry"]["type"] for item in snapshot.features if item.get("geometry")}
    geometry_type = GEOMETRY_TYPES.get(kinds.pop(), 0) if len(kinds) == 1 else (1 if not kinds else 0)
    layer = dataset.CreateLayer(layer_name, wgs84, geometry_type, ["FID=fid", "GEOMETRY_NAME=geom"])
    layer.CreateField(ogr.FieldDefn(FETCHED_AT, ogr.OFTDateTime))
    dataset.ExecuteSQL(f"CREATE INDEX IF NOT EXISTS \"{layer_name}_{FETCHED_AT}\" ON \"{layer_name}\"({FETCHED_AT})")
    metadata = {"source": snapshot.source, "feed_type": snapshot.feed_type}
    layer.SetMetadata({f"DIGITALTWIN_{key.upper()}": value for key, value in metadata.items()})
    return layer


def _values(snapshot, name):
    return [item["properties"].get(name) for item in snapshot.features]


def _field_definition(ogr, name, values):
    present = [value for value in values if value is not None]
    if present and all(isinstance(value, bool) for value in present):
        definition = ogr.FieldDefn(name, ogr.OFTInteger)
        definition.SetSubType(ogr.OFSTBoolean)
    elif present and all(isinstance(value, (int, float)) and not isinstance(value, bool) for value in present):
        definition = ogr.FieldDefn(name, ogr.OFTReal)
    else:
        definition = ogr.FieldDefn(name, ogr.OFTString)
    return definition


def _set(feature, index, value):
    """Typed setters where the bindings have them: Feature.SetField's type dispatch costs more than the write."""
    if isinstance(value, str):
        feature.SetFieldString(index, value)
    elif isinstance(value, bool):
        feature.SetFieldInteger64(index, int(value))
    elif isinstance(value, (int, float)):
        feature.SetField(index, float(value))
    else:
        feature.SetFieldString(index, json.dumps(value, ensure_ascii=False))


def read_recording(path, layer_name=None):
    """The snapshots of a recording, oldest first, each with its recorded features and fetched_at time."""
    ogr = _ogr()
    path = Path(path)
    if not path.is_file():
        raise InputError("no such recording", path=path)
    try:
        dataset = ogr.Open(str(path))
    except RuntimeError as exc:
        raise InputError("not a GeoPackage recording ({exc})", path=path, exc=exc) from exc
    if dataset is None:
        raise InputError("not a GeoPackage recording (GDAL cannot open it)", path=path)
    layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    if layer is None:
        raise InputError("the recording has no such layer", path=path, field=layer_name)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if FETCHED_AT not in names:
        raise InputError("not a recording: the layer has no timestamp field", path=path, field=FETCHED_AT)
    names.remove(FETCHED_AT)
    metadata = layer.GetMetadata() or {}
    source = metadata.get("DIGITALTWIN_SOURCE", str(path))
    feed_type = metadata.get("DIGITALTWIN_FEED_TYPE", "")
    by_time = {}
    for feature in layer:  # recorded in time order: features come back in fid order
        year, month, day, hour, minute, second, _ = feature.GetFieldAsDateTime(FETCHED_AT)
        fetched_at = datetime(year, month, day, hour, minute, int(second), tzinfo=UTC)
        geometry = feature.GetGeometryRef()
        properties = {name: feature.GetField(name) for name in names}
        by_time.setdefault(fetched_at, []).append(
            {"geometry": json.loads(geometry.ExportToJson()) if geometry else None, "properties": properties})
    dataset = None  # noqa: F841
    return [Snapshot(features, source, feed_type, fetched_at, fields=list(names))
            for fetched_at, features in sorted(by_time.items())]


class ReplayReader:
    """A recording served back as a feed: each read() gives the next recorded snapshot with its recorded time,
    starting over after the last one (a demo loops)."""

    def __init__(self, path, layer_name=None, loop=True):
        self.snapshots = read_recording(path, layer_name)
        if not self.snapshots:
            raise InputError("the recording is empty", path=path)
        self.url = str(path)
        self.feed_type = "replay"
        self.loop = loop
        self._next = 0

    def read(self, progress=NO_PROGRESS):
        if self._next >= len(self.snapshots):
            if not self.loop:
                raise InputError("the replay reached the end of the recording", path=self.url)
            self._next = 0
        snapshot = self.snapshots[self._next]
        self._next += 1
        return snapshot
