"""Road traffic counts from the JARTIC open traffic WFS 2.0 (GeoServer): the latest window inside a bbox.

The service refuses answers over about 6 MB (``Function.ResponseSizeTooLarge``), so requests are paged
(``count``/``startIndex``) and a refused box is split into four and asked again, down to a limit. Points on a shared
edge come back from two boxes: features are kept once, by id.
"""

import re
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .fetch import FeedError, get, parse_json
from .snapshot import point

JARTIC_WFS_URL = "https://api.jartic-open-traffic.org/geoserver"
TYPE_5MIN = "t_travospublic_measure_5m"
TYPE_1HOUR = "t_travospublic_measure_1h"
TIME_FIELD = "時間コード"
GEOMETRY_FIELD = "ジオメトリ"
VOLUME_FIELD = "total_volume"
"""Added to every feature: the sum of the up/down, small/large vehicle counts, for styling by volume."""
TOKYO_23_WARDS_BBOX = (139.56, 35.52, 139.92, 35.82)
SIZE_ERROR = b"ResponseSizeTooLarge"
EXCEPTION_TEXT = re.compile(rb"<(?:\w+:)?ExceptionText[^>]*>(.*?)</(?:\w+:)?ExceptionText>", re.DOTALL)
ERROR_EXCERPT_BYTES = 8192
PAGE_SIZE = 10000
MAX_SPLIT_DEPTH = 6
PUBLICATION_LAG = timedelta(minutes=20)
JST = timezone(timedelta(hours=9))


def latest_time_code(now=None, type_name=TYPE_5MIN):
    """The 時間コード (YYYYMMDDhhmm, JST) of the newest window the service has published: now minus the ~20 min
    publication lag, floored to 5 minutes (or to the hour for the hourly counts)."""
    moment = (now or datetime.now(UTC)).astimezone(JST) - PUBLICATION_LAG
    step = 60 if type_name.endswith("_1h") else 5
    moment = moment.replace(minute=moment.minute - moment.minute % step, second=0, microsecond=0)
    return moment.strftime("%Y%m%d%H%M")


def getfeature_url(base_url, type_name, bbox, time_code, start_index=0, count=PAGE_SIZE):
    """A WFS 2.0 GetFeature URL; parameters already in ``base_url`` (e.g. an API key) are kept."""
    parts = urlsplit(base_url)
    ours = {
        "service": "WFS", "version": "2.0.0", "request": "GetFeature", "typeNames": type_name,
        "srsName": "EPSG:4326", "outputFormat": "application/json",
        "count": str(count), "startIndex": str(start_index),
        "cql_filter": f"{TIME_FIELD}={time_code} AND BBOX({GEOMETRY_FIELD},{bbox[0]:.6f},{bbox[1]:.6f},"
                      f"{bbox[2]:.6f},{bbox[3]:.6f},'EPSG:4326')",
    }
    kept = [(key, value) for key, value in parse_qsl(parts.query) if key.lower() not in {k.lower() for k in ours}]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept + list(ours.items())), ""))


def split_bbox(bbox):
    west, south, east, north = bbox
    mid_x, mid_y = (west + east) / 2, (south + north) / 2
    return [(west, south, mid_x, mid_y), (mid_x, south, east, mid_y),
            (west, mid_y, mid_x, north), (mid_x, mid_y, east, north)]


def traffic_features(base_url, progress, client, bbox=TOKYO_23_WARDS_BBOX, time_code=None,
                     type_name=TYPE_5MIN, page_size=PAGE_SIZE):
    time_code = time_code or latest_time_code(type_name=type_name)
    progress.info("JARTIC traffic counts for time code {time_code} in {bbox}", time_code=time_code, bbox=bbox)
    collected = {}
    _collect(base_url, type_name, tuple(bbox), time_code, page_size, 0, collected, progress, client)
    return list(collected.values())


def _collect(base_url, type_name, bbox, time_code, page_size, depth, collected, progress, client):
    start = 0
    while True:
        progress.check()
        url = getfeature_url(base_url, type_name, bbox, time_code, start, page_size)
        response = get(url, client, accept_status=range(100, 600))
        if SIZE_ERROR in response.body[:4096]:
            if depth >= MAX_SPLIT_DEPTH:
                raise FeedError("{url}: the service still refuses the answer as too large after splitting the box "
                                "{depth} times; choose a smaller extent or a page size below {page_size}", url=url,
                                depth=depth, page_size=page_size)
            progress.info("answer too large for {bbox}: splitting it in four", bbox=bbox)
            for quarter in split_bbox(bbox):
                _collect(base_url, type_name, quarter, time_code, page_size, depth + 1, collected, progress,
                         client)
            return
        features = _feature_list(response)
        for feature in features:
            key = feature.get("id") or repr((feature.get("properties"), feature.get("geometry")))
            collected.setdefault(key, _traffic_feature(feature))
        if len(features) < page_size:
            return
        start += len(features)


def exception_text(body):
    """The ows:ExceptionText of a WFS error answer on one line (at most 200 characters), or "": never the XML or
    HTML itself."""
    match = EXCEPTION_TEXT.search(body[:ERROR_EXCERPT_BYTES])
    text = " ".join(match.group(1).decode("utf-8", "replace").split()) if match else ""
    return (text[:200] + "...") if len(text) > 200 else text


def _feature_list(response):
    if response.status != 200 or response.body.lstrip()[:1] == b"<":
        text = exception_text(response.body)
        if text:
            raise FeedError("{url}: the WFS answered HTTP {status} with an error: {text}", url=response.url,
                            status=response.status, text=text)
        raise FeedError("{url}: the WFS answered HTTP {status} with an error page", url=response.url,
                        status=response.status)
    document = parse_json(response)
    if not isinstance(document, dict) or not isinstance(document.get("features"), list):
        raise FeedError("{url}: the WFS answer is not a GeoJSON FeatureCollection", url=response.url)
    return document["features"]


def _traffic_feature(feature):
    properties = dict(feature.get("properties") or {})
    volumes = [value for name, value in properties.items()
               if "交通量" in name and isinstance(value, (int, float)) and not isinstance(value, bool)]
    properties[VOLUME_FIELD] = sum(volumes) if volumes else None
    return {"geometry": _single_point(feature.get("geometry")), "properties": properties}


def _single_point(geometry):
    """Observation points come as one-point MultiPoints: a Point is what a layer of counters needs."""
    if not isinstance(geometry, dict):
        return None
    coordinates = geometry.get("coordinates") or []
    if geometry.get("type") == "Point" and coordinates:
        return point(*coordinates[:2])
    if geometry.get("type") == "MultiPoint" and coordinates:
        xs = [c[0] for c in coordinates]
        ys = [c[1] for c in coordinates]
        return point(sum(xs) / len(xs), sum(ys) / len(ys))
    return None
