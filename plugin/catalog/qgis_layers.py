"""Catalog resources as QGIS layers: the loader is picked by the resource's kind (3D Tiles -> tiled scene, MVT ->
vector tiles, GeoJSON/KML/CSV -> ogr, GeoTIFF/COG -> gdal, WMS -> wms, COPC -> point cloud), and every layer carries
its dataset's licence and attribution in its metadata, where printed maps collect them.

CityGML and LAS/LAZ need work first (the CityGML loader writes a GeoPackage, LAS becomes COPC): ``prepare_resource``
does it (in a QgsTask in the GUI) and returns the files to open.
"""

import re
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlparse

from qgis.core import (
    Qgis,
    QgsDataSourceUri,
    QgsPointCloudLayer,
    QgsRasterLayer,
    QgsTiledSceneLayer,
    QgsVectorLayer,
    QgsVectorTileLayer,
)

from ..errors import DigitalTwinError, Words
from ..progress import NO_PROGRESS
from ..qgis_results import translate_legend, use_projected_crs
from ..safe_io import extract_members
from .model import CITYGML, POINT_CLOUD, RASTER, TILED_SCENE, VECTOR, VECTOR_TILE, WMS

MVT_MAX_ZOOM = "16"  # PLATEAU's MVT pyramids stop at 16; QGIS overzooms beyond
CSV_COORDINATE_OPTIONS = "|option:X_POSSIBLE_NAMES=lon*,lng,x,経度|option:Y_POSSIBLE_NAMES=lat*,y,緯度" \
                         "|option:AUTODETECT_TYPE=YES"


def is_remote(url):
    return bool(re.match(r"^(https?|ftp)://", url or "", re.I))


def local_path(url):
    """A filesystem path for a file:// URL or a plain path."""
    if url.lower().startswith("file://"):
        return unquote(urlparse(url).path)
    return url


def file_name_of(url, fallback="download"):
    """The file name a URL points at, for saving it."""
    name = Path(unquote(urlparse(url).path)).name if is_remote(url) else Path(url).name
    return re.sub(r"[^\w.\-]+", "_", name) or fallback


def needs_preparation(resource):
    """True when a resource must be converted or downloaded before QGIS can open it."""
    if resource.kind == CITYGML:
        return True
    if resource.kind == POINT_CLOUD:
        return resource.format != "COPC"
    return False


def layer_source(resource):
    """(Browser layer type, uri, provider key) of a resource QGIS opens directly, else None. One place for the
    URIs, shared by "Add to map" and the Browser's drag-and-drop items."""
    url = resource.url
    path = url if is_remote(url) else local_path(url)
    if resource.kind == TILED_SCENE:
        return Qgis.BrowserLayerType.TiledScene, f"url={url}" if is_remote(url) else path, "cesiumtiles"
    if resource.kind == VECTOR_TILE:
        uri = QgsDataSourceUri()
        for key, value in (("type", "xyz"), ("url", url), ("zmin", "0"), ("zmax", MVT_MAX_ZOOM)):
            uri.setParam(key, value)
        return Qgis.BrowserLayerType.VectorTile, bytes(uri.encodedUri()).decode("utf-8"), "xyzvectortiles"
    if resource.kind == VECTOR:
        if resource.format == "WFS":
            return Qgis.BrowserLayerType.Vector, f"WFS:{url}", "ogr"  # GDAL's WFS driver reads the capabilities
        source = f"/vsicurl/{url}" if is_remote(url) else path
        return Qgis.BrowserLayerType.Vector, source + (CSV_COORDINATE_OPTIONS if resource.format == "CSV" else ""), \
            "ogr"
    if resource.kind == RASTER:
        return Qgis.BrowserLayerType.Raster, f"/vsicurl/{url}" if is_remote(url) else path, "gdal"
    if resource.kind == WMS and resource.layers:  # a WMS without layer names (a Terria wms-group) has no map
        return Qgis.BrowserLayerType.Raster, wms_uri(url, resource.layers), "wms"
    if resource.kind == POINT_CLOUD and resource.format == "COPC":
        return Qgis.BrowserLayerType.PointCloud, path, "copc"
    return None


def make_layer(resource, dataset, name=None):
    """A QGIS layer for a resource that QGIS opens directly; raises DigitalTwinError for the others."""
    name = name or dataset.title or resource.name
    source = layer_source(resource)
    if source is None:
        raise DigitalTwinError("'{name}' ({format}) cannot be added to the map directly; download it instead",
                               name=resource.name or resource.url, format=resource.format or Words("unknown format"))
    layer_type, uri, provider = source
    if layer_type == Qgis.BrowserLayerType.TiledScene:
        layer = QgsTiledSceneLayer(uri, name, provider)
    elif layer_type == Qgis.BrowserLayerType.VectorTile:
        layer = QgsVectorTileLayer(uri, name)
    elif layer_type == Qgis.BrowserLayerType.Vector:
        layer = QgsVectorLayer(uri, name, provider)
    elif layer_type == Qgis.BrowserLayerType.Raster:
        layer = QgsRasterLayer(uri, name, provider)
    else:
        layer = _point_cloud_layer(uri, name)
    if not layer.isValid():
        raise DigitalTwinError("QGIS could not open '{url}' as a {format} layer: {error}", url=resource.url,
                               format=resource.format,
                               error=layer.error().summary() or Words("the source did not answer as expected"))
    if layer_type == Qgis.BrowserLayerType.TiledScene:
        set_tiled_scene_3d_renderer(layer)
    # Vector tiles: QGIS 3.40 has no 3D renderer for them (its 3D renderer registry knows vector, rule-based, mesh,
    # point cloud and tiled scene layers only); 3D views drape them on the terrain like any 2D layer.
    apply_metadata(layer, dataset)
    return layer


def set_tiled_scene_3d_renderer(layer):
    """Show a 3D Tiles layer's meshes in 3D views: a layer made in code has no 3D renderer, and without one 3D views
    only drape its 2D rendering on the terrain."""
    from qgis._3d import QgsTiledSceneLayer3DRenderer

    renderer = QgsTiledSceneLayer3DRenderer()
    renderer.setLayer(layer)
    layer.setRenderer3D(renderer)


def _point_cloud_layer(source, name):
    """Styled by the point cloud capability (RGB or classification, 3D renderer) when it is installed."""
    try:
        from ..pointcloud.qgis_layers import open_point_cloud_layer
    except ImportError:
        return QgsPointCloudLayer(source, name, "copc")
    return open_point_cloud_layer(source, name)


def wms_uri(url, layers):
    """A WMS provider URI: the service URL without its GetCapabilities query, the catalog's layers, PNG."""
    base = url.split("?", 1)[0]
    uri = QgsDataSourceUri()
    uri.setParam("url", base)
    uri.setParam("crs", "EPSG:3857")
    uri.setParam("format", "image/png")
    uri.setParam("dpiMode", "7")
    uri.setParam("contextualWMSLegend", "0")
    for layer_name in layers:
        uri.setParam("layers", layer_name)
        uri.setParam("styles", "")
    return bytes(uri.encodedUri()).decode("utf-8")


def apply_metadata(layer, dataset):
    """Licence, attribution, publisher and description into the layer's metadata (saved with the project)."""
    metadata = layer.metadata()
    if dataset.licence:
        metadata.setLicenses([dataset.licence])
    if dataset.attribution:
        metadata.setRights([dataset.attribution])
    if dataset.title:
        metadata.setTitle(dataset.title)
    if dataset.description:
        metadata.setAbstract(dataset.description)
    if dataset.tags:
        metadata.setKeywords({"catalog": list(dataset.tags)})
    layer.setMetadata(metadata)


def prepare_resource(resource, work_folder, client, progress=NO_PROGRESS):
    """Files to open for a CityGML or LAS/LAZ resource: [(uri, short layer name, kind, visible)], top of the map
    first, with kind 'vector' or 'pointcloud'. Downloads what the converters cannot read remotely; runs in a worker
    thread (no GUI here)."""
    work_folder = Path(work_folder)
    work_folder.mkdir(parents=True, exist_ok=True)
    if resource.kind == CITYGML:
        from ..citygml.loader import load_citygml
        from ..citygml.qgis_styles import layer_title, map_layers

        output = work_folder / (Path(file_name_of(resource.url)).stem.split(".")[0] + ".gpkg")
        # A whole release zip holds every feature type of a city (GBs): buildings only; a single file: all of it.
        types = ("bldg",) if resource.url.lower().split("?")[0].endswith(".zip") else None
        result = load_citygml(resource.url if is_remote(resource.url) else local_path(resource.url), output,
                              feature_types=types, overwrite=True, progress=progress, client=client)
        return [(f"{output}|layername={name}", layer_title(name), VECTOR, visible)
                for name, visible in map_layers(result.layers, everything=True)]
    if resource.kind == POINT_CLOUD:
        from ..pointcloud.copc import convert_to_copc

        source = Path(local_path(resource.url))
        if is_remote(resource.url):
            source = work_folder / file_name_of(resource.url)
            if not source.exists():
                client.download(resource.url, source, resource.name or "download",
                                expected_size=resource.size, checksum=resource.checksum, progress=progress.sub(0, 0.5))
        clouds = _point_cloud_files(source, work_folder)
        prepared = []
        for index, cloud in enumerate(clouds):
            output = work_folder / (cloud.name.split(".")[0] + ".copc.laz")
            step = progress.sub(0.5 + 0.5 * index / len(clouds), 0.5 + 0.5 * (index + 1) / len(clouds))
            convert_to_copc(cloud, output, overwrite=True, progress=step)
            prepared.append((str(output), cloud.stem if len(clouds) > 1 else "", POINT_CLOUD, True))
        return prepared
    raise DigitalTwinError("'{resource}' needs no preparation", resource=resource.name)


def _point_cloud_files(source, work_folder):
    """The LAS/LAZ files of a download: the file itself, or the members of a zip (Tokyo publishes zipped tiles),
    extracted into a folder named after it and never outside it."""
    if not zipfile.is_zipfile(source):
        return [source]
    with zipfile.ZipFile(source) as archive:
        names = [name for name in archive.namelist() if name.lower().endswith((".las", ".laz"))]
    if not names:
        raise DigitalTwinError("{source} holds no .las or .laz file", source=source.name)
    return extract_members(source, names, work_folder / source.name.split(".")[0], overwrite=True)


def add_to_project(project, layers, group_name, hidden=()):
    """Add the layers of one dataset, top of the map first: several in a group named after the dataset at the top
    of the layer tree (those in ``hidden`` unchecked), one on its own. A project in no CRS or a geographic one then
    takes the layers' plane rectangular CRS (PLATEAU CityGML is loaded in it), which 3D views need."""
    if len(layers) == 1:
        project.addMapLayer(layers[0])
    elif layers:
        group = project.layerTreeRoot().insertGroup(0, group_name)
        for layer in layers:
            project.addMapLayer(layer, False)
            group.addLayer(layer).setItemVisibilityChecked(layer not in hidden)
    for layer in layers:
        if use_projected_crs(project, layer.crs()):
            break


def open_prepared(uri, name, kind, dataset):
    """The layer for one prepare_resource() entry (main thread)."""
    if kind == POINT_CLOUD:
        layer = _point_cloud_layer(uri, name)
    else:
        layer = QgsVectorLayer(uri, name, "ogr")
    if not layer.isValid():
        raise DigitalTwinError("QGIS could not open {uri}", uri=uri)
    translate_legend(layer)
    apply_metadata(layer, dataset)
    return layer
