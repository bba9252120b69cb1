"""The catalog HTTP client's transport inside QGIS: QgsBlockingNetworkRequest, so the user's proxy, SSL settings and
an ``authcfg`` (API keys kept in the QGIS authentication database) apply. Safe in Processing threads and QgsTasks.

QgsBlockingNetworkRequest holds a whole answer in memory, which is right for catalog JSON; large downloads in the
desktop go through the same path (Range requests still make them resumable).
"""

from pathlib import Path

from qgis.core import QgsApplication, QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QByteArray, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from .http import CHUNK, HttpClient, TransportError, TransportResponse


def cache_dir():
    """Cached catalog answers, in the QGIS profile: they survive restarts and follow the user's profile."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "digital_twin_catalog"


def qgis_client(authcfg="", feedback=None, offline=False):
    """The catalog HttpClient as used inside QGIS: QgsBlockingNetworkRequest, the profile's cache."""
    return HttpClient(transport=QgisTransport(authcfg, feedback), cache_dir=cache_dir(), offline=offline)


class QgisTransport:
    def __init__(self, authcfg="", feedback=None, on_progress=None):
        self.authcfg = authcfg or ""
        self.feedback = feedback  # a QgsFeedback: Cancel aborts the request in flight
        self.on_progress = on_progress  # on_progress(bytes received, bytes total or -1) while a body arrives

    def request(self, method, url, headers, timeout, body=None):
        request = QNetworkRequest(QUrl(url))
        for key, value in headers.items():
            request.setRawHeader(key.encode("latin-1"), str(value).encode("latin-1"))
        # Our own cache decides about revalidation: Qt's must not answer for the server.
        request.setAttribute(QNetworkRequest.CacheLoadControlAttribute, QNetworkRequest.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.RedirectPolicyAttribute, QNetworkRequest.NoLessSafeRedirectPolicy)
        seconds = sum(timeout) if isinstance(timeout, tuple) else timeout
        request.setTransferTimeout(int(seconds * 1000))
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
        headers = {bytes(name).decode("latin-1"): bytes(reply.rawHeader(name)).decode("latin-1")
                   for name in reply.rawHeaderList()}
        content = bytes(reply.content())
        chunks = (content[start:start + CHUNK] for start in range(0, len(content), CHUNK))
        reason = reply.attribute(QNetworkRequest.HttpReasonPhraseAttribute) or ""
        return TransportResponse(int(status), headers, chunks, str(reason))
