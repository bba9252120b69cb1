"""digitaltwin:sampledistrict: write the synthetic sample district (or a larger variant) into a folder of one's own."""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from .base import DigitalTwinAlgorithm, engine_errors

# output name -> path inside the district folder (single-mesh districts; larger ones list every mesh file)
FILES = {
    "DEM": "dem.tif",
    "FLOOD_DEPTH_L2": "flood_depth_l2.tif",
    "POINT_CLOUD": "pointcloud.laz",
    "PEDESTRIAN_LINKS": "network/pedestrian_links.geojson",
    "PEDESTRIAN_NODES": "network/pedestrian_nodes.geojson",
    "FACILITIES": "network/facilities.geojson",
    "RIVER": "river.geojson",
    "CATALOG": "catalog.json",
}
# outputs put on the map, top first: output name -> style (see plugin.qgis_results), visible
LOADED = {"FACILITIES": ("facilities", True), "PEDESTRIAN_LINKS": ("network", True), "RIVER": ("river", True),
          "FLOOD_DEPTH_L2": ("flood_depth", True), "DEM": ("elevation", True)}


class SampleDistrictAlgorithm(DigitalTwinAlgorithm):
    SCALE = "SCALE"
    SEED = "SEED"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"
    BUILDINGS = "BUILDINGS"
    FLOOD_L1 = "FLOOD_L1"
    FLOOD_L2 = "FLOOD_L2"
    BUILDING_COUNT = "BUILDING_COUNT"

    SHORT_DESCRIPTION = ("Writes the synthetic sample district (CityGML, DEM, point cloud, network, feeds) to try "
                         "every tool offline.")
    TAGS = ("sample data", "PLATEAU", "demo", "offline", "test")
    HELP = {
        "SCALE": "Size of the district: 1 (default) is the bundled 1 km × 0.9 km district with about 420 buildings; n "
                 "makes it n times wider and taller (up to 10).",
        "SEED": "Seed of the random generator (default 20250901): the same seed and scale always give the same files.",
        "OVERWRITE": "Off (default): a folder that holds a sample district already is kept. On: that sample district "
                     "is replaced. Other folders must be new or empty.",
        "OUTPUT": "The folder to write the district into: new or empty.",
    }

    def name(self):
        return "sampledistrict"

    def displayName(self):
        return self.tr("Create the sample district")

    def group(self):
        return self.tr("Sample data")

    def groupId(self):
        return "sampledata"

    def shortHelpString(self):
        return self.tr(
            "Writes the synthetic sample district the plugin ships (a fictional Tokyo district by the Arakawa, "
            "Sumida-ku, EPSG:6677) into a folder, to try every tool offline or to benchmark on larger areas. "
            "The same seed and scale always give the same files.\n\n"
            "Contents: dem.tif (5 m), PLATEAU CityGML buildings (udx/bldg, LOD0/1/2, flood risk attributes), the "
            "PLATEAU flood inundation model L1/L2 (udx/fld) and depth rasters, pointcloud.laz (LAS 1.2 format 3), "
            "river.geojson (the river channel: seeds for a level-based inundation), an MLIT pedestrian network "
            "(2024 codes) with facilities, a recorded bus feed (GTFS-Realtime) and river gauge (SensorThings), "
            "catalog.json and README.md.\n\n"
            "Scale 1 is the bundled 1 km x 0.9 km district (about 420 buildings, 6 MB); scale n is n times wider "
            "and taller. The folder must be new or empty; a previous sample district there is replaced only with "
            "'Overwrite'.\n\n"
            "Example: qgis_process run digitaltwin:sampledistrict -- SCALE=3 OUTPUT=/tmp/district_x3"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterNumber(
            self.SCALE, self.tr("Scale (1 = the bundled district; n = n times wider and taller)"),
            Qgis.ProcessingNumberParameterType.Integer, 1, minValue=1, maxValue=10))
        seed = QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"),
                                            Qgis.ProcessingNumberParameterType.Integer, 20250901, minValue=0)
        seed.setFlags(seed.flags() | Qgis.ProcessingParameterFlag.Advanced)
        self.addParameter(seed)
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite a previous sample district in the folder"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, self.tr("Sample district folder")))
        self.addOutput(QgsProcessingOutputFile(self.BUILDINGS, self.tr("Buildings (CityGML)")))
        self.addOutput(QgsProcessingOutputFile(self.FLOOD_L1, self.tr("Flood inundation model L1 (CityGML)")))
        self.addOutput(QgsProcessingOutputFile(self.FLOOD_L2, self.tr("Flood inundation model L2 (CityGML)")))
        self.addOutput(QgsProcessingOutputRasterLayer("DEM", self.tr("Elevation (DEM)")))
        self.addOutput(QgsProcessingOutputRasterLayer("FLOOD_DEPTH_L2", self.tr("Flood depth L2")))
        self.addOutput(QgsProcessingOutputFile("POINT_CLOUD", self.tr("Point cloud (LAZ)")))
        self.addOutput(QgsProcessingOutputVectorLayer("PEDESTRIAN_LINKS", self.tr("Pedestrian network links")))
        self.addOutput(QgsProcessingOutputVectorLayer("PEDESTRIAN_NODES", self.tr("Pedestrian network nodes")))
        self.addOutput(QgsProcessingOutputVectorLayer("FACILITIES", self.tr("Facilities")))
        self.addOutput(QgsProcessingOutputVectorLayer("RIVER", self.tr("River channel")))
        self.addOutput(QgsProcessingOutputFile("CATALOG", self.tr("Catalog")))
        self.addOutput(QgsProcessingOutputNumber(self.BUILDING_COUNT, self.tr("Buildings")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        import json

        from ..plugin.sample_district.generate import generate
        from ..plugin.sample_district.site import District

        folder = Path(self.parameterAsString(parameters, self.OUTPUT, context))
        district = District(seed=self.parameterAsInt(parameters, self.SEED, context),
                            scale=self.parameterAsInt(parameters, self.SCALE, context))
        with engine_errors():
            generate(folder, district, self.progress(feedback),
                     overwrite=self.parameterAsBool(parameters, self.OVERWRITE, context))
        results = {self.OUTPUT: str(folder)}
        results.update({key: str(folder / relative) for key, relative in FILES.items()})
        # one file per mesh: a larger district has several, the folder then stands for all of them
        for key, pattern in ((self.BUILDINGS, "udx/bldg/*_bldg_*.gml"), (self.FLOOD_L1, "udx/fld/*/*/*_l1_op.gml"),
                             (self.FLOOD_L2, "udx/fld/*/*/*_l2_op.gml")):
            paths = sorted(folder.glob(pattern))
            results[key] = str(paths[0] if len(paths) == 1 else paths[0].parent)
        results[self.BUILDING_COUNT] = json.loads((folder / "catalog.json").read_text("utf-8"))["building_count"]
        self._load_on_completion(results, context)
        return results

    def _load_on_completion(self, results, context):
        """The district's layers on the map in one group, styled, named as the outputs are (translated); the
        project takes the DEM's plane rectangular CRS (EPSG:6677), which 3D views need."""
        from ..plugin.qgis_results import Result, load_outputs, style_elevation
        from ..plugin.sample_district import qgis_styles

        styles = {"facilities": qgis_styles.style_facilities, "network": qgis_styles.style_network,
                  "river": qgis_styles.style_river, "flood_depth": "flood_depth", "elevation": style_elevation}
        load_outputs(context, self.OUTPUT, [
            Result(results[key], self.outputDefinition(key).description(), styles[style], visible=visible)
            for key, (style, visible) in LOADED.items()], group=self.tr("Sample district"))
