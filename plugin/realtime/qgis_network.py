"""A fetch transport on QgsBlockingNetworkRequest, so feeds read inside QGIS honour the user's proxy, SSL and
authentication (authcfg) settings. Same contract as fetch.requests_transport: a Response, or FeedError."""

from qgis.core import QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .fetch import MAX_RESPONSE_BYTES, FeedError, Response

REFUSED = {QNetworkReply.ConnectionRefusedError, QNetworkReply.HostNotFoundError,
           QNetworkReply.RemoteHostClosedError, QNetworkReply.NetworkSessionFailedError,
           QNetworkReply.TemporaryNetworkFailureError, QNetworkReply.UnknownNetworkError}


SERVER_ERRORS = {QNetworkReply.InternalServerError: 500, QNetworkReply.OperationNotImplementedError: 501,
                 QNetworkReply.ServiceUnavailableError: 503, QNetworkReply.UnknownServerError: "5xx"}


def qgis_transport(url, timeout_s, authcfg=""):
    request = QNetworkRequest(QUrl(url))
    request.setTransferTimeout(int(timeout_s * 1000))
    request.setAttribute(QNetworkRequest.RedirectPolicyAttribute, QNetworkRequest.NoLessSafeRedirectPolicy)
    blocking = QgsBlockingNetworkRequest()
    if authcfg:
        blocking.setAuthCfg(authcfg)
    outcome = blocking.get(request, True)
    reply = blocking.reply()
    status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
    if reply.attribute(QNetworkRequest.SourceIsFromCacheAttribute):
        # Seen on QGIS 3.40 / Qt 5.15: when the server answers 5xx, the reply can carry an older cached copy (status
        # 200, sometimes even without an error). A live feed must never pass stale data off as fresh.
        code = SERVER_ERRORS.get(reply.error())
        raise FeedError(f"{url}: the server answered " + (f"HTTP {code}" if code else "an error")
                        + " instead of fresh data; the next refresh tries again")
    if outcome == QgsBlockingNetworkRequest.TimeoutError or reply.error() == QNetworkReply.OperationCanceledError:
        raise FeedError(f"{url}: the feed did not answer within {timeout_s:g} s (server slow or overloaded); "
                        "the next refresh tries again")
    if status is None and outcome == QgsBlockingNetworkRequest.NoError:
        status = 200  # file:// URLs (a feed saved to disk) have no HTTP status
    if status is None:
        if reply.error() in REFUSED:
            raise FeedError(f"{url}: cannot connect to the feed (server down, wrong address or no network)")
        raise FeedError(f"{url}: the request failed ({blocking.errorMessage()})")
    body = bytes(reply.content())
    if len(body) > MAX_RESPONSE_BYTES:
        raise FeedError(f"{url}: the answer is larger than {MAX_RESPONSE_BYTES // 2**20} MB; is this the feed's URL?")
    content_type = bytes(reply.rawHeader(b"Content-Type")).decode("latin-1")
    return Response(url, int(status), content_type, body)
