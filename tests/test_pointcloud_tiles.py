"""Tile scheme settings, and a tile download through the catalog's resumable HTTP client (local HTTP server)."""

import pytest
from werkzeug.wrappers import Response

from digital_twin.plugin.catalog.http import HttpClient
from digital_twin.plugin.errors import DigitalTwinError, InputError
from digital_twin.plugin.pointcloud.tiles import TileScheme, download_tile

PAYLOAD = bytes(range(256)) * 4000  # 1,024,000 bytes


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
        response = Response(PAYLOAD[start:], status=206 if header else 200)
        if header:
            response.headers["Content-Range"] = f"bytes {start}-{len(PAYLOAD) - 1}/{len(PAYLOAD)}"
        return response

    httpserver.expect_request("/lp/09LD2626.zip").respond_with_handler(ranged)
    scheme = TileScheme(download_url=httpserver.url_for("/lp/{name}.zip"))
    (tmp_path / "09LD2626.zip.part").write_bytes(PAYLOAD[:300_000])  # an earlier, interrupted download
    path = download_tile(scheme, "09LD2626", tmp_path, client=HttpClient(retries=0))
    assert path == tmp_path / "09LD2626.zip"
    assert path.read_bytes() == PAYLOAD
    assert ranges == ["bytes=300000-"]
    assert not (tmp_path / "09LD2626.zip.part").exists()


def test_missing_tile_is_a_clear_error(httpserver, tmp_path):
    httpserver.expect_request("/lp/09XX0000.zip").respond_with_data("no", status=404)
    scheme = TileScheme(name="Tokyo test", download_url=httpserver.url_for("/lp/{name}.zip"))
    with pytest.raises(DigitalTwinError, match="404"):
        download_tile(scheme, "09XX0000", tmp_path, client=HttpClient(retries=0))
    assert not (tmp_path / "09XX0000.zip").exists()


def test_processing_downloads_tiles_into_one_vpc(digitaltwin_provider, httpserver, shared_fixtures, tmp_path):
    """Two Tokyo-style zips from a local server, through QGIS's network stack, converted and listed in a .vpc."""
    import io
    import zipfile

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
