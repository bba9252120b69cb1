"""Virtual point cloud (.vpc): several COPC tiles shown as one layer.

A VPC is a STAC ItemCollection (GeoJSON FeatureCollection of STAC 1.0.0 items, as written by PDAL wrench and read
by QGIS's "vpc" provider): per tile a WGS84 footprint, the point count (pc:count), the attribute names (pc:schemas),
the bounds and CRS in the tile's own CRS (proj:bbox, proj:wkt2) and a relative link to the file.
"""

import json
import os
from pathlib import Path

from ..dependencies import require
from ..errors import InputError
from ..safe_io import atomic_output

STAC_EXTENSIONS = ["https://stac-extensions.github.io/pointcloud/v1.0.0/schema.json",
                   "https://stac-extensions.github.io/projection/v1.1.0/schema.json"]
# Attribute names of the COPC point formats, as QGIS names them.
BASE_ATTRIBUTES = [("X", 4, "signed"), ("Y", 4, "signed"), ("Z", 4, "signed"), ("Intensity", 2, "unsigned"),
                   ("ReturnNumber", 1, "unsigned"), ("NumberOfReturns", 1, "unsigned"),
                   ("ScanDirectionFlag", 1, "unsigned"), ("EdgeOfFlightLine", 1, "unsigned"),
                   ("Classification", 1, "unsigned"), ("ScanAngleRank", 4, "floating"), ("UserData", 1, "unsigned"),
                   ("PointSourceId", 2, "unsigned"), ("GpsTime", 8, "floating"), ("ScannerChannel", 1, "unsigned"),
                   ("ClassificationFlags", 1, "unsigned")]
COLOUR_ATTRIBUTES = [("Red", 2, "unsigned"), ("Green", 2, "unsigned"), ("Blue", 2, "unsigned")]


def write_vpc(copc_paths, output, overwrite=False):
    """Write a .vpc over ``copc_paths`` (files named *.copc.laz in one CRS); return the number of points."""
    output = Path(output)
    if not copc_paths:
        raise InputError("a virtual point cloud needs at least one COPC file", path=output)
    features = [_stac_item(Path(path), output.parent) for path in copc_paths]
    crs_texts = {feature["properties"]["proj:wkt2"] for feature in features}
    if len(crs_texts) > 1:
        raise InputError("the COPC files are in different CRSs; convert them to one CRS first", path=output)
    collection = {"type": "FeatureCollection", "features": features}
    with atomic_output(output, overwrite=overwrite) as tmp:
        tmp.write_text(json.dumps(collection, indent=1, ensure_ascii=False), encoding="utf-8")
    return sum(feature["properties"]["pc:count"] for feature in features)


def _stac_item(path, vpc_dir):
    laspy = require("laspy", "Virtual point clouds")
    pyproj = require("pyproj", "Virtual point clouds")
    if not path.name.lower().endswith(".copc.laz"):
        raise InputError("only COPC files (*.copc.laz) can be listed in a virtual point cloud", path=path)
    try:
        with laspy.open(path) as reader:
            header = reader.header
    except Exception as exc:
        raise InputError("not a readable COPC file ({exc})", path=path, exc=exc) from exc
    crs = header.parse_crs()
    if crs is None:
        raise InputError("the COPC file has no CRS record", path=path)
    (minx, miny, minz), (maxx, maxy, maxz) = header.mins, header.maxs
    to_wgs84 = pyproj.Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    west, south, east, north = to_wgs84.transform_bounds(minx, miny, maxx, maxy, densify_pts=21)
    attributes = BASE_ATTRIBUTES + (COLOUR_ATTRIBUTES if header.point_format.id in (7, 8) else [])
    if header.point_format.id == 8:
        attributes = attributes + [("Infrared", 2, "unsigned")]
    href = "./" + Path(os.path.relpath(path.resolve(), vpc_dir.resolve())).as_posix()
    return {
        "type": "Feature", "stac_version": "1.0.0", "stac_extensions": STAC_EXTENSIONS,
        "id": path.name[: -len(".copc.laz")],
        "geometry": {"type": "Polygon", "coordinates": [[[west, south], [east, south], [east, north],
                                                         [west, north], [west, south]]]},
        "bbox": [west, south, float(minz), east, north, float(maxz)],
        "properties": {
            "datetime": f"{header.creation_date.isoformat() if header.creation_date else '1970-01-01'}T00:00:00Z",
            "pc:count": int(header.point_count), "pc:encoding": "?", "pc:type": "lidar",
            "pc:schemas": [{"name": name, "size": size, "type": kind} for name, size, kind in attributes],
            "proj:bbox": [float(minx), float(miny), float(minz), float(maxx), float(maxy), float(maxz)],
            "proj:wkt2": crs.to_wkt(),
        },
        "links": [],
        "assets": {"data": {"href": href, "roles": ["data"]}},
    }
