"""Tile schemes of published point clouds (Tokyo's by default) and a resumable, size-checked tile download.

The index and download addresses are settings, not code, so another city's tile scheme fits by changing two
templates. A download goes to ``<name>.part`` beside the target and is renamed only once its size matches what the
server announced; an interrupted download resumes from the bytes already there (HTTP Range).
"""

import re
from dataclasses import asdict, dataclass
from pathlib import Path

from ..dependencies import require
from ..errors import DigitalTwinError, InputError
from ..progress import NO_PROGRESS

TILE_NAME = re.compile(r"^[0-9A-Za-z_-]{1,64}$")  # 図郭 names like 09LD2626: never a path or a URL fragment
DOWNLOAD_CHUNK = 1 << 20


@dataclass
class TileScheme:
    """Where a city publishes its point cloud tiles. ``{z}/{x}/{y}`` and ``{name}`` are filled in."""

    name: str = "Tokyo 23 wards (2024)"
    index_url: str = "https://gic-tokyo.s3.ap-northeast-1.amazonaws.com/2024/dig/Vectortile/23ku/lp/{z}/{x}/{y}.pbf"
    index_name_field: str = "MESH_NO"
    index_url_field: str = "URL"
    download_url: str = "https://gic-tokyo.s3.ap-northeast-1.amazonaws.com/2024/dig/lp/{name}.zip"
    crs: str = "EPSG:6677"

    @classmethod
    def from_dict(cls, values):
        """A scheme from saved settings; unknown keys are ignored, missing ones keep the Tokyo defaults."""
        known = {key: str(value) for key, value in values.items() if key in cls.__dataclass_fields__}
        return cls(**known)

    def to_dict(self):
        return asdict(self)

    def tile_url(self, tile_name):
        if not TILE_NAME.match(tile_name or ""):
            raise InputError(f"'{tile_name}' is not a tile name (letters, digits, '-' and '_' only)", field="tile")
        return self.download_url.format(name=tile_name)


def download(url, target, session=None, progress=NO_PROGRESS, timeout=(15, 120)):
    """Download ``url`` to ``target`` (resuming ``target``.part); return the target path.

    The file is renamed onto ``target`` only when its size equals the size the server announced; a server that
    ignores the Range request restarts the download from zero. Cancel keeps the .part file for the next attempt.
    """
    requests = require("requests", "Tile download")
    target = Path(target)
    partial = target.with_name(target.name + ".part")
    target.parent.mkdir(parents=True, exist_ok=True)
    session = session or requests.Session()
    have = partial.stat().st_size if partial.exists() else 0
    headers = {"Accept-Encoding": "identity"}  # sizes are compared byte for byte: no transparent gzip
    if have:
        headers["Range"] = f"bytes={have}-"
    try:
        with session.get(url, headers=headers, stream=True, timeout=timeout) as response:
            if have and response.status_code == 416:  # nothing left to fetch: the .part is complete
                total = _total_from_content_range(response.headers.get("Content-Range")) or have
            else:
                if response.status_code not in (200, 206):
                    raise DigitalTwinError(f"{url}: the server answered HTTP {response.status_code}")
                resumed = response.status_code == 206
                start = have if resumed else 0
                total = _announced_total(response, start)
                with open(partial, "ab" if resumed else "wb") as out:
                    written = start
                    for block in response.iter_content(DOWNLOAD_CHUNK):
                        out.write(block)
                        written += len(block)
                        progress.step(written / total if total else 0.0)
    except requests.RequestException as exc:
        raise DigitalTwinError(f"{url}: download failed ({exc}); run it again to resume") from exc
    size = partial.stat().st_size
    if total is not None and size != total:
        if size > total:
            partial.unlink()
        raise DigitalTwinError(f"{url}: received {size:,} bytes but the server announced {total:,}; "
                               "run it again to resume")
    partial.replace(target)
    return target


def _announced_total(response, start):
    if response.status_code == 206:
        total = _total_from_content_range(response.headers.get("Content-Range"))
        if total is not None:
            return total
    length = response.headers.get("Content-Length")
    return start + int(length) if length and length.isdigit() else None


def _total_from_content_range(value):
    """'bytes 100-199/2000' or 'bytes */2000' -> 2000."""
    match = re.search(r"/(\d+)\s*$", value or "")
    return int(match.group(1)) if match else None
