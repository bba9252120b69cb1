"""A recorded realtime feed of the district: buses on a route (GTFS-Realtime VehiclePositions every 15 s, with the
small static GTFS they refer to) and a river gauge rising (a SensorThings Datastream with its Observations).

Times are fixed (no clock is read), so the recording is the same bytes on every run.
"""

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import numpy as np

from .buildings import STREET_SPACING_U_M, STREET_SPACING_V_M, main_avenue_u, main_street_v, station_box
from .network import SIDEWALK_OFFSET_M, STATION_ENTRANCE_DU
from .terrain import FLOOD_LEVELS_M, river_centre_u

START = datetime(2025, 9, 1, 0, 0, 0, tzinfo=UTC)  # 09:00 JST
SNAPSHOT_INTERVAL_S = 15
SNAPSHOT_COUNT = 21  # five minutes
BUS_SPEED_M_S = 7.0
DWELL_S = 20.0
ROUTE_ID, AGENCY_ID, SERVICE_ID = "KAWABE01", "SAMPLE", "WEEKDAY"
TRIPS = [("bus-101", "T090000", 0.0), ("bus-102", "T090230", 150.0)]  # vehicle, trip, departure after START (s)
GAUGE_INTERVAL_MIN = 10
GAUGE_HOURS = 6


def bus_route(district):
    """The route's path (local m): along the main street from the west edge past the station, then north up the
    next street."""
    v = main_street_v(district) - SIDEWALK_OFFSET_M / 2  # the eastbound lane
    u_turn = main_avenue_u(district) + STREET_SPACING_U_M + 3.0
    return np.array([(0.0, v), (u_turn, v), (u_turn, district.height)])


def _stops(district, path):
    """Stops at chainages along the route: (stop_id, name ja, name en, chainage m)."""
    legs = np.hypot(*np.diff(path, axis=0).T)
    total = float(legs.sum())
    station_chainage = station_box(district)[0] + STATION_ENTRANCE_DU  # in front of the station entrance
    return [("S01", "川辺一丁目", "Kawabe 1-chome", 60.0),
            ("S02", "川辺二丁目", "Kawabe 2-chome", station_chainage / 2),
            ("S03", "すみだ川辺駅前", "Sumida-Kawabe Station", station_chainage),
            ("S04", "川辺三丁目", "Kawabe 3-chome", legs[0] + STREET_SPACING_V_M * 1.5),
            ("S05", "川辺北", "Kawabe North", total - 30.0)]


def _point_at(path, chainage):
    legs = np.hypot(*np.diff(path, axis=0).T)
    chainage = float(np.clip(chainage, 0.0, legs.sum()))
    for (a, b), length in zip(zip(path[:-1], path[1:], strict=True), legs, strict=True):
        if chainage <= length:
            t = chainage / length
            return a + t * (b - a), float(np.degrees(np.arctan2(b[0] - a[0], b[1] - a[1])) % 360)
        chainage -= length
    return path[-1], 0.0


def _chainage_at(seconds, stops):
    """(distance travelled, speed, index of the next or current stop, at that stop?) after ``seconds`` at cruising
    speed, stopping DWELL_S at each stop; the index is None once past the last stop."""
    travelled, clock, speed = 0.0, 0.0, BUS_SPEED_M_S
    for index, (*_, stop_chainage) in enumerate(stops):
        drive = (stop_chainage - travelled) / speed
        if seconds <= clock + drive:
            return travelled + (seconds - clock) * speed, speed, index, False
        clock += drive
        travelled = stop_chainage
        if seconds <= clock + DWELL_S:
            return travelled, 0.0, index, True
        clock += DWELL_S
    return travelled + (seconds - clock) * speed, speed, None, False


def vehicle_snapshots(district, to_lonlat):
    """[(timestamp, bytes of a FeedMessage)] for the recording."""
    from google.transit import gtfs_realtime_pb2

    path = bus_route(district)
    stops = _stops(district, path)
    snapshots = []
    for index in range(SNAPSHOT_COUNT):
        stamp = int((START + timedelta(seconds=index * SNAPSHOT_INTERVAL_S)).timestamp())
        feed = gtfs_realtime_pb2.FeedMessage()
        feed.header.gtfs_realtime_version = "2.0"
        feed.header.incrementality = gtfs_realtime_pb2.FeedHeader.FULL_DATASET
        feed.header.timestamp = stamp
        for vehicle_id, trip_id, departure_s in TRIPS:
            seconds = index * SNAPSHOT_INTERVAL_S - departure_s
            if seconds < 0:
                continue
            chainage, speed, stop_index, at_stop = _chainage_at(seconds, stops)
            if stop_index is None:
                continue  # the trip is over: the bus leaves the feed
            (u, v), bearing = _point_at(path, chainage)
            lon, lat = to_lonlat([u], [v])
            entity = feed.entity.add()
            entity.id = vehicle_id
            position = entity.vehicle
            position.trip.trip_id, position.trip.route_id = trip_id, ROUTE_ID
            position.trip.direction_id, position.trip.start_date = 0, START.strftime("%Y%m%d")
            position.trip.start_time = _clock(departure_s)
            position.stop_id, position.current_stop_sequence = stops[stop_index][0], stop_index + 1
            position.current_status = (gtfs_realtime_pb2.VehiclePosition.STOPPED_AT if at_stop
                                       else gtfs_realtime_pb2.VehiclePosition.IN_TRANSIT_TO)
            position.vehicle.id, position.vehicle.label = vehicle_id, vehicle_id
            position.position.latitude, position.position.longitude = float(lat[0]), float(lon[0])
            position.position.bearing, position.position.speed = bearing, speed
            position.timestamp = stamp
        snapshots.append((stamp, feed.SerializeToString()))
    return snapshots


def static_gtfs_zip(district, to_lonlat):
    """A static GTFS zip (bytes), as feeds are published; fixed member dates so the bytes never change."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in static_gtfs(district, to_lonlat).items():
            member = zipfile.ZipInfo(name, date_time=START.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(member, text.encode("utf-8"))
    return buffer.getvalue()


def static_gtfs(district, to_lonlat):
    """{file name: text} of a small static GTFS feed (agency, routes, stops, trips, stop_times, calendar)."""
    path = bus_route(district)
    stops = _stops(district, path)

    def table(header, rows):
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return buffer.getvalue()

    stop_rows = []
    for stop_id, name, _, chainage in stops:
        (u, v), _ = _point_at(path, chainage)
        lon, lat = to_lonlat([u], [v])
        stop_rows.append([stop_id, name, f"{float(lat[0]):.7f}", f"{float(lon[0]):.7f}"])
    stop_times = []
    for _, trip_id, start_s in TRIPS:
        for sequence, (stop_id, *_, chainage) in enumerate(stops, start=1):
            arrival = start_s + chainage / BUS_SPEED_M_S + DWELL_S * (sequence - 1)
            stop_times.append([trip_id, _clock(arrival), _clock(arrival + DWELL_S), stop_id, sequence])
    return {
        "agency.txt": table(["agency_id", "agency_name", "agency_url", "agency_timezone", "agency_lang"],
                            [[AGENCY_ID, "川辺サンプル交通（架空）", "https://example.invalid/", "Asia/Tokyo", "ja"]]),
        "routes.txt": table(["route_id", "agency_id", "route_short_name", "route_long_name", "route_type"],
                            [[ROUTE_ID, AGENCY_ID, "川01", "川辺一丁目〜すみだ川辺駅〜川辺北", 3]]),
        "stops.txt": table(["stop_id", "stop_name", "stop_lat", "stop_lon"], stop_rows),
        "trips.txt": table(["route_id", "service_id", "trip_id", "trip_headsign", "direction_id"],
                           [[ROUTE_ID, SERVICE_ID, trip_id, stops[-1][1], 0] for _, trip_id, _ in TRIPS]),
        "stop_times.txt": table(["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"],
                                stop_times),
        "calendar.txt": table(["service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                               "sunday", "start_date", "end_date"],
                              [[SERVICE_ID, 1, 1, 1, 1, 1, 0, 0, "20250401", "20260331"]]),
    }


def _clock(seconds_after_start):
    """GTFS time of day (JST) of a moment after START."""
    seconds = 9 * 3600 + int(round(seconds_after_start))
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def gauge_levels():
    """River level (TP m) every 10 minutes over six hours: a flood wave rising past the L1 level at the end."""
    steps = GAUGE_HOURS * 60 // GAUGE_INTERVAL_MIN + 1
    t = np.linspace(0.0, 1.0, steps)
    return np.round(0.4 + (FLOOD_LEVELS_M[1] + 0.3 - 0.4) * t**1.6, 2)


def gauge_sensorthings(district, to_lonlat):
    """The answer of ``Datastreams?$expand=Thing($expand=Locations),ObservedProperty,Observations($orderby=
    phenomenonTime)`` for the district's river gauge, as a SensorThings v1.1 server would give it."""
    v = district.height * 0.55
    lon, lat = to_lonlat([float(river_centre_u(district, v)) - 40.0], [v])
    start = START - timedelta(hours=GAUGE_HOURS)
    observations = []
    for number, level in enumerate(gauge_levels(), start=1):
        stamp = (start + timedelta(minutes=GAUGE_INTERVAL_MIN * (number - 1))).strftime("%Y-%m-%dT%H:%M:%SZ")
        observations.append({"@iot.id": number, "phenomenonTime": stamp, "resultTime": stamp,
                             "result": float(level)})
    datastream = {
        "@iot.id": 1, "name": "荒川 川辺水位観測所 水位", "description": "River water level (TP m), synthetic",
        "unitOfMeasurement": {"name": "metre", "symbol": "m",
                              "definition": "http://www.qudt.org/qudt/owl/1.0.0/unit/Instances.html#Meter"},
        "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
        "Thing": {"@iot.id": 1, "name": "川辺水位観測所", "description": "Kawabe river gauge (synthetic)",
                  "properties": {"river": "荒川", "warning_level_m": FLOOD_LEVELS_M[1] - 0.5,
                                 "danger_level_m": FLOOD_LEVELS_M[1]},
                  "Locations": [{"@iot.id": 1, "name": "川辺水位観測所", "encodingType": "application/geo+json",
                                 "location": {"type": "Point",
                                              "coordinates": [round(float(lon[0]), 7), round(float(lat[0]), 7)]}}]},
        "ObservedProperty": {"@iot.id": 1, "name": "water level", "definition": "http://vocab.nerc.ac.uk/",
                             "description": "River water level above Tokyo Peil (TP)"},
        "Observations@iot.count": len(observations),
        "Observations": observations,
    }
    return json.dumps({"@iot.count": 1, "value": [datastream]}, ensure_ascii=False, indent=1).encode("utf-8")
