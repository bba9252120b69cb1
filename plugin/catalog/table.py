"""The search result as a table file, one row per resource with its dataset's fields: CSV (UTF-8 with BOM, so
Excel shows Japanese) or a GeoPackage attribute table (no geometry), written atomically."""

import csv
from pathlib import Path

from ..errors import InputError
from ..safe_io import atomic_output

COLUMNS = [
    ("dataset_id", "id"), ("title", "title"), ("catalog", "catalog"), ("publisher", "publisher"),
    ("licence", "licence"), ("attribution", "attribution"), ("pref", "pref"), ("pref_code", "pref_code"),
    ("city", "city"), ("city_code", "city_code"), ("ward", "ward"), ("ward_code", "ward_code"),
    ("data_type", "data_type"), ("data_type_en", "data_type_en"), ("format", "format"), ("lod", "lod"),
    ("year", "year"), ("group", "group"),
]
RESOURCE_COLUMNS = ["resource_name", "resource_url", "resource_format", "resource_kind", "resource_lod",
                    "mesh_code", "layers", "size_bytes", "checksum"]
INTEGER_COLUMNS = {"year", "size_bytes"}
DEFAULT_LAYER = "catalog"  # the GeoPackage table's name


def rows(datasets):
    """One dict per resource (a dataset without resources gives one row with empty resource fields)."""
    for dataset in datasets:
        base = {column: getattr(dataset, attribute) for column, attribute in COLUMNS}
        for resource in dataset.resources or [None]:
            row = dict(base)
            row.update({
                "resource_name": resource.name if resource else "",
                "resource_url": resource.url if resource else "",
                "resource_format": resource.format if resource else "",
                "resource_kind": resource.kind if resource else "",
                "resource_lod": resource.lod if resource else "",
                "mesh_code": resource.mesh_code if resource else "",
                "layers": ",".join(resource.layers) if resource else "",
                "size_bytes": resource.size if resource else None,
                "checksum": resource.checksum if resource else "",
            })
            yield row


def field_names():
    return [column for column, _ in COLUMNS] + RESOURCE_COLUMNS


def write_table(datasets, path, overwrite=False, layer_name=DEFAULT_LAYER):
    """Write the rows to ``path`` (.csv or .gpkg); return the number of rows."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".gpkg"):
        raise InputError("the table must be a .csv or .gpkg file", path=path)
    with atomic_output(path, overwrite=overwrite) as tmp:
        count = _write_csv(datasets, tmp) if suffix == ".csv" else _write_gpkg(datasets, tmp, layer_name)
    return count


def _write_csv(datasets, path):
    count = 0
    with open(path, "w", newline="", encoding="utf-8-sig") as out:
        writer = csv.DictWriter(out, field_names())
        writer.writeheader()
        for row in rows(datasets):
            writer.writerow({key: "" if value is None else value for key, value in row.items()})
            count += 1
    return count


def _write_gpkg(datasets, path, layer_name):
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    path.unlink(missing_ok=True)  # the atomic temp file exists empty; GDAL creates its own
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer(layer_name, geom_type=ogr.wkbNone)
    for name in field_names():
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger64 if name in INTEGER_COLUMNS else ogr.OFTString))
    definition = layer.GetLayerDefn()
    count = 0
    layer.StartTransaction()
    for row in rows(datasets):
        feature = ogr.Feature(definition)
        for name, value in row.items():
            if value not in (None, ""):
                feature.SetField(name, value)
        layer.CreateFeature(feature)
        count += 1
    layer.CommitTransaction()
    layer = None  # release the layer before its data source: GDAL writes and closes the file here
    source = None
    return count
