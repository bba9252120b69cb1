"""OGC SensorThings API (river levels, rain gauges): one point per Datastream with its latest Observation.

One query does it: ``Datastreams?$expand=Thing($expand=Locations),ObservedProperty,
Observations($orderby=phenomenonTime desc;$top=1)``, following ``@iot.nextLink`` until the last page. QGIS's native
``sensorthings`` provider shows Things and Locations; this reader adds what it does not: the latest value per
datastream as plain attributes, ready to label and style.
"""

import json
from urllib.parse import quote, urljoin

from ..net.http import json_object
from .fetch import FeedError, get_json
from .snapshot import point

ENTITY_SETS = ("Things", "Locations", "HistoricalLocations", "Datastreams", "MultiDatastreams", "Sensors",
               "ObservedProperties", "Observations", "FeaturesOfInterest")
LATEST_QUERY = {
    "$expand": "Thing($expand=Locations),ObservedProperty,Observations($orderby=phenomenonTime desc;$top=1)",
}
MAX_PAGES = 1000

FIELDS = ["datastream_id", "datastream", "thing_id", "thing", "observed_property", "unit", "result",
          "phenomenon_time", "result_time"]


def service_root(url):
    """The service root (``.../v1.1``) of a SensorThings URL that may name an entity set or carry a query."""
    root = url.split("?", 1)[0].rstrip("/")
    last = root.rsplit("/", 1)[-1]
    if last.split("(", 1)[0] in ENTITY_SETS:
        root = root.rsplit("/", 1)[0]
    return root


def latest_observations_url(url):
    query = "&".join(f"{key}={quote(value, safe='$(),;=/')}" for key, value in LATEST_QUERY.items())
    return f"{service_root(url)}/Datastreams?{query}"


def read_pages(first_url, progress, client):
    """Every entity of a collection, following @iot.nextLink; FeedError on a loop or a page that is not STA JSON."""
    url, seen, pages = first_url, set(), 0
    while url:
        if url in seen or pages >= MAX_PAGES:
            raise FeedError("{first_url}: @iot.nextLink keeps going ({pages} pages, last {url}); stopped",
                            first_url=first_url, pages=pages, url=url)
        seen.add(url)
        progress.check()
        document = get_json(url, client)
        if not isinstance(document, dict) or not isinstance(document.get("value"), list):
            raise FeedError("{url}: not a SensorThings collection (no 'value' list); is the URL the service root "
                            "(ending in /v1.0 or /v1.1)?", url=url)
        yield from document["value"]
        pages += 1
        count = document.get("@iot.count")
        if isinstance(count, int) and count > 0:
            progress.info("SensorThings page {pages}: {page_count} of {count} datastreams", pages=pages,
                          page_count=len(document["value"]), count=count)
        next_link = document.get("@iot.nextLink")
        url = urljoin(url, next_link) if next_link else None


def datastream_features(url, progress, client):
    features = []
    for index, datastream in enumerate(read_pages(latest_observations_url(url), progress, client)):
        if not isinstance(datastream, dict):
            raise FeedError("{url}: datastream {number} is not a JSON object", url=url, number=index + 1)
        thing = json_object(datastream.get("Thing"))
        geometry = _location(thing) or _centroid(datastream.get("observedArea"))
        observations = datastream.get("Observations")
        latest = json_object(observations[0] if isinstance(observations, list) and observations else None)
        unit = json_object(datastream.get("unitOfMeasurement"))
        features.append({"geometry": geometry, "properties": {
            "datastream_id": _id(datastream.get("@iot.id")),
            "datastream": datastream.get("name"),
            "thing_id": _id(thing.get("@iot.id")),
            "thing": thing.get("name"),
            "observed_property": json_object(datastream.get("ObservedProperty")).get("name"),
            "unit": unit.get("symbol") or unit.get("name"),
            "result": _scalar(latest.get("result")),
            "phenomenon_time": _instant(latest.get("phenomenonTime")),
            "result_time": latest.get("resultTime"),
        }})
    return features


def _id(value):
    return None if value is None else str(value)  # ids are integers on FROST, strings on other servers


def _scalar(value):
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _instant(value):
    """phenomenonTime may be an interval 'start/end': the end is when the value holds."""
    if isinstance(value, str) and "/" in value:
        return value.split("/", 1)[1]
    return value


def _location(thing):
    locations = thing.get("Locations")
    for location in locations if isinstance(locations, list) else []:
        geometry = json_object(location).get("location")
        if isinstance(geometry, dict) and geometry.get("type") == "Feature":
            geometry = geometry.get("geometry")
        centre = _centroid(geometry)
        if centre:
            return centre
    return None


def _centroid(geometry):
    """A point for the sensor: the geometry itself if a point, else its centroid (a station's area or line)."""
    if not isinstance(geometry, dict) or "type" not in geometry:
        return None
    from shapely.errors import ShapelyError
    from shapely.geometry import shape

    try:
        if geometry["type"] == "Point":
            lon, lat = geometry["coordinates"][:2]
            return point(lon, lat)
        centre = shape(geometry).centroid
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, ShapelyError):  # not a geometry: no position
        return None
    return None if centre.is_empty else point(centre.x, centre.y)
