"""digitaltwin:barrierfreeimport: read an MLIT pedestrian network (or OSM-style footways), detect the code set,
validate it, and write it as 3D GeoPackage layers with each profile's access on every link."""

import csv

from qgis.core import (
    Qgis,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
)

from ..plugin.barrierfree import codes
from ..plugin.barrierfree import profiles as profile_rules
from ..plugin.safe_io import atomic_output
from .barrierfree_common import BarrierFreeAlgorithm, engine_errors


class BarrierFreeImportAlgorithm(BarrierFreeAlgorithm):
    REPORT = "REPORT"
    CODE_SET_FOUND = "CODE_SET_FOUND"
    NODE_COUNT = "NODE_COUNT"
    LINK_COUNT = "LINK_COUNT"
    ISSUE_COUNT = "ISSUE_COUNT"

    SHORT_DESCRIPTION = "Reads and validates an MLIT or OSM pedestrian network into a 3D GeoPackage."
    TAGS = ("barrier-free", "pedestrian network", "MLIT", "OSM", "validation")
    HELP = {
        "OUTPUT": "The GeoPackage to write: 'links' (3D lines with the physical ranges behind the codes and each "
                  "shipped profile's open/closed/unknown), 'nodes' and 'issues'.",
        "REPORT": "Optional CSV copy of the validation findings (dangling links, unknown codes, missing floors, "
                  "elevators that do not change floor, duplicate ids).",
    }

    def name(self):
        return "barrierfreeimport"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Import and validate pedestrian network (barrier-free)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Reads MLIT pedestrian network data (歩行空間ネットワークデータ: link and node layers as GeoJSON, "
            "Shapefile, GeoPackage or CSV with lat/lon) or OSM-style footway lines (highway=steps, incline, "
            "kerb:height, width, oneway, tactile_paving), detects the code set (2018, 2024 or OSM; choose it "
            "yourself when a 2024 file uses no 2024-only code) and validates it: dangling links, codes outside "
            "the code set (treated as unknown), missing floors, elevators that do not change floor, duplicate "
            "ids.\n\n"
            "Output: a GeoPackage with 'links' (3D lines, Z from floors; the physical ranges behind the codes "
            "and, for every shipped profile, 'open', 'closed' or 'unknown'), 'nodes' (3D points with floor) and "
            "'issues' (the validation report), plus the report as CSV when asked.\n\n"
            "Example: qgis_process run digitaltwin:barrierfreeimport -- LINKS=link.shp NODES=node.shp "
            "OUTPUT=network.gpkg REPORT=report.csv"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_network_parameters()
        self.add_output_parameters(self.tr("Network GeoPackage"))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Validation report (CSV)"), self.tr("CSV (*.csv)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputString(self.CODE_SET_FOUND, self.tr("Code set")))
        for name, description in [(self.NODE_COUNT, self.tr("Nodes")), (self.LINK_COUNT, self.tr("Links")),
                                  (self.ISSUE_COUNT, self.tr("Validation findings"))]:
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.barrierfree.qgis_outputs import write_geopackage

        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context) if parameters.get(self.REPORT) else ""
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        with engine_errors():
            network = self.read_network(parameters, context, feedback)
            floor_height = self.parameterAsDouble(parameters, self.FLOOR_HEIGHT, context)
            write_geopackage(output, network_layers(network, floor_height), overwrite=overwrite)
            if report:
                write_report(report, network, overwrite)
        for issue in network.issues[:50]:
            feedback.pushInfo(f"{issue.severity}: {issue.feature}: {issue.message}")
        if len(network.issues) > 50:
            feedback.pushInfo(self.tr("... and {0} more findings in the 'issues' layer")
                              .format(len(network.issues) - 50))
        self.load_layers(context, output, [("nodes", self.tr("Pedestrian nodes"), "nodes"),
                                           ("links", self.tr("Pedestrian links"), "links")])
        results = {self.OUTPUT: output, self.CODE_SET_FOUND: network.code_set, self.NODE_COUNT: network.node_count,
                   self.LINK_COUNT: network.link_count, self.ISSUE_COUNT: len(network.issues)}
        if report:
            results[self.REPORT] = report
        return results


def _range(pair, unit):
    low, high = pair
    return "unknown" if low != low else profile_rules.range_text(low, high, unit)


def access_states(network, profile):
    """'open', 'closed' or 'unknown' (open only if unknown data is taken as passable) per link."""
    rules = profile_rules.link_rules(network, profile)
    states = []
    for link in range(network.link_count):
        if any(fails[link] for fails, _unknown in rules.values()):
            states.append("closed")
        elif any(unknown[link] for _fails, unknown in rules.values()):
            states.append("unknown")
        else:
            states.append("open")
    return states


def network_layers(network, floor_height):
    import shapely

    from ..plugin.barrierfree.analyses import link_line_3d
    from ..plugin.barrierfree.qgis_outputs import INTEGER, REAL, TEXT, OutputLayer

    shipped = profile_rules.load_profiles()
    links = OutputLayer("links", Qgis.WkbType.LineStringZ, [
        ("link_id", TEXT), ("start_id", TEXT), ("end_id", TEXT), ("length_m", REAL), ("route_type", INTEGER),
        ("link_type", TEXT), ("direction", INTEGER), ("width", TEXT), ("step", TEXT), ("slope", TEXT),
        ("slope_sense", INTEGER), ("rank", TEXT), ("elevator", INTEGER), ("code_set", TEXT)]
        + [(f"access_{profile_id}", TEXT) for profile_id in shipped])
    states = [access_states(network, profile) for profile in shipped.values()]
    for i in range(network.link_count):
        links.rows.append((shapely.LineString(link_line_3d(network, i, floor_height)), [
            network.link_ids[i], network.node_ids[network.link_start[i]], network.node_ids[network.link_end[i]],
            network.link_length[i], network.route_type[i], codes.ROUTE_TYPE_NAMES.get(int(network.route_type[i])),
            network.direction[i], _range(network.width[i], "m"), _range(network.step[i], "cm"),
            _range(network.slope[i], "%"),
            network.slope_sense[i], network.rank[i], network.elevator[i], network.code_set,
            *[profile_states[i] for profile_states in states]]))
    nodes = OutputLayer("nodes", Qgis.WkbType.PointZ, [("node_id", TEXT), ("floor", REAL)])
    z = network.node_z(floor_height)
    nodes.rows.extend((shapely.Point(lon, lat, height), [node_id, floor]) for node_id, (lon, lat), height, floor
                      in zip(network.node_ids, network.node_lonlat, z, network.node_floor, strict=True))
    issues = OutputLayer("issues", Qgis.WkbType.NoGeometry,
                         [("severity", TEXT), ("kind", TEXT), ("feature", TEXT), ("message", TEXT)])
    issues.rows.extend((None, [issue.severity, issue.kind, issue.feature, issue.message]) for issue in network.issues)
    return [links, nodes, issues]


def write_report(path, network, overwrite):
    with atomic_output(path, overwrite=overwrite) as tmp, open(tmp, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(["severity", "kind", "feature", "message"])
        writer.writerow(["info", "summary", network.source, network.summary()])
        for issue in network.issues:
            writer.writerow([issue.severity, issue.kind, issue.feature, issue.message])
