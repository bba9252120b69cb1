"""HTTP for the catalogs: timeouts, retries with backoff, one clear error naming the catalog and the URL, an on-disk
response cache honouring ETag/Last-Modified (usable offline), and resumable, verified downloads.

The network itself is a pluggable ``transport``: ``RequestsTransport`` (requests) for batch and tests, and
``qgis_transport.QgisTransport`` (QGIS network manager) inside QGIS, so users' proxy and authcfg apply.
A transport has one method, ``request(method, url, headers, timeout, body=None, stream=False)``, returning a
``TransportResponse`` (``stream``: a download, whose body must not be held in memory); it raises ``TransportError``
when no answer came (refused, timed out, DNS).
"""

import hashlib
import json
import os
import time
from pathlib import Path
from urllib.parse import urlencode

from ..errors import DigitalTwinError, InputError
from ..progress import NO_PROGRESS

USER_AGENT = "DigitalTwin-QGIS-plugin (catalog client)"
RETRY_STATUSES = {429, 500, 502, 503, 504}
CHUNK = 1 << 16
MAX_ANSWER_BYTES = 256 * 2**20  # the whole PLATEAU list is ~2 MB; CKAN pages are far smaller


class TransportError(Exception):
    """No HTTP answer: connection refused, timeout, name not resolved."""


class CatalogHttpError(DigitalTwinError):
    """An HTTP error or an unusable answer, in one sentence naming the catalog and the URL."""

    def __init__(self, message, url="", status=None, body=b""):
        super().__init__(message)
        self.url = url
        self.status = status
        self.body = body


class TransportResponse:
    """What a transport answers: status, headers (keys lower case), and the body as chunks."""

    def __init__(self, status, headers, chunks, reason=""):
        self.status = status
        self.reason = reason
        self.headers = {key.lower(): value for key, value in (headers or {}).items()}
        self._chunks = chunks

    def iter_content(self):
        yield from self._chunks

    def read(self):
        return b"".join(self.iter_content())


class RequestsTransport:
    """The transport for batch and tests: requests, streaming bodies, no redirects hidden from the caller."""

    def __init__(self, session=None):
        from ..dependencies import require

        self._requests = require("requests", "Catalog access")
        self._session = session or self._requests.Session()

    def request(self, method, url, headers, timeout, body=None, stream=False):  # noqa: ARG002 (always streams)
        try:
            answer = self._session.request(method, url, headers=headers, data=body, timeout=timeout, stream=True)
        except self._requests.RequestException as exc:
            raise TransportError(_short(exc)) from exc

        def chunks():
            try:
                yield from answer.iter_content(CHUNK)
            except self._requests.RequestException as exc:
                raise TransportError(_short(exc)) from exc
            finally:
                answer.close()

        return TransportResponse(answer.status_code, dict(answer.headers), chunks(), answer.reason or "")


def _short(exc):
    text = str(exc)
    return text if len(text) < 300 else text[:300] + "..."


def default_cache_dir():
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "digital_twin" / "catalog"


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
        body_path, meta_path = self._paths(url)
        _replace(body_path, body)
        self._store_meta(url, headers.get("etag", ""), headers.get("last-modified", ""))

    def touch(self, url, meta):
        """The server said 304: the cached body is current again (only the metadata is rewritten)."""
        self._store_meta(url, meta.get("etag", ""), meta.get("last_modified", ""))

    def _store_meta(self, url, etag, last_modified):
        meta = {"url": url, "etag": etag, "last_modified": last_modified, "stored_at": time.time()}
        _replace(self._paths(url)[1], json.dumps(meta).encode("utf-8"))


def _replace(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


class HttpClient:
    """GET/POST JSON with retries and a cache, and downloads that resume and verify.

    ``timeout`` is (connect, read) seconds; ``retries`` extra attempts on 5xx/429 and on no answer, waiting
    ``backoff * 2**attempt`` seconds (or the server's Retry-After, capped at ``max_wait``). ``max_age``: a cached
    answer younger than this is used without asking the server; older ones are revalidated (ETag/Last-Modified).
    ``offline``: answers come from the cache only.
    """

    def __init__(self, transport=None, cache_dir=None, timeout=(10, 60), retries=3, backoff=0.5, max_wait=30.0,
                 max_age=600.0, offline=False, sleep=None):
        self.transport = transport or RequestsTransport()
        self.cache = ResponseCache(cache_dir) if cache_dir else None
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.max_age = max_age
        self.offline = offline
        self.sleep = sleep  # tests record the waits instead of sleeping

    # -- requests with retries -------------------------------------------------------------------------------------

    def _send(self, method, url, catalog, headers=None, body=None, progress=NO_PROGRESS, ok=(200,), stream=False):
        """The first answer whose status is in ``ok`` (or 304); retries transient failures; raises CatalogHttpError."""
        headers = {"User-Agent": USER_AGENT, **(headers or {})}
        for attempt in range(self.retries + 1):
            progress.check()
            last_try = attempt == self.retries
            try:
                answer = self.transport.request(method, url, headers, self.timeout, body, stream=stream)
            except TransportError as exc:
                if last_try:
                    raise CatalogHttpError(f"{catalog}: no answer from {url} ({exc}) after {attempt + 1} "
                                           "attempt(s); check the network or the catalog address", url) from exc
                self._wait(attempt, None, progress, f"no answer ({exc})")
                continue
            if answer.status in ok or answer.status == 304:
                return answer
            content = _read_some(answer)
            if answer.status in RETRY_STATUSES and not last_try:
                self._wait(attempt, answer.headers.get("retry-after"), progress, f"HTTP {answer.status}")
                continue
            raise CatalogHttpError(f"{catalog}: {url} answered HTTP {answer.status} {answer.reason}".rstrip()
                                   + _detail(content), url, answer.status, content)
        raise AssertionError("unreachable")

    def _wait(self, attempt, retry_after, progress, why):
        delay = self.backoff * (2 ** attempt)
        if retry_after:
            try:
                delay = float(retry_after)
            except ValueError:
                pass  # an HTTP date: keep our own backoff
        delay = min(max(delay, 0.0), self.max_wait)
        progress.info(f"{why}; retrying in {delay:.1f} s")
        if self.sleep is not None:
            self.sleep(delay)
            return
        deadline = time.monotonic() + delay
        while (left := deadline - time.monotonic()) > 0:  # in short naps, so Cancel works during a backoff
            progress.check()
            time.sleep(min(left, 0.2))

    # -- JSON with the cache -------------------------------------------------------------------------------------

    def get_bytes(self, url, catalog, params=None, progress=NO_PROGRESS, use_cache=True, validate=None):
        """The body of a GET; ``validate(body)`` may raise to keep a bad answer out of the cache."""
        url = with_params(url, params)
        cached = self.cache.load(url) if (self.cache and use_cache) else None
        if self.offline:
            if cached is None:
                raise CatalogHttpError(f"{catalog}: {url} is not in the offline cache; connect once to fetch it", url)
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
            answer = self._send("GET", url, catalog, headers, progress=progress)
        except CatalogHttpError as exc:
            if cached and exc.status is None:  # no network: the last good answer keeps the catalog usable
                progress.info(f"{catalog}: {url} unreachable, using the cached answer")
                return cached[0]
            raise
        if answer.status == 304 and cached:
            self.cache.touch(url, cached[1])
            return cached[0]
        content = self._read_body(answer, url, catalog, progress)
        if validate is not None:
            validate(content)
        if self.cache and use_cache:
            self.cache.store(url, content, answer.headers)
        return content

    def _read_body(self, answer, url, catalog, progress=NO_PROGRESS):
        """The whole body of a catalog answer, up to MAX_ANSWER_BYTES (an endless stream must not eat the memory)."""
        chunks, size = [], 0
        try:
            for chunk in answer.iter_content():
                progress.check()
                size += len(chunk)
                if size > MAX_ANSWER_BYTES:
                    raise CatalogHttpError(f"{catalog}: the answer of {url} is larger than "
                                           f"{MAX_ANSWER_BYTES // 2**20} MB; is it a catalog? (download files with "
                                           "the download tool instead)", url)
                chunks.append(chunk)
        except TransportError as exc:
            raise CatalogHttpError(f"{catalog}: the answer of {url} broke off ({exc})", url) from exc
        return b"".join(chunks)

    def get_json(self, url, catalog, params=None, progress=NO_PROGRESS, use_cache=True):
        full_url = with_params(url, params)
        parsed = []
        content = self.get_bytes(url, catalog, params, progress, use_cache,
                                 validate=lambda body: parsed.append(parse_json(body, full_url, catalog)))
        return parsed[0] if parsed else parse_json(content, full_url, catalog)

    def post_json(self, url, catalog, payload, progress=NO_PROGRESS):
        body = json.dumps(payload).encode("utf-8")
        answer = self._send("POST", url, catalog, {"Content-Type": "application/json"}, body, progress)
        return parse_json(self._read_body(answer, url, catalog), url, catalog)

    # -- downloads -------------------------------------------------------------------------------------------------

    def download(self, url, target, catalog="download", expected_size=None, checksum="", overwrite=False,
                 progress=NO_PROGRESS):
        """Download ``url`` to ``target``: into ``<target>.part`` first (kept on Cancel or a broken connection, so the
        next call resumes it with a Range request), renamed onto ``target`` once complete and verified.

        ``expected_size`` (bytes) and ``checksum`` ("sha256:<hex>", "md5:<hex>" or bare hex) are checked before
        the rename; a mismatch removes the partial file and raises. An existing ``target`` is kept unless
        ``overwrite``.
        """
        target = Path(target)
        if target.exists() and not overwrite:
            raise InputError("the file exists already; choose another name or allow overwriting", path=target)
        if self.offline:
            raise CatalogHttpError(f"{catalog}: cannot download {url} while offline", url)
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(target.name + ".part")
        have = part.stat().st_size if part.exists() else 0
        headers = {"Accept-Encoding": "identity"}  # byte ranges and sizes of the file itself, not of a gzip stream
        if have:
            headers["Range"] = f"bytes={have}-"
        answer = self._send("GET", url, catalog, headers, progress=progress, ok=(200, 206, 416), stream=True)
        if answer.status == 416 or (answer.status == 206 and _range_start(answer) != have):
            if not have:
                raise CatalogHttpError(f"{catalog}: {url} answered a byte range nobody asked for", url)
            # Our partial file does not fit theirs (it changed, or was whole already): start again from zero.
            part.unlink(missing_ok=True)
            return self.download(url, target, catalog, expected_size, checksum, overwrite, progress)
        resumed = answer.status == 206
        total = _total_size(answer, have if resumed else 0) or expected_size
        written = have if resumed else 0
        try:
            with open(part, "ab" if resumed else "wb") as out:
                for chunk in answer.iter_content():
                    out.write(chunk)
                    written += len(chunk)
                    if total:
                        progress.step(written / total)
                    else:
                        progress.check()
        except TransportError as exc:
            progress.check()  # aborted because the user pressed Cancel: say so, not "broke off"
            raise CatalogHttpError(f"{catalog}: the download of {url} broke off after {written} bytes ({exc}); "
                                   f"run it again to resume from {part.name}", url) from exc
        self._verify(part, url, catalog, total, expected_size, checksum)
        os.replace(part, target)
        progress.step(1.0)
        return target

    @staticmethod
    def _verify(part, url, catalog, total, expected_size, checksum):
        size = part.stat().st_size
        for wanted, what in ((total, "the server announced"), (expected_size, "the catalog lists")):
            if wanted and size != wanted:
                part.unlink(missing_ok=True)
                raise CatalogHttpError(f"{catalog}: {url} gave {size} bytes but {what} {wanted}; the partial file "
                                       "was removed, download it again", url)
        if checksum:
            algorithm, expected = parse_checksum(checksum)
            digest = hashlib.new(algorithm)
            with open(part, "rb") as data:
                while block := data.read(1 << 20):
                    digest.update(block)
            if digest.hexdigest() != expected:
                part.unlink(missing_ok=True)
                raise CatalogHttpError(f"{catalog}: {url} failed the {algorithm} check (expected {expected}, got "
                                       f"{digest.hexdigest()}); the file was removed", url)


def parse_checksum(text):
    """("sha256", hex) from "sha256:<hex>", "md5:<hex>" or a bare hex digest (its length names the algorithm)."""
    text = text.strip()
    algorithm, _, digest = text.rpartition(":")
    digest = digest.lower()
    algorithm = algorithm.lower().replace("-", "") or {32: "md5", 40: "sha1", 64: "sha256"}.get(len(digest), "")
    if algorithm not in ("md5", "sha1", "sha256", "sha512") or not all(c in "0123456789abcdef" for c in digest):
        raise InputError(f"'{text}' is not a checksum like sha256:<hex> or md5:<hex>", field="checksum")
    return algorithm, digest


def _range_start(answer):
    """First byte of a 206 answer ('bytes 300-999/1000' -> 300), or None."""
    try:
        return int(answer.headers.get("content-range", "").split()[1].split("-")[0])
    except (IndexError, ValueError):
        return None


def _total_size(answer, offset):
    """Full size of the file from Content-Range ('bytes 10-99/100') or Content-Length plus what we had."""
    content_range = answer.headers.get("content-range", "")
    if "/" in content_range and not content_range.endswith("/*"):
        try:
            return int(content_range.rsplit("/", 1)[1])
        except ValueError:
            return None
    length = answer.headers.get("content-length")
    return offset + int(length) if length and length.isdigit() else None


def _read_some(answer, limit=4096):
    content = b""
    try:
        for chunk in answer.iter_content():
            content += chunk
            if len(content) >= limit:
                break
    except TransportError:
        pass
    return content[:limit]


def _detail(content):
    """A short, readable extract of an error body: the 'message'/'error' of a JSON error, else its first words."""
    if not content:
        return ""
    try:
        data = json.loads(content)
        if isinstance(data, dict):
            error = data.get("error")
            if isinstance(error, dict):
                error = error.get("message") or error
            message = error or data.get("message")
            if message:
                return f": {message}"
    except ValueError:
        pass
    text = " ".join(content.decode("utf-8", "replace").split())
    return f": {text[:200]}" if text else ""


def parse_json(content, url, catalog):
    try:
        return json.loads(content)
    except ValueError as exc:
        start = " ".join(content[:80].decode("utf-8", "replace").split())
        raise CatalogHttpError(f"{catalog}: {url} did not answer valid JSON ({exc}); it begins with: {start!r}",
                               url) from None


def with_params(url, params):
    if not params:
        return url
    query = urlencode({key: value for key, value in params.items() if value is not None})
    return f"{url}{'&' if '?' in url else '?'}{query}"
