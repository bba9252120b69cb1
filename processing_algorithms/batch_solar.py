"""digitaltwin:batchsolar: annual irradiation of a DSM in tiles with halos on dask (plugin/batch/solar.py), and the
per-building potential on the merged raster."""

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
)

from ..plugin.qgis_results import style_output
from .base import engine_errors
from .batch_common import BatchAlgorithm
from .solar_irradiance import SkyParameters

DEFAULT_TILE_SIZE_M = 2000.0  # = plugin.batch.solar.DEFAULT_TILE_M (~0.8 GB per worker at 1 m)
GEOPACKAGE_SUFFIX = ".gpkg"


class BatchSolarAlgorithm(SkyParameters, BatchAlgorithm):
    INPUT = "INPUT"
    TILE_SIZE_M = "TILE_SIZE_M"
    BUILDINGS = "BUILDINGS"
    RULE = "RULE"
    OUTPUT = "OUTPUT"
    POTENTIAL = "POTENTIAL"

    SHORT_DESCRIPTION = "Annual solar irradiation of a large DSM in tiles with halos on dask, and each building's " \
                        "potential."
    TAGS = ("batch", "dask", "solar", "irradiation", "shadow", "DSM", "photovoltaic", "city scale")
    HELP = {
        "INPUT": "The DSM (terrain + buildings) in a projected CRS in metres, e.g. from 'Batch DSM from building "
                 "heights'.",
        "TILE_SIZE_M": "Side of one task's tile in metres (default 2000 m). Each tile also reads a halo as wide as the "
                       "shadow search reaches; at 1 m a 2000 m tile needs about 0.8 GB per worker.",
        "BUILDINGS": "Optional: a GeoPackage from 'Batch run over a whole city' (layer building_lod1). With an output "
                     "for the potential, each footprint's rooftop solar potential is computed on the merged raster.",
        "RULE": "Which roofs count and at what density: Tokyo Solar Atlas (slope and orientation, ≥1,100 kWh/m², 0.1 "
                "kW/m²) or PLATEAU (80 % of roofs ≥10 m², 0.167 kW/m²).",
        "OUTPUT": "GeoTIFF of the annual irradiation per pixel, in kWh/m², equal cell for cell to 'Solar irradiation "
                  "with shadows' on the same DSM.",
        "POTENTIAL": "Optional GeoPackage (layer solar_potential): per footprint its building_fid in the batch "
                     "GeoPackage, roof area, usable area, mean irradiation, capacity (kW), yield (kWh), CO2 avoided "
                     "(t/yr) and suitability.",
    }

    def name(self):
        return "batchsolar"

    def displayName(self):
        return self.tr("Batch solar irradiation with shadows (dask)")

    def shortHelpString(self):
        return self.tr(
            "Annual irradiation (kWh/m²) on every pixel of a DSM, as 'Solar irradiation with shadows' computes it "
            "(same climate, site, diffuse model, albedo, search radius and sectors), each tile a task on "
            "dask.distributed: a local cluster on every core, or an existing cluster (scheduler address "
            "tcp://host:8786).\n\n"
            "Each tile reads the DSM with a halo as wide as the shadow search reaches, so shadows cast across a seam "
            "are seen; the halo is dropped and the tiles' cores are merged into one GeoTIFF equal to the untiled run "
            "cell for cell.\n\n"
            "With a batch GeoPackage and an output for the potential, each footprint of its layer building_lod1 "
            "gets its rooftop solar potential (Tokyo Solar Atlas or PLATEAU rule) on the merged raster.\n\n"
            "Example: qgis_process run digitaltwin:batchsolar -- INPUT=sumida_dsm.tif OUTPUT=sumida_annual.tif "
            "BUILDINGS=sumida.gpkg POTENTIAL=sumida_pv.gpkg (the same as: python -m digital_twin solar ...)"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INPUT, self.tr("DSM (terrain + buildings, projected CRS in metres)")))
        self.add_sky_parameters(more_advanced=[QgsProcessingParameterNumber(
            self.TILE_SIZE_M, self.tr("Tile size (m)"), Qgis.ProcessingNumberParameterType.Double,
            defaultValue=DEFAULT_TILE_SIZE_M, minValue=1.0)])
        self.add_dask_parameters()
        self.addParameter(QgsProcessingParameterFile(
            self.BUILDINGS, self.tr("Batch GeoPackage for the potential (layer building_lod1; optional)"),
            Qgis.ProcessingFileParameterBehavior.File, fileFilter=self.tr("GeoPackage (*.gpkg)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.RULE, self.tr("Rule"), options=[self.tr("Tokyo Solar Atlas"), self.tr("PLATEAU")],
            defaultValue=0))
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Annual irradiation (kWh/m²)")))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.POTENTIAL, self.tr("Solar potential per building"), Qgis.ProcessingSourceType.VectorPolygon,
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("TILES", self.tr("Tiles")))
        self.addOutput(QgsProcessingOutputNumber("CAPACITY_KW", self.tr("Capacity of all buildings (kW)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.batch.solar import building_potential, run_solar
        from ..plugin.solar.potential import RULES

        dsm_layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if dsm_layer is None:
            raise QgsProcessingException(self.tr("The DSM could not be opened."))
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        buildings = self.parameterAsFile(parameters, self.BUILDINGS, context)
        potential = self.parameterAsOutputLayer(parameters, self.POTENTIAL, context) \
            if parameters.get(self.POTENTIAL) else None
        if bool(buildings) != bool(potential):
            raise QgsProcessingException(self.tr("Give the batch GeoPackage and the potential output together."))
        if potential and not potential.lower().endswith(GEOPACKAGE_SUFFIX):
            raise QgsProcessingException(self.tr("The potential is written as a GeoPackage: choose a .gpkg file, "
                                                 "not {}.").format(potential))
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        progress = self.progress(feedback)
        with engine_errors():
            sky = self.sky_of(parameters, context, feedback, dsm_layer.source())
            result = run_solar(
                dsm_layer.source(), output, sky, tile_m=self.parameterAsDouble(parameters, self.TILE_SIZE_M, context),
                overwrite=overwrite, progress=progress.sub(0.0, 0.9 if potential else 1.0),
                **self.shading_options(parameters, context), **self.dask_options(parameters, context))
            feedback.pushInfo(self.tr("{} tiles with a halo of {:g} m in {:.1f} s; at most {:.0f} MB per worker")
                              .format(result["tiles"], result["halo_m"], result["tile_seconds"],
                                      result["peak_worker_mb"]))
            results = {self.OUTPUT: output, "TILES": result["tiles"]}
            if potential:
                totals = building_potential(
                    buildings, output, dsm_layer.source(), potential,
                    rule=RULES[self.parameterAsEnum(parameters, self.RULE, context)], overwrite=overwrite,
                    progress=progress.sub(0.9, 1.0))
                feedback.pushInfo(self.tr("{} buildings: {:.1f} kW").format(totals["buildings"],
                                                                           totals["capacity_kw"]))
                results.update({self.POTENTIAL: potential, "CAPACITY_KW": totals["capacity_kw"]})
        style_output(context, output, name=self.tr("Annual irradiation"), style="solar_irradiation")
        if potential:
            style_output(context, potential, name=self.tr("Solar potential"), style="solar_potential")
        return self.with_credits(parameters, context, results)
