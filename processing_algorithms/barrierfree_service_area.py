"""digitaltwin:barrierfreeservicearea: what each mobility profile reaches from facilities (stations, shelters,
hospitals) within a distance or time, as links and an area, with the buildings and people served."""

import numpy as np
from qgis.core import (
    Qgis,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..plugin.barrierfree import analyses
from .barrierfree_common import BarrierFreeAlgorithm, engine_errors


class BarrierFreeServiceAreaAlgorithm(BarrierFreeAlgorithm):
    FACILITIES = "FACILITIES"
    FACILITY_ID = "FACILITY_ID"
    BUDGET_TYPE = "BUDGET_TYPE"
    BUDGET = "BUDGET"
    BUFFER = "BUFFER"
    BUILDINGS = "BUILDINGS"
    POPULATION_FIELD = "POPULATION_FIELD"
    AREA_COUNT = "AREA_COUNT"

    SHORT_DESCRIPTION = ("The area each profile can reach from facilities within a distance or time, and who it "
                         "serves.")
    TAGS = ("barrier-free", "service area", "catchment", "wheelchair", "isochrone")
    HELP = {
        "FACILITIES": "Point layer of the facilities to reach (stations, shelters, hospitals...). Each gets one area "
                      "per profile.",
        "FACILITY_ID": "Field naming each facility in the output. Empty: the feature id.",
        "BUDGET_TYPE": "Whether the budget is a walking distance in metres or a time in minutes at each profile's "
                       "speed.",
        "BUDGET": "How far from each facility: metres or minutes, as chosen above (default 800). Links partly within "
                  "it are cut at the budget.",
        "BUFFER": "Width in metres of the area drawn around the reachable links (0.1 to 500; default 25 m).",
        "BUILDINGS": "Optional building layer: buildings whose inside point lies in an area are counted as served by "
                     "it.",
        "POPULATION_FIELD": "Field of the buildings giving residents per building, summed per area. Empty: buildings "
                            "are counted, not people.",
        "OUTPUT": "The GeoPackage to write: 'service_areas' (one polygon per facility and profile, with reachable "
                  "length, buildings and population) and 'reachable_links'.",
    }

    def name(self):
        return "barrierfreeservicearea"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Accessible service area (barrier-free)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "For each facility and mobility profile: the links reachable within a distance (m) or time (min, at "
            "the profile's speed), partly reached links cut at the budget, and the area around them. Compare "
            "profiles to see where a wheelchair user's 10 minutes end compared with everyone else's.\n\n"
            "Inputs: the MLIT link and node layers (or OSM-style footways), a point layer of facilities "
            "(an id field names them), profiles, the unknown-data policy, the budget, the width of the area "
            "around the reachable links, and optionally a building layer (and its population field): buildings "
            "whose inside point lies in the area are counted as served.\n\n"
            "Output: a GeoPackage with 'service_areas' (one polygon per facility and profile: reachable length, "
            "buildings, population, budget, policy) and 'reachable_links' (3D lines, Z from floors).\n\n"
            "Example: qgis_process run digitaltwin:barrierfreeservicearea -- LINKS=links.geojson "
            "NODES=nodes.geojson FACILITIES=stations.gpkg PROFILE=0,4 BUDGET_TYPE=1 BUDGET=10 "
            "BUILDINGS=buildings.gpkg OUTPUT=areas.gpkg"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_network_parameters()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, self.tr("Facilities (stations, shelters, hospitals, ...)"),
            [Qgis.ProcessingSourceType.VectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.FACILITY_ID, self.tr("Facility name or id field"), parentLayerParameterName=self.FACILITIES,
            optional=True))
        self.add_profile_parameters(multiple=True)
        self.addParameter(QgsProcessingParameterEnum(
            self.BUDGET_TYPE, self.tr("Budget in"), options=[self.tr("Distance (m)"), self.tr("Time (min)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUDGET, self.tr("Budget"), Qgis.ProcessingNumberParameterType.Double, 800.0, minValue=0.001))
        buffer = QgsProcessingParameterNumber(
            self.BUFFER, self.tr("Area width around reachable links (m)"), Qgis.ProcessingNumberParameterType.Double,
            25.0, minValue=0.1, maxValue=500.0)
        buffer.setFlags(buffer.flags() | Qgis.ProcessingParameterFlag.Advanced)
        self.addParameter(buffer)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, self.tr("Buildings served (optional)"), [Qgis.ProcessingSourceType.VectorAnyGeometry],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field of the buildings"),
            parentLayerParameterName=self.BUILDINGS, type=Qgis.ProcessingFieldParameterDataType.Numeric, optional=True))
        self.add_output_parameters(self.tr("Service area GeoPackage"))
        self.addOutput(QgsProcessingOutputNumber(self.AREA_COUNT, self.tr("Service areas")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.barrierfree.qgis_outputs import write_geopackage

        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        progress = self.progress(feedback)
        with engine_errors():
            network = self.read_network(parameters, context, feedback)
            chosen = self.selected_profiles(parameters, context, feedback)
            policy = self.unknown_policy(parameters, context, feedback)
            facilities = self.read_facilities(parameters, self.FACILITIES, context, feedback,
                                              self.parameterAsString(parameters, self.FACILITY_ID, context))
            buildings = self._buildings(parameters, context, feedback)
            areas = analyses.service_areas(
                network, chosen, policy, facilities, self.parameterAsDouble(parameters, self.BUDGET, context),
                budget_is_time=self.parameterAsEnum(parameters, self.BUDGET_TYPE, context) == 1,
                buffer_m=self.parameterAsDouble(parameters, self.BUFFER, context), buildings=buildings,
                floor_height=self.parameterAsDouble(parameters, self.FLOOR_HEIGHT, context),
                progress=progress.sub(0.0, 0.9))
            write_geopackage(output, service_area_layers(areas, policy),
                             overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context))
        for area in areas:
            feedback.pushInfo(self.tr("{0} / {1}: {2:.0f} m of links reachable, {3} buildings, population {4:.0f}")
                              .format(area.facility.id, area.profile.label, area.reachable_length_m,
                                      area.buildings, area.population))
        self.load_layers(context, output, [("reachable_links", self.tr("Reachable links"), "reachable_links"),
                                           ("service_areas", self.tr("Accessible service areas"), "service_areas")])
        return self.with_credits(parameters, context, {self.OUTPUT: output, self.AREA_COUNT: len(areas)})

    def _buildings(self, parameters, context, feedback):
        from ..plugin.barrierfree.qgis_network import jgd2011

        if not parameters.get(self.BUILDINGS):
            return None
        source = self.parameterAsSource(parameters, self.BUILDINGS, context)
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        ids, points, population = [], [], []
        for feature, geometry in self.features_with_geometry(source, jgd2011(), context, feedback, self.BUILDINGS):
            point = geometry.pointOnSurface().asPoint()
            ids.append(feature.id())
            points.append((point.x(), point.y()))
            value = feature[population_field] if population_field else None
            population.append(float(value) if value not in (None, "") and not _is_null(value) else np.nan)
        return analyses.Buildings(ids, np.array(points, dtype=float).reshape(-1, 2), np.array(population))


def _is_null(value):
    return hasattr(value, "isNull") and value.isNull()


def service_area_layers(areas, policy):
    from ..plugin.barrierfree.qgis_outputs import INTEGER, REAL, TEXT, OutputLayer

    polygons = OutputLayer("service_areas", Qgis.WkbType.MultiPolygon, [
        ("facility", TEXT), ("profile", TEXT), ("profile_label", TEXT), ("budget_m", REAL),
        ("reachable_length_m", REAL), ("buildings", INTEGER), ("population", REAL), ("unknown_policy", TEXT),
        ("facility_snap_m", REAL)])
    links = OutputLayer("reachable_links", Qgis.WkbType.MultiLineStringZ, [
        ("facility", TEXT), ("profile", TEXT), ("link_id", TEXT), ("reached_m", REAL), ("whole_link", INTEGER)])
    for area in areas:
        polygons.rows.append((area.area, [
            area.facility.id, area.profile.id, area.profile.label, area.budget_m, area.reachable_length_m,
            area.buildings, area.population, policy, area.snap_m]))
        links.rows.extend((geometry, [area.facility.id, area.profile.id, link_id, reached, int(whole)])
                          for link_id, reached, whole, geometry in area.links)
    return [polygons, links]
