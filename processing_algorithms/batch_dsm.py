"""digitaltwin:batchdsm: the buildings' DSM of a batch GeoPackage (plugin/batch/dsm.py), tile by tile on dask."""

from qgis.core import (
    Qgis,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..plugin.qgis_results import style_elevation, style_output
from .base import engine_errors
from .batch_common import BatchAlgorithm

DEFAULT_TILE_SIZE_M = 500.0  # as the command line's dsm --tile


class BatchDsmAlgorithm(BatchAlgorithm):
    BUILDINGS = "BUILDINGS"
    DEM = "DEM"
    CELL_SIZE = "CELL_SIZE"
    TILE_SIZE_M = "TILE_SIZE_M"
    OUTPUT = "OUTPUT"

    SHORT_DESCRIPTION = "The buildings' DSM of a whole batch run, tile by tile on dask, equal to one untiled DSM."
    TAGS = ("batch", "dask", "DSM", "PLATEAU", "building height", "LOD1", "city scale")
    HELP = {
        "BUILDINGS": "A GeoPackage from 'Batch run over a whole city' (or loadcitygml): its layer building_lod1, "
                     "footprints with measured_height in metres, in a projected CRS.",
        "DEM": "Ground elevation raster the buildings stand on (metres). Empty: flat ground at 0 m.",
        "CELL_SIZE": "Pixel size of the DSM in metres (default 1 m). Smaller pixels show roofs better and grow the "
                     "file with the square.",
        "TILE_SIZE_M": "Side of one task's tile in metres (default 500 m). Each tile also reads a halo as wide as the "
                       "largest footprint, so buildings on a seam are whole.",
        "OUTPUT": "The DSM GeoTIFF (heights in metres) over the buildings' extent, equal cell for cell to 'DSM from "
                  "building heights' with no margin; ready for 'Batch solar irradiation with shadows'.",
    }

    def name(self):
        return "batchdsm"

    def displayName(self):
        return self.tr("Batch DSM from building heights (dask)")

    def shortHelpString(self):
        return self.tr(
            "Rasterises the LOD1 buildings of a batch GeoPackage (layer building_lod1 with measured_height) onto a "
            "DEM, or onto flat ground at 0 m, into one DSM GeoTIFF, each tile a task on dask.distributed: a local "
            "cluster on every core, or an existing cluster (scheduler address tcp://host:8786).\n\n"
            "Each roof is flat at the lowest ground under its footprint plus its height, as in 'DSM from building "
            "heights'. A tile is burnt with a halo as wide as the largest footprint and keeps only its own cells, "
            "so the merged DSM equals one untiled DSM cell for cell, seams included. The grid covers the "
            "buildings' extent, snapped to whole cells, in the GeoPackage's CRS.\n\n"
            "Example: qgis_process run digitaltwin:batchdsm -- BUILDINGS=sumida.gpkg DEM=dem.tif CELL_SIZE=1 "
            "OUTPUT=sumida_dsm.tif (the same as: python -m digital_twin dsm ...)"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile(
            self.BUILDINGS, self.tr("Batch GeoPackage (layer building_lod1)"),
            Qgis.ProcessingFileParameterBehavior.File, fileFilter=self.tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("Ground DEM (default: flat ground at 0 m)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size (m)"), Qgis.ProcessingNumberParameterType.Double, defaultValue=1.0,
            minValue=0.1))
        self.add_advanced_parameters([QgsProcessingParameterNumber(
            self.TILE_SIZE_M, self.tr("Tile size (m)"), Qgis.ProcessingNumberParameterType.Double,
            defaultValue=DEFAULT_TILE_SIZE_M, minValue=1.0)])
        self.add_dask_parameters()
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("DSM")))
        self.addOutput(QgsProcessingOutputNumber("TILES", self.tr("Tiles")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.batch.dsm import run_dsm

        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
        with engine_errors():
            result = run_dsm(
                self.parameterAsFile(parameters, self.BUILDINGS, context), output,
                cellsize=self.parameterAsDouble(parameters, self.CELL_SIZE, context),
                tile_m=self.parameterAsDouble(parameters, self.TILE_SIZE_M, context),
                dem_path=dem.source() if dem is not None else None,
                overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                progress=self.progress(feedback), **self.dask_options(parameters, context))
        feedback.pushInfo(self.tr("{} tiles with a halo of {:g} m").format(result["tiles"], result["halo_m"]))
        style_output(context, output, name=self.tr("Building heights (DSM)"), style=style_elevation)
        return self.with_credits(parameters, context, {self.OUTPUT: output, "TILES": result["tiles"]})
