"""Demo step: a minute of the district's recorded bus feed served back as live and recorded by a scheduled job.

A server on 127.0.0.1 answers each request with the next recorded GTFS-Realtime VehiclePositions snapshot (15 s
apart, from 09:00 JST); five runs of digitaltwin:realtimesnapshot with APPEND (0, 15, 30, 45, 60 s of the feed) build
one GeoPackage recording the temporal controller replays. Every request has a timeout, so nothing can hang.
"""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

RECORDING = "realtime: a minute of bus positions, recorded for replay"
SNAPSHOTS = 5  # 0 to 60 s of the feed
FEED_TIMEOUT_S = 10


def _replay_server(snapshots):
    """A GTFS-RT endpoint answering request n with snapshot n (the last one once they are used up)."""
    served = [0]

    class RecordedFeed(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server API)
            body = snapshots[min(served[0], len(snapshots) - 1)].read_bytes()
            served[0] += 1
            self.send_response(200)
            self.send_header("Content-Type", "application/x-protobuf")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), RecordedFeed)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run(demo):
    snapshots = sorted(demo.outputs["sample district: bus positions"].glob("vehicle_positions_*.pb"))[:SNAPSHOTS]
    recording = demo.output_dir / "realtime_buses.gpkg"
    server = _replay_server(snapshots)
    url = f"http://127.0.0.1:{server.server_address[1]}/gtfsrt"
    counts, fetched = [], []
    try:
        for refresh in range(len(snapshots)):
            if refresh:
                time.sleep(1.0)  # fetched_at has one-second resolution: each refresh gets its own time
            result = demo.run("digitaltwin:realtimesnapshot", FEED_URL=url, FEED_TYPE=0, APPEND=True,
                              STATIC_GTFS=demo.outputs["sample district: static GTFS"], TIMEOUT=FEED_TIMEOUT_S,
                              OUTPUT=recording)
            counts.append(int(result["FEATURE_COUNT"]))
            fetched.append(result["FETCHED_AT"])
    finally:
        server.shutdown()
        server.server_close()
    demo.outputs[RECORDING] = recording
    demo.numbers["realtime_positions_recorded"] = sum(counts)
    return [f"Realtime: {sum(counts)} bus positions recorded from {len(snapshots)} refreshes of the live feed "
            f"(a minute of the district's recorded feed)"]
