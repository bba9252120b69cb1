"""Fuzz the real-time feed readers (GTFS-Realtime protobuf, SensorThings JSON, GeoJSON / JSON records / CSV)
through their one entry point, read_feed, with a network transport that answers mutated bytes from memory: each read
gives a Snapshot, or a DigitalTwinError (FeedError, NetError) naming the URL."""

from fuzz.harness import json_bytes, mutated_bytes, mutated_json, only_own_errors, shared_seed
from hypothesis import example, given
from hypothesis import strategies as st

from digital_twin.plugin.realtime.feeds import read_feed

GTFS_RT = shared_seed("realtime/vic-metro-vehicle-positions.pbf")


def datastream(number):
    return {"@iot.id": number, "name": f"水位 {number}", "unitOfMeasurement": {"name": "metre", "symbol": "m"},
            "Thing": {"@iot.id": 100 + number, "name": f"観測所 {number}", "properties": {"river": "荒川"},
                      "Locations": [{"@iot.id": 200 + number, "encodingType": "application/geo+json",
                                     "location": {"type": "Point", "coordinates": [139.8 + number / 100, 35.7]}}]},
            "observedArea": {"type": "Polygon", "coordinates": [[[139.8, 35.7], [139.9, 35.7], [139.9, 35.8],
                                                                 [139.8, 35.7]]]},
            "ObservedProperty": {"@iot.id": 1, "name": "River level"},
            "Observations": [{"@iot.id": 1000 + number, "result": 1.5 * number,
                              "phenomenonTime": "2026-11-22T00:00:00Z/2026-11-22T00:10:00Z",
                              "resultTime": "2026-11-22T00:10:05Z"}]}


SENSORTHINGS = {"@iot.count": 2, "value": [datastream(1), datastream(2)]}
GEOJSON = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [139.70, 35.66]},
     "properties": {"name": "渋谷", "count": 120}},
    {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[139.7, 35.6], [139.8, 35.7]]},
     "properties": {"name": "line"}}]}
RECORDS = {"data": {"items": [{"id": "a", "geo:lat": 35.68, "geo:long": 139.76, "value": 3},
                              {"id": "b", "geo:lat": "35.69", "geo:long": "139.77", "value": None}]}}
CSV = "name,lat,lon,count\n渋谷,35.658,139.701,12\n新宿,35.690,139.700,7\n".encode()


def _read(feed_type, body, content_type="application/json", **options):
    from digital_twin.plugin.realtime.feeds import FeedOptions

    only_own_errors(read_feed, "https://feeds.example/v1.1/Datastreams" if feed_type == "sensorthings"
                    else "https://feeds.example/feed", feed_type, FeedOptions(timeout_s=1.0, **options),
                    transport=MemoryTransport(body, content_type))


class MemoryTransport:
    """A plugin.net transport (``open(Request) -> Reply``) answering every request 200 with the same bytes."""

    def __init__(self, body, content_type):
        self.body, self.content_type = body, content_type

    def open(self, request):  # noqa: ARG002 (every request gets the same answer)
        return MemoryReply(self.body, self.content_type)


class MemoryReply:
    status, reason = 200, "OK"

    def __init__(self, body, content_type):
        self.headers = {"content-type": content_type, "content-length": str(len(body))}
        self._rest = body

    def read(self, size=-1):
        size = len(self._rest) if size is None or size < 0 else size
        chunk, self._rest = self._rest[:size], self._rest[size:]
        return chunk

    def close(self):
        self._rest = b""


@given(body=mutated_bytes(GTFS_RT))
@example(body=GTFS_RT[:1000])
@example(body=GTFS_RT.replace(b"\x18\x93\x8a\xcf\x92\x06", b"\x18\x93\x8a\xcf\x92\xff\x01", 1))  # year 858452
def test_gtfs_realtime_bytes(body):
    _read("gtfsrt", body, "application/x-protobuf")


@given(body=mutated_json(SENSORTHINGS).map(json_bytes) | mutated_bytes(json_bytes(SENSORTHINGS)))
@example(body=json_bytes({"value": [[datastream(1)]]}))  # found by fuzzing: AttributeError on a list
@example(body=json_bytes({"value": [{**datastream(1), "Thing": {"Locations": [[]]}, "Observations": [3]}]}))
@example(body=json_bytes({"value": [{"observedArea": {"type": "Point", "coordinates": 5}}]}))
@example(body=json_bytes({"value": [{"observedArea": {"type": "oint", "coordinates": [1, 2]}}]}))  # shapely's error
def test_sensorthings_json(body):
    _read("sensorthings", body)


@given(body=st.one_of(mutated_json(GEOJSON).map(json_bytes), mutated_bytes(json_bytes(GEOJSON)), mutated_bytes(CSV),
                      mutated_json(RECORDS).map(json_bytes), mutated_bytes(json_bytes(RECORDS))),
       content_type=st.sampled_from(["application/json", "text/csv", ""]), paths=st.booleans())
@example(body=json_bytes({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": 1}]}),
         content_type="application/json", paths=False)  # found by fuzzing: AttributeError in flatten
def test_generic_geojson_records_csv(body, content_type, paths):
    """GeoJSON, JSON records (with or without their lat/lon paths) and CSV: the generic feed reader."""
    options = dict(records_path="data.items", lat_path="geo:lat", lon_path="geo:long") if paths else {}
    _read("geojson", body, content_type, **options)
