"""Tile schemes of published point clouds (Tokyo's by default) and the download of one tile.

The index and download addresses are settings, not code, so another city's tile scheme fits by changing the
templates (saved with ``to_dict``, read back with ``from_dict``).
"""

import re
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import InputError
from ..progress import NO_PROGRESS
from .sources import POINT_CLOUD_SUFFIXES

LAS_SIGNATURE = b"LASF"
LAS_HEADER_BYTES = 227  # LAS 1.0-1.2 header; 1.4 headers are longer
TILE_NAME = re.compile(r"^[0-9A-Za-z_-]{1,64}$")  # 図郭 names like 09LD2626: never a path or a URL fragment


@dataclass
class TileScheme:
    """Where a city publishes its point cloud tiles. ``{z}/{x}/{y}`` and ``{name}`` are filled in."""

    name: str = "Tokyo 23 wards (2024)"
    index_url: str = "https://gic-tokyo.s3.ap-northeast-1.amazonaws.com/2024/dig/Vectortile/23ku/lp/{z}/{x}/{y}.pbf"
    index_name_field: str = "MESH_NO"
    index_zoom_min: int = 0  # zoom levels the index serves (beyond zmax, QGIS draws the zmax tiles larger)
    index_zoom_max: int = 14
    download_url: str = "https://gic-tokyo.s3.ap-northeast-1.amazonaws.com/2024/dig/lp/{name}.zip"
    crs: str = "EPSG:6677"
    licence: str = "CC BY 4.0"
    attribution: str = "東京都デジタルツイン実現プロジェクト 点群データ (Tokyo Metropolitan Government)"

    @classmethod
    def from_dict(cls, values):
        """A scheme from saved settings; unknown keys are ignored, missing ones keep the Tokyo defaults."""
        fields = cls.__dataclass_fields__
        known = {}
        for key, value in values.items():
            if key in fields:
                try:
                    known[key] = fields[key].type(value)
                except ValueError:
                    raise InputError("'{value}' is not a valid {key}", field=key, value=value, key=key) from None
        return cls(**known)

    def to_dict(self):
        return asdict(self)

    def tile_url(self, tile_name):
        if not TILE_NAME.match(tile_name or ""):
            raise InputError("'{name}' is not a tile name (letters, digits, '-' and '_' only)", field="tile",
                             name=tile_name)
        return self.download_url.format(name=tile_name)


def download_tile(scheme, tile_name, folder, client=None, overwrite=False, progress=NO_PROGRESS):
    """Download one tile's zip into ``folder`` as <tile name>.zip; return its path.

    The plugin's network layer does the transfer: into ``.part`` first, resumed with a Range request after Cancel or
    a broken connection, size-checked, and checked to be a zip holding a LAS/LAZ file (``check_tile_zip``) before it
    gets its final name. Inside QGIS pass ``net.qgis_transport.qgis_client()`` so the user's proxy and authentication
    settings apply. A zip kept from an earlier run is reused only if it passes the same check; else it is fetched
    again.
    """
    from ..net.http import HttpClient

    url = scheme.tile_url(tile_name)
    target = Path(folder) / f"{tile_name}.zip"
    if target.exists() and not overwrite:
        try:
            check_tile_zip(target)
            return target
        except InputError:
            progress.info("A tile saved earlier failed its check: downloading it again")
            target.unlink()
    client = client or HttpClient()
    return client.download(url, target, scheme.name, overwrite=True, validate=check_tile_zip, progress=progress)


def check_tile_zip(path):
    """InputError unless ``path`` is a readable zip whose first LAS/LAZ member starts with the LAS signature and is
    at least a LAS header long (a saved error page or a cut-off file never passes)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = [info for info in archive.infolist() if info.filename.lower().endswith(POINT_CLOUD_SUFFIXES)]
            if not members:
                raise InputError("the tile zip holds no .las or .laz file", path=path)
            if members[0].file_size < LAS_HEADER_BYTES:
                raise InputError("the tile's point cloud file is shorter than a LAS header", path=path)
            with archive.open(members[0]) as member:
                signature = member.read(len(LAS_SIGNATURE))
    except (OSError, zipfile.BadZipFile, EOFError) as exc:
        raise InputError("not a readable tile zip ({reason})", path=path, reason=exc) from None
    if signature != LAS_SIGNATURE:
        raise InputError("the tile's point cloud file does not start with the LAS signature 'LASF'", path=path)
