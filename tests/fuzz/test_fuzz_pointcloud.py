"""Fuzz the LAS/LAZ reading engine (header checks, LAZ chunk table, CRS records, chunked point decoding) with
mutated headers and point data of the real LAS, LAZ and COPC fixtures: every case reads through, or fails with an
InputError naming the file."""

import struct
import tempfile
from pathlib import Path

import numpy as np
from fuzz.harness import mutated_bytes, only_own_errors, shared_seed
from hypothesis import example, given
from hypothesis import strategies as st

from digital_twin.plugin.pointcloud.sources import open_point_cloud, point_cloud_crs, read_chunks, resolve_crs

SEEDS = {name: shared_seed(f"pointcloud/{name}") for name in ("simple.las", "simple.laz", "simple.copc.laz")}
# (offset, struct format) of the LAS public header fields a lying or broken file gets wrong
HEADER_FIELDS = [(24, "<B"), (25, "<B"), (94, "<H"), (96, "<I"), (100, "<I"), (104, "<B"), (105, "<H"),
                 (107, "<I"), (111, "<I")] + [(131 + 8 * i, "<d") for i in range(12)] + \
                [(235, "<Q"), (243, "<I"), (247, "<Q"), (227 + 18, "<H"), (227 + 20, "<H"), (375 + 20, "<H")]
CHUNK_POINTS = 256  # small chunks: a case crosses several chunk boundaries


def read_point_cloud(path):
    """What every point cloud algorithm does with its input before computing: open and check it, read its CRS,
    and decode every point chunk."""
    with open_point_cloud(path) as reader:
        resolve_crs(point_cloud_crs(reader.header, path))
        for chunk in read_chunks(reader, path, CHUNK_POINTS):
            np.asarray(chunk.x), np.asarray(chunk.y), np.asarray(chunk.z), np.asarray(chunk.classification)


def _with(data, offset, fmt, value):
    data = bytearray(data)
    if offset + struct.calcsize(fmt) <= len(data):
        struct.pack_into(fmt, data, offset, value)
    return bytes(data)


def _chunk_table(data):
    """Where a LAZ file's chunk table starts (its offset is the first 8 bytes of the point data); 0 for a LAS."""
    offset_to_point_data = struct.unpack_from("<I", data, 96)[0]
    return max(struct.unpack_from("<q", data, offset_to_point_data)[0], 0) if b"laszip encoded" in data else 0


def _laszip_record(data):
    """Where the laszip VLR's record data starts (its item count is at +32); 0 for a LAS."""
    at = data.find(b"laszip encoded")
    return at - 2 + 54 if at >= 0 else 0  # the VLR starts 2 bytes before its user id; its header is 54 bytes


def _case(name, data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        only_own_errors(read_point_cloud, path)


def _examples(name):
    """The regressions, per seed: issue 18's truncated LAZ and what fuzzing found."""
    seed = SEEDS[name]
    return [seed[: len(seed) * 2 // 3],  # issue 18: a truncated LAZ leaked lazrs.LazrsError
            _with(seed, 243, "<I", 0xFFFFFFFF),  # laspy read 4 billion EVLRs (a hang)
            _with(seed, _chunk_table(seed) + 4, "<I", 4_000_000_000),  # lazrs allocated 64 GB and aborted
            _with(seed, _laszip_record(seed) + 32, "<H", 0)]  # a Rust panic in lazrs (a BaseException)


@given(name_and_data=st.sampled_from(sorted(SEEDS)).flatmap(
    lambda name: st.tuples(st.just(name), mutated_bytes(SEEDS[name], fields=HEADER_FIELDS))))
@example(name_and_data=("simple.laz", _examples("simple.laz")[0]))
@example(name_and_data=("simple.copc.laz", _examples("simple.copc.laz")[1]))
@example(name_and_data=("simple.laz", _examples("simple.laz")[2]))
@example(name_and_data=("simple.copc.laz", _examples("simple.copc.laz")[2]))
@example(name_and_data=("simple.copc.laz", _examples("simple.copc.laz")[3]))
def test_point_cloud_headers_and_chunks(name_and_data):
    _case(*name_and_data)
