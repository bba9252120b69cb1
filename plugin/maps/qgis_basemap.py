"""Basemap layers for the resident map: the data's own layers drawn muted (offline) and GSI's tiles (online)."""

from qgis.core import (
    Qgis,
    QgsDataSourceUri,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapLayerType,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProviderRegistry,
    QgsRasterLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayerSimpleLabeling,
)

from ..errors import InputError
from .basemap import BASEMAP_LOOK, GSI_CREDIT, GSI_TILES, NAME_COLOUR, basemap_kind

GEOMETRY_NAMES = {Qgis.GeometryType.Point: "point", Qgis.GeometryType.Line: "line",
                  Qgis.GeometryType.Polygon: "polygon"}
NAME_SIZE_PT = 6.5
NAME_FIELDS = ("name", "名称", "施設・場所名")


def _symbol(kind, geometry):
    fill, stroke, width_mm = BASEMAP_LOOK[kind]
    if geometry == "point":
        return QgsMarkerSymbol.createSimple({"name": "circle", "color": fill, "outline_color": stroke,
                                             "outline_width": str(width_mm), "size": "1.2"})
    if geometry == "line":
        return QgsLineSymbol.createSimple({"line_color": stroke, "line_width": str(width_mm)})
    return QgsFillSymbol.createSimple({"color": fill, "outline_color": stroke, "outline_width": str(width_mm)})


def _label_names(layer, field):
    from .qgis_layout import text_format

    fmt = text_format(NAME_SIZE_PT, color=NAME_COLOUR, halo_mm=0.6)
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.setFormat(fmt)
    if layer.geometryType() == Qgis.GeometryType.Line:
        settings.placement = Qgis.LabelPlacement.Line
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def offline_basemap(layers):
    """Copies of vector layers drawn as a muted basemap: roads, water, buildings, other areas, named places."""
    basemap = []
    for layer in layers:
        if layer.type() != QgsMapLayerType.VectorLayer or layer.geometryType() not in GEOMETRY_NAMES:
            raise InputError("a basemap layer must be a point, line or polygon layer", path=layer.source())
        copy = layer.clone()
        geometry = GEOMETRY_NAMES[copy.geometryType()]
        uri = QgsProviderRegistry.instance().decodeUri(copy.providerType(), copy.source())
        names = f"{copy.name()} {uri.get('layerName') or ''}"
        fields = copy.fields().names()
        feature_type = ""
        if "feature_type" in fields:
            values = copy.uniqueValues(copy.fields().indexOf("feature_type"), 1)
            feature_type = str(next(iter(values), "") or "")
        copy.setRenderer(QgsSingleSymbolRenderer(_symbol(basemap_kind(geometry, names, fields, feature_type),
                                                         geometry)))
        name_field = next((field for field in NAME_FIELDS if field in fields), None)
        if name_field is not None:
            _label_names(copy, name_field)
        else:
            copy.setLabelsEnabled(False)
        basemap.append(copy)
    return basemap


def tile_layer(choice, url=""):
    """GSI's tiles as an XYZ layer (``url``: the same tiles from another server, e.g. a mirror), credited
    地理院タイル; None for "none"."""
    if choice not in GSI_TILES:
        return None
    gsi_url, zmin, zmax, name = GSI_TILES[choice]
    uri = QgsDataSourceUri()  # QGIS's own encoding: a hand-quoted URL ("http%3A//...") loads but fetches nothing
    for key, value in (("type", "xyz"), ("url", url or gsi_url), ("zmin", str(zmin)), ("zmax", str(zmax))):
        uri.setParam(key, value)
    layer = QgsRasterLayer(bytes(uri.encodedUri()).decode(), name, "wms")
    if not layer.isValid():
        raise InputError("the tile URL is not a {{z}}/{{x}}/{{y}} template QGIS can read", path=url or gsi_url)
    metadata = layer.metadata()
    metadata.setRights([GSI_CREDIT])
    layer.setMetadata(metadata)
    return layer
