"""Finding and opening point cloud inputs: LAS/LAZ files, folders of them, zips holding them; their CRS.

Every check that can fail before any output exists happens here, so a bad file never leaves half an output behind.
"""

import contextlib
import os
import zipfile
from pathlib import Path

from ..dependencies import require
from ..errors import InputError
from ..safe_io import extract_members

POINT_CLOUD_SUFFIXES = (".las", ".laz")
DEFAULT_CRS = "EPSG:6677"  # JGD2011 plane rectangular IX: Tokyo's published tiles


def list_point_clouds(path):
    """The LAS/LAZ files an input names: the file itself, or those in a folder (sorted, COPC files included)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in POINT_CLOUD_SUFFIXES)
        if not files:
            raise InputError("the folder holds no .las or .laz file", path=path)
        return files
    if not path.is_file():
        raise InputError("no such file or folder", path=path)
    return [path]


@contextlib.contextmanager
def unpacked(path, work_dir):
    """Yield the point cloud files of ``path``; a zip's LAS/LAZ members are extracted (zip-slip safe) into work_dir."""
    path = Path(path)
    if path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [name for name in archive.namelist() if name.lower().endswith(POINT_CLOUD_SUFFIXES)]
        if not members:
            raise InputError("the zip holds no .las or .laz file", path=path)
        yield sorted(extract_members(path, members, work_dir))
    else:
        yield list_point_clouds(path)


@contextlib.contextmanager
def open_point_cloud(path):
    """A laspy reader over ``path`` after checking that an uncompressed file holds exactly the points its header
    announces (a truncated LAS or a lying header is reported here, before anything is written)."""
    laspy = require("laspy", "Point clouds")
    path = Path(path)
    try:
        reader = laspy.open(path)
    except Exception as exc:
        raise InputError(f"not a readable LAS/LAZ file ({exc})", path=path) from exc
    with reader:
        if reader.header.are_points_compressed:
            _check_chunk_table(reader.header, path)
        else:
            _check_uncompressed_size(reader.header, path)
        yield reader


def read_chunks(reader, source, chunk_points):
    """The point chunks of a laspy reader; a broken LAZ chunk or a short file becomes an InputError naming the file
    (laspy and lazrs raise assorted errors on corrupt data, lazrs.LazrsError among them)."""
    read = 0
    iterator = reader.chunk_iterator(chunk_points)
    while True:
        try:
            chunk = next(iterator)
        except StopIteration:
            return
        except Exception as exc:  # any decoding failure of the input's own bytes
            raise InputError("the point data is broken or ends early, after point {count:,} ({error})",
                             path=source, count=read, error=exc) from exc
        if len(chunk) == 0:
            return
        read += len(chunk)
        yield chunk


def _check_uncompressed_size(header, path):
    record_length = header.point_format.size
    expected_end = header.offset_to_point_data + header.point_count * record_length
    file_size = os.path.getsize(path)
    data_end = header.start_of_first_evlr if header.start_of_first_evlr else file_size
    held = max(data_end - header.offset_to_point_data, 0) // record_length
    if file_size < expected_end:
        raise InputError(f"the header announces {header.point_count:,} points but only {held:,} complete points are "
                         "present: the file is truncated or its header is wrong", path=path)
    if data_end - expected_end >= record_length:
        raise InputError(f"the header announces {header.point_count:,} points but the file holds {held:,}", path=path)


def _check_chunk_table(header, path):
    """Compare the header's point count with the LAZ chunk table: exact for variable-size chunks (COPC), to the
    chunk for fixed-size ones. (A count that is too high is also caught by decompression running dry.)"""
    import lazrs

    laszip = next((vlr for vlr in header.vlrs if vlr.user_id == "laszip encoded" and vlr.record_id == 22204), None)
    if laszip is None:
        return
    try:
        laz_vlr = lazrs.LazVlr(laszip.record_data)
        with open(path, "rb") as stream:
            stream.seek(header.offset_to_point_data)
            table = lazrs.read_chunk_table(stream, laz_vlr)
    except Exception:  # no or unreadable chunk table: decompression still checks the data
        return
    count = header.point_count
    if laz_vlr.uses_variable_size_chunks():
        held = sum(points for points, _ in table)
        if held != count:
            raise InputError(f"the header announces {count:,} points but the LAZ chunk table lists {held:,}", path=path)
    elif len(table) != -(-count // laz_vlr.chunk_size()):
        low, high = (len(table) - 1) * laz_vlr.chunk_size() + 1, len(table) * laz_vlr.chunk_size()
        raise InputError(f"the header announces {count:,} points but the LAZ file holds between {low:,} and "
                         f"{high:,}", path=path)


def point_cloud_crs(header, path):
    """The CRS recorded in the file (WKT or GeoTIFF keys) as a pyproj CRS, or None."""
    require("pyproj", "Point cloud CRS")
    try:
        return header.parse_crs()
    except Exception as exc:
        raise InputError(f"the CRS record cannot be read ({exc})", path=path) from exc


def resolve_crs(file_crs, user_crs=None):
    """(pyproj CRS, where it came from): the file's CRS, else the user's choice, else EPSG:6677."""
    pyproj = require("pyproj", "Point cloud CRS")
    if file_crs is not None:
        return file_crs, "file"
    try:
        if user_crs:
            return pyproj.CRS.from_user_input(user_crs), "user"
        return pyproj.CRS.from_user_input(DEFAULT_CRS), "default"
    except pyproj.exceptions.CRSError as exc:
        raise InputError(f"unknown CRS '{user_crs}' ({exc})", field="CRS") from exc
