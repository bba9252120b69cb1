"""HTTP GET with timeouts and one clear sentence per failure (down, slow, HTTP error, too large).

The engines take a ``transport``: a callable ``transport(url, timeout_s) -> Response``. ``requests_transport`` is the
default (batch runs, workers); inside QGIS a transport built on QgsBlockingNetworkRequest can be handed in instead,
so the user's proxy and authentication settings apply. Either way, failures become FeedError.
"""

import time
from dataclasses import dataclass

from ..dependencies import require
from ..errors import DigitalTwinError

DEFAULT_TIMEOUT_S = 30.0
TOTAL_TIME_FACTOR = 4
MAX_RESPONSE_BYTES = 200 * 1024 * 1024
"""Refuse bodies larger than this: a live feed this big is a wrong URL, not a feed."""


class FeedError(DigitalTwinError):
    """A feed could not be read: the sentence names the URL and what went wrong."""


@dataclass
class Response:
    url: str
    status: int
    content_type: str
    body: bytes


def requests_transport(url, timeout_s):
    """GET with requests. ``timeout_s`` bounds the connection and each wait for data; the whole answer must arrive
    within TOTAL_TIME_FACTOR times it, so a server trickling bytes cannot hold a refresh forever."""
    requests = require("requests", "Realtime feeds")
    deadline = time.monotonic() + TOTAL_TIME_FACTOR * timeout_s
    try:
        with requests.get(url, timeout=timeout_s, stream=True, headers={"Accept-Encoding": "gzip"}) as answer:
            body = bytearray()
            for chunk in answer.iter_content(1 << 16):
                body += chunk
                if len(body) > MAX_RESPONSE_BYTES:
                    raise FeedError(f"{url}: the answer is larger than {MAX_RESPONSE_BYTES // 2**20} MB; "
                                    "is this the feed's URL?")
                if time.monotonic() > deadline:
                    raise FeedError(f"{url}: the answer did not finish within {TOTAL_TIME_FACTOR * timeout_s:g} s "
                                    "(server or network too slow); the next refresh tries again")
            return Response(url, answer.status_code, answer.headers.get("Content-Type", ""), bytes(body))
    except requests.exceptions.Timeout as exc:
        raise FeedError(f"{url}: the feed did not answer within {timeout_s:g} s (server slow or overloaded); "
                        "the next refresh tries again") from exc
    except requests.exceptions.ChunkedEncodingError as exc:
        raise FeedError(f"{url}: the answer was cut off before its end (connection dropped)") from exc
    except requests.exceptions.ConnectionError as exc:
        raise FeedError(f"{url}: cannot connect to the feed (server down, wrong address or no network)") from exc
    except requests.exceptions.RequestException as exc:
        raise FeedError(f"{url}: the request failed ({exc.__class__.__name__}: {exc})") from exc


def get(url, timeout_s=DEFAULT_TIMEOUT_S, transport=None, accept_status=(200,)):
    """GET ``url`` and return the Response; FeedError when the server fails or answers an unexpected status."""
    response = (transport or requests_transport)(url, timeout_s)
    if response.status not in accept_status:
        excerpt = response.body[:200].decode("utf-8", "replace").strip()
        raise FeedError(f"{url}: the server answered HTTP {response.status}"
                        + (f" ({excerpt})" if excerpt else "") + "; the next refresh tries again")
    return response


def parse_json(response):
    """The JSON document of a Response, or FeedError saying where the JSON breaks."""
    import json

    try:
        return json.loads(response.body.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise FeedError(f"{response.url}: the answer is not UTF-8 text (byte {exc.start}); expected JSON") from exc
    except json.JSONDecodeError as exc:
        raise FeedError(f"{response.url}: the answer is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                        f"{exc.msg})") from exc


def get_json(url, timeout_s=DEFAULT_TIMEOUT_S, transport=None):
    return parse_json(get(url, timeout_s, transport))
