"""One dataset model behind every catalog: a Dataset (what it is, where, who publishes it, under which licence) with
Resources (the files or services to load or download).

``recognise`` turns a catalog's format label, a resource name or a URL into a normalised format and the kind of QGIS
layer that loads it, because publishers leave ``format`` empty or fill it inconsistently.
"""

import re
from dataclasses import asdict, dataclass, field, fields

from ..errors import InputError

# Layer kinds: which loader adds a resource to the map.
TILED_SCENE = "tiledscene"  # 3D Tiles -> QgsTiledSceneLayer (cesiumtiles)
VECTOR_TILE = "vectortile"  # MVT -> QgsVectorTileLayer
CITYGML = "citygml"  # plugin/citygml loader
POINT_CLOUD = "pointcloud"  # LAS/LAZ/COPC -> plugin/pointcloud loader or QgsPointCloudLayer
VECTOR = "vector"  # GeoJSON, KML, GeoPackage, Shapefile, CSV with coordinates -> ogr
RASTER = "raster"  # GeoTIFF / COG -> gdal
WMS = "wms"  # OGC WMS -> wms provider
DOWNLOAD = "download"  # archives, documents: download only
LINK = "link"  # a web page or a format QGIS cannot load: shown, not loaded

PLATEAU_LICENCE = "PLATEAU site policy (CC BY 4.0 compatible)"
PLATEAU_ATTRIBUTION = "出典: 国土交通省 Project PLATEAU (CC BY 4.0)"


@dataclass(slots=True)  # slots: the PLATEAU list alone makes 10,000 of each
class Resource:
    """A file or service of a dataset."""

    url: str
    name: str = ""
    format: str = ""  # normalised: "3D Tiles", "MVT", "CityGML", "GeoJSON", "WMS", "COG", "CSV", "LAS", "ZIP", ...
    kind: str = LINK  # one of the layer kinds above
    size: int | None = None  # bytes, when the catalog says
    checksum: str = ""  # "sha256:<hex>" or "md5:<hex>", when the catalog says
    layers: list[str] = field(default_factory=list)  # MVT tile layers, WMS layer names
    lod: str = ""
    mesh_code: str = ""
    description: str = ""


@dataclass(slots=True)
class Dataset:
    """A dataset of a catalog; every field but id and title may be empty."""

    id: str
    title: str
    catalog: str = ""  # the catalog it comes from (a user-visible name)
    publisher: str = ""
    licence: str = ""
    attribution: str = ""
    pref: str = ""
    pref_code: str = ""
    city: str = ""
    city_code: str = ""
    ward: str = ""
    ward_code: str = ""
    data_type: str = ""  # e.g. 建築物モデル
    data_type_en: str = ""  # e.g. bldg
    format: str = ""  # the main resource's normalised format
    lod: str = ""
    year: int | None = None
    description: str = ""
    tags: list[str] = field(default_factory=list)
    group: str = ""  # where it sits in a hierarchical catalog (TerriaJS groups), "a / b / c"
    resources: list[Resource] = field(default_factory=list)

    @property
    def area(self):
        """Prefecture, city and ward in one line, as users name a place."""
        return " ".join(part for part in (self.pref, self.city, self.ward) if part)

    def to_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, data, where=None):
        """A Dataset from its to_dict() form; unknown keys are ignored (newer files), bad ones named."""
        if not isinstance(data, dict):
            raise InputError("a dataset must be a JSON object", path=where)
        for key in ("id", "title"):
            if not isinstance(data.get(key), str) or not data[key]:
                raise InputError("a dataset needs a non-empty text", path=where, field=key)
        values = _typed_values(cls, data, where)
        values["year"] = _year(data.get("year"), where)
        resources = data.get("resources") or []
        if not isinstance(resources, list):
            raise InputError("'resources' must be a list", path=where, field="resources")
        values["resources"] = [_resource_from_dict(item, where) for item in resources]
        return cls(**values)


def _resource_from_dict(data, where):
    if not isinstance(data, dict) or not isinstance(data.get("url"), str) or not data["url"]:
        raise InputError("each resource needs a 'url' text", path=where, field="resources.url")
    values = _typed_values(Resource, data, where, "resources.")
    if data.get("size") is not None:
        try:
            values["size"] = int(data["size"])
        except (TypeError, ValueError, OverflowError):
            raise InputError("size '{size}' is not a number of bytes", path=where, field="resources.size",
                             size=data["size"]) from None
    if not values.get("format") or not values.get("kind"):  # older or hand-written files: recognise them
        fmt, kind = recognise(values.get("format", ""), values.get("name", ""), values["url"])
        values["format"] = values.get("format") or fmt
        values["kind"] = values.get("kind") or kind
    return Resource(**values)


# field type -> (does a value fit, the error when it does not)
FIELD_TYPES = {
    str: (lambda value: isinstance(value, str), lambda **where: InputError("'{name}' must be a text", **where)),
    list[str]: (lambda value: isinstance(value, list) and all(isinstance(item, str) for item in value),
                lambda **where: InputError("'{name}' must be a list of texts", **where)),
}


def _typed_values(cls, data, where, prefix=""):
    """The text and text-list fields of dataclass ``cls`` found in ``data``, each checked against its type; the
    numbers (year, size) and the resources are read by the caller."""
    values = {}
    for item in fields(cls):
        if item.name not in data or item.type not in FIELD_TYPES:
            continue
        fits, error = FIELD_TYPES[item.type]
        if not fits(data[item.name]):
            raise error(path=where, field=prefix + item.name, name=item.name)
        values[item.name] = data[item.name]
    return values


def _year(value, where=None):
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        raise InputError("year '{value}' is not a number", path=where, field="year", value=value) from None


# Normalised format -> layer kind.
FORMAT_KINDS = {
    "3D Tiles": TILED_SCENE,
    "MVT": VECTOR_TILE,
    "CityGML": CITYGML,
    "LAS": POINT_CLOUD,
    "LAZ": POINT_CLOUD,
    "COPC": POINT_CLOUD,
    "GeoJSON": VECTOR,
    "KML": VECTOR,
    "GeoPackage": VECTOR,
    "Shapefile": VECTOR,
    "CSV": VECTOR,
    "WFS": VECTOR,
    "COG": RASTER,
    "GeoTIFF": RASTER,
    "WMS": WMS,
    "ZIP": DOWNLOAD,
    "PDF": DOWNLOAD,
    "Excel": DOWNLOAD,
    "CZML": DOWNLOAD,
}

# (pattern on a format label or resource name, normalised format); first match wins, so specific before general.
_LABEL_PATTERNS = [
    (r"3d\s*tiles|cesium3dtiles|3d-tiles", "3D Tiles"),
    (r"\bmvt\b|vector\s*tiles?|pbf", "MVT"),
    (r"city\s*gml|\bgml\b", "CityGML"),
    (r"copc", "COPC"),
    (r"\blaz\b", "LAZ"),
    (r"\blas\b|点群", "LAS"),
    (r"geo\s*json", "GeoJSON"),
    (r"\bkml\b|\bkmz\b", "KML"),
    (r"geopackage|\bgpkg\b", "GeoPackage"),
    (r"shape\s*file|\bshp\b|シェープ", "Shapefile"),
    (r"\bwfs\b", "WFS"),
    (r"\bwms\b", "WMS"),
    (r"\bcog\b|cloud.optimi[sz]ed", "COG"),
    (r"geotiff|\btiff?\b", "GeoTIFF"),
    (r"\bcsv\b", "CSV"),
    (r"\bczml\b", "CZML"),
    (r"\bzip\b", "ZIP"),
    (r"\bpdf\b", "PDF"),
    (r"\bxlsx?\b|excel", "Excel"),
]
_LABEL_REGEXES = [(re.compile(pattern, re.I), fmt) for pattern, fmt in _LABEL_PATTERNS]

# URL path endings (lower case) -> normalised format; longest first.
_URL_SUFFIXES = [
    (".copc.laz", "COPC"),
    ("/tileset.json", "3D Tiles"),
    ("{y}.mvt", "MVT"),
    ("{y}.pbf", "MVT"),
    (".mvt", "MVT"),
    (".gml", "CityGML"),
    (".las", "LAS"),
    (".laz", "LAZ"),
    (".geojson", "GeoJSON"),
    (".kml", "KML"),
    (".kmz", "KML"),
    (".gpkg", "GeoPackage"),
    (".shp", "Shapefile"),
    (".tif", "GeoTIFF"),
    (".tiff", "GeoTIFF"),
    (".csv", "CSV"),
    (".czml", "CZML"),
    (".zip", "ZIP"),
    (".7z", "ZIP"),
    (".pdf", "PDF"),
    (".xlsx", "Excel"),
    (".xls", "Excel"),
]


def format_of_label(label):
    """The normalised format a label such as 'CityGML（v3）', '3D Tiles, MVT（v3）' or 'GeoJSON' names, or ''."""
    for regex, fmt in _LABEL_REGEXES:
        if label and regex.search(label):
            return fmt
    return ""


def format_of_url(url):
    path = (url or "").split("?", 1)[0].split("#", 1)[0].lower()
    path = path.replace("%7b", "{").replace("%7d", "}")
    for suffix, fmt in _URL_SUFFIXES:
        if path.endswith(suffix):
            return fmt
    if "service=wms" in (url or "").lower():
        return "WMS"
    return ""


def recognise(fmt="", name="", url=""):
    """(normalised format, layer kind) from a catalog's format label, else the resource name, else the URL.

    A CityGML release packed as a zip stays "CityGML" (kind citygml: the loader opens zips); any other zip is a
    download.
    """
    found = format_of_label(fmt) or format_of_label(name) or format_of_url(url)
    if found == "ZIP" and "citygml" in (url or "").lower():
        found = "CityGML"
    return found, FORMAT_KINDS.get(found, LINK)
