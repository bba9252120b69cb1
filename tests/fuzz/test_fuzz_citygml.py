"""Fuzz the CityGML loader engine (parser, chunked member reader, coordinate checks, GeoPackage writer) with
mutations of a small valid PLATEAU document: it loads, or fails with an InputError, and never leaves an output."""

import io
import tempfile
from pathlib import Path
from unittest import mock

from fuzz.harness import mutated_bytes, only_own_errors
from hypothesis import example, given
from hypothesis import strategies as st
from test_citygml_engine import URO3_BUILDING, block

from digital_twin.plugin.citygml import member_chunks
from digital_twin.plugin.citygml.codelists import Codelists
from digital_twin.plugin.citygml.loader import load_citygml
from digital_twin.plugin.citygml.parser import iter_city_objects

MEMBER = "<core:cityObjectMember>"
# Two buildings: the uro 3 building of the engine tests, and a plain LOD1 block after it (a "later building").
SEED = URO3_BUILDING.replace("BLOCK", block(35.68, 139.76, 4.0, 16.0)).replace(
    "</core:CityModel>", f'{MEMBER}<bldg:Building gml:id="bldg_2"><bldg:lod1Solid><gml:Solid><gml:exterior>'
    f"<gml:CompositeSurface>{block(35.681, 139.761, 5.0, 9.0)}</gml:CompositeSurface></gml:exterior></gml:Solid>"
    "</bldg:lod1Solid></bldg:Building></core:cityObjectMember>\n</core:CityModel>\n").encode("utf-8")
SECOND_LATITUDE = SEED.index(b"35.681")


def _replaced(value):
    return SEED[:SECOND_LATITUDE] + value + SEED[SECOND_LATITUDE + len(b"35.681"):]


@given(data=mutated_bytes(SEED), skip_broken=st.booleans())
@example(data=_replaced(b"nan"), skip_broken=False)  # issue 18: RuntimeError "Full reprojection failed"
@example(data=_replaced(b"inf"), skip_broken=True)
@example(data=_replaced(b"1e308"), skip_broken=True)
@example(data=SEED[: len(SEED) // 2], skip_broken=False)
@example(data=SEED.replace(b"<uro:rank>2<", b"<uro:rank>inf<", 1), skip_broken=False)  # fuzzing: OverflowError
@example(data=SEED.replace(b"<uro:rank>2<", b"<uro:rank>1e30<", 1), skip_broken=False)  # beyond SQLite integers
def test_load_citygml_bytes(data, skip_broken):
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source, output = folder / "53394525_bldg_6697_op.gml", folder / "out.gpkg"
        source.write_bytes(data)
        only_own_errors(load_citygml, source, output, skip_broken=skip_broken)
        # complete or absent: no temporary file left beside the output
        assert sorted(p.name for p in folder.iterdir()) in ([source.name], sorted([source.name, output.name]))


@given(data=mutated_bytes(SEED), block_bytes=st.integers(1, 2048), recover=st.booleans())
@example(data=SEED.replace(b"<core:cityObjectMember>", b"<!-- a <core:cityObjectMember> -->", 1), block_bytes=7,
         recover=False)
@example(data=SEED.replace(b"<?xml", b"<?yml").replace(b'xmlns:bldg="http', b'xmlns:bldg="\xff\xfe') + b"\n",
         block_bytes=1, recover=True)  # found by fuzzing: UnicodeDecodeError from lxml on a recovered name
def test_chunked_member_reader(data, block_bytes, recover):
    """Small blocks cut the document everywhere: inside tags, comments, multi-byte characters."""
    with mock.patch.object(member_chunks, "BLOCK", block_bytes):
        only_own_errors(lambda: list(iter_city_objects(io.BytesIO(data), "fuzz.gml", Codelists(None),
                                                       recover=recover, on_issue=lambda issue: None)))
