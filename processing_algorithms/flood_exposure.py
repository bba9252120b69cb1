"""digitaltwin:floodexposure: buildings x flood hazard map -> per-building rank, depth, floors affected + a summary."""

import numpy as np
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QMetaType

from ..plugin.flood.exposure import RULES, Hazard, assess_scenarios
from ..plugin.flood.qgis_layers import metric_crs, numbers, read_features, source_as_is, strings
from ..plugin.flood.rasters import read_raster
from ..plugin.qgis_results import style_output
from .base import DigitalTwinAlgorithm, engine_errors

# Field names tried when the user leaves a hazard field empty: the CityGML loader's, then common MLIT/A31 names.
FIELD_GUESSES = {
    "RANK_FIELD": ("flood_rank", "rank", "A31_201", "浸水ランク", "area_type_code"),  # the last: lsld areas
    "DEPTH_FIELD": ("flood_depth", "depth", "浸水深"),
    "DURATION_FIELD": ("flood_duration", "duration"),
    "SCALE_FIELD": ("flood_scale", "scale", "規模"),
    "RIVER_FIELD": ("flood_river", "river", "河川名"),
    "HAZARD_FIELD": ("hazard",),
    "SCENARIO_FIELD": ("scenario",),
}
ALL_SCENARIOS = ""
OUTPUT_FIELDS = [("flood_rank", QMetaType.Type.Int), ("flood_rank_label", QMetaType.Type.QString),
                 ("flood_depth", QMetaType.Type.Double), ("flood_duration", QMetaType.Type.Double),
                 ("flood_scale", QMetaType.Type.QString), ("flood_river", QMetaType.Type.QString),
                 ("overlap_m2", QMetaType.Type.Double), ("overlap_share", QMetaType.Type.Double),
                 ("floors_affected", QMetaType.Type.Int), ("floor_area_m2", QMetaType.Type.Double),
                 ("residents", QMetaType.Type.Double), ("hazard", QMetaType.Type.QString),
                 ("scenario", QMetaType.Type.QString)]
SUMMARY_FIELDS = [("scale", QMetaType.Type.QString), ("rank", QMetaType.Type.Int),
                  ("rank_label", QMetaType.Type.QString), ("buildings", QMetaType.Type.Int),
                  ("floor_area_m2", QMetaType.Type.Double), ("residents", QMetaType.Type.Double),
                  ("hazard", QMetaType.Type.QString), ("scenario", QMetaType.Type.QString)]


class FloodExposureAlgorithm(DigitalTwinAlgorithm):
    BUILDINGS = "BUILDINGS"
    HAZARD = "HAZARD"
    RANK_FIELD = "RANK_FIELD"
    DEPTH_FIELD = "DEPTH_FIELD"
    DURATION_FIELD = "DURATION_FIELD"
    SCALE_FIELD = "SCALE_FIELD"
    RIVER_FIELD = "RIVER_FIELD"
    HAZARD_FIELD = "HAZARD_FIELD"
    SCENARIO_FIELD = "SCENARIO_FIELD"
    SCENARIO = "SCENARIO"
    HAZARD_RASTER = "HAZARD_RASTER"
    RULE = "RULE"
    STOREYS_FIELD = "STOREYS_FIELD"
    HEIGHT_FIELD = "HEIGHT_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    AREA_PER_PERSON = "AREA_PER_PERSON"
    STOREY_HEIGHT = "STOREY_HEIGHT"
    FIRST_FLOOR_HEIGHT = "FIRST_FLOOR_HEIGHT"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    SHORT_DESCRIPTION = ("Gives every building its flood rank, depth and floors under water, with a summary of "
                         "residents.")
    TAGS = ("flood", "exposure", "hazard map", "buildings", "PLATEAU", "inundation")
    HELP = {
        "BUILDINGS": "Building footprints (polygons), e.g. building_lod0 from 'Load PLATEAU CityGML'.",
        "HAZARD": "Hazard polygons with a rank and/or depth: PLATEAU fld, ifld, tnm, htd and rfld water bodies "
                  "(waterbody_lod1, rank or rankOrg) or lsld sediment-disaster areas (sedimentdisasterpronearea_lod1: "
                  "1 警戒, 2 特別警戒), MLIT A31 inundation areas or similar. Several hazards and scenarios may share "
                  "a layer: each is assessed alone.",
        "RANK_FIELD": "Field of the hazard layer with the flood rank 1 (<0.5 m) to 6 (≥20 m). Empty: guessed "
                      "(flood_rank, rank, A31_201, 浸水ランク).",
        "DEPTH_FIELD": "Field with the flood depth in metres. Empty: guessed (flood_depth, depth, 浸水深).",
        "DURATION_FIELD": "Field with how long the flood lasts, in hours. Empty: guessed (flood_duration, duration), "
                          "else left out.",
        "SCALE_FIELD": "Field with the rainfall scale (L1 planned, L2 maximum). Empty: guessed (flood_scale, scale, "
                       "規模).",
        "RIVER_FIELD": "Field with the river name. Empty: guessed (flood_river, river, 河川名).",
        "HAZARD_FIELD": "Field with the hazard (river_flood, tsunami, high_tide, inland_flood, reservoir_flood, "
                        "landslide). Empty: guessed (hazard), else one hazard.",
        "SCENARIO_FIELD": "Field with the scenario (river and scale, tsunami case ...). Empty: guessed (scenario), "
                          "else one scenario. Each hazard and scenario is assessed alone and summarised.",
        "SCENARIO": "Assess only this scenario (a value of the scenario field). Empty: every scenario; the "
                    "building columns then show the worst one (highest rank, then deepest) and name it.",
        "HAZARD_RASTER": "A flood depth raster (metres) used instead of polygons; ranks follow the GSI depth classes.",
        "RULE": "How a building gets its rank: the rank covering most of it (PLATEAU, default; ties go to the more "
                "dangerous rank) or the most dangerous rank touching it (InaSAFE).",
        "STOREYS_FIELD": "Field with the number of storeys above ground, for floors under water and floor area. "
                         "Empty: storeys from the height field (height / storey height, at least 1).",
        "HEIGHT_FIELD": "Field with the building height in metres, used for storeys when no storeys field is found.",
        "POPULATION_FIELD": "Field with residents per building. Empty: storeys × footprint / floor area per resident.",
        "AREA_PER_PERSON": "Floor area per resident in m², for residents when no population field is given (default "
                           "40 m²).",
        "STOREY_HEIGHT": "Height of one storey in metres, for floors under water and storeys from heights (default 3 "
                         "m).",
        "FIRST_FLOOR_HEIGHT": "Height of the ground floor above the ground, in metres (default 0.5 m): water "
                              "shallower than this leaves the ground floor dry.",
        "OUTPUT": "The buildings with their flood rank, depth, duration, scale, river, floors under water and "
                  "residents, styled with the GSI depth colours.",
        "SUMMARY": "A table per hazard, scenario, scale and rank: buildings, total floor area and estimated "
                   "residents.",
    }

    def name(self):
        return "floodexposure"

    def displayName(self):
        return self.tr("Flood exposure of buildings")

    def group(self):
        return self.tr("Flood")

    def groupId(self):
        return "flood"

    def shortHelpString(self):
        return self.tr(
            "Overlays buildings with a flood hazard map and gives every building its flood rank (1: <0.5 m ... "
            "6: ≥20 m), depth, duration, scale (L1/L2), river and the number of floors under water, plus a summary "
            "table per scale and rank: buildings, total floor area and estimated residents.\n\n"
            "Hazard: polygons (PLATEAU fld water bodies loaded with 'Load PLATEAU CityGML', MLIT A31 inundation "
            "areas, any layer with rank and/or depth fields; empty field choices are guessed from common names) or a "
            "depth raster. Several hazards and scenarios may share the layer (hazard and scenario fields, as PLATEAU "
            "fld, ifld, tnm, htd, rfld water bodies and lsld sediment-disaster areas have): each is assessed alone "
            "and summarised; the buildings show the worst and name it. 'Only this scenario' restricts the run.\n\n"
            "Rules: 'Largest overlap (PLATEAU)' takes the rank covering most of the building (a tie goes to the more "
            "dangerous rank) and the depth of the largest cell of that rank; 'Highest class touching (InaSAFE)' takes "
            "the most dangerous rank overlapping the building at all.\n\n"
            "Residents come from a population field, else storeys x footprint / area per person. Floors affected: "
            "the ground floor stands 0.5 m above ground, each storey 3 m (editable).\n\n"
            "Example: buildings of building_lod0 and waterbody_lod1 from the same PLATEAU city, rule PLATEAU -> "
            "buildings styled with the GSI depth colours, and a summary ready for a report."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, self.tr("Buildings"), [Qgis.ProcessingSourceType.VectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HAZARD, self.tr("Flood hazard polygons"), [Qgis.ProcessingSourceType.VectorPolygon], optional=True))
        for key, label in ((self.RANK_FIELD, self.tr("Rank field (1-6)")),
                           (self.DEPTH_FIELD, self.tr("Depth field (m)")),
                           (self.DURATION_FIELD, self.tr("Duration field (h)")),
                           (self.SCALE_FIELD, self.tr("Scale field (L1/L2)")),
                           (self.RIVER_FIELD, self.tr("River field")),
                           (self.HAZARD_FIELD, self.tr("Hazard field")),
                           (self.SCENARIO_FIELD, self.tr("Scenario field"))):
            self.addParameter(QgsProcessingParameterField(key, label, parentLayerParameterName=self.HAZARD,
                                                          optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SCENARIO, self.tr("Only this scenario (empty = every scenario, buildings show the worst)"),
            defaultValue=ALL_SCENARIOS, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.HAZARD_RASTER, self.tr("Flood depth raster (instead of polygons)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.RULE, self.tr("Rule"),
            [self.tr("Largest overlap (PLATEAU)"), self.tr("Highest class touching (InaSAFE)")], defaultValue=0))
        for key, label in ((self.STOREYS_FIELD, self.tr("Storeys field")),
                           (self.HEIGHT_FIELD, self.tr("Height field (m)")),
                           (self.POPULATION_FIELD, self.tr("Population field"))):
            self.addParameter(QgsProcessingParameterField(
                key, label, parentLayerParameterName=self.BUILDINGS, type=Qgis.ProcessingFieldParameterDataType.Numeric,
                optional=True))
        for key, label, default in ((self.AREA_PER_PERSON, self.tr("Floor area per resident (m²)"), 40.0),
                                    (self.STOREY_HEIGHT, self.tr("Storey height (m)"), 3.0),
                                    (self.FIRST_FLOOR_HEIGHT, self.tr("Ground floor level above ground (m)"), 0.5)):
            self.addParameter(QgsProcessingParameterNumber(
                key, label, Qgis.ProcessingNumberParameterType.Double, default, minValue=0.0))
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Buildings with flood exposure"),
                                                            Qgis.ProcessingSourceType.VectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(self.SUMMARY, self.tr("Exposure summary"),
                                                            Qgis.ProcessingSourceType.Vector))
        self.addOutput(QgsProcessingOutputNumber("EXPOSED_BUILDINGS", self.tr("Exposed buildings")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        progress = self.progress(feedback)
        buildings = source_as_is(self, parameters, self.BUILDINGS, context)
        hazard_source = source_as_is(self, parameters, self.HAZARD, context)
        hazard_raster = self.parameterAsRasterLayer(parameters, self.HAZARD_RASTER, context)
        if (hazard_source is None) == (hazard_raster is None):
            raise QgsProcessingException(self.tr("Give either flood hazard polygons or a flood depth raster."))
        candidates = [(hazard_raster.crs(), hazard_raster.extent())] if hazard_raster else []
        candidates += [(buildings.sourceCrs(), buildings.sourceExtent())]
        if hazard_source is not None:
            candidates += [(hazard_source.sourceCrs(), hazard_source.sourceExtent())]
        crs = metric_crs(context, *candidates)
        if hazard_raster is not None and hazard_raster.crs() != crs:
            raise QgsProcessingException(self.tr("The depth raster must be in a projected CRS (metres)."))
        building_fields = [self.parameterAsString(parameters, key, context)
                           for key in (self.STOREYS_FIELD, self.HEIGHT_FIELD, self.POPULATION_FIELD)]
        with engine_errors():
            features, geometries, values = read_features(buildings, crs, context, building_fields,
                                                         progress.sub(0.0, 0.3))
            present = np.array([g is not None for g in geometries], dtype=bool)
            self.report_without_geometry(feedback, len(present) - int(present.sum()), self.BUILDINGS)
            if not present.any():
                raise QgsProcessingException(self.tr("The buildings layer (BUILDINGS) has no building with a "
                                                     "geometry: nothing to assess."))
            if hazard_raster is not None:
                scenarios = {(None, None): Hazard.from_depth_raster(
                    read_raster(hazard_raster.source(), square_cells=False), geometries[present])}
            else:
                scenarios = self._hazard_from_polygons(hazard_source, parameters, context, crs,
                                                       progress.sub(0.3, 0.5))
            feedback.pushInfo(self.tr("{} buildings, {} hazard cells in {} scenario(s), CRS {}").format(
                len(features), sum(len(hazard.rank) for hazard in scenarios.values()), len(scenarios),
                crs.authid()))
            result = assess_scenarios(
                geometries[present], scenarios, rule=RULES[self.parameterAsEnum(parameters, self.RULE, context)],
                storeys=self._column(values, building_fields[0], present),
                heights=self._column(values, building_fields[1], present),
                population=self._column(values, building_fields[2], present),
                area_per_person=self.parameterAsDouble(parameters, self.AREA_PER_PERSON, context),
                storey_height=self.parameterAsDouble(parameters, self.STOREY_HEIGHT, context),
                first_floor_height=self.parameterAsDouble(parameters, self.FIRST_FLOOR_HEIGHT, context),
                progress=progress.sub(0.5, 0.9))
        output = self._write_buildings(parameters, context, buildings, features, present, result)
        summary = self._write_summary(parameters, context, result.summary)
        exposed = int((result.worst.rank > 0).sum())
        feedback.pushInfo(self.tr("{} of {} buildings exposed").format(exposed, int(present.sum())))
        for row in result.summary:
            scenario = " ".join(str(part) for part in (row["hazard"], row["scenario"], row["scale"]) if part) or "-"
            feedback.pushInfo(f"{scenario} {row['rank_label']}: {row['buildings']} buildings, "
                              f"{row['floor_area_m2']:.0f} m², {row['residents']:.0f} residents")
        style_output(context, output, name=self.tr("Buildings by flood rank"), style="flood_buildings")
        return self.with_credits(parameters, context,
                                 {self.OUTPUT: output, self.SUMMARY: summary, "EXPOSED_BUILDINGS": exposed})

    def _hazard_from_polygons(self, source, parameters, context, crs, progress):
        names = {key: self._field(parameters, key, context, source) for key in FIELD_GUESSES}
        if not names["RANK_FIELD"] and not names["DEPTH_FIELD"]:
            raise QgsProcessingException(self.tr("The hazard layer needs a rank field or a depth field; choose one."))
        _, geometries, values = read_features(source, crs, context, [n for n in names.values() if n], progress)
        converters = {"RANK_FIELD": numbers, "DEPTH_FIELD": numbers, "DURATION_FIELD": numbers}
        column = {key: None if not name else np.asarray(converters.get(key, strings)(values[name]), dtype=object)
                  for key, name in names.items()}  # converted once, then sliced per scenario
        keys = list(zip(*(column[key] if column[key] is not None else [None] * len(geometries)
                          for key in ("HAZARD_FIELD", "SCENARIO_FIELD")), strict=True))
        only = self.parameterAsString(parameters, self.SCENARIO, context).strip()
        if only and only not in {label for _, label in keys}:
            raise QgsProcessingException(self.tr("No hazard area has the scenario '{}'; the layer has: {}").format(
                only, ", ".join(sorted({str(label) for _, label in keys}))))
        rows_of = {}
        for index, key in enumerate(keys):
            if not only or key[1] == only:
                rows_of.setdefault(key, []).append(index)
        scenarios = {}
        for key in sorted(rows_of, key=str):
            rows = np.array(rows_of[key])
            taken = {name: None if column[name] is None else column[name][rows] for name in column}
            scenarios[key] = Hazard.from_arrays(
                geometries[rows], rank=taken["RANK_FIELD"], depth=taken["DEPTH_FIELD"],
                duration=taken["DURATION_FIELD"], scale=taken["SCALE_FIELD"], river=taken["RIVER_FIELD"])
        return scenarios

    def _field(self, parameters, key, context, source):
        chosen = self.parameterAsString(parameters, key, context)
        if chosen:
            return chosen
        names = source.fields().names()
        return next((guess for guess in FIELD_GUESSES[key] if guess in names), "")

    @staticmethod
    def _column(values, name, present):
        return numbers(values[name])[present] if name else None

    def _write_buildings(self, parameters, context, source, features, present, result):
        fields = QgsFields(source.fields())
        for name, kind in OUTPUT_FIELDS:
            if fields.indexOf(name) >= 0:
                fields.remove(fields.indexOf(name))  # replaced by this run's answer
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                          source.sourceCrs())
        worst = result.worst
        columns = [worst.rank, result.rank_label, worst.depth, worst.duration, worst.scale, worst.river,
                   worst.overlap_m2, worst.overlap_share, worst.floors_affected, worst.floor_area_m2,
                   worst.residents, result.hazard, result.scenario]
        index = -1
        for feature, has_geometry in zip(features, present, strict=True):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            for name in source.fields().names():
                if fields.indexOf(name) >= 0:
                    out[name] = feature[name]
            if has_geometry:
                index += 1
                for (name, _), column in zip(OUTPUT_FIELDS, columns, strict=True):
                    out[name] = _value(name, column[index])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest

    def _write_summary(self, parameters, context, rows):
        fields = QgsFields()
        for name, kind in SUMMARY_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.SUMMARY, context, fields, Qgis.WkbType.NoGeometry)
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes([row[name] for name, _ in SUMMARY_FIELDS])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest


def _value(name, value):
    """numpy scalar -> plain Python for QGIS; NaN and rank 0 -> NULL."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    value = value.item() if hasattr(value, "item") else value
    if isinstance(value, float) and value != value:
        return None
    if name == "flood_rank" and value == 0:
        return None
    return value

