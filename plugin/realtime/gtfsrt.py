"""GTFS-Realtime vehicle positions (Toei bus by default, any GTFS-RT URL) as point features, decoded with
gtfs-realtime-bindings; route, trip and stop names joined from a static GTFS zip when one is given."""

import csv
import io
import zipfile
from dataclasses import dataclass, field

from ..dependencies import require
from ..errors import InputError
from .fetch import FeedError, get
from .snapshot import iso_utc, point

TOEI_BUS_URL = "https://api-public.odpt.org/api/v4/gtfs/realtime/ToeiBus"
TOEI_BUS_STATIC_URL = "https://api-public.odpt.org/api/v4/files/Toei/data/ToeiBus-GTFS.zip"
ATTRIBUTION = "Toei bus positions: Tokyo Metropolitan Bureau of Transportation / ODPT, CC BY 4.0"

FIELDS = ["entity_id", "vehicle_id", "vehicle_label", "trip_id", "route_id", "direction_id", "start_date",
          "start_time", "bearing", "speed_kmh", "stop_id", "current_status", "occupancy", "timestamp",
          "route_name", "route_long_name", "trip_headsign", "stop_name"]


@dataclass
class StaticGtfs:
    """The names a vehicle position refers to by id: routes, trips (route and headsign) and stops."""

    routes: dict = field(default_factory=dict)  # route_id -> (short name, long name)
    trips: dict = field(default_factory=dict)  # trip_id -> (route_id, headsign)
    stops: dict = field(default_factory=dict)  # stop_id -> name


def load_static_gtfs(zip_path, client=None):
    """Read routes.txt, trips.txt and stops.txt of a static GTFS zip, a file or an http(s) URL (e.g.
    TOEI_BUS_STATIC_URL); each member is optional. InputError names the file, member, line and column."""
    source = zip_path
    if str(zip_path).startswith(("http://", "https://")):
        source = io.BytesIO(get(str(zip_path), client).body)
    try:
        archive = zipfile.ZipFile(source)
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError("not a readable GTFS zip ({exc})", path=zip_path, exc=exc) from exc
    static = StaticGtfs()
    with archive:
        for row in _rows(archive, zip_path, "routes.txt", ["route_id"]):
            static.routes[row["route_id"]] = (row.get("route_short_name") or "", row.get("route_long_name") or "")
        for row in _rows(archive, zip_path, "trips.txt", ["trip_id", "route_id"]):
            static.trips[row["trip_id"]] = (row["route_id"], row.get("trip_headsign") or "")
        for row in _rows(archive, zip_path, "stops.txt", ["stop_id"]):
            static.stops[row["stop_id"]] = row.get("stop_name") or ""
    if not (static.routes or static.trips or static.stops):
        raise InputError("holds none of routes.txt, trips.txt, stops.txt: is it a static GTFS zip?", path=zip_path)
    return static


def _rows(archive, zip_path, member, required):
    names = {name.rsplit("/", 1)[-1]: name for name in archive.namelist()}
    if member not in names:
        return
    where = f"{zip_path}!{names[member]}"
    with archive.open(names[member]) as raw:
        reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""))
        missing = [column for column in required if column not in (reader.fieldnames or [])]
        if missing:
            raise InputError("the header has no such column", path=where, line=1, field=missing[0])
        for row in reader:
            if not row.get(required[0]):
                raise InputError("empty id", path=where, line=reader.line_num, field=required[0])
            yield row


def decode_feed(data, source):
    """The FeedMessage in ``data``; FeedError if it is not a complete GTFS-Realtime protobuf message."""
    gtfs_realtime_pb2 = require("google.transit.gtfs_realtime_pb2", "GTFS-Realtime feeds")
    from google.protobuf.message import DecodeError

    message = gtfs_realtime_pb2.FeedMessage()
    try:
        message.ParseFromString(data)
    except (DecodeError, RuntimeError, ValueError) as exc:
        raise FeedError("{source}: the answer is not a complete GTFS-Realtime message ({data_count} bytes; truncated "
                        "or not protobuf: {exc})", source=source, data_count=len(data), exc=exc) from exc
    if not message.header.gtfs_realtime_version:
        raise FeedError("{source}: the answer has no GTFS-Realtime header ({data_count} bytes): is this a GTFS-RT "
                        "URL?", source=source, data_count=len(data))
    return message


def vehicle_features(message, static=None):
    """One point per vehicle entity that has a position; ids and names as properties."""
    gtfs_realtime_pb2 = require("google.transit.gtfs_realtime_pb2", "GTFS-Realtime feeds")
    vehicle_position = gtfs_realtime_pb2.VehiclePosition
    features = []
    for entity in message.entity:
        if entity.is_deleted or not entity.HasField("vehicle") or not entity.vehicle.HasField("position"):
            continue
        vehicle = entity.vehicle
        position = vehicle.position
        trip = vehicle.trip
        properties = {
            "entity_id": entity.id,
            "vehicle_id": vehicle.vehicle.id or None,
            "vehicle_label": vehicle.vehicle.label or None,
            "trip_id": trip.trip_id or None,
            "route_id": trip.route_id or None,
            "direction_id": trip.direction_id if trip.HasField("direction_id") else None,
            "start_date": trip.start_date or None,
            "start_time": trip.start_time or None,
            "bearing": round(position.bearing, 1) if position.HasField("bearing") else None,
            # GTFS-RT speed is in metres per second; people read km/h.
            "speed_kmh": round(position.speed * 3.6, 1) if position.HasField("speed") else None,
            "stop_id": vehicle.stop_id or None,
            "current_status": (vehicle_position.VehicleStopStatus.Name(vehicle.current_status)
                               if vehicle.HasField("current_status") else None),
            "occupancy": (vehicle_position.OccupancyStatus.Name(vehicle.occupancy_status)
                          if vehicle.HasField("occupancy_status") else None),
            "timestamp": iso_utc(vehicle.timestamp or message.header.timestamp),
        }
        properties.update(_names(properties, static))
        features.append({"geometry": point(position.longitude, position.latitude), "properties": properties})
    return features


def _names(properties, static):
    if static is None:
        return {"route_name": None, "route_long_name": None, "trip_headsign": None, "stop_name": None}
    route_id, headsign = static.trips.get(properties["trip_id"], (None, None))
    route_id = properties["route_id"] or route_id  # positions often carry the trip only
    short_name, long_name = static.routes.get(route_id, (None, None))
    return {"route_id": route_id, "route_name": short_name or None, "route_long_name": long_name or None,
            "trip_headsign": headsign or None, "stop_name": static.stops.get(properties["stop_id"]) or None}
