"""digitaltwin:batchserviceareas: the barrier-free service area of every shelter (plugin/batch/servicearea.py), the
shelters in groups as tasks on dask, merged into one GeoPackage."""

from qgis.core import (
    Qgis,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..plugin.barrierfree import profiles as profile_rules
from ..plugin.batch.defaults import DEFAULT_BUDGET_M, DEFAULT_BUFFER_M, DEFAULT_GROUP_SIZE
from ..plugin.shelters.reach import HAZARD_CHOICES
from .barrierfree_common import CODE_SET_CHOICES
from .base import engine_errors
from .batch_common import BatchAlgorithm

HAZARDS = (None, *HAZARD_CHOICES)  # None: every shelter


class BatchServiceAreasAlgorithm(BatchAlgorithm):
    NETWORK = "NETWORK"
    NODES = "NODES"
    CODE_SET = "CODE_SET"
    SHELTERS = "SHELTERS"
    HAZARD = "HAZARD"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    SUITABLE_FIELD = "SUITABLE_FIELD"
    PROFILE = "PROFILE"
    PROFILES_FILE = "PROFILES_FILE"
    UNKNOWN_POLICY = "UNKNOWN_POLICY"
    BUDGET = "BUDGET"
    BUFFER = "BUFFER"
    GROUP_SIZE = "GROUP_SIZE"
    OUTPUT = "OUTPUT"

    SHORT_DESCRIPTION = "The step-free service area of every shelter for a mobility profile, shelters as tasks on dask."
    TAGS = ("batch", "dask", "barrier-free", "service area", "shelter", "evacuation", "wheelchair", "city scale")
    HELP = {
        "NETWORK": "The pedestrian network's links as a file the workers read: an MLIT link file or OSM-style "
                   "footway lines (GeoJSON or CSV).",
        "NODES": "The MLIT node file of the network (GeoJSON, or CSV with lat/lon). Empty for OSM-style lines.",
        "CODE_SET": "Which code table the link attributes follow. Detect (default) reads it from the codes found.",
        "SHELTERS": "GSI's 指定緊急避難場所 CSV (Shift_JIS or UTF-8), or a point file (GeoPackage, GeoJSON; any CRS).",
        "HAZARD": "Only the shelters designated for this hazard (the CSV's hazard flags; for a point file, the "
                  "suitable field). Every shelter (default): no filter.",
        "ID_FIELD": "Field of a point file with each shelter's id. Empty: the feature id. (The CSV has 共通ID.)",
        "NAME_FIELD": "Field of a point file with each shelter's name. Empty: its id.",
        "SUITABLE_FIELD": "Field of a point file saying (1 / true) that a shelter suits the hazard chosen above.",
        "PROFILE": "Who is moving: the profile's limits (step height, slope, width, stairs) decide which links are "
                   "passable.",
        "PROFILES_FILE": "A JSON file of your own mobility profiles; the profile is then taken from it by the id of "
                         "the one chosen above. Empty: the shipped profiles.",
        "UNKNOWN_POLICY": "What a link means when its data cannot tell whether the profile passes. Treat as barriers "
                          "(default) is the safe choice for wheelchair routes.",
        "BUDGET": "Walking distance along the network from each shelter, in metres (default 800). Links partly "
                  "within it are cut at the budget.",
        "BUFFER": "Width in metres of the area drawn around the reached links (default 25 m).",
        "GROUP_SIZE": "Shelters per task (default 8): fewer, larger tasks cost less overhead; more spread better.",
        "OUTPUT": "The merged GeoPackage: 'service_areas' (one polygon per shelter) and 'reachable_links'. Groups "
                  "finished so far are kept in <output>.tiles, so an interrupted run started again skips them; "
                  "<output>.manifest.json records each group's shelters, status and time.",
    }

    def name(self):
        return "batchserviceareas"

    def displayName(self):
        return self.tr("Batch service areas of every shelter (dask)")

    def shortHelpString(self):
        return self.tr(
            "For every shelter of a GSI evacuation site CSV or a point file (optionally only those designated for "
            "a hazard): the links a mobility profile reaches within a walking distance on the pedestrian network, "
            "and the area around them, exactly as 'Accessible service area (barrier-free)' computes them. The "
            "shelters go in groups as tasks on dask.distributed (a local cluster on every core, or an existing "
            "cluster: tcp://host:8786); each worker reads the network once. The groups are merged into one "
            "GeoPackage in the shelters' order.\n\n"
            "A failed group is retried, then named with its shelters, and the other groups still finish. Finished "
            "groups are kept beside the output (<output>.tiles) and skipped when the same run is started again; "
            "<output>.manifest.json records inputs, versions, parameters and each group's status and time.\n\n"
            "Example: qgis_process run digitaltwin:batchserviceareas -- NETWORK=pedestrian_links.geojson "
            "NODES=pedestrian_nodes.geojson SHELTERS=evacuation_sites.csv HAZARD=1 BUDGET=800 OUTPUT=areas.gpkg "
            "(the same as: python -m digital_twin servicearea ...)"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        from ..plugin.i18n import user_language

        files = Qgis.ProcessingFileParameterBehavior.File
        self.addParameter(QgsProcessingParameterFile(
            self.NETWORK, self.tr("Pedestrian network links (GeoJSON or CSV)"), files,
            fileFilter=self.tr("Network files (*.geojson *.json *.csv)")))
        self.addParameter(QgsProcessingParameterFile(
            self.NODES, self.tr("Network nodes (MLIT node file)"), files, optional=True,
            fileFilter=self.tr("Network files (*.geojson *.json *.csv)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.CODE_SET, self.tr("Code set"),
            [self.tr("Detect"), self.tr("MLIT 2018"), self.tr("MLIT 2024"), self.tr("OSM footway tags")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            self.SHELTERS, self.tr("Shelters (GSI CSV or point file)"), files,
            fileFilter=self.tr("Shelter files (*.csv *.gpkg *.geojson *.json);;All files (*)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.HAZARD, self.tr("Only shelters designated for"),
            [self.tr("Every shelter")] + list(HAZARDS[1:]), defaultValue=0))
        for key, label in ((self.ID_FIELD, self.tr("Shelter id field (point file)")),
                           (self.NAME_FIELD, self.tr("Shelter name field (point file)")),
                           (self.SUITABLE_FIELD, self.tr("Suitable field (point file; 1 = suits the hazard)"))):
            self.addParameter(QgsProcessingParameterString(key, label, optional=True))
        japanese = user_language() == "ja"  # the profile file carries both names
        self.addParameter(QgsProcessingParameterEnum(
            self.PROFILE, self.tr("Mobility profile"),
            [profile.label_ja if japanese and profile.label_ja else profile.label
             for profile in profile_rules.load_profiles().values()], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.UNKNOWN_POLICY, self.tr("Links whose data is unknown (99 / X) or too coarse to tell"),
            [self.tr("Treat as passable"), self.tr("Treat as barriers")], defaultValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUDGET, self.tr("Walking distance (m)"), Qgis.ProcessingNumberParameterType.Double,
            DEFAULT_BUDGET_M, minValue=0.001))
        advanced = [
            QgsProcessingParameterFile(self.PROFILES_FILE, self.tr("Own profiles (JSON)"), files, extension="json",
                                       optional=True),
            QgsProcessingParameterNumber(self.BUFFER, self.tr("Area width around reached links (m)"),
                                         Qgis.ProcessingNumberParameterType.Double, DEFAULT_BUFFER_M,
                                         minValue=0.1, maxValue=500.0),
            QgsProcessingParameterNumber(self.GROUP_SIZE, self.tr("Shelters per task"),
                                         Qgis.ProcessingNumberParameterType.Integer, DEFAULT_GROUP_SIZE,
                                         minValue=1),
        ]
        self.add_advanced_parameters(advanced)
        self.add_dask_parameters()
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Service area GeoPackage"), self.tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber("SHELTER_COUNT", self.tr("Shelters")))
        self.addOutput(QgsProcessingOutputNumber("GROUPS", self.tr("Groups of shelters")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.batch import servicearea as engine  # dask and the tile steps: when a run starts

        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        text = {key: self.parameterAsString(parameters, key, context).strip() or None
                for key in (self.NODES, self.ID_FIELD, self.NAME_FIELD, self.SUITABLE_FIELD, self.PROFILES_FILE)}
        profile_ids = profile_rules.shipped_profile_ids()

        def on_group(name, record, finished, total):
            if record["status"] == "done":
                feedback.pushInfo(self.tr("Shelters {} done ({}/{})").format(name, finished, total))
            else:
                feedback.reportError(self.tr("Shelters {} failed: {}").format(name, record.get("error")))

        with engine_errors():
            result = engine.run_service_areas(
                self.parameterAsFile(parameters, self.NETWORK, context),
                self.parameterAsFile(parameters, self.SHELTERS, context), output, nodes_path=text[self.NODES],
                code_set=CODE_SET_CHOICES[self.parameterAsEnum(parameters, self.CODE_SET, context)],
                profile_id=profile_ids[self.parameterAsEnum(parameters, self.PROFILE, context)],
                profiles_file=text[self.PROFILES_FILE],
                unknown_policy=profile_rules.UNKNOWN_POLICIES[
                    self.parameterAsEnum(parameters, self.UNKNOWN_POLICY, context)],
                budget_m=self.parameterAsDouble(parameters, self.BUDGET, context),
                buffer_m=self.parameterAsDouble(parameters, self.BUFFER, context),
                hazard=HAZARDS[self.parameterAsEnum(parameters, self.HAZARD, context)],
                id_field=text[self.ID_FIELD], name_field=text[self.NAME_FIELD],
                suitable_field=text[self.SUITABLE_FIELD],
                group_size=self.parameterAsInt(parameters, self.GROUP_SIZE, context),
                overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                progress=self.progress(feedback), on_group=on_group, **self.dask_options(parameters, context))
        feedback.pushInfo(self.tr("{} shelters in {} groups ({} from an earlier run), {:.1f} km of links reached, "
                                  "in {:.1f} s").format(result.shelters, result.groups, result.skipped,
                                                         result.reachable_length_m / 1000, result.seconds))
        self._load(context, output, result.layers)
        return {self.OUTPUT: output, "SHELTER_COUNT": result.shelters, "GROUPS": result.groups}

    def _load(self, context, output, layers):
        """Areas under the reached links, styled as digitaltwin:barrierfreeservicearea's layers."""
        from ..plugin.batch.servicearea import AREAS, LINKS
        from ..plugin.qgis_results import Result, load_outputs

        shown = [(LINKS, self.tr("Reachable links")), (AREAS, self.tr("Accessible service areas"))]
        load_outputs(context, self.OUTPUT, [Result(f"{output}|layername={layer}", title, f"barrierfree_{layer}")
                                            for layer, title in shown if layer in layers],
                     group=self.tr("Batch run"))
