"""Generic feeds at a URL, for people-flow counters or a city's own sensors: GeoJSON, JSON records with lat/lon
paths (e.g. ODPT's ``geo:lat``/``geo:long``), or CSV with lat/lon columns. The format is recognised from the answer.
"""

import csv
import io
import json

from ..errors import Words
from .fetch import FeedError, parse_json
from .snapshot import point

LAT_NAMES = ("lat", "latitude", "geo:lat", "y", "緯度")
LON_NAMES = ("lon", "lng", "long", "longitude", "geo:long", "geo:lon", "x", "経度")


def features_from_response(response, records_path="", lat_path="", lon_path=""):
    """Features of a GeoJSON, JSON or CSV answer; FeedError naming the URL, the record or line and the field."""
    text_start = response.body.lstrip()[:1]
    if text_start in (b"{", b"[") or "json" in response.content_type:
        document = parse_json(response)
        if isinstance(document, dict) and document.get("type") in ("FeatureCollection", "Feature"):
            return geojson_features(document, response.url)
        return json_record_features(document, response.url, records_path, lat_path, lon_path)
    return csv_features(response, lat_path, lon_path)


def geojson_features(document, source):
    items = document.get("features") if document["type"] == "FeatureCollection" else [document]
    if not isinstance(items, list):
        raise FeedError("{source}: the FeatureCollection has no 'features' list", source=source)
    features = []
    for index, item in enumerate(items):
        if not isinstance(item, dict) or item.get("type") != "Feature":
            raise FeedError("{source}: features[{index}] is not a GeoJSON Feature", source=source, index=index)
        properties = item.get("properties") or {}
        if not isinstance(properties, dict):
            raise FeedError("{url}: features[{index}].properties is not a JSON object", url=source, index=index)
        properties = flatten(properties)
        if item.get("id") is not None and "id" not in properties:
            properties = {"id": item["id"], **properties}
        features.append({"geometry": item.get("geometry"), "properties": properties})
    return features


def json_record_features(document, source, records_path="", lat_path="", lon_path=""):
    records = value_at(document, records_path) if records_path else document
    if isinstance(records, dict):  # a single wrapper key holding the list, e.g. {"data": [...]}
        lists = [value for value in records.values() if isinstance(value, list)]
        records = lists[0] if len(lists) == 1 and not records_path else records
    if not isinstance(records, list):
        raise FeedError("{source}: no list of records at '{records_path}'; give the records path (dot separated, e.g. "
                        "data.items)", source=source, records_path=records_path or Words("(top level)"))
    features = []
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise FeedError("{source}: record {index} is not a JSON object", source=source, index=index)
        properties = flatten(record)
        lat_key = lat_path or _guess(properties, LAT_NAMES)
        lon_key = lon_path or _guess(properties, LON_NAMES)
        lat = _number(value_at(record, lat_key) if lat_key else None, source, f"record {index}", lat_key or "lat")
        lon = _number(value_at(record, lon_key) if lon_key else None, source, f"record {index}", lon_key or "lon")
        features.append({"geometry": point(lon, lat), "properties": properties})
    return features


def csv_features(response, lat_column="", lon_column=""):
    try:
        text = response.body.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = response.body.decode("cp932", "replace")  # Japanese open data CSVs are often Shift_JIS
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = reader.fieldnames or []
    lat_key = lat_column or _guess(dict.fromkeys(columns), LAT_NAMES)
    lon_key = lon_column or _guess(dict.fromkeys(columns), LON_NAMES)
    if not lat_key or not lon_key or lat_key not in columns or lon_key not in columns:
        raise FeedError("{url}: not GeoJSON, JSON or a CSV with latitude/longitude columns (line 1 has {columns}); "
                        "name the lat/lon columns", url=response.url,
                        columns=', '.join(columns[:8]) or Words("no header"))
    features = []
    for row in reader:
        where = f"line {reader.line_num}"
        lat = _number(row.get(lat_key), response.url, where, lat_key)
        lon = _number(row.get(lon_key), response.url, where, lon_key)
        properties = {key: _typed(value) for key, value in row.items() if key is not None}
        features.append({"geometry": point(lon, lat), "properties": properties})
    return features


def value_at(document, path):
    """The value at a dot path ('a.b.0.c'); keys may contain ':' (JSON-LD). None when a step is missing."""
    value = document
    for step in path.split("."):
        if isinstance(value, dict):
            value = value.get(step)
        elif isinstance(value, list) and step.isdigit() and int(step) < len(value):
            value = value[int(step)]
        else:
            return None
    return value


def flatten(record, prefix=""):
    """Nested objects become dotted names; lists stay as JSON text, so every value fits a layer field."""
    flat = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            flat[name] = json.dumps(value, ensure_ascii=False)
        else:
            flat[name] = value
    return flat


def _guess(properties, names):
    lowered = {key.lower(): key for key in properties}
    for name in names:
        if name in lowered:
            return lowered[name]
    return None


def _number(value, source, where, field):
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise FeedError("{source}: {where}, field '{field}': expected a number, found {value!r}", source=source,
                        where=where, field=field, value=value) from None
    if number != number:  # NaN
        raise FeedError("{source}: {where}, field '{field}': expected a number, found NaN", source=source, where=where,
                        field=field)
    return number


def _typed(text):
    """CSV cells as int or float when they are numbers, else text (empty -> None)."""
    if text is None or text == "":
        return None
    if len(text) > 1 and text[0] == "0" and text[1] != ".":
        return text  # a code such as a counter id '0123': leading zeros matter
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text
