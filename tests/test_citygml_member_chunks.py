"""Members parsed a run at a time (member_chunks) read exactly as through the streaming iterparse reader, and every
case the chunked path cannot be sure of falls back to that reader with the file's own line numbers."""

import io
import re

import pytest

from digital_twin.plugin.citygml import member_chunks
from digital_twin.plugin.citygml.codelists import Codelists
from digital_twin.plugin.citygml.member_chunks import ParsedChunk
from digital_twin.plugin.citygml.parser import MEMBER, PARSER_OPTIONS, iter_city_objects
from digital_twin.plugin.errors import InputError

SAPPORO = "sapporo_64413325_bldg_6697_op.gml"  # 25 buildings, uro 2.0 flood risks
TOKYO = "tokyo-ota_53392642_bldg_6697_op2.gml"  # LOD2 with xlinks; an undeclared prefix in one building
MEMBER_END = b"</core:cityObjectMember>"


def read_objects(data, recover=False):
    """(objects as comparable tuples, issues) of iter_city_objects over ``data``."""
    issues = []
    objects = iter_city_objects(io.BytesIO(data), "test.gml", Codelists(None), recover=recover,
                                on_issue=issues.append)
    rows = [(obj.feature_type, obj.gml_id, obj.line, obj.attributes, obj.lods, obj.surfaces, obj.risks, obj.extras)
            for obj in objects]
    return rows, [(issue.line, issue.message) for issue in issues]


def streamed(data, recover=False):
    """What the streaming reader alone reads: the chunked path switched off."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(member_chunks, "_layout", lambda head, member_tag: None)
        return read_objects(data, recover)


def chunk_kinds(data):
    return [type(chunk).__name__ for chunk in member_chunks.member_chunks(io.BytesIO(data), PARSER_OPTIONS, MEMBER)]


@pytest.fixture
def sapporo(shared_fixtures):
    return (shared_fixtures / "plateau" / SAPPORO).read_bytes()


@pytest.fixture
def small_blocks(monkeypatch):
    """Blocks of 700 bytes: many chunks, and member end tags cut in two by block boundaries."""
    monkeypatch.setattr(member_chunks, "BLOCK", 700)


def line_of(data, marker, start=0):
    return data[:data.index(marker, start)].count(b"\n") + 1


def test_chunks_read_what_the_streaming_reader_reads(sapporo, small_blocks):
    kinds = chunk_kinds(sapporo)
    assert "StreamRest" not in kinds and len(kinds) > 10  # the whole file went the chunked way, in many chunks
    chunked, issues = read_objects(sapporo)
    assert issues == []
    assert len(chunked) == 25
    assert chunked == streamed(sapporo)[0]
    first = chunked[0]
    assert first[2] == line_of(sapporo, f'gml:id="{first[1]}"'.encode())  # lines are the file's


def test_lod2_xlinks_and_a_broken_building_read_alike(shared_fixtures, small_blocks):
    tokyo = (shared_fixtures / "plateau" / TOKYO).read_bytes()
    chunked, chunked_issues = read_objects(tokyo, recover=True)
    reference, reference_issues = streamed(tokyo, recover=True)
    assert chunked == reference and chunked_issues == reference_issues
    assert [line for line, _ in chunked_issues] == [line_of(tokyo, b"<energy:isHeated")]
    with pytest.raises(InputError, match=r"test\.gml, line 538: not valid XML: Namespace prefix energy"):
        read_objects(tokyo)


@pytest.mark.parametrize("insert", [
    b"<!-- a comment hiding an end tag: </core:cityObjectMember> -->",
    b"<![CDATA[ </core:cityObjectMember> ]]>",
    b"<?processing instruction </core:cityObjectMember> ?>",
])
@pytest.mark.parametrize("where", [0.3, 0.5, 0.7])
def test_an_end_tag_in_a_comment_cdata_or_instruction_is_not_a_cut(sapporo, small_blocks, insert, where):
    cut = sapporo.index(MEMBER_END, int(len(sapporo) * where)) + len(MEMBER_END)
    data = sapporo[:cut] + b"\n" + insert + b"\n" + sapporo[cut:]
    objects, issues = read_objects(data)
    assert len(objects) == 25 and issues == []
    assert (objects, issues) == streamed(data)


def test_a_cut_inside_a_comment_hands_over_to_the_streaming_reader(sapporo, small_blocks):
    start = sapporo.index(MEMBER_END, len(sapporo) // 2) + len(MEMBER_END)
    data = sapporo[:start] + b"<!-- " + MEMBER_END + b" " * 2000 + b" -->" + sapporo[start:]  # ends past the block
    kinds = chunk_kinds(data)
    assert kinds[0] == "ParsedChunk" and kinds[-1] == "StreamRest"
    assert read_objects(data) == streamed(data)
    assert len(read_objects(data)[0]) == 25


def test_members_not_directly_under_the_root_are_read_as_before(sapporo):
    first = sapporo.index(b"<core:cityObjectMember>")
    end = sapporo.index(MEMBER_END, first) + len(MEMBER_END)
    wrapped = sapporo[:first] + b"<core:wrapper>" + sapporo[first:end] + b"</core:wrapper>" + sapporo[end:]
    assert chunk_kinds(wrapped) == ["StreamRest"]
    assert read_objects(wrapped) == streamed(wrapped)
    assert len(read_objects(wrapped)[0]) == 25  # iterparse finds members at any depth


def test_a_member_over_the_chunk_limit_goes_to_the_streaming_reader(sapporo, small_blocks, monkeypatch):
    monkeypatch.setattr(member_chunks, "MAX_CHUNK", 4000)  # the Sapporo buildings are 5-7 KB
    assert chunk_kinds(sapporo)[-1] == "StreamRest"  # the first chunk comes from the 64 KiB head
    assert read_objects(sapporo) == streamed(sapporo)


def test_xml_errors_late_in_the_file_name_the_files_line(sapporo, small_blocks):
    at = sapporo.index(b"<bldg:measuredHeight", len(sapporo) * 2 // 3)
    data = sapporo[:at] + b"<bldg:unclosed>" + sapporo[at:]
    line = line_of(data, b"<bldg:unclosed>")
    mismatch = line_of(data, b"</bldg:Building>", at)
    with pytest.raises(InputError, match=rf"line {mismatch}: not valid XML: Opening and ending tag mismatch: "
                                         rf"unclosed line {line} and Building"):
        read_objects(data)
    # Skipping broken objects keeps every other building. (The streaming reader alone also drops the building
    # before the broken one: libxml2's recovery nests the rest of the file in the unclosed member, so the errors
    # seem to lie in the previous member.)
    broken_id = re.findall(rb'gml:id="([^"]+)"', data[:at])[-1].decode()
    objects, issues = read_objects(data, recover=True)
    assert len(objects) == 24 and broken_id not in [obj[1] for obj in objects]
    assert issues[0][0] == mismatch


def test_a_truncated_file_reports_its_last_line(sapporo, small_blocks):
    data = sapporo[:len(sapporo) // 2]
    assert chunk_kinds(data)[-1] == "StreamRest"
    with pytest.raises(InputError) as raised:
        read_objects(data)
    assert raised.value.line == data.count(b"\n") + 1
    assert streamed(data, recover=True) == read_objects(data, recover=True)


def test_bad_coordinates_in_a_chunk_name_the_files_line(sapporo, small_blocks):
    start = sapporo.index(b"<gml:posList>", len(sapporo) // 2)
    end = sapporo.index(b"</gml:posList>", start)
    data = sapporo[:start] + b"<gml:posList>42.9 141.4" + sapporo[end:]  # two numbers: not 3D positions
    exterior = data.rindex(b"<gml:exterior>", 0, start)
    expected = data[:exterior].count(b"\n") + 1
    with pytest.raises(InputError, match=rf"^test\.gml, line {expected}: bad coordinates \(2 numbers do not make 3D"):
        read_objects(data)
    objects, issues = read_objects(data, recover=True)
    assert len(objects) == 24
    assert [line for line, _ in issues] == [expected]
    assert issues[0][1].startswith("bad coordinates (2 numbers do not make 3D positions) (city object ")
    assert (objects, issues) == streamed(data, recover=True)


def test_other_encodings_and_roots_without_citygml_go_to_the_streaming_reader(sapporo):
    declared = re.sub(rb'encoding="[^"]+"', b'encoding="Shift_JIS"', sapporo, count=1)
    assert b"Shift_JIS" in declared[:100]
    assert chunk_kinds(declared) == ["StreamRest"]
    assert chunk_kinds(b"<root><child/></root>") == ["StreamRest"]
    assert chunk_kinds(b"") == ["StreamRest"]


def test_the_rest_keeps_the_files_lines():
    rest = member_chunks._padded_rest(b"<core:CityModel\nxmlns:core='x'>", 3, 200_000, b"<a/>", io.BytesIO(b"<b/>"))
    text = rest.stream.read(-1)
    assert text == b"\n" * 3 + b"<core:CityModel\nxmlns:core='x'>" + b"\n" * 200_000 + b"<a/><b/>"
    rest = member_chunks._padded_rest(b"<r>", 0, 200_000, b"<a/>", io.BytesIO(b"</r>"))
    sizes = []
    while chunk := rest.stream.read(50_000):
        sizes.append(len(chunk))
    assert sum(sizes) == 3 + 200_000 + 8 and max(sizes) <= 50_000


def test_chunk_offsets_add_up_to_the_files_lines(sapporo, small_blocks):
    checked = 0
    for chunk in member_chunks.member_chunks(io.BytesIO(sapporo), PARSER_OPTIONS, MEMBER):
        assert isinstance(chunk, ParsedChunk)
        for member in chunk.members:
            gml_id = member[0].get("{http://www.opengis.net/gml}id").encode()
            start = sapporo.rindex(b"<core:cityObjectMember>", 0, sapporo.index(gml_id))
            assert member.sourceline + chunk.line_offset == sapporo[:start].count(b"\n") + 1
            checked += 1
    assert checked == 25
