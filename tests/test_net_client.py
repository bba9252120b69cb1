"""Pure parts of the network layer: Retry-After, incremental inflation, error details."""

import email.utils
import gzip
import time
import zlib

import pytest

from digital_twin.plugin.net import http


def test_retry_after_in_seconds_or_as_a_date():
    assert http.parse_retry_after("7") == 7.0
    in_a_minute = email.utils.formatdate(time.time() + 60, usegmt=True)
    assert 55 <= http.parse_retry_after(in_a_minute) <= 60
    assert http.parse_retry_after(email.utils.formatdate(0, usegmt=True)) == 0.0  # in the past: at once
    assert http.parse_retry_after("soon") is None and http.parse_retry_after("") is None


def test_inflater_gives_small_pieces_across_gzip_members():
    data = bytes(range(256)) * 1000
    stream = gzip.compress(data[:100_000]) + gzip.compress(data[100_000:])
    inflater = http.Inflater(http.INFLATE_WBITS["gzip"])
    pieces = [piece for start in range(0, len(stream), 1000)
              for piece in inflater.pieces(stream[start:start + 1000], "u", "s")]
    assert b"".join(pieces) == data and inflater.eof
    assert max(len(piece) for piece in pieces) <= http.CHUNK
    deflated = zlib.compress(data)
    assert b"".join(http.Inflater(http.INFLATE_WBITS["deflate"]).pieces(deflated, "u", "s")) == data


def test_damaged_gzip_is_one_sentence():
    inflater = http.Inflater(http.INFLATE_WBITS["gzip"])
    with pytest.raises(http.NetError, match=r"^Feed: the compressed answer of http://x/y is damaged"):
        list(inflater.pieces(b"\x1f\x8b\x08\x00garbage-garbage", "http://x/y", "Feed"))


@pytest.mark.parametrize("body, content_type, detail", [
    (b'{"error": {"message": "quota\\n exceeded"}}', "application/json", ": quota exceeded"),
    (b'{"message": "no such dataset"}', "application/json; charset=utf-8", ": no such dataset"),
    (b"maintenance until 18:00\n", "text/plain", ": maintenance until 18:00"),
    (b"<html><body>Bad gateway</body></html>", "text/html", ""),
    (b"<html>pretending</html>", "text/plain", ""),
    (b"[1, 2]", "application/json", ""),
    (b"x" * 500, "text/plain", ": " + "x" * 200 + "..."),
])
def test_error_detail_is_short_and_never_a_page(body, content_type, detail):
    assert http.error_detail(body, {"content-type": content_type}) == detail
