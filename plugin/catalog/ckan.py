"""CKAN Action API v3 (G空間情報センター, Tokyo's open data catalog, any CKAN a user adds): package_search with
paging, package_show, and resources recognised by name or URL when the publisher left ``format`` empty."""

import re

from ..errors import DigitalTwinError
from ..net.http import NetError, json_list, json_object
from ..progress import NO_PROGRESS
from .model import Dataset, Resource, recognise

GEOSPATIAL_JP = "https://www.geospatial.jp/ckan"
TOKYO_OPEN_DATA = "https://catalog.data.metro.tokyo.lg.jp"
PAGE_ROWS = 100  # CKAN's usual ceiling is 1000; 100 keeps each answer small and Cancel responsive

# PLATEAU package names: plateau-tokyo23ku[-2023], plateau-13101-chiyoda-ku-2025
_PLATEAU_NAME = re.compile(r"^plateau-(?:(?P<code>\d{5})-[a-z0-9-]+?|tokyo23ku)(?:-(?P<year>\d{4}))?$")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
_LOD_IN_TEXT = re.compile(r"LOD\s*([0-4])", re.I)


def action_url(base_url, action):
    """The Action API URL of ``action`` whatever form the user typed: the site, .../api/3 or .../api/3/action."""
    base = base_url.rstrip("/")
    for tail in ("/api/3/action", "/api/3", "/api/action", "/api"):
        if base.endswith(tail):
            base = base[: -len(tail)]
            break
    return f"{base}/api/3/action/{action}"


def unwrap(answer, url, catalog):
    """``result`` of a CKAN envelope; ``success: false`` becomes one error with CKAN's own message."""
    if not isinstance(answer, dict) or "success" not in answer:
        raise NetError("{catalog}: {url} did not answer a CKAN envelope; is it a CKAN Action API?", catalog=catalog,
                       url=url)
    if not answer["success"]:
        error = json_object(answer.get("error"))
        message = error.get("message") or error.get("__type") or "unknown error"
        raise NetError("{catalog}: {url} reported an error: {message}", catalog=catalog, url=url, message=message)
    return answer.get("result")


def parse_package(package, catalog="CKAN"):
    """A Dataset from a CKAN package dict."""
    name = str(package.get("name") or package.get("id") or "")
    title = str(package.get("title") or name)
    organization = json_object(package.get("organization"))
    tags = [str(tag.get("name", "")) for tag in json_list(package.get("tags")) if isinstance(tag, dict)]
    extras = {str(item.get("key")): str(item.get("value")) for item in json_list(package.get("extras"))
              if isinstance(item, dict)}
    resources = [parse_resource(item) for item in json_list(package.get("resources"))
                 if isinstance(item, dict) and item.get("url")]
    plateau = _PLATEAU_NAME.match(name)
    year = _year(plateau.group("year") if plateau and plateau.group("year") else "") or \
        _year(extras.get("year", "")) or _year_in(title)
    city_code = plateau.group("code") if plateau and plateau.group("code") else ""
    if plateau and not plateau.group("code"):
        city_code = "13100"  # plateau-tokyo23ku: the 23 wards
    main = next((r for r in resources if r.kind not in ("link", "download")), resources[0] if resources else None)
    lod = _LOD_IN_TEXT.search(f"{title} {package.get('notes') or ''}")
    return Dataset(
        id=name, title=title, catalog=catalog,
        publisher=str(organization.get("title") or organization.get("name") or package.get("author") or ""),
        licence=str(package.get("license_title") or package.get("license_id") or ""),
        attribution=extras.get("attribution", "") or extras.get("出典", ""),
        pref_code=city_code[:2], city_code=city_code,
        data_type="3D都市モデル" if plateau else "", data_type_en="plateau" if plateau else "",
        format=main.format if main else "", lod=lod.group(1) if lod else "", year=year,
        description=str(package.get("notes") or ""), tags=tags, resources=resources)


def parse_resource(item):
    size = item.get("size")
    try:
        size = int(size) if size not in (None, "") else None
    except (TypeError, ValueError, OverflowError):  # OverflowError: an infinite float
        size = None
    fmt, kind = recognise(str(item.get("format") or ""), str(item.get("name") or ""), str(item["url"]))
    checksum = str(item.get("hash") or "")
    return Resource(url=str(item["url"]), name=str(item.get("name") or ""), format=fmt, kind=kind, size=size,
                    checksum=checksum if _looks_like_checksum(checksum) else "",
                    description=str(item.get("description") or ""))


def _looks_like_checksum(text):
    digest = text.rpartition(":")[2]
    return len(digest) in (32, 40, 64, 128) and all(c in "0123456789abcdefABCDEF" for c in digest)


def _year(text):
    return int(text) if str(text).isdigit() and len(str(text)) == 4 else None


def _year_in(text):
    found = _YEAR_IN_TEXT.search(text or "")
    return int(found.group(1)) if found else None


class CkanCatalog:
    def __init__(self, client, base_url, name="CKAN"):
        self.client = client
        self.base_url = base_url
        self.name = name

    def _action(self, action, params, progress):
        url = action_url(self.base_url, action)
        answer = self.client.get_json(url, self.name, params=params, progress=progress)
        return unwrap(answer, url, self.name)

    def search(self, query="", max_results=1000, fq="", progress=NO_PROGRESS):
        """Packages matching ``query`` (CKAN/Solr syntax), page by page, up to ``max_results``."""
        datasets = []
        start = 0
        while start < max_results:
            rows = min(PAGE_ROWS, max_results - start)
            params = {"q": query or "*:*", "rows": rows, "start": start}
            if fq:
                params["fq"] = fq
            try:
                result = self._action("package_search", params, progress)
                count = int(result["count"])
                packages = result["results"]
                if not isinstance(packages, list):
                    raise TypeError("'results' is not a list")
            except (KeyError, TypeError, ValueError, OverflowError) as exc:
                raise NetError("{catalog}: package_search of {url} answered without 'count'/'results' ({exc})",
                               catalog=self.name, url=self.base_url, exc=exc) from None
            datasets += [parse_package(p, self.name) for p in packages if isinstance(p, dict)]
            start += len(packages)
            progress.step(min(start, count) / max(min(count, max_results), 1))
            if not packages or start >= count:
                break
        return datasets

    def package(self, name_or_id, progress=NO_PROGRESS):
        result = self._action("package_show", {"id": name_or_id}, progress)
        if not isinstance(result, dict):
            raise DigitalTwinError("{catalog}: package_show of '{name_or_id}' answered no package", catalog=self.name,
                                   name_or_id=name_or_id)
        return parse_package(result, self.name)
