"""digitaltwin:floodexposure: buildings x flood hazard map -> per-building rank, depth, floors affected + a summary."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType

from ..plugin.flood.exposure import RANK_LABELS, RULES, Hazard, assess
from ..plugin.flood.qgis_layers import metric_crs, numbers, read_features, source_as_is, strings
from ..plugin.flood.qgis_styles import LoadStyle
from ..plugin.flood.rasters import read_raster
from .base import DigitalTwinAlgorithm, engine_errors

# Field names tried when the user leaves a hazard field empty: the CityGML loader's, then common MLIT/A31 names.
FIELD_GUESSES = {
    "RANK_FIELD": ("flood_rank", "rank", "A31_201", "浸水ランク"),
    "DEPTH_FIELD": ("flood_depth", "depth", "浸水深"),
    "DURATION_FIELD": ("flood_duration", "duration"),
    "SCALE_FIELD": ("flood_scale", "scale", "規模"),
    "RIVER_FIELD": ("flood_river", "river", "河川名"),
}
OUTPUT_FIELDS = [("flood_rank", QMetaType.Int), ("flood_rank_label", QMetaType.QString),
                 ("flood_depth", QMetaType.Double), ("flood_duration", QMetaType.Double),
                 ("flood_scale", QMetaType.QString), ("flood_river", QMetaType.QString),
                 ("overlap_m2", QMetaType.Double), ("overlap_share", QMetaType.Double),
                 ("floors_affected", QMetaType.Int), ("floor_area_m2", QMetaType.Double),
                 ("residents", QMetaType.Double)]
SUMMARY_FIELDS = [("scale", QMetaType.QString), ("rank", QMetaType.Int), ("rank_label", QMetaType.QString),
                  ("buildings", QMetaType.Int), ("floor_area_m2", QMetaType.Double), ("residents", QMetaType.Double)]


class FloodExposureAlgorithm(DigitalTwinAlgorithm):
    BUILDINGS = "BUILDINGS"
    HAZARD = "HAZARD"
    RANK_FIELD = "RANK_FIELD"
    DEPTH_FIELD = "DEPTH_FIELD"
    DURATION_FIELD = "DURATION_FIELD"
    SCALE_FIELD = "SCALE_FIELD"
    RIVER_FIELD = "RIVER_FIELD"
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
            "depth raster. Use one scenario (one river and scale) per run.\n\n"
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
            self.BUILDINGS, self.tr("Buildings"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HAZARD, self.tr("Flood hazard polygons"), [QgsProcessing.TypeVectorPolygon], optional=True))
        for key, label in ((self.RANK_FIELD, self.tr("Rank field (1-6)")),
                           (self.DEPTH_FIELD, self.tr("Depth field (m)")),
                           (self.DURATION_FIELD, self.tr("Duration field (h)")),
                           (self.SCALE_FIELD, self.tr("Scale field (L1/L2)")),
                           (self.RIVER_FIELD, self.tr("River field"))):
            self.addParameter(QgsProcessingParameterField(key, label, parentLayerParameterName=self.HAZARD,
                                                          optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.HAZARD_RASTER, self.tr("Flood depth raster (instead of polygons)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.RULE, self.tr("Rule"),
            [self.tr("Largest overlap (PLATEAU)"), self.tr("Highest class touching (InaSAFE)")], defaultValue=0))
        for key, label in ((self.STOREYS_FIELD, self.tr("Storeys field")),
                           (self.HEIGHT_FIELD, self.tr("Height field (m)")),
                           (self.POPULATION_FIELD, self.tr("Population field"))):
            self.addParameter(QgsProcessingParameterField(
                key, label, parentLayerParameterName=self.BUILDINGS, type=QgsProcessingParameterField.Numeric,
                optional=True))
        for key, label, default in ((self.AREA_PER_PERSON, self.tr("Floor area per resident (m²)"), 40.0),
                                    (self.STOREY_HEIGHT, self.tr("Storey height (m)"), 3.0),
                                    (self.FIRST_FLOOR_HEIGHT, self.tr("Ground floor level above ground (m)"), 0.5)):
            self.addParameter(QgsProcessingParameterNumber(
                key, label, QgsProcessingParameterNumber.Double, default, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Buildings with flood exposure"),
                                                            QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(self.SUMMARY, self.tr("Exposure summary"),
                                                            QgsProcessing.TypeVector))
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
                hazard = Hazard.from_depth_raster(read_raster(hazard_raster.source(), square_cells=False),
                                                  geometries[present])
            else:
                hazard = self._hazard_from_polygons(hazard_source, parameters, context, crs, progress.sub(0.3, 0.5))
            feedback.pushInfo(self.tr("{} buildings, {} hazard cells, CRS {}").format(
                len(features), len(hazard.rank), crs.authid()))
            result = assess(geometries[present], hazard, rule=RULES[self.parameterAsEnum(parameters, self.RULE,
                                                                                          context)],
                            storeys=self._column(values, building_fields[0], present),
                            heights=self._column(values, building_fields[1], present),
                            population=self._column(values, building_fields[2], present),
                            area_per_person=self.parameterAsDouble(parameters, self.AREA_PER_PERSON, context),
                            storey_height=self.parameterAsDouble(parameters, self.STOREY_HEIGHT, context),
                            first_floor_height=self.parameterAsDouble(parameters, self.FIRST_FLOOR_HEIGHT, context),
                            progress=progress.sub(0.5, 0.9))
        output = self._write_buildings(parameters, context, buildings, features, present, result)
        summary = self._write_summary(parameters, context, result.summary)
        exposed = int((result.rank > 0).sum())
        feedback.pushInfo(self.tr("{} of {} buildings exposed").format(exposed, int(present.sum())))
        for row in result.summary:
            feedback.pushInfo(f"{row['scale'] or '-'} {row['rank_label']}: {row['buildings']} buildings, "
                              f"{row['floor_area_m2']:.0f} m², {row['residents']:.0f} residents")
        if context.willLoadLayerOnCompletion(output):
            self._style = LoadStyle("buildings")
            context.layerToLoadOnCompletionDetails(output).setPostProcessor(self._style)
        return self.with_credits(parameters, context,
                                 {self.OUTPUT: output, self.SUMMARY: summary, "EXPOSED_BUILDINGS": exposed})

    def _hazard_from_polygons(self, source, parameters, context, crs, progress):
        names = {key: self._field(parameters, key, context, source) for key in FIELD_GUESSES}
        if not names["RANK_FIELD"] and not names["DEPTH_FIELD"]:
            raise QgsProcessingException(self.tr("The hazard layer needs a rank field or a depth field; choose one."))
        _, geometries, values = read_features(source, crs, context, [n for n in names.values() if n], progress)
        column = {key: values[name] if name else None for key, name in names.items()}
        return Hazard.from_arrays(geometries, rank=_converted(column["RANK_FIELD"], numbers),
                                  depth=_converted(column["DEPTH_FIELD"], numbers),
                                  duration=_converted(column["DURATION_FIELD"], numbers),
                                  scale=_converted(column["SCALE_FIELD"], strings),
                                  river=_converted(column["RIVER_FIELD"], strings))

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
        columns = [result.rank, result.rank, result.depth, result.duration, result.scale, result.river,
                   result.overlap_m2, result.overlap_share, result.floors_affected, result.floor_area_m2,
                   result.residents]
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
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest

    def _write_summary(self, parameters, context, rows):
        fields = QgsFields()
        for name, kind in SUMMARY_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.SUMMARY, context, fields, QgsWkbTypes.NoGeometry)
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes([row[name] for name, _ in SUMMARY_FIELDS])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return dest


def _converted(values, convert):
    return None if values is None else convert(values)


def _value(name, value):
    """numpy scalar -> plain Python for QGIS; NaN and rank 0 -> NULL."""
    if name == "flood_rank_label":
        return RANK_LABELS.get(int(value))
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

