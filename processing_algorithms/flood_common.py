"""Inflow points (levee breaches, sewer outlets) with their hydrographs: the parameters and their reading that
digitaltwin:floodsimulation and digitaltwin:batchensemble share."""

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
)


class InflowPoints:
    """Mixed into a DigitalTwinAlgorithm: a point layer, its name and constant-inflow fields, a hydrograph CSV."""

    INFLOW_POINTS = "INFLOW_POINTS"
    INFLOW_NAME_FIELD = "INFLOW_NAME_FIELD"
    INFLOW_FIELD = "INFLOW_FIELD"
    HYDROGRAPH = "HYDROGRAPH"

    def add_inflow_parameters(self, points_label):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INFLOW_POINTS, points_label, [Qgis.ProcessingSourceType.VectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INFLOW_NAME_FIELD, self.tr("Inflow name field"), parentLayerParameterName=self.INFLOW_POINTS,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INFLOW_FIELD, self.tr("Constant inflow field (m³/s)"), parentLayerParameterName=self.INFLOW_POINTS,
            type=Qgis.ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.HYDROGRAPH, self.tr("Hydrograph CSV"), extension="csv", optional=True))

    def inflow_hydrographs(self, parameters, context, feedback, crs):
        """[(name, point in ``crs``, TimeSeries of m³/s)] of the inflow points: each point's rows of the hydrograph
        CSV (or its rows without a point name), else the constant of its inflow field."""
        from ..plugin.flood.simulation import TimeSeries
        from ..plugin.flood.tables import read_time_table

        source = self.parameterAsSource(parameters, self.INFLOW_POINTS, context)
        if source is None:
            return []
        name_field = self.parameterAsString(parameters, self.INFLOW_NAME_FIELD, context)
        discharge_field = self.parameterAsString(parameters, self.INFLOW_FIELD, context)
        hydrograph = self.parameterAsFile(parameters, self.HYDROGRAPH, context)
        tables = read_time_table(hydrograph, steps=False, value_name="m3_per_s") if hydrograph else {}
        inflows = []
        for feature, geometry in self.features_with_geometry(source, crs, context, feedback, self.INFLOW_POINTS):
            name = str(feature[name_field]) if name_field else str(feature.id())
            series = tables.get(name, tables.get(""))
            if series is None and discharge_field and feature[discharge_field] is not None:
                series = TimeSeries.constant(float(feature[discharge_field]))
            if series is None:
                raise QgsProcessingException(self.tr(
                    "Inflow point '{}' has no hydrograph rows and no discharge value.").format(name))
            inflows.append((name, geometry.centroid().asPoint(), series))
        return inflows
