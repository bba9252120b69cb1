"""The shelters (and, on the barrier-free map, facilities and the route's ends) as a labelled layer of the map."""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsProject,
    QgsRendererCategory,
    QgsSimpleMarkerSymbolLayer,
    QgsSvgMarkerSymbolLayer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QMetaType
from qgis.PyQt.QtGui import QColor

from ..errors import InputError
from ..shelters.gsi import read_gsi_csv
from .sites import END_LABEL, FACILITY_LEGEND, PRESET_SITES, SHELTER_LEGEND, START_LABEL, gsi_attributes, map_site

SHELTER_SVG = Path(__file__).resolve().parent.parent.parent / "resources" / "icons" / "shelter.svg"
SHELTER_SIZE_MM = 6.0
FACILITY_SIZE_MM = 3.2
ENDPOINT_SIZE_MM = 4.2
LABEL_SIZE_PT = 8.0
# category value -> legend label is filled in by sites_layer(); kinds of point on the map
SHELTER, FACILITY, ENDPOINT = "shelter", "facility", "endpoint"
# legend group name by the kinds of site on the map (shelters alone: the hazard's shelter name)
LAYER_NAMES = {frozenset({SHELTER}): "避難場所", frozenset({SHELTER, FACILITY}): "避難場所と施設",
               frozenset({FACILITY}): "施設", frozenset(): "経路の出発地・目的地"}


def _read_sites(source, preset):
    """[(QgsPointXY, Site)] and their CRS from a GSI CSV path or a point layer."""
    if isinstance(source, QgsVectorLayer) and not source.isSpatial():  # a CSV loaded as a table: read it as GSI's
        source = source.source().split("|")[0]
    path = Path(str(source)) if isinstance(source, (str, Path)) else None
    if path is not None and path.suffix.lower() == ".csv":
        points = []
        for shelter in read_gsi_csv(path):
            site = map_site(gsi_attributes(shelter), preset)
            if site is not None:
                points.append((QgsPointXY(shelter.longitude, shelter.latitude), site))
        return points, QgsCoordinateReferenceSystem("EPSG:6668")
    layer = source if isinstance(source, QgsVectorLayer) else QgsVectorLayer(str(source), "sites", "ogr")
    if not layer.isValid() or layer.geometryType() != Qgis.GeometryType.Point:
        raise InputError("the shelters must be a GSI evacuation site CSV or a point layer", path=str(source))
    points = []
    names = layer.fields().names()
    for feature in layer.getFeatures():
        site = map_site(dict(zip(names, feature.attributes(), strict=True)), preset)
        if site is not None and feature.hasGeometry():
            points.append((QgsPointXY(feature.geometry().asPoint()) if not feature.geometry().isMultipart()
                           else feature.geometry().asMultiPoint()[0], site))
    return points, layer.crs()


def _symbol(kind):
    symbol = QgsMarkerSymbol()
    if kind == SHELTER:
        symbol.changeSymbolLayer(0, QgsSvgMarkerSymbolLayer(str(SHELTER_SVG), SHELTER_SIZE_MM))
        return symbol
    marker = QgsSimpleMarkerSymbolLayer()
    if kind == FACILITY:
        marker.setColor(QColor("#1f4e9c"))
        marker.setSize(FACILITY_SIZE_MM)
    else:
        marker.setShape(Qgis.MarkerShape.Star)
        marker.setColor(QColor("#d7191c"))
        marker.setSize(ENDPOINT_SIZE_MM)
    marker.setStrokeColor(QColor("#ffffff"))
    marker.setStrokeWidth(0.4)
    symbol.changeSymbolLayer(0, marker)
    return symbol


def _label_names(layer):
    from .qgis_layout import text_format

    fmt = text_format(LABEL_SIZE_PT, bold=True, halo_mm=0.8)
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    settings.placement = Qgis.LabelPlacement.OrderedPositionsAroundPoint
    settings.dist = SHELTER_SIZE_MM / 2 + 0.3  # clear of the pictogram
    settings.setFormat(fmt)
    # a shelter's name must never be dropped for want of room (QGIS hides colliding labels by default)
    settings.placementSettings().setOverlapHandling(Qgis.LabelOverlapHandling.AllowOverlapIfRequired)
    settings.placementSettings().setAllowDegradedPlacement(True)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def route_ends(route_layer):
    """(start, end) points of the first line of a route layer, in its CRS; None when it has none."""
    for feature in route_layer.getFeatures():
        geometry = feature.geometry()
        if geometry.isEmpty():
            continue
        vertices = [QgsPointXY(vertex) for vertex in geometry.vertices()]
        if len(vertices) >= 2:
            return vertices[0], vertices[-1]
    return None


def sites_layer(source, preset, route_layer=None):
    """A memory layer of the sites the preset's map marks, styled (shelter pictogram, facility dot, route ends) and
    labelled by name; None when there is nothing to mark. ``source``: a GSI CSV path or a point layer."""
    points, crs = _read_sites(source, preset) if source else ([], QgsCoordinateReferenceSystem("EPSG:6668"))
    ends = route_ends(route_layer) if route_layer is not None else None
    if ends is not None:  # everything in the route's CRS
        transform = QgsCoordinateTransform(crs, route_layer.crs(), QgsProject.instance())
        points = [(transform.transform(point), site) for point, site in points]
        crs = route_layer.crs()
    if not points and ends is None:
        return None
    hazard, _with_facilities = PRESET_SITES.get(preset, (None, False))
    layer = QgsVectorLayer("Point", SHELTER_LEGEND[hazard], "memory")
    layer.setCrs(crs)
    layer.dataProvider().addAttributes([QgsField("name", QMetaType.Type.QString),
                                        QgsField("kind", QMetaType.Type.QString)])
    layer.updateFields()
    features = []
    for point, site in points:
        features.append((point, site.name, SHELTER if site.is_shelter else FACILITY))
    if ends is not None:
        features += [(ends[0], START_LABEL, ENDPOINT), (ends[1], END_LABEL, ENDPOINT)]
    for point, name, kind in features:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(point))
        feature.setAttributes([name, kind])
        layer.dataProvider().addFeature(feature)
    layer.updateExtents()
    kinds = {kind for _point, _name, kind in features}
    labels = {SHELTER: SHELTER_LEGEND[hazard], FACILITY: FACILITY_LEGEND, ENDPOINT: f"{START_LABEL}・{END_LABEL}"}
    renderer = QgsCategorizedSymbolRenderer("kind")
    for kind in (SHELTER, FACILITY, ENDPOINT):
        if kind in kinds:
            renderer.addCategory(QgsRendererCategory(kind, _symbol(kind), labels[kind]))
    layer.setRenderer(renderer)
    _label_names(layer)
    layer.setName(LAYER_NAMES[frozenset(kinds) & {SHELTER, FACILITY}])
    return layer
