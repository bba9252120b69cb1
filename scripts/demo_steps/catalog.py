"""Demo step: the bundled sample district's offline catalog searched by type, and one of its files downloaded over
HTTP (a server on 127.0.0.1 serving the district folder) with a checksum check. Uses only what the checkout holds."""

import functools
import hashlib
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DISTRICT = ROOT / "resources" / "sample_district"
SAMPLE_CATALOG = SAMPLE_DISTRICT / "catalog.json"
DOWNLOADED_FILE = "pointcloud.laz"  # relative to the district folder, as a catalog resource URL would name it


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def run(demo):
    table = demo.output_dir / "catalog_buildings.csv"
    found = demo.run("digitaltwin:catalogsearch", CATALOG_TYPE=4, CATALOG=str(SAMPLE_CATALOG), DATA_TYPE="bldg",
                     OUTPUT=str(table))
    demo.outputs["catalog: buildings in the offline catalog"] = table

    source = SAMPLE_DISTRICT / DOWNLOADED_FILE
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(SAMPLE_DISTRICT)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        downloaded = demo.output_dir / "catalog_download" / DOWNLOADED_FILE
        url = f"http://127.0.0.1:{server.server_address[1]}/{DOWNLOADED_FILE}"
        result = demo.run("digitaltwin:catalogdownload", URL=url, CHECKSUM=f"sha256:{digest}",
                          OUTPUT=str(downloaded))
    finally:
        server.shutdown()
        server.server_close()
    demo.outputs["catalog: downloaded point cloud"] = downloaded
    return [f"catalog: {int(found['DATASETS'])} building dataset(s), {int(found['ROWS'])} files, found offline in "
            "the sample district catalog",
            f"catalog: downloaded {int(result['SIZE'])} bytes, sha256 verified"]
