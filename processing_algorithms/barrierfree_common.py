"""What the barrier-free algorithms share: the network, profile and unknown-policy parameters, and loading the
GeoPackage layers they write, styled."""

from qgis.core import (
    Qgis,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..plugin.barrierfree import network as networks
from ..plugin.barrierfree import profiles as profile_rules
from ..plugin.errors import InputError, Words
from .base import DigitalTwinAlgorithm, engine_errors

CODE_SET_CHOICES = ["auto", "2018", "2024", "osm"]
PROFILE_ORIGINS = {"project": Words("project"), "shipped": Words("shipped")}  # where the profiles came from


def _null(value):
    return value is None or value == "" or (hasattr(value, "isNull") and value.isNull())


def _number(value):
    try:
        return None if _null(value) else float(value)
    except (TypeError, ValueError):
        return None


def finite(value):
    """A number for the result dict; None instead of NaN (no route), which JSON cannot carry."""
    return None if value is None or value != value else float(value)


class BarrierFreeAlgorithm(DigitalTwinAlgorithm):
    LINKS = "LINKS"
    NODES = "NODES"
    CODE_SET = "CODE_SET"
    PROFILE = "PROFILE"
    PROFILES_FILE = "PROFILES_FILE"
    PROFILE_ID = "PROFILE_ID"
    UNKNOWN_POLICY = "UNKNOWN_POLICY"
    FLOOR_HEIGHT = "FLOOR_HEIGHT"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"

    HELP = {
        "LINKS": "The pedestrian links: an MLIT pedestrian network link layer (2018 or 2024 code set) or OSM-style "
                 "footway lines (highway=steps, incline, kerb:height, width). Any vector format and CRS.",
        "NODES": "The MLIT node layer (node_id, floor): points, or a table with lat/lon columns. Needed for MLIT "
                 "data; leave empty for OSM-style lines, whose nodes are their end points.",
        "CODE_SET": "Which code table the link attributes follow. Detect (default) reads it from the codes found; "
                    "choose MLIT 2024 yourself when a 2024 file uses no 2024-only code.",
        "PROFILE": "Who is moving: each profile sets the limits a link must meet (step height, slope, width, stairs) "
                   "and the walking speed used for times. Limits come from the profiles file, the project or the "
                   "shipped set.",
        "UNKNOWN_POLICY": "What a link means when its data cannot tell whether the profile passes (code 99 / X, or a "
                          "2018 code too coarse for the limit). Treat as barriers (default) is the safe choice for "
                          "wheelchair routes.",
        "PROFILES_FILE": "A JSON file of your own mobility profiles (the format of "
                         "resources/barrierfree_profiles.json). Empty: the profiles stored in the project, else the "
                         "shipped ones.",
        "PROFILE_ID": "The id of a profile in your profiles file, used instead of the profile chosen in the list. "
                      "Empty: the list's choice.",
        "FLOOR_HEIGHT": "Height of one storey in metres, used to give links and nodes a Z value (floor × height) for "
                        "the 3D view. Default 3.5 m.",
    }

    def group(self):
        return self.tr("Barrier-free")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "barrierfree"

    # ------------------------------------------------------------------------------------------------ parameters

    def add_network_parameters(self):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LINKS, self.tr("Links (MLIT link layer, or OSM-style footway lines)"),
            [Qgis.ProcessingSourceType.Vector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NODES, self.tr("Nodes (MLIT node layer; points or a table with lat/lon)"),
            [Qgis.ProcessingSourceType.Vector], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.CODE_SET, self.tr("Code set"),
            options=[self.tr("Detect"), self.tr("MLIT 2018"), self.tr("MLIT 2024"), self.tr("OSM footway tags")],
            defaultValue=0))

    def add_profile_parameters(self, multiple=False):
        from ..plugin.i18n import user_language

        japanese = user_language() == "ja"  # the profile file carries both names
        labels = [profile.label_ja if japanese and profile.label_ja else profile.label
                  for profile in profile_rules.load_profiles().values()]
        self.addParameter(QgsProcessingParameterEnum(
            self.PROFILE, self.tr("Mobility profiles") if multiple else self.tr("Mobility profile"), options=labels,
            allowMultiple=multiple, defaultValue=[0] if multiple else 0))
        self.addParameter(QgsProcessingParameterEnum(
            self.UNKNOWN_POLICY, self.tr("Links whose data is unknown (99 / X) or too coarse to tell"),
            options=[self.tr("Treat as passable"), self.tr("Treat as barriers")], defaultValue=1))
        advanced = [
            QgsProcessingParameterFile(
                self.PROFILES_FILE, self.tr("Own profiles (JSON; default: stored in the project, else shipped)"),
                extension="json", optional=True),
            QgsProcessingParameterString(
                self.PROFILE_ID, self.tr("Profile id from your profiles file, instead of the list above"),
                optional=True),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | Qgis.ProcessingParameterFlag.Advanced)
            self.addParameter(parameter)

    def add_output_parameters(self, description):
        height = QgsProcessingParameterNumber(
            self.FLOOR_HEIGHT, self.tr("Storey height for Z (m per floor)"), Qgis.ProcessingNumberParameterType.Double,
            networks.FLOOR_HEIGHT_M, minValue=0.0, maxValue=20.0)
        height.setFlags(height.flags() | Qgis.ProcessingParameterFlag.Advanced)
        self.addParameter(height)
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, description, self.tr("GeoPackage (*.gpkg)")))

    # --------------------------------------------------------------------------------------------------- reading

    def read_network(self, parameters, context, feedback):
        from ..plugin.barrierfree import qgis_network

        links = self.parameterAsSource(parameters, self.LINKS, context)
        if links is None:
            raise InputError("the links layer could not be opened")
        nodes = self.parameterAsSource(parameters, self.NODES, context) if parameters.get(self.NODES) else None
        code_set = CODE_SET_CHOICES[self.parameterAsEnum(parameters, self.CODE_SET, context)]
        network = qgis_network.network_from_layers(
            links, nodes, code_set, context.transformContext(),
            links_layer=self.parameterAsVectorLayer(parameters, self.LINKS, context),
            nodes_layer=self.parameterAsVectorLayer(parameters, self.NODES, context) if nodes is not None else None,
            feedback=feedback)
        feedback.pushInfo(network.summary())
        if network.issues:
            feedback.pushWarning(self.tr("{0} validation findings: run 'Import and validate pedestrian network' "
                                         "for the full report").format(len(network.issues)))
        return network

    def unknown_policy(self, parameters, context, feedback):
        """The policy given; left out (a batch run), the one saved with the project's profiles."""
        if parameters.get(self.UNKNOWN_POLICY) in (None, ""):
            from ..plugin.barrierfree import qgis_network

            policy = qgis_network.project_unknown_policy(context.project())
        else:
            policy = profile_rules.UNKNOWN_POLICIES[self.parameterAsEnum(parameters, self.UNKNOWN_POLICY, context)]
        feedback.pushInfo(self.tr("Unknown or too coarse data is treated as: {0}").format(policy))
        return policy

    def selected_profiles(self, parameters, context, feedback):
        """The chosen profiles, taken from the profiles file, the project or the shipped set (in that order)."""
        from ..plugin.barrierfree import qgis_network

        available, origin = qgis_network.available_profiles(
            self.parameterAsFile(parameters, self.PROFILES_FILE, context), context.project())
        wanted_id = self.parameterAsString(parameters, self.PROFILE_ID, context).strip()
        shipped_ids = profile_rules.shipped_profile_ids()
        wanted = [wanted_id] if wanted_id else \
            [shipped_ids[index] for index in self.parameterAsEnums(parameters, self.PROFILE, context)]
        missing = [profile_id for profile_id in wanted if profile_id not in available]
        if missing:
            raise InputError("profile '{missing}' is not in the {origin} profiles (available: {available})",
                             field="profiles", missing=missing[0], origin=PROFILE_ORIGINS.get(origin, origin),
                             available=', '.join(available))
        feedback.pushInfo(self.tr("Profiles ({0}): {1}").format(origin, ", ".join(wanted)))
        return [available[profile_id] for profile_id in wanted]

    def read_facilities(self, parameters, name, context, feedback, id_field=""):
        """Points of a facility layer in EPSG:6668, named by id_field; 'node_id' and 'floor' fields, when the layer
        has them, say which network node (or floor) each facility stands on."""
        from ..plugin.barrierfree.analyses import Facility
        from ..plugin.barrierfree.qgis_network import jgd2011

        source = self.parameterAsSource(parameters, name, context)
        names = source.fields().names()
        facilities = []
        for feature, geometry in self.features_with_geometry(source, jgd2011(), context, feedback, name):
            point = geometry.centroid().asPoint()
            label = feature[id_field] if id_field else None
            floor = _number(feature["floor"]) if "floor" in names else None
            node_id = feature["node_id"] if "node_id" in names and not _null(feature["node_id"]) else None
            facilities.append(Facility(str(feature.id() if _null(label) else label), (point.x(), point.y()),
                                       floor=floor, node_id=node_id))
        if not facilities:
            raise InputError("the facility layer has no point", field=name)
        return facilities

    # --------------------------------------------------------------------------------------------------- loading

    def load_layers(self, context, output, layers):
        """Load each (layer name in the GeoPackage, display name, style), top of the map first, when the run
        completes, in the group "Barrier-free"; style: resources/styles/barrierfree_<style>.qml."""
        from ..plugin.qgis_results import Result, load_outputs

        load_outputs(context, self.OUTPUT, [Result(f"{output}|layername={layer_name}", display_name,
                                                   f"barrierfree_{style}")
                                            for layer_name, display_name, style in layers],
                     group=self.group())


__all__ = ["BarrierFreeAlgorithm", "engine_errors", "finite"]
