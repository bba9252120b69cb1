"""digitaltwin:realtimesnapshot: one fetch of a realtime feed to a GeoPackage, for batch runs and scheduled jobs
(with APPEND, a cron job builds a recording the temporal controller replays)."""

import functools

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..plugin.realtime import gtfsrt
from ..plugin.realtime.feeds import FEED_TYPES, FeedOptions, read_feed
from ..plugin.realtime.record import DEFAULT_LAYER, write_snapshots
from .base import DigitalTwinAlgorithm, engine_errors

DEFAULT_INTERVAL_S = 60


class RealtimeSnapshotAlgorithm(DigitalTwinAlgorithm):
    FEED_URL = "FEED_URL"
    FEED_TYPE = "FEED_TYPE"
    STATIC_GTFS = "STATIC_GTFS"
    EXTENT = "EXTENT"
    TIME_CODE = "TIME_CODE"
    RECORDS_PATH = "RECORDS_PATH"
    LAT_PATH = "LAT_PATH"
    LON_PATH = "LON_PATH"
    TIMEOUT = "TIMEOUT"
    APPEND = "APPEND"
    OVERWRITE = "OVERWRITE"
    EXISTING_OUTPUT_SWITCHES = (OVERWRITE, APPEND)  # appending adds to the existing recording
    OUTPUT = "OUTPUT"
    FEATURE_COUNT = "FEATURE_COUNT"
    FETCHED_AT = "FETCHED_AT"

    SHORT_DESCRIPTION = "Fetches a realtime feed (bus positions, sensors, traffic counts) once into a GeoPackage."
    TAGS = ("realtime", "GTFS-Realtime", "SensorThings", "traffic", "bus", "feed")
    HELP = {
        "FEED_URL": "Address of the feed (default: Toei bus vehicle positions, GTFS-Realtime).",
        "FEED_TYPE": "What the URL serves: GTFS-Realtime vehicle positions, an OGC SensorThings service root, GeoJSON, "
                     "JSON records or CSV with lat/lon, or JARTIC traffic counts (WFS). In qgis_process: 0, 1, 2 or "
                     "3, in this order.",
        "STATIC_GTFS": "For GTFS-Realtime: the static GTFS zip (file or URL) that adds route, headsign and stop "
                       "names. Empty: ids only.",
        "EXTENT": "For traffic counts: the area to request. Empty: Tokyo's 23 wards.",
        "TIME_CODE": "For traffic counts: the 5-minute window as YYYYMMDDhhmm in Japan time. Empty: the latest "
                     "published.",
        "RECORDS_PATH": "For JSON records: where the list of records is, dot separated (e.g. data.items). Empty: the "
                        "top level.",
        "LAT_PATH": "For JSON or CSV: the latitude path or column. Empty: guessed (lat, latitude, 緯度...).",
        "LON_PATH": "For JSON or CSV: the longitude path or column. Empty: guessed (lon, lng, longitude, 経度...).",
        "TIMEOUT": "Seconds to wait for the server on each request (1 to 600; default 30).",
        "APPEND": "Add this fetch to an existing recording instead of stopping: run it every minute from a scheduler "
                  "and replay with the temporal controller.",
        "OUTPUT": "The GeoPackage to write (layer 'realtime'), with the fetch time 'fetched_at' (UTC) on every "
                  "feature.",
    }

    def name(self):
        return "realtimesnapshot"

    def displayName(self):
        return self.tr("Realtime feed snapshot")

    def group(self):
        return self.tr("Realtime")

    def groupId(self):
        return "realtime"

    def shortHelpString(self):
        return self.tr(
            "Fetches a realtime feed once and writes its features to a GeoPackage, with a 'fetched_at' time "
            "(UTC) on every feature.\n\n"
            "Feed types: gtfsrt (GTFS-Realtime vehicle positions, e.g. Toei bus; a static GTFS zip, file or URL, "
            "adds route, headsign and stop names), sensorthings (OGC SensorThings API service root: one point per "
            "datastream with its latest observation), geojson (GeoJSON, JSON records with lat/lon, or CSV with lat/lon "
            "columns), wfs (JARTIC open traffic counts: the latest 5-minute window in the extent; requests are "
            "paged and split so none exceeds the service's size cap; 'total_volume' sums the counts).\n\n"
            "Output: a GeoPackage (layer 'realtime'). An existing file is kept unless 'Append' (add this fetch to a "
            "recording: run it every minute from a scheduler and replay the hour with the temporal controller) or "
            "'Overwrite' is checked. A feed that is down, slow, answers an error or sends a broken message stops "
            "the run with one sentence naming the URL and the problem; nothing is written.\n\n"
            "Example: qgis_process run digitaltwin:realtimesnapshot -- "
            "FEED_URL=https://api-public.odpt.org/api/v4/gtfs/realtime/ToeiBus FEED_TYPE=0 OUTPUT=toei_bus.gpkg "
            "APPEND=true"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterString(self.FEED_URL, self.tr("Feed URL"), gtfsrt.TOEI_BUS_URL))
        self.addParameter(QgsProcessingParameterEnum(self.FEED_TYPE, self.tr("Feed type"),
                                                     options=self.feed_type_labels(), defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            self.STATIC_GTFS, self.tr("Static GTFS zip (file or URL) for names (GTFS-Realtime)"), extension="zip",
            optional=True))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Extent (traffic counts; default: Tokyo 23 wards)"), optional=True))
        advanced = [
            QgsProcessingParameterString(self.TIME_CODE, self.tr("Time code YYYYMMDDhhmm, JST (traffic counts; "
                                                                 "default: latest published)"), optional=True),
            QgsProcessingParameterString(self.RECORDS_PATH, self.tr("Records path in the JSON (dot separated)"),
                                         optional=True),
            QgsProcessingParameterString(self.LAT_PATH, self.tr("Latitude path or CSV column"), optional=True),
            QgsProcessingParameterString(self.LON_PATH, self.tr("Longitude path or CSV column"), optional=True),
            QgsProcessingParameterNumber(self.TIMEOUT, self.tr("Timeout per request (s)"),
                                         Qgis.ProcessingNumberParameterType.Double, 30.0, minValue=1.0, maxValue=600.0),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | Qgis.ProcessingParameterFlag.Advanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterBoolean(
            self.APPEND, self.tr("Append to an existing recording"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Snapshot GeoPackage"), self.tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber(self.FEATURE_COUNT, self.tr("Features fetched")))
        self.addOutput(QgsProcessingOutputString(self.FETCHED_AT, self.tr("Fetched at (UTC)")))

    def feed_type_labels(self):
        """In the order of FEED_TYPES (literal strings, so the translation tools find them); qgis_process takes the
        index, as for every enum."""
        labels = {"gtfsrt": self.tr("GTFS-Realtime vehicle positions"), "sensorthings": self.tr("SensorThings API"),
                  "geojson": self.tr("GeoJSON, JSON records or CSV"), "wfs": self.tr("Traffic counts (JARTIC WFS)")}
        return [labels[feed_type] for feed_type in FEED_TYPES]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        feed_type = FEED_TYPES[self.parameterAsEnum(parameters, self.FEED_TYPE, context)]
        url = self.parameterAsString(parameters, self.FEED_URL, context).strip()
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        options = self._options(parameters, context, feed_type)
        progress = self.progress(feedback)
        with engine_errors():
            snapshot = read_feed(url, feed_type, options, progress.sub(0.0, 0.8), transport=self._transport(feedback))
            feedback.pushInfo(self.tr("{0} features from {1}").format(len(snapshot.features), url))
            write_snapshots(output, [snapshot], append=self.parameterAsBoolean(parameters, self.APPEND, context),
                            overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                            progress=progress.sub(0.8, 1.0))
        self._load_on_completion(context, output, url, feed_type)
        return {self.OUTPUT: output, self.FEATURE_COUNT: len(snapshot.features),
                self.FETCHED_AT: snapshot.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")}

    def _options(self, parameters, context, feed_type):
        options = FeedOptions(
            timeout_s=self.parameterAsDouble(parameters, self.TIMEOUT, context),
            static_gtfs=self.parameterAsFile(parameters, self.STATIC_GTFS, context) or "",
            records_path=self.parameterAsString(parameters, self.RECORDS_PATH, context).strip(),
            lat_path=self.parameterAsString(parameters, self.LAT_PATH, context).strip(),
            lon_path=self.parameterAsString(parameters, self.LON_PATH, context).strip(),
            time_code=self.parameterAsString(parameters, self.TIME_CODE, context).strip(),
        )
        if feed_type == "wfs" and parameters.get(self.EXTENT):
            wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, wgs84)
            if not extent.isEmpty():
                options.bbox = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        return options

    @staticmethod
    def _transport(feedback):
        """QGIS's network stack, so proxy and SSL settings apply (also under qgis_process); Cancel aborts."""
        from ..plugin.net.qgis_transport import QgisTransport

        return QgisTransport(feedback=feedback)

    def _load_on_completion(self, context, output, url, feed_type):
        from ..plugin.qgis_results import Result, load_outputs

        load_outputs(context, self.OUTPUT, [Result(f"{output}|layername={DEFAULT_LAYER}", self.tr("Realtime snapshot"),
                                                   functools.partial(style_recording, url=url, feed_type=feed_type))])


def style_recording(layer, url, feed_type):
    """Loaded snapshots and recordings get replay (temporal) settings, attribution and, for traffic, a volume style."""
    from ..plugin.realtime.qgis_layers import set_attribution, set_replay_properties, style_traffic

    set_replay_properties(layer, DEFAULT_INTERVAL_S)
    set_attribution(layer, url, feed_type)
    if feed_type == "wfs":
        style_traffic(layer)
