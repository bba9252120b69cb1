"""digitaltwin:catalogsearch and digitaltwin:catalogdownload through processing.run and qgis_process, against a
catalog server on 127.0.0.1 (QGIS's own network stack: QgsNetworkAccessManager)."""

import csv
import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from werkzeug import Response

DATA = Path(__file__).resolve().parent / "data" / "catalog"


@pytest.fixture
def processing(digitaltwin_provider):
    import processing

    return processing


def read_csv(path):
    with open(path, encoding="utf-8-sig") as data:
        return list(csv.DictReader(data))


def test_plateau_search_with_filters_writes_csv(processing, httpserver, tmp_path):
    httpserver.expect_request("/search1/plateau-datasets").respond_with_data(
        (DATA / "plateau_datasets.json").read_bytes(), content_type="application/json")
    result = processing.run("digitaltwin:catalogsearch", {
        "CATALOG_TYPE": 0, "CATALOG": httpserver.url_for("/search1/plateau-datasets"), "CITY": "13101",
        "DATA_TYPE": "bldg", "OUTPUT": str(tmp_path / "chiyoda.csv")})
    assert result["DATASETS"] == 2 and result["ROWS"] == 2
    rows = read_csv(tmp_path / "chiyoda.csv")
    assert [(r["dataset_id"], r["lod"], r["resource_kind"]) for r in rows] == [
        ("13101_bldg_lod2", "2", "tiledscene"), ("13101_bldg_lod1", "1", "tiledscene")]
    assert rows[0]["resource_url"].endswith("_bldg_3dtiles_lod2/tileset.json")
    assert rows[0]["attribution"] == "出典: 国土交通省 Project PLATEAU (CC BY 4.0)"


def test_citygml_search_by_extent_sends_bbox(processing, httpserver, tmp_path):
    seen = []

    def citygml(request):
        seen.append(request.path)
        return Response((DATA / "citygml_cities.json").read_bytes(), content_type="application/json")

    httpserver.expect_request("/search2/citygml/r:139.76,35.68,139.77,35.69").respond_with_handler(citygml)
    result = processing.run("digitaltwin:catalogsearch", {
        "CATALOG_TYPE": 1, "CATALOG": httpserver.url_for("/search2/plateau-datasets"),
        "EXTENT": "139.76,139.77,35.68,35.69 [EPSG:4326]", "FORMAT": "CityGML", "LOD": "3",
        "OUTPUT": str(tmp_path / "files.gpkg")})
    assert seen == ["/search2/citygml/r:139.76,35.68,139.77,35.69"]
    assert result["DATASETS"] == 1 and result["ROWS"] == 3  # the bldg dataset of 13101 (max LOD 3), 3 mesh files

    from osgeo import ogr

    source = ogr.Open(str(tmp_path / "files.gpkg"))
    meshes = [feature.GetField("mesh_code") for feature in source.GetLayer(0)]
    assert meshes == ["53394525", "53394526", "53394535"]


def test_ckan_search_sends_query_and_reads_resources(processing, httpserver, tmp_path):
    package = json.loads((DATA / "ckan_package_plateau.json").read_text("utf-8"))["result"]
    queries = []

    def package_search(request):
        queries.append(request.args["q"])
        return Response(json.dumps({"success": True, "result": {"count": 1, "results": [package]}}),
                        content_type="application/json")

    httpserver.expect_request("/search3/api/3/action/package_search").respond_with_handler(package_search)
    result = processing.run("digitaltwin:catalogsearch", {
        "CATALOG_TYPE": 2, "CATALOG": httpserver.url_for("/search3"), "QUERY": "千代田区 PLATEAU",
        "OUTPUT": str(tmp_path / "ckan.csv")})
    assert queries == ["千代田区 PLATEAU"] and result["ROWS"] == 5
    rows = read_csv(tmp_path / "ckan.csv")
    assert [r["resource_format"] for r in rows] == ["CityGML", "3D Tiles", "Excel", "PDF", "GeoJSON"]
    assert rows[0]["size_bytes"] == "1183944704" and rows[0]["publisher"] == "国土交通省都市局"


def test_terria_catalog_from_the_real_file(processing, httpserver, tmp_path, shared_fixtures):
    httpserver.expect_request("/search4/catalog.json").respond_with_data(
        (shared_fixtures / "catalog" / "terria_wms-v8.json").read_bytes(), content_type="application/json")
    result = processing.run("digitaltwin:catalogsearch", {
        "CATALOG_TYPE": 3, "CATALOG": httpserver.url_for("/search4/catalog.json"), "QUERY": "ncwms time",
        "OUTPUT": str(tmp_path / "terria.csv")})
    rows = read_csv(tmp_path / "terria.csv")
    assert result["DATASETS"] == 2 and [r["layers"] for r in rows] == ["temp", "temp"]
    assert {r["resource_kind"] for r in rows} == {"wms"}


def test_http_error_is_one_sentence_and_no_file_is_left(processing, httpserver, tmp_path):
    from qgis.core import QgsProcessingException

    httpserver.expect_request("/search5/plateau-datasets").respond_with_json({"error": "not found"}, status=404)
    output = tmp_path / "never.csv"
    with pytest.raises(QgsProcessingException, match=r"PLATEAU data catalog: http://localhost:\d+/search5/"
                                                     r"plateau-datasets answered HTTP 404.*: not found"):
        processing.run("digitaltwin:catalogsearch", {
            "CATALOG_TYPE": 0, "CATALOG": httpserver.url_for("/search5/plateau-datasets"), "OUTPUT": str(output)})
    assert list(tmp_path.iterdir()) == []


def test_offline_uses_the_cache_of_an_earlier_run(processing, httpserver, tmp_path):
    from qgis.core import QgsProcessingException

    httpserver.expect_oneshot_request("/search7/plateau-datasets").respond_with_data(
        (DATA / "plateau_datasets.json").read_bytes(), content_type="application/json")
    url = httpserver.url_for("/search7/plateau-datasets")
    online = processing.run("digitaltwin:catalogsearch", {"CATALOG_TYPE": 0, "CATALOG": url, "PREF": "静岡県",
                                                          "OUTPUT": str(tmp_path / "online.csv")})
    offline = processing.run("digitaltwin:catalogsearch", {"CATALOG_TYPE": 0, "CATALOG": url, "PREF": "静岡県",
                                                           "OFFLINE": True, "OUTPUT": str(tmp_path / "offline.csv")})
    assert online["DATASETS"] == offline["DATASETS"] == 1  # the server answered once only
    assert read_csv(tmp_path / "online.csv") == read_csv(tmp_path / "offline.csv")
    with pytest.raises(QgsProcessingException, match="is not in the offline cache"):
        processing.run("digitaltwin:catalogsearch", {"CATALOG_TYPE": 0, "CATALOG": url + "?never", "OFFLINE": True,
                                                     "OUTPUT": str(tmp_path / "never.csv")})


def test_existing_output_is_kept(processing, tmp_path):
    from qgis.core import QgsProcessingException

    (tmp_path / "mine.csv").write_text("precious")
    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps({"datasets": [{"id": "a", "title": "A", "resources": [{"url": "a.gml"}]}]}))
    with pytest.raises(QgsProcessingException, match="exists already"):
        processing.run("digitaltwin:catalogsearch", {"CATALOG_TYPE": 4, "CATALOG": str(catalog),
                                                     "OUTPUT": str(tmp_path / "mine.csv")})
    assert (tmp_path / "mine.csv").read_text() == "precious"
    result = processing.run("digitaltwin:catalogsearch", {"CATALOG_TYPE": 4, "CATALOG": str(catalog),
                                                          "OVERWRITE": True, "OUTPUT": str(tmp_path / "mine.csv")})
    assert result["ROWS"] == 1 and read_csv(tmp_path / "mine.csv")[0]["resource_kind"] == "citygml"


def make_zip(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_download_checks_and_extracts_zip(processing, httpserver, tmp_path):
    payload = make_zip({"udx/bldg/53394525_bldg_6697_op.gml": "<CityModel/>", "README.txt": "PLATEAU"})
    digest = hashlib.sha256(payload).hexdigest()
    httpserver.expect_request("/files/chiyoda.zip").respond_with_data(payload, content_type="application/zip")
    result = processing.run("digitaltwin:catalogdownload", {
        "URL": httpserver.url_for("/files/chiyoda.zip"), "CHECKSUM": f"sha256:{digest}",
        "EXPECTED_SIZE": len(payload), "EXTRACT": True, "OUTPUT": str(tmp_path / "chiyoda.zip")})
    assert result["SIZE"] == len(payload) and result["SHA256"] == digest
    assert Path(result["EXTRACTED"]) == tmp_path / "chiyoda"
    assert (tmp_path / "chiyoda" / "udx" / "bldg" / "53394525_bldg_6697_op.gml").read_text() == "<CityModel/>"


def test_download_resumes_a_partial_file_through_qgis_network(processing, httpserver, tmp_path):
    payload = bytes(range(256)) * 8192  # 2 MiB
    ranges = []

    def ranged(request):
        ranges.append(request.headers.get("Range"))
        start = int(request.headers["Range"].split("=")[1].rstrip("-"))
        assert request.headers["If-Range"] == '"t1"'
        return Response(payload[start:], status=206, headers={
            "Content-Range": f"bytes {start}-{len(payload) - 1}/{len(payload)}", "ETag": '"t1"'})

    httpserver.expect_request("/files/tile.las").respond_with_handler(ranged)
    target = tmp_path / "tile.las"
    Path(f"{target}.part").write_bytes(payload[:700_000])  # what an interrupted run left: bytes and their ETag
    Path(f"{target}.part.json").write_text(json.dumps({"url": httpserver.url_for("/files/tile.las"),
                                                       "validator": '"t1"'}))
    result = processing.run("digitaltwin:catalogdownload", {
        "URL": httpserver.url_for("/files/tile.las"), "EXPECTED_SIZE": len(payload),
        "CHECKSUM": "sha256:" + hashlib.sha256(payload).hexdigest(), "OUTPUT": str(target)})
    assert ranges == ["bytes=700000-"] and result["SIZE"] == len(payload)
    assert target.read_bytes() == payload and not Path(f"{target}.part").exists()
    assert not Path(f"{target}.part.json").exists()


def test_download_refuses_bad_checksum_and_zip_slip(processing, httpserver, tmp_path):
    from qgis.core import QgsProcessingException

    evil = make_zip({"ok.txt": "fine", "../../escaped.txt": "gotcha"})
    httpserver.expect_request("/files/evil.zip").respond_with_data(evil)
    with pytest.raises(QgsProcessingException, match="failed the sha256 check"):
        processing.run("digitaltwin:catalogdownload", {
            "URL": httpserver.url_for("/files/evil.zip"), "CHECKSUM": "sha256:" + "0" * 64,
            "OUTPUT": str(tmp_path / "a" / "evil.zip")})
    assert not (tmp_path / "a" / "evil.zip").exists() and not (tmp_path / "a" / "evil.zip.part").exists()
    with pytest.raises(QgsProcessingException, match=r"'\.\./\.\./escaped\.txt' would be written outside"):
        processing.run("digitaltwin:catalogdownload", {
            "URL": httpserver.url_for("/files/evil.zip"), "EXTRACT": True, "OUTPUT": str(tmp_path / "b" / "evil.zip")})
    assert not list(tmp_path.rglob("escaped.txt"))


@pytest.mark.qgis_process
def test_catalogsearch_through_qgis_process(httpserver, qgis_process_env, tmp_path):
    import headless

    httpserver.expect_request("/search6/plateau-datasets").respond_with_data(
        (DATA / "plateau_datasets.json").read_bytes(), content_type="application/json")
    output = tmp_path / "tokyo.gpkg"
    answer = headless.run_algorithm("digitaltwin:catalogsearch", {
        "CATALOG_TYPE": 0, "CATALOG": httpserver.url_for("/search6/plateau-datasets"), "PREF": "東京都",
        "FORMAT": "MVT", "OUTPUT": str(output)}, qgis_process_env, timeout=300)
    assert answer["results"]["DATASETS"] == 2 and answer["results"]["ROWS"] == 2

    from osgeo import ogr

    source = ogr.Open(str(output))
    assert sorted(f.GetField("dataset_id") for f in source.GetLayer(0)) == ["13101_tran_lod1", "13111_luse"]


def test_type_lists_match_the_engine(digitaltwin_provider):
    from digital_twin.plugin.catalog import gui_dock, sources
    from digital_twin.processing_algorithms.catalog_search import CatalogSearchAlgorithm

    labels = CatalogSearchAlgorithm().catalog_type_labels()
    assert len(labels) == len(gui_dock.catalog_type_labels()) == len(sources.CATALOG_TYPES)
    assert [kind.key for kind in sources.CATALOG_TYPES][labels.index("CKAN portal")] == "ckan"


def test_qgis_transport_revalidates_with_etag_and_reports_errors(qgis_app, httpserver, tmp_path):
    from digital_twin.plugin.net.http import HttpClient, Limits, NetError
    from digital_twin.plugin.net.qgis_transport import QgisTransport

    conditional = []

    def answer(request):
        conditional.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"v7"':
            return Response(status=304, headers={"ETag": '"v7"'})
        return Response('{"datasets": [1, 2, 3]}', content_type="application/json", headers={"ETag": '"v7"'})

    httpserver.expect_request("/qgis/etag").respond_with_handler(answer)
    httpserver.expect_request("/qgis/garbage").respond_with_data("<html>oops</html>")
    client = HttpClient(transport=QgisTransport(), cache_dir=tmp_path, max_age=0, sleep=lambda s: None)
    url = httpserver.url_for("/qgis/etag")
    assert client.get_json(url, "PLATEAU") == client.get_json(url, "PLATEAU") == {"datasets": [1, 2, 3]}
    assert conditional == [None, '"v7"']
    with pytest.raises(NetError, match=r"Tokyo: http://localhost:\d+/qgis/garbage did not answer valid JSON"):
        client.get_json(httpserver.url_for("/qgis/garbage"), "Tokyo")
    with pytest.raises(NetError, match=r"^CKAN: no answer from http://127.0.0.1:9/x"):
        HttpClient(transport=QgisTransport(), limits=Limits(retries=0)).get_json("http://127.0.0.1:9/x", "CKAN")
