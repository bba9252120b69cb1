"""Realtime speed, as ratios measured in this run (noisy machines compare like with like):

1. GTFS-RT decode of a 5,000-vehicle feed (the real Melbourne entities repeated with unique ids, about Toei bus's
   whole fleet several times over) into features: ours (direct protobuf field access) against the usual script
   recipe, ``json_format.MessageToDict`` then walking the dicts.
2. Recording one refresh to a GeoPackage: ours (osgeo.ogr, one transaction) against QGIS's OGR provider
   (``QgsVectorLayer.dataProvider().addFeatures``) for the same features.
3. Main-thread cost of a live refresh (replace the 5,000 features of the memory layer), in ms: what could freeze
   QGIS; the features are built in the refresh task.
4. SensorThings latest values for 300 datastreams on 127.0.0.1: ours (one ``$expand`` query, paged) against QGIS's
   own ``sensorthings`` provider (Locations expanded to each datastream's latest Observation) and against the N+1
   recipe (list the Datastreams, then ask each for its latest Observation).

Run: .venv/bin/python bench/bench_realtime.py
"""

import json
import os
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import headless  # noqa: E402

sys.path.insert(0, str(headless.plugin_link().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from digital_twin.plugin.progress import NO_PROGRESS  # noqa: E402
from digital_twin.plugin.realtime import gtfsrt, record  # noqa: E402
from digital_twin.plugin.realtime.fetch import feed_client, get_json  # noqa: E402
from digital_twin.plugin.realtime.sensorthings import datastream_features  # noqa: E402
from digital_twin.plugin.realtime.snapshot import Snapshot  # noqa: E402

FIXTURE = ROOT.parent / "shared" / "fixtures" / "realtime" / "vic-metro-vehicle-positions.pbf"
# without ../shared (a user's clone), the sample district's own feed is the pattern the big feed repeats
SAMPLE_FEED = ROOT / "resources" / "sample_district" / "realtime" / "vehicle_positions"
VEHICLES = 5000
DATASTREAMS = 300
STA_PAGE = 100
ENTITY_SETS = ["Things", "Locations", "HistoricalLocations", "Datastreams", "Sensors", "ObservedProperties",
               "Observations", "FeaturesOfInterest"]


def best_of(function, repeat=5):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def feed_pattern():
    if FIXTURE.is_file():
        return FIXTURE
    sample = sorted(SAMPLE_FEED.glob("*.pb"))[0]
    print(f"({FIXTURE.parent} is absent: repeating the sample district's {sample.name} instead)")
    return sample


def big_feed(count=VEHICLES):
    from google.transit import gtfs_realtime_pb2

    real = gtfs_realtime_pb2.FeedMessage()
    real.ParseFromString(feed_pattern().read_bytes())
    feed = gtfs_realtime_pb2.FeedMessage()
    feed.header.CopyFrom(real.header)
    for index in range(count):
        entity = feed.entity.add()
        entity.CopyFrom(real.entity[index % len(real.entity)])
        entity.id = f"{entity.id}-{index}"
        entity.vehicle.vehicle.id = f"{entity.vehicle.vehicle.id}-{index}"
        entity.vehicle.position.latitude += (index // len(real.entity)) * 1e-4
    return feed.SerializeToString()


def reference_decode(data):
    """The common recipe: protobuf -> dict -> features."""
    from google.protobuf import json_format
    from google.transit import gtfs_realtime_pb2

    message = gtfs_realtime_pb2.FeedMessage()
    message.ParseFromString(data)
    document = json_format.MessageToDict(message)
    features = []
    for entity in document.get("entity", []):
        vehicle = entity.get("vehicle", {})
        position = vehicle.get("position")
        if not position:
            continue
        trip = vehicle.get("trip", {})
        features.append({"geometry": {"type": "Point", "coordinates": [position["longitude"], position["latitude"]]},
                         "properties": {"entity_id": entity["id"], "vehicle_id": vehicle.get("vehicle", {}).get("id"),
                                        "trip_id": trip.get("tripId"), "route_id": trip.get("routeId"),
                                        "bearing": position.get("bearing"), "speed": position.get("speed"),
                                        "occupancy": vehicle.get("occupancyStatus"),
                                        "timestamp": vehicle.get("timestamp")}})
    return features


def ours_decode(data):
    return gtfsrt.vehicle_features(gtfsrt.decode_feed(data, "bench"))


def bench_decode(data):
    assert len(ours_decode(data)) == len(reference_decode(data)) == VEHICLES
    ours, _ = best_of(lambda: ours_decode(data))
    reference, _ = best_of(lambda: reference_decode(data))
    print(f"GTFS-RT decode, {VEHICLES} vehicles ({len(data) / 1e6:.1f} MB): ours {ours * 1000:.0f} ms, "
          f"MessageToDict recipe {reference * 1000:.0f} ms -> ours is {reference / ours:.2f}x faster")


def bench_record(snapshot, workdir):
    from qgis.core import QgsVectorLayer

    from digital_twin.plugin.realtime.qgis_layers import qgs_features

    def ours():
        path = Path(tempfile.mktemp(suffix=".gpkg", dir=workdir))
        record.append_snapshot(path, snapshot)  # creates the recording
        started = time.perf_counter()
        record.append_snapshot(path, snapshot)  # a refresh appended
        return time.perf_counter() - started

    def qgis_provider():
        path = Path(tempfile.mktemp(suffix=".gpkg", dir=workdir))
        record.append_snapshot(path, snapshot)
        layer = QgsVectorLayer(f"{path}|layername={record.DEFAULT_LAYER}", "bench", "ogr")
        features = qgs_features(snapshot, layer.fields())
        started = time.perf_counter()
        ok, _ = layer.dataProvider().addFeatures(features)
        elapsed = time.perf_counter() - started
        assert ok and layer.featureCount() == 2 * len(snapshot.features)
        return elapsed

    ours_time = min(ours() for _ in range(3))
    qgis_time = min(qgis_provider() for _ in range(3))
    print(f"Record one refresh ({len(snapshot.features)} features) to GeoPackage: ours {ours_time * 1000:.0f} ms, "
          f"QGIS OGR provider addFeatures {qgis_time * 1000:.0f} ms -> ratio {qgis_time / ours_time:.2f}x")


def bench_live_update(snapshot):
    """What a refresh costs on the main thread (replace the features) and in its task (build them)."""
    from qgis.core import QgsVectorLayer

    from digital_twin.plugin.realtime.qgis_layers import qgs_features, qgs_fields

    layer = QgsVectorLayer("Point?crs=EPSG:4326", "live", "memory")
    layer.dataProvider().addAttributes(qgs_fields(snapshot).toList())
    layer.updateFields()
    features = qgs_features(snapshot, layer.fields())

    def replace():
        provider = layer.dataProvider()
        provider.truncate()
        provider.addFeatures(features)
        layer.updateExtents()

    build, _ = best_of(lambda: qgs_features(snapshot, layer.fields()))
    main_thread, _ = best_of(replace)
    print(f"Live refresh, {len(snapshot.features)} vehicles: {main_thread * 1000:.0f} ms on the main thread (replace "
          f"the features), {build * 1000:.0f} ms building them in the refresh task with the network and decoding")


def sta_server():
    def datastream(number, expand):
        entity = {"@iot.id": number, "name": f"水位 {number}", "unitOfMeasurement": {"symbol": "m"}}
        if expand:
            entity["Thing"] = {"@iot.id": number, "name": f"観測所 {number}", "Locations": [
                {"location": {"type": "Point", "coordinates": [139.7 + number / 1e4, 35.7]}}]}
            entity["ObservedProperty"] = {"name": "River level"}
            entity["Observations"] = [{"result": number / 100, "phenomenonTime": "2026-11-22T00:00:00Z"}]
        return entity

    def location(number):
        thing = datastream(number, True).pop("Thing")
        place = thing.pop("Locations")[0]
        thing["Datastreams"] = [datastream(number, True)]
        del thing["Datastreams"][0]["Thing"]
        return {"@iot.id": number, "name": f"地点 {number}", "encodingType": "application/geo+json", **place,
                "Things": [thing]}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server API)
            parts = urlsplit(self.path)
            query = {key: values[0] for key, values in parse_qs(parts.query).items()}
            skip = int(query.get("$skip", 0))
            root = f"http://{self.headers['Host']}/v1.1"
            if parts.path.endswith("/v1.1"):  # the service document QGIS's provider starts from
                body = {"value": [{"name": name, "url": f"{root}/{name}"} for name in ENTITY_SETS]}
            elif parts.path.endswith("/Locations"):  # QGIS's provider: Location > Thing > Datastream > Observation
                page = [location(n) for n in range(skip + 1, min(skip + STA_PAGE, DATASTREAMS) + 1)]
                body = {"value": page}
                if skip + STA_PAGE < DATASTREAMS:
                    body["@iot.nextLink"] = f"{root}/Locations?{parts.query.split('&$skip')[0]}&$skip={skip + STA_PAGE}"
            elif parts.path.endswith("/Observations"):  # /v1.1/Datastreams(n)/Observations
                body = {"value": [{"result": 1.0, "phenomenonTime": "2026-11-22T00:00:00Z"}]}
            else:
                expand = "$expand" in query
                page = [datastream(n, expand) for n in range(skip + 1, min(skip + STA_PAGE, DATASTREAMS) + 1)]
                body = {"@iot.count": DATASTREAMS, "value": page}
                if skip + STA_PAGE < DATASTREAMS:
                    body["@iot.nextLink"] = f"{parts.path}?{parts.query.split('&$skip')[0]}&$skip={skip + STA_PAGE}"
            payload = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("Cache-Control", "no-store")  # every run asks the server, as a live refresh does
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def n_plus_one(root):
    latest = []
    url = f"{root}/Datastreams"
    while url:
        page = get_json(url)
        for datastream in page["value"]:
            observations = get_json(f"{root}/Datastreams({datastream['@iot.id']})/Observations"
                                    "?$orderby=phenomenonTime%20desc&$top=1")
            latest.append(observations["value"][0]["result"])
        url = root.split("/v1.1")[0] + page["@iot.nextLink"] if "@iot.nextLink" in page else None
    return latest


def native_provider(root):
    """QGIS's sensorthings provider, Locations expanded to the latest Observation, every feature read."""
    from qgis.core import QgsProject

    from digital_twin.plugin.realtime.qgis_live_layer import add_sensorthings_native_layer

    project = QgsProject()  # a throwaway project owns the layer while it is read
    layer = add_sensorthings_native_layer(root, project=project)
    return [feature["Thing_Datastream_Observation_result"] for feature in layer.getFeatures()]


def bench_sensorthings():
    server = sta_server()
    root = f"http://127.0.0.1:{server.server_address[1]}/v1.1"
    try:
        ours_count = len(datastream_features(root, NO_PROGRESS, feed_client(10)))
        assert ours_count == len(n_plus_one(root)) == len(native_provider(root)) == DATASTREAMS
        ours, _ = best_of(lambda: datastream_features(root, NO_PROGRESS, feed_client(10)), repeat=3)
        reference, _ = best_of(lambda: n_plus_one(root), repeat=3)
        native, _ = best_of(lambda: native_provider(root), repeat=3)
    finally:
        server.shutdown()
        server.server_close()
    pages = -(-DATASTREAMS // STA_PAGE)
    print(f"SensorThings latest values, {DATASTREAMS} datastreams on 127.0.0.1: ours {ours * 1000:.0f} ms "
          f"({pages} requests); QGIS sensorthings provider (expanded to the latest Observation) "
          f"{native * 1000:.0f} ms -> ours is {native / ours:.1f}x faster; N+1 recipe {reference * 1000:.0f} ms "
          f"({pages + DATASTREAMS} requests) -> ours is {reference / ours:.1f}x faster")


def main():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    data = big_feed()
    bench_decode(data)
    snapshot = Snapshot(ours_decode(data), "bench", "gtfsrt", fields=gtfsrt.FIELDS)
    with tempfile.TemporaryDirectory() as workdir:
        bench_record(snapshot, workdir)
    bench_live_update(snapshot)
    bench_sensorthings()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
