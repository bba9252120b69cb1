"""Realtime layers against a feed server on 127.0.0.1 serving the real GTFS-RT fixture and SensorThings, GeoJSON and
JARTIC WFS answers of the real shapes, changing between requests (``fake_feeds.tick``)."""

import json
import re
import socket
import time
import zipfile
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from digital_twin.plugin.errors import InputError
from digital_twin.plugin.net.http import NetError
from digital_twin.plugin.realtime import feeds, generic, gtfsrt, record, sensorthings, wfs_traffic
from digital_twin.plugin.realtime.feeds import FeedOptions, FeedReader, read_feed
from digital_twin.plugin.realtime.fetch import FeedError

GTFS_RT_FIXTURE = "realtime/vic-metro-vehicle-positions.pbf"
VEHICLES_IN_FIXTURE = 226
WFS_FILTER = r"時間コード=(\d{12}) AND BBOX\(ジオメトリ,([-\d.]+),([-\d.]+),([-\d.]+),([-\d.]+),'EPSG:4326'\)"
MOVE_PER_TICK = 0.001  # degrees of latitude every vehicle moves north at each tick


class FakeFeeds:
    """The answers of the feed server. ``tick`` is the feed's clock: tests advance it to make the feeds change."""

    def __init__(self, pbf_bytes):
        self.tick = 0
        self.pbf_bytes = pbf_bytes
        self.failure = None  # None, or "slow", "500", "truncated", "invalid_json": how the next answers fail
        self.wfs_cap = 10**9  # features per answer before ResponseSizeTooLarge
        self.wfs_requests = []

    # GTFS-Realtime: the real Melbourne message, every vehicle moved north by tick * MOVE_PER_TICK.
    def failing_answer(self):
        if self.failure == "slow":
            time.sleep(1.5)
        elif self.failure == "500":
            return Response("internal error", status=500)
        elif self.failure == "truncated":
            return Response(self.pbf_bytes[:14600], content_type="application/x-protobuf")
        elif self.failure == "invalid_json":
            return Response('{"type": "FeatureCollection", "features": [', content_type="application/json")
        return None

    def gtfsrt(self, request):
        from google.transit import gtfs_realtime_pb2

        if self.failure:
            return self.failing_answer()
        message = gtfs_realtime_pb2.FeedMessage()
        message.ParseFromString(self.pbf_bytes)
        message.header.timestamp += 60 * self.tick
        for entity in message.entity:
            entity.vehicle.position.latitude += MOVE_PER_TICK * self.tick
        return Response(message.SerializeToString(), content_type="application/x-protobuf")

    # SensorThings: 3 river-level datastreams over two pages, the level rising 0.1 m per tick.
    def datastream(self, number):
        return {
            "@iot.id": number, "@iot.selfLink": f"/v1.1/Datastreams({number})", "name": f"水位 {number}",
            "unitOfMeasurement": {"name": "metre", "symbol": "m", "definition": "http://qudt.org/vocab/unit/M"},
            "Thing": {"@iot.id": 100 + number, "name": f"観測所 {number}", "properties": {"river": "荒川"},
                      "Locations": [{"@iot.id": 200 + number, "encodingType": "application/geo+json",
                                     "location": {"type": "Point", "coordinates": [139.8 + number / 100, 35.7]}}]},
            "ObservedProperty": {"@iot.id": 1, "name": "River level"},
            "Observations": [{"@iot.id": 1000 * self.tick + number, "result": round(1.0 * number + 0.1 * self.tick, 3),
                              "phenomenonTime": f"2026-11-22T00:{self.tick:02d}:00Z",
                              "resultTime": f"2026-11-22T00:{self.tick:02d}:05Z"}],
        }

    def sta_root(self, request):
        """The service document: QGIS's sensorthings provider reads the entity set URLs from it."""
        names = ["Things", "Locations", "HistoricalLocations", "Datastreams", "Sensors", "ObservedProperties",
                 "Observations", "FeaturesOfInterest"]
        root = request.base_url.rstrip("/")
        return Response(json.dumps({"value": [{"name": name, "url": f"{root}/{name}"} for name in names]}),
                        content_type="application/json")

    def sta_locations(self, request):
        """Locations expanded to Things, Datastreams and the latest Observation, as the native provider asks."""
        value = []
        for number in (1, 2, 3):
            datastream = self.datastream(number)
            thing = datastream.pop("Thing")
            location = thing.pop("Locations")[0]
            thing["Datastreams"] = [datastream]
            value.append({**location, "name": f"地点 {number}", "Things": [thing]})
        return Response(json.dumps({"value": value}), content_type="application/json")

    def sta_datastreams(self, request):
        if "$expand" not in request.args or "Observations" not in request.args["$expand"]:
            return Response("expected $expand of the latest Observations", status=400)
        if request.args.get("$skip") == "2":
            page = {"value": [self.datastream(3)]}
        else:
            page = {"@iot.count": 3, "value": [self.datastream(1), self.datastream(2)],
                    "@iot.nextLink": request.url.split("?")[0] + "?" + request.query_string.decode() + "&$skip=2"}
        return Response(json.dumps(page), content_type="application/json")

    # GeoJSON people-flow counters: counts grow by 5 per tick; a counter appears at tick 1.
    def geojson(self, request):
        if self.failure:
            return self.failing_answer()
        features = [{"type": "Feature", "id": f"c{n}", "geometry": {"type": "Point", "coordinates": [139.7 + n / 100,
                                                                                                  35.68]},
                     "properties": {"name": f"counter {n}", "count": 10 * n + 5 * self.tick}}
                    for n in range(1, 3 + min(self.tick, 1))]
        return Response(json.dumps({"type": "FeatureCollection", "features": features}),
                        content_type="application/geo+json")

    # JARTIC WFS: 10 observation points (one-point MultiPoints) in a 2 x 5 grid, volumes grow with the tick.
    def wfs_points(self, time_code):
        points = []
        for n in range(10):
            lon, lat = 139.70 + 0.02 * (n % 5), 35.60 + 0.05 * (n // 5)
            properties = {"時間コード": int(time_code), "常時観測点コード": 3010000 + n, "道路種別": 3,
                          "上り・小型交通量": 10 * n + self.tick, "上り・大型交通量": n, "下り・小型交通量": 5,
                          "下り・大型交通量": 1}
            points.append({"type": "Feature", "id": f"t_travospublic_measure_5m.{n}",
                           "geometry": {"type": "MultiPoint", "coordinates": [[lon, lat]]},
                           "geometry_name": "ジオメトリ", "properties": properties})
        return points

    def wfs(self, request):
        args = {key: values[0] for key, values in parse_qs(urlsplit(request.url).query).items()}
        self.wfs_requests.append(args)
        match = re.match(WFS_FILTER, args["cql_filter"])
        time_code, west, south, east, north = match.group(1), *map(float, match.groups()[1:])
        inside = [f for f in self.wfs_points(time_code)
                  if west <= f["geometry"]["coordinates"][0][0] <= east
                  and south <= f["geometry"]["coordinates"][0][1] <= north]
        start, count = int(args.get("startIndex", 0)), int(args.get("count", 10**6))
        page = inside[start:start + count]
        if len(page) > self.wfs_cap:
            return Response('<?xml version="1.0"?><ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1">'
                            '<ows:Exception exceptionCode="NoApplicableCode"><ows:ExceptionText>'
                            "Function.ResponseSizeTooLarge: response size exceeds 6MB</ows:ExceptionText>"
                            "</ows:Exception></ows:ExceptionReport>", status=400, content_type="application/xml")
        return Response(json.dumps({"type": "FeatureCollection", "features": page, "numberMatched": len(inside),
                                    "numberReturned": len(page)}), content_type="application/json")


@pytest.fixture(scope="module")
def feed_server():
    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def fake_feeds(feed_server, shared_fixtures):
    """The feed server, reset, with every feed routed: /gtfsrt, /sta/v1.1/Datastreams, /counters.geojson, /wfs."""
    feed_server.clear()
    fake = FakeFeeds((shared_fixtures / GTFS_RT_FIXTURE).read_bytes())
    feed_server.expect_request("/gtfsrt").respond_with_handler(fake.gtfsrt)
    feed_server.expect_request("/sta/v1.1/Datastreams").respond_with_handler(fake.sta_datastreams)
    feed_server.expect_request("/sta/v1.1/Locations").respond_with_handler(fake.sta_locations)
    feed_server.expect_request("/sta/v1.1").respond_with_handler(fake.sta_root)
    feed_server.expect_request("/counters.geojson").respond_with_handler(fake.geojson)
    feed_server.expect_request("/geoserver").respond_with_handler(fake.wfs)
    fake.server = feed_server
    fake.url = lambda path: feed_server.url_for(path)
    return fake


def static_gtfs_zip(path, trip_ids):
    """A small static GTFS naming the routes of the fixture's first trips (trip -> route, route -> names)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("routes.txt", "route_id,route_short_name,route_long_name\nR1,都01,渋谷駅前～新橋駅前\n")
        archive.writestr("trips.txt", "route_id,service_id,trip_id,trip_headsign\n"
                         + "".join(f"R1,WD,{trip_id},新橋駅前\n" for trip_id in trip_ids))
        archive.writestr("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,渋谷駅前,35.658,139.701\n")
    return path


# -- GTFS-Realtime ------------------------------------------------------------------------------------------------

def test_gtfsrt_vehicles_follow_the_feed_between_requests(fake_feeds):
    reader = FeedReader(fake_feeds.url("/gtfsrt"), "gtfsrt")
    first = reader.read()
    fake_feeds.tick = 2
    second = reader.read()
    assert len(first.features) == len(second.features) == VEHICLES_IN_FIXTURE
    vehicle = first.features[0]
    assert vehicle["properties"]["entity_id"] == "2022-04-11-5831"
    assert vehicle["properties"]["trip_id"] == "11.T5.2-B31-C-mjp-1.7.H"
    assert vehicle["properties"]["vehicle_id"] == "1040T-1078T-379M-380M-455M-456M"
    assert vehicle["properties"]["bearing"] == pytest.approx(172.8)
    assert vehicle["properties"]["occupancy"] == "FEW_SEATS_AVAILABLE"
    assert vehicle["properties"]["timestamp"] == "2022-04-11T06:04:11Z"  # 1649657051 s
    lon, lat = vehicle["geometry"]["coordinates"]
    assert (lon, lat) == pytest.approx((144.96138, -37.7207909), abs=1e-5)
    assert second.features[0]["geometry"]["coordinates"][1] == pytest.approx(lat + 2 * MOVE_PER_TICK, abs=1e-5)


def test_static_gtfs_names_are_joined_by_trip(fake_feeds, tmp_path, shared_fixtures):
    message = gtfsrt.decode_feed((shared_fixtures / GTFS_RT_FIXTURE).read_bytes(), "fixture")
    trip_ids = [entity.vehicle.trip.trip_id for entity in message.entity[:3]]
    options = FeedOptions(static_gtfs=str(static_gtfs_zip(tmp_path / "static.zip", trip_ids)))
    snapshot = read_feed(fake_feeds.url("/gtfsrt"), "gtfsrt", options)
    named = [f["properties"] for f in snapshot.features if f["properties"]["route_name"]]
    assert len(named) == 3
    assert named[0]["route_id"] == "R1" and named[0]["route_name"] == "都01"
    assert named[0]["route_long_name"] == "渋谷駅前～新橋駅前" and named[0]["trip_headsign"] == "新橋駅前"


def test_static_gtfs_from_a_url_is_downloaded_once(fake_feeds, tmp_path, shared_fixtures):
    message = gtfsrt.decode_feed((shared_fixtures / GTFS_RT_FIXTURE).read_bytes(), "fixture")
    zip_bytes = static_gtfs_zip(tmp_path / "static.zip", [message.entity[5].vehicle.trip.trip_id]).read_bytes()
    fake_feeds.server.expect_request("/ToeiBus-GTFS.zip").respond_with_data(zip_bytes, content_type="application/zip")
    options = FeedOptions(static_gtfs=fake_feeds.url("/ToeiBus-GTFS.zip"))
    reader = FeedReader(fake_feeds.url("/gtfsrt"), "gtfsrt", options)
    for _ in range(2):
        named = [f["properties"] for f in reader.read().features if f["properties"]["route_name"]]
        assert [(p["entity_id"], p["route_name"]) for p in named] == [(message.entity[5].id, "都01")]
    assert sum(1 for request, _ in fake_feeds.server.log if request.path == "/ToeiBus-GTFS.zip") == 1


def test_static_gtfs_without_ids_names_the_file_and_line(tmp_path):
    path = tmp_path / "bad.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("routes.txt", "route_id,route_short_name\nR1,都01\n,都02\n")
    with pytest.raises(InputError, match=r"bad\.zip!routes\.txt, line 3, field 'route_id'"):
        gtfsrt.load_static_gtfs(path)


# -- failures: one clear sentence each --------------------------------------------------------------------------

def closed_port_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/gtfsrt"


def test_server_down_is_one_clear_error():
    with pytest.raises(NetError, match=r"^Feed: no answer from http://127.0.0.1:\d+/gtfsrt \(.*refused.*\) after 2 "):
        read_feed(closed_port_url(), "gtfsrt", FeedOptions(timeout_s=2))


def test_slow_server_times_out(fake_feeds):
    fake_feeds.server.expect_request("/slow").respond_with_handler(lambda request: time.sleep(1.5) or Response("{}"))
    started = time.monotonic()
    with pytest.raises(NetError, match=r"no answer from .*/slow \(timed out\) after 2 attempt"):
        read_feed(fake_feeds.url("/slow"), "geojson", FeedOptions(timeout_s=0.3))
    assert time.monotonic() - started < 1.2 + 0.3  # two reads of 0.3 s and a 0.5 s backoff, within the 1.2 s deadline


def test_a_server_trickling_bytes_is_stopped_at_the_total_deadline(fake_feeds):
    def trickle(request):
        def chunks():
            for _ in range(20):
                time.sleep(0.1)
                yield b" "
        return Response(chunks(), content_type="application/json")

    fake_feeds.server.expect_request("/trickle").respond_with_handler(trickle)
    started = time.monotonic()
    with pytest.raises(NetError, match=r"did not finish within 1.2 s"):
        read_feed(fake_feeds.url("/trickle"), "geojson", FeedOptions(timeout_s=0.3))
    assert time.monotonic() - started < 2.5


def test_http_500_names_the_status(fake_feeds):
    fake_feeds.server.expect_request("/broken").respond_with_data("database unavailable", status=500)
    with pytest.raises(NetError, match=r"answered HTTP 500 INTERNAL SERVER ERROR: database unavailable$") as error:
        read_feed(fake_feeds.url("/broken"), "gtfsrt")
    assert "next refresh" not in str(error.value)  # a one-shot run: only live layers refresh


def test_truncated_protobuf_is_reported(fake_feeds):
    fake_feeds.server.expect_request("/truncated").respond_with_data(fake_feeds.pbf_bytes[:14600])
    with pytest.raises(FeedError, match=r"not a complete GTFS-Realtime message \(14600 bytes"):
        read_feed(fake_feeds.url("/truncated"), "gtfsrt")


def test_invalid_json_names_line_and_column(fake_feeds):
    fake_feeds.server.expect_request("/bad.json").respond_with_data('{"type": "FeatureCollection",\n "features": [,]}',
                                                                content_type="application/json")
    with pytest.raises(FeedError, match=r"not valid JSON \(line 2, column 15"):
        read_feed(fake_feeds.url("/bad.json"), "geojson")


def test_wfs_error_is_one_line_without_the_xml():
    from digital_twin.plugin.net.http import Answer

    report = (b'<?xml version="1.0" encoding="UTF-8"?>\n<ows:ExceptionReport version="2.0.0">\n'
              b'  <ows:Exception exceptionCode="InvalidParameterValue">\n'
              b'    <ows:ExceptionText>Unknown\n      type name</ows:ExceptionText>\n  </ows:Exception>\n'
              b'</ows:ExceptionReport>')
    with pytest.raises(FeedError, match=r"^http://x/wfs: the WFS answered HTTP 400 with an error: Unknown type name$"):
        wfs_traffic._feature_list(Answer("http://x/wfs", 400, "", {}, report))
    with pytest.raises(FeedError, match=r"^http://x/wfs: the WFS answered HTTP 502 with an error page$"):
        wfs_traffic._feature_list(
            Answer("http://x/wfs", 502, "", {}, b"<html>\n<h1>Bad gateway</h1>\n</html>"))


# -- SensorThings --------------------------------------------------------------------------------------------------

def test_sensorthings_latest_observation_per_datastream_over_pages(fake_feeds):
    url = fake_feeds.url("/sta/v1.1/Things")  # any entity-set URL leads to the service root
    first = read_feed(url, "sensorthings")
    fake_feeds.tick = 3
    later = read_feed(url, "sensorthings")
    assert [f["properties"]["datastream_id"] for f in first.features] == ["1", "2", "3"]  # page 2 followed
    levels = [f["properties"]["result"] for f in later.features]
    assert levels == pytest.approx([1.3, 2.3, 3.3])
    third = later.features[2]["properties"]
    assert third["thing"] == "観測所 3" and third["unit"] == "m" and third["observed_property"] == "River level"
    assert third["phenomenon_time"] == "2026-11-22T00:03:00Z"
    assert later.features[2]["geometry"]["coordinates"] == pytest.approx([139.83, 35.7])


def test_sensorthings_next_link_loop_is_stopped(fake_feeds):
    fake_feeds.server.expect_request("/loop/v1.1/Datastreams").respond_with_json(
        {"value": [], "@iot.nextLink": fake_feeds.url("/loop/v1.1/Datastreams")})
    with pytest.raises(FeedError, match="@iot.nextLink keeps going"):
        read_feed(fake_feeds.url("/loop/v1.1"), "sensorthings")


def test_sensorthings_service_root_and_query():
    assert sensorthings.service_root("https://x/FROST/v1.1/Datastreams(3)?$top=1") == "https://x/FROST/v1.1"
    assert "Observations($orderby=phenomenonTime%20desc;$top=1)" in sensorthings.latest_observations_url("https://x/v1.1")


# -- generic feeds -------------------------------------------------------------------------------------------------

def test_geojson_counters_follow_the_feed(fake_feeds):
    reader = FeedReader(fake_feeds.url("/counters.geojson"), "geojson")
    assert [f["properties"]["count"] for f in reader.read().features] == [10, 20]
    fake_feeds.tick = 1
    assert [f["properties"]["count"] for f in reader.read().features] == [15, 25, 35]


def test_json_records_with_lat_lon_paths(fake_feeds):
    buses = [{"@id": "urn:ucode:bus1", "@type": "odpt:Bus", "dc:date": "2026-11-22T09:00:00+09:00",
              "geo:lat": 35.6812, "geo:long": 139.7671, "odpt:azimuth": 90, "odpt:speed": 20}]
    fake_feeds.server.expect_request("/odpt").respond_with_json(buses)
    snapshot = read_feed(fake_feeds.url("/odpt"), "geojson")  # geo:lat / geo:long found without being named
    assert snapshot.features[0]["geometry"]["coordinates"] == [139.7671, 35.6812]
    assert snapshot.features[0]["properties"]["odpt:azimuth"] == 90
    nested = {"data": {"sensors": [{"id": 7, "pos": {"y": 35.5, "x": 139.5}, "people": 12}]}}
    fake_feeds.server.expect_request("/nested").respond_with_json(nested)
    options = FeedOptions(records_path="data.sensors", lat_path="pos.y", lon_path="pos.x")
    feature = read_feed(fake_feeds.url("/nested"), "geojson", options).features[0]
    assert feature["geometry"]["coordinates"] == [139.5, 35.5] and feature["properties"]["people"] == 12
    fake_feeds.server.expect_request("/nolat").respond_with_json([{"id": 1, "lat": "north", "lon": 139.0}])
    with pytest.raises(FeedError, match=r"record 0, field 'lat': expected a number, found 'north'"):
        read_feed(fake_feeds.url("/nolat"), "geojson")


def test_csv_feed_with_japanese_columns_and_codes(fake_feeds):
    text = "地点コード,名称,緯度,経度,人数\n0123,渋谷,35.659,139.700,120\n0456,新宿,35.690,139.700,85.5\n"
    fake_feeds.server.expect_request("/people.csv").respond_with_data(text.encode("cp932"), content_type="text/csv")
    snapshot = read_feed(fake_feeds.url("/people.csv"), "geojson")
    assert [f["properties"]["地点コード"] for f in snapshot.features] == ["0123", "0456"]  # leading zero kept
    assert [f["properties"]["人数"] for f in snapshot.features] == [120, 85.5]
    assert snapshot.features[1]["geometry"]["coordinates"] == [139.7, 35.69]
    fake_feeds.server.expect_request("/bad.csv").respond_with_data("a,lat,lon\n1,35.1,139\n2,,139\n")
    with pytest.raises(FeedError, match=r"line 3, field 'lat'"):
        read_feed(fake_feeds.url("/bad.csv"), "geojson")


def test_flatten_and_value_at():
    assert generic.flatten({"a": {"b": 1, "c": [1, 2]}, "d": None}) == {"a.b": 1, "a.c": "[1, 2]", "d": None}
    assert generic.value_at({"a": [{"b": 5}]}, "a.0.b") == 5


# -- JARTIC WFS ----------------------------------------------------------------------------------------------------

WHOLE_GRID = (139.6, 35.5, 139.9, 35.7)


def test_wfs_splits_boxes_the_service_refuses_and_keeps_each_point_once(fake_feeds):
    fake_feeds.wfs_cap = 3
    options = FeedOptions(bbox=WHOLE_GRID, time_code="202611220900")
    snapshot = read_feed(fake_feeds.url("/geoserver"), "wfs", options)
    codes = sorted(f["properties"]["常時観測点コード"] for f in snapshot.features)
    assert codes == list(range(3010000, 3010010))
    refused = [r for r in fake_feeds.wfs_requests if "ジオメトリ,139.600000,35.500000,139.900000" in r["cql_filter"]]
    assert len(refused) == 1 and len(fake_feeds.wfs_requests) > 5  # the whole box once, then its quarters
    point_7 = next(f for f in snapshot.features if f["properties"]["常時観測点コード"] == 3010007)
    assert point_7["properties"]["total_volume"] == 70 + 7 + 5 + 1
    assert point_7["geometry"]["type"] == "Point"
    assert point_7["geometry"]["coordinates"] == pytest.approx([139.74, 35.65])
    assert {r["typeNames"] for r in fake_feeds.wfs_requests} == {"t_travospublic_measure_5m"}


def test_wfs_pages_with_start_index(fake_feeds):
    fake_feeds.tick = 4
    options = FeedOptions(bbox=WHOLE_GRID, time_code="202611220900", page_size=4)
    snapshot = read_feed(fake_feeds.url("/geoserver"), "wfs", options)
    assert len(snapshot.features) == 10
    assert [r["startIndex"] for r in fake_feeds.wfs_requests] == ["0", "4", "8"]
    assert snapshot.features[0]["properties"]["total_volume"] == 0 + 4 + 0 + 5 + 1


def test_wfs_gives_up_splitting_with_a_clear_error(fake_feeds):
    fake_feeds.wfs_cap = 0
    with pytest.raises(FeedError, match="still refuses the answer as too large"):
        read_feed(fake_feeds.url("/geoserver"), "wfs", FeedOptions(bbox=WHOLE_GRID, time_code="202611220900"))


def test_latest_time_code_is_the_published_window_in_japan_time():
    now = datetime(2026, 11, 22, 0, 47, 30, tzinfo=UTC)  # 09:47:30 JST, minus 20 min lag -> 09:27 -> 09:25
    assert wfs_traffic.latest_time_code(now) == "202611220925"
    assert wfs_traffic.latest_time_code(now, wfs_traffic.TYPE_1HOUR) == "202611220900"


def test_getfeature_url_keeps_the_users_parameters():
    url = wfs_traffic.getfeature_url("https://api.example/geoserver?apikey=K&count=5", "t", (1, 2, 3, 4), "x", 0, 9)
    query = parse_qs(urlsplit(url).query)
    assert query["apikey"] == ["K"] and query["count"] == ["9"] and query["request"] == ["GetFeature"]


# -- recording and replay ----------------------------------------------------------------------------------------

def test_recording_then_replaying_gives_the_same_features_at_the_same_times(fake_feeds, tmp_path):
    recording = tmp_path / "buses.gpkg"
    reader = FeedReader(fake_feeds.url("/gtfsrt"), "gtfsrt")
    recorded = []
    for tick in range(3):
        fake_feeds.tick = tick
        snapshot = reader.read()
        snapshot.fetched_at = datetime(2026, 11, 22, 9, tick, 0, tzinfo=UTC)
        record.append_snapshot(recording, snapshot)
        recorded.append(snapshot)
    replay = record.ReplayReader(recording)
    for original in recorded:
        replayed = replay.read()
        assert replayed.fetched_at == original.fetched_at
        assert len(replayed.features) == VEHICLES_IN_FIXTURE
        for mine, theirs in zip(original.features, replayed.features, strict=True):
            assert theirs["properties"] == mine["properties"]
            assert theirs["geometry"]["coordinates"] == pytest.approx(mine["geometry"]["coordinates"], abs=1e-12)
    assert replay.read().fetched_at == recorded[0].fetched_at  # loops, for demos


def test_recording_grows_new_fields_and_keeps_types(tmp_path, fake_feeds):
    recording = tmp_path / "counters.gpkg"
    reader = FeedReader(fake_feeds.url("/counters.geojson"), "geojson")
    first = reader.read()
    first.features[0]["properties"]["fid"] = 99  # a name the GeoPackage reserves
    record.write_snapshots(recording, [first])
    fake_feeds.tick = 1
    later = reader.read()
    later.fetched_at = first.fetched_at.replace(year=first.fetched_at.year + 1)
    later.features[0]["properties"]["status"] = "ok"
    record.write_snapshots(recording, [later], append=True)
    snapshots = record.read_recording(recording)
    assert [len(s.features) for s in snapshots] == [2, 3]
    assert snapshots[0].features[0]["properties"]["feed_fid"] == 99
    assert snapshots[1].features[0]["properties"]["status"] == "ok"
    assert [f["properties"]["count"] for f in snapshots[1].features] == [15.0, 25.0, 35.0]
    with pytest.raises(InputError, match="exists already"):
        record.write_snapshots(recording, [later])


def test_replay_of_a_file_that_is_not_a_recording(tmp_path):
    (tmp_path / "notes.gpkg").write_text("not a geopackage")
    with pytest.raises(InputError, match="notes.gpkg"):
        record.ReplayReader(tmp_path / "notes.gpkg")


def test_unknown_feed_type_is_named():
    with pytest.raises(InputError, match="unknown feed type 'kml'"):
        read_feed("http://127.0.0.1/", "kml")
    assert feeds.FEED_TYPES == ["gtfsrt", "sensorthings", "geojson", "wfs"]


# -- Processing: digitaltwin:realtimesnapshot ---------------------------------------------------------------------

@pytest.fixture
def run_snapshot(digitaltwin_provider):
    import processing

    def run(**params):
        return processing.run("digitaltwin:realtimesnapshot", params)

    return run


def recorded_layer(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{path}|layername=realtime", "recording", "ogr")
    assert layer.isValid(), path
    return layer


def test_snapshot_algorithm_writes_the_vehicles_and_appends_a_recording(fake_feeds, tmp_path, run_snapshot):
    output = tmp_path / "buses.gpkg"
    result = run_snapshot(FEED_URL=fake_feeds.url("/gtfsrt"), FEED_TYPE=0, OUTPUT=str(output))
    assert result["FEATURE_COUNT"] == VEHICLES_IN_FIXTURE
    layer = recorded_layer(output)
    assert layer.featureCount() == VEHICLES_IN_FIXTURE
    first = next(layer.getFeatures())
    assert first["trip_id"] == "11.T5.2-B31-C-mjp-1.7.H" and first["bearing"] == pytest.approx(172.8)
    assert first.geometry().asPoint().y() == pytest.approx(-37.7207909, abs=1e-5)
    time.sleep(1.05)  # fetched_at has one-second resolution: the second fetch gets its own time
    fake_feeds.tick = 1
    run_snapshot(FEED_URL=fake_feeds.url("/gtfsrt"), FEED_TYPE=0, APPEND=True, OUTPUT=str(output))
    snapshots = record.read_recording(output)
    assert [len(s.features) for s in snapshots] == [VEHICLES_IN_FIXTURE, VEHICLES_IN_FIXTURE]
    latitudes = [s.features[0]["geometry"]["coordinates"][1] for s in snapshots]
    assert latitudes[1] - latitudes[0] == pytest.approx(MOVE_PER_TICK, abs=1e-5)
    assert snapshots[0].fetched_at.isoformat().replace("+00:00", "Z") == result["FETCHED_AT"]


def test_snapshot_algorithm_joins_a_static_gtfs_given_by_url(fake_feeds, tmp_path, run_snapshot, shared_fixtures):
    message = gtfsrt.decode_feed((shared_fixtures / GTFS_RT_FIXTURE).read_bytes(), "fixture")
    zip_bytes = static_gtfs_zip(tmp_path / "static.zip", [message.entity[0].vehicle.trip.trip_id]).read_bytes()
    fake_feeds.server.expect_request("/static.zip").respond_with_data(zip_bytes, content_type="application/zip")
    output = tmp_path / "named.gpkg"
    run_snapshot(FEED_URL=fake_feeds.url("/gtfsrt"), FEED_TYPE=0, STATIC_GTFS=fake_feeds.url("/static.zip"),
                 OUTPUT=str(output))
    named = [(f["entity_id"], f["route_name"], f["trip_headsign"]) for f in recorded_layer(output).getFeatures()
             if f["route_name"]]
    assert named == [("2022-04-11-5831", "都01", "新橋駅前")]


def test_snapshot_algorithm_keeps_an_existing_file_and_writes_nothing_on_failure(fake_feeds, tmp_path, run_snapshot):
    from qgis.core import QgsProcessingException

    existing = tmp_path / "mine.gpkg"
    existing.write_bytes(b"the user's own file")
    with pytest.raises(QgsProcessingException, match="exists already"):
        run_snapshot(FEED_URL=fake_feeds.url("/gtfsrt"), FEED_TYPE=0, OUTPUT=str(existing))
    assert existing.read_bytes() == b"the user's own file"
    fake_feeds.server.expect_request("/down500").respond_with_data("maintenance", status=500)
    with pytest.raises(QgsProcessingException, match=r"answered HTTP 500 INTERNAL SERVER ERROR: maintenance$"):
        run_snapshot(FEED_URL=fake_feeds.url("/down500"), FEED_TYPE=2, OUTPUT=str(tmp_path / "new.gpkg"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.gpkg"]


def test_snapshot_algorithm_reads_traffic_in_the_extent(fake_feeds, tmp_path, run_snapshot):
    fake_feeds.wfs_cap = 3  # the extent holds 4 points: the box is split, through QGIS's network stack
    output = tmp_path / "traffic.gpkg"
    result = run_snapshot(FEED_URL=fake_feeds.url("/geoserver"), FEED_TYPE=3, TIME_CODE="202611220900",
                          EXTENT="139.69,139.73,35.59,35.66 [EPSG:4326]", OUTPUT=str(output))
    assert result["FEATURE_COUNT"] == 4  # columns 0 and 1 of both rows
    volumes = sorted(f["total_volume"] for f in recorded_layer(output).getFeatures())
    assert volumes == [6, 17, 61, 72]  # 10n + n + 5 + 1 for points n = 0, 1, 5, 6


def test_snapshot_algorithm_sensorthings_feed_to_a_temporary_output(fake_feeds, run_snapshot):
    fake_feeds.tick = 2
    result = run_snapshot(FEED_URL=fake_feeds.url("/sta/v1.1"), FEED_TYPE=1, OUTPUT="TEMPORARY_OUTPUT")
    output = result["OUTPUT"]
    assert output.endswith(".gpkg")
    levels = {f["datastream"]: f["result"] for f in recorded_layer(output).getFeatures()}
    assert levels == pytest.approx({"水位 1": 1.2, "水位 2": 2.2, "水位 3": 3.2})


@pytest.mark.qgis_process
def test_qgis_process_takes_a_snapshot(fake_feeds, tmp_path, qgis_process_env):
    import headless

    output = tmp_path / "counters.gpkg"
    answer = headless.run_algorithm("digitaltwin:realtimesnapshot",
                                    {"FEED_URL": fake_feeds.url("/counters.geojson"), "FEED_TYPE": 2,
                                     "OUTPUT": str(output)}, qgis_process_env, timeout=300)
    assert answer["results"]["FEATURE_COUNT"] == 2
    counts = [f["properties"]["count"] for f in record.read_recording(output)[0].features]
    assert counts == [10, 20]


# -- live layers (QGIS) ----------------------------------------------------------------------------------------------

def wait_until(condition, timeout_s=15):
    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the live layer")
        QCoreApplication.processEvents()
        time.sleep(0.01)


class Messages:
    """Stands in for the message bar: what the live layer told the user."""

    def __init__(self):
        self.items = []

    def __call__(self, level, text):
        self.items.append((level, text))

    def warnings(self):
        from qgis.core import Qgis

        return [text for level, text in self.items if level == Qgis.MessageLevel.Warning]


@pytest.fixture
def live_layer(qgis_app, qgis_new_project):
    from digital_twin.plugin.realtime.qgis_live_layer import LiveLayer

    made = []

    def make(reader, **kwargs):
        live = LiveLayer(reader, "test feed", 3600, notify=kwargs.pop("notify", Messages()), **kwargs)
        made.append(live)
        return live

    yield make
    for live in made:
        live.stop()
        wait_until(lambda live=live: not live.is_refreshing())


def refresh(live):
    count = live.refresh_count
    live.refresh()
    wait_until(lambda: live.refresh_count > count)


def latitudes(layer):
    return [f.geometry().asPoint().y() for f in layer.getFeatures()]


FAILURES = {
    "down": ("gtfsrt", "no answer from"),
    "slow": ("gtfsrt", "no answer from .* after 2 attempt|did not finish within 2 s"),
    "500": ("gtfsrt", "answered HTTP 500"),  # never an older copy from QGIS's cache
    "truncated": ("gtfsrt", "not a complete GTFS-Realtime message"),
    "invalid_json": ("geojson", "not valid JSON"),
}


@pytest.mark.parametrize("failure", list(FAILURES))
def test_live_layer_keeps_the_last_data_warns_once_and_recovers(fake_feeds, live_layer, failure):
    from qgis.core import Qgis

    feed_type, expected = FAILURES[failure]
    url = fake_feeds.url("/gtfsrt" if feed_type == "gtfsrt" else "/counters.geojson")
    messages = Messages()
    from digital_twin.plugin.net.qgis_transport import QgisTransport

    # Through QGIS's network stack, as add_live_layer does (the engine tests above cover the plain transport).
    live = live_layer(FeedReader(url, feed_type, FeedOptions(timeout_s=0.5), QgisTransport()), notify=messages)
    refresh(live)
    before = [f.attributes() for f in live.layer.getFeatures()]
    assert len(before) == (VEHICLES_IN_FIXTURE if feed_type == "gtfsrt" else 2)
    assert live.layer.name().startswith("test feed (updated ")

    if failure == "down":
        live.reader.url = closed_port_url()
    fake_feeds.failure = failure
    refresh(live)
    refresh(live)  # still failing: no second warning
    assert len(messages.warnings()) == 1
    assert re.search(expected, messages.warnings()[0]) and "showing the data of" in messages.warnings()[0]
    assert [f.attributes() for f in live.layer.getFeatures()] == before  # the last good data stays
    assert live.layer.name().endswith("feed failing)")

    live.reader.url = url
    fake_feeds.failure = None
    fake_feeds.tick = 1
    refresh(live)
    assert live.last_error is None and messages.items[-1][0] == Qgis.MessageLevel.Success
    assert live.layer.name().endswith(")") and "failing" not in live.layer.name()
    if feed_type == "gtfsrt":
        assert latitudes(live.layer)[0] == pytest.approx(-37.7207909 + MOVE_PER_TICK, abs=1e-5)
    else:
        assert [f["count"] for f in live.layer.getFeatures()] == [15, 25, 35]  # the new counter appears too


def test_a_failing_feed_warns_in_the_message_bar(qgis_app, qgis_new_project, qgis_iface):
    from qgis.core import Qgis

    from digital_twin.plugin.realtime.qgis_live_layer import add_live_layer

    live = add_live_layer(qgis_iface, closed_port_url(), "geojson", interval_s=3600, name="人流")
    try:
        wait_until(lambda: live.last_error is not None)
        warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
        assert len(warnings) == 1 and warnings[0].startswith("Digital Twin:人流: ")
        assert "no answer from" in warnings[0] and "no data yet" in warnings[0]
    finally:
        live.stop()
        wait_until(lambda: not live.is_refreshing())


def test_live_layer_refreshes_on_its_own_interval(fake_feeds, qgis_app, qgis_new_project, qgis_iface):
    from qgis.core import QgsProject

    from digital_twin.plugin.realtime.qgis_live_layer import add_live_layer, stop_all_live_layers

    live = add_live_layer(qgis_iface, fake_feeds.url("/counters.geojson"), "geojson", interval_s=1)
    try:
        wait_until(lambda: live.layer is not None)
        assert QgsProject.instance().mapLayer(live.layer.id()) is live.layer
        assert [f["count"] for f in live.layer.getFeatures()] == [10, 20]
        fake_feeds.tick = 1
        wait_until(lambda: live.layer.featureCount() == 3)  # no refresh() call: the timer did it
        assert [f["count"] for f in live.layer.getFeatures()] == [15, 25, 35]
        QgsProject.instance().removeMapLayer(live.layer.id())  # removing the layer stops its refreshes
        assert not live._timer.isActive()
        again = add_live_layer(qgis_iface, fake_feeds.url("/counters.geojson"), "geojson", interval_s=1)
        wait_until(lambda: again.layer is not None)
        stop_all_live_layers()  # plugin unload
        wait_until(lambda: not again.is_refreshing())
        assert not again._timer.isActive() and again.layer.featureCount() == 3  # the last data stays
    finally:
        live.stop()
        wait_until(lambda: not live.is_refreshing())


class MinuteClockReader:
    """The feed reader with fetched_at set to 09:00, 09:01, ... UTC, so a recording spans minutes in a test."""

    def __init__(self, reader):
        self.reader, self.url, self.feed_type, self.minute = reader, reader.url, reader.feed_type, 0

    def read(self, progress):
        snapshot = self.reader.read(progress)
        snapshot.fetched_at = datetime(2026, 11, 22, 9, self.minute, tzinfo=UTC)
        self.minute += 1
        return snapshot


def test_recorded_live_layer_replays_in_the_temporal_controller_and_as_live(fake_feeds, live_layer, tmp_path):
    from qgis.core import QgsDateTimeRange, QgsFeatureRequest, QgsProject, QgsVectorLayerTemporalContext
    from qgis.PyQt.QtCore import QDateTime, Qt

    from digital_twin.plugin.realtime.qgis_live_layer import add_recording_layer

    recording = tmp_path / "recording.gpkg"
    live = live_layer(MinuteClockReader(FeedReader(fake_feeds.url("/gtfsrt"), "gtfsrt")), record_path=recording)
    shown = []
    for tick in range(3):
        fake_feeds.tick = tick
        refresh(live)
        shown.append(latitudes(live.layer))

    replayed = add_recording_layer(recording, interval_s=60)
    assert replayed.featureCount() == 3 * VEHICLES_IN_FIXTURE
    project_time = QgsProject.instance().timeSettings()
    assert project_time.temporalRange().begin() == QDateTime(2026, 11, 22, 9, 0, 0, 0, Qt.TimeSpec.UTC)
    assert project_time.temporalRange().end() == QDateTime(2026, 11, 22, 9, 2, 59, 0, Qt.TimeSpec.UTC)
    assert project_time.timeStep() == 60
    properties = replayed.temporalProperties()
    assert properties.isActive() and properties.startField() == "fetched_at"
    for minute, expected in enumerate(shown):
        start = QDateTime(2026, 11, 22, 9, minute, 0, 0, Qt.TimeSpec.UTC)  # what the controller shows at 09:0m
        frame = QgsDateTimeRange(start, start.addSecs(59))
        request = QgsFeatureRequest().setFilterExpression(
            properties.createFilterString(QgsVectorLayerTemporalContext(), frame))  # as the map renderer filters
        assert [f.geometry().asPoint().y() for f in replayed.getFeatures(request)] == pytest.approx(expected, abs=1e-9)

    replay = live_layer(record.ReplayReader(recording))
    for expected in shown:
        refresh(replay)
        assert latitudes(replay.layer) == pytest.approx(expected, abs=1e-9)


def test_traffic_live_layer_follows_the_map_extent_and_is_styled_by_volume(fake_feeds, live_layer):
    from qgis.core import QgsGraduatedSymbolRenderer

    extent = [(139.69, 35.59, 139.73, 35.66)]
    options = FeedOptions(time_code="202611220900")
    live = live_layer(FeedReader(fake_feeds.url("/geoserver"), "wfs", options), extent_provider=lambda: extent[0])
    refresh(live)
    assert sorted(f["total_volume"] for f in live.layer.getFeatures()) == [6, 17, 61, 72]
    assert isinstance(live.layer.renderer(), QgsGraduatedSymbolRenderer)
    assert live.layer.renderer().classAttribute() == "total_volume"
    extent[0] = WHOLE_GRID  # the user zoomed out
    refresh(live)
    assert live.layer.featureCount() == 10


def test_live_layers_start_again_when_the_project_is_opened(fake_feeds, qgis_app, qgis_new_project, tmp_path):
    from qgis.core import QgsProject

    from digital_twin.plugin.realtime.qgis_live_layer import add_live_layer, restore_live_layers

    project = QgsProject.instance()
    live = add_live_layer(None, fake_feeds.url("/counters.geojson"), "geojson", interval_s=3600, name="人流カウンター")
    wait_until(lambda: live.layer is not None)
    layer_id = live.layer.id()
    assert project.write(str(tmp_path / "twin.qgz"))
    live.stop()
    project.clear()
    fake_feeds.tick = 1
    assert project.read(str(tmp_path / "twin.qgz"))
    restored = restore_live_layers(None)
    try:
        assert [r.layer.id() for r in restored] == [layer_id]
        wait_until(lambda: restored[0].last_updated is not None)
        assert [f["count"] for f in restored[0].layer.getFeatures()] == [15, 25, 35]
        assert restored[0].layer.name().startswith("人流カウンター (updated ")
    finally:
        for again in restored:
            again.stop()
            wait_until(lambda again=again: not again.is_refreshing())


def test_native_sensorthings_layer_shows_the_latest_observation_per_datastream(fake_feeds, qgis_app, qgis_new_project):
    from digital_twin.plugin.realtime.qgis_live_layer import add_sensorthings_native_layer

    fake_feeds.tick = 5
    layer = add_sensorthings_native_layer(fake_feeds.url("/sta/v1.1/Datastreams"))
    assert layer.providerType() == "sensorthings"
    results = {f["Thing_name"]: float(f["Thing_Datastream_Observation_result"]) for f in layer.getFeatures()}
    assert results == pytest.approx({"観測所 1": 1.5, "観測所 2": 2.5, "観測所 3": 3.5})
    assert next(layer.getFeatures()).geometry().asPoint().x() == pytest.approx(139.81)


def test_a_recording_that_fails_is_reported_but_the_data_is_shown(fake_feeds, live_layer, tmp_path):
    messages = Messages()
    blocked = tmp_path / "not_a_folder"
    blocked.write_text("a file where the recording's folder should be")
    live = live_layer(FeedReader(fake_feeds.url("/counters.geojson"), "geojson"), notify=messages,
                      record_path=blocked / "counters.gpkg")
    refresh(live)
    assert [f["count"] for f in live.layer.getFeatures()] == [10, 20]
    assert len(messages.warnings()) == 1 and "recording to" in messages.warnings()[0]
    assert "not_a_folder" in messages.warnings()[0]


def test_live_feed_dialog_starts_a_recorded_live_layer(fake_feeds, qgis_app, qgis_new_project, qgis_iface, tmp_path,
                                                        monkeypatch):
    from qgis.PyQt.QtWidgets import QDialog

    from digital_twin.plugin.realtime import gui_live_feed

    def fill_and_accept(dialog):
        dialog.feed_type.setCurrentIndex(2)  # geojson
        dialog.url.setText(fake_feeds.url("/counters.geojson"))
        dialog.interval.setValue(3600)
        dialog.record.setChecked(True)
        dialog.record_path.setFilePath(str(tmp_path / "counters"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(gui_live_feed.LiveFeedDialog, "exec", fill_and_accept)
    live = gui_live_feed.show_live_feed_dialog(qgis_iface)
    try:
        wait_until(lambda: live.last_updated is not None)
        assert [f["count"] for f in live.layer.getFeatures()] == [10, 20]
        assert live.interval_s == 3600 and live.record_path == str(tmp_path / "counters.gpkg")
        assert [len(s.features) for s in record.read_recording(tmp_path / "counters.gpkg")] == [2]
    finally:
        live.stop()
        wait_until(lambda: not live.is_refreshing())


def test_live_feed_dialog_shows_the_example_of_the_chosen_type(qgis_app):
    from digital_twin.plugin.realtime.gui_live_feed import LiveFeedDialog

    dialog = LiveFeedDialog()
    assert dialog.values() == ("gtfsrt", gtfsrt.TOEI_BUS_URL, 30, None)
    dialog.feed_type.setCurrentIndex(3)
    assert dialog.values()[:2] == ("wfs", "https://api.jartic-open-traffic.org/geoserver")
    dialog.url.setText("https://city.example/my-feed.csv")
    dialog.feed_type.setCurrentIndex(2)
    assert dialog.values()[:2] == ("geojson", "https://city.example/my-feed.csv")  # the user's URL is kept
