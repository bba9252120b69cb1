"""digitaltwin:pointcloudtocopc: LAS/LAZ (a file, a folder or a zip) to COPC, which QGIS opens without PDAL."""

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFile,
    QgsProcessingParameterPointCloudDestination,
)

from .base import DigitalTwinAlgorithm, engine_errors


class PointCloudToCopcAlgorithm(DigitalTwinAlgorithm):
    INPUT = "INPUT"
    INPUT_FOLDER = "INPUT_FOLDER"
    CRS = "CRS"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"
    POINT_COUNT = "POINT_COUNT"

    SHORT_DESCRIPTION = "Converts LAS/LAZ files or zips to COPC that QGIS shows in 2D and 3D."
    TAGS = ("point cloud", "LAS", "LAZ", "COPC", "convert", "VPC")
    HELP = {
        "INPUT": "A .las or .laz file, or a .zip holding them (as Tokyo publishes its tiles). Give this or a folder.",
        "INPUT_FOLDER": "Instead of a file: a folder whose .las/.laz files are all converted (choose a .vpc output).",
        "CRS": "CRS given to input whose file records none (default EPSG:6677, Tokyo's tiles).",
        "OVERWRITE": "Off (default): the run stops if an output file exists already. On: existing outputs are "
                     "replaced.",
        "OUTPUT": "A .copc.laz file, or for several inputs a .vpc: each input becomes <name>.copc.laz beside it and "
                  "the .vpc shows them as one layer.",
    }

    def name(self):
        return "pointcloudtocopc"

    def displayName(self):
        return self.tr("Convert point cloud to COPC")

    def group(self):
        return self.tr("Point clouds")

    def groupId(self):
        return "pointcloud"

    def shortHelpString(self):
        return self.tr(
            "Converts LAS/LAZ point clouds (LAS 1.2-1.4, any point format) to COPC (cloud optimized point cloud), "
            "which QGIS opens and shows in 2D and 3D without PDAL. The input is read in chunks, so a Tokyo tile of "
            "6 million points needs a few hundred MB of memory. Coordinates, RGB, intensity, classification, "
            "return numbers and GPS time are kept exactly.\n\n"
            "Input: a .las or .laz file or a .zip holding them (as Tokyo publishes its tiles), or else a folder "
            "of .las/.laz files. CRS: used only when the file records none (Tokyo tiles: EPSG:6677, the default).\n\n"
            "Output: a .copc.laz file; for several inputs choose a .vpc (virtual point cloud): each input becomes "
            "<name>.copc.laz beside it and the .vpc shows them as one layer. Bad input (truncated file, broken LAZ "
            "chunk, wrong point count in the header, a zip without LAS) stops with a message naming the file and "
            "leaves no output behind; an existing file is replaced only with 'Overwrite'.\n\n"
            "Examples: qgis_process run digitaltwin:pointcloudtocopc -- INPUT=09LD2626.zip "
            "OUTPUT=09LD2626.copc.laz\n"
            "qgis_process run digitaltwin:pointcloudtocopc -- INPUT_FOLDER=tiles/ OUTPUT=tiles/all.vpc"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        # No file filter: it would refuse upper-case .LAS names; the engine checks the input instead. A file
        # parameter refuses folders, hence a second one for a folder of tiles.
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("LAS/LAZ file, or zip holding LAS/LAZ files"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT_FOLDER, self.tr("Or: a folder of LAS/LAZ files"), Qgis.ProcessingFileParameterBehavior.Folder,
            optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("CRS when the file records none"), defaultValue="EPSG:6677"))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite existing files"), defaultValue=False))
        self.addParameter(QgsProcessingParameterPointCloudDestination(self.OUTPUT, self.tr("COPC point cloud")))
        self.addOutput(QgsProcessingOutputNumber(self.POINT_COUNT, self.tr("Number of points")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.pointcloud.copc import convert_point_clouds
        from ..plugin.pointcloud.qgis_layers import load_on_completion

        source = self.parameterAsFile(parameters, self.INPUT, context) or \
            self.parameterAsFile(parameters, self.INPUT_FOLDER, context)
        if not source:
            raise QgsProcessingException(self.tr("Choose a LAS/LAZ file, a zip or a folder to convert."))
        requested = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        with engine_errors():
            output, results = convert_point_clouds(
                source, requested, crs=crs.toWkt() if crs.isValid() else None,
                overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                progress=self.progress(feedback))
        for result in results:
            feedback.pushInfo(self.tr("{}: {} points, CRS from {}, {} octree nodes").format(
                result.path.name, result.point_count, result.crs_source, result.node_count))
        load_on_completion(context, parameters.get(self.OUTPUT), requested, written=str(output),
                           output_name=self.OUTPUT)
        return {self.OUTPUT: str(output), self.POINT_COUNT: sum(result.point_count for result in results)}
