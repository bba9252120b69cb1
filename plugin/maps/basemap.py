"""The basemap under a resident map: what residents find their way by.

Offline: the data's own layers (roads from PLATEAU ``tran`` or the pedestrian network, rivers, building outlines,
names) drawn muted, so the analysis stays in front. Online: GSI's tiles (地理院タイル) as an XYZ layer, 淡色地図 by
default; they are credited 「地理院タイル」 on the map.
"""

import re

# choice -> (URL template, lowest zoom, highest zoom, layer name). GSI: https://maps.gsi.go.jp/development/ichiran.html
GSI_TILES = {
    "pale": ("https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png", 2, 18, "地理院タイル（淡色地図）"),
    "std": ("https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png", 2, 18, "地理院タイル（標準地図）"),
    "photo": ("https://cyberjapandata.gsi.go.jp/xyz/seamlessphoto/{z}/{x}/{y}.jpg", 2, 18,
              "地理院タイル（写真）"),
}
TILE_CHOICES = ["none", *GSI_TILES]  # the order of the algorithm's option list
GSI_CREDIT = "地理院タイル"

# kind -> (fill or None, stroke, stroke width mm). Greys and pale blues: the basemap stays behind the analysis.
BASEMAP_LOOK = {
    "road_area": ("#ffffff", "#c4c4c4", 0.15),
    "road_line": (None, "#b4b4b4", 0.5),
    "water_area": ("#d2e9f7", "#a5cde8", 0.15),
    "water_line": (None, "#8fc1e3", 0.6),
    "building": ("#ebebeb", "#bfbfbf", 0.1),
    "area": ("#f3f3ef", "#d6d6d6", 0.1),
    "place": ("#6e6e6e", "#ffffff", 0.2),
}
NAME_COLOUR = "#4d4d4d"
WATER = re.compile(r"water|river|wtr|河川|水部|水域", re.I)
ROAD = re.compile(r"road|tran|link|street|道路|歩行", re.I)
BUILDING = re.compile(r"bldg|building|建物", re.I)


def basemap_kind(geometry: str, layer_name: str, fields=(), feature_type: str = "") -> str:
    """Which BASEMAP_LOOK a basemap layer gets: ``geometry`` is "point", "line" or "polygon"; the layer's name, its
    fields and (PLATEAU) its features' feature_type tell roads, water and buildings apart."""
    if geometry == "point":
        return "place"
    what = f"{layer_name} {feature_type}"
    if WATER.search(what):
        return "water_line" if geometry == "line" else "water_area"
    if geometry == "line":
        return "road_line"
    if ROAD.search(what):
        return "road_area"
    if BUILDING.search(what) or "building_id" in fields:
        return "building"
    return "area"
