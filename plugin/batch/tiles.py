"""Split a CityGML source into tiles: the building members of a PLATEAU release zip (or of a folder of .gml files,
udx/bldg/<mesh>_bldg_*.gml) grouped by third-order mesh, second-order mesh or member."""

import os
from dataclasses import dataclass
from pathlib import Path

from ..citygml.sources import MEMBER_PATTERN
from ..errors import InputError
from .mesh import mesh_bounds, parent_code

TILINGS = ("mesh3", "mesh2", "member")
MESH_LEVEL = {"mesh3": "third", "mesh2": "second"}
FEATURE_TYPE = "bldg"  # the members a tile is made of; other types (fld ...) are hazards, read whole


@dataclass(frozen=True)
class Tile:
    name: str  # the mesh code or the member's file name: also the name reported for a failed tile
    members: tuple  # zip member names, or paths of .gml files
    bounds: tuple = None  # (west, south, east, north) in degrees, for mesh tiles


def list_members(location) -> list:
    """(member, mesh code) of every building member, sorted: zip member names, or the .gml paths under a folder."""
    import zipfile

    location = Path(location)
    if location.is_dir():  # full paths: the folder given may be udx/ or udx/bldg/ itself
        names = sorted(path.as_posix() for path in location.rglob("*.gml"))
    elif zipfile.is_zipfile(location):
        with zipfile.ZipFile(location) as archive:
            names = sorted(archive.namelist())
    elif location.is_file():
        raise InputError("batch runs read a PLATEAU release zip or a folder holding udx/bldg/*.gml, not one file",
                         path=location)
    else:
        raise InputError("file not found", path=location)
    members = []
    for name in names:
        match = MEMBER_PATTERN.search(name)
        if match and match.group("type").lower() == FEATURE_TYPE:
            members.append((str(Path(name)) if location.is_dir() else name, match.group("mesh")))
    if not members:
        raise InputError("no building members (udx/bldg/<mesh>_bldg_*.gml) found", path=location)
    return members


def make_tiles(location, tiling="mesh3") -> list:
    """The tiles of ``location``, sorted by name (so merged rows come in the order an untiled load writes them)."""
    if tiling not in TILINGS:
        raise InputError("unknown tiling {tiling}; choose one of {tilings}", field="tiles", tiling=tiling,
                         tilings=", ".join(TILINGS))
    groups = {}
    for member, mesh in list_members(location):
        key = os.path.basename(member) if tiling == "member" else parent_code(mesh, MESH_LEVEL[tiling])
        groups.setdefault(key, []).append(member)
    return [Tile(name, tuple(members), None if tiling == "member" else mesh_bounds(name))
            for name, members in sorted(groups.items(), key=lambda item: item[1][0])]
