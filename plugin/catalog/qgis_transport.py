"""The catalog HTTP client's transport inside QGIS: QGIS's network access manager, so the user's proxy, SSL settings
and an ``authcfg`` (API keys kept in the QGIS authentication database) apply. Safe in Processing threads and
QgsTasks.

GETs read the reply as it arrives, in a local event loop (a 1 GB CityGML zip never sits in memory), and Cancel
aborts the reply at once. In the full test suite, aborting a QgsBlockingNetworkRequest through its feedback
sometimes left the task waiting for minutes, so only POSTs (small JSON) use QgsBlockingNetworkRequest.
"""

from pathlib import Path

from qgis.core import QgsApplication, QgsBlockingNetworkRequest, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QEventLoop, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .http import CHUNK, HttpClient, TransportError, TransportResponse


def cache_dir():
    """Cached catalog answers, in the QGIS profile: they survive restarts and follow the user's profile."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "digital_twin_catalog"


def qgis_client(authcfg="", feedback=None, offline=False):
    """The catalog HttpClient as used inside QGIS: QGIS network manager (proxy, authcfg), the profile's cache."""
    return HttpClient(transport=QgisTransport(authcfg, feedback), cache_dir=cache_dir(), offline=offline)


class QgisTransport:
    def __init__(self, authcfg="", feedback=None, on_progress=None):
        self.authcfg = authcfg or ""
        self.feedback = feedback  # a QgsFeedback: Cancel aborts the request in flight
        self.on_progress = on_progress  # on_progress(bytes received, bytes total or -1) while a body arrives

    def request(self, method, url, headers, timeout, body=None, stream=False):  # noqa: ARG002 (GETs always stream)
        request = self._request(url, headers, timeout)
        if method == "GET":
            return self._stream(request)
        return self._blocking(method, request, body)

    @staticmethod
    def _request(url, headers, timeout):
        request = QNetworkRequest(QUrl(url))
        for key, value in headers.items():
            request.setRawHeader(key.encode("latin-1"), str(value).encode("latin-1"))
        # Our own cache decides about revalidation: Qt's must not answer for the server.
        request.setAttribute(QNetworkRequest.CacheLoadControlAttribute, QNetworkRequest.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.RedirectPolicyAttribute, QNetworkRequest.NoLessSafeRedirectPolicy)
        seconds = sum(timeout) if isinstance(timeout, tuple) else timeout
        request.setTransferTimeout(int(seconds * 1000))  # Qt: aborts after this long without any data
        return request

    def _blocking(self, method, request, body):
        blocking = QgsBlockingNetworkRequest()
        if self.authcfg:
            blocking.setAuthCfg(self.authcfg)
        if self.on_progress is not None:
            blocking.downloadProgress.connect(self.on_progress)
        if method == "GET":
            outcome = blocking.get(request, True, self.feedback)
        elif method == "POST":
            outcome = blocking.post(request, QByteArray(body or b""), True, self.feedback)
        else:
            raise TransportError(f"method {method} is not supported")
        reply = blocking.reply()
        status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        if status is None:  # no HTTP answer at all
            reason = blocking.errorMessage() or "no answer"
            if outcome == QgsBlockingNetworkRequest.TimeoutError:
                reason = f"timed out: {reason}"
            raise TransportError(reason)
        content = bytes(reply.content())
        chunks = (content[start:start + CHUNK] for start in range(0, len(content), CHUNK))
        return TransportResponse(int(status), _headers(reply), chunks, _reason(reply))

    def _stream(self, request):
        """Send a GET and return once the status line is in; the body is read as it arrives."""
        auth = QgsApplication.authManager()
        if self.authcfg and not auth.updateNetworkRequest(request, self.authcfg):
            raise TransportError(f"authentication configuration '{self.authcfg}' could not be applied")
        reply = QgsNetworkAccessManager.instance().get(request)
        if self.authcfg:
            auth.updateNetworkReply(reply, self.authcfg)
        loop = QEventLoop()
        for signal in (reply.readyRead, reply.finished, reply.metaDataChanged):
            signal.connect(loop.quit)
        if self.on_progress is not None:
            reply.downloadProgress.connect(self.on_progress)
        if self.feedback is not None:
            self.feedback.canceled.connect(reply.abort)
        while reply.attribute(QNetworkRequest.HttpStatusCodeAttribute) is None and not reply.isFinished():
            loop.exec_()
        status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        if status is None:
            message = reply.errorString() or "no answer"
            reply.deleteLater()
            raise TransportError(message)
        return TransportResponse(int(status), _headers(reply), _chunks(reply, loop), _reason(reply))


def _chunks(reply, loop):
    """The body as it arrives; a network error (not an HTTP status) midway raises TransportError."""
    try:
        while True:
            data = bytes(reply.readAll())
            if data:
                yield data
            if reply.isFinished() and not reply.bytesAvailable():
                if 0 < reply.error() < QNetworkReply.ContentAccessDenied:  # connection, timeout, proxy errors
                    raise TransportError(reply.errorString())
                return
            if not data:
                loop.exec_()
    finally:
        if not reply.isFinished():
            reply.abort()  # the reader stopped early (Cancel, size check): close the connection
        reply.deleteLater()


def _headers(reply):
    return {bytes(name).decode("latin-1"): bytes(reply.rawHeader(name)).decode("latin-1")
            for name in reply.rawHeaderList()}


def _reason(reply):
    return str(reply.attribute(QNetworkRequest.HttpReasonPhraseAttribute) or "")
