"""Every spec read in full: uro 1.4 (2020) hazard sets fill the same columns as uro 2.0-3.2 elements.

Expected values come from the fixtures' XML read here with lxml, independently of the parser.
"""

import re

import pytest
from lxml import etree
from osgeo import ogr
from test_citygml_engine import rows

from digital_twin.plugin.citygml.loader import load_citygml, parse_scenarios
from digital_twin.plugin.citygml.parser import RISK_ATTRIBUTES
from digital_twin.plugin.errors import InputError

ogr.UseExceptions()
NS = {"gml": "http://www.opengis.net/gml", "gen": "http://www.opengis.net/citygml/generics/2.0",
      "bldg": "http://www.opengis.net/citygml/building/2.0"}
GML_ID = "{http://www.opengis.net/gml}id"
# National codes of 土砂災害警戒区域 (the same in uro 1.4 generic sets, uro 2.0+ and 国土数値情報 A33)
AREA_TYPE = {"1": "土砂災害警戒区域", "2": "土砂災害特別警戒区域"}
PHENOMENON = {"1": "急傾斜地の崩壊", "2": "土石流", "3": "地すべり"}
HAZARD_COLUMNS = ("flood_l1_rank", "flood_l1_depth", "flood_l2_rank", "flood_l2_depth", "tsunami_rank",
                  "high_tide_rank", "inland_flood_rank", "landslide")




def generic_sets(path):
    """{building gml:id: [(set name, {attribute name: value text})]}, straight from the XML."""
    out = {}
    for building in etree.parse(str(path)).iter(f"{{{NS['bldg']}}}Building"):
        out[building.get(GML_ID)] = [
            (attribute_set.get("name"), {item.get("name"): item.findtext("gen:value", namespaces=NS).strip()
                                         for item in attribute_set})
            for attribute_set in building.findall("gen:genericAttributeSet", NS)]
    return out


def filled(buildings):
    return {column for row in buildings for column in HAZARD_COLUMNS if row[column] is not None}


def test_iizuka_2020_landslide_sets_fill_the_landslide_column(plateau, tmp_path):
    source = plateau / "hazards" / "iizuka_50302469_bldg_6697_op.gml"
    expected, zones = {}, 0
    for gml_id, sets in generic_sets(source).items():
        labels = sorted({f"{PHENOMENON[zone['現象区分']]}: {AREA_TYPE[zone['区域区分']]}"
                         for name, zone in sets if name == "土砂災害警戒区域"})
        expected[gml_id] = "; ".join(labels) or None
        zones += sum(name == "土砂災害警戒区域" for name, _ in sets)
    assert zones == 158 and len(expected) == 159
    output = tmp_path / "iizuka.gpkg"
    load_citygml(source, output)
    buildings = rows(output, "building_lod1")
    assert {row["gml_id"]: row["landslide"] for row in buildings} == expected
    risks = rows(output, "building_risk")
    assert len(risks) == zones and {risk["hazard"] for risk in risks} == {"landslide"}
    assert sum(value is not None for value in expected.values()) > 100
    assert not any("土砂災害警戒区域" in (row["attributes_json"] or "") for row in buildings)
    # the 2020 file fills the same column a uro 3.0 file fills (Shizuoka: uro:BuildingLandSlideRiskAttribute)
    uro30 = tmp_path / "shizuoka.gpkg"
    load_citygml(plateau / "shizuoka_52382287_bldg_6697_psc_op.gml", uro30)
    assert filled(buildings) == {"landslide"} and "landslide" in filled(rows(uro30, "building_lod1"))


def test_ota_2020_flood_sets_fill_the_same_columns_as_uro2(plateau, tmp_path):
    source = plateau / "specs" / "tokyo-ota_53392547_bldg_6697_op2.gml"
    expected = {}  # gml_id -> {scale: (worst rank, its depth)}
    for gml_id, sets in generic_sets(source).items():
        per_scale = {}
        for _, values in sets:
            if "浸水ランク" in values:
                candidate = (int(values["浸水ランク"]), float(values["浸水深"]))
                per_scale[values["規模"]] = max(per_scale.get(values["規模"], candidate), candidate)
        expected[gml_id] = per_scale
    output = tmp_path / "ota.gpkg"
    load_citygml(source, output)
    buildings = rows(output, "building_lod1")
    assert len(buildings) == 25
    for row in buildings:
        for scale in ("L1", "L2"):
            prefix = f"flood_{scale.lower()}"
            worst = expected[row["gml_id"]].get(scale)
            assert (row[f"{prefix}_rank"], row[f"{prefix}_depth"]) == (worst or (None, None)), row["gml_id"]
    assert sum(len(per_scale) for per_scale in expected.values()) > 20
    uro20 = tmp_path / "sapporo.gpkg"
    load_citygml(plateau / "sapporo_64413325_bldg_6697_op.gml", uro20)
    ota_columns = filled(buildings)
    assert {"flood_l1_rank", "flood_l2_rank"} <= ota_columns <= filled(rows(uro20, "building_lod1")) | {"flood_l1_rank"}
    labels = {row["flood_l2_rank_label"] for row in buildings if row["flood_l2_rank"] == 2}
    assert labels == {"0.5m以上3m未満"}  # labelled from the national rank codelist, as uro 2.0+ ranks are


def test_mapping_table_rows_are_unique_per_hazard_spec_and_spelling():
    keys = [(hazard, spec, spelling, column) for hazard, spec, spelling, column, _, _ in RISK_ATTRIBUTES]
    assert len(keys) == len(set(keys))


FIXTURE_FOLDERS = ("hazards", "urf", "specs", "features")
CORE_MEMBER = "{http://www.opengis.net/citygml/2.0}cityObjectMember"
IUR = re.compile(r"/iur/(uro|urf)/(\d+\.\d+)")


def fixture_files():
    from conftest import SHARED_FIXTURES

    return sorted(path.relative_to(SHARED_FIXTURES / "plateau").as_posix()
                  for folder in FIXTURE_FOLDERS for path in (SHARED_FIXTURES / "plateau" / folder).glob("*.gml"))


@pytest.mark.parametrize("name", fixture_files() or ["(fixtures missing)"])
def test_every_fixture_loads_alone_with_its_version_reported(plateau, tmp_path, name):
    source = plateau / name
    root = etree.parse(str(source)).getroot()
    members = [child for member in root.iter(CORE_MEMBER) for child in member if isinstance(child.tag, str)]
    namespaces = dict(IUR.findall(" ".join(root.nsmap.values())))
    output = tmp_path / "out.gpkg"
    result = load_citygml(source, output, lods="lowest")
    written = sum(count for layer, count in result.layers.items()
                  if layer.endswith(("_lod0", "_lod1", "_lod2", "_lod3")))
    assert written == len(members) == result.city_objects  # lowest LOD: one row per city object
    spec = result.specs[str(source)]
    assert (spec.uro, spec.urf) == (namespaces.get("uro"), namespaces.get("urf"))
    table = rows(output, "citygml_sources")
    assert [(row["uro_version"], row["urf_version"]) for row in table] == [(spec.uro, spec.urf)]
    expected_status = {"1.4": "first", None: "unknown"}.get(spec.uro or spec.urf, "known")
    assert table[0]["spec_status"] == expected_status


WATER_BODY_FILES = {  # file -> (function label, hazard, rank label) for a lone file, without any codelists folder
    "kisarazu_523977_htd_6697_op.gml": ("高潮浸水想定区域", "high_tide", "0.5m未満"),
    "kisarazu_523977_tnm_6697_op.gml": ("津波浸水想定", "tsunami", "0.5m未満"),
    "kisarazu_534000_rfld_6697_op.gml": ("ため池浸水想定区域", "reservoir_flood", None),
    "saitama_533955_ifld_6697_op.gml": ("内水浸水想定区域", "inland_flood", None),
    "numazu_523855_tnm_6697_op.gml": ("津波浸水想定", "tsunami", None),
}


@pytest.mark.parametrize("name", sorted(WATER_BODY_FILES))
def test_lone_hazard_area_files_resolve_national_codes_and_keep_municipal_ones_as_codes(plateau, tmp_path, name):
    source = plateau / "hazards" / name
    root = etree.parse(str(source)).getroot()
    first = next(root.iter("{http://www.opengis.net/citygml/waterbody/2.0}WaterBody"))
    risk = next(element for element in first.iter() if isinstance(element.tag, str)
                and element.tag.endswith("RiskAttribute") and not element.tag.endswith("}floodingRiskAttribute"))
    rank = risk.find("{*}rank") if risk.find("{*}rank") is not None else risk.find("{*}rankOrg")
    output = tmp_path / "out.gpkg"
    load_citygml(source, output)
    row = next(row for row in rows(output, "waterbody_lod1") if row["gml_id"] == first.get(GML_ID))
    function, hazard, rank_label = WATER_BODY_FILES[name]
    assert (row["function"], row["hazard"], row["flood_rank"]) == (function, hazard, int(rank.text))
    assert (row["class"], first.findtext("{*}class")) == ("Flooded land", "1140")
    assert row["flood_rank_label"] == rank_label  # rankOrg classes are municipal: no made-up label
    assert row["flood_river"] is None  # the description codes are municipal lists: not a bare "1"


def test_spec_of_newer_and_first_versions():
    from digital_twin.plugin.citygml.specs import file_spec

    head = b'<core:CityModel xmlns:uro="https://www.geospatial.jp/iur/uro/%s" xmlns:urf="https://www.geospatial.jp/iur/urf/%s">'
    assert file_spec(head % (b"3.1", b"3.1")).spec == "4" and file_spec(head % (b"3.1", b"3.1")).status == "known"
    newer = file_spec(head % (b"4.0", b"3.2"))
    assert (newer.uro, newer.urf, newer.spec, newer.status) == ("4.0", "3.2", None, "newer")
    first = file_spec(b'xmlns:uro="http://www.kantei.go.jp/jp/singi/tiiki/toshisaisei/itoshisaisei/iur/uro/1.4"')
    assert (first.uro, first.spec, first.year, first.status) == ("1.4", "1", 2020, "first")
    assert file_spec(b"<core:CityModel>").status == "unknown"


def tsunami_entries(path):
    """{building gml:id: {description code: (rank, depth)}} of the tsunami entries, straight from the XML."""
    out = {}
    for building in etree.parse(str(path)).iter(f"{{{NS['bldg']}}}Building"):
        for entry in building.iter("{*}TsunamiRiskAttribute"):
            rank = entry.find("{*}rank") if entry.find("{*}rank") is not None else entry.find("{*}rankOrg")
            out.setdefault(building.get(GML_ID), {})[entry.findtext("{*}description").strip()] = (
                int(rank.text), float(entry.findtext("{*}depth")))
    return out


def test_every_tsunami_scenario_kept_and_one_picked_for_the_columns(plateau, tmp_path):
    source = plateau / "hazards" / "ogasawara_40425105_bldg_6697_op.gml"
    expected = tsunami_entries(source)
    assert sum(map(len, expected.values())) == 15 and len(expected) == 3
    worst_output, case3_output = tmp_path / "worst.gpkg", tmp_path / "case3.gpkg"
    load_citygml(source, worst_output)
    load_citygml(source, case3_output, scenarios=parse_scenarios("tsunami: 3"))
    risks = [row for row in rows(worst_output, "building_risk") if row["hazard"] == "tsunami"]
    assert sorted((row["gml_id"], row["scenario"], row["rank"], row["depth"]) for row in risks) == sorted(
        (gml_id, code, rank, depth) for gml_id, entries in expected.items() for code, (rank, depth) in entries.items())
    worst = {row["gml_id"]: row for row in rows(worst_output, "building_lod1")}
    case3 = {row["gml_id"]: row for row in rows(case3_output, "building_lod1")}
    for gml_id, entries in expected.items():
        assert (worst[gml_id]["tsunami_rank"], worst[gml_id]["tsunami_depth"]) == max(entries.values())
        assert (case3[gml_id]["tsunami_rank"], case3[gml_id]["tsunami_depth"]) == entries.get("3", (None, None))
    assert any(entries.get("3") != max(entries.values()) for entries in expected.values())  # the choice shows
    assert all(case3[gml_id]["landslide"] == worst[gml_id]["landslide"] for gml_id in worst)  # others untouched


@pytest.mark.parametrize("text", ["tsunami 3", "flood: 1", "tsunami:"])
def test_scenario_text_errors_name_the_part(text):
    with pytest.raises(InputError, match="hazard: scenario"):
        parse_scenarios(text)


def test_scenario_text_worst_is_empty():
    assert parse_scenarios(" worst ") == {} and parse_scenarios("") == {}
    assert parse_scenarios("tsunami: 3; river_flood: 多摩川 L2") == {"tsunami": "3", "river_flood": "多摩川 L2"}


def urf_values(path, feature_type):
    """{gml:id: {local name: text}} of the urf features of one type, straight from the XML."""
    root = etree.parse(str(path)).getroot()
    out = {}
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.endswith("}" + feature_type) and "/iur/urf/" in element.tag:
            out[element.get(GML_ID)] = {etree.QName(child).localname: (child.text or "").strip()
                                        for child in element if isinstance(child.tag, str)}
    return out


def test_kawasaki_urf20_and_urf31_give_the_same_percentages(plateau, tmp_path):
    loaded = {}
    for version, name in (("2.0", "kawasaki_533915_urf_6668_yoto_op.gml"),
                          ("3.1", "kawasaki_533915_urf_6697_yoto_op.gml")):
        xml = urf_values(plateau / "urf" / name, "UseDistrict")
        output = tmp_path / f"{version}.gpkg"
        load_citygml(plateau / "urf" / name, output)
        table = {row["gml_id"]: row for row in rows(output, "usedistrict_lod1")}
        assert set(table) == set(xml) and len(xml) == 4
        factor = 100.0 if version == "2.0" else 1.0  # urf 2.0 writes ratios, 3.1 percent
        for gml_id, values in xml.items():
            row = table[gml_id]
            assert row["floor_area_ratio_pct"] == pytest.approx(float(values["floorAreaRate"]) * factor)
            assert row["building_coverage_pct"] == pytest.approx(float(values["buildingCoverageRate"]) * factor)
            assert (row["district_code"], row["urf_version"]) == (values["function"], version)
        loaded[version] = {gml_id: (row["district_kind"], row["district_code"], row["floor_area_ratio_pct"],
                                    row["building_coverage_pct"]) for gml_id, row in table.items()}
    assert loaded["2.0"] == loaded["3.1"]
    assert {kind for kind, *_ in loaded["3.1"].values()} == {"工業専用地域", "準工業地域"}


def test_tokyo_height_control_and_fire_districts_typed(plateau, tmp_path):
    source = plateau / "urf" / "tokyo23_533957_urf_6668_op.gml"
    output = tmp_path / "tokyo.gpkg"
    load_citygml(source, output)
    heights = urf_values(source, "HeightControlDistrict")
    table = {row["gml_id"]: row for row in rows(output, "heightcontroldistrict_lod1")}
    assert len(table) == len(heights) == 12
    for gml_id, values in heights.items():
        expected = [float(values[key]) if key in values else None
                    for key in ("maximumBuildingHeight", "minimumBuildingHeight")]
        assert [table[gml_id]["max_height_m"], table[gml_id]["min_height_m"]] == expected
        assert table[gml_id]["district_kind"] == "高度地区"
    fire = {row["district_code"]: row["district_kind"] for row in rows(output, "firepreventiondistrict_lod1")}
    assert fire == {"24": "防火地域", "25": "準防火地域"}
    uses = urf_values(source, "UseDistrict")
    table = {row["gml_id"]: row for row in rows(output, "usedistrict_lod1")}
    assert {gml_id: row["floor_area_ratio_pct"] for gml_id, row in table.items()} == {
        gml_id: float(values["floorAreaRate"]) * 100 for gml_id, values in uses.items()}


def test_sediment_disaster_areas_typed(plateau, tmp_path):
    source = plateau / "hazards" / "numazu_523857_lsld_6668_op.gml"
    output = tmp_path / "lsld.gpkg"
    load_citygml(source, output)
    xml = urf_values(source, "SedimentDisasterProneArea")
    table = {row["gml_id"]: row for row in rows(output, "sedimentdisasterpronearea_lod1")}
    assert len(table) == len(xml) == 81
    for gml_id, values in xml.items():
        assert (table[gml_id]["area_type_code"], table[gml_id]["area_type"]) == (
            values["areaType"], AREA_TYPE[values["areaType"]])
        assert table[gml_id]["disaster_type"] == PHENOMENON[values["disasterType"]]


def test_buildings_joined_to_their_use_district(plateau, tmp_path):
    """A release-shaped zip with Kawasaki's real urf 2.0 use districts and two synthetic buildings: one inside the
    first district (at a point inside its polygon, read here with lxml and shapely), one 2 km away."""
    import zipfile

    import shapely
    from test_citygml_engine import URO3_BUILDING, block

    urf = plateau / "urf" / "kawasaki_533915_urf_6668_yoto_op.gml"
    first = next(element for element in etree.parse(str(urf)).iter() if isinstance(element.tag, str)
                 and element.tag.endswith("}UseDistrict"))
    numbers = [float(value) for value in first.findtext(".//{*}posList").split()]
    ring = shapely.Polygon(list(zip(numbers[1::3], numbers[0::3], strict=True)))  # lat lon h -> x = lon, y = lat
    inside = ring.representative_point()
    half = 0.00002
    buildings = "".join(
        URO3_BUILDING.replace("bldg_synthetic", gml_id).replace("BLOCK", block(lat - half, lon - half, 5.0, 17.0,
                                                                                  size=2 * half))
        for gml_id, lat, lon in (("bldg_inside", inside.y, inside.x), ("bldg_outside", inside.y + 0.02, inside.x)))
    members = [text[text.index("<core:cityObjectMember>"):text.rindex("</core:cityObjectMember>") + 24]
               for text in buildings.split("<?xml")[1:]]
    head = URO3_BUILDING[:URO3_BUILDING.index("<core:cityObjectMember>")]
    top = "14130_kawasaki-shi_city_2022_citygml_1_op"
    archive_path = tmp_path / f"{top}.zip"
    with zipfile.ZipFile(archive_path, "w") as archive:
        archive.writestr(f"{top}/udx/bldg/53391500_bldg_6697_op.gml", head + "".join(members) + "</core:CityModel>")
        archive.write(urf, f"{top}/udx/urf/533915_urf_6668_yoto_op.gml")
    output = tmp_path / "joined.gpkg"
    result = load_citygml(archive_path, output, feature_types=("bldg", "urf"))
    assert result.buildings == 2 and result.layers["usedistrict_lod1"] == 4
    (joined,) = rows(output, "building_planning")  # the building 2 km away is in no district of this extract
    assert joined["gml_id"] == "bldg_inside"
    assert (joined["use_district_code"], joined["floor_area_ratio_pct"], joined["building_coverage_pct"]) == (
        first.findtext("{*}function"), float(first.findtext("{*}floorAreaRate")) * 100,
        float(first.findtext("{*}buildingCoverageRate")) * 100)
    assert joined["use_district"] == "工業専用地域" and joined["height_limit_m"] is None
    assert joined["measured_height_m"] == 12.0 and joined["height_over_limit_m"] is None
