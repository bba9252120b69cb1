"""digitaltwin:solarpotential: per-building rooftop capacity, yield and CO2 from an irradiation raster."""

import numpy as np
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QMetaType

from ..plugin.qgis_results import style_output
from .base import DigitalTwinAlgorithm, engine_errors

RESULT_FIELDS = (("roof_area", QMetaType.Type.Double), ("usable_area", QMetaType.Type.Double),
                 ("mean_irradiation", QMetaType.Type.Double), ("capacity_kw", QMetaType.Type.Double),
                 ("yield_kwh", QMetaType.Type.Double), ("co2_t", QMetaType.Type.Double),
                 ("suitability", QMetaType.Type.QString), ("solar_rule", QMetaType.Type.QString))


class SolarPotentialAlgorithm(DigitalTwinAlgorithm):
    IRRADIATION = "IRRADIATION"
    DSM = "DSM"
    BUILDINGS = "BUILDINGS"
    RULE = "RULE"
    PERFORMANCE_RATIO = "PERFORMANCE_RATIO"
    EMISSION_FACTOR = "EMISSION_FACTOR"
    FLAT_ROOF_GAIN = "FLAT_ROOF_GAIN"
    OUTPUT = "OUTPUT"

    SHORT_DESCRIPTION = "Per building: usable roof area, PV capacity, yield, CO2 avoided and suitability."
    TAGS = ("solar", "photovoltaic", "rooftop", "potential", "CO2", "buildings")
    HELP = {
        "IRRADIATION": "The annual irradiation raster (kWh/m²) from 'Solar irradiation with shadows'.",
        "DSM": "The DSM the irradiation was computed from (same grid), for roof slope and aspect.",
        "BUILDINGS": "Building footprints (polygons); one result row per building.",
        "RULE": "Which roofs count and at what density: Tokyo Solar Atlas (slope and orientation, ≥1,100 kWh/m², 0.1 "
                "kW/m²) or PLATEAU (80 % of roofs ≥10 m², 0.167 kW/m²).",
        "PERFORMANCE_RATIO": "Share of the panels' rated output delivered after losses (0.1 to 1; default 0.88). "
                             "Yield = capacity × irradiation × this ratio.",
        "EMISSION_FACTOR": "CO2 emitted per kWh of grid electricity, in kg-CO2/kWh (default 0.45): the CO2 the yield "
                           "avoids.",
        "FLAT_ROOF_GAIN": "PLATEAU rule: how much more a 15° south-tilted panel receives than a flat roof (0.5 to 2). "
                          "Empty: computed from the Tokyo climate.",
        "OUTPUT": "The buildings with roof area, usable area, mean irradiation, capacity (kW), annual yield (kWh), "
                  "CO2 avoided (t/yr) and suitability class.",
    }

    def name(self):
        return "solarpotential"

    def displayName(self):
        return self.tr("Rooftop solar potential per building")

    def group(self):
        return self.tr("Solar potential")

    def groupId(self):
        return "solar"

    def shortHelpString(self):
        return self.tr(
            "Per building: roof area (m², real surface), usable area, mean irradiation (kWh/m²/yr), capacity "
            "(kW), annual yield (kWh), CO2 avoided (t/yr) and a suitability class, from the annual irradiation "
            "raster of 'Solar irradiation with shadows' and the DSM it was made from (for roof slope and aspect).\n\n"
            "Tokyo Solar Atlas rule: roof parts with slope < 3°, or 3-60° facing east to west through south, where "
            "irradiation >= 1,100 kWh/m²; 0.1 kW/m². PLATEAU rule: 0.167 kW/m² over 80 % of roofs >= 10 m² "
            "(slope <= 60°), flat roofs as 15° south-tilted panels. Yield = capacity × mean irradiation × "
            "performance ratio (0.88). Suitability: high >= 1,200 kWh/m², medium >= 1,100, low below, unsuitable "
            "without capacity.\n\n"
            "Example (PLATEAU): a 100 m² roof receiving 1,300 kWh/m² -> 13.36 kW, 15,284 kWh/yr.\n"
            "qgis_process run digitaltwin:solarpotential -- IRRADIATION=annual.tif DSM=dsm.tif "
            "BUILDINGS=buildings.gpkg RULE=1 OUTPUT=potential.gpkg"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.IRRADIATION, self.tr("Annual irradiation raster (kWh/m²)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DSM, self.tr("DSM (same grid)")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, self.tr("Building footprints"), [Qgis.ProcessingSourceType.VectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum(
            self.RULE, self.tr("Rule"), options=[self.tr("Tokyo Solar Atlas"), self.tr("PLATEAU")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.PERFORMANCE_RATIO, self.tr("Performance ratio"), Qgis.ProcessingNumberParameterType.Double,
            defaultValue=0.88, minValue=0.1, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.EMISSION_FACTOR, self.tr("CO2 emission factor (kg-CO2/kWh)"),
            Qgis.ProcessingNumberParameterType.Double, defaultValue=0.45, minValue=0.0, maxValue=2.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.FLAT_ROOF_GAIN, self.tr("PLATEAU: flat roof gain of 15° south panels (default: from the Tokyo "
                                         "climate)"), Qgis.ProcessingNumberParameterType.Double, optional=True,
            minValue=0.5, maxValue=2.0))
        self.add_overwrite_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Solar potential"), Qgis.ProcessingSourceType.VectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.solar import potential, rasters

        irradiation_layer = self.parameterAsRasterLayer(parameters, self.IRRADIATION, context)
        dsm_layer = self.parameterAsRasterLayer(parameters, self.DSM, context)
        source = self.parameterAsSource(parameters, self.BUILDINGS, context)
        if irradiation_layer is None or dsm_layer is None or source is None:
            raise QgsProcessingException(self.tr("The irradiation raster, the DSM and the buildings are needed."))
        rule = potential.RULES[self.parameterAsEnum(parameters, self.RULE, context)]
        progress = self.progress(feedback)
        with engine_errors():
            features, geometries = self._footprints(source, irradiation_layer.crs(), context, feedback)
            gain = self._flat_roof_gain(parameters, context, irradiation_layer.source(), rule, feedback)
            sums = rasters.roof_sums(irradiation_layer.source(), dsm_layer.source(), geometries,
                                     flat_roof_gain=gain, progress=progress.sub(0.0, 0.9))
            results = sums.potential(
                rule, performance_ratio=self.parameterAsDouble(parameters, self.PERFORMANCE_RATIO, context),
                emission_factor=self.parameterAsDouble(parameters, self.EMISSION_FACTOR, context))
        fields = QgsFields(source.fields())
        for name, kind in RESULT_FIELDS:
            if fields.indexFromName(name) < 0:
                fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for index, feature in enumerate(features):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            for name in source.fields().names():
                out[name] = feature[name]
            for name, _kind in RESULT_FIELDS[:-2]:
                value = float(results[name][index])
                out[name] = round(value, 3) if np.isfinite(value) else None
            out["suitability"] = results["suitability"][index]
            out["solar_rule"] = rule
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        progress.step(1.0)
        total = float(np.sum(results["capacity_kw"]))
        feedback.pushInfo(self.tr("{} buildings: {:.1f} kW, {:.0f} MWh/yr").format(
            len(features), total, float(np.sum(results["yield_kwh"])) / 1000))
        style_output(context, dest_id, name=self.tr("Solar potential"), style="solar_potential")
        return self.with_credits(parameters, context, {self.OUTPUT: dest_id})

    def _footprints(self, source, raster_crs, context, feedback):
        features, geometries = [], []
        for feature, geometry in self.features_with_geometry(source, raster_crs, context, feedback, self.BUILDINGS):
            features.append(feature)
            geometries.append(geometry.asWkb().data())
        return features, geometries

    def _flat_roof_gain(self, parameters, context, raster_path, rule, feedback):
        if rule != "plateau":
            return 1.0
        if parameters.get(self.FLAT_ROOF_GAIN) not in (None, ""):
            return self.parameterAsDouble(parameters, self.FLAT_ROOF_GAIN, context)
        from ..plugin.solar import climate, irradiance, potential, rasters

        longitude, latitude = rasters.centre_lonlat(rasters.open_raster(raster_path), raster_path)
        tables = irradiance.sector_tables(climate.embedded_sky("tokyo_sunshine", latitude, longitude))
        gain = irradiance.open_plane_irradiation(tables, potential.PLATEAU_FLAT_TILT, 180.0) / \
            irradiance.open_plane_irradiation(tables, 0.0, 0.0)
        feedback.pushInfo(self.tr("Flat roofs as 15° south panels: × {:.3f}").format(gain))
        return gain


