"""HTTP for every remote read, with the same rules on every transport.

- Only http and https, at every hop: redirects are followed here (transports never follow them), relative ones
  resolved against the hop that sent them, a loop stopped after ``Limits.max_redirects``; a ``Location`` naming
  ``file:``, ``ftp:``... is refused before anything is read.
- Deadlines: connect and read timeouts bound each wait for the network; on top, every request has an overall deadline
  (``Limits.request_deadline_s``: all hops, retries and bytes) and ``HttpClient.operation(seconds)`` puts one on a
  whole operation (a catalog search, a download, a feed fetch). A server that trickles one byte a second, or never
  answers, fails at the deadline (plus at most one read poll, 0.25 s) with one sentence. The environment variable
  ``DIGITAL_TWIN_NET_DEADLINE_S`` lowers every deadline (tests, constrained batch runs).
- Size caps count DECOMPRESSED bytes: we ask for ``Accept-Encoding: gzip`` ourselves and inflate as the bytes
  arrive (at most CHUNK out per step), so a gzip bomb stops at the cap with a few chunks in memory; past 16 MB, an
  answer inflating more than MAX_INFLATE_RATIO times is refused as a bomb (downloads to disk included).
- Credentials (an Authorization header, a QGIS authcfg) go to the first host only, never to one a redirect names.
- Retries: only idempotent GETs, on 429/5xx and on no answer, waiting ``backoff_s * 2**attempt`` or the server's
  Retry-After (seconds or an HTTP date), never beyond the deadline.
- Downloads go to ``<target>.part`` with the server's validator (ETag / Last-Modified) beside it; a later run resumes
  with Range + If-Range only when that validator is known, else starts again. Size, checksum and the caller's
  ``validate(path)`` are checked before the file gets its final name, so a bad file is never trusted.
- Catalog answers are cached on disk and revalidated with ETag / Last-Modified (usable offline).
- One sentence per failure: service, URL, status and reason, never a pasted HTML body.

A transport has one method, ``open(Request) -> Reply``; a Reply has ``status``, ``reason``, ``headers`` (lower-case
keys), ``read(size) -> bytes`` (raw bytes as sent, b"" at the end; blocks at most a read timeout and never past the
request's deadline) and ``close()``. Both raise ``TransportError`` when no (complete) answer came.
"""

import contextlib
import email.utils
import hashlib
import json
import os
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit

from ..errors import DigitalTwinError, InputError
from ..progress import NO_PROGRESS
from ..safe_io import exists_error, finalise, stat_or_none

USER_AGENT = "DigitalTwin-QGIS-plugin"
ALLOWED_SCHEMES = ("http", "https")
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
RETRY_STATUSES = {429, 500, 502, 503, 504}
RETRY_METHODS = {"GET", "HEAD"}  # idempotent: a retried POST could act twice
CHUNK = 1 << 16
ERROR_EXCERPT_BYTES = 4096  # read of an error answer, enough for a JSON error message
MAX_DETAIL_CHARS = 200
DEADLINE_ENV = "DIGITAL_TWIN_NET_DEADLINE_S"
DOWNLOAD_DEADLINE_S = 4 * 3600.0  # a 2 GB release zip at 150 kB/s
MAX_DOWNLOAD_BYTES = 64 * 2**30
GZIP_OR_ZLIB = 32 + zlib.MAX_WBITS  # zlib detects the header
INFLATE_WBITS = {"gzip": GZIP_OR_ZLIB, "x-gzip": GZIP_OR_ZLIB, "deflate": GZIP_OR_ZLIB}
IDENTITY_ENCODINGS = {"", "identity"}
MAX_INFLATE_RATIO = 200  # real data (XML, JSON, LAS) inflates 5-50 times; zeros, 1000 times
RATIO_CHECK_FROM_BYTES = 16 * 2**20  # small answers may inflate more (a short repetitive JSON) without harm


@dataclass(frozen=True)
class Limits:
    """Timeouts (s), retries and size caps of a client; ``replace(limits, ...)`` derives variants."""

    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0  # longest silence while waiting for bytes
    request_deadline_s: float = 120.0  # one request, all hops, retries and bytes
    retries: int = 3
    backoff_s: float = 0.5
    max_wait_s: float = 30.0
    max_redirects: int = 5
    max_answer_bytes: int = 64 * 2**20  # decompressed; the whole PLATEAU list is ~2 MB


@dataclass
class Request:
    """One hop as a transport sees it; ``deadline`` is a time.monotonic() instant; ``credentials``: False once a
    redirect left the first host (a transport then sends no authcfg or Authorization of the user's)."""

    method: str
    url: str
    headers: dict
    deadline: float
    body: bytes = None
    connect_timeout_s: float = Limits.connect_timeout_s
    read_timeout_s: float = Limits.read_timeout_s
    credentials: bool = True


class TransportError(Exception):
    """No (complete) HTTP answer: refused, reset, name not resolved, timed out."""

    def __init__(self, reason, timed_out=False):
        super().__init__(reason)
        self.timed_out = timed_out


class NetError(DigitalTwinError):
    """A network failure or an unusable answer, in one sentence naming the service and the URL (the ``url`` value,
    also kept as an attribute); ``http_status`` when the server answered with an error status."""

    def __init__(self, message, http_status=None, **values):
        self.url = values.get("url", "")
        self.http_status = http_status
        super().__init__(message, **values)


class AnswerCutOffError(NetError):
    """The answer stopped before its end (connection dropped, deadline passed): a download can resume it."""

    def __init__(self, message, **values):
        self.reason = str(values.get("reason", ""))
        super().__init__(message, **values)


@dataclass
class Answer:
    """A whole answer read into memory (decompressed)."""

    url: str  # after redirects
    status: int
    reason: str
    headers: dict
    body: bytes

    @property
    def content_type(self):
        return self.headers.get("content-type", "")


def _write_atomically(path, data):
    """Replace our own file ``path`` (cache entries, a part's validator) whole, through a temporary file of this
    write alone: two tasks caching the same URL never mix their bytes, and the last one wins."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class ResponseCache:
    """Answers on disk, one body file and one metadata file per URL; written atomically, so a crash never leaves a
    truncated answer that would be served later."""

    def __init__(self, folder):
        self.folder = Path(folder)

    def _paths(self, url):
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:40]
        return self.folder / f"{key}.body", self.folder / f"{key}.json"

    def load(self, url):
        """(body bytes, metadata dict) or None."""
        body_path, meta_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
            if meta.get("url") != url:
                return None
            return body_path.read_bytes(), meta
        except (OSError, ValueError):
            return None

    def store(self, url, body, headers):
        _write_atomically(self._paths(url)[0], body)
        self._store_meta(url, headers.get("etag", ""), headers.get("last-modified", ""))

    def touch(self, url, meta):
        """The server said 304: the cached body is current again (only the metadata is rewritten)."""
        self._store_meta(url, meta.get("etag", ""), meta.get("last_modified", ""))

    def _store_meta(self, url, etag, last_modified):
        meta = {"url": url, "etag": etag, "last_modified": last_modified, "stored_at": time.time()}
        _write_atomically(self._paths(url)[1], json.dumps(meta).encode("utf-8"))


def environment_deadline_s():
    """The deadline cap from DIGITAL_TWIN_NET_DEADLINE_S, or None."""
    try:
        value = float(os.environ.get(DEADLINE_ENV, ""))
    except ValueError:
        return None
    return value if value > 0 else None


class HttpClient:
    """GET/POST with deadlines, redirects, retries, decompression caps and a cache; downloads that resume and verify.

    ``transport``: default ``PlainTransport``. ``cache_dir``: where catalog answers are kept. ``max_age``: a cached
    answer younger than this (s) is used without asking; older ones are revalidated. ``offline``: answers come from
    the cache only. ``sleep``: tests record the backoff waits instead of sleeping.
    """

    def __init__(self, transport=None, cache_dir=None, limits=None, *, max_age=600.0, offline=False, sleep=None):
        if transport is None:
            from .plain import PlainTransport

            transport = PlainTransport()
        self.transport = transport
        self.cache = ResponseCache(cache_dir) if cache_dir else None
        self.limits = limits or Limits()
        self.max_age = max_age
        self.offline = offline
        self.sleep = sleep
        self._operation_deadline = None

    # -- deadlines -------------------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def operation(self, seconds):
        """Every request inside shares one deadline ``seconds`` from now (nested operations keep the earlier)."""
        outer = self._operation_deadline
        cap = environment_deadline_s()
        mine = time.monotonic() + (min(seconds, cap) if cap else seconds)
        self._operation_deadline = min(mine, outer) if outer else mine
        try:
            yield
        finally:
            self._operation_deadline = outer

    def _deadline(self, request_deadline_s=None):
        """(monotonic deadline, its length in s) of a request starting now: ``request_deadline_s`` (default the
        limits'), never past the operation's deadline."""
        seconds = request_deadline_s or self.limits.request_deadline_s
        cap = environment_deadline_s()
        if cap:
            seconds = min(seconds, cap)
        now = time.monotonic()
        deadline = now + seconds
        if self._operation_deadline is not None and self._operation_deadline < deadline:
            deadline = self._operation_deadline
        return deadline, max(deadline - now, 0.0)

    # -- one request: redirects, retries ---------------------------------------------------------------------------

    def open(self, method, url, service, *, headers=None, body=None, ok=(200,), request_deadline_s=None,
             progress=NO_PROGRESS):
        """The first answer whose status is in ``ok`` (or 304), unread: (Reply, final URL, deadline, seconds).
        Retries transient failures of GETs; raises NetError. ``request_deadline_s``: this request's own deadline
        (a download's is hours, not the limits' two minutes)."""
        check_scheme(url, service)
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip", **(headers or {})}
        deadline, seconds = self._deadline(request_deadline_s)
        limits = self.limits
        retries = limits.retries if method in RETRY_METHODS else 0
        for attempt in range(retries + 1):
            progress.check()
            last_try = attempt == retries
            try:
                reply, final_url = self._follow(method, url, service, headers, body, deadline)
            except TransportError as exc:
                progress.check()  # an abort because of Cancel: say so, not "no answer"
                if time.monotonic() >= deadline:
                    raise deadline_error(service, url, seconds) from None
                if last_try or not self._wait(attempt, None, deadline, progress):
                    raise NetError("{service}: no answer from {url} ({reason}) after {attempts} attempt(s); check the "
                                   "network or the address", url=url, service=service, reason=exc,
                                   attempts=attempt + 1) from None
                continue
            if reply.status in ok or reply.status == 304:
                return reply, final_url, deadline, seconds
            excerpt = _read_excerpt(reply)
            if reply.status in RETRY_STATUSES and not last_try and self._wait(
                    attempt, reply.headers.get("retry-after"), deadline, progress):
                continue
            raise NetError("{service}: {url} answered HTTP {status} {reason}{detail}", http_status=reply.status,
                           url=url, service=service, status=reply.status, reason=reply.reason or "",
                           detail=error_detail(excerpt, reply.headers))
        raise AssertionError("unreachable")

    def _follow(self, method, url, service, headers, body, deadline):
        """Send one request, following redirects (http(s) only, at most max_redirects)."""
        original = url
        first_host = urlsplit(url).netloc
        for _hop in range(self.limits.max_redirects + 1):
            same_host = urlsplit(url).netloc == first_host
            if not same_host:
                headers = {key: value for key, value in headers.items() if key.lower() != "authorization"}
            request = Request(method, url, headers, deadline, body, connect_timeout_s=self.limits.connect_timeout_s,
                              read_timeout_s=self.limits.read_timeout_s, credentials=same_host)
            reply = self.transport.open(request)
            location = reply.headers.get("location", "")
            if reply.status not in REDIRECT_STATUSES or not location:
                return reply, url
            reply.close()
            target = urljoin(url, location.strip())
            if urlsplit(target).scheme.lower() not in ALLOWED_SCHEMES:
                raise NetError("{service}: {url} redirected to {target}, which is not an http(s) address; refused",
                               url=original, service=service, target=_short(target))
            if reply.status == 303 or (reply.status in (301, 302) and method == "POST"):
                method, body = "GET", None  # what browsers do; 307/308 keep the method
            url = target
        raise NetError("{service}: {url} redirected more than {limit} times; stopped", url=original, service=service,
                       limit=self.limits.max_redirects)

    def _wait(self, attempt, retry_after, deadline, progress):
        """Back off before the next attempt; False when the wait would pass the deadline (then give up now)."""
        delay = parse_retry_after(retry_after)
        if delay is None:
            delay = self.limits.backoff_s * (2 ** attempt)
        delay = min(max(delay, 0.0), self.limits.max_wait_s)
        if time.monotonic() + delay >= deadline:
            return False
        progress.info("No answer or a busy server: trying again after a pause")
        if self.sleep is not None:
            self.sleep(delay)
            return True
        until = time.monotonic() + delay
        while (left := until - time.monotonic()) > 0:  # in short naps, so Cancel works during a backoff
            progress.check()
            time.sleep(min(left, 0.2))
        return True

    def chunks(self, reply, url, service, *, deadline, seconds, max_bytes, progress=NO_PROGRESS):
        """The decompressed body of ``reply`` as it arrives; closes the reply; NetError past ``max_bytes`` or the
        deadline, or when it breaks off."""
        encoding = reply.headers.get("content-encoding", "").strip().lower()
        if encoding not in IDENTITY_ENCODINGS and encoding not in INFLATE_WBITS:
            reply.close()
            raise NetError("{service}: {url} sent an unsupported content encoding '{encoding}'", url=url,
                           service=service, encoding=encoding)
        inflater = Inflater(INFLATE_WBITS[encoding]) if encoding in INFLATE_WBITS else None
        size = raw_size = 0
        try:
            while True:
                progress.check()
                if time.monotonic() >= deadline:
                    raise deadline_error(service, url, seconds)
                try:
                    raw = reply.read(CHUNK)
                except TransportError as exc:
                    progress.check()
                    if exc.timed_out and time.monotonic() >= deadline - 0.05:
                        raise deadline_error(service, url, seconds) from None
                    raise AnswerCutOffError("{service}: the answer of {url} broke off ({reason})", url=url,
                                            service=service, reason=exc) from None
                if not raw:
                    break
                raw_size += len(raw)
                for piece in (inflater.pieces(raw, url, service) if inflater else (raw,)):
                    size += len(piece)
                    if size > max_bytes:
                        raise NetError("{service}: the answer of {url} is larger than {limit_mb:g} MB; is it the "
                                       "right address?", url=url, service=service, limit_mb=max_bytes / 2**20)
                    if size > RATIO_CHECK_FROM_BYTES and size > MAX_INFLATE_RATIO * raw_size:
                        raise NetError("{service}: the answer of {url} inflates more than {ratio} times; refused as "
                                       "a compression bomb", url=url, service=service, ratio=MAX_INFLATE_RATIO)
                    yield piece
            if inflater is not None and not inflater.eof:
                raise NetError("{service}: the compressed answer of {url} is cut off before its end", url=url,
                               service=service)
        finally:
            reply.close()

    def fetch(self, url, service, *, params=None, headers=None, body=None, method="GET", ok=(200,), max_bytes=None,
              progress=NO_PROGRESS):
        """The whole answer of a request as an Answer (body decompressed, at most ``max_bytes``)."""
        url = with_params(url, params)
        reply, final_url, deadline, seconds = self.open(method, url, service, headers=headers, body=body, ok=ok,
                                                        progress=progress)
        content = b"".join(self.chunks(reply, url, service, deadline=deadline, seconds=seconds,
                                       max_bytes=max_bytes or self.limits.max_answer_bytes, progress=progress))
        return Answer(final_url, reply.status, reply.reason, reply.headers, content)

    # -- catalog answers, cached -----------------------------------------------------------------------------------

    def get_bytes(self, url, service, params=None, *, progress=NO_PROGRESS, use_cache=True, validate=None):
        """The body of a GET; ``validate(body)`` may raise to keep a bad answer out of the cache."""
        url = with_params(url, params)
        cached = self.cache.load(url) if (self.cache and use_cache) else None
        if self.offline:
            if cached is None:
                raise NetError("{service}: {url} is not in the offline cache; connect once to fetch it", url=url,
                               service=service)
            return cached[0]
        if cached and time.time() - cached[1].get("stored_at", 0) < self.max_age:
            return cached[0]
        headers = {}
        if cached:
            if cached[1].get("etag"):
                headers["If-None-Match"] = cached[1]["etag"]
            if cached[1].get("last_modified"):
                headers["If-Modified-Since"] = cached[1]["last_modified"]
        try:
            answer = self.fetch(url, service, headers=headers, progress=progress)
        except NetError as exc:
            if cached and exc.http_status is None:  # no network: the last good answer keeps the catalog usable
                progress.info("The server is unreachable: using the cached answer")
                return cached[0]
            raise
        if answer.status == 304 and cached:
            self.cache.touch(url, cached[1])
            return cached[0]
        if validate is not None:
            validate(answer.body)
        if self.cache and use_cache:
            self.cache.store(url, answer.body, answer.headers)
        return answer.body

    def get_json(self, url, service, params=None, *, progress=NO_PROGRESS, use_cache=True):
        full_url = with_params(url, params)
        parsed = []
        content = self.get_bytes(url, service, params, progress=progress, use_cache=use_cache,
                                 validate=lambda body: parsed.append(parse_json(body, full_url, service)))
        return parsed[0] if parsed else parse_json(content, full_url, service)

    def post_json(self, url, service, payload, progress=NO_PROGRESS):
        answer = self.fetch(url, service, headers={"Content-Type": "application/json"},
                            body=json.dumps(payload).encode("utf-8"), method="POST", progress=progress)
        return parse_json(answer.body, url, service)

    # -- downloads -------------------------------------------------------------------------------------------------

    def download(self, url, target, service="download", *, expected_size=None, checksum="", overwrite=False,
                 validate=None, deadline_s=DOWNLOAD_DEADLINE_S, max_bytes=MAX_DOWNLOAD_BYTES, progress=NO_PROGRESS):
        """Download ``url`` to ``target`` within ``deadline_s``: into ``<target>.part`` first (kept on Cancel, a
        broken connection or the deadline, so the next call resumes it with Range + If-Range), renamed onto
        ``target`` once complete and verified.

        ``expected_size`` (bytes), ``checksum`` ("sha256:<hex>", "md5:<hex>" or bare hex) and ``validate(path)``
        (raises on a bad file) are checked before the rename; a failure removes the partial file. An existing
        ``target`` is kept unless ``overwrite``.
        """
        target = Path(target)
        replaceable = stat_or_none(target)  # what the user allowed us to replace, if anything
        if replaceable is not None and not overwrite:
            raise exists_error(target)
        if self.offline:
            raise NetError("{service}: cannot download {url} while offline", url=url, service=service)
        check_scheme(url, service)
        target.parent.mkdir(parents=True, exist_ok=True)
        part = PartialFile(target, url)
        with self.operation(deadline_s):
            self._download_part(url, part, service, max_bytes, deadline_s, progress)
        part.verify(service, expected_size=expected_size, checksum=checksum, validate=validate)
        try:
            finalise(part.path, target, replaceable)  # never onto a file another run wrote meanwhile
        finally:
            part.discard()
        progress.step(1.0)
        return target

    def _download_part(self, url, part, service, max_bytes, deadline_s, progress):
        headers = {"Accept-Encoding": "identity"}  # byte ranges and sizes of the file itself, not of a gzip stream
        have = part.resumable_size()
        if have:
            headers.update({"Range": f"bytes={have}-", "If-Range": part.validator})
        reply, _final, deadline, seconds = self.open("GET", url, service, headers=headers, ok=(200, 206, 416),
                                                     request_deadline_s=deadline_s, progress=progress)
        if reply.status == 416 or (reply.status == 206 and _range_start(reply.headers) != have):
            reply.close()
            if not have:
                raise NetError("{service}: {url} answered a byte range nobody asked for", url=url, service=service)
            part.discard()  # ours does not fit theirs (it changed, or was whole already): start again from zero
            self._download_part(url, part, service, max_bytes, deadline_s, progress)
            return
        resumed = reply.status == 206
        part.total = _total_size(reply.headers, have if resumed else 0)
        part.begin(reply.headers, resumed)
        written = have if resumed else 0
        try:
            with open(part.path, "ab" if resumed else "wb") as out:
                for chunk in self.chunks(reply, url, service, deadline=deadline, seconds=seconds, max_bytes=max_bytes,
                                         progress=progress):
                    out.write(chunk)
                    written += len(chunk)
                    if part.total:
                        progress.step(written / part.total)
                    else:
                        progress.check()
        except AnswerCutOffError as exc:
            if not part.validator:
                part.discard()  # nothing to resume against safely
                raise
            raise NetError("{service}: the download of {url} broke off after {size} bytes ({reason}); run it again "
                           "to resume from {part}", url=url, service=service, size=written,
                           reason=exc.reason or "timed out", part=part.path.name) from None
        except NetError:
            part.discard()
            raise


class PartialFile:
    """``<target>.part`` and, beside it, ``<target>.part.json`` with the URL and the server's validator (ETag or
    Last-Modified) it came with: a partial file is resumed only for the same URL and an unchanged validator."""

    def __init__(self, target, url):
        self.path = target.with_name(target.name + ".part")
        self.meta = target.with_name(target.name + ".part.json")
        self.url = url
        self.validator = ""
        self.total = None

    def resumable_size(self):
        try:
            meta = json.loads(self.meta.read_text("utf-8"))
            size = self.path.stat().st_size
        except (OSError, ValueError):
            self.discard()
            return 0
        if meta.get("url") != self.url or not meta.get("validator"):
            self.discard()
            return 0
        self.validator = meta["validator"]
        return size

    def begin(self, headers, resumed):
        """Record the validator of a fresh answer (none for a compressed one: its byte ranges are not the file's)."""
        if not resumed:
            self.validator = headers.get("etag", "") or headers.get("last-modified", "")
            if headers.get("etag", "").startswith("W/"):
                self.validator = headers.get("last-modified", "")  # weak ETags are not allowed in If-Range
            if headers.get("content-encoding", "").strip().lower() not in IDENTITY_ENCODINGS:
                self.validator = ""
        if self.validator:
            _write_atomically(self.meta, json.dumps({"url": self.url, "validator": self.validator}).encode())
        else:
            self.meta.unlink(missing_ok=True)

    def discard(self):
        self.path.unlink(missing_ok=True)
        self.forget()

    def forget(self):
        self.meta.unlink(missing_ok=True)

    def verify(self, service, *, expected_size, checksum, validate):
        """Check the complete partial file; a bad one is removed (never resumed or trusted again)."""
        try:
            size = self.path.stat().st_size
            if self.total and size != self.total:
                raise NetError("{service}: {url} gave {size} bytes but the server announced {wanted}; the partial "
                               "file was removed, download it again", url=self.url, service=service, size=size,
                               wanted=self.total)
            if expected_size and size != expected_size:
                raise NetError("{service}: {url} gave {size} bytes but the catalog lists {wanted}; the partial file "
                               "was removed, download it again", url=self.url, service=service, size=size,
                               wanted=expected_size)
            if checksum:
                algorithm, expected = parse_checksum(checksum)
                digest = hashlib.new(algorithm)
                with open(self.path, "rb") as data:
                    while block := data.read(1 << 20):
                        digest.update(block)
                if digest.hexdigest() != expected:
                    raise NetError("{service}: {url} failed the {algorithm} check (expected {expected}, got "
                                   "{actual}); the file was removed", url=self.url, service=service,
                                   algorithm=algorithm, expected=expected, actual=digest.hexdigest())
            if validate is not None:
                validate(self.path)
        except Exception:
            self.discard()
            raise


def check_scheme(url, service):
    if urlsplit(str(url)).scheme.lower() not in ALLOWED_SCHEMES:
        raise NetError("{service}: {url} is not an http(s) address", url=_short(str(url)), service=service)


def deadline_error(service, url, seconds):
    return AnswerCutOffError("{service}: {url} did not finish within {seconds:g} s (server or network too slow)",
                             url=url, service=service, seconds=round(seconds, 1))


class Inflater:
    """Incremental gzip/deflate: each piece at most CHUNK bytes, so a bomb never inflates in one go; concatenated
    gzip members continue with a fresh decompressor."""

    def __init__(self, wbits):
        self.wbits = wbits
        self._zlib = zlib.decompressobj(wbits)

    @property
    def eof(self):
        return self._zlib.eof

    def pieces(self, raw, url, service):
        pending = raw
        try:
            while pending:
                if self._zlib.eof:
                    self._zlib = zlib.decompressobj(self.wbits)
                piece = self._zlib.decompress(pending, CHUNK)
                pending = self._zlib.unused_data if self._zlib.eof else self._zlib.unconsumed_tail
                if piece:
                    yield piece
        except zlib.error as exc:
            raise NetError("{service}: the compressed answer of {url} is damaged ({reason})", url=url,
                           service=service, reason=exc) from None


def parse_retry_after(value):
    """Seconds to wait from a Retry-After value (seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def parse_checksum(text):
    """("sha256", hex) from "sha256:<hex>", "md5:<hex>" or a bare hex digest (its length names the algorithm)."""
    text = text.strip()
    algorithm, _, digest = text.rpartition(":")
    digest = digest.lower()
    algorithm = algorithm.lower().replace("-", "") or {32: "md5", 40: "sha1", 64: "sha256"}.get(len(digest), "")
    if algorithm not in ("md5", "sha1", "sha256", "sha512") or not all(c in "0123456789abcdef" for c in digest):
        raise InputError("'{text}' is not a checksum like sha256:<hex> or md5:<hex>", field="checksum", text=text)
    return algorithm, digest


def _range_start(headers):
    """First byte of a 206 answer ('bytes 300-999/1000' -> 300), or None."""
    try:
        return int(headers.get("content-range", "").split()[1].split("-")[0])
    except (IndexError, ValueError):
        return None


def _total_size(headers, offset):
    """Full size of the file from Content-Range ('bytes 10-99/100') or Content-Length plus what we had (None when
    the answer is compressed: its length is not the file's)."""
    content_range = headers.get("content-range", "")
    if "/" in content_range and not content_range.endswith("/*"):
        try:
            return int(content_range.rsplit("/", 1)[1])
        except ValueError:
            return None
    if headers.get("content-encoding", "").strip().lower() not in IDENTITY_ENCODINGS:
        return None
    length = headers.get("content-length", "")
    return offset + int(length) if length.isdigit() else None


def _read_excerpt(reply):
    """The first bytes of an error answer (raw; only a JSON error message is ever shown)."""
    try:
        content = reply.read(ERROR_EXCERPT_BYTES) if reply.headers.get("content-encoding", "") in ("", "identity") \
            else b""
    except TransportError:
        content = b""
    reply.close()
    return content


def error_detail(content, headers):
    """': <message>' of an error answer: the 'message'/'error' of a JSON body, or a short plain-text body; an HTML or
    XML page is never pasted."""
    content_type = headers.get("content-type", "").lower()
    if not content:
        return ""
    if "json" in content_type:
        try:
            data = json.loads(content)
        except ValueError:
            return ""
        error = data.get("error") if isinstance(data, dict) else None
        if isinstance(error, dict):
            error = error.get("message")
        message = error if isinstance(error, str) and error else (data.get("message") if isinstance(data, dict)
                                                                    else None)
    elif content_type.startswith("text/plain"):
        message = content.decode("utf-8", "replace")
    else:
        return ""
    if not isinstance(message, str) or not message.strip() or message.lstrip().startswith("<"):
        return ""
    return ": " + _short(" ".join(message.split()), MAX_DETAIL_CHARS)


def _short(text, limit=300):
    return text if len(text) <= limit else text[:limit] + "..."


def parse_json(content, url, service):
    try:
        return json.loads(content)
    except json.JSONDecodeError as exc:
        where = {"line": exc.lineno, "column": exc.colno, "reason": exc.msg}
    except ValueError:  # not UTF-8/16/32 text
        where = {"line": 1, "column": 1, "reason": "not text"}
    raise NetError("{service}: {url} did not answer valid JSON (line {line}, column {column}: {reason})", url=url,
                   service=service, **where)


def json_object(value):
    """``value`` if it is a JSON object, else an empty one: servers answer what they like, and a part of the
    wrong type counts as missing rather than stopping the search."""
    return value if isinstance(value, dict) else {}


def json_list(value):
    """``value`` if it is a JSON list, else an empty one (as json_object)."""
    return value if isinstance(value, list) else []


def with_params(url, params):
    if not params:
        return url
    query = urlencode({key: value for key, value in params.items() if value is not None})
    return f"{url}{'&' if '?' in url else '?'}{query}"

