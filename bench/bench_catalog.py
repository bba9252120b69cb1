"""Catalog speed: parse + index of a 10,000-entry plateau-datasets answer and a search keystroke, as times relative
to json.loads of the same payload (measured in this run, so noisy machines compare like with like); also the first
open over HTTP on 127.0.0.1 and the second open from the on-disk cache.

Run: .venv/bin/python bench/bench_catalog.py
"""

import json
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import headless  # noqa: E402

sys.path.insert(0, str(headless.plugin_link().parent))
from digital_twin.plugin.catalog import plateau  # noqa: E402
from digital_twin.plugin.catalog.search import CatalogIndex  # noqa: E402
from digital_twin.plugin.net.http import HttpClient  # noqa: E402

ENTRIES = 10_000
SAMPLE = ROOT / "tests" / "data" / "catalog" / "plateau_datasets.json"


def synthetic_answer(count=ENTRIES):
    """The test answer's entries repeated with distinct ids, city codes and years, like the real ~2 MB list."""
    base = json.loads(SAMPLE.read_text("utf-8"))["datasets"]
    datasets = []
    for index in range(count):
        entry = dict(base[index % len(base)])
        city_code = f"{13 + index % 30:02d}{100 + index // 30 % 900:03d}"
        entry.update(id=f"{city_code}_{entry['type_en']}_{index}", city_code=city_code, pref_code=city_code[:2],
                     year=2020 + index % 5, url=entry["url"].replace("/assets/", f"/assets/{index:05d}/"))
        datasets.append(entry)
    return json.dumps({"datasets": datasets}, ensure_ascii=False).encode("utf-8")


def best_of(function, repeat=5):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def serve(payload):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server API)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("ETag", '"bench"')
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    payload = synthetic_answer()
    loads, _ = best_of(lambda: json.loads(payload))
    parse, _ = best_of(lambda: plateau.parse_datasets(json.loads(payload)))
    datasets = plateau.parse_datasets(json.loads(payload))
    index_time, _ = best_of(lambda: CatalogIndex(datasets))
    index = CatalogIndex(datasets)
    keystroke, _ = best_of(lambda: index.search(text="千代田 建", pref="13"), repeat=20)
    full_scan, _ = best_of(lambda: index.search(text="道路"), repeat=20)  # text only: every dataset is looked at
    facet, _ = best_of(lambda: index.search(city="13101", data_type="bldg", lod="2"), repeat=20)
    assert index.search(text="千代田 建", pref="13"), "the keystroke search must find something"

    server = serve(payload)
    url = f"http://127.0.0.1:{server.server_address[1]}/plateau-datasets"
    with tempfile.TemporaryDirectory() as cache:
        started = time.perf_counter()
        first = len(plateau.PlateauCatalog(HttpClient(cache_dir=cache), url).datasets())
        first_open = time.perf_counter() - started
        started = time.perf_counter()
        second = len(plateau.PlateauCatalog(HttpClient(cache_dir=cache), url).datasets())
        second_open = time.perf_counter() - started
    server.shutdown()
    assert first == second == ENTRIES

    print(f"catalog bench: plateau-datasets answer of {ENTRIES} entries, {len(payload) / 1e6:.1f} MB")
    print(f"  {'json.loads (reference)':<37}{loads * 1000:8.1f} ms  {1:6.3f}x")
    for label, seconds in [("parse (json.loads + model)", parse), ("index build", index_time),
                           ("parse + index", parse + index_time), ("search keystroke (text + pref)", keystroke),
                           ("search keystroke (text, all 10,000)", full_scan),
                           ("facet search (city + type + LOD)", facet),
                           ("first open over HTTP (127.0.0.1)", first_open),
                           ("second open (disk cache)", second_open)]:
        print(f"  {label:<37}{seconds * 1000:8.1f} ms  {seconds / loads:6.3f}x json.loads")
    return 0


if __name__ == "__main__":
    sys.exit(main())
