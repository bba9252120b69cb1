"""Data credits (rights, licences) carried from the layers an algorithm reads to the files it writes.

Open-data licences (CC BY 4.0 for PLATEAU and Tokyo's data, ODbL for OpenStreetMap) ask every map made from the data
to name it. The resident-map export collects credits from the layers' metadata, so analysis results must keep the
credits of their inputs: GeoPackage layers get them as QGIS layer metadata inside the file (QGIS reads it back when
the layer loads), rasters in a ``.qmd`` file beside them (read by loadDefaultMetadata).
"""

import re
from pathlib import Path

from qgis.core import QgsLayerMetadata, QgsProviderRegistry, QgsRasterLayer

PLATEAU_CREDIT = "出典: 国土交通省 Project PLATEAU 3D都市モデル"
PLATEAU_LICENCE = "CC BY 4.0"
# PLATEAU release names: 13111_ota-ku_city_2023_citygml_1_op.zip (a file, a URL, or a zip member path)
PLATEAU_RELEASE = re.compile(r"(^|[/\\])\d{5}_[0-9a-z-]+_(city|pref)_\d{4}_citygml_", re.I)
# PLATEAU's own file names: <mesh code>_<feature type>_<EPSG>[_<detail>...]_op[<n>].gml, e.g. 52350405_bldg_6697_op.gml,
# 52385721_fld_6697_l1_op.gml
PLATEAU_FILE = re.compile(r"(^|[/\\])\d{6,10}_[a-z]{2,6}_\d{4,5}(_[0-9a-z]+)*_op\d*\.gml$", re.I)
# the i-UR (uro/urf) extension namespaces PLATEAU's CityGML declares
PLATEAU_NAMESPACE = re.compile(rb"xmlns:ur[of]=\"https?://www\.(geospatial\.jp|kantei\.go\.jp)/[^\"]*iur/ur[of]/")
NAMESPACE_SNIFF_BYTES = 16384  # the root element and its namespaces come first
CATALOG_LEVELS = 6  # a catalog file lists its datasets' files from its own folder or below
# (udx/fld/natl/<river>/x.gml is five folders down)


def citygml_credits(location):
    """(rights, licences) to record for a CityGML input: those of the local catalog that lists the file (the sample
    district's names its synthetic publisher, though its files look like PLATEAU's), else PLATEAU's for PLATEAU data,
    else none."""
    listed = _catalog_credits(location)
    if listed is not None:
        return listed
    if is_plateau_release(location):  # maps made from these layers must credit PLATEAU (CC BY 4.0)
        return [PLATEAU_CREDIT], [PLATEAU_LICENCE]
    return [], []


def _catalog_credits(location):
    """The credit of the dataset whose resource is ``location`` in a catalog.json of its folder or a parent."""
    from .catalog.local import CATALOG_FILE, load_catalog_file
    from .errors import InputError

    if re.match(r"^[a-z][a-z0-9+.-]*://", str(location), re.I) or not Path(location).is_file():
        return None
    path = Path(location).resolve()
    for folder in list(path.parents)[:CATALOG_LEVELS]:
        if not (folder / CATALOG_FILE).is_file():
            continue
        try:
            _, datasets = load_catalog_file(folder / CATALOG_FILE)
        except InputError:
            continue  # somebody else's JSON: it lists nothing we can trust
        for dataset in datasets:
            if (dataset.attribution or dataset.licence) and any(resource.url == str(path)
                                                               for resource in dataset.resources):
                return [dataset.attribution] if dataset.attribution else [], \
                    [dataset.licence] if dataset.licence else []
    return None


def is_plateau_release(location):
    """Whether a CityGML input is PLATEAU data: by its release or file name, a PLATEAU URL, or (a local .gml) the
    i-UR namespace its root element declares."""
    location = str(location)
    if PLATEAU_RELEASE.search(location) or PLATEAU_FILE.search(location) or \
            re.match(r"https?://[^/]*plateau", location, re.I):
        return True
    path = Path(location)
    if path.suffix.lower() != ".gml" or not path.is_file():
        return False
    with path.open("rb") as stream:
        return bool(PLATEAU_NAMESPACE.search(stream.read(NAMESPACE_SNIFF_BYTES)))


def layer_metadata(layer):
    """The layer's metadata, read from its .qmd file when the layer has none yet (QGIS does not read a raster's
    .qmd when the layer is made)."""
    metadata = layer.metadata()
    if not metadata.rights() and not metadata.licenses():
        layer.loadDefaultMetadata()
        metadata = layer.metadata()
    return metadata


def credits_of(layers):
    """(rights, licences) the layers' metadata name, each once, in layer order."""
    rights, licences = [], []
    for layer in layers:
        if layer is None:
            continue
        metadata = layer_metadata(layer)
        for target, items in ((rights, [*metadata.rights(), layer.serverProperties().attribution()]),
                              (licences, metadata.licenses())):
            target.extend(item for item in items if item and item not in target)
    return rights, licences


def write_credits(output, rights, licences):
    """Record the credits in ``output``: a GeoPackage (every layer, or the one after ``|layername=``) or a raster
    file. Anything else (a folder, a CSV) is left as it is."""
    if not rights and not licences:
        return
    metadata = QgsLayerMetadata()
    metadata.setRights(list(rights))
    metadata.setLicenses(list(licences))
    path, _, layer_part = str(output).partition("|layername=")
    path = Path(path)
    if not path.is_file():
        return
    if path.suffix.lower() == ".gpkg":
        for name in [layer_part] if layer_part else _gpkg_layers(path):
            QgsProviderRegistry.instance().saveLayerMetadata("ogr", f"{path}|layername={name}", metadata)
    elif path.suffix.lower() in (".tif", ".tiff"):
        raster = QgsRasterLayer(str(path), path.stem)
        raster.setMetadata(metadata)
        raster.saveDefaultMetadata()


def _gpkg_layers(path):
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    try:
        return [dataset.GetLayer(index).GetName() for index in range(dataset.GetLayerCount())] if dataset else []
    finally:
        dataset = None
