"""Where CityGML comes from: a .gml file, a PLATEAU release zip read in place (members chosen by feature type and
mesh code, never extracted), or a URL downloaded to a temporary file through the plugin's network layer."""

import contextlib
import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import InputError
from ..progress import NO_PROGRESS
from ..safe_io import temporary_folder

TEMP_PREFIX = "digital_twin_citygml_"  # + pid: folders of killed runs are swept by the next one
DOWNLOAD_DEADLINE_S = 3600.0  # a whole URL load; PLATEAU city zips reach 2 GB
SAFE_NAME = re.compile(r"^[\w][\w.-]{0,200}$")  # a file name, never a path or '..'
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


def download(url, folder, client=None, *, progress=None):
    """Download ``url`` into ``folder`` through the plugin's network layer (http(s) only, streamed, within
    DOWNLOAD_DEADLINE_S); return the file path. The file name comes from the URL's last segment when it is a plain
    name, never from the server (a Content-Disposition name could climb out of the folder)."""
    from ..net.http import HttpClient

    name = posixpath.basename(urlsplit(url).path)
    target = Path(folder) / (name if SAFE_NAME.match(name) else "download.gml")
    client = client or HttpClient()
    return client.download(url, target, "CityGML", deadline_s=DOWNLOAD_DEADLINE_S, progress=progress or NO_PROGRESS)


@contextlib.contextmanager
def open_sources(location, feature_types=None, mesh_codes=None, progress=None, *, client=None):
    """Yield the list of GmlSource for a .gml path, a release zip path or an http(s) URL (read with ``client``, a
    net.http.HttpClient; inside QGIS pass net.qgis_transport.qgis_client())."""
    location = str(location)
    with contextlib.ExitStack() as stack:
        if re.match(r"^https?://", location, re.IGNORECASE):
            folder = stack.enter_context(temporary_folder(TEMP_PREFIX))
            path = download(location, folder, client, progress=progress)
        else:
            path = Path(location)
            if not path.is_file():
                raise InputError("file not found", path=location)
        if zipfile.is_zipfile(path):
            try:
                archive = stack.enter_context(zipfile.ZipFile(path))
            except zipfile.BadZipFile as exc:
                raise InputError("not a readable zip ({exc})", path=path, exc=exc) from exc
            names = select_members(archive.namelist(), feature_types, mesh_codes)
            if not names:
                raise InputError("no CityGML member matches feature types {types} and mesh codes {meshes} "
                                 "(expected udx/<type>/<mesh>_*.gml)", path=path,
                                 types=", ".join(sorted(feature_types or [])) or "*",
                                 meshes=", ".join(mesh_codes or []) or "*")
            yield [GmlSource(name, archive.getinfo(name).file_size, archive, f"{path}!{name}") for name in names]
        else:
            yield [GmlSource(str(path), path.stat().st_size)]
