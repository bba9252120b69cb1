"""digitaltwin:solarirradiance: annual (and monthly) irradiation rasters of a DSM, with shadows."""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..plugin.qgis_results import style_output
from .base import DigitalTwinAlgorithm, engine_errors

CLIMATE_NAMES = ["tokyo_sunshine", "plateau_transmissivity", "weather_file"]


class SkyParameters:
    """The site, climate and shading parameters digitaltwin:solarirradiance and digitaltwin:batchsolar share,
    declared once (add_sky_parameters) and read once (sky_of, shading_options). Mixed into a DigitalTwinAlgorithm."""

    CLIMATE = "CLIMATE"
    WEATHER_FILE = "WEATHER_FILE"
    DIFFUSE_MODEL = "DIFFUSE_MODEL"
    TIMEZONE = "TIMEZONE"
    LATITUDE = "LATITUDE"
    LONGITUDE = "LONGITUDE"
    ALBEDO = "ALBEDO"
    RADIUS = "RADIUS"
    SECTORS = "SECTORS"

    HELP = {
        "CLIMATE": "Where the sunlight comes from: the embedded Tokyo climate (clear sky scaled by monthly sunshine, "
                   "default), PLATEAU's monthly transmissivity (clear days, an upper bound), or a weather file.",
        "WEATHER_FILE": "For 'Weather file': a CSV with a 'time' column and 'ghi' (and optionally 'dhi') in W/m², or "
                        "an EnergyPlus EPW file.",
        "DIFFUSE_MODEL": "How diffuse sky light is shaded: isotropic sky × sky view factor (default), or Perez, whose "
                         "circumsolar part is shaded like the sun.",
        "TIMEZONE": "Time zone of the times in the weather file (default Asia/Tokyo). EPW files carry their own.",
        "LATITUDE": "Latitude in degrees for the sun positions (-90 to 90). Empty: the DSM's centre.",
        "LONGITUDE": "Longitude in degrees for the sun positions (-180 to 180). Empty: the DSM's centre.",
        "ALBEDO": "Share of light the ground reflects, 0 to 1 (default 0.15, typical for towns).",
        "RADIUS": "How far to look for obstacles casting shadows, in metres (default 500 m). Larger is more exact and "
                  "slower.",
        "SECTORS": "Number of azimuth sectors of the horizon computed per pixel (8 to 360; default 32). More sectors "
                   "give finer shadows and take longer.",
    }

    def add_sky_parameters(self, *, more_advanced=()):
        """CLIMATE, WEATHER_FILE, DIFFUSE_MODEL; then, advanced, the site, albedo, radius, sectors and
        ``more_advanced``."""
        self.addParameter(QgsProcessingParameterEnum(
            self.CLIMATE, self.tr("Climate"), defaultValue=0, options=[
                self.tr("Tokyo: clear sky scaled by monthly sunshine"),
                self.tr("PLATEAU monthly transmissivity (clear days)"),
                self.tr("Weather file (CSV or EPW)")]))
        self.addParameter(QgsProcessingParameterFile(
            self.WEATHER_FILE, self.tr("Weather file"), optional=True,
            fileFilter=self.tr("Weather files (*.csv *.epw)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.DIFFUSE_MODEL, self.tr("Diffuse sky"), defaultValue=0, options=[
                self.tr("Isotropic"), self.tr("Perez (circumsolar part shaded like the sun)")]))
        advanced = [
            QgsProcessingParameterString(self.TIMEZONE, self.tr("Time zone of the weather file's times"),
                                         defaultValue="Asia/Tokyo"),
            QgsProcessingParameterNumber(self.LATITUDE, self.tr("Latitude (default: the DSM's centre)"),
                                         Qgis.ProcessingNumberParameterType.Double, optional=True, minValue=-90,
                                         maxValue=90),
            QgsProcessingParameterNumber(self.LONGITUDE, self.tr("Longitude (default: the DSM's centre)"),
                                         Qgis.ProcessingNumberParameterType.Double, optional=True, minValue=-180,
                                         maxValue=180),
            QgsProcessingParameterNumber(self.ALBEDO, self.tr("Ground albedo"),
                                         Qgis.ProcessingNumberParameterType.Double, defaultValue=0.15, minValue=0,
                                         maxValue=1),
            QgsProcessingParameterNumber(self.RADIUS, self.tr("Shadow search radius (m)"),
                                         Qgis.ProcessingNumberParameterType.Double, defaultValue=500, minValue=1),
            QgsProcessingParameterNumber(self.SECTORS, self.tr("Azimuth sectors"),
                                         Qgis.ProcessingNumberParameterType.Integer, defaultValue=32, minValue=8,
                                         maxValue=360),
            *more_advanced,
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | Qgis.ProcessingParameterFlag.Advanced)
            self.addParameter(parameter)

    def sky_of(self, parameters, context, feedback, dsm_path):
        """The year's sun and sky at the site (given, else the DSM's centre) for the chosen climate and diffuse
        model; the site and the climate's horizontal sum go to the log. Engine errors pass through."""
        latitude, longitude = self._site(parameters, context, dsm_path)
        feedback.pushInfo(self.tr("Site: latitude {:.5f}, longitude {:.5f}").format(latitude, longitude))
        sky = self._sky(parameters, context, latitude, longitude)
        if self.parameterAsEnum(parameters, self.DIFFUSE_MODEL, context) == 1:
            from ..plugin.solar.climate import with_perez_circumsolar

            sky = with_perez_circumsolar(sky)
        feedback.pushInfo(self.tr("Global horizontal irradiation of the climate: {:.0f} kWh/m²/yr").format(
            sky.global_horizontal.sum() / 1000))
        return sky

    def shading_options(self, parameters, context) -> dict:
        """The engines' albedo, radius and sectors keywords."""
        return {"albedo": self.parameterAsDouble(parameters, self.ALBEDO, context),
                "radius": self.parameterAsDouble(parameters, self.RADIUS, context),
                "sectors": self.parameterAsInt(parameters, self.SECTORS, context)}

    def _site(self, parameters, context, dsm_path):
        """Latitude and longitude given by the user, else the DSM's centre (from its CRS)."""
        from ..plugin.solar import rasters

        given = [self.parameterAsDouble(parameters, name, context) if parameters.get(name) not in (None, "")
                 else None for name in (self.LATITUDE, self.LONGITUDE)]
        if None in given:
            longitude, latitude = rasters.centre_lonlat(rasters.open_raster(dsm_path), dsm_path)
            given = [latitude if given[0] is None else given[0], longitude if given[1] is None else given[1]]
        return given

    def _sky(self, parameters, context, latitude, longitude):
        from ..plugin.solar import climate

        choice = CLIMATE_NAMES[self.parameterAsEnum(parameters, self.CLIMATE, context)]
        weather = self.parameterAsFile(parameters, self.WEATHER_FILE, context)
        if choice == "weather_file" or weather:
            if not weather:
                raise QgsProcessingException(self.tr("Choose a weather file, or an embedded climate."))
            return climate.weather_file_sky(Path(weather), latitude, longitude,
                                            timezone=self.parameterAsString(parameters, self.TIMEZONE, context))
        return climate.embedded_sky(choice, latitude, longitude)


class SolarIrradianceAlgorithm(SkyParameters, DigitalTwinAlgorithm):
    INPUT = "INPUT"
    TILE_SIZE = "TILE_SIZE"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"
    MONTHLY = "MONTHLY"
    SKY_VIEW = "SKY_VIEW"
    SLOPE = "SLOPE"
    ASPECT = "ASPECT"

    SHORT_DESCRIPTION = "Annual solar irradiation on every DSM pixel, with the shadows of buildings and terrain."
    TAGS = ("solar", "irradiation", "shadow", "DSM", "sky view factor", "pvlib")
    HELP = {
        "INPUT": "The DSM (terrain + buildings) in a projected CRS in metres, e.g. from 'DSM from building heights' "
                 "or 'Point cloud to DSM'.",
        "TILE_SIZE": "Large DSMs are processed in tiles of this many pixels a side (default 1024), overlapping by the "
                     "search radius; smaller tiles use less memory.",
        "OVERWRITE": "Off (default): the run stops if an output file exists already. On: existing outputs are "
                     "replaced.",
        "OUTPUT": "GeoTIFF of the annual irradiation per pixel, in kWh/m².",
        "MONTHLY": "Optional GeoTIFF of the monthly irradiation: 12 bands, January to December, kWh/m².",
        "SKY_VIEW": "Optional GeoTIFF of the sky view factor: the share of the sky seen from each pixel, 0 to 1.",
        "SLOPE": "Optional GeoTIFF of the surface slope in degrees.",
        "ASPECT": "Optional GeoTIFF of the aspect in degrees, clockwise from north.",
    }

    def name(self):
        return "solarirradiance"

    def displayName(self):
        return self.tr("Solar irradiation with shadows (DSM)")

    def group(self):
        return self.tr("Solar potential")

    def groupId(self):
        return "solar"

    def shortHelpString(self):
        return self.tr(
            "Annual irradiation (kWh/m²) on every pixel of a DSM (terrain + buildings), with the shadows of "
            "buildings and terrain, the sky view factor for diffuse light and light reflected from the ground.\n\n"
            "Sun positions: NREL SPA (pvlib) for every hour of a year at the DSM's centre. Irradiance: the embedded "
            "Tokyo climate (clear-sky Ineichen scaled by Tokyo's monthly sunshine hours; open ground about "
            "1,300 kWh/m²/yr), PLATEAU's monthly transmissivity (clear days, an upper bound), or a weather file: "
            "CSV with a 'time' column and 'ghi' (and optionally 'dhi') in W/m², a row covering the interval that "
            "begins at its time, or an EnergyPlus EPW file. GHI-only files are split by the Erbs model.\n\n"
            "Shadows: a horizon angle per azimuth sector is computed once from the DSM and looked up for every sun "
            "position; obstacles farther than the search radius are ignored. Diffuse light: isotropic sky × sky "
            "view factor, or Perez, whose circumsolar part is shaded and projected like the sun (horizon "
            "brightening left out). Large DSMs are processed tile by "
            "tile with an overlap of the search radius.\n\n"
            "Outputs: annual irradiation (GeoTIFF); optionally monthly irradiation (12 bands), sky view factor, "
            "slope and aspect (degrees, aspect clockwise from north).\n\n"
            "Example: qgis_process run digitaltwin:solarirradiance -- INPUT=dsm.tif OUTPUT=annual.tif"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INPUT, self.tr("DSM (terrain + buildings, projected CRS in metres)")))
        self.add_sky_parameters(more_advanced=[
            QgsProcessingParameterNumber(self.TILE_SIZE, self.tr("Tile size (pixels)"),
                                         Qgis.ProcessingNumberParameterType.Integer, defaultValue=1024, minValue=64),
        ])
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite existing files"), defaultValue=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Annual irradiation (kWh/m²)")))
        for name, label in ((self.MONTHLY, self.tr("Monthly irradiation (kWh/m², 12 bands)")),
                            (self.SKY_VIEW, self.tr("Sky view factor")),
                            (self.SLOPE, self.tr("Slope (degrees)")),
                            (self.ASPECT, self.tr("Aspect (degrees from north)"))):
            self.addParameter(QgsProcessingParameterRasterDestination(name, label, optional=True,
                                                                      createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..plugin.solar import rasters

        dsm_layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if dsm_layer is None:
            raise QgsProcessingException(self.tr("The DSM could not be opened."))
        dsm_path = dsm_layer.source()
        outputs = {key: self._output(parameters, key, context)
                   for key in (self.OUTPUT, self.MONTHLY, self.SKY_VIEW, self.SLOPE, self.ASPECT)}
        progress = self.progress(feedback)
        with engine_errors():
            sky = self.sky_of(parameters, context, feedback, dsm_path)
            written = rasters.irradiation_rasters(
                dsm_path, sky, outputs[self.OUTPUT], monthly_path=outputs[self.MONTHLY],
                svf_path=outputs[self.SKY_VIEW], slope_path=outputs[self.SLOPE], aspect_path=outputs[self.ASPECT],
                tile_size=self.parameterAsInt(parameters, self.TILE_SIZE, context),
                overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context), progress=progress,
                **self.shading_options(parameters, context))
        style_output(context, outputs[self.OUTPUT], name=self.tr("Annual irradiation"), style="solar_irradiation")
        keys = {"annual": self.OUTPUT, "monthly": self.MONTHLY, "svf": self.SKY_VIEW, "slope": self.SLOPE,
                "aspect": self.ASPECT}
        return self.with_credits(parameters, context, {keys[key]: path for key, path in written.items()})

    def _output(self, parameters, name, context):
        if name != self.OUTPUT and not parameters.get(name):
            return None
        path = self.parameterAsOutputLayer(parameters, name, context)
        return path or None
