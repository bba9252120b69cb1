"""digitaltwin:pointcloudtodsm: a DSM (highest point) or DTM (ground points) GeoTIFF from a point cloud."""

from qgis.core import (
    Qgis,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from .base import DigitalTwinAlgorithm, engine_errors


class PointCloudToDsmAlgorithm(DigitalTwinAlgorithm):
    INPUT = "INPUT"
    RESOLUTION = "RESOLUTION"
    KIND = "KIND"
    GROUND_STATISTIC = "GROUND_STATISTIC"
    MAX_FILL_DISTANCE = "MAX_FILL_DISTANCE"
    CRS = "CRS"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"
    FILLED_CELLS = "FILLED_CELLS"

    SHORT_DESCRIPTION = "Makes a DSM (highest point) or DTM (ground) GeoTIFF from a point cloud."
    TAGS = ("point cloud", "DSM", "DTM", "elevation", "raster", "LiDAR")
    HELP = {
        "INPUT": "A .las, .laz or .copc.laz point cloud.",
        "RESOLUTION": "Cell size of the raster in metres (default 1 m). The grid is aligned on multiples of it, so "
                      "neighbouring tiles line up.",
        "KIND": "DSM: the highest point per cell, buildings and trees included (noise left out). DTM: ground points "
                "(class 2) only.",
        "GROUND_STATISTIC": "For a DTM: the mean (default) or the lowest ground point in each cell.",
        "MAX_FILL_DISTANCE": "Cells without points are filled from the edges of the gap up to this distance in metres "
                             "(default 20 m; 0: no filling). Farther cells stay no-data.",
        "CRS": "CRS given to a file that records none (default EPSG:6677).",
        "OUTPUT": "The elevation GeoTIFF to write (Float32, metres, no data -9999).",
    }

    def name(self):
        return "pointcloudtodsm"

    def displayName(self):
        return self.tr("Point cloud to DSM/DTM raster")

    def group(self):
        return self.tr("Point clouds")

    def groupId(self):
        return "pointcloud"

    def shortHelpString(self):
        return self.tr(
            "Makes an elevation raster (GeoTIFF) from a point cloud, for the solar and flood analyses.\n\n"
            "DSM (surface): the highest point in each cell, buildings and trees included (noise classes 7 and 18 "
            "left out). DTM (terrain): the mean, or lowest, ground point (class 2) in each cell.\n"
            "Cells without points are filled by inverse distance weighting from the edges of the gap, up to the "
            "maximum fill distance; farther cells stay 'no data'. The grid is aligned on multiples of the "
            "resolution, so rasters of neighbouring tiles line up.\n\n"
            "Input: a .las, .laz or .copc.laz file. CRS: used only when the file records none.\n"
            "Output: a Float32 GeoTIFF (no data -9999, DEFLATE compressed).\n\n"
            "Example: qgis_process run digitaltwin:pointcloudtodsm -- INPUT=09LD2626.copc.laz RESOLUTION=0.5 "
            "KIND=0 OUTPUT=dsm.tif"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("Point cloud (.las, .laz, .copc.laz)")))
        self.addParameter(QgsProcessingParameterNumber(
            self.RESOLUTION, self.tr("Cell size (m)"), Qgis.ProcessingNumberParameterType.Double, defaultValue=1.0,
            minValue=0.05))
        self.addParameter(QgsProcessingParameterEnum(
            self.KIND, self.tr("Raster"), options=[self.tr("DSM: highest point (surface)"),
                                                   self.tr("DTM: ground points (terrain)")], defaultValue=0))
        statistic = QgsProcessingParameterEnum(
            self.GROUND_STATISTIC, self.tr("DTM value per cell"), options=[self.tr("Mean"), self.tr("Lowest")],
            defaultValue=0)
        statistic.setFlags(statistic.flags() | Qgis.ProcessingParameterFlag.Advanced)
        self.addParameter(statistic)
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_FILL_DISTANCE, self.tr("Fill gaps up to (m; 0 = no filling)"),
            Qgis.ProcessingNumberParameterType.Double, defaultValue=20.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("CRS when the file records none"), defaultValue="EPSG:6677"))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), defaultValue=False))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Elevation raster")))
        self.addOutput(QgsProcessingOutputNumber(self.FILLED_CELLS, self.tr("Cells filled")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.pointcloud.dsm import GROUND_STATISTICS, KINDS, point_cloud_raster
        from ..plugin.qgis_results import style_elevation, style_output

        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        kind = KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        with engine_errors():
            result = point_cloud_raster(
                self.parameterAsFile(parameters, self.INPUT, context), output,
                resolution=self.parameterAsDouble(parameters, self.RESOLUTION, context),
                kind=kind,
                ground_statistic=GROUND_STATISTICS[self.parameterAsEnum(parameters, self.GROUND_STATISTIC, context)],
                max_fill_distance=self.parameterAsDouble(parameters, self.MAX_FILL_DISTANCE, context),
                crs=crs.toWkt() if crs.isValid() else None,
                overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                progress=self.progress(feedback))
        feedback.pushInfo(self.tr("{} x {} cells; {} with points, {} filled; {} points used").format(
            result.width, result.height, result.cells_with_points, result.cells_filled, result.points_used))
        names = {"dsm": self.tr("Surface heights (DSM)"), "dtm": self.tr("Ground heights (DTM)")}
        style_output(context, output, name=names[kind], style=style_elevation)
        return self.with_credits(parameters, context,
                                 {self.OUTPUT: str(result.path), self.FILLED_CELLS: result.cells_filled})
