"""digitaltwin:batchrun: the batch runner (plugin/batch) from QGIS: a PLATEAU release tile by tile on dask, merged."""

import re
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
)

from ..plugin.batch.tiles import TILINGS
from ..plugin.flood.exposure import RULES
from .base import engine_errors
from .batch_common import BatchAlgorithm


def hazard_name(path):
    """A layer-name-safe hazard name from a raster's file name: flood_depth_L2.tif -> flood_depth_l2."""
    name = re.sub(r"[^a-z0-9_]+", "_", Path(path).stem.lower()).strip("_")[:31]
    return name if name[:1].isalpha() else f"h_{name}"[:31]


class BatchRunAlgorithm(BatchAlgorithm):
    SOURCE = "SOURCE"
    TILES = "TILES"
    HAZARDS = "HAZARDS"
    RULE = "RULE"
    OUTPUT = "OUTPUT"

    SHORT_DESCRIPTION = "Loads a whole PLATEAU release tile by tile on dask and assesses flood exposure, merged."
    TAGS = ("batch", "dask", "PLATEAU", "CityGML", "flood", "exposure", "JIS mesh", "city scale")
    HELP = {
        "SOURCE": "A PLATEAU release zip, or a folder holding udx/bldg/*.gml (or the udx or bldg folder itself).",
        "TILES": "How the release is split into tasks: 1 km JIS mesh (default; many small tasks), 10 km JIS mesh "
                 "(fewer, larger tasks) or one task per GML file of the zip.",
        "HAZARDS": "Flood depth rasters (m, any CRS); each gives one exposure layer in the output, named after its "
                   "file. None: buildings are only loaded.",
        "RULE": "How a building gets its rank: the class covering most of its footprint (PLATEAU, default) or the "
                "highest class that touches it (InaSAFE).",
        "OUTPUT": "The merged GeoPackage (.gpkg), or GeoParquet (.parquet) for outputs too large for one: then "
                  "each layer is its own file beside it, e.g. ward_building_lod0.parquet and "
                  "ward_flood_exposure_l2.parquet for ward.parquet (needs the Python package pyarrow). Tiles finished "
                  "so far are kept in <output>.tiles, so an interrupted run started again skips them; "
                  "<output>.manifest.json records each tile's status and time.",
    }

    def name(self):
        return "batchrun"

    def displayName(self):
        return self.tr("Batch run over a whole city (dask)")

    def shortHelpString(self):
        return self.tr(
            "Loads a PLATEAU release (zip, or a folder holding udx/bldg/*.gml) tile by tile and assesses every "
            "building's exposure to each flood depth raster, each tile a task on dask.distributed: a local cluster "
            "on every core, or an existing cluster (scheduler address tcp://host:8786). The tiles are merged into "
            "one GeoPackage equal to an untiled run, with a summary table per hazard; an output ending in .parquet "
            "gives one GeoParquet file per layer instead (QGIS opens them where its GDAL has the Parquet "
            "driver).\n\n"
            "Tiles: 1 km (third-order) or 10 km (second-order) JIS mesh, or one zip member each. A failed tile is "
            "retried, then named, and the other tiles still finish. Finished tiles are kept beside the output "
            "(<output>.tiles) and skipped when the same run is started again; <output>.manifest.json records "
            "inputs, versions, parameters and each tile's status and time.\n\n"
            "Example: qgis_process run digitaltwin:batchrun -- SOURCE=13107_sumida-ku_2023_citygml.zip "
            "HAZARDS=flood_depth_l2.tif OUTPUT=sumida.gpkg (the same as: python -m digital_twin batch ...)"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile(
            self.SOURCE, self.tr("PLATEAU release zip or folder"), Qgis.ProcessingFileParameterBehavior.File,
            fileFilter=self.tr("Zip archives (*.zip);;All files (*)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.TILES, self.tr("Tiles"), [self.tr("1 km JIS mesh (third order)"),
                                           self.tr("10 km JIS mesh (second order)"), self.tr("One per zip member")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.HAZARDS, self.tr("Flood depth rasters (one exposure layer each)"), Qgis.ProcessingSourceType.Raster,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.RULE, self.tr("Rule"),
            [self.tr("Largest overlap (PLATEAU)"), self.tr("Highest class touching (InaSAFE)")], defaultValue=0))
        self.add_dask_parameters()
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Merged output (GeoPackage or GeoParquet)"),
            self.tr("GeoPackage (*.gpkg);;GeoParquet, one file per layer (*.parquet)")))
        self.addOutput(QgsProcessingOutputNumber("BUILDINGS", self.tr("Buildings")))
        self.addOutput(QgsProcessingOutputNumber("TILES", self.tr("Tiles")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.batch.runner import run_batch

        rasters = [layer.source() for layer in self.parameterAsLayerList(parameters, self.HAZARDS, context)]
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)

        def on_tile(name, record, finished, total):
            if record["status"] == "done":
                feedback.pushInfo(self.tr("Tile {} done ({}/{})").format(name, finished, total))
            else:
                feedback.reportError(self.tr("Tile {} failed: {}").format(name, record.get("error")))

        with engine_errors():
            result = run_batch(
                self.parameterAsFile(parameters, self.SOURCE, context), output,
                tiling=TILINGS[self.parameterAsEnum(parameters, self.TILES, context)],
                hazards=[(hazard_name(path), path) for path in rasters],
                rule=RULES[self.parameterAsEnum(parameters, self.RULE, context)],
                overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                progress=self.progress(feedback), on_tile=on_tile, **self.dask_options(parameters, context))
        feedback.pushInfo(self.tr("{} buildings in {} tiles ({} from an earlier run) in {:.1f} s").format(
            result.buildings, result.tiles, result.skipped, result.seconds))
        self._load(context, result.sources, feedback)
        return {self.OUTPUT: output, "BUILDINGS": result.buildings, "TILES": result.tiles}

    def _load(self, context, sources, feedback):
        """The exposure layers on the map (the first visible), styled like digitaltwin:floodexposure's output."""
        from osgeo import ogr

        from ..plugin.batch.geoparquet import SUFFIX
        from ..plugin.qgis_results import SAVED_STYLE, Result, load_outputs

        if any(source.endswith(SUFFIX) for source in sources.values()) and ogr.GetDriverByName("Parquet") is None:
            feedback.pushInfo(self.tr("This QGIS's GDAL has no Parquet driver, so the GeoParquet files are not "
                                      "loaded; open them in a QGIS whose GDAL has it, or with DuckDB or geopandas."))
            return
        exposure = [name for name in sources if name.startswith("flood_exposure_")]
        results = [Result(sources[name],
                          self.tr("Flood exposure ({})").format(name.removeprefix("flood_exposure_")),
                          "flood_buildings", visible=index == 0) for index, name in enumerate(exposure)]
        if "building_lod0" in sources and not results:
            results.append(Result(sources["building_lod0"], self.tr("Buildings"), SAVED_STYLE))
        if results:
            load_outputs(context, self.OUTPUT, results, group=self.tr("Batch run"))
