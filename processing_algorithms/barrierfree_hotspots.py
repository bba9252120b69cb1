"""digitaltwin:barrierfreehotspots: the barrier links whose repair would most improve accessibility, ranked for a
"fix these first" map."""

from qgis.core import (
    Qgis,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..plugin.barrierfree import analyses
from .barrierfree_common import BarrierFreeAlgorithm, engine_errors, finite


class BarrierFreeHotspotsAlgorithm(BarrierFreeAlgorithm):
    FACILITIES = "FACILITIES"
    SAMPLES = "SAMPLES"
    SEED = "SEED"
    MAX_DETOUR = "MAX_DETOUR"
    TOP = "TOP"
    HOTSPOT_COUNT = "HOTSPOT_COUNT"
    MEAN_DETOUR_FACTOR = "MEAN_DETOUR_FACTOR"

    SHORT_DESCRIPTION = "Ranks the barrier links whose repair would shorten accessible trips the most."
    TAGS = ("barrier-free", "accessibility", "wheelchair", "pedestrian network", "detour")
    HELP = {
        "FACILITIES": "Optional point layer of facilities (stations, shelters...). Given: trips run from each "
                      "facility to sampled destinations (its catchment). Empty: random origins and destinations.",
        "SAMPLES": "Number of network nodes sampled as origins and destinations (2 to 2,000; default 100). More "
                   "samples give steadier scores and take longer.",
        "SEED": "Seed of the random sampling (default 0): the same seed on the same data gives the same ranking.",
        "MAX_DETOUR": "Detour factor counted for a pair that is unreachable or whose accessible route is longer than "
                      "this many times the plain shortest route (1.01 to 100; default 3).",
        "TOP": "Keep only the N links with the highest scores (default 0: every link whose repair improves at least "
               "one pair).",
        "OUTPUT": "The GeoPackage to write, with the layer 'hotspots': rank, score, pairs improved and reconnected, "
                  "and why each link is a barrier.",
    }

    def name(self):
        return "barrierfreehotspots"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Barrier hotspots (barrier-free)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Ranks the links closed to a mobility profile (stairs, steps, steep or narrow links, unusable "
            "elevators, and unknown data when the policy says barrier) by the accessibility they cost: for "
            "origin-destination pairs, the detour factor is the profile's distance / the plain shortest "
            "distance (unreachable pairs and detours beyond the cap count as the cap). A link's score is how much "
            "the mean detour factor would fall if that link alone were fixed; it is computed exactly for every "
            "barrier from two sets of shortest-path searches, not by trial.\n\n"
            "Inputs: the MLIT link and node layers (or OSM-style footways), a profile, the unknown-data policy, "
            "and either facilities (their catchments: facility -> sampled destinations) or random origin "
            "samples; the number of sampled nodes, the random seed (same seed, same answer) and the cap.\n\n"
            "Output: a GeoPackage layer 'hotspots' (3D lines): rank, score, pairs improved, pairs reconnected, "
            "the reasons the link is a barrier.\n\n"
            "Example: qgis_process run digitaltwin:barrierfreehotspots -- LINKS=links.geojson "
            "NODES=nodes.geojson PROFILE=0 SAMPLES=200 OUTPUT=hotspots.gpkg"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_network_parameters()
        self.add_profile_parameters()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, self.tr("Facilities for catchments (optional; default: random origins)"),
            [Qgis.ProcessingSourceType.VectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SAMPLES, self.tr("Sampled nodes (origins and destinations)"),
            Qgis.ProcessingNumberParameterType.Integer, 100, minValue=2, maxValue=2000))
        advanced = [
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), Qgis.ProcessingNumberParameterType.Integer,
                                         0, minValue=0),
            QgsProcessingParameterNumber(self.MAX_DETOUR, self.tr("Detour factor cap (unreachable counts as this)"),
                                         Qgis.ProcessingNumberParameterType.Double, 3.0, minValue=1.01, maxValue=100.0),
            QgsProcessingParameterNumber(self.TOP, self.tr("Keep the top N links (0 = all that matter)"),
                                         Qgis.ProcessingNumberParameterType.Integer, 0, minValue=0),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | Qgis.ProcessingParameterFlag.Advanced)
            self.addParameter(parameter)
        self.add_output_parameters(self.tr("Hotspot GeoPackage"))
        self.addOutput(QgsProcessingOutputNumber(self.HOTSPOT_COUNT, self.tr("Hotspot links")))
        self.addOutput(QgsProcessingOutputNumber(self.MEAN_DETOUR_FACTOR, self.tr("Mean detour factor")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.barrierfree.qgis_outputs import write_geopackage

        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        with engine_errors():
            network = self.read_network(parameters, context, feedback)
            profile = self.selected_profiles(parameters, context, feedback)[0]
            policy = self.unknown_policy(parameters, context, feedback)
            result = analyses.barrier_hotspots(
                network, profile, policy, origins=self.read_facilities(parameters, self.FACILITIES, context, feedback)
                if parameters.get(self.FACILITIES) else None,
                samples=self.parameterAsInt(parameters, self.SAMPLES, context),
                seed=self.parameterAsInt(parameters, self.SEED, context),
                max_detour=self.parameterAsDouble(parameters, self.MAX_DETOUR, context),
                floor_height=self.parameterAsDouble(parameters, self.FLOOR_HEIGHT, context),
                progress=self.progress(feedback))
            top = self.parameterAsInt(parameters, self.TOP, context)
            if top:
                result.hotspots = result.hotspots[:top]
            write_geopackage(output, [hotspot_layer(result)],
                             overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context))
        feedback.pushInfo(self.tr("{0} pairs, mean detour factor {1:.2f}, {2} unreachable; {3} hotspot links")
                          .format(result.pairs, result.mean_detour_factor, result.unreachable_pairs,
                                  len(result.hotspots)))
        self.load_layers(context, output, [("hotspots", self.tr("Barrier hotspots"), "hotspots")])
        return self.with_credits(parameters, context, {
            self.OUTPUT: output, self.HOTSPOT_COUNT: len(result.hotspots),
            self.MEAN_DETOUR_FACTOR: finite(result.mean_detour_factor)})


def hotspot_layer(result):
    from ..plugin.barrierfree.qgis_outputs import INTEGER, REAL, TEXT, OutputLayer

    layer = OutputLayer("hotspots", Qgis.WkbType.LineStringZ, [
        ("rank", INTEGER), ("link_id", TEXT), ("score", REAL), ("pairs_improved", INTEGER),
        ("pairs_reconnected", INTEGER), ("reasons", TEXT), ("profile", TEXT), ("unknown_policy", TEXT),
        ("pairs", INTEGER), ("mean_detour_factor", REAL)])
    layer.rows.extend((spot.geometry, [
        rank, spot.link_id, spot.score, spot.pairs_improved, spot.pairs_reconnected, "; ".join(spot.reasons),
        result.profile.id, result.unknown_policy, result.pairs, result.mean_detour_factor])
        for rank, spot in enumerate(result.hotspots, start=1))
    return layer
