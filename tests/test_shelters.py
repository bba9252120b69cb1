"""GSI's designated emergency evacuation site CSV (指定緊急避難場所): Shift_JIS or UTF-8, flags per hazard, clear
errors naming the line and column."""

import pytest

from digital_twin.plugin.errors import InputError
from digital_twin.plugin.shelters.gsi import Hazard, parse_gsi_csv, read_gsi_csv

HEADER = ("NO,共通ID,施設・場所名,住所,洪水,崖崩れ、土石流及び地滑り,高潮,地震,津波,大規模な火事,内水氾濫,火山現象,"
          "指定避難所との住所同一,緯度,経度,備考")
ROWS = [
    "1,131070001,墨田区立第一小学校,東京都墨田区東向島一丁目1番1号,1,,1,1,,1,1,,1,35.7201,139.8172,",
    "2,131070002,荒川河川敷広場,東京都墨田区堤通二丁目,,,,1,,1,,,,35.7230,139.8221,洪水時は使用不可",
]


def write(tmp_path, text, encoding):
    path = tmp_path / "13107_evacuation_sites.csv"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["cp932", "utf-8", "utf-8-sig"])
def test_sites_read_with_their_hazards_in_any_encoding(tmp_path, encoding):
    shelters = read_gsi_csv(write(tmp_path, "\r\n".join([HEADER, *ROWS]) + "\r\n", encoding))
    assert [shelter.name for shelter in shelters] == ["墨田区立第一小学校", "荒川河川敷広場"]
    school, riverside = shelters
    assert school.shelter_id == "131070001"
    assert school.hazards == {Hazard.FLOOD, Hazard.STORM_SURGE, Hazard.EARTHQUAKE, Hazard.LARGE_FIRE,
                              Hazard.INLAND_FLOOD}
    assert school.suits(Hazard.FLOOD) and not school.suits(Hazard.TSUNAMI)
    assert school.also_evacuation_shelter and not riverside.also_evacuation_shelter
    assert (school.latitude, school.longitude) == (35.7201, 139.8172)
    assert riverside.hazards == {Hazard.EARTHQUAKE, Hazard.LARGE_FIRE}
    assert not riverside.suits(Hazard.FLOOD)
    assert riverside.note == "洪水時は使用不可"
    assert school.capacity_persons is None


def test_a_bad_flag_names_line_and_column():
    bad = ROWS[1].replace(",,,1,,1,", ",,,○,,1,", 1)
    with pytest.raises(InputError) as error:
        parse_gsi_csv("\n".join([HEADER, ROWS[0], bad]), "sites.csv")
    assert (error.value.line, error.value.field) == (3, "地震")
    assert "'○'" in str(error.value)


@pytest.mark.parametrize(("row", "field"), [
    (ROWS[0].replace("35.7201", "nan"), "緯度"),
    (ROWS[0].replace("139.8172", "東経139度"), "経度"),
    (ROWS[0].replace("35.7201", "135.7201"), "緯度"),
    (ROWS[0].replace("墨田区立第一小学校", ""), "施設・場所名"),
])
def test_bad_values_name_their_column(row, field):
    with pytest.raises(InputError) as error:
        parse_gsi_csv("\n".join([HEADER, row]), "sites.csv")
    assert (error.value.line, error.value.field) == (2, field)


def test_another_csv_is_refused_naming_the_missing_columns():
    with pytest.raises(InputError) as error:
        parse_gsi_csv("name,lat,lon\nA,35,139\n", "points.csv")
    assert error.value.line == 1
    assert "施設・場所名" in str(error.value) and "洪水" in str(error.value)


def test_blank_lines_are_skipped_and_short_rows_padded():
    short = ROWS[0].rsplit(",", 1)[0]  # no trailing 備考 column
    shelters = parse_gsi_csv("\n".join([HEADER, "", short, ",,,,"]))
    assert len(shelters) == 1 and shelters[0].note == ""


def test_neither_utf8_nor_shift_jis_is_refused(tmp_path):
    path = tmp_path / "sites.csv"
    path.write_bytes(HEADER.encode("cp932") + b"\n\x81\x20\xff\xfe")
    with pytest.raises(InputError, match="neither UTF-8 nor Shift_JIS"):
        read_gsi_csv(path)
