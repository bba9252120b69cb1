"""Barrier-free results -> one GeoPackage per run (several named layers), written completely or not at all, and
styled when QGIS loads them."""

import math
from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType

from ..errors import DigitalTwinError
from ..safe_io import atomic_output
from .qgis_network import jgd2011

TEXT, REAL, INTEGER = QMetaType.Type.QString, QMetaType.Type.Double, QMetaType.Type.Int


@dataclass
class OutputLayer:
    name: str
    geometry_type: int  # QgsWkbTypes
    fields: list  # (name, QMetaType)
    rows: list = field(default_factory=list)  # (shapely geometry or None, [values])


def _clean(value):
    """NaN -> NULL, numpy scalars -> Python, so every driver takes them."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _qgs_geometry(geometry, multi):
    import shapely

    result = QgsGeometry()
    result.fromWkb(shapely.to_wkb(geometry, output_dimension=3))
    if multi and not result.isMultipart():
        result.convertToMultiType()
    return result


def write_geopackage(path, layers, overwrite=False):
    """Write the layers into one GeoPackage at path (EPSG:6668); never leaves a half-written file."""
    with atomic_output(path, overwrite=overwrite) as tmp:
        for number, layer in enumerate(layers):
            fields = QgsFields()
            for name, kind in layer.fields:
                fields.append(QgsField(name, kind))
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName = "GPKG"
            options.layerName = layer.name
            actions = QgsVectorFileWriter.ActionOnExistingFile
            options.actionOnExistingFile = (actions.CreateOrOverwriteFile if number == 0
                                            else actions.CreateOrOverwriteLayer)
            writer = QgsVectorFileWriter.create(str(tmp), fields, layer.geometry_type, jgd2011(),
                                                QgsCoordinateTransformContext(), options)
            if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
                raise DigitalTwinError("cannot write {path}: {error}", path=path, error=writer.errorMessage())
            multi = QgsWkbTypes.isMultiType(layer.geometry_type)
            for geometry, values in layer.rows:
                feature = QgsFeature(fields)
                feature.setAttributes([_clean(value) for value in values])
                if geometry is not None:
                    feature.setGeometry(_qgs_geometry(geometry, multi))
                if not writer.addFeature(feature):
                    raise DigitalTwinError("cannot write a feature to {path}: {error}", path=path,
                                           error=writer.errorMessage())
            del writer  # closes the layer before the next one is added
    return str(path)
