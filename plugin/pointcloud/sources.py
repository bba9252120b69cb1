"""Finding and opening point cloud inputs: LAS/LAZ files, folders of them, zips holding them; their CRS.

Every check that can fail before any output exists happens here, so a bad file never leaves half an output behind.
"""

import contextlib
import os
import struct
import zipfile
from pathlib import Path

from ..dependencies import require
from ..errors import InputError
from ..safe_io import extract_members

POINT_CLOUD_SUFFIXES = (".las", ".laz")
LAS_HEADER_FIELDS = {"vlr_count": (100, "<I"), "evlr_count": (243, "<I")}  # name: (offset, struct format)
VLR_HEADER_BYTES = 54  # the smallest a variable length record can be: its header
EVLR_HEADER_BYTES = 60
MIN_CHUNK_BYTES = 20  # a LAZ chunk starts with one uncompressed point: 20 bytes in the smallest point format
TOO_MANY_RECORDS = {  # header field -> its error
    "vlr_count": lambda **values: InputError(
        "the header announces {count:,} variable length records, more than the file's {size:,} bytes can hold",
        **values),
    "evlr_count": lambda **values: InputError(
        "the header announces {count:,} extended variable length records, more than the file's {size:,} bytes can "
        "hold", **values),
}
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
        yield sorted(extract_members(path, members, work_dir, overwrite=True))
    else:
        yield list_point_clouds(path)


@contextlib.contextmanager
def open_point_cloud(path):
    """A laspy reader over ``path`` after checking that an uncompressed file holds exactly the points its header
    announces (a truncated LAS or a lying header is reported here, before anything is written)."""
    laspy = require("laspy", "Point clouds")
    path = Path(path)
    _check_record_counts(path)
    try:
        reader = laspy.open(path)
    except BaseException as exc:
        if not _decoder_failure(exc):
            raise
        raise InputError("not a readable LAS/LAZ file ({exc})", path=path, exc=exc) from exc
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
        except BaseException as exc:
            if not _decoder_failure(exc):
                raise
            raise InputError("the point data is broken or ends early, after point {count:,} ({error})",
                             path=source, count=read, error=exc) from exc
        if len(chunk) == 0:
            return
        read += len(chunk)
        yield chunk


def _decoder_failure(exc):
    """Whether ``exc`` is laspy or lazrs failing on corrupt data: assorted exceptions, and Rust panics inside lazrs,
    which arrive as pyo3's PanicException, a BaseException (so Ctrl+C and exits are not mistaken for one)."""
    return isinstance(exc, Exception) or type(exc).__module__ == "pyo3_runtime"


def _check_record_counts(path):
    """Refuse (E)VLR counts the file cannot hold before laspy sees them: laspy reads as many records as the header
    announces, past the end of the file too, so a count of 4 billion keeps it busy for hours."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as stream:
            head = stream.read(LAS_HEADER_FIELDS["evlr_count"][0] + 4)
    except OSError:
        return  # laspy names the problem
    if head[:4] != b"LASF":
        return
    for name, record_bytes in (("vlr_count", VLR_HEADER_BYTES), ("evlr_count", EVLR_HEADER_BYTES)):
        offset, fmt = LAS_HEADER_FIELDS[name]
        if len(head) < offset + struct.calcsize(fmt) or (name == "evlr_count" and head[25] < 4):
            continue  # a short header (laspy names it); EVLRs: LAS 1.4 only
        count = struct.unpack_from(fmt, head, offset)[0]
        if count * record_bytes > size:
            raise TOO_MANY_RECORDS[name](path=path, count=count, size=size)


def _check_uncompressed_size(header, path):
    record_length = header.point_format.size
    expected_end = header.offset_to_point_data + header.point_count * record_length
    file_size = os.path.getsize(path)
    data_end = header.start_of_first_evlr if header.start_of_first_evlr else file_size
    held = max(data_end - header.offset_to_point_data, 0) // record_length
    if file_size < expected_end:
        raise InputError("the header announces {count:,} points but only {held:,} complete points are present: the "
                         "file is truncated or its header is wrong", path=path, count=header.point_count, held=held)
    if data_end - expected_end >= record_length:
        raise InputError("the header announces {count:,} points but the file holds {held:,}", path=path,
                         count=header.point_count, held=held)


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
            _check_chunk_count(stream, header.offset_to_point_data, path)
            stream.seek(header.offset_to_point_data)
            table = lazrs.read_chunk_table(stream, laz_vlr)
    except InputError:
        raise
    except BaseException as exc:  # no or unreadable chunk table: decompression still checks the data
        if not _decoder_failure(exc):
            raise
        return
    count = header.point_count
    if laz_vlr.uses_variable_size_chunks():
        held = sum(points for points, _ in table)
        if held != count:
            raise InputError("the header announces {count:,} points but the LAZ chunk table lists {held:,}", path=path,
                             count=count, held=held)
    elif len(table) != -(-count // laz_vlr.chunk_size()):
        low, high = (len(table) - 1) * laz_vlr.chunk_size() + 1, len(table) * laz_vlr.chunk_size()
        raise InputError("the header announces {count:,} points but the LAZ file holds between {low:,} and {high:,}",
                         path=path, count=count, low=low, high=high)


def _check_chunk_count(stream, offset_to_point_data, path):
    """Refuse a chunk count the file cannot hold before lazrs reads the table: lazrs allocates 16 bytes per chunk
    it is told of, and failing to allocate 64 GB for a count of 4 billion aborts the whole process (QGIS too)."""
    size = path.stat().st_size
    stream.seek(offset_to_point_data)
    (table_offset,) = struct.unpack("<q", stream.read(8))
    if table_offset == -1:  # written by a streaming writer: the offset is in the file's last 8 bytes
        stream.seek(size - 8)
        (table_offset,) = struct.unpack("<q", stream.read(8))
    stream.seek(table_offset)
    _version, count = struct.unpack("<II", stream.read(8))
    if count > size // MIN_CHUNK_BYTES:
        raise InputError("the LAZ chunk table announces {count:,} chunks, more than the file's {size:,} bytes can "
                         "hold", path=path, count=count, size=size)


def point_cloud_crs(header, path):
    """The CRS recorded in the file (WKT or GeoTIFF keys) as a pyproj CRS, or None."""
    require("pyproj", "Point cloud CRS")
    try:
        return header.parse_crs()
    except Exception as exc:
        raise InputError("the CRS record cannot be read ({exc})", path=path, exc=exc) from exc


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
        raise InputError("unknown CRS '{crs}' ({exc})", field="CRS", crs=user_crs, exc=exc) from exc
