"""Demo step: the offline catalog of a local district folder (real PLATEAU and point cloud fixtures), searched by
type, and one of its files downloaded over HTTP (a server on 127.0.0.1) with a checksum check."""

import functools
import hashlib
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT.parent / "shared" / "fixtures"
SAMPLE_CATALOG = ROOT / "resources" / "sample_district" / "catalog.json"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _district(folder):
    """A district folder laid out like a PLATEAU release: udx/<type>/<mesh>_<type>_6697_op.gml plus point clouds."""
    for name, type_en in [("tokyo-ota_53392642_bldg_6697_op2.gml", "bldg"),
                          ("shizuoka_52382287_bldg_6697_psc_op.gml", "bldg"),
                          ("numazu_52385721_fld_6697_l1_op.gml", "fld"),
                          ("yokosuka_523965_dem_6697_05_op.gml", "dem")]:
        target = folder / "udx" / type_en / name.split("_", 1)[1]
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(FIXTURES / "plateau" / name, target)
    (folder / "pointcloud").mkdir(exist_ok=True)
    shutil.copy(FIXTURES / "pointcloud" / "simple.copc.laz", folder / "pointcloud" / "simple.copc.laz")
    return folder


def run(demo):
    folder = _district(demo.output_dir / "catalog_district")
    table = demo.output_dir / "catalog_buildings.csv"
    # The bundled sample district's catalog when it is there, else the folder made from the real fixtures.
    catalog = SAMPLE_CATALOG if SAMPLE_CATALOG.is_file() else folder
    found = demo.run("digitaltwin:catalogsearch", CATALOG_TYPE=4, CATALOG=str(catalog), DATA_TYPE="bldg",
                     OUTPUT=str(table))
    demo.outputs["catalog: buildings in the offline catalog"] = table

    source = folder / "pointcloud" / "simple.copc.laz"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        downloaded = demo.output_dir / "catalog_download" / "simple.copc.laz"
        url = f"http://127.0.0.1:{server.server_address[1]}/pointcloud/simple.copc.laz"
        result = demo.run("digitaltwin:catalogdownload", URL=url, CHECKSUM=f"sha256:{digest}",
                          OUTPUT=str(downloaded))
    finally:
        server.shutdown()
        server.server_close()
    demo.outputs["catalog: downloaded point cloud"] = downloaded
    where = "the sample district catalog" if catalog == SAMPLE_CATALOG else "a folder of real PLATEAU fixtures"
    return [f"catalog: {int(found['DATASETS'])} building dataset(s), {int(found['ROWS'])} files, found offline in "
            f"{where}",
            f"catalog: downloaded {int(result['SIZE'])} bytes, sha256 verified"]
