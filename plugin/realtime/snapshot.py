"""What every feed reader returns: one fetch of a feed as GeoJSON-like features with the time it was fetched."""

from dataclasses import dataclass, field
from datetime import UTC, datetime

FETCHED_AT = "fetched_at"
"""Name of the timestamp field a recording adds to every feature (UTC)."""


@dataclass
class Snapshot:
    """Features of one fetch: ``{"geometry": GeoJSON geometry dict or None, "properties": {name: value}}``.

    ``fields`` keeps the property names in a stable order (first seen first), so layers and files get the same
    columns whatever the order of keys in the feed.
    """

    features: list
    source: str
    feed_type: str
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))
    fields: list = field(default_factory=list)

    def __post_init__(self):
        if not self.fields:
            self.fields = field_names(self.features)


def field_names(features):
    names = {}
    for feature in features:
        for name in feature["properties"]:
            names.setdefault(name, None)
    return list(names)


def point(lon, lat):
    return {"type": "Point", "coordinates": [float(lon), float(lat)]}


def iso_utc(timestamp):
    """A POSIX timestamp (seconds) as an ISO 8601 UTC string, or None for 0 / missing / beyond year 9999."""
    if not timestamp:
        return None
    try:
        return datetime.fromtimestamp(int(timestamp), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OverflowError, OSError):  # a feed's garbage: no time rather than no snapshot
        return None
