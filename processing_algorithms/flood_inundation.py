"""digitaltwin:floodinundation: a DEM and a water level -> depth raster of the connected flooded cells + polygons."""

import math

import numpy as np
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QMetaType

from ..plugin.flood import GSI_DEPTH_CLASSES
from ..plugin.flood.inundation import depth_classes, inundate
from ..plugin.flood.qgis_layers import metric_crs, read_features, source_as_is
from ..plugin.flood.rasters import (
    polygonize,
    rasterize,
    read_raster,
    tin_to_raster,
    tin_triangles,
    write_raster,
)
from ..plugin.qgis_results import style_output
from .base import DigitalTwinAlgorithm, engine_errors

AREA_FIELDS = [("class", QMetaType.Type.Int), ("label", QMetaType.Type.QString), ("min_depth_m", QMetaType.Type.Double),
               ("max_depth_m", QMetaType.Type.Double), ("area_m2", QMetaType.Type.Double)]


class FloodInundationAlgorithm(DigitalTwinAlgorithm):
    DEM = "DEM"
    DEM_TIN = "DEM_TIN"
    TIN_CELL_SIZE = "TIN_CELL_SIZE"
    WATER_LEVEL = "WATER_LEVEL"
    LEVEL_LAYER = "LEVEL_LAYER"
    LEVEL_FIELD = "LEVEL_FIELD"
    TIME_FIELD = "TIME_FIELD"
    SEEDS = "SEEDS"
    CONNECTIVITY = "CONNECTIVITY"
    POND_DEPRESSIONS = "POND_DEPRESSIONS"
    OVERWRITE = "OVERWRITE"
    OUTPUT_DEPTH = "OUTPUT_DEPTH"
    OUTPUT_AREAS = "OUTPUT_AREAS"

    SHORT_DESCRIPTION = ("Floods the DEM cells below a water level that connect to the river, as depth raster and "
                         "areas.")
    TAGS = ("flood", "inundation", "water level", "DEM", "depth")
    HELP = {
        "DEM": "Ground elevation raster in metres. Give this or a TIN.",
        "DEM_TIN": "Instead of a DEM: a TIN of triangles with Z (the PLATEAU dem layer from 'Load PLATEAU CityGML'), "
                   "rasterised at the cell size below.",
        "TIN_CELL_SIZE": "Cell size in metres of the raster made from the TIN (default 5 m).",
        "WATER_LEVEL": "Water surface elevation in metres, in the DEM's datum (default 5 m). Cells lower than this "
                       "and connected to a seed are flooded.",
        "LEVEL_LAYER": "A river level layer (e.g. a realtime gauge layer) whose latest value is used instead of the "
                       "number above.",
        "LEVEL_FIELD": "Field of the level layer with the water level in metres.",
        "TIME_FIELD": "Field of the level layer with the observation time: the feature with the latest time gives the "
                      "level. Empty: the last feature.",
        "SEEDS": "Where the water comes from: river lines or polygons, or points. Only flooded cells connected to "
                 "them are kept.",
        "CONNECTIVITY": "4 (default): water passes only between cells sharing an edge; 8: also through corners, which "
                        "can leak through thin levees.",
        "POND_DEPRESSIONS": "Also fill every closed hollow up to its spill level, as ponding water (default off).",
        "OUTPUT_DEPTH": "The flood depth GeoTIFF to write (water level minus ground, metres).",
        "OUTPUT_AREAS": "The flooded areas as polygons in the GSI depth classes, with their area.",
    }

    def name(self):
        return "floodinundation"

    def displayName(self):
        return self.tr("Inundation from a water level")

    def group(self):
        return self.tr("Flood")

    def groupId(self):
        return "flood"

    def shortHelpString(self):
        return self.tr(
            "What if the river reaches a given level? Floods every DEM cell lying below the water level and "
            "connected, through other such cells, to a seed (river lines or polygons, or points), and gives the depth "
            "(level - ground) as a GeoTIFF plus the flooded areas as polygons in the GSI depth classes. Hollows "
            "behind a levee higher than the level stay dry.\n\n"
            "Ground: a DEM raster, or a TIN (the PLATEAU dem layer loaded with 'Load PLATEAU CityGML') "
            "rasterised on its triangle planes at the chosen cell size.\n"
            "Water level: a number (m, same datum as the DEM), or the latest value of a river-level layer (e.g. a "
            "realtime gauge layer: the feature with the latest time field value, else the last feature).\n"
            "Connectivity 4 (default) does not let water pass between cells touching only at a corner. 'Also fill "
            "closed depressions' adds the water ponding in every closed hollow up to its spill level "
            "(priority-flood, 8-connected).\n\n"
            "Example: a 5 m DEM, level 4.2 m, the river polygon as seed -> flood depth GeoTIFF and areas styled "
            "with the GSI hazard-map colours."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, self.tr("DEM (ground elevation, m)"),
                                                            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEM_TIN, self.tr("Or a TIN (PLATEAU dem triangles with Z)"), [Qgis.ProcessingSourceType.VectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TIN_CELL_SIZE, self.tr("Cell size for the TIN (m)"), Qgis.ProcessingNumberParameterType.Double, 5.0,
            minValue=0.1))
        self.addParameter(QgsProcessingParameterNumber(
            self.WATER_LEVEL, self.tr("Water level (m)"), Qgis.ProcessingNumberParameterType.Double, 5.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LEVEL_LAYER, self.tr("River level layer (overrides the number)"), [Qgis.ProcessingSourceType.Vector],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.LEVEL_FIELD, self.tr("Level field (m)"), parentLayerParameterName=self.LEVEL_LAYER,
            type=Qgis.ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TIME_FIELD, self.tr("Time field (latest wins)"), parentLayerParameterName=self.LEVEL_LAYER,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SEEDS, self.tr("Seeds: river or points where the water comes from"),
            [Qgis.ProcessingSourceType.VectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterEnum(
            self.CONNECTIVITY, self.tr("Connectivity"), ["4", "8"], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.POND_DEPRESSIONS, self.tr("Also fill closed depressions (ponding)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing depth file"), defaultValue=False))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_DEPTH, self.tr("Flood depth")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_AREAS, self.tr("Flooded areas"), Qgis.ProcessingSourceType.VectorPolygon))
        self.addOutput(QgsProcessingOutputNumber("WATER_LEVEL_USED", self.tr("Water level used (m)")))
        self.addOutput(QgsProcessingOutputNumber("FLOODED_AREA_M2", self.tr("Flooded area (m²)")))
        self.addOutput(QgsProcessingOutputNumber("VOLUME_M3", self.tr("Water volume (m³)")))
        self.addOutput(QgsProcessingOutputNumber("MAX_DEPTH_M", self.tr("Maximum depth (m)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        progress = self.progress(feedback)
        level = self._water_level(parameters, context, feedback)
        seeds_source = self.parameterAsSource(parameters, self.SEEDS, context)
        depth_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_DEPTH, context)
        overwrite = self.parameterAsBool(parameters, self.OVERWRITE, context)
        with engine_errors():
            dem, crs = self._dem(parameters, context)
            seeds = rasterize(self.wkbs_with_geometry(seeds_source, crs, context, feedback, self.SEEDS), dem,
                              all_touched=True)
            cell_area = abs(dem.geotransform[1] * dem.geotransform[5])
            result = inundate(dem.values, level, seeds,
                              connectivity=(4, 8)[self.parameterAsEnum(parameters, self.CONNECTIVITY, context)],
                              pond_depressions=self.parameterAsBool(parameters, self.POND_DEPRESSIONS, context),
                              cell_area=cell_area, progress=progress.sub(0.0, 0.6))
            write_raster(depth_path, dem.like(result.depth), overwrite=overwrite)
            progress.step(0.7)
            classes = depth_classes(result.depth)
            areas = polygonize(classes, dem)
        areas_dest = self._write_areas(parameters, context, crs, areas)
        feedback.pushInfo(self.tr("Level {} m: {} cells flooded, {:.0f} m², {:.0f} m³, deepest {:.2f} m").format(
            level, result.flooded_cells, result.flooded_cells * cell_area, result.volume, result.max_depth))
        style_output(context, depth_path, name=self.tr("Flood depth"), style="flood_depth")
        style_output(context, areas_dest, name=self.tr("Flooded areas"), style="flood_areas")
        return self.with_credits(parameters, context, {
            self.OUTPUT_DEPTH: depth_path, self.OUTPUT_AREAS: areas_dest, "WATER_LEVEL_USED": level,
            "FLOODED_AREA_M2": result.flooded_cells * cell_area, "VOLUME_M3": result.volume,
            "MAX_DEPTH_M": result.max_depth})

    def _water_level(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.LEVEL_LAYER, context)
        if source is None:
            return self.parameterAsDouble(parameters, self.WATER_LEVEL, context)
        level_field = self.parameterAsString(parameters, self.LEVEL_FIELD, context)
        time_field = self.parameterAsString(parameters, self.TIME_FIELD, context)
        if not level_field:
            raise QgsProcessingException(self.tr("Choose the level field of the river level layer."))
        latest, latest_key = None, None
        for feature in source.getFeatures(QgsFeatureRequest()):
            value = feature[level_field]
            if value is None or (hasattr(value, "isNull") and value.isNull()):
                continue
            key = feature[time_field] if time_field else feature.id()
            if latest_key is None or key >= latest_key:
                latest, latest_key = float(value), key
        if latest is None or math.isnan(latest):
            raise QgsProcessingException(self.tr("The river level layer has no value in field '{}'.").format(
                level_field))
        feedback.pushInfo(self.tr("Water level {} m from the river level layer ({}).").format(latest, latest_key))
        return latest

    def _dem(self, parameters, context):
        """(Raster, CRS) from the DEM raster, or from the TIN rasterised on its triangle planes."""
        layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        tin = source_as_is(self, parameters, self.DEM_TIN, context)
        if (layer is None) == (tin is None):
            raise QgsProcessingException(self.tr("Give either a DEM raster or a TIN layer."))
        if layer is not None:
            if layer.crs().isGeographic():
                raise QgsProcessingException(self.tr("The DEM must be in a projected CRS (metres)."))
            return read_raster(layer.source(), square_cells=False), layer.crs()
        crs = metric_crs(context, (tin.sourceCrs(), tin.sourceExtent()))
        _, geometries, _ = read_features(tin, crs, context)
        return tin_to_raster(tin_triangles(geometries), self.parameterAsDouble(parameters, self.TIN_CELL_SIZE, context),
                             crs.toWkt()), crs

    def _write_areas(self, parameters, context, crs, areas):
        fields = QgsFields()
        for name, kind in AREA_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_AREAS, context, fields, Qgis.WkbType.MultiPolygon,
                                          crs)
        bounds = [0.0] + [upper for upper, _, _ in GSI_DEPTH_CLASSES]
        for value, wkb in areas:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            geometry.convertToMultiType()
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            upper = bounds[value]
            feature.setAttributes([int(value), GSI_DEPTH_CLASSES[value - 1][2], bounds[value - 1],
                                   None if np.isinf(upper) else upper, geometry.area()])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest
