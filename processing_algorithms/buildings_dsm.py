"""digitaltwin:buildingsdsm: a DSM GeoTIFF from LOD1 buildings (footprint + height) over a DEM or flat ground."""

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..plugin.qgis_results import style_elevation, style_output
from .base import DigitalTwinAlgorithm, engine_errors

HEIGHT_FIELD_GUESSES = ("measured_height", "measuredHeight", "bldg:measuredHeight", "height", "高さ")


class BuildingsDsmAlgorithm(DigitalTwinAlgorithm):
    BUILDINGS = "BUILDINGS"
    HEIGHT_FIELD = "HEIGHT_FIELD"
    DEM = "DEM"
    ROOFS = "ROOFS"
    CELL_SIZE = "CELL_SIZE"
    MARGIN = "MARGIN"
    TARGET_CRS = "TARGET_CRS"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"

    SHORT_DESCRIPTION = "Burns building heights (and LOD2 roofs) onto the ground into a DSM for the solar analysis."
    TAGS = ("DSM", "PLATEAU", "building height", "LOD1", "raster")
    HELP = {
        "BUILDINGS": "Building footprints (polygons), e.g. building_lod0 or building_lod1 from 'Load PLATEAU "
                     "CityGML'.",
        "HEIGHT_FIELD": "Field with each building's height in metres (PLATEAU measuredHeight). Empty: guessed from "
                        "common names (measured_height, height, 高さ...). Buildings without a positive height are left "
                        "out.",
        "DEM": "Ground elevation raster the buildings stand on (metres). Empty: flat ground at 0 m.",
        "ROOFS": "Optional LOD2 roof surfaces (3D polygons with absolute heights, e.g. building_lod2_roof): they "
                 "replace the flat roofs where they lie. Give the DEM too.",
        "CELL_SIZE": "Pixel size of the DSM in metres (default 1 m). Smaller pixels show roofs better and grow the "
                     "file with the square.",
        "MARGIN": "Ground added around the buildings' extent, in metres (default 20 m), so shadows from the edge are "
                  "kept.",
        "TARGET_CRS": "Projected CRS (metres) of the DSM. Empty: the layer's if projected, else the nearest JGD2011 "
                      "plane rectangular zone (Tokyo: EPSG:6677).",
        "OUTPUT": "The DSM GeoTIFF to write (heights in metres), ready for 'Solar irradiation with shadows'.",
    }

    def name(self):
        return "buildingsdsm"

    def displayName(self):
        return self.tr("DSM from building heights (LOD1)")

    def group(self):
        return self.tr("Solar potential")

    def groupId(self):
        return "solar"

    def shortHelpString(self):
        return self.tr(
            "Rasterises building footprints with a height field (PLATEAU measuredHeight, in metres) onto a DEM, or "
            "onto flat ground at 0 m, into a DSM GeoTIFF for 'Solar irradiation with shadows'. Each roof is flat at "
            "the lowest ground under the footprint plus the building's height; a pixel belongs to a building when "
            "its centre is inside the footprint. Buildings without a positive height are left out. LOD2 roof "
            "surfaces, when given, replace the flat roofs where they lie: each planar piece is burnt on its own "
            "plane from its 3D vertices (absolute heights, as in PLATEAU: give the DEM too).\n\n"
            "The DSM is in a projected CRS: the one given, else the layer's if it is projected, else the nearest "
            "JGD2011 plane rectangular zone (Tokyo: EPSG:6677).\n\n"
            "Example: qgis_process run digitaltwin:buildingsdsm -- BUILDINGS=bldg.gpkg HEIGHT_FIELD=measuredHeight "
            "CELL_SIZE=1 OUTPUT=dsm.tif"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, self.tr("Buildings (footprints)"), [Qgis.ProcessingSourceType.VectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.HEIGHT_FIELD, self.tr("Height field (m)"), parentLayerParameterName=self.BUILDINGS,
            type=Qgis.ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("Ground DEM (default: flat ground at 0 m)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROOFS, self.tr("LOD2 roof surfaces (3D polygons, heights above sea level; optional)"),
            [Qgis.ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size (m)"), Qgis.ProcessingNumberParameterType.Double, defaultValue=1.0,
            minValue=0.1))
        self.addParameter(QgsProcessingParameterNumber(
            self.MARGIN, self.tr("Margin around the buildings (m)"), Qgis.ProcessingNumberParameterType.Double,
            defaultValue=20.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("DSM CRS (projected)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), defaultValue=False))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("DSM")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.solar import dsm

        source = self.parameterAsSource(parameters, self.BUILDINGS, context)
        if source is None:
            raise QgsProcessingException(self.tr("The buildings layer could not be opened."))
        height_field = self.parameterAsString(parameters, self.HEIGHT_FIELD, context) or self._guess_height(source)
        crs = self._target_crs(parameters, context, source)
        geometries, heights, extent = [], [], None
        for feature, geometry in self.features_with_geometry(source, crs, context, feedback, self.BUILDINGS):
            geometries.append(geometry.asWkb().data())
            heights.append(self._height(feature[height_field]))
            if extent is None:
                extent = geometry.boundingBox()
            else:
                extent.combineExtentWith(geometry.boundingBox())
        roofs = []
        roof_source = self.parameterAsSource(parameters, self.ROOFS, context)
        if roof_source is not None:
            to_crs = QgsCoordinateTransform(roof_source.sourceCrs(), crs, context.transformContext())
            for feature in roof_source.getFeatures():
                geometry = feature.geometry()
                if geometry.isNull() or geometry.isEmpty():
                    continue
                geometry.transform(to_crs)
                roofs.append(geometry.asWkb().data())
                if extent is None:
                    extent = geometry.boundingBox()
                else:
                    extent.combineExtentWith(geometry.boundingBox())
        if not geometries and not roofs:
            raise QgsProcessingException(self.tr("The buildings layer has no polygons."))
        margin = self.parameterAsDouble(parameters, self.MARGIN, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        with engine_errors():
            dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
            count = dsm.buildings_dsm(
                geometries, heights, (extent.xMinimum() - margin, extent.yMinimum() - margin,
                                      extent.xMaximum() + margin, extent.yMaximum() + margin),
                self.parameterAsDouble(parameters, self.CELL_SIZE, context), crs.toWkt(), output,
                dem_path=dem.source() if dem is not None else None, roofs_wkb=roofs,
                overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                progress=self.progress(feedback))
        feedback.pushInfo(self.tr("{} of {} buildings burnt into the DSM ({}).").format(
            count, len(geometries), crs.authid()))
        if roofs:
            feedback.pushInfo(self.tr("{} LOD2 roof surfaces burnt on their planes.").format(len(roofs)))
        style_output(context, output, name=self.tr("Building heights (DSM)"), style=style_elevation)
        return self.with_credits(parameters, context, {self.OUTPUT: output})

    @staticmethod
    def _height(value):
        """The height in metres, or NaN for NULL, empty or non-numbers (the building is then left out)."""
        try:
            return float(value)
        except (TypeError, ValueError):
            return float("nan")

    def _guess_height(self, source):
        names = source.fields().names()
        for guess in HEIGHT_FIELD_GUESSES:
            if guess in names:
                return guess
        raise QgsProcessingException(self.tr("Choose the height field: none of {} was found in the layer ({}).")
                                     .format(", ".join(HEIGHT_FIELD_GUESSES), ", ".join(names)))

    def _target_crs(self, parameters, context, source):
        from ..plugin.solar import dsm

        crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        if crs.isValid() and not crs.isGeographic():
            return crs
        if crs.isValid() and crs.isGeographic():
            raise QgsProcessingException(self.tr("The DSM CRS must be projected, in metres (Tokyo: EPSG:6677)."))
        if source.sourceCrs().isValid() and not source.sourceCrs().isGeographic():
            return source.sourceCrs()
        centre = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                        context.transformContext()).transform(source.sourceExtent().center())
        return QgsCoordinateReferenceSystem(f"EPSG:{dsm.plane_rectangular_epsg(centre.x(), centre.y())}")
