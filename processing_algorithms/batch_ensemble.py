"""digitaltwin:batchensemble: many scenarios on one DEM (rain intensities, hyetographs, levee breaches and other
inflow points), each simulation a task on dask (plugin/batch/ensemble.py); per cell the share of scenarios reaching
0.5 m and 3 m."""

import re

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..plugin.qgis_results import style_output
from .base import engine_errors
from .batch_common import BatchAlgorithm
from .flood_common import InflowPoints

SECONDS_PER_MINUTE = 60.0
LIST_SEPARATORS = re.compile(r"[,;\s]+")  # "50, 100 150": commas, semicolons or spaces


class BatchEnsembleAlgorithm(InflowPoints, BatchAlgorithm):
    DEM = "DEM"
    RAIN = "RAIN"
    HYETOGRAPHS = "HYETOGRAPHS"
    DURATION = "DURATION"
    MANNING = "MANNING"
    OUTPUT = "OUTPUT"

    SHORT_DESCRIPTION = "Flood simulations of many rain and levee-breach scenarios on dask: per cell the share of " \
                        "scenarios reaching 0.5 m and 3 m."
    TAGS = ("batch", "dask", "flood", "ensemble", "scenarios", "rainfall", "hyetograph", "levee breach", "simulation")
    HELP = {
        "DEM": "Ground elevation raster in metres, in a projected CRS; its grid is the simulation grid and the "
               "output's.",
        "RAIN": "Constant rain intensities in mm/h, one scenario each, separated by commas or spaces, e.g. "
                "'50, 100, 150'. May be empty when hyetographs or inflow points are given.",
        "HYETOGRAPHS": "Hyetograph CSV files, one scenario each, named after the file: rows 'minutes,rain_mm_h', each "
                       "intensity holding until the next row.",
        "INFLOW_POINTS": "Levee breaches or other points where river or sewer water enters: each point is one "
                         "scenario of its own (no rain), its water entering at that point.",
        "INFLOW_NAME_FIELD": "Field naming each inflow point: the scenario's name, matched with the 'point' column of "
                             "the hydrograph CSV. Empty: the feature id.",
        "INFLOW_FIELD": "Field with a constant inflow per point in m³/s, used where the hydrograph has no rows for the "
                        "point.",
        "HYDROGRAPH": "CSV with rows 'minutes,m3_per_s[,point]', linear in time: the inflow of each point (rows "
                      "without a point name: of every point).",
        "DURATION": "Simulated time of every scenario in minutes (default 60).",
        "MANNING": "Manning's roughness n for every cell (default 0.03, e.g. asphalt about 0.013, grass about 0.035).",
        "OUTPUT": "GeoTIFF with two bands: band 1 (share_reaching_0.5m) and band 2 (share_reaching_3m), the share "
                  "(0 to 1) of the scenarios whose maximum depth reaches 0.5 m and 3 m in each cell.",
    }

    def name(self):
        return "batchensemble"

    def displayName(self):
        return self.tr("Batch flood ensemble of rain and breach scenarios (dask)")

    def shortHelpString(self):
        return self.tr(
            "Simulates every scenario on the DEM with the model of 'Flood simulation (2D, rain and inflows)' (the "
            "edges of the DEM as walls), each simulation a task on dask.distributed: a local cluster on every core, "
            "or an existing cluster (scheduler address tcp://host:8786). Scenarios: constant rain intensities "
            "(mm/h), hyetograph CSV files ('minutes,rain_mm_h'), and levee breaches or other inflow points, each "
            "point a scenario of its own (no rain) with a constant inflow (m³/s) from a field or a hydrograph CSV "
            "('minutes,m3_per_s[,point]').\n\n"
            "Output: a GeoTIFF whose band 1 holds, per cell, the share of scenarios whose maximum depth reaches "
            "0.5 m (water above the floor of most houses) and band 2 the share reaching 3 m (the first floor under "
            "water). On the map, band 1 is shown in blues; cells no scenario floods are transparent. A failed "
            "scenario is retried, then named; the output is written only when every scenario ran.\n\n"
            "Example: qgis_process run digitaltwin:batchensemble -- DEM=dem.tif RAIN='50,100,150' "
            "HYETOGRAPHS=burst.csv INFLOW_POINTS=breaches.gpkg INFLOW_FIELD=q DURATION=60 OUTPUT=shares.tif (the "
            "same as: python -m digital_twin ensemble ...)"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        number = QgsProcessingParameterNumber
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, self.tr("DEM (ground elevation, m)")))
        self.addParameter(QgsProcessingParameterString(
            self.RAIN, self.tr("Rain intensities (mm/h, one scenario each)"), "50, 100", optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.HYETOGRAPHS, self.tr("Hyetograph CSV files (one scenario each)"), Qgis.ProcessingSourceType.File,
            optional=True))
        self.add_inflow_parameters(self.tr("Levee breaches or inflow points (one scenario each)"))
        self.addParameter(number(self.DURATION, self.tr("Duration (minutes)"),
                                 Qgis.ProcessingNumberParameterType.Double, 60.0, minValue=0.1))
        self.addParameter(number(self.MANNING, self.tr("Manning's n"), Qgis.ProcessingNumberParameterType.Double,
                                 0.03, minValue=0.001))
        self.add_dask_parameters()
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Share of scenarios reaching 0.5 m and 3 m")))
        self.addOutput(QgsProcessingOutputNumber("SCENARIOS", self.tr("Scenarios")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.batch.ensemble import constant_rain, hyetograph_scenario, run_ensemble

        dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem is None:
            raise QgsProcessingException(self.tr("The DEM could not be opened."))
        if dem.crs().isGeographic():
            raise QgsProcessingException(self.tr("The DEM must be in a projected CRS (metres)."))
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        hyetographs = [path for path in self.parameterAsFileList(parameters, self.HYETOGRAPHS, context) if path]
        with engine_errors():
            scenarios = [constant_rain(intensity) for intensity in self._intensities(parameters, context)]
            scenarios += [hyetograph_scenario(path) for path in hyetographs]
            scenarios += self._breaches(parameters, context, feedback, dem.crs())
            feedback.pushInfo(self.tr("{} scenarios: {}").format(len(scenarios), ", ".join(s.name for s in scenarios)))
            result = run_ensemble(
                dem.source(), output, scenarios,
                SECONDS_PER_MINUTE * self.parameterAsDouble(parameters, self.DURATION, context),
                manning=self.parameterAsDouble(parameters, self.MANNING, context),
                overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                progress=self.progress(feedback), **self.dask_options(parameters, context))
        style_output(context, output, name=self.tr("Share of flood scenarios reaching 0.5 m"),
                     style="flood_ensemble_shares")
        return self.with_credits(parameters, context, {self.OUTPUT: output, "SCENARIOS": result.scenarios})

    def _breaches(self, parameters, context, feedback, crs):
        """One scenario per inflow point (in the DEM's CRS ``crs``)."""
        from ..plugin.batch.ensemble import breach, series_rows

        return [breach(name, point.x(), point.y(), series_rows(series))
                for name, point, series in self.inflow_hydrographs(parameters, context, feedback, crs)]

    def _intensities(self, parameters, context):
        """The constant intensities (mm/h) of the RAIN list; a word that is no number, or a negative one, is named."""
        intensities = []
        for word in LIST_SEPARATORS.split(self.parameterAsString(parameters, self.RAIN, context).strip()):
            if not word:
                continue
            try:
                intensity = float(word)
            except ValueError:
                intensity = -1.0
            if not intensity >= 0:  # also NaN
                raise QgsProcessingException(self.tr(
                    "Rain intensities: '{}' is not an intensity in mm/h (give numbers such as 50, 100).").format(word))
            intensities.append(intensity)
        return intensities
