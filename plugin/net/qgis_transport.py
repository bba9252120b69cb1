"""The transport inside QGIS: QgsNetworkAccessManager, so the user's proxy, SSL settings and an ``authcfg`` (keys kept
in the QGIS authentication database) apply. Works from Processing worker threads and QgsTasks (each thread gets its
own manager; the waits run a local event loop).

Qt must not act on its own: redirects are manual (http.HttpClient checks every hop), Qt's cache is bypassed (our
cache decides; a 5xx must never come back as an older cached 200), and since we set Accept-Encoding ourselves Qt
hands over the compressed bytes untouched, so the size cap counts what we inflate. Each wait ends at the next
readyRead/finished, at a short poll (Cancel, deadline) or at the request's deadline, when the reply is aborted.
"""

import time
from pathlib import Path

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .http import HttpClient, TransportError

READ_BUFFER_BYTES = 1 << 20
POLL_S = 0.25  # longest wait between checks of Cancel and the deadline
# Qt codes 1..199: connection, timeout, proxy, TLS
TRANSPORT_ERRORS_BELOW = QNetworkReply.NetworkError.ContentAccessDenied


def cache_dir():
    """Cached catalog answers, in the QGIS profile: they survive restarts and follow the user's profile."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "digital_twin_catalog"


def qgis_client(authcfg="", feedback=None, offline=False, *, limits=None):
    """The HttpClient as used inside QGIS: QGIS network manager (proxy, authcfg), the profile's answer cache."""
    return HttpClient(transport=QgisTransport(authcfg, feedback), cache_dir=cache_dir(), offline=offline,
                      limits=limits)


class QgisTransport:
    def __init__(self, authcfg="", feedback=None):
        self.authcfg = authcfg or ""
        self.feedback = feedback  # a QgsFeedback: Cancel aborts the request in flight

    def open(self, request):
        qt_request = QNetworkRequest(QUrl(request.url))
        for key, value in request.headers.items():
            qt_request.setRawHeader(key.encode("latin-1"), str(value).encode("latin-1"))
        qt_request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                                QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
        qt_request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                                QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        qt_request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        qt_request.setTransferTimeout(int(max(request.connect_timeout_s, request.read_timeout_s) * 1000))
        authcfg = self.authcfg if request.credentials else ""  # never to a host a redirect chose
        auth = QgsApplication.authManager()
        if authcfg and not auth.updateNetworkRequest(qt_request, authcfg):
            raise TransportError(f"authentication configuration '{self.authcfg}' could not be applied")
        manager = QgsNetworkAccessManager.instance()
        if request.method == "GET":
            reply = manager.get(qt_request)
        else:
            reply = manager.sendCustomRequest(qt_request, request.method.encode("ascii"),
                                              QByteArray(request.body or b""))
        reply.setReadBufferSize(READ_BUFFER_BYTES)  # back-pressure: Qt never holds more than this unread
        if authcfg:
            auth.updateNetworkReply(reply, authcfg)
        qgis_reply = QgisReply(reply, request.deadline, self.feedback)
        try:
            qgis_reply.wait_for_status()
        except TransportError:
            qgis_reply.close()
            raise
        return qgis_reply


class QgisReply:
    def __init__(self, reply, deadline, feedback):
        self._reply = reply
        self._deadline = deadline
        self._loop = QEventLoop()
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._loop.quit)
        for signal in (reply.readyRead, reply.finished, reply.metaDataChanged):
            signal.connect(self._loop.quit)
        self._feedback = feedback
        if feedback is not None:
            feedback.canceled.connect(reply.abort)
        self._closed = False
        self.status = None
        self.reason = ""
        self.headers = {}

    def _wait(self):
        """One wait for news; aborts the reply and raises when the deadline has passed or Cancel was pressed."""
        left = self._deadline - time.monotonic()
        if left <= 0:
            self._reply.abort()
            raise TransportError("deadline passed", timed_out=True)
        if self._feedback is not None and self._feedback.isCanceled():
            self._reply.abort()
            raise TransportError("cancelled")
        self._timer.start(int(min(left, POLL_S) * 1000) + 1)
        self._loop.exec()
        self._timer.stop()

    def wait_for_status(self):
        reply = self._reply
        while reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute) is None and not reply.isFinished():
            self._wait()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if status is None:
            raise self._error()
        self.status = int(status)
        self.reason = str(reply.attribute(QNetworkRequest.Attribute.HttpReasonPhraseAttribute) or "")
        self.headers = {bytes(name).decode("latin-1").lower(): bytes(reply.rawHeader(name)).decode("latin-1")
                        for name in reply.rawHeaderList()}

    def _error(self):
        code = self._reply.error()
        return TransportError(self._reply.errorString() or "no answer",
                              timed_out=code in (QNetworkReply.NetworkError.TimeoutError,
                                                 QNetworkReply.NetworkError.OperationCanceledError))

    def read(self, size):
        reply = self._reply
        while True:
            if reply.bytesAvailable():
                return bytes(reply.read(size) or b"")
            if reply.isFinished():
                if 0 < reply.error() < TRANSPORT_ERRORS_BELOW:
                    raise self._error()
                return b""
            self._wait()

    def close(self):
        if self._closed:
            return
        self._closed = True
        if not self._reply.isFinished() and self._reply.error() == QNetworkReply.NetworkError.NoError:
            self._reply.abort()  # the reader stopped early (Cancel, size cap, redirect): close the connection
        if self._feedback is not None:
            try:
                self._feedback.canceled.disconnect(self._reply.abort)
            except TypeError:
                pass  # already disconnected
        self._reply.deleteLater()
