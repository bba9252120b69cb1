"""Tile scheme settings and the resumable, size-checked download (against a local HTTP server)."""

import pytest
from werkzeug.wrappers import Response

from digital_twin.plugin.errors import Cancelled, DigitalTwinError, InputError
from digital_twin.plugin.pointcloud.tiles import TileScheme, download
from digital_twin.plugin.progress import Progress

PAYLOAD = bytes(range(256)) * 4000  # 1,024,000 bytes


def ranged(payload, honour_range=True, truncate_to=None):
    """A handler serving payload with HTTP Range support (or ignoring it), optionally cut short."""
    served = []

    def handler(request):
        header = request.headers.get("Range")
        served.append(header)
        if header and honour_range:
            start = int(header.split("=")[1].rstrip("-"))
            if start >= len(payload):
                return Response(status=416, headers={"Content-Range": f"bytes */{len(payload)}"})
            body = payload[start:]
            response = Response(body, status=206)
            response.headers["Content-Range"] = f"bytes {start}-{len(payload) - 1}/{len(payload)}"
        else:
            response = Response(payload[:truncate_to] if truncate_to else payload, status=200)
            response.headers["Content-Length"] = str(len(payload[:truncate_to]) if truncate_to else len(payload))
        return response

    handler.served = served
    return handler


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


def test_download_is_complete_and_renamed(httpserver, tmp_path):
    httpserver.expect_request("/lp/09LD2626.zip").respond_with_handler(ranged(PAYLOAD))
    steps = []
    path = download(httpserver.url_for("/lp/09LD2626.zip"), tmp_path / "09LD2626.zip",
                    progress=Progress(report=steps.append))
    assert path.read_bytes() == PAYLOAD
    assert not (tmp_path / "09LD2626.zip.part").exists()
    assert steps[-1] == pytest.approx(100.0)


def test_download_resumes_from_the_part_file(httpserver, tmp_path):
    handler = ranged(PAYLOAD)
    httpserver.expect_request("/t.zip").respond_with_handler(handler)
    (tmp_path / "t.zip.part").write_bytes(PAYLOAD[:300_000])
    download(httpserver.url_for("/t.zip"), tmp_path / "t.zip")
    assert handler.served == ["bytes=300000-"]
    assert (tmp_path / "t.zip").read_bytes() == PAYLOAD


def test_server_ignoring_range_restarts_from_zero(httpserver, tmp_path):
    httpserver.expect_request("/t.zip").respond_with_handler(ranged(PAYLOAD, honour_range=False))
    (tmp_path / "t.zip.part").write_bytes(b"stale bytes")
    download(httpserver.url_for("/t.zip"), tmp_path / "t.zip")
    assert (tmp_path / "t.zip").read_bytes() == PAYLOAD


def test_short_download_is_not_renamed(httpserver, tmp_path):
    def short(request):  # announces the whole size, sends a third, as a dropped connection would
        return Response(PAYLOAD[:1000], status=206,
                        headers={"Content-Range": f"bytes 0-{len(PAYLOAD) - 1}/{len(PAYLOAD)}"})

    httpserver.expect_request("/t.zip").respond_with_handler(short)
    with pytest.raises(DigitalTwinError, match="received 1,000 bytes but the server announced 1,024,000"):
        download(httpserver.url_for("/t.zip"), tmp_path / "t.zip")
    assert not (tmp_path / "t.zip").exists()
    assert (tmp_path / "t.zip.part").stat().st_size == 1000  # kept for the next attempt


def test_http_error_and_cancel(httpserver, tmp_path):
    httpserver.expect_request("/missing.zip").respond_with_data("no", status=404)
    with pytest.raises(DigitalTwinError, match="HTTP 404"):
        download(httpserver.url_for("/missing.zip"), tmp_path / "missing.zip")
    assert not (tmp_path / "missing.zip").exists()

    httpserver.expect_request("/t.zip").respond_with_handler(ranged(PAYLOAD))
    with pytest.raises(Cancelled):
        download(httpserver.url_for("/t.zip"), tmp_path / "t.zip", progress=Progress(is_cancelled=lambda: True))
    assert not (tmp_path / "t.zip").exists()
