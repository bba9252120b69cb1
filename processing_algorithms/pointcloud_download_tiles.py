"""digitaltwin:pointclouddownloadtiles: download published point cloud tiles by name, convert them to COPC."""

import re
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterPointCloudDestination,
    QgsProcessingParameterString,
)

from .base import DigitalTwinAlgorithm, engine_errors


class PointCloudDownloadTilesAlgorithm(DigitalTwinAlgorithm):
    TILES = "TILES"
    DOWNLOAD_URL = "DOWNLOAD_URL"
    CRS = "CRS"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"
    POINT_COUNT = "POINT_COUNT"

    SHORT_DESCRIPTION = "Downloads published point cloud tiles by name and converts them to COPC."
    TAGS = ("point cloud", "LiDAR", "COPC", "download", "Tokyo")
    HELP = {
        "TILES": "Names of the tiles to fetch, comma separated (Tokyo: map sheet names such as 09LD2626,09LD2627).",
        "DOWNLOAD_URL": "Address template of a tile, where {name} is replaced by the tile name. The default is "
                        "Tokyo's 2024 23-ward tiles; other cities: give theirs.",
        "CRS": "CRS given to tiles whose file records none (default EPSG:6677, Tokyo's plane rectangular zone IX).",
        "OVERWRITE": "Off (default): tiles converted before are kept and reused. On: they are converted again and "
                     "replaced.",
        "OUTPUT": "A .copc.laz for one tile, or a .vpc (virtual point cloud) that shows several tiles as one layer.",
    }

    def name(self):
        return "pointclouddownloadtiles"

    def displayName(self):
        return self.tr("Download point cloud tiles as COPC")

    def group(self):
        return self.tr("Point clouds")

    def groupId(self):
        return "pointcloud"

    def shortHelpString(self):
        return self.tr(
            "Downloads published point cloud tiles by name (Tokyo: 図郭 names such as 09LD2626) and converts them "
            "to COPC; several tiles become one layer through a virtual point cloud (.vpc).\n\n"
            "Downloads go through QGIS's network settings (proxy), are size-checked, and resume after Cancel or "
            "a broken connection: run the algorithm again. Each zip is removed once its tile is converted.\n\n"
            "Tile address: a template where {name} is the tile name; the default is Tokyo's 2024 23-ward "
            "tiles. Other cities: give their template.\n\n"
            "Example: qgis_process run digitaltwin:pointclouddownloadtiles -- TILES=09LD2626,09LD2627 "
            "OUTPUT=tokyo.vpc"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        from ..plugin.pointcloud.tiles import TileScheme

        self.addParameter(QgsProcessingParameterString(self.TILES, self.tr("Tile names (comma separated)")))
        self.addParameter(QgsProcessingParameterString(
            self.DOWNLOAD_URL, self.tr("Tile address ({name} = tile name)"), defaultValue=TileScheme().download_url))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("CRS when the file records none"), defaultValue="EPSG:6677"))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite existing files"), defaultValue=False))
        self.addParameter(QgsProcessingParameterPointCloudDestination(self.OUTPUT, self.tr("COPC point cloud")))
        self.addOutput(QgsProcessingOutputNumber(self.POINT_COUNT, self.tr("Number of points")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.net.qgis_transport import qgis_client
        from ..plugin.pointcloud.copc import convert_point_clouds
        from ..plugin.pointcloud.qgis_layers import load_on_completion
        from ..plugin.pointcloud.tiles import TileScheme, download_tile
        from ..plugin.pointcloud.vpc import write_vpc

        names = [name for name in re.split(r"[,\s]+", self.parameterAsString(parameters, self.TILES, context)) if name]
        if not names:
            raise QgsProcessingException(self.tr("Give at least one tile name."))
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        as_vpc = output.suffix.lower() == ".vpc"
        if len(names) > 1 and not as_vpc:
            raise QgsProcessingException(self.tr("Several tiles make one layer through a .vpc output."))
        scheme = TileScheme(download_url=self.parameterAsString(parameters, self.DOWNLOAD_URL, context))
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        progress = self.progress(feedback)
        client = qgis_client(feedback=feedback)
        tiles, total = [], 0
        with engine_errors():
            for number, name in enumerate(names):
                step = progress.sub(number / len(names), (number + 1) / len(names))
                feedback.pushInfo(self.tr("Tile {} ({}/{})").format(name, number + 1, len(names)))
                archive = download_tile(scheme, name, output.parent, client, overwrite=overwrite,
                                        progress=step.sub(0.0, 0.5))
                target = output.parent / f"{name}.copc.laz" if as_vpc else output
                written, results = convert_point_clouds(archive, target, crs=crs.toWkt() if crs.isValid() else None,
                                                        overwrite=overwrite, progress=step.sub(0.5, 1.0))
                archive.unlink()  # converted: the COPC holds every point
                tiles.append(written)
                total += sum(result.point_count for result in results)
            if as_vpc:
                write_vpc(tiles, output, overwrite=overwrite)
        written = str(output if as_vpc else tiles[0])
        load_on_completion(context, parameters.get(self.OUTPUT), str(output), written=written, output_name=self.OUTPUT,
                           licence=scheme.licence, attribution=scheme.attribution)
        return {self.OUTPUT: written, self.POINT_COUNT: total}
