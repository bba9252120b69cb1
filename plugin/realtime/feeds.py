"""One entry point for every feed type: ``read_feed(url, feed_type, options)`` -> Snapshot."""

from dataclasses import dataclass

from ..errors import InputError
from ..progress import NO_PROGRESS
from . import generic, gtfsrt, sensorthings, wfs_traffic
from .fetch import DEFAULT_TIMEOUT_S, feed_client, fetch_deadline_s, get
from .snapshot import Snapshot

FEED_TYPES = ["gtfsrt", "sensorthings", "geojson", "wfs"]
"""gtfsrt: GTFS-Realtime vehicle positions; sensorthings: OGC SensorThings API; geojson: GeoJSON, JSON records with
lat/lon or CSV; wfs: JARTIC open traffic counts (WFS 2.0)."""


@dataclass
class FeedOptions:
    timeout_s: float = DEFAULT_TIMEOUT_S
    static_gtfs: str = ""  # gtfsrt: a static GTFS zip (path or URL) whose route, trip and stop names are joined
    records_path: str = ""  # geojson (JSON records): dot path to the list of records
    lat_path: str = ""  # geojson (JSON records / CSV): dot path or column of the latitude
    lon_path: str = ""
    bbox: tuple = wfs_traffic.TOKYO_23_WARDS_BBOX  # wfs: (west, south, east, north) in EPSG:4326
    time_code: str = ""  # wfs: 時間コード of the window; empty = the latest published
    type_name: str = wfs_traffic.TYPE_5MIN
    page_size: int = wfs_traffic.PAGE_SIZE


class FeedReader:
    """Reads one feed again and again (a live layer's refreshes); the static GTFS is loaded once.

    ``transport``: a net transport (net.qgis_transport.QgisTransport inside QGIS; default the plain one). Each read
    finishes within fetch.FETCH_DEADLINE_FACTOR * ``options.timeout_s`` or fails with one sentence."""

    def __init__(self, url, feed_type, options=None, transport=None):
        if feed_type not in FEED_TYPES:
            raise InputError("unknown feed type '{feed_type}'; use one of {types}", field="FEED_TYPE",
                             feed_type=feed_type, types=', '.join(FEED_TYPES))
        if not url:
            raise InputError("no feed URL given", field="FEED_URL")
        self.url = url
        self.feed_type = feed_type
        self.options = options or FeedOptions()
        self.transport = transport
        self._static = None

    def read(self, progress=NO_PROGRESS):
        client = feed_client(self.options.timeout_s, self.transport)
        with client.operation(fetch_deadline_s(self.options.timeout_s)):
            features = self._features(client, progress)
        return Snapshot(features, self.url, self.feed_type, fields=self._fields())

    def _fields(self):
        return {"gtfsrt": gtfsrt.FIELDS, "sensorthings": sensorthings.FIELDS}.get(self.feed_type, [])

    def _features(self, client, progress):
        options = self.options
        if self.feed_type == "gtfsrt":
            if options.static_gtfs and self._static is None:
                self._static = gtfsrt.load_static_gtfs(options.static_gtfs, client)
            response = get(self.url, client)
            return gtfsrt.vehicle_features(gtfsrt.decode_feed(response.body, self.url), self._static)
        if self.feed_type == "sensorthings":
            return sensorthings.datastream_features(self.url, progress, client)
        if self.feed_type == "wfs":
            return wfs_traffic.traffic_features(self.url, progress, client,
                                                bbox=options.bbox, time_code=options.time_code,
                                                type_name=options.type_name, page_size=options.page_size)
        response = get(self.url, client)
        return generic.features_from_response(response, options.records_path, options.lat_path, options.lon_path)


def read_feed(url, feed_type, options=None, progress=NO_PROGRESS, transport=None):
    """One fetch of a feed as a Snapshot; FeedError (a DigitalTwinError) with one clear sentence when it fails."""
    return FeedReader(url, feed_type, options, transport).read(progress)
