"""digitaltwin:barrierfreeroute: the accessible route between two points for a mobility profile, and the barriers
on the plain shortest route that forced the detour."""

from qgis.core import (
    Qgis,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
)

from ..plugin.barrierfree import analyses
from .barrierfree_common import BarrierFreeAlgorithm, engine_errors, finite


class BarrierFreeRouteAlgorithm(BarrierFreeAlgorithm):
    ORIGIN = "ORIGIN"
    DESTINATION = "DESTINATION"
    ORIGIN_FLOOR = "ORIGIN_FLOOR"
    DESTINATION_FLOOR = "DESTINATION_FLOOR"
    LENGTH_M = "LENGTH_M"
    TIME_MIN = "TIME_MIN"
    PLAIN_LENGTH_M = "PLAIN_LENGTH_M"
    DETOUR_FACTOR = "DETOUR_FACTOR"
    BARRIER_COUNT = "BARRIER_COUNT"
    REACHABLE = "REACHABLE"

    SHORT_DESCRIPTION = ("Finds the shortest route a wheelchair, stroller or cane user can take, and the barriers on "
                         "the plain route.")
    TAGS = ("barrier-free", "route", "wheelchair", "stroller", "shortest path")
    HELP = {
        "ORIGIN": "Where the route starts (any CRS). It is snapped to the nearest network node, at most 500 m away.",
        "DESTINATION": "Where the route ends (any CRS). It is snapped to the nearest network node, at most 500 m "
                       "away.",
        "ORIGIN_FLOOR": "Floor of the origin where several floors are stacked (e.g. a station): the nearest node on "
                        "that floor is used. Empty: the ground floor.",
        "DESTINATION_FLOOR": "Floor of the destination where several floors are stacked: the nearest node on that "
                             "floor is used. Empty: the ground floor.",
        "OUTPUT": "The GeoPackage to write: 'route' (length, time at the profile's speed, detour factor), "
                  "'plain_route' and 'barriers' (links of the plain route closed to the profile, with reasons).",
    }

    def name(self):
        return "barrierfreeroute"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Accessible route (barrier-free)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Finds the shortest route a mobility profile can use between two points on an MLIT pedestrian network "
            "(歩行空間ネットワークデータ, 2018 or 2024 code set) or OSM-style footways, and shows what the plain "
            "shortest route would have asked of the user.\n\n"
            "Inputs: the link and node layers (GeoJSON, Shapefile, GeoPackage or CSV with lat/lon; any CRS), the "
            "origin and destination (snapped to the nearest node, at most 500 m away), a profile (manual or "
            "electric wheelchair, stroller, cane or walker, visually impaired; limits in "
            "resources/barrierfree_profiles.json, your own file or the project), and what unknown data (99 / X, or "
            "a 2018 code too coarse for the limit) means: passable or barrier.\n\n"
            "Output: a GeoPackage with 'route' (3D line, Z = floor x storey height; length, time at the profile's "
            "speed, detour factor, unknown links used), 'plain_route' (shortest route ignoring barriers) and "
            "'barriers' (the links of the plain route closed to the profile, with the reasons).\n\n"
            "Example: qgis_process run digitaltwin:barrierfreeroute -- LINKS=links.geojson NODES=nodes.geojson "
            "ORIGIN='139.7000,35.6800 [EPSG:6668]' DESTINATION='139.7016,35.6800 [EPSG:6668]' PROFILE=0 "
            "UNKNOWN_POLICY=1 OUTPUT=route.gpkg"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_network_parameters()
        self.addParameter(QgsProcessingParameterPoint(self.ORIGIN, self.tr("Origin")))
        self.addParameter(QgsProcessingParameterPoint(self.DESTINATION, self.tr("Destination")))
        for name, description in [(self.ORIGIN_FLOOR, self.tr("Origin floor (where floors are stacked)")),
                                  (self.DESTINATION_FLOOR, self.tr("Destination floor (where floors are stacked)"))]:
            floor = QgsProcessingParameterNumber(name, description, Qgis.ProcessingNumberParameterType.Double,
                                                 optional=True)
            floor.setFlags(floor.flags() | Qgis.ProcessingParameterFlag.Advanced)
            self.addParameter(floor)
        self.add_profile_parameters()
        self.add_output_parameters(self.tr("Route GeoPackage"))
        for name, description in [(self.LENGTH_M, self.tr("Route length (m)")),
                                  (self.TIME_MIN, self.tr("Route time (min)")),
                                  (self.PLAIN_LENGTH_M, self.tr("Plain shortest route length (m)")),
                                  (self.DETOUR_FACTOR, self.tr("Detour factor")),
                                  (self.BARRIER_COUNT, self.tr("Barriers on the plain route"))]:
            self.addOutput(QgsProcessingOutputNumber(name, description))
        self.addOutput(QgsProcessingOutputBoolean(self.REACHABLE, self.tr("Destination reachable")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.barrierfree.qgis_network import jgd2011
        from ..plugin.barrierfree.qgis_outputs import write_geopackage

        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        origin = self.parameterAsPoint(parameters, self.ORIGIN, context, jgd2011())
        destination = self.parameterAsPoint(parameters, self.DESTINATION, context, jgd2011())
        with engine_errors():
            network = self.read_network(parameters, context, feedback)
            profile = self.selected_profiles(parameters, context, feedback)[0]
            policy = self.unknown_policy(parameters, context, feedback)
            result = analyses.accessible_route(
                network, profile, policy, (origin.x(), origin.y()), (destination.x(), destination.y()),
                floor_height=self.parameterAsDouble(parameters, self.FLOOR_HEIGHT, context),
                origin_floor=self._floor(parameters, self.ORIGIN_FLOOR, context),
                destination_floor=self._floor(parameters, self.DESTINATION_FLOOR, context))
            write_geopackage(output, route_layers(result),
                             overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context))
        self._report(result, feedback)
        self.load_layers(context, output, [("barriers", self.tr("Barriers on the plain route"), "barriers"),
                                           ("route", self.tr("Accessible route"), "route"),
                                           ("plain_route", self.tr("Plain shortest route"), "plain_route")])
        return self.with_credits(parameters, context, {
            self.OUTPUT: output, self.LENGTH_M: finite(result.length_m), self.TIME_MIN: finite(result.time_min),
            self.PLAIN_LENGTH_M: finite(result.plain_length_m), self.DETOUR_FACTOR: finite(result.detour_factor),
            self.BARRIER_COUNT: len(result.barriers), self.REACHABLE: result.reachable})

    def _floor(self, parameters, name, context):
        return self.parameterAsDouble(parameters, name, context) if parameters.get(name) not in (None, "") else None

    def _report(self, result, feedback):
        if result.reachable:
            feedback.pushInfo(self.tr("{0}: {1:.0f} m, {2:.1f} min (plain route {3:.0f} m, detour factor {4:.2f})")
                              .format(result.profile.label, result.length_m, result.time_min,
                                      result.plain_length_m, result.detour_factor))
        else:
            feedback.pushWarning(self.tr("No accessible route for {0}: every way is closed by a barrier")
                                 .format(result.profile.label))
        for barrier in result.barriers:
            feedback.pushInfo(self.tr("Barrier on the plain route: link {0} ({1})")
                              .format(barrier.link_id, "; ".join(barrier.reasons)))
        if result.unknown_links_used:
            feedback.pushWarning(self.tr("The route uses {0} links whose data cannot tell if they are passable")
                                 .format(result.unknown_links_used))


def route_layers(result):
    from ..plugin.barrierfree.qgis_outputs import INTEGER, REAL, TEXT, OutputLayer

    profile = result.profile
    route = OutputLayer("route", Qgis.WkbType.LineStringZ, [
        ("profile", TEXT), ("profile_label", TEXT), ("reachable", INTEGER), ("length_m", REAL), ("time_min", REAL),
        ("plain_length_m", REAL), ("detour_factor", REAL), ("barriers", INTEGER), ("unknown_policy", TEXT),
        ("unknown_links_used", INTEGER), ("origin_snap_m", REAL), ("destination_snap_m", REAL), ("links", TEXT)])
    route.rows.append((result.geometry, [
        profile.id, profile.label, int(result.reachable), result.length_m, result.time_min, result.plain_length_m,
        result.detour_factor, len(result.barriers), result.unknown_policy, result.unknown_links_used,
        result.snap_m[0], result.snap_m[1], ",".join(result.link_ids)]))
    plain = OutputLayer("plain_route", Qgis.WkbType.LineStringZ,
                        [("length_m", REAL), ("time_min", REAL), ("barriers", INTEGER)])
    plain.rows.append((result.plain_geometry, [result.plain_length_m, result.plain_time_min, len(result.barriers)]))
    barriers = OutputLayer("barriers", Qgis.WkbType.LineStringZ, [
        ("order_on_route", INTEGER), ("link_id", TEXT), ("reasons", TEXT), ("distance_along_m", REAL),
        ("profile", TEXT), ("unknown_policy", TEXT)])
    barriers.rows.extend((barrier.geometry, [barrier.order, barrier.link_id, "; ".join(barrier.reasons),
                                             barrier.distance_along_m, profile.id, result.unknown_policy])
                         for barrier in result.barriers)
    return [route, plain, barriers]
