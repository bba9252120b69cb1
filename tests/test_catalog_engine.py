"""Catalog engine without QGIS: parsers on answers of the real shapes (and the real TerriaJS files), the search index,
and the HTTP client against a server on 127.0.0.1 that answers errors, slowly, garbage, ETags and byte ranges."""

import hashlib
import json
import time
from pathlib import Path

import pytest
from werkzeug import Response

from digital_twin.plugin.catalog import ckan, local, plateau, search, table, terria
from digital_twin.plugin.catalog.model import Dataset, Resource, recognise
from digital_twin.plugin.errors import Cancelled, InputError
from digital_twin.plugin.net import http
from digital_twin.plugin.progress import Progress

DATA = Path(__file__).resolve().parent / "data" / "catalog"


def load(name):
    return json.loads((DATA / name).read_text("utf-8"))


def client(tmp_path, **options):
    """A client that records its waits instead of sleeping, with its own cache."""
    waits = []
    options.setdefault("cache_dir", tmp_path / "cache")
    limits = http.Limits(connect_timeout_s=2, read_timeout_s=2, retries=options.pop("retries", 3))
    made = http.HttpClient(sleep=waits.append, limits=limits, **options)
    made.waits = waits
    return made


# -- model: formats and kinds --------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, name, url, expected", [
    ("", "CityGML（v3）", "https://a/x_citygml_1_op.zip", ("CityGML", "citygml")),
    ("", "3D Tiles, MVT（v3）", "https://a/resource/r2", ("3D Tiles", "tiledscene")),
    ("", "データ目録（v3）", "https://a/catalog.xlsx", ("Excel", "download")),
    ("", "索引図（v3）", "https://a/indexmap.pdf", ("PDF", "download")),
    ("", "", "https://a/b/tileset.json", ("3D Tiles", "tiledscene")),
    ("", "", "https://a/b/{z}/{x}/{y}.mvt", ("MVT", "vectortile")),
    ("", "", "https://a/08OE1234.copc.laz", ("COPC", "pointcloud")),
    ("", "点群データ 08OE", "https://a/08OE.zip", ("LAS", "pointcloud")),
    ("LAS", "", "https://a/x.las", ("LAS", "pointcloud")),
    ("geojson", "", "https://a/x", ("GeoJSON", "vector")),
    ("", "", "https://a/ows?SERVICE=WMS&request=GetCapabilities", ("WMS", "wms")),
    ("", "", "https://a/other.zip", ("ZIP", "download")),
    ("", "説明ページ", "https://a/page.html", ("", "link")),
])
def test_formats_are_recognised_by_label_name_or_url(fmt, name, url, expected):
    assert recognise(fmt, name, url) == expected


def test_dataset_round_trips_and_names_bad_fields():
    dataset = Dataset(id="a", title="A", year=2023, resources=[Resource(url="x.gml", format="CityGML",
                                                                        kind="citygml", size=10)])
    assert Dataset.from_dict(dataset.to_dict()) == dataset
    with pytest.raises(InputError, match="field 'year'"):
        Dataset.from_dict({"id": "a", "title": "A", "year": "last year"}, where="cat.json")
    with pytest.raises(InputError, match="field 'title'"):
        Dataset.from_dict({"id": "a"}, where="cat.json")
    with pytest.raises(InputError, match="resources.url"):
        Dataset.from_dict({"id": "a", "title": "A", "resources": [{"name": "no url"}]})


# -- PLATEAU ---------------------------------------------------------------------------------------------------------

def test_plateau_datasets_answer_is_parsed_with_every_field():
    datasets = plateau.parse_datasets(load("plateau_datasets.json"))
    assert len(datasets) == 8
    sapporo = datasets[0]
    assert (sapporo.pref, sapporo.city, sapporo.ward, sapporo.ward_code) == ("北海道", "札幌市", "中央区", "01101")
    assert (sapporo.format, sapporo.lod, sapporo.year, sapporo.data_type_en) == ("3D Tiles", "1", 2020, "bldg")
    assert sapporo.resources[0].kind == "tiledscene"
    assert "PLATEAU" in sapporo.attribution and sapporo.licence
    road = next(d for d in datasets if d.id == "13101_tran_lod1")
    assert road.format == "MVT" and road.resources[0].kind == "vectortile" and road.resources[0].layers == ["Road"]
    flood = next(d for d in datasets if d.id == "13111_fld_l2")  # ward and layers missing altogether
    assert flood.ward == "" and flood.resources[0].layers == []
    assert datasets[1].tags == ["texture"]


def test_plateau_answer_without_datasets_is_a_clear_error():
    with pytest.raises(http.NetError, match="PLATEAU data catalog: https://x/y did not answer a 'datasets'"):
        plateau.parse_datasets({"data": []}, "https://x/y")


def test_citygml_answers_in_both_shapes():
    current = plateau.parse_citygml(load("citygml_cities.json"))
    by_id = {d.id: d for d in current}
    assert sorted(by_id) == ["13101_bldg_citygml_2023", "13101_citygml_2023", "13101_tran_citygml_2023",
                             "13102_bldg_citygml_2023", "13102_citygml_2023"]
    bldg = by_id["13101_bldg_citygml_2023"]
    assert bldg.data_type == "建築物モデル" and bldg.lod == "3"  # the highest maxLod of its files
    assert [(r.mesh_code, r.lod) for r in bldg.resources] == [("53394525", "2"), ("53394526", "3"),
                                                               ("53394535", "1")]
    assert all(r.kind == "citygml" and r.url.endswith("_op.gml") for r in bldg.resources)
    whole = by_id["13101_citygml_2023"]
    assert whole.resources[0].url.endswith("13101_chiyoda-ku_pref_2023_citygml_1_op.zip")
    assert whole.resources[1].name == "metadata"
    older = plateau.parse_citygml(load("citygml_single_city.json"))
    assert [d.id for d in older] == ["22203_fld_citygml_2021", "22203_citygml_2021"]
    assert older[0].data_type == "洪水浸水想定区域モデル" and older[0].resources[0].mesh_code == "52385721"
    with pytest.raises(http.NetError, match="neither 'cities' nor a city object"):
        plateau.parse_citygml({"error": "not found"}, "https://x/citygml/m:1")


def test_citygml_conditions():
    assert plateau.citygml_conditions(city_codes=["13101", "13102"]) == "13101,13102"
    assert plateau.citygml_conditions(mesh_codes=["53394525"]) == "m:53394525"
    assert plateau.citygml_conditions(bbox=(139.76, 35.68, 139.775, 35.69)) == "r:139.76,35.68,139.775,35.69"
    assert plateau.citygml_conditions(place="千代田区") == "g:千代田区"
    with pytest.raises(InputError, match="5-digit city code"):
        plateau.citygml_conditions(city_codes=["1310"])
    with pytest.raises(InputError, match="exactly one"):
        plateau.citygml_conditions(city_codes=["13101"], place="x")


# -- search ----------------------------------------------------------------------------------------------------------

def test_search_filters_by_place_type_format_year_lod_and_text():
    index = search.CatalogIndex(plateau.parse_datasets(load("plateau_datasets.json")))
    ids = lambda **query: [d.id for d in index.search(**query)]  # noqa: E731
    assert ids(pref="東京都") == ["13101_bldg_lod2", "13101_bldg_lod1", "13101_tran_lod1", "13111_fld_l2", "13111_luse"]
    assert ids(pref="13", data_type="bldg") == ["13101_bldg_lod2", "13101_bldg_lod1"]
    assert ids(city="13101", lod="2") == ["13101_bldg_lod2"]
    assert ids(ward="中央区") == ["01101_bldg_lod1"]
    assert ids(format="mvt") == ["13101_tran_lod1", "13111_luse"]
    assert ids(year="2021") == ["22203_bldg_lod2"]
    assert ids(text="千代田 建築物") == ["13101_bldg_lod2", "13101_bldg_lod1"]
    assert ids(text="ＴＡＭＡＧＡＷＡ") == []  # full-width folded, but the word is only in the URL
    assert ids(text="多摩川") == ["13111_fld_l2"]
    assert ids(text="lod2 建築物", pref="静岡県") == ["22203_bldg_lod2"]
    assert ids(city="札幌市", data_type="tran") == []
    assert index.facet_values("pref") == sorted(["北海道", "東京都", "静岡県", "神奈川県"])
    assert index.facet_values("year") == ["2020", "2021", "2023"]


# -- CKAN ------------------------------------------------------------------------------------------------------------

def test_ckan_package_resources_are_recognised_by_name_and_url():
    dataset = ckan.parse_package(ckan.unwrap(load("ckan_package_plateau.json"), "u", "G空間"), "G空間")
    assert (dataset.id, dataset.year, dataset.city_code, dataset.pref_code) == \
        ("plateau-13101-chiyoda-ku-2023", 2023, "13101", "13")
    assert dataset.publisher == "国土交通省都市局" and dataset.licence.startswith("PLATEAU Site Policy")
    assert [(r.format, r.kind) for r in dataset.resources] == [
        ("CityGML", "citygml"), ("3D Tiles", "tiledscene"), ("Excel", "download"), ("PDF", "download"),
        ("GeoJSON", "vector")]
    assert [r.size for r in dataset.resources] == [1183944704, None, None, 20480, None]
    assert dataset.resources[4].checksum.startswith("sha256:")
    assert dataset.format == "CityGML" and dataset.lod == "1"  # "LOD1" in the notes


def ckan_package(number):
    return {"name": f"tokyopc-23ku-2024-{number:03d}", "title": f"東京都 点群 {number}",
            "license_title": "CC BY 4.0", "organization": {"title": "東京都デジタルサービス局"},
            "resources": [{"name": f"08OE{number:04d}", "format": "LAS", "url": f"https://x/08OE{number:04d}.las",
                           "size": 1000 + number}]}


def test_ckan_search_pages_through_all_results(httpserver, tmp_path):
    packages = [ckan_package(n) for n in range(250)]
    seen_starts = []

    def package_search(request):
        start, rows = int(request.args["start"]), int(request.args["rows"])
        seen_starts.append(start)
        assert request.args["q"] == "点群"
        return Response(json.dumps({"help": "h", "success": True, "result": {
            "count": len(packages), "results": packages[start:start + rows]}}), content_type="application/json")

    httpserver.expect_request("/ckan/api/3/action/package_search").respond_with_handler(package_search)
    catalog = ckan.CkanCatalog(client(tmp_path), httpserver.url_for("/ckan"), "G空間情報センター")
    fractions = []
    datasets = catalog.search("点群", progress=Progress(report=fractions.append))
    assert seen_starts == [0, 100, 200]
    assert len(datasets) == 250 and datasets[249].resources[0].size == 1249
    assert datasets[0].resources[0].kind == "pointcloud" and datasets[0].licence == "CC BY 4.0"
    assert fractions[-1] == 100.0
    assert len(catalog.search("点群", max_results=120)) == 120


def test_ckan_error_envelope_names_catalog_url_and_ckan_message(httpserver, tmp_path):
    httpserver.expect_request("/api/3/action/package_show").respond_with_json(
        {"help": "h", "success": False, "error": {"message": "Not found", "__type": "Not Found Error"}}, status=404)
    catalog = ckan.CkanCatalog(client(tmp_path), httpserver.url_for("/api/3/action/"), "東京都オープンデータ")
    with pytest.raises(http.NetError) as error:
        catalog.package("no-such-package")
    message = str(error.value)
    assert message.startswith("東京都オープンデータ: http://localhost:")
    assert "package_show?id=no-such-package answered HTTP 404 NOT FOUND: Not found" in message


# -- TerriaJS (the real files) ----------------------------------------------------------------------------------------

def test_terria_real_catalogs(shared_fixtures):
    folder = shared_fixtures / "catalog"
    tiles = terria.parse_catalog(json.loads((folder / "terria_cesium3dtiles.json").read_text()))
    assert len(tiles) == 1 and tiles[0].group == "Cesium 3D Tiles example"
    assert tiles[0].resources[0].kind == "tiledscene" and tiles[0].resources[0].url.endswith("/NPB/tileset.json")
    wms = terria.parse_catalog(json.loads((folder / "terria_wms-v8.json").read_text()))
    assert len(wms) == 7 and {d.format for d in wms} == {"WMS"}
    assert wms[0].id == "28Nih6" and wms[0].resources[0].layers == ["Significant_height_of_wind_waves_surface"]
    assert wms[-1].title == "US Monthly Temperature and Precipitation" and wms[-1].resources[0].layers == []
    polling = terria.parse_catalog(json.loads((folder / "terria_polling.json").read_text()),  # v7 "items"
                                   "https://viewer.example/init/test.json")
    assert len(polling) == 10 and {d.format for d in polling} == {"CSV"}
    assert sum(d.tags == ["polling"] for d in polling) == 7  # the three "static" items do not poll
    assert polling[0].resources[0].url == "https://viewer.example/init/build/TerriaJS/test/csv_nongeo/xy.csv"


def test_terria_nested_groups_proxy_and_info():
    answer = {"catalog": [{"type": "group", "name": "3D都市モデル", "members": [
        {"type": "group", "name": "千代田区", "members": [
            {"type": "3d-tiles", "name": "建築物", "id": "b1",
             "url": "/proxy/_1s/https://assets.example/13101/tileset.json",
             "info": [{"name": "ライセンス", "content": "<p>CC BY 4.0</p>"},
                      {"name": "出典", "content": "東京都"}],
             "customProperties": {"switchableUrls": [{"name": "LOD2", "url": "proxy/_0d/assets.example/lod2/"
                                                                          "tileset.json"}]}},
            {"type": "geojson", "name": "避難所", "url": "https://x.example/shelters.geojson"},
            {"type": "sos", "name": "河川水位", "url": "https://x.example/sos"},
            {"type": "group", "name": "空のグループ", "members": []}]}]}]}
    datasets = terria.parse_catalog(answer, "https://viewer.example/catalog.json", "東京都デジタルツイン3Dビューア")
    assert [d.title for d in datasets] == ["建築物", "避難所", "河川水位"]
    building = datasets[0]
    assert building.group == "3D都市モデル / 千代田区"
    assert [r.url for r in building.resources] == ["https://assets.example/13101/tileset.json",
                                                    "http://assets.example/lod2/tileset.json"]
    assert (building.licence, building.attribution) == ("CC BY 4.0", "東京都")
    assert [d.resources[0].kind for d in datasets] == ["tiledscene", "vector", "link"]
    with pytest.raises(http.NetError, match="has no 'catalog' list"):
        terria.parse_catalog({"workbench": []}, "https://x/init.json")


# -- HTTP client: errors, retries, slow answers, garbage, cache ------------------------------------------------------

def test_retries_5xx_and_429_with_backoff_then_succeeds(httpserver, tmp_path):
    httpserver.expect_ordered_request("/d").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/d").respond_with_data("slow down", status=429, headers={"Retry-After": "3"})
    httpserver.expect_ordered_request("/d").respond_with_json({"datasets": []})
    made = client(tmp_path)
    assert made.get_json(httpserver.url_for("/d"), "PLATEAU") == {"datasets": []}
    assert made.waits == [0.5, 3.0]  # backoff, then the server's Retry-After


def test_http_error_names_catalog_url_and_status(httpserver, tmp_path):
    httpserver.expect_request("/missing").respond_with_json({"error": "not found"}, status=404)
    httpserver.expect_request("/down").respond_with_data("<html>Bad gateway</html>", status=502)
    made = client(tmp_path, retries=2)
    with pytest.raises(http.NetError, match=r"^PLATEAU: http://localhost:\d+/missing answered HTTP 404 "
                                                    "NOT FOUND: not found$"):
        made.get_json(httpserver.url_for("/missing"), "PLATEAU")
    with pytest.raises(http.NetError, match="/down answered HTTP 502 BAD GATEWAY$"):  # no HTML pasted
        made.get_json(httpserver.url_for("/down"), "PLATEAU")
    assert made.waits == [0.5, 1.0]  # two retries of the 502, none of the 404


def test_garbage_is_an_error_and_is_not_cached(httpserver, tmp_path):
    httpserver.expect_ordered_request("/g").respond_with_data(b"\x00\x01<!DOCTYPE html> maintenance",
                                                              content_type="text/html")
    httpserver.expect_ordered_request("/g").respond_with_json({"ok": 1})
    made = client(tmp_path)
    with pytest.raises(http.NetError, match=r"Tokyo: http://localhost:\d+/g did not answer valid JSON"):
        made.get_json(httpserver.url_for("/g"), "Tokyo")
    assert made.get_json(httpserver.url_for("/g"), "Tokyo") == {"ok": 1}


def test_slow_answer_times_out_with_a_clear_error(httpserver, tmp_path):
    def slow(request):
        time.sleep(3)
        return Response("{}", content_type="application/json")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    made = http.HttpClient(limits=http.Limits(connect_timeout_s=1, read_timeout_s=0.5, retries=1), sleep=lambda s: None)
    started = time.monotonic()
    with pytest.raises(http.NetError, match=r"CKAN: no answer from http://localhost:\d+/slow .*after 2 "):
        made.get_json(httpserver.url_for("/slow"), "CKAN")
    assert time.monotonic() - started < 8


def test_unreachable_server_is_named(tmp_path):
    made = client(tmp_path, retries=0)
    with pytest.raises(http.NetError, match=r"^Terria: no answer from http://127.0.0.1:9/x"):
        made.get_json("http://127.0.0.1:9/x", "Terria")


def test_cache_revalidates_with_etag_and_serves_offline(httpserver, tmp_path):
    body = json.dumps(load("plateau_datasets.json"))
    conditional = []

    def answer(request):
        conditional.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"'})
        return Response(body, content_type="application/json", headers={"ETag": '"v1"'})

    httpserver.expect_request("/plateau-datasets").respond_with_handler(answer)
    url = httpserver.url_for("/plateau-datasets")
    made = client(tmp_path, max_age=0)
    first = made.get_json(url, "PLATEAU")
    second = made.get_json(url, "PLATEAU")
    assert first == second and len(first["datasets"]) == 8
    assert conditional == [None, '"v1"']  # the second asked "changed since v1?" and got 304
    fresh = client(tmp_path, max_age=600)  # a young cached answer is used without asking
    assert fresh.get_json(url, "PLATEAU") == first and len(conditional) == 2
    httpserver.stop()
    try:
        assert client(tmp_path, max_age=0, retries=0).get_json(url, "PLATEAU") == first  # server gone: cache
        assert client(tmp_path, offline=True).get_json(url, "PLATEAU") == first
        with pytest.raises(http.NetError, match="is not in the offline cache"):
            client(tmp_path, offline=True).get_json(url + "?other=1", "PLATEAU")
    finally:
        httpserver.start()


def test_last_modified_is_sent_back(httpserver, tmp_path):
    seen = []

    def answer(request):
        seen.append(request.headers.get("If-Modified-Since"))
        if request.headers.get("If-Modified-Since"):
            return Response(status=304)
        return Response('{"a": 1}', headers={"Last-Modified": "Wed, 21 Oct 2026 07:28:00 GMT"})

    httpserver.expect_request("/lm").respond_with_handler(answer)
    made = client(tmp_path, max_age=0)
    assert made.get_json(httpserver.url_for("/lm"), "C") == made.get_json(httpserver.url_for("/lm"), "C") == {"a": 1}
    assert seen == [None, "Wed, 21 Oct 2026 07:28:00 GMT"]


# -- downloads ---------------------------------------------------------------------------------------------------------

PAYLOAD = bytes(range(256)) * 4096  # 1 MiB
SHA256 = hashlib.sha256(PAYLOAD).hexdigest()
ETAG = '"v1"'


def interrupted(target, url, size, validator=ETAG):
    """A partial download as an earlier run leaves it: the bytes, and the validator they came with."""
    Path(f"{target}.part").write_bytes(PAYLOAD[:size])
    Path(f"{target}.part.json").write_text(json.dumps({"url": url, "validator": validator}))


def ranged_file(log, honour_range=True):
    """A handler serving PAYLOAD, answering Range requests with 206 like a file server."""

    def handler(request):
        wanted = request.headers.get("Range")
        log.append(wanted)
        if wanted and honour_range and request.headers.get("If-Range") == ETAG:
            start = int(wanted.split("=")[1].rstrip("-"))
            return Response(PAYLOAD[start:], status=206, headers={
                "Content-Range": f"bytes {start}-{len(PAYLOAD) - 1}/{len(PAYLOAD)}", "ETag": ETAG})
        return Response(PAYLOAD, headers={"Content-Length": str(len(PAYLOAD)), "ETag": ETAG})

    return handler


def test_download_checks_size_and_sha256(httpserver, tmp_path):
    log = []
    httpserver.expect_request("/f.las").respond_with_handler(ranged_file(log))
    made = client(tmp_path)
    target = made.download(httpserver.url_for("/f.las"), tmp_path / "out" / "f.las", checksum=f"sha256:{SHA256}",
                           expected_size=len(PAYLOAD))
    assert target.read_bytes() == PAYLOAD and not (tmp_path / "out" / "f.las.part").exists()
    with pytest.raises(InputError, match="exists already"):
        made.download(httpserver.url_for("/f.las"), target)
    with pytest.raises(http.NetError, match="failed the md5 check"):
        made.download(httpserver.url_for("/f.las"), tmp_path / "bad.las", checksum="0" * 32)
    with pytest.raises(http.NetError, match=f"gave {len(PAYLOAD)} bytes but the catalog lists 5"):
        made.download(httpserver.url_for("/f.las"), tmp_path / "short.las", expected_size=5)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == []  # nothing half-written left


@pytest.mark.parametrize("honour_range", [True, False])
def test_download_resumes_a_partial_file(httpserver, tmp_path, honour_range):
    log = []
    httpserver.expect_request("/big.laz").respond_with_handler(ranged_file(log, honour_range))
    target = tmp_path / "big.laz"
    interrupted(target, httpserver.url_for("/big.laz"), 300_000)
    client(tmp_path).download(httpserver.url_for("/big.laz"), target, checksum=SHA256)
    assert log == ["bytes=300000-"]
    assert target.read_bytes() == PAYLOAD  # resumed (206) or restarted (200), never glued wrong


class FakeReply:
    """A transport's reply from a list of chunks; ``broken``: the connection drops after them."""

    def __init__(self, status, headers, chunks, broken=False):
        self.status, self.reason = status, ""
        self.headers = {key.lower(): value for key, value in headers.items()}
        self._chunks = list(chunks)
        self._broken = broken

    def read(self, size):
        if self._chunks:
            return self._chunks.pop(0)
        if self._broken:
            raise http.TransportError("connection reset")
        return b""

    def close(self):
        self._chunks = []


class BrokenTransport:
    """Delivers the first ``cut`` bytes, then the connection drops (the real transport raises TransportError)."""

    def __init__(self, cut):
        self.cut = cut
        self.ranges = []

    def open(self, request):
        headers = request.headers
        self.ranges.append(headers.get("Range"))
        start = int(headers["Range"].split("=")[1].rstrip("-")) if "Range" in headers else 0
        status = 206 if start else 200
        answer = {"Content-Range": f"bytes {start}-{len(PAYLOAD) - 1}/{len(PAYLOAD)}"} if start else {
            "Content-Length": str(len(PAYLOAD))}
        return FakeReply(status, {**answer, "ETag": ETAG}, [PAYLOAD[start:self.cut]], self.cut < len(PAYLOAD))


def test_broken_download_keeps_the_part_and_resumes(tmp_path):
    transport = BrokenTransport(cut=400_000)
    made = http.HttpClient(transport=transport, sleep=lambda s: None)
    target = tmp_path / "tile.las"
    with pytest.raises(http.NetError, match="broke off after 400000 bytes.*resume from tile.las.part"):
        made.download("https://x/tile.las", target)
    assert not target.exists() and Path(f"{target}.part").stat().st_size == 400_000
    transport.cut = len(PAYLOAD)
    made.download("https://x/tile.las", target, checksum=f"sha256:{SHA256}")
    assert transport.ranges == [None, "bytes=400000-"] and target.read_bytes() == PAYLOAD


def test_cancel_stops_a_download_and_keeps_it_resumable(httpserver, tmp_path):
    httpserver.expect_request("/f").respond_with_handler(ranged_file([]))
    calls = []
    progress = Progress(report=calls.append, is_cancelled=lambda: len(calls) >= 2)
    with pytest.raises(Cancelled):
        client(tmp_path).download(httpserver.url_for("/f"), tmp_path / "f.las", progress=progress)
    assert not (tmp_path / "f.las").exists() and 0 < (tmp_path / "f.las.part").stat().st_size < len(PAYLOAD)


def test_checksum_texts():
    assert http.parse_checksum("SHA-256:ABCDEF" + "0" * 58) == ("sha256", "abcdef" + "0" * 58)
    assert http.parse_checksum("d41d8cd98f00b204e9800998ecf8427e") == ("md5", "d41d8cd98f00b204e9800998ecf8427e")
    with pytest.raises(InputError, match="not a checksum"):
        http.parse_checksum("crc32:zz")


# -- local catalogs and tables ----------------------------------------------------------------------------------------

def test_local_folder_is_scanned_and_catalog_file_round_trips(shared_fixtures, tmp_path):
    folder = tmp_path / "district"
    (folder / "udx" / "bldg").mkdir(parents=True)
    (folder / "tiles" / "bldg").mkdir(parents=True)
    (folder / "pc").mkdir()
    gml = shared_fixtures / "plateau" / "tokyo-ota_53392642_bldg_6697_op2.gml"
    (folder / "udx" / "bldg" / "53392642_bldg_6697_op2.gml").write_bytes(gml.read_bytes())
    (folder / "pc" / "simple.copc.laz").write_bytes((shared_fixtures / "pointcloud" / "simple.copc.laz").read_bytes())
    (folder / "tiles" / "bldg" / "tileset.json").write_text('{"asset": {"version": "1.0"}}')
    (folder / "tiles" / "bldg" / "0.b3dm").write_bytes(b"b3dm")
    (folder / "notes.txt").write_text("not data")
    (folder / "pc" / "half.las.part").write_bytes(b"x")
    name, datasets = local.open_local(folder)
    assert name == "district"
    by_id = {d.id: d for d in datasets}
    assert sorted(by_id) == ["pc/simple.copc.laz", "tiles/bldg/tileset.json", "udx/bldg/53392642_bldg_6697_op2.gml"]
    gml_dataset = by_id["udx/bldg/53392642_bldg_6697_op2.gml"]
    assert (gml_dataset.data_type_en, gml_dataset.data_type, gml_dataset.resources[0].mesh_code) == \
        ("bldg", "建築物モデル", "53392642")
    assert gml_dataset.resources[0].size == gml.stat().st_size
    assert by_id["pc/simple.copc.laz"].resources[0].kind == "pointcloud"
    assert by_id["tiles/bldg/tileset.json"].resources[0].kind == "tiledscene"

    local.write_catalog_file(folder / "catalog.json", "サンプル地区", datasets)
    stored = json.loads((folder / "catalog.json").read_text("utf-8"))
    assert stored["datasets"][0]["resources"][0]["url"] == "pc/simple.copc.laz"  # relative: the folder can move
    moved = folder.rename(tmp_path / "moved")
    name, again = local.open_local(moved)
    assert name == "サンプル地区" and [d.id for d in again] == [d.id for d in datasets]
    assert again[0].resources[0].url == str(moved / "pc" / "simple.copc.laz")
    with pytest.raises(InputError, match="exists already"):
        local.write_catalog_file(moved / "catalog.json", "x", datasets)


def test_bad_catalog_file_names_file_and_line(tmp_path):
    bad = tmp_path / "catalog.json"
    bad.write_text('{"datasets": [\n  {"id": "a", "title": "A"},\n  oops\n]}')
    with pytest.raises(InputError, match=r"catalog.json, line 3: not valid JSON"):
        local.load_catalog_file(bad)
    bad.write_text('{"datasets": [{"id": "a", "title": "A", "year": "soon"}]}')
    with pytest.raises(InputError, match=r"dataset 1\), field 'year'"):
        local.load_catalog_file(bad)


def test_table_has_one_row_per_resource_in_csv_and_gpkg(tmp_path):
    import csv

    from osgeo import ogr

    datasets = plateau.parse_citygml(load("citygml_cities.json"))
    assert table.write_table(datasets, tmp_path / "t.csv") == 8  # 3 + 1 + zip + metadata; 1 + zip
    with open(tmp_path / "t.csv", encoding="utf-8-sig") as data:
        csv_rows = list(csv.DictReader(data))
    assert csv_rows[1]["mesh_code"] == "53394526" and csv_rows[1]["resource_lod"] == "3"
    assert csv_rows[1]["title"] == "建築物モデル（千代田区）CityGML" and csv_rows[1]["year"] == "2023"
    assert table.write_table(datasets, tmp_path / "t.gpkg") == 8
    source = ogr.Open(str(tmp_path / "t.gpkg"))  # keep the data source alive while its layer is read
    layer = source.GetLayer(0)
    assert layer.GetFeatureCount() == 8
    first = layer.GetNextFeature()
    assert (first.GetField("city_code"), first.GetField("year"), first.GetField("resource_kind")) == \
        ("13101", 2023, "citygml")
    with pytest.raises(InputError, match="exists already"):
        table.write_table(datasets, tmp_path / "t.csv")
    with pytest.raises(InputError, match=".csv or .gpkg"):
        table.write_table(datasets, tmp_path / "t.xlsx")


def test_a_range_answer_that_does_not_fit_restarts_the_download(tmp_path):
    class WrongRange(BrokenTransport):
        def open(self, request):
            self.ranges.append(request.headers.get("Range"))
            if "Range" in request.headers:  # answers from byte 10 whatever we asked: gluing it on would corrupt
                return FakeReply(206, {"Content-Range": f"bytes 10-{len(PAYLOAD) - 1}/{len(PAYLOAD)}"},
                                 [PAYLOAD[10:]])
            return FakeReply(200, {"Content-Length": str(len(PAYLOAD))}, [PAYLOAD])

    transport = WrongRange(cut=0)
    target = tmp_path / "x.las"
    interrupted(target, "https://x/x.las", 5000)
    http.HttpClient(transport=transport, sleep=lambda s: None).download("https://x/x.las", target, checksum=SHA256)
    assert transport.ranges == ["bytes=5000-", None] and target.read_bytes() == PAYLOAD


def test_a_download_has_its_own_deadline_not_the_two_minutes_of_a_request(tmp_path):
    """A download (a city zip takes minutes) runs to its own deadline_s; a plain request keeps the limits' deadline.
    Scaled down: requests may take 0.3 s, the file arrives in ~0.8 s."""
    import dataclasses

    class SlowReply(FakeReply):
        def read(self, size):
            time.sleep(0.1)
            return super().read(size)

    class Transport:
        def open(self, request):
            return SlowReply(200, {"Content-Length": str(len(PAYLOAD))},
                             [PAYLOAD[start:start + 1000] for start in range(0, len(PAYLOAD), 1000)][:8] +
                             [PAYLOAD[8000:]])

    made = http.HttpClient(transport=Transport(), sleep=lambda s: None,
                           limits=dataclasses.replace(http.Limits(), request_deadline_s=0.3, retries=0))
    with pytest.raises(http.NetError):
        made.get_bytes("https://x/x.las", "test")  # a plain request still stops at 0.3 s
    target = made.download("https://x/x.las", tmp_path / "x.las", deadline_s=30.0)
    assert target.read_bytes() == PAYLOAD


def test_a_file_another_run_wrote_meanwhile_is_never_replaced(tmp_path):
    """The target was absent when the download began and appears before it ends (a second QGIS, the user): the
    download fails naming it, and that file is kept."""
    target = tmp_path / "x.las"

    class SlowReply(FakeReply):
        def read(self, size):
            if len(self._chunks) == 1:
                target.write_bytes(b"theirs")
            return super().read(size)

    class Transport:
        def open(self, request):
            return SlowReply(200, {"Content-Length": str(len(PAYLOAD))}, [PAYLOAD[:100], PAYLOAD[100:]])

    with pytest.raises(InputError, match="x.las"):
        http.HttpClient(transport=Transport(), sleep=lambda s: None).download("https://x/x.las", target)
    assert target.read_bytes() == b"theirs" and [path.name for path in tmp_path.iterdir()] == ["x.las"]


def test_a_partial_file_without_its_validator_is_not_trusted(tmp_path):
    transport = BrokenTransport(cut=len(PAYLOAD))
    target = tmp_path / "x.las"
    Path(f"{target}.part").write_bytes(b"garbage from somewhere else")  # no .part.json: origin unknown
    http.HttpClient(transport=transport).download("https://x/x.las", target, checksum=SHA256)
    assert transport.ranges == [None] and target.read_bytes() == PAYLOAD
    assert not Path(f"{target}.part.json").exists()


def test_an_endless_answer_is_cut_off():
    class Endless:
        def open(self, request):
            return FakeReply(200, {}, [b"[" * 65536] * 10_000)

    with pytest.raises(http.NetError, match="is larger than 1 MB"):
        http.HttpClient(transport=Endless(), limits=http.Limits(max_answer_bytes=1 << 20)).get_json(
            "https://x/endless", "CKAN")
