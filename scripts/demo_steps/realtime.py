"""Demo step: a scheduled job recording a live bus feed. A server on 127.0.0.1 serves the real GTFS-Realtime fixture
(Melbourne vehicle positions) with every vehicle a little further north at each request; three runs of
digitaltwin:realtimesnapshot with APPEND build a GeoPackage recording the temporal controller replays, and one run
reads a GeoJSON people-counter feed."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures"
FIXTURE = FIXTURES / "realtime" / "vic-metro-vehicle-positions.pbf"
REFRESHES = 3


def _feed_server():
    from google.transit import gtfs_realtime_pb2

    requests_seen = [0]

    class Feed(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server API)
            if self.path == "/gtfsrt":
                message = gtfs_realtime_pb2.FeedMessage()
                message.ParseFromString(FIXTURE.read_bytes())
                for entity in message.entity:
                    entity.vehicle.position.latitude += 0.001 * requests_seen[0]
                requests_seen[0] += 1
                body, kind = message.SerializeToString(), "application/x-protobuf"
            else:
                counters = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [139.7016, 35.6580]},
                             "properties": {"name": "渋谷駅前", "people_per_min": 412}},
                            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [139.7005, 35.6896]},
                             "properties": {"name": "新宿駅西口", "people_per_min": 388}}]
                body = json.dumps({"type": "FeatureCollection", "features": counters}, ensure_ascii=False).encode()
                kind = "application/geo+json"
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Feed)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run(demo):
    recording = demo.output_dir / "realtime_buses.gpkg"
    counters = demo.output_dir / "realtime_people_counters.gpkg"
    server = _feed_server()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        fetched = []
        for refresh in range(REFRESHES):
            if refresh:
                time.sleep(1.0)  # fetched_at has one-second resolution: each refresh gets its own time
            result = demo.run("digitaltwin:realtimesnapshot", FEED_URL=f"{base}/gtfsrt", FEED_TYPE=0, APPEND=True,
                              OUTPUT=str(recording))
            fetched.append((int(result["FEATURE_COUNT"]), result["FETCHED_AT"]))
        people = demo.run("digitaltwin:realtimesnapshot", FEED_URL=f"{base}/counters.geojson", FEED_TYPE=2,
                          OUTPUT=str(counters))
    finally:
        server.shutdown()
        server.server_close()
    demo.outputs["realtime: bus positions recorded over 3 refreshes (temporal replay)"] = recording
    demo.outputs["realtime: people counters snapshot"] = counters
    return [f"realtime: recorded {sum(count for count, _ in fetched)} vehicle positions in {REFRESHES} refreshes "
            f"({fetched[0][1]} to {fetched[-1][1]})",
            f"realtime: {int(people['FEATURE_COUNT'])} people counters read from a GeoJSON feed"]
