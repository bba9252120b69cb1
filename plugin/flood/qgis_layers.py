"""QGIS side of the flood algorithms: features -> shapely geometries in a metric CRS, points -> grid cells."""

import math

import numpy as np
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest

from ..errors import InputError


def metric_crs(context, *candidates):
    """The first projected CRS among the candidates, else the WGS 84 UTM zone of the first one's extent centre.

    candidates: (QgsCoordinateReferenceSystem, QgsRectangle extent) pairs.
    """
    for crs, _ in candidates:
        if crs.isValid() and not crs.isGeographic():
            return crs
    crs, extent = candidates[0]
    to_wgs84 = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), context.transformContext())
    centre = to_wgs84.transform(extent.center())
    zone = int(math.floor((centre.x() + 180.0) / 6.0)) + 1
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if centre.y() >= 0 else 32700) + zone}")


def read_features(source, crs, context, fields=(), progress=None):
    """(features, shapely geometries in ``crs``, {field: list of values}) of a feature source."""
    from shapely import from_wkb

    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    features, wkbs = [], []
    total = max(source.featureCount(), 1)
    for index, feature in enumerate(source.getFeatures(request)):
        if progress is not None and index % 1000 == 0:
            progress.step(index / total)
        features.append(feature)
        geometry = feature.geometry()
        wkbs.append(bytes(geometry.asWkb()) if not geometry.isNull() else None)
    geometries = np.array([from_wkb(w) if w else None for w in wkbs], dtype=object)
    values = {}
    for name in fields:
        if name:
            if source.fields().indexOf(name) < 0:
                raise InputError("the layer has no field '{name}'", field=name, name=name)
            values[name] = [_plain(feature[name]) for feature in features]
    return features, geometries, values


def _plain(value):
    """QVariant NULL -> None; everything else as Python gives it."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def numbers(values):
    """Field values as floats, NaN where missing or not a number."""
    out = []
    for value in values:
        try:
            out.append(float(value))
        except (TypeError, ValueError):
            out.append(math.nan)
    return np.array(out, dtype=float)


def strings(values):
    return [None if value is None or value == "" else str(value) for value in values]


def point_cells(source, grid, crs, context, name_field=None):
    """[(name, (row, col))] of the points of a layer on a flood grid; InputError for points off the grid."""
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    cells = []
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull():
            continue
        point = geometry.centroid().asPoint()
        name = str(feature[name_field]) if name_field else str(feature.id())
        cell = grid.cell_of(point.x(), point.y())
        if cell is None:
            raise InputError("point '{name}' ({x:.1f}, {y:.1f}) lies outside the DEM", name=name, x=point.x(),
                             y=point.y())
        cells.append((name, cell))
    return cells


def source_as_is(algorithm, parameters, name, context):
    """The feature source of parameter ``name`` without QGIS's validity check: PLATEAU triangulated surfaces (flood
    areas, TINs) are MultiPolygons of edge-sharing triangles, 'invalid' by OGC rules yet exactly what we need;
    the engines repair what they must (shapely make_valid)."""

    previous = context.invalidGeometryCheck()
    context.setInvalidGeometryCheck(Qgis.InvalidGeometryCheck.NoCheck)
    try:
        return algorithm.parameterAsSource(parameters, name, context)
    finally:
        context.setInvalidGeometryCheck(previous)
