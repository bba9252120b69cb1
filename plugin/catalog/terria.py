"""TerriaJS catalog JSON (v8 ``members``, v7 ``items``), as the Tokyo Digital Twin 3D viewer publishes its layer
list: groups walked recursively, the viewer's ``/proxy/_1s/`` prefixes stripped, item types mapped to QGIS layer
kinds."""

import re
from urllib.parse import urljoin

from ..net.http import NetError
from ..progress import NO_PROGRESS
from .model import DOWNLOAD, LINK, POINT_CLOUD, RASTER, TILED_SCENE, VECTOR, VECTOR_TILE, WMS, Dataset, Resource

# Terria item type -> (normalised format, layer kind)
ITEM_TYPES = {
    "3d-tiles": ("3D Tiles", TILED_SCENE),
    "cesium3dtiles": ("3D Tiles", TILED_SCENE),
    "i3s": ("I3S", LINK),
    "geojson": ("GeoJSON", VECTOR),
    "kml": ("KML", VECTOR),
    "gpx": ("GPX", VECTOR),
    "shp": ("Shapefile", VECTOR),
    "wfs": ("WFS", VECTOR),
    "csv": ("CSV", VECTOR),
    "mvt": ("MVT", VECTOR_TILE),
    "protomaps-mvt": ("MVT", VECTOR_TILE),
    "wms": ("WMS", WMS),
    "wms-group": ("WMS", WMS),
    "cog": ("COG", RASTER),
    "geotiff": ("GeoTIFF", RASTER),
    "las": ("LAS", POINT_CLOUD),
    "czml": ("CZML", DOWNLOAD),
    "gltf": ("glTF", DOWNLOAD),
    "gtfs": ("GTFS-Realtime", LINK),
    "sos": ("SOS", LINK),
}
GROUP_TYPES = {"group", "terria-reference", "wms-group-reference"}

# '/proxy/_1s/https://...', 'proxy/_0d/host/path', 'https://viewer/proxy/https://...'
_PROXY = re.compile(r"^(?:https?://[^/]+)?/?proxy/(?:_[0-9]+[smhdwy]?/)?(?P<real>.+)$", re.I)


def strip_proxy(url):
    """The real URL behind the viewer's CORS proxy; a URL without a scheme is http, as Terria's proxy assumes."""
    match = _PROXY.match(url or "")
    if not match:
        return url
    real = match.group("real")
    return real if re.match(r"^[a-z][a-z0-9+.-]*://", real, re.I) else f"http://{real}"


def parse_catalog(answer, source_url="", catalog="TerriaJS catalog"):
    """Datasets of a Terria init/catalog JSON, in catalog order; ``group`` holds the path of group names."""
    if not isinstance(answer, dict) or not isinstance(answer.get("catalog"), list):
        raise NetError("{catalog}: {url} has no 'catalog' list; is it a TerriaJS catalog file?", catalog=catalog,
                       url=source_url)
    datasets = []
    _walk(answer["catalog"], [], source_url, catalog, datasets, set())
    return datasets


def _children(item):
    """A group's items (v8 ``members``, v7 ``items``), or None for a leaf."""
    for key in ("members", "items"):
        if isinstance(item.get(key), list):
            return item[key]
    return None


def _layer_names(value):
    """WMS/MVT layer names: Terria writes them as 'a,b' or as a list."""
    if isinstance(value, str):
        return [part for part in value.split(",") if part]
    return [str(part) for part in value] if isinstance(value, list) else []


def _walk(items, path, source_url, catalog, out, seen_ids):
    for item in items:
        if not isinstance(item, dict):
            continue
        children = _children(item)
        name = str(item.get("name") or item.get("id") or "")
        if children is not None or str(item.get("type")) in GROUP_TYPES and not item.get("url"):
            _walk(children or [], [*path, name], source_url, catalog, out, seen_ids)
            continue
        dataset = _dataset(item, path, source_url, catalog)
        if dataset is not None:
            if dataset.id in seen_ids:  # Terria ids are unique per catalog; shareKeys may repeat an item
                dataset.id = f"{dataset.id}#{len(out)}"
            seen_ids.add(dataset.id)
            out.append(dataset)


def _absolute(url, source_url):
    url = strip_proxy(str(url))
    return urljoin(source_url, url) if source_url else url


def _dataset(item, path, source_url, catalog):
    item_type = str(item.get("type") or "").lower()
    fmt, kind = ITEM_TYPES.get(item_type, (item_type or "unknown", LINK))
    layer_names = _layer_names(item.get("layers"))
    resources = []
    if item.get("url"):
        resources.append(Resource(url=_absolute(item["url"], source_url), name=str(item.get("name") or ""),
                                  format=fmt, kind=kind, layers=layer_names))
    custom = item.get("customProperties") if isinstance(item.get("customProperties"), dict) else {}
    for switchable in custom.get("switchableUrls") or []:
        if isinstance(switchable, dict) and switchable.get("url"):
            resources.append(Resource(url=_absolute(switchable["url"], source_url), name=str(switchable.get("name")
                                      or ""), format=fmt, kind=kind, layers=layer_names))
    if not resources:
        return None
    info = _info(item)
    name = str(item.get("name") or resources[0].url)
    return Dataset(
        id=str(item.get("id") or "/".join([*path, name])), title=name, catalog=catalog,
        licence=_first(info, ("licen", "ライセンス", "利用規約", "利用条件")),
        attribution=_first(info, ("attribution", "出典", "custodian", "提供")) or str(item.get("attribution") or ""),
        publisher=_first(info, ("custodian", "提供", "作成者", "publisher")),
        format=fmt, description=_plain(item.get("description") or ""), group=" / ".join(path),
        data_type=item_type, data_type_en=item_type, resources=resources,
        tags=[str(key) for key in ("polling",) if item.get(key)])


def _info(item):
    """Terria's ``info`` sections as (heading, text) pairs."""
    sections = item.get("info") if isinstance(item.get("info"), list) else []
    return [(str(s.get("name") or ""), _plain(s.get("content") or "")) for s in sections if isinstance(s, dict)]


def _first(info, keywords):
    for heading, text in info:
        if any(key in heading.lower() for key in keywords):
            return text
    return ""


def _plain(html):
    """Text of a Terria HTML/markdown description, tags removed, white space collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", str(html)).split())


class TerriaCatalog:
    def __init__(self, client, url, name="TerriaJS catalog"):
        self.client = client
        self.url = url
        self.name = name

    def datasets(self, progress=NO_PROGRESS):
        return parse_catalog(self.client.get_json(self.url, self.name, progress=progress), self.url, self.name)
