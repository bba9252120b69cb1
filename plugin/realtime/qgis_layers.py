"""QGIS side shared by the snapshot algorithm and the live layers: replay (temporal) settings on recordings,
traffic volume styling, attribution in layer metadata, and snapshot -> QgsFeature conversion."""

import json

from qgis.core import (
    Qgis,
    QgsClassificationQuantile,
    QgsDateTimeRange,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsLayerMetadata,
    QgsMarkerSymbol,
    QgsPointXY,
)
from qgis.PyQt.QtCore import QDateTime, QMetaType, Qt
from qgis.PyQt.QtGui import QColor

from . import gtfsrt, wfs_traffic
from .snapshot import FETCHED_AT

ATTRIBUTIONS = {
    "gtfsrt": gtfsrt.ATTRIBUTION,
    "wfs": "Traffic counts: Japan Road Traffic Information Center (JARTIC) open traffic data",
}


def set_replay_properties(layer, interval_s):
    """The temporal controller shows each recorded refresh for one interval: replaying an hour plays the hour."""
    properties = layer.temporalProperties()
    properties.setIsActive(True)
    properties.setMode(Qgis.VectorTemporalMode.FeatureDateTimeInstantFromField)
    properties.setStartField(FETCHED_AT)
    # One second short of the interval: GeoPackage keeps '...T09:00:00Z' as text and QGIS compares it with
    # '...T09:00:00', so a frame starting exactly one interval later would still show the previous refresh.
    properties.setFixedDuration(max(float(interval_s) - 1.0, 1.0))
    properties.setDurationUnits(Qgis.TemporalUnit.Seconds)
    return properties


def set_project_time_to_recording(project, layer, interval_s):
    """Project time range = the recording (first to last refresh), one step per refresh: the temporal controller's
    'set to project time range' then plays the recorded hour frame by frame."""
    index = layer.fields().indexOf(FETCHED_AT)
    first, last = layer.minimumValue(index), layer.maximumValue(index)
    if not first or not last:
        return None
    recorded = QgsDateTimeRange(QDateTime(first), QDateTime(last).addSecs(max(int(interval_s) - 1, 1)))
    settings = project.timeSettings()
    settings.setTemporalRange(recorded)
    settings.setTimeStepUnit(Qgis.TemporalUnit.Seconds)
    settings.setTimeStep(float(interval_s))
    return recorded


def style_traffic(layer):
    """Traffic counters graduated by total volume (quantiles, yellow to red): busy roads read at a glance."""
    if layer.fields().indexOf(wfs_traffic.VOLUME_FIELD) < 0:
        return
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "size": "3", "outline_color": "60,60,60"})
    renderer = QgsGraduatedSymbolRenderer(wfs_traffic.VOLUME_FIELD)
    renderer.setSourceSymbol(symbol)
    renderer.setSourceColorRamp(QgsGradientColorRamp(QColor(255, 237, 160), QColor(189, 0, 38)))
    renderer.setClassificationMethod(QgsClassificationQuantile())
    renderer.updateClasses(layer, 5)
    layer.setRenderer(renderer)


def set_attribution(layer, source, feed_type):
    metadata = QgsLayerMetadata(layer.metadata())
    metadata.setIdentifier(source)
    rights = ATTRIBUTIONS.get(feed_type)
    if rights:
        metadata.setRights([rights])
    metadata.setAbstract(f"Realtime feed ({feed_type}): {source}")
    layer.setMetadata(metadata)


def qgs_fields(snapshot):
    """Layer fields for a snapshot: Double for numbers, Bool for booleans, String otherwise (like record.py)."""
    fields = QgsFields()
    for name in snapshot.fields:
        values = [f["properties"].get(name) for f in snapshot.features if f["properties"].get(name) is not None]
        if values and all(isinstance(v, bool) for v in values):
            kind = QMetaType.Type.Bool
        elif values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            kind = QMetaType.Type.Double
        else:
            kind = QMetaType.Type.QString
        fields.append(QgsField(name, kind))
    fields.append(QgsField(FETCHED_AT, QMetaType.Type.QDateTime))
    return fields


def qgs_features(snapshot, fields):
    """QgsFeatures of a snapshot on ``fields`` (unknown properties dropped, missing ones null). Plain data: safe to
    build in a task's thread."""
    columns = {name: index for index, name in enumerate(fields.names())}  # one lookup table, not one per value
    stamp_column = columns.get(FETCHED_AT)
    stamp = QDateTime.fromSecsSinceEpoch(int(snapshot.fetched_at.timestamp()), Qt.TimeSpec.UTC)
    features = []
    for item in snapshot.features:
        values = [None] * len(columns)
        for name, value in item["properties"].items():
            column = columns.get(name)
            if column is not None and value is not None:
                values[column] = json.dumps(value) if isinstance(value, (dict, list)) else value
        if stamp_column is not None:
            values[stamp_column] = stamp
        feature = QgsFeature(fields)
        feature.setAttributes(values)
        if item.get("geometry"):
            feature.setGeometry(qgs_geometry(item["geometry"]))
        features.append(feature)
    return features


def qgs_geometry(geometry):
    if geometry["type"] == "Point":
        return QgsGeometry.fromPointXY(QgsPointXY(*geometry["coordinates"][:2]))
    from osgeo import ogr  # other shapes (generic GeoJSON feeds) through OGR's GeoJSON reader

    return QgsGeometry.fromWkt(ogr.CreateGeometryFromJson(json.dumps(geometry)).ExportToWkt())
