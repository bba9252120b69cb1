"""Feed reads through the plugin's network layer (net.http): http(s) only, redirects checked, deadlines, size caps on
decompressed bytes, one clear sentence per failure.

A feed fetch uses a client from ``feed_client(timeout_s, transport)``: ``timeout_s`` bounds the connection and each
wait for data, and the whole fetch (all pages, retries and bytes) must finish within FETCH_DEADLINE_FACTOR times it,
so a server trickling bytes cannot hold a run or a refresh. Messages never promise a next refresh: only live layers
refresh, and they say so themselves.
"""

import json

from ..errors import DigitalTwinError
from ..net.http import HttpClient, Limits

DEFAULT_TIMEOUT_S = 30.0
FETCH_DEADLINE_FACTOR = 4
FEED_RETRIES = 1  # a live layer refreshes anyway; a one-shot run gets one more try within the deadline
MAX_RESPONSE_BYTES = 64 * 2**20
"""Refuse bodies larger than this (decompressed): a live feed this big is a wrong URL, not a feed."""
SERVICE = "Feed"


class FeedError(DigitalTwinError):
    """A feed's answer is unusable: the sentence names the URL and what went wrong."""


def fetch_deadline_s(timeout_s):
    return FETCH_DEADLINE_FACTOR * timeout_s


def feed_client(timeout_s=DEFAULT_TIMEOUT_S, transport=None):
    """An HttpClient for feeds (``transport``: net.qgis_transport.QgisTransport inside QGIS, else the plain one)."""
    limits = Limits(connect_timeout_s=timeout_s, read_timeout_s=timeout_s,
                    request_deadline_s=fetch_deadline_s(timeout_s), retries=FEED_RETRIES,
                    max_answer_bytes=MAX_RESPONSE_BYTES)
    return HttpClient(transport=transport, limits=limits)


def get(url, client=None, accept_status=(200,)):
    """GET ``url`` and return the net.http.Answer; NetError when the server fails or answers another status."""
    return (client or feed_client()).fetch(url, SERVICE, ok=tuple(accept_status))


def parse_json(response):
    """The JSON document of an Answer, or FeedError saying where the JSON breaks."""
    try:
        return json.loads(response.body.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise FeedError("{url}: the answer is not UTF-8 text (byte {offset}); expected JSON", url=response.url,
                        offset=exc.start) from exc
    except json.JSONDecodeError as exc:
        raise FeedError("{url}: the answer is not valid JSON (line {line}, column {column}: {reason})",
                        url=response.url, line=exc.lineno, column=exc.colno, reason=exc.msg) from exc


def get_json(url, client=None):
    return parse_json(get(url, client))
