"""Where CityGML comes from: a .gml file, a PLATEAU release zip read in place (members chosen by feature type and
mesh code, never extracted), or a URL downloaded to a temporary file with a timeout."""

import contextlib
import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..dependencies import require
from ..errors import InputError
from ..safe_io import temporary_folder

TEMP_PREFIX = "digital_twin_citygml_"  # + pid: folders of killed runs are swept by the next one
DOWNLOAD_TIMEOUT = (15, 120)  # seconds: connect, between bytes
# udx/<type>/<mesh>_<type>_<crs>_<variant>.gml; fld/htd/tnm/ifld members sit deeper (udx/fld/natl/<river>/...)
MEMBER_PATTERN = re.compile(r"(^|/)udx/(?P<type>[a-z]+)/(.+/)?(?P<mesh>\d{6,10})_[^/]*\.gml$", re.IGNORECASE)


@dataclass
class GmlSource:
    """One GML document: ``name`` for messages and codelist lookup (a path, or a member name in ``archive``)."""
    name: str
    size: int
    archive: zipfile.ZipFile = None
    display: str = ""

    def open(self):
        if self.archive is not None:
            return self.archive.open(self.name)
        return open(self.name, "rb")

    def __str__(self):
        return self.display or self.name


def select_members(names, feature_types=None, mesh_codes=None):
    """The GML members of a release zip with one of ``feature_types`` (bldg, fld ...) whose mesh code starts with
    one of ``mesh_codes`` (a 6-digit code selects its 8-digit meshes)."""
    chosen = []
    for name in names:
        match = MEMBER_PATTERN.search(name)
        if match is None:
            continue
        if feature_types and match.group("type").lower() not in feature_types:
            continue
        if mesh_codes and not any(match.group("mesh").startswith(code) for code in mesh_codes):
            continue
        chosen.append(name)
    return sorted(chosen)


def download(url, folder, progress=None):
    """Download ``url`` into ``folder`` (streamed, with timeouts); return the file path."""
    requests = require("requests", "Loading CityGML from a URL")
    filename = posixpath.basename(url.split("?")[0]) or "download.gml"
    target = Path(folder) / filename
    try:
        with requests.get(url, stream=True, timeout=DOWNLOAD_TIMEOUT) as response:
            response.raise_for_status()
            total = int(response.headers.get("Content-Length") or 0)
            written = 0
            with open(target, "wb") as handle:
                for chunk in response.iter_content(1 << 20):
                    handle.write(chunk)
                    written += len(chunk)
                    if progress is not None:
                        progress.step(written / total if total else 0.0)
    except requests.RequestException as exc:
        raise InputError(f"could not download it ({exc})", path=url) from exc
    return target


@contextlib.contextmanager
def open_sources(location, feature_types=None, mesh_codes=None, progress=None):
    """Yield the list of GmlSource for a .gml path, a release zip path or an http(s) URL."""
    location = str(location)
    with contextlib.ExitStack() as stack:
        if re.match(r"^https?://", location, re.IGNORECASE):
            folder = stack.enter_context(temporary_folder(TEMP_PREFIX))
            path = download(location, folder, progress)
        else:
            path = Path(location)
            if not path.is_file():
                raise InputError("file not found", path=location)
        if zipfile.is_zipfile(path):
            try:
                archive = stack.enter_context(zipfile.ZipFile(path))
            except zipfile.BadZipFile as exc:
                raise InputError(f"not a readable zip ({exc})", path=path) from exc
            names = select_members(archive.namelist(), feature_types, mesh_codes)
            if not names:
                raise InputError(f"no CityGML member matches feature types {sorted(feature_types or []) or 'any'} "
                                 f"and mesh codes {mesh_codes or 'any'} (expected udx/<type>/<mesh>_*.gml)",
                                 path=path)
            yield [GmlSource(name, archive.getinfo(name).file_size, archive, f"{path}!{name}") for name in names]
        else:
            yield [GmlSource(str(path), path.stat().st_size)]
