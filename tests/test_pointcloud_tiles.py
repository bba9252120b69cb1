"""Tile scheme settings, and tile downloads through the plugin's network layer (local HTTP server): resumed, and
checked before they are saved or reused."""

import io
import json
import zipfile

import pytest
from werkzeug.wrappers import Response

from digital_twin.plugin.errors import DigitalTwinError, InputError
from digital_twin.plugin.net.http import HttpClient, Limits
from digital_twin.plugin.pointcloud.tiles import TileScheme, check_tile_zip, download_tile


def tile_zip(name="09LD2626", las=b"LASF" + bytes(range(256)) * 4000):
    """A tile zip as Tokyo publishes them: one LAS file (stored, so the zip is ~1 MB)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zipped:
        zipped.writestr(f"{name}.las", las)
    return buffer.getvalue()


PAYLOAD = tile_zip()
NO_RETRIES = Limits(retries=0)


def test_tokyo_scheme_and_settings_round_trip():
    scheme = TileScheme()
    assert scheme.tile_url("09LD2626") == "https://gic-tokyo.s3.ap-northeast-1.amazonaws.com/2024/dig/lp/09LD2626.zip"
    other = TileScheme.from_dict({"name": "Shizuoka", "download_url": "https://example.org/pc/{name}.zip",
                                  "unknown": "ignored"})
    assert other.tile_url("ab12") == "https://example.org/pc/ab12.zip"
    assert other.index_name_field == "MESH_NO"  # missing keys keep the defaults
    assert TileScheme.from_dict(other.to_dict()) == other
    with pytest.raises(InputError, match="not a tile name"):
        scheme.tile_url("../../etc/passwd")


def test_tile_download_resumes_its_part_file(httpserver, tmp_path):
    ranges = []

    def ranged(request):
        header = request.headers.get("Range")
        ranges.append(header)
        start = int(header.split("=")[1].rstrip("-")) if header else 0
        response = Response(PAYLOAD[start:], status=206 if header else 200, headers={"ETag": '"p1"'})
        if header:
            response.headers["Content-Range"] = f"bytes {start}-{len(PAYLOAD) - 1}/{len(PAYLOAD)}"
        return response

    httpserver.expect_request("/lp/09LD2626.zip").respond_with_handler(ranged)
    scheme = TileScheme(download_url=httpserver.url_for("/lp/{name}.zip"))
    (tmp_path / "09LD2626.zip.part").write_bytes(PAYLOAD[:300_000])  # an earlier, interrupted download
    (tmp_path / "09LD2626.zip.part.json").write_text(json.dumps({"url": scheme.tile_url("09LD2626"),
                                                                  "validator": '"p1"'}))
    path = download_tile(scheme, "09LD2626", tmp_path, client=HttpClient(limits=NO_RETRIES))
    assert path == tmp_path / "09LD2626.zip"
    assert path.read_bytes() == PAYLOAD
    assert ranges == ["bytes=300000-"]
    assert not (tmp_path / "09LD2626.zip.part").exists()


def test_missing_tile_is_a_clear_error(httpserver, tmp_path):
    httpserver.expect_request("/lp/09XX0000.zip").respond_with_data("no", status=404)
    scheme = TileScheme(name="Tokyo test", download_url=httpserver.url_for("/lp/{name}.zip"))
    with pytest.raises(DigitalTwinError, match="404"):
        download_tile(scheme, "09XX0000", tmp_path, client=HttpClient(limits=NO_RETRIES))
    assert not (tmp_path / "09XX0000.zip").exists()


def test_a_garbage_answer_is_never_saved_as_a_tile(httpserver, tmp_path):
    """Issue 18 item 6: an error page served with status 200 must not become <tile>.zip."""
    httpserver.expect_request("/bad/09LD2626.zip").respond_with_data("<html>maintenance</html>")
    scheme = TileScheme(download_url=httpserver.url_for("/bad/{name}.zip"))
    with pytest.raises(InputError, match="not a readable tile zip"):
        download_tile(scheme, "09LD2626", tmp_path, client=HttpClient(limits=NO_RETRIES))
    assert list(tmp_path.iterdir()) == []  # neither the tile nor its .part


def test_a_garbage_tile_from_an_earlier_run_is_downloaded_again(httpserver, tmp_path):
    httpserver.expect_request("/lp/09LD2626.zip").respond_with_data(PAYLOAD)
    scheme = TileScheme(download_url=httpserver.url_for("/lp/{name}.zip"))
    (tmp_path / "09LD2626.zip").write_bytes(b"<html>maintenance</html>")  # saved by an older version
    path = download_tile(scheme, "09LD2626", tmp_path, client=HttpClient(limits=NO_RETRIES))
    assert path.read_bytes() == PAYLOAD
    assert len(httpserver.log) == 1
    download_tile(scheme, "09LD2626", tmp_path, client=HttpClient(limits=NO_RETRIES))
    assert len(httpserver.log) == 1  # a good tile is reused without asking


@pytest.mark.parametrize("content, reason", [
    (b"PK\x03\x04 cut", "not a readable tile zip"),
    (tile_zip(las=b"<html>" + b" " * 400), "does not start with the LAS signature"),
    (tile_zip(las=b"LASF"), "shorter than a LAS header"),
])
def test_tile_check_names_what_is_wrong(tmp_path, content, reason):
    path = tmp_path / "t.zip"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        check_tile_zip(path)


def test_processing_downloads_tiles_into_one_vpc(digitaltwin_provider, httpserver, shared_fixtures, tmp_path):
    """Two Tokyo-style zips from a local server, through QGIS's network stack, converted and listed in a .vpc."""
    import processing
    from qgis.core import QgsPointCloudLayer

    for name in ("09LD2626", "09LD2627"):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zipped:
            zipped.write(shared_fixtures / "pointcloud" / "simple.las", f"{name}.las")
        httpserver.expect_request(f"/lp/{name}.zip").respond_with_data(buffer.getvalue(),
                                                                       content_type="application/zip")
    result = processing.run("digitaltwin:pointclouddownloadtiles", {
        "TILES": "09LD2626, 09LD2627", "DOWNLOAD_URL": httpserver.url_for("/lp/{name}.zip"),
        "OUTPUT": str(tmp_path / "tokyo.vpc")})
    assert result["POINT_COUNT"] == 2130
    assert sorted(p.name for p in tmp_path.iterdir()) == ["09LD2626.copc.laz", "09LD2627.copc.laz", "tokyo.vpc"]
    layer = QgsPointCloudLayer(result["OUTPUT"], "tokyo", "vpc")
    assert layer.pointCount() == 2130


def test_styler_records_licence_and_attribution(qgis_app, shared_fixtures, tmp_path):
    from qgis.core import QgsPointCloudLayer

    from digital_twin.plugin.pointcloud.copc import convert_to_copc
    from digital_twin.plugin.pointcloud.qgis_layers import style_with_licence

    layer = QgsPointCloudLayer(str(convert_to_copc(shared_fixtures / "pointcloud" / "simple.las",
                                                   tmp_path / "s.copc.laz").path), "s", "copc")
    scheme = TileScheme()
    style_with_licence(layer, scheme.licence, scheme.attribution)
    assert layer.metadata().licenses() == ["CC BY 4.0"]
    assert layer.metadata().rights() == [scheme.attribution]
    assert layer.renderer().type() == "rgb"
