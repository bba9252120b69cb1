"""digitaltwin:floodsimulation: 2D local inertial flood model on a DEM -> max depth, max velocity, arrival time."""

import numpy as np
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QMetaType

from ..plugin.errors import InputError
from ..plugin.flood.qgis_layers import point_cells
from ..plugin.flood.rasters import rasterize, read_raster, write_raster
from ..plugin.flood.simulation import Inflow, TimeSeries, simulate
from ..plugin.flood.tables import read_time_table
from ..plugin.qgis_results import style_output
from .base import DigitalTwinAlgorithm, engine_errors
from .flood_common import InflowPoints


class FloodSimulationAlgorithm(InflowPoints, DigitalTwinAlgorithm):
    DEM = "DEM"
    DURATION = "DURATION"
    RAIN = "RAIN"
    HYETOGRAPH = "HYETOGRAPH"
    MANNING = "MANNING"
    MANNING_RASTER = "MANNING_RASTER"
    BUILDINGS = "BUILDINGS"
    OPEN_BOUNDARY = "OPEN_BOUNDARY"
    ROOF_RUNOFF = "ROOF_RUNOFF"
    SERIES_POINTS = "SERIES_POINTS"
    SERIES_NAME_FIELD = "SERIES_NAME_FIELD"
    SERIES_INTERVAL = "SERIES_INTERVAL"
    ARRIVAL_DEPTH = "ARRIVAL_DEPTH"
    OVERWRITE = "OVERWRITE"
    OUTPUT_MAX_DEPTH = "OUTPUT_MAX_DEPTH"
    OUTPUT_MAX_VELOCITY = "OUTPUT_MAX_VELOCITY"
    OUTPUT_ARRIVAL = "OUTPUT_ARRIVAL"
    OUTPUT_SERIES = "OUTPUT_SERIES"

    SHORT_DESCRIPTION = ("Simulates rain and river inflow flowing over the ground: maximum depth, velocity and arrival "
                         "time.")
    TAGS = ("flood", "simulation", "rainfall", "inland flooding", "shallow water", "LISFLOOD")
    HELP = {
        "DEM": "Ground elevation raster in metres; its grid is the simulation grid.",
        "DURATION": "Simulated time in minutes (default 60).",
        "RAIN": "Constant rain intensity in mm/h on every cell (default 50 mm/h). 0 for inflows only.",
        "HYETOGRAPH": "CSV with rows 'minutes,mm_per_h', each intensity holding until the next row; replaces the "
                      "constant intensity.",
        "INFLOW_POINTS": "Points where river or sewer water enters (e.g. a levee breach).",
        "INFLOW_NAME_FIELD": "Field naming each inflow point, matched with the 'point' column of the hydrograph CSV.",
        "INFLOW_FIELD": "Field with a constant inflow per point in m³/s, used when no hydrograph is given.",
        "HYDROGRAPH": "CSV with rows 'minutes,m3_per_s[,point]', linear in time: the inflow of each point.",
        "MANNING": "Manning's roughness n for every cell (default 0.03, e.g. asphalt about 0.013, grass about 0.035).",
        "MANNING_RASTER": "A raster of Manning's n on the DEM grid, used instead of the single value.",
        "BUILDINGS": "Building footprints: their cells block the flow.",
        "ROOF_RUNOFF": "On (default): rain on roofs reaches the ground cell nearest each roof cell, as gutters bring "
                       "it down. Off: roof rain is left out.",
        "OPEN_BOUNDARY": "On (default): water flows out at the edges of the DEM. Off: the edges are walls.",
        "SERIES_POINTS": "Points where the depth is recorded over time, into the depth time series table.",
        "SERIES_NAME_FIELD": "Field naming each time series point. Empty: the feature id.",
        "SERIES_INTERVAL": "Minutes between two recorded depths of the time series (default 1).",
        "ARRIVAL_DEPTH": "Depth in metres at which water counts as arrived, for the arrival time (default 0.1 m).",
        "OVERWRITE": "Off (default): the run stops if an output raster exists already. On: existing rasters are "
                     "replaced.",
        "OUTPUT_MAX_DEPTH": "GeoTIFF of the largest depth each cell reached (m).",
        "OUTPUT_MAX_VELOCITY": "GeoTIFF of the largest flow velocity in each cell (m/s).",
        "OUTPUT_ARRIVAL": "GeoTIFF of the time in seconds until the depth first reached the arrival depth.",
        "OUTPUT_SERIES": "Table of the depth at each time series point, every interval.",
    }

    def name(self):
        return "floodsimulation"

    def displayName(self):
        return self.tr("Flood simulation (2D, rain and inflows)")

    def group(self):
        return self.tr("Flood")

    def groupId(self):
        return "flood"

    def shortHelpString(self):
        return self.tr(
            "Simulates surface water on a DEM with the local inertial shallow-water model of Bates et al. (2010), "
            "as in LISFLOOD-FP, with an adaptive time step, and writes the maximum depth (m), maximum velocity "
            "(m/s) and arrival time (s until the depth first reaches the arrival depth) as GeoTIFFs.\n\n"
            "Water: rain in mm/h, constant or a hyetograph CSV ('minutes,mm_per_h', each intensity holding until "
            "the next row), and/or inflow points with a discharge field (m³/s) or a hydrograph CSV "
            "('minutes,m3_per_s[,point name]', linear in time). Roughness: Manning's n as a number or a raster on "
            "the DEM grid. Buildings block the flow; the rain on their roofs runs off onto the ground cell nearest to "
            "each roof cell, as gutters and downpipes bring it down (or, unticked, is left out). Open boundary: "
            "water leaves at the DEM edges; otherwise the edges are walls. Mass balance is written to the log.\n\n"
            "Time series: depth at chosen points every interval, as a table.\n\n"
            "Example: a 5 m DEM of a district, 60 minutes of 50 mm/h rain, buildings from the CityGML loader -> "
            "where water collects, how fast it flows, and when it arrives."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        number = QgsProcessingParameterNumber
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, self.tr("DEM (ground elevation, m)")))
        self.addParameter(number(self.DURATION, self.tr("Duration (minutes)"), number.Double, 60.0, minValue=0.1))
        self.addParameter(number(self.RAIN, self.tr("Rain intensity (mm/h)"), number.Double, 50.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFile(
            self.HYETOGRAPH, self.tr("Hyetograph CSV (overrides the intensity)"), extension="csv", optional=True))
        self.add_inflow_parameters(self.tr("Inflow points"))
        self.addParameter(number(self.MANNING, self.tr("Manning's n"), number.Double, 0.03, minValue=0.001))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.MANNING_RASTER, self.tr("Manning's n raster (same grid as the DEM)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, self.tr("Buildings (obstacles)"), [Qgis.ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ROOF_RUNOFF, self.tr("Rain on roofs runs off onto the ground beside the building"), defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OPEN_BOUNDARY, self.tr("Water leaves at the DEM edges"), defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SERIES_POINTS, self.tr("Points for depth time series"), [Qgis.ProcessingSourceType.VectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SERIES_NAME_FIELD, self.tr("Point name field"), parentLayerParameterName=self.SERIES_POINTS,
            optional=True))
        self.addParameter(number(self.SERIES_INTERVAL, self.tr("Time series interval (minutes)"), number.Double,
                                 1.0, minValue=0.01))
        self.addParameter(number(self.ARRIVAL_DEPTH, self.tr("Arrival depth (m)"), number.Double, 0.1,
                                 minValue=0.001))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite existing raster files"), defaultValue=False))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_MAX_DEPTH, self.tr("Maximum depth")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_MAX_VELOCITY, self.tr("Maximum velocity")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_ARRIVAL, self.tr("Arrival time")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SERIES, self.tr("Depth time series"), Qgis.ProcessingSourceType.Vector, optional=True))
        self.addOutput(QgsProcessingOutputNumber("MAX_DEPTH_M", self.tr("Maximum depth (m)")))
        self.addOutput(QgsProcessingOutputNumber("STEPS", self.tr("Time steps")))
        self.addOutput(QgsProcessingOutputNumber("MASS_BALANCE_ERROR_PERCENT", self.tr("Mass balance error (%)")))
        self.addOutput(QgsProcessingOutputNumber("RAIN_M3", self.tr("Rain volume (m³)")))
        self.addOutput(QgsProcessingOutputNumber("INFLOW_M3", self.tr("Inflow volume (m³)")))
        self.addOutput(QgsProcessingOutputNumber("OUTFLOW_M3", self.tr("Outflow volume (m³)")))
        self.addOutput(QgsProcessingOutputNumber("STORED_M3", self.tr("Water on the grid at the end (m³)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        progress = self.progress(feedback)
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem_layer.crs().isGeographic():
            raise QgsProcessingException(self.tr("The DEM must be in a projected CRS (metres)."))
        crs = dem_layer.crs()
        duration = 60.0 * self.parameterAsDouble(parameters, self.DURATION, context)
        overwrite = self.parameterAsBool(parameters, self.OVERWRITE, context)
        paths = {key: self.parameterAsOutputLayer(parameters, key, context)
                 for key in (self.OUTPUT_MAX_DEPTH, self.OUTPUT_MAX_VELOCITY, self.OUTPUT_ARRIVAL)}
        with engine_errors():
            dem = read_raster(dem_layer.source())
            rain = self._rain(parameters, context)
            inflows = self._inflows(parameters, context, feedback, dem, crs)
            if rain is None and not inflows:
                raise QgsProcessingException(self.tr("Give rain (intensity > 0 or a hyetograph) or inflow points."))
            series_points = self.parameterAsSource(parameters, self.SERIES_POINTS, context)
            points = dict(point_cells(series_points, dem, crs, context,
                                      self.parameterAsString(parameters, self.SERIES_NAME_FIELD, context))
                          if series_points else [])
            result = simulate(
                dem.values, dem.cell_size, duration, manning=self._manning(parameters, context, dem), rain=rain,
                inflows=inflows, obstacles=self._obstacles(parameters, context, dem, crs, feedback),
                roof_runoff=self.parameterAsBool(parameters, self.ROOF_RUNOFF, context),
                open_boundary=self.parameterAsBool(parameters, self.OPEN_BOUNDARY, context), points=points,
                series_interval=60.0 * self.parameterAsDouble(parameters, self.SERIES_INTERVAL, context),
                arrival_depth=self.parameterAsDouble(parameters, self.ARRIVAL_DEPTH, context),
                progress=progress.sub(0.0, 0.95))
            nodata = ~np.isfinite(dem.values)
            outputs = {}
            for key, values in ((self.OUTPUT_MAX_DEPTH, result.max_depth),
                                (self.OUTPUT_MAX_VELOCITY, result.max_velocity),
                                (self.OUTPUT_ARRIVAL, result.arrival_time)):
                outputs[key] = write_raster(paths[key], dem.like(np.where(nodata, np.nan, values)),
                                            overwrite=overwrite)
        outputs[self.OUTPUT_SERIES] = self._write_series(parameters, context, result)
        mass = result.mass
        feedback.pushInfo(self.tr("Mass balance: rain {:.1f} m³ + inflow {:.1f} m³ = on the grid {:.1f} m³ + "
                                  "outflow {:.1f} m³; error {:.4f} %").format(
            mass["rain"], mass["inflow"], mass["stored"], mass["outflow"], 100 * mass["error_fraction"]))
        for key, name, style in ((self.OUTPUT_MAX_DEPTH, self.tr("Maximum flood depth"), "flood_depth"),
                                 (self.OUTPUT_MAX_VELOCITY, self.tr("Maximum flow velocity"), "flood_velocity"),
                                 (self.OUTPUT_ARRIVAL, self.tr("Flood arrival time"), "flood_arrival")):
            style_output(context, outputs[key], name=name, style=style)
        outputs.update(MAX_DEPTH_M=float(np.nanmax(result.max_depth)), STEPS=result.steps,
                       MASS_BALANCE_ERROR_PERCENT=100 * mass["error_fraction"], RAIN_M3=mass["rain"],
                       INFLOW_M3=mass["inflow"], OUTFLOW_M3=mass["outflow"], STORED_M3=mass["stored"])
        return self.with_credits(parameters, context, outputs)

    def _rain(self, parameters, context):
        hyetograph = self.parameterAsFile(parameters, self.HYETOGRAPH, context)
        if hyetograph:
            tables = read_time_table(hyetograph, steps=True, value_name="mm_per_h")
            return next(iter(tables.values()))
        intensity = self.parameterAsDouble(parameters, self.RAIN, context)
        return TimeSeries.constant(intensity) if intensity > 0 else None

    def _inflows(self, parameters, context, feedback, dem, crs):
        inflows = []
        for name, point, series in self.inflow_hydrographs(parameters, context, feedback, crs):
            cell = dem.cell_of(point.x(), point.y())
            if cell is None:
                raise InputError("point '{name}' ({x:.1f}, {y:.1f}) lies outside the DEM", name=name, x=point.x(),
                                 y=point.y())
            inflows.append(Inflow(*cell, series, name))
        return inflows

    def _manning(self, parameters, context, dem):
        layer = self.parameterAsRasterLayer(parameters, self.MANNING_RASTER, context)
        if layer is None:
            return self.parameterAsDouble(parameters, self.MANNING, context)
        roughness = read_raster(layer.source())
        if roughness.shape != dem.shape or roughness.geotransform != dem.geotransform:
            raise QgsProcessingException(self.tr("The Manning's n raster must have the DEM's grid."))
        return roughness.values

    def _obstacles(self, parameters, context, dem, crs, feedback):
        source = self.parameterAsSource(parameters, self.BUILDINGS, context)
        if source is None:
            return None
        return rasterize(self.wkbs_with_geometry(source, crs, context, feedback, self.BUILDINGS), dem)

    def _write_series(self, parameters, context, result):
        if not result.series or parameters.get(self.OUTPUT_SERIES) is None:
            return None
        fields = QgsFields()
        for name, kind in (("point", QMetaType.Type.QString), ("minutes", QMetaType.Type.Double),
                           ("depth_m", QMetaType.Type.Double)):
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_SERIES, context, fields, Qgis.WkbType.NoGeometry)
        if sink is None:
            return None
        for point, depths in result.series.items():
            for seconds, depth in zip(result.series_times, depths, strict=True):
                feature = QgsFeature(fields)
                feature.setAttributes([point, float(seconds) / 60.0, float(depth)])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest
