"""The QGIS-free transport (tests, batch runs, workers): the standard library's http.client, one connection per hop.

Chosen over requests/urllib3 because the deadline needs two things they hide: the socket, to shorten its timeout as
the deadline nears, and ``read1`` (return what has arrived instead of waiting for a full chunk). A watchdog shuts
the socket down at the deadline, so even a server trickling its status line byte by byte is stopped on time.
Proxies come from the usual environment variables (http_proxy, https_proxy, no_proxy). Name resolution is not
bounded by the deadline (the standard library cannot interrupt getaddrinfo); inside QGIS, Qt's resolver is.
"""

import http.client
import socket
import ssl
import threading
import time
import urllib.request
from urllib.parse import urlsplit

from .http import TransportError

DEFAULT_PORTS = {"http": 80, "https": 443}


class PlainTransport:
    def __init__(self, ssl_context=None):
        self._ssl_context = ssl_context

    def open(self, request):
        parts = urlsplit(request.url)
        scheme = parts.scheme.lower()
        host, port = parts.hostname or "", parts.port or DEFAULT_PORTS[scheme]
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        proxy = _proxy_for(scheme, host)
        left = request.deadline - time.monotonic()
        if left <= 0:
            raise TransportError("deadline passed", timed_out=True)
        connect_s = min(request.connect_timeout_s, left)
        if scheme == "https":
            if self._ssl_context is None:
                self._ssl_context = ssl.create_default_context()  # loads the system's CAs: once per transport
            connection = http.client.HTTPSConnection(proxy[0] if proxy else host, proxy[1] if proxy else port,
                                                     timeout=connect_s, context=self._ssl_context)
            if proxy:
                connection.set_tunnel(host, port)
        else:
            connection = http.client.HTTPConnection(proxy[0] if proxy else host, proxy[1] if proxy else port,
                                                    timeout=connect_s)
            if proxy:
                target = request.url  # a plain-http proxy takes the absolute URL
        watchdog = _Watchdog(connection, request.deadline)
        try:
            connection.connect()
            connection.sock.settimeout(max(min(request.read_timeout_s, request.deadline - time.monotonic()), 0.01))
            connection.request(request.method, target, body=request.body, headers=request.headers)
            response = connection.getresponse()
        except (OSError, http.client.HTTPException, ValueError) as exc:
            watchdog.cancel()
            connection.close()
            raise _transport_error(exc, request.deadline) from None
        return PlainReply(connection, response, request, watchdog)


class PlainReply:
    def __init__(self, connection, response, request, watchdog):
        self.status = response.status
        self.reason = response.reason or ""
        self.headers = {name.lower(): value for name, value in response.getheaders()}
        self._connection = connection
        self._response = response
        self._request = request
        self._watchdog = watchdog

    def read(self, size):
        left = self._request.deadline - time.monotonic()
        if left <= 0:
            raise TransportError("deadline passed", timed_out=True)
        sock = self._connection.sock
        try:
            if sock is not None:
                sock.settimeout(max(min(self._request.read_timeout_s, left), 0.01))
            data = self._response.read1(size)
        except (OSError, http.client.HTTPException, ValueError) as exc:
            raise _transport_error(exc, self._request.deadline) from None
        if not data and self._watchdog.fired:
            raise TransportError("deadline passed", timed_out=True)
        return data

    def close(self):
        self._watchdog.cancel()
        self._response.close()
        self._connection.close()


class _Watchdog:
    """Shuts the connection's socket down at the deadline: a blocked read returns at once."""

    def __init__(self, connection, deadline):
        self.fired = False
        self._connection = connection
        self._timer = threading.Timer(max(deadline - time.monotonic(), 0.0), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self):
        self.fired = True
        sock = self._connection.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed

    def cancel(self):
        self._timer.cancel()


def _transport_error(exc, deadline):
    timed_out = isinstance(exc, TimeoutError) or time.monotonic() >= deadline
    reason = "timed out" if isinstance(exc, TimeoutError) else (str(exc) or type(exc).__name__)
    return TransportError(reason[:300], timed_out=timed_out)


def _proxy_for(scheme, host):
    """(host, port) of the environment's proxy for this scheme and host, or None."""
    proxy = urllib.request.getproxies_environment().get(scheme)
    if not proxy or urllib.request.proxy_bypass_environment(host):
        return None
    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    return parts.hostname, parts.port or 8080
