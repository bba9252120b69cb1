"""digitaltwin:loadcitygml: PLATEAU CityGML (file, release zip or URL) -> one styled GeoPackage, flood risk joined."""

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..plugin.citygml.planning import STOREY_HEIGHT_M
from .base import DigitalTwinAlgorithm, engine_errors

LOD_CHOICES = ["all", "lowest", "highest", (0,), (1,), (2,)]


class LoadCityGmlAlgorithm(DigitalTwinAlgorithm):
    INPUT = "INPUT"
    FEATURE_TYPES = "FEATURE_TYPES"
    MESH_FILTER = "MESH_FILTER"
    LODS = "LODS"
    TARGET_CRS = "TARGET_CRS"
    SKIP_BROKEN = "SKIP_BROKEN"
    OVERWRITE = "OVERWRITE"
    SCENARIOS = "SCENARIOS"
    OUTPUT = "OUTPUT"

    SHORT_DESCRIPTION = "Reads PLATEAU CityGML (file, release zip or URL) into one styled GeoPackage."
    TAGS = ("PLATEAU", "CityGML", "3D city model", "buildings", "import", "GeoPackage")
    HELP = {
        "INPUT": "A .gml file, a PLATEAU release zip (read in place, nothing extracted) or an http(s) URL (downloaded "
                 "to a temporary file).",
        "FEATURE_TYPES": "For a zip: the udx folders to read, comma separated (bldg, tran, fld, dem...). Default "
                         "bldg; empty: all.",
        "MESH_FILTER": "For a zip: read only files whose mesh code starts with one of these (comma separated, e.g. "
                       "53392642). Empty: all meshes.",
        "LODS": "Which levels of detail to write: all available (default), the lowest or highest per object, or one "
                "LOD only.",
        "TARGET_CRS": "CRS of the output. Empty: the JGD2011 plane rectangular zone of the data (Tokyo: EPSG:6677). "
                      "Heights stay in metres as Z.",
        "SKIP_BROKEN": "Off (default): invalid XML stops the load, naming the file and line. On: broken city objects "
                       "are skipped and listed, the readable ones kept.",
        "SCENARIOS": "Which scenario fills the building columns of a hazard, as hazard: scenario pairs separated by "
                     "semicolons, e.g. 'tsunami: 3; river_flood: 多摩川 L2' (the scenario column of building_risk, "
                     "or a description code). Empty or 'worst': the worst of all scenarios. building_risk always "
                     "keeps every scenario.",
        "OUTPUT": "The GeoPackage to write: building_lod0/1/2, roof, wall and ground surfaces, building_risk and "
                  "other city objects, styled for 2D and 3D.",
    }

    def name(self):
        return "loadcitygml"

    def displayName(self):
        return self.tr("Load PLATEAU CityGML")

    def group(self):
        return self.tr("3D buildings")

    def groupId(self):
        return "buildings"

    def shortHelpString(self):
        return self.tr(
            "Reads PLATEAU CityGML (every i-UR version: uro 1.4, 2.0, 3.x) into one GeoPackage, streaming, so "
            "memory stays small even for a whole ward.\n\n"
            "Input: a .gml file, a PLATEAU release zip (read in place: only the members of the chosen feature "
            "types and mesh codes are read, nothing is extracted) or an http(s) URL (downloaded to a temporary "
            "file).\n\n"
            "Output layers: building_lod0 (roof edge), building_lod1 (footprint at ground height, extruded in 3D "
            "by lod1_height), building_lod2 (solid), building_lod2_roof / _wall / _ground (one row per surface, "
            "with area, slope and azimuth), building_risk (every disaster risk entry), and <type>_lod<n> for "
            "other city objects (e.g. waterbody_lod1 for flood areas). Building rows carry height, storeys, "
            "usage, class, structure, year, building ID, address with codes resolved to labels, and per flood "
            "scale (L1 planned, L2 maximum) the worst rank with its depth, duration and river. Unmodelled "
            "elements are kept as JSON in attributes_json. Coordinates go from EPSG:6697 to the JGD2011 plane "
            "rectangular zone of the data (Tokyo: EPSG:6677) unless you choose a CRS; heights are kept as Z. "
            "The layers open styled in QGIS (2D colours by flood rank, 3D extrusion).\n\n"
            "Invalid XML stops the load with the file and line, unless 'Skip broken city objects' is checked: "
            "then the readable objects are kept and the skipped ones listed. An existing file is never replaced "
            "unless 'Overwrite' is checked.\n\n"
            "Example: qgis_process run digitaltwin:loadcitygml -- INPUT=13111_ota-ku_city_2023_citygml_1_op.zip "
            "FEATURE_TYPES=bldg MESH_FILTER=53392642 OUTPUT=ota.gpkg"
        ) + "\n\n" + self.tr(
            "Urban planning: with buildings and urf districts read together (FEATURE_TYPES=bldg,urf), "
            "building_planning gives each building's use, fire-prevention and height-control district, its "
            "footprint and floor area, and in floor_area_source where the floor area comes from: total_floor_area "
            "(uro:totalFloorArea), storeys (footprint x storeys above ground) or height_estimate (footprint x the "
            "measured height divided by {} m a storey, rounded). district_floor_area gives, per district with a "
            "designated floor-area ratio or coverage, the buildings whose footprint centroid lies in it (a building "
            "straddling two districts counts whole in one), their footprint and floor area, the built ratios over "
            "the whole district (built_far_gross_pct, built_coverage_gross_pct) and the used share of the "
            "permitted floor area (far_used_share_gross_pct, 容積充足率), coloured by that share. PLATEAU has no "
            "lot polygons and a district includes its roads, so these gross figures are lower bounds of the ratios "
            "of its lots; limits by road width, bonuses and exemptions are not modelled."
        ).format(STOREY_HEIGHT_M)

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("CityGML file, PLATEAU release zip or URL"),
            fileFilter=self.tr("CityGML or PLATEAU release zip (*.gml *.zip *.GML *.ZIP)")))
        self.addParameter(QgsProcessingParameterString(
            self.FEATURE_TYPES, self.tr("Feature types to read from a zip (comma-separated; empty = all)"),
            defaultValue="bldg", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.MESH_FILTER, self.tr("Mesh codes to read from a zip (comma-separated prefixes; empty = all)"),
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LODS, self.tr("Levels of detail"),
            options=[self.tr("All available"), self.tr("Lowest available per object"),
                     self.tr("Highest available per object"), self.tr("LOD0 only"), self.tr("LOD1 only"),
                     self.tr("LOD2 only (with roof, wall and ground surfaces)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Target CRS (empty = JGD2011 plane rectangular zone of the data)"),
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SKIP_BROKEN, self.tr("Skip broken city objects and keep the readable ones"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            self.SCENARIOS, self.tr("Scenario per hazard for the building columns (empty = worst)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("GeoPackage"), fileFilter=self.tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber("BUILDINGS", self.tr("Buildings")))
        self.addOutput(QgsProcessingOutputString("CRS", self.tr("CRS of the output")))
        self.addOutput(QgsProcessingOutputString("LAYERS", self.tr("Layers written (name: features)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.citygml.loader import load_citygml, parse_scenarios
        from ..plugin.net.qgis_transport import qgis_client
        from ..plugin.qgis_credits import citygml_credits, write_credits

        location = self.parameterAsFile(parameters, self.INPUT, context).strip()
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        with engine_errors():
            scenarios = parse_scenarios(self.parameterAsString(parameters, self.SCENARIOS, context))
            result = load_citygml(
                location, output,
                feature_types=_split(self.parameterAsString(parameters, self.FEATURE_TYPES, context)),
                mesh_codes=_split(self.parameterAsString(parameters, self.MESH_FILTER, context)),
                lods=LOD_CHOICES[self.parameterAsEnum(parameters, self.LODS, context)],
                target_crs=crs.authid() if crs.isValid() else None,
                skip_broken=self.parameterAsBoolean(parameters, self.SKIP_BROKEN, context),
                overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                progress=self.progress(feedback), client=qgis_client(feedback=feedback), scenarios=scenarios)
        for issue in result.issues:
            feedback.reportError(self.tr("Skipped: {}").format(issue), False)
        self._report_specs(result.specs, feedback)
        layers = ", ".join(f"{name}: {count}" for name, count in result.layers.items())
        feedback.pushInfo(self.tr("Wrote {} ({}), EPSG:{}").format(output, layers, result.epsg))
        write_credits(output, *citygml_credits(location))  # maps made from these layers must name the data
        self._load_on_completion(output, result.layers, context)
        return {self.OUTPUT: str(output), "BUILDINGS": result.buildings, "CRS": f"EPSG:{result.epsg}",
                "LAYERS": layers}

    def _report_specs(self, specs, feedback):
        """One log line per i-UR version found (with its file count), and a warning for 2020 (spec v1) data and
        for versions newer than the bundled tables."""
        groups = {}
        for source, spec in specs.items():
            groups.setdefault(spec, []).append(source)
        for spec, sources in groups.items():
            versions = ", ".join(f"{kind} {version}" for kind, version in (("uro", spec.uro), ("urf", spec.urf))
                                 if version) or self.tr("no i-UR namespace")
            edition = self.tr("PLATEAU specification {} ({})").format(spec.spec, spec.year) if spec.spec else \
                self.tr("PLATEAU specification unknown")
            feedback.pushInfo(self.tr("{} file(s): {}, {}; e.g. {}").format(len(sources), versions, edition,
                                                                            sources[0]))
            if spec.status == "first":
                feedback.pushWarning(self.tr(
                    "{} file(s) are PLATEAU 2020 data (specification 1, uro 1.4): hazards are read from generic "
                    "attribute sets, and codes, IDs and heights may be missing or coarser than in later releases"
                ).format(len(sources)))
            elif spec.status == "newer":
                feedback.pushWarning(self.tr(
                    "{} file(s) use {}, newer than the versions this plugin knows: the known elements are loaded, "
                    "new ones are kept in attributes_json, and codes without a codelist in the data stay as codes"
                ).format(len(sources), versions))

    def _load_on_completion(self, output, layers, context):
        """Put the building layers on the map (when run from QGIS desktop or runAndLoadResults) in one group,
        the flood-rank coloured ones on top, each with the style stored in the GeoPackage (layer_styles), which
        Processing does not apply by itself."""
        from ..plugin.citygml.qgis_styles import layer_title, map_layers
        from ..plugin.qgis_results import SAVED_STYLE, Result, load_outputs

        results = [Result(f"{output}|layername={name}", layer_title(name), SAVED_STYLE, visible=visible)
                   for name, visible in map_layers(layers)]
        load_outputs(context, self.OUTPUT, results, group=self.tr("PLATEAU 3D city model"))


def _split(text):
    return [part.strip() for part in (text or "").split(",") if part.strip()] or None
