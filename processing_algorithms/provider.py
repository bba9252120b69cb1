"""The Processing provider 'digitaltwin': every algorithm of the plugin, usable from the toolbox, models and
qgis_process."""

import importlib
from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..plugin.i18n import tr

ICON_PATH = str(Path(__file__).resolve().parent.parent / "resources" / "icons" / "digital_twin.svg")
POINT_CLOUD_EXTENSIONS = ("copc.laz", "vpc")


# (module in this package, algorithm class): one line per algorithm, sorted by module.
ALGORITHMS = [
    ("barrierfree_hotspots", "BarrierFreeHotspotsAlgorithm"),
    ("barrierfree_import", "BarrierFreeImportAlgorithm"),
    ("barrierfree_route", "BarrierFreeRouteAlgorithm"),
    ("barrierfree_service_area", "BarrierFreeServiceAreaAlgorithm"),
    ("batch_dsm", "BatchDsmAlgorithm"),
    ("batch_ensemble", "BatchEnsembleAlgorithm"),
    ("batch_run", "BatchRunAlgorithm"),
    ("batch_service_areas", "BatchServiceAreasAlgorithm"),
    ("batch_solar", "BatchSolarAlgorithm"),
    ("buildings_dsm", "BuildingsDsmAlgorithm"),
    ("catalog_download", "CatalogDownloadAlgorithm"),
    ("catalog_search", "CatalogSearchAlgorithm"),
    ("export_resident_map", "ExportResidentMapAlgorithm"),
    ("flood_exposure", "FloodExposureAlgorithm"),
    ("flood_inundation", "FloodInundationAlgorithm"),
    ("flood_simulation", "FloodSimulationAlgorithm"),
    ("load_citygml", "LoadCityGmlAlgorithm"),
    ("pointcloud_download_tiles", "PointCloudDownloadTilesAlgorithm"),
    ("pointcloud_to_copc", "PointCloudToCopcAlgorithm"),
    ("pointcloud_to_dsm", "PointCloudToDsmAlgorithm"),
    ("realtime_snapshot", "RealtimeSnapshotAlgorithm"),
    ("sample_district", "SampleDistrictAlgorithm"),
    ("shelter_reach", "ShelterReachAlgorithm"),
    ("solar_irradiance", "SolarIrradianceAlgorithm"),
    ("solar_potential", "SolarPotentialAlgorithm"),
]


def algorithm_classes():
    """The algorithm classes, imported only when QGIS loads the provider (keeps plugin start-up cheap)."""
    return [getattr(importlib.import_module(f".{module}", __package__), name) for module, name in ALGORITHMS]


class DigitalTwinProvider(QgsProcessingProvider):
    def id(self):
        return "digitaltwin"

    def name(self):
        return tr("Digital Twin")

    def longName(self):  # noqa: N802 (QGIS API)
        return tr("Digital Twin: PLATEAU and city digital twin tools")

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):  # noqa: N802 (QGIS API)
        return ICON_PATH

    def supportedOutputPointCloudLayerExtensions(self):  # noqa: N802 (QGIS API)
        """Point cloud outputs are COPC files, or virtual point clouds listing several (what QGIS opens unaided)."""
        return list(POINT_CLOUD_EXTENSIONS)

    def defaultPointCloudFileExtension(self):  # noqa: N802 (QGIS API)
        return POINT_CLOUD_EXTENSIONS[0]

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
