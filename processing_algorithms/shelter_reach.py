"""digitaltwin:shelterreach: the residents of exposed buildings to the nearest suitable shelter, within a distance
budget; each shelter's load against its capacity, and who is beyond reach."""

import numpy as np
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QMetaType

from ..plugin.flood.qgis_layers import metric_crs, numbers, read_features, strings
from ..plugin.shelters.gsi import read_gsi_csv
from ..plugin.shelters.reach import HAZARD_DESIGNATIONS, NO_SHELTER, assign_residents, designation, route_distances
from .barrierfree_common import BarrierFreeAlgorithm
from .base import engine_errors

HAZARDS = list(HAZARD_DESIGNATIONS)
GSI_CRS = "EPSG:6668"  # GSI's 緯度 / 経度 and the barrier-free network's lon/lat: JGD2011
BUILDING_FIELDS = [("shelter", QMetaType.Type.QString), ("shelter_distance_m", QMetaType.Type.Double),
                   ("unreached", QMetaType.Type.Int)]
SHELTER_FIELDS = [("shelter", QMetaType.Type.QString), ("suitable", QMetaType.Type.Int),
                  ("capacity_persons", QMetaType.Type.Double), ("load_persons", QMetaType.Type.Double),
                  ("excess_persons", QMetaType.Type.Double)]


class ShelterReachAlgorithm(BarrierFreeAlgorithm):
    BUILDINGS = "BUILDINGS"
    HAZARD = "HAZARD"
    RANK_FIELD = "RANK_FIELD"
    RESIDENTS_FIELD = "RESIDENTS_FIELD"
    SHELTER_CSV = "SHELTER_CSV"
    SHELTERS = "SHELTERS"
    SHELTER_NAME_FIELD = "SHELTER_NAME_FIELD"
    SUITABLE_FIELD = "SUITABLE_FIELD"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    BUDGET_M = "BUDGET_M"
    OUTPUT = "OUTPUT"
    SHELTER_OUTPUT = "SHELTER_OUTPUT"

    SHORT_DESCRIPTION = "Who can reach a suitable shelter, and will it hold them?"
    TAGS = ("shelter", "evacuation", "避難場所", "flood", "tsunami", "PLATEAU", "GSI")
    HELP = {
        "BUILDINGS": "Buildings with their exposure, e.g. the output of 'Flood exposure of buildings' (flood_rank, "
                     "residents, hazard).",
        "HAZARD": "The hazard: residents go only to shelters designated for it (river and reservoir floods: 洪水, "
                  "inland flood: 内水氾濫, tsunami: 津波, high tide: 高潮, landslide: 崖崩れ、土石流及び地滑り). "
                  "Buildings with a hazard field count as exposed only for this hazard.",
        "RANK_FIELD": "Field of the buildings with the rank: exposed when above 0 (default flood_rank).",
        "RESIDENTS_FIELD": "Field of the buildings with their residents (default residents).",
        "SHELTER_CSV": "GSI's 指定緊急避難場所 CSV (Shift_JIS or UTF-8): each site with its hazard flags.",
        "SHELTERS": "Or a point layer of shelters (PLATEAU shelter data, any points).",
        "SHELTER_NAME_FIELD": "Field of the shelter layer naming each shelter. Empty: the feature id.",
        "SUITABLE_FIELD": "Field of the shelter layer saying (1 / true) that a shelter suits the hazard. Empty: all "
                          "do.",
        "CAPACITY_FIELD": "Field of the shelter layer with its capacity in persons. Empty: unknown.",
        "BUDGET_M": "Distance in metres (straight line, or along the network when one is given) beyond which "
                    "residents count as unable to reach a shelter (default 1000 m).",
        "LINKS": "Optional pedestrian network (MLIT links or OSM-style footways): given, distances are step-free "
                 "walking routes for the chosen mobility profile instead of straight lines.",
        "OUTPUT": "The buildings with their shelter, its distance and whether they are beyond reach.",
        "SHELTER_OUTPUT": "The shelters with their load against their capacity.",
    }

    def name(self):
        return "shelterreach"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Shelter reach and load")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Assigns the residents of every exposed building to the nearest shelter designated for the hazard, by "
            "straight-line distance from the building's centre, or by step-free walking distance for a mobility "
            "profile when a pedestrian network is given. Residents farther than the budget from every "
            "suitable shelter are counted as beyond reach and load no shelter. Capacity does not redirect anyone: "
            "each shelter's load is compared with its capacity, and the excess reported.\n\n"
            "Shelters: GSI's 指定緊急避難場所 CSV (with its hazard flags) or any point layer (suitability and "
            "capacity fields optional).\n\n"
            "Example: buildings from 'Flood exposure of buildings', hazard river flood, the city's GSI CSV, "
            "budget 1000 m.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, self.tr("Buildings with exposure"), [Qgis.ProcessingSourceType.VectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum(self.HAZARD, self.tr("Hazard"), HAZARDS, defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.RANK_FIELD, self.tr("Rank field (exposed when above 0)"), defaultValue="flood_rank",
            parentLayerParameterName=self.BUILDINGS, type=Qgis.ProcessingFieldParameterDataType.Numeric))
        self.addParameter(QgsProcessingParameterField(
            self.RESIDENTS_FIELD, self.tr("Residents field"), defaultValue="residents",
            parentLayerParameterName=self.BUILDINGS, type=Qgis.ProcessingFieldParameterDataType.Numeric))
        self.addParameter(QgsProcessingParameterFile(
            self.SHELTER_CSV, self.tr("GSI evacuation site CSV"), optional=True,
            fileFilter=self.tr("CSV (*.csv *.CSV)")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SHELTERS, self.tr("Or shelter points"), [Qgis.ProcessingSourceType.VectorPoint], optional=True))
        for key, label, numeric in ((self.SHELTER_NAME_FIELD, self.tr("Shelter name field"), False),
                                    (self.SUITABLE_FIELD, self.tr("Suitable field (1 = suits the hazard)"), False),
                                    (self.CAPACITY_FIELD, self.tr("Capacity field (persons)"), True)):
            self.addParameter(QgsProcessingParameterField(
                key, label, parentLayerParameterName=self.SHELTERS, optional=True,
                type=(Qgis.ProcessingFieldParameterDataType.Numeric if numeric
                      else Qgis.ProcessingFieldParameterDataType.Any)))
        self.add_network_parameters()
        links = self.parameterDefinition(self.LINKS)
        links.setFlags(links.flags() | Qgis.ProcessingParameterFlag.Optional)
        self.add_profile_parameters()
        self.addParameter(QgsProcessingParameterNumber(
            self.BUDGET_M, self.tr("Distance budget (m)"), Qgis.ProcessingNumberParameterType.Double, 1000.0,
            minValue=1.0))
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Buildings with their shelter"), Qgis.ProcessingSourceType.VectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SHELTER_OUTPUT, self.tr("Shelters with their load"), Qgis.ProcessingSourceType.VectorPoint))
        self.addOutput(QgsProcessingOutputNumber("REACHED_PERSONS", self.tr("Residents reaching a shelter")))
        self.addOutput(QgsProcessingOutputNumber("UNREACHED_PERSONS", self.tr("Residents beyond reach")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        buildings = self.parameterAsSource(parameters, self.BUILDINGS, context)
        shelter_layer = self.parameterAsSource(parameters, self.SHELTERS, context)
        csv_path = self.parameterAsFile(parameters, self.SHELTER_CSV, context)
        if bool(csv_path) == (shelter_layer is not None):
            raise QgsProcessingException(self.tr("Give either a GSI evacuation site CSV or a shelter point layer."))
        hazard = HAZARDS[self.parameterAsEnum(parameters, self.HAZARD, context)]
        crs = metric_crs(context, (buildings.sourceCrs(), buildings.sourceExtent()))
        rank_field = self.parameterAsString(parameters, self.RANK_FIELD, context)
        residents_field = self.parameterAsString(parameters, self.RESIDENTS_FIELD, context)
        hazard_field = "hazard" if buildings.fields().indexOf("hazard") >= 0 else ""
        with engine_errors():
            needed = designation(hazard)
            features, geometries, values = read_features(buildings, crs, context,
                                                         [rank_field, residents_field, hazard_field])
            present = np.array([geometry is not None for geometry in geometries])
            exposed = present & (np.nan_to_num(numbers(values[rank_field])) > 0)
            if hazard_field:
                exposed &= np.array([kind == hazard for kind in strings(values[hazard_field])])
            centres = np.array([(g.centroid.x, g.centroid.y) if g is not None else (np.nan, np.nan)
                                for g in geometries]).reshape(-1, 2)
            if csv_path:
                names, points, suitable, capacity = self._gsi_shelters(csv_path, crs, needed)
            else:
                names, points, suitable, capacity = self._layer_shelters(shelter_layer, parameters, context, crs)
            budget_m = self.parameterAsDouble(parameters, self.BUDGET_M, context)
            routes = self._route_distances(parameters, context, feedback, crs, centres, points, exposed, suitable) \
                if parameters.get(self.LINKS) else None
            reach = assign_residents(centres, numbers(values[residents_field]), exposed, shelter_xy=points,
                                     suitable=suitable, capacity=capacity, budget_m=budget_m, distances_m=routes)
        output = self._write_buildings(parameters, context, buildings, features, names, reach)
        shelters = self._write_shelters(parameters, context, crs, names, points, suitable, capacity, reach)
        feedback.pushInfo(self.tr("{} exposed buildings; {:.0f} residents reach a shelter within the budget, {:.0f} "
                                  "do not").format(int(exposed.sum()), reach.reached_persons, reach.unreached_persons))
        for index in np.flatnonzero(np.nan_to_num(reach.excess_persons) > 0):
            feedback.pushWarning(self.tr("{}: {:.0f} residents for a capacity of {:.0f}").format(
                names[index], reach.load_persons[index], capacity[index]))
        return {self.OUTPUT: output, self.SHELTER_OUTPUT: shelters, "REACHED_PERSONS": reach.reached_persons,
                "UNREACHED_PERSONS": reach.unreached_persons}

    def _route_distances(self, parameters, context, feedback, crs, centres, points, exposed, suitable):
        """Step-free walking distances (buildings x shelters) along the given network for the chosen profile; routed
        only from exposed buildings to suitable shelters (and never from a missing geometry), np.inf elsewhere, as
        assign_residents reads nothing else."""
        from pyproj import Transformer

        network = self.read_network(parameters, context, feedback)
        profile = self.selected_profiles(parameters, context, feedback)[0]
        policy = self.unknown_policy(parameters, context, feedback)
        rows = np.asarray(exposed, bool) & np.isfinite(centres).all(axis=1)
        columns = np.asarray(suitable, bool) & np.isfinite(points).all(axis=1)
        matrix = np.full((len(centres), len(points)), np.inf)
        if rows.any() and columns.any():
            to_lonlat = Transformer.from_crs(crs.authid(), GSI_CRS, always_xy=True)
            lonlat = [np.column_stack(to_lonlat.transform(xy[:, 0], xy[:, 1]))
                      for xy in (centres[rows], points[columns])]
            # unlimited: the distance is reported even beyond the budget
            matrix[np.ix_(rows, columns)] = route_distances(network, profile, policy, building_lonlat=lonlat[0],
                                                            shelter_lonlat=lonlat[1])
        return matrix

    def group(self):
        return self.tr("Flood")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "flood"

    @staticmethod
    def _gsi_shelters(path, crs, needed):
        from pyproj import Transformer

        sites = read_gsi_csv(path)
        to_metres = Transformer.from_crs(GSI_CRS, crs.authid(), always_xy=True)
        x, y = to_metres.transform([site.longitude for site in sites], [site.latitude for site in sites])
        capacity = [np.nan if site.capacity_persons is None else site.capacity_persons for site in sites]
        return ([site.name for site in sites], np.column_stack([x, y]), [site.suits(needed) for site in sites],
                np.array(capacity, float))

    def _layer_shelters(self, source, parameters, context, crs):
        keys = [self.parameterAsString(parameters, key, context)
                for key in (self.SHELTER_NAME_FIELD, self.SUITABLE_FIELD, self.CAPACITY_FIELD)]
        features, geometries, values = read_features(source, crs, context, keys)
        names = [str(value) for value in values[keys[0]]] if keys[0] else [str(f.id()) for f in features]
        suitable = [str(value).strip().lower() in ("1", "true", "yes") for value in values[keys[1]]] if keys[1] \
            else [True] * len(features)
        capacity = numbers(values[keys[2]]) if keys[2] else np.full(len(features), np.nan)
        points = np.array([(g.x, g.y) if g is not None else (np.nan, np.nan) for g in geometries]).reshape(-1, 2)
        return names, points, [s and g is not None for s, g in zip(suitable, geometries, strict=True)], \
            np.asarray(capacity, float)

    def _write_buildings(self, parameters, context, source, features, names, reach):
        fields = QgsFields(source.fields())
        for name, kind in BUILDING_FIELDS:
            if fields.indexOf(name) >= 0:
                fields.remove(fields.indexOf(name))
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                          source.sourceCrs())
        for index, feature in enumerate(features):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            for name in source.fields().names():
                if fields.indexOf(name) >= 0:
                    out[name] = feature[name]
            shelter = reach.shelter[index]
            out["shelter"] = names[shelter] if shelter != NO_SHELTER else None
            distance = reach.distance_m[index]
            out["shelter_distance_m"] = float(distance) if np.isfinite(distance) else None
            out["unreached"] = int(reach.unreached[index])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest

    def _write_shelters(self, parameters, context, crs, names, points, suitable, capacity, reach):
        fields = QgsFields()
        for name, kind in SHELTER_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.SHELTER_OUTPUT, context, fields, Qgis.WkbType.Point, crs)
        for index, name in enumerate(names):
            feature = QgsFeature(fields)
            if np.all(np.isfinite(points[index])):
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*map(float, points[index]))))
            excess = reach.excess_persons[index]
            feature.setAttributes([name, int(bool(suitable[index])),
                                   float(capacity[index]) if np.isfinite(capacity[index]) else None,
                                   float(reach.load_persons[index]), float(excess) if np.isfinite(excess) else None])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest
