"""CityGML engine without QGIS: every real PLATEAU fixture loads with the counts and values written in the file."""

import math
import re
import zipfile

import numpy as np
import pytest
from osgeo import ogr
from pyproj import Transformer

from digital_twin.plugin.citygml.geometry import NumberMemo, parse_pos_list, plane_rectangular_epsg, surface_metrics
from digital_twin.plugin.citygml.loader import load_citygml
from digital_twin.plugin.citygml.parser import BUILDING_FIELDS
from digital_twin.plugin.errors import Cancelled, DigitalTwinError, InputError
from digital_twin.plugin.progress import Progress

ogr.UseExceptions()


def rows(gpkg, layer_name):
    """Attribute dicts (plus 'geometry' as an ogr geometry clone) of a GeoPackage layer."""
    dataset = ogr.Open(str(gpkg))
    layer = dataset.GetLayerByName(layer_name)
    assert layer is not None, f"{layer_name} missing in {gpkg}"
    out = []
    for feature in layer:
        row = {key: feature.GetField(key) for key in feature.keys()}
        geometry = feature.GetGeometryRef()
        row["geometry"] = geometry.Clone() if geometry is not None else None
        out.append(row)
    return out


def by_building_id(gpkg, layer_name="building_lod1"):
    return {row["building_id"]: row for row in rows(gpkg, layer_name)}


def test_sapporo_uro20_buildings_flood_rankorg_and_codes(plateau, tmp_path):
    output = tmp_path / "sapporo.gpkg"
    result = load_citygml(plateau / "sapporo_64413325_bldg_6697_op.gml", output)
    assert result.buildings == 25
    assert result.epsg == 6680  # Hokkaido, central zone XII
    assert result.layers == {"building_lod0": 25, "building_lod1": 25, "building_risk": 49}
    buildings = by_building_id(output)
    first = buildings["01100-bldg-636971"]
    assert first["measured_height"] == pytest.approx(2.9)
    assert (first["flood_l1_rank"], first["flood_l1_depth"]) == (2, pytest.approx(0.682))
    assert (first["flood_l2_rank"], first["flood_l2_depth"]) == (2, pytest.approx(1.090))
    assert first["flood_l1_rank_label"] == "0.5m以上3m未満"
    assert first["class"] == "普通建物" and first["class_code"] == "3001"  # sidecar codelists folder
    assert first["structure"] == "不明" and first["structure_code"] == "611"  # bundled fallback codelist
    assert first["risk_count"] == 2 and first["city_code"] == "01110"
    second = buildings["01100-bldg-636888"]
    assert (second["flood_l1_rank"], second["flood_l1_depth"]) == (2, pytest.approx(2.773))
    assert (second["flood_l2_rank"], second["flood_l2_depth"]) == (3, pytest.approx(3.235))
    assert sum(row["measured_height"] is not None for row in buildings.values()) == 22
    risks = rows(output, "building_risk")
    assert sorted({risk["scale"] for risk in risks}) == ["L1", "L2"]
    assert all(risk["hazard"] == "river_flood" for risk in risks)


def test_sapporo_worst_rank_per_scale_matches_the_risk_table(plateau, tmp_path):
    output = tmp_path / "sapporo.gpkg"
    load_citygml(plateau / "sapporo_64413325_bldg_6697_op.gml", output)
    worst = {}
    for risk in rows(output, "building_risk"):
        key = (risk["gml_id"], risk["scale"])
        worst[key] = max(worst.get(key, (-1, -1.0)), (risk["rank"], risk["depth"]))
    for building in rows(output, "building_lod1"):
        for scale in ("L1", "L2"):
            expected = worst.get((building["gml_id"], scale))
            got = building[f"flood_{scale.lower()}_rank"], building[f"flood_{scale.lower()}_depth"]
            assert got == (expected if expected else (None, None))


def test_shizuoka_uro30_heights_ids_and_landslide(plateau, tmp_path):
    output = tmp_path / "shizuoka.gpkg"
    result = load_citygml(plateau / "shizuoka_52382287_bldg_6697_psc_op.gml", output)
    assert result.buildings == 4 and result.epsg == 6676  # Shizuoka: zone VIII
    buildings = by_building_id(output)
    heights = {key: row["measured_height"] for key, row in buildings.items()}
    assert heights == {"22102-bldg-354359": 14.3, "22102-bldg-354362": 9.5, "22102-bldg-354360": 15.4,
                       "22102-bldg-354361": 9.7}
    assert buildings["22102-bldg-354359"]["landslide"] == "急傾斜地の崩壊: 土砂災害特別警戒区域"
    assert buildings["22102-bldg-354362"]["landslide"] == "急傾斜地の崩壊: 土砂災害警戒区域"
    assert '"風致地区":"第1種風致地区（大崩）"' in buildings["22102-bldg-354359"]["attributes_json"]
    # LOD1 block from 41.50933 to 54.99001 m: footprint at ground height, extruded by the difference
    first = buildings["22102-bldg-354359"]
    assert first["ground_z"] == pytest.approx(41.50933)
    assert first["lod1_height"] == pytest.approx(54.99001 - 41.50933)


def test_coordinates_are_lat_lon_transformed_to_the_plane_zone_keeping_z(plateau, tmp_path):
    source = plateau / "shizuoka_52382287_bldg_6697_psc_op.gml"
    output = tmp_path / "shizuoka.gpkg"
    load_citygml(source, output)
    first_pos_list = re.search(r"<gml:posList>([^<]+)</gml:posList>", source.read_text(encoding="utf-8")).group(1)
    lat, lon, height = (float(value) for value in first_pos_list.split()[:3])
    x, y = Transformer.from_crs("EPSG:6668", "EPSG:6676", always_xy=True).transform(lon, lat)
    lod0 = rows(output, "building_lod0")[0]["geometry"]
    ring = lod0.GetGeometryRef(0).GetGeometryRef(0)
    assert ring.GetX(0) == pytest.approx(x, abs=1e-6)
    assert ring.GetY(0) == pytest.approx(y, abs=1e-6)
    assert ring.GetZ(0) == pytest.approx(height)
    area = lod0.GetArea()
    assert 50 < area < 200  # a house, in square metres: the axes were not swapped


def test_tokyo_broken_file_is_a_clear_error_naming_file_and_line(plateau, tmp_path):
    source = plateau / "tokyo-ota_53392642_bldg_6697_op2.gml"
    output = tmp_path / "tokyo.gpkg"
    with pytest.raises(InputError) as error:
        load_citygml(source, output)
    assert error.value.line == 538
    assert str(source) in str(error.value) and "line 538" in str(error.value) and "energy" in str(error.value)
    assert not output.exists() and not list(tmp_path.iterdir())  # nothing half-written


def test_tokyo_uro14_skip_broken_keeps_the_readable_buildings(plateau, tmp_path):
    output = tmp_path / "tokyo.gpkg"
    result = load_citygml(plateau / "tokyo-ota_53392642_bldg_6697_op2.gml", output, skip_broken=True)
    assert result.buildings == 7 and result.epsg == 6677
    assert len(result.issues) == 1 and "line 538" in result.issues[0]
    assert "BLD_0772bfd9-fa36-4747-ad0f-1e57f883f745" in result.issues[0]
    # the file has 13 ground, 139 roof, 380 wall surfaces; the skipped building had 1, 4 and 12
    assert result.layers["building_lod2_ground"] == 12
    assert result.layers["building_lod2_roof"] == 135
    assert result.layers["building_lod2_wall"] == 368
    assert result.layers["building_lod0"] == result.layers["building_lod1"] == result.layers["building_lod2"] == 7
    buildings = by_building_id(output)
    assert set(buildings) == {"13111-bldg-58", "13111-bldg-63", "13111-bldg-98", "13111-bldg-147300",
                              "13111-bldg-54", "13111-bldg-605", "13111-bldg-147299"}
    b58 = buildings["13111-bldg-58"]
    assert (b58["flood_l2_rank"], b58["flood_l2_depth"], b58["flood_l2_duration"]) == (2, 0.76, 0.0)
    assert b58["flood_l2_river"] == "多摩水系多摩川、浅川、大栗川" and b58["flood_l1_rank"] is None
    assert b58["measured_height"] == 3.6 and b58["address"] == "東京都大田区羽田空港二丁目"
    b54 = buildings["13111-bldg-54"]
    assert (b54["flood_l2_rank"], b54["flood_l2_depth"], b54["flood_l2_duration"]) == (2, 0.99, 0.68)
    assert (buildings["13111-bldg-98"]["flood_l2_rank"], buildings["13111-bldg-98"]["flood_l2_depth"]) == (1, 0.08)
    assert buildings["13111-bldg-98"]["measured_height"] == 16.1
    assert buildings["13111-bldg-605"]["flood_l2_rank"] is None and buildings["13111-bldg-605"]["risk_count"] == 0


def test_lod2_surfaces_carry_area_slope_and_azimuth(plateau, tmp_path):
    output = tmp_path / "tokyo.gpkg"
    load_citygml(plateau / "tokyo-ota_53392642_bldg_6697_op2.gml", output, skip_broken=True)
    roofs = rows(output, "building_lod2_roof")
    walls = rows(output, "building_lod2_wall")
    assert sum(row["slope_deg"] < 60 for row in roofs) == 128  # 7 of the 135 roof faces are steeper
    assert min(row["slope_deg"] for row in walls) > 85
    roof = next(row for row in roofs if row["surface_id"] == "roof_HNAP0286_p2525_0")
    assert roof["area_m2"] == pytest.approx(roof["geometry"].GetArea(), rel=1e-3)  # nearly flat roof
    ids = {row["gml_id"] for row in roofs}
    assert len(ids) == 7


def test_lod_choice_lowest_and_highest(plateau, tmp_path):
    source = plateau / "tokyo-ota_53392642_bldg_6697_op2.gml"
    lowest = load_citygml(source, tmp_path / "low.gpkg", lods="lowest", skip_broken=True)
    assert lowest.layers == {"building_lod0": 7, "building_risk": 4}
    highest = load_citygml(source, tmp_path / "high.gpkg", lods="highest", skip_broken=True)
    assert set(highest.layers) == {"building_lod2", "building_lod2_roof", "building_lod2_wall",
                                   "building_lod2_ground", "building_risk"}
    only1 = load_citygml(source, tmp_path / "one.gpkg", lods=[1], skip_broken=True)
    assert set(only1.layers) == {"building_lod1", "building_risk"}


def test_numazu_flood_area_water_bodies_keep_rank_and_scale(plateau, tmp_path):
    output = tmp_path / "numazu.gpkg"
    result = load_citygml(plateau / "numazu_52385721_fld_6697_l1_op.gml", output, feature_types=None)
    assert result.layers == {"waterbody_lod1": 3} and result.buildings == 0
    bodies = rows(output, "waterbody_lod1")
    assert [body["flood_rank"] for body in bodies] == [1, 2, 1]
    assert {body["flood_scale"] for body in bodies} == {"L1"}
    assert sum(body["geometry"].GetGeometryCount() for body in bodies) == 142


def test_yokosuka_tin_relief_keeps_every_triangle(plateau, tmp_path):
    output = tmp_path / "dem.gpkg"
    result = load_citygml(plateau / "yokosuka_523965_dem_6697_05_op.gml", output)
    assert result.layers == {"relieffeature_lod1": 2}
    assert sum(row["geometry"].GetGeometryCount() for row in rows(output, "relieffeature_lod1")) == 1066


def write_release_zip(plateau, path):
    """A PLATEAU-shaped release zip: two bldg meshes, a fld member and the zip's own codelists."""
    own_class_list = (plateau / "codelists" / "Building_class.xml").read_text(encoding="utf-8")
    own_class_list = own_class_list.replace("<gml:description>普通建物</gml:description>",
                                            "<gml:description>普通建物（zipの定義）</gml:description>")
    top = "01100_sapporo-shi_city_2020_citygml_1_op"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(plateau / "sapporo_64413325_bldg_6697_op.gml", f"{top}/udx/bldg/64413325_bldg_6697_op.gml")
        archive.write(plateau / "shizuoka_52382287_bldg_6697_psc_op.gml",
                      f"{top}/udx/bldg/52382287_bldg_6697_op.gml")
        archive.write(plateau / "numazu_52385721_fld_6697_l1_op.gml",
                      f"{top}/udx/fld/natl/kanogawa/52385721_fld_6697_l1_op.gml")
        archive.writestr(f"{top}/codelists/Building_class.xml", own_class_list)
    return path


def test_release_zip_is_read_in_place_by_mesh_and_feature_type(plateau, tmp_path):
    archive = write_release_zip(plateau, tmp_path / "release.zip")
    output = tmp_path / "mesh.gpkg"
    result = load_citygml(archive, output, feature_types=["bldg"], mesh_codes=["644133"])
    assert result.buildings == 25 and len(result.sources) == 1
    assert "64413325_bldg" in result.sources[0]
    first = by_building_id(output)["01100-bldg-636971"]
    assert first["class"] == "普通建物（zipの定義）"  # the zip's own codelist, found through codeSpace
    assert not (tmp_path / "01100_sapporo-shi_city_2020_citygml_1_op").exists()  # nothing extracted
    everything = load_citygml(archive, tmp_path / "all.gpkg", feature_types=["bldg", "fld"])
    assert everything.buildings == 29 and everything.layers["waterbody_lod1"] == 3
    with pytest.raises(InputError, match="no CityGML member matches"):
        load_citygml(archive, tmp_path / "none.gpkg", mesh_codes=["99999999"])


def test_url_is_downloaded_and_loaded(plateau, tmp_path, httpserver):
    httpserver.expect_request("/udx/bldg/52382287_bldg_6697_op.gml").respond_with_data(
        (plateau / "shizuoka_52382287_bldg_6697_psc_op.gml").read_bytes(), content_type="application/xml")
    result = load_citygml(httpserver.url_for("/udx/bldg/52382287_bldg_6697_op.gml"), tmp_path / "url.gpkg")
    assert result.buildings == 4
    httpserver.expect_request("/missing.gml").respond_with_data("not here", status=404)
    with pytest.raises(DigitalTwinError, match=r"^CityGML: http://localhost:\d+/missing.gml answered HTTP 404"):
        load_citygml(httpserver.url_for("/missing.gml"), tmp_path / "missing.gpkg")
    assert not (tmp_path / "missing.gpkg").exists()


def test_truncated_file_errors_or_keeps_the_complete_buildings(plateau, tmp_path):
    text = (plateau / "sapporo_64413325_bldg_6697_op.gml").read_text(encoding="utf-8-sig")
    cut = text[: len(text) // 2]
    truncated = tmp_path / "truncated.gml"
    truncated.write_text(cut, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_citygml(truncated, tmp_path / "strict.gpkg")
    assert str(truncated) in str(error.value) and error.value.line is not None
    result = load_citygml(truncated, tmp_path / "recovered.gpkg", skip_broken=True)
    assert result.buildings == cut.count("</core:cityObjectMember>")
    assert result.issues


def test_empty_file_is_a_clear_error(tmp_path):
    empty = tmp_path / "empty.gml"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty.gml.*not valid XML"):
        load_citygml(empty, tmp_path / "out.gpkg")
    assert not (tmp_path / "out.gpkg").exists()


def test_entity_bomb_is_refused_without_expansion(tmp_path):
    levels = "".join(f'<!ENTITY e{i} "{("&e" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    bomb = tmp_path / "bomb.gml"
    bomb.write_text(
        f'<?xml version="1.0"?><!DOCTYPE c [<!ENTITY e0 "lol">{levels}]>'
        '<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0">'
        "<core:cityObjectMember>&e9;</core:cityObjectMember></core:CityModel>", encoding="utf-8")
    for skip_broken in (False, True):
        with pytest.raises(InputError, match="bomb.gml, line 1: declares a DTD"):
            load_citygml(bomb, tmp_path / "bomb.gpkg", skip_broken=skip_broken)
    assert list(tmp_path.iterdir()) == [bomb]


def test_longitude_first_coordinates_are_refused(plateau, tmp_path):
    text = (plateau / "shizuoka_52382287_bldg_6697_psc_op.gml").read_text(encoding="utf-8")

    def swap(match):
        values = match.group(1).split()
        swapped = []
        for index in range(0, len(values), 3):
            swapped += [values[index + 1], values[index], values[index + 2]]
        return f"<gml:posList>{' '.join(swapped)}</gml:posList>"

    wrong = tmp_path / "lonlat.gml"
    wrong.write_text(re.sub(r"<gml:posList>([^<]+)</gml:posList>", swap, text), encoding="utf-8")
    with pytest.raises(InputError, match="latitude first") as error:
        load_citygml(wrong, tmp_path / "out.gpkg")
    assert error.value.line == 11  # the first bldg:Building


def test_existing_output_is_kept_unless_overwrite(plateau, tmp_path):
    output = tmp_path / "mine.gpkg"
    output.write_bytes(b"precious")
    with pytest.raises(InputError, match="exists"):
        load_citygml(plateau / "shizuoka_52382287_bldg_6697_psc_op.gml", output)
    assert output.read_bytes() == b"precious"
    load_citygml(plateau / "shizuoka_52382287_bldg_6697_psc_op.gml", output, overwrite=True)
    assert len(rows(output, "building_lod1")) == 4


def test_cancel_leaves_no_output(plateau, tmp_path):
    output = tmp_path / "cancelled.gpkg"
    with pytest.raises(Cancelled):
        load_citygml(plateau / "sapporo_64413325_bldg_6697_op.gml", output, progress=Progress(
            is_cancelled=lambda: True))
    assert list(tmp_path.iterdir()) == []


def test_default_styles_are_stored_in_the_geopackage(plateau, tmp_path):
    output = tmp_path / "styled.gpkg"
    load_citygml(plateau / "tokyo-ota_53392642_bldg_6697_op2.gml", output, skip_broken=True)
    styles = {row["f_table_name"]: row["styleQML"] for row in rows(output, "layer_styles")}
    assert {"building_lod0", "building_lod1", "building_lod2", "building_lod2_roof"} <= set(styles)
    assert "renderer-3d" in styles["building_lod1"] and "lod1_height" in styles["building_lod1"]
    assert "building_risk" not in styles


def test_building_fields_are_stable_for_the_flood_analysis():
    names = [name for name, _ in BUILDING_FIELDS]
    for required in ("building_id", "measured_height", "storeys_above", "usage", "flood_l1_rank", "flood_l1_depth",
                     "flood_l2_rank", "flood_l2_depth", "flood_l2_river", "lod1_height", "ground_z"):
        assert required in names


@pytest.mark.parametrize(("lat", "lon", "prefecture", "epsg"), [
    (35.68, 139.76, "13", 6677),  # Tokyo 23 wards: IX
    (34.69, 135.19, "28", 6673),  # Kobe: V (nearest origin alone would say VI)
    (43.06, 141.35, "01", 6680),  # Sapporo: XII
    (26.21, 127.68, "47", 6683),  # Naha: XV
    (27.09, 142.19, "13", 6682),  # Ogasawara: XIV
    (35.68, 139.76, None, 6677),
])
def test_plane_rectangular_zone_from_the_data(lat, lon, prefecture, epsg):
    assert plane_rectangular_epsg(lat, lon, prefecture) == epsg


@pytest.mark.parametrize("text", [
    "42.94111966608341 141.44171945605513 101.03 42.941159723315955 141.4416552152691 101.03", "", " 1\n2\t3 ",
    "1 2 x 4 5 6", "1 2 3 x", "1 2 3 4", "1_0 2 3", "1,2,3", "0x10 2 3", "1.0-2.0 3", "nan -inf +2", "1e999 .5 3.",
    "\uff11 2 3", "1 2 3\u00a04 5 6", "nan(1) 2 3",
])
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # numpy's warning on text it stops reading
def test_coordinates_read_through_the_number_memo_are_numpys_exactly(text):
    """The memo (float() once per distinct number) gives numpy's values bit for bit, and its errors."""

    def read(numbers):
        try:
            return parse_pos_list(text, 3, numbers).tobytes()
        except ValueError as exc:
            return str(exc)

    numbers = NumberMemo({"2": 2.0})
    assert read(numbers) == read(None)


def test_surface_metrics_of_a_hand_computed_tilted_roof():
    rise = 10 * math.tan(math.radians(30))
    ring = np.array([[0, 0, 0], [10, 0, 0], [10, 10, rise], [0, 10, rise], [0, 0, 0]], dtype=float)
    area, slope, azimuth = surface_metrics([[ring]])
    assert area == pytest.approx(10 * 10 / math.cos(math.radians(30)))
    assert slope == pytest.approx(30)
    assert azimuth == pytest.approx(180)  # rising to the north: it faces south
    flat = np.array([[0, 0, 5], [4, 0, 5], [4, 3, 5], [0, 3, 5], [0, 0, 5]], dtype=float)
    assert surface_metrics([[flat]]) == (pytest.approx(12), pytest.approx(0), None)


def block(lat, lon, bottom, top, size=0.0001):
    """posLists of a box (LOD1 solid): bottom, top and four walls, lat/lon order like PLATEAU."""
    corners = [(lat, lon), (lat + size, lon), (lat + size, lon + size), (lat, lon + size), (lat, lon)]

    def ring(points):
        return "<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>" + " ".join(
            f"{a} {b} {z}" for a, b, z in points) + "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>" \
            "</gml:surfaceMember>"

    faces = [ring([(a, b, bottom) for a, b in corners]), ring([(a, b, top) for a, b in corners])]
    for (a1, b1), (a2, b2) in zip(corners[:-1], corners[1:], strict=True):
        faces.append(ring([(a1, b1, bottom), (a2, b2, bottom), (a2, b2, top), (a1, b1, top), (a1, b1, bottom)]))
    return "".join(faces)


URO3_BUILDING = """<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:bldg="http://www.opengis.net/citygml/building/2.0"
 xmlns:gml="http://www.opengis.net/gml" xmlns:uro="https://www.geospatial.jp/iur/uro/3.1">
<core:cityObjectMember><bldg:Building gml:id="bldg_synthetic">
 <bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
 <bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
 <bldg:storeysAboveGround>3</bldg:storeysAboveGround>
 <uro:buildingDisasterRiskAttribute><uro:BuildingRiverFloodingRiskAttribute>
  <uro:description codeSpace="../../codelists/BuildingRiverFloodingRiskAttribute_description.xml">7</uro:description>
  <uro:rank codeSpace="../../codelists/BuildingRiverFloodingRiskAttribute_rank.xml">3</uro:rank>
  <uro:depth uom="m">3.5</uro:depth><uro:duration uom="hour">12</uro:duration>
  <uro:scale codeSpace="../../codelists/BuildingRiverFloodingRiskAttribute_scale.xml">1</uro:scale>
 </uro:BuildingRiverFloodingRiskAttribute></uro:buildingDisasterRiskAttribute>
 <uro:buildingDisasterRiskAttribute><uro:BuildingRiverFloodingRiskAttribute>
  <uro:rank>2</uro:rank><uro:depth uom="m">1.0</uro:depth><uro:scale>1</uro:scale>
 </uro:BuildingRiverFloodingRiskAttribute></uro:buildingDisasterRiskAttribute>
 <uro:buildingDisasterRiskAttribute><uro:BuildingRiverFloodingRiskAttribute>
  <uro:rank>4</uro:rank><uro:rankOrg>9</uro:rankOrg><uro:depth uom="m">6.1</uro:depth><uro:scale>2</uro:scale>
 </uro:BuildingRiverFloodingRiskAttribute></uro:buildingDisasterRiskAttribute>
 <uro:buildingDisasterRiskAttribute><uro:BuildingTsunamiRiskAttribute>
  <uro:rank>2</uro:rank><uro:depth uom="m">0.8</uro:depth>
 </uro:BuildingTsunamiRiskAttribute></uro:buildingDisasterRiskAttribute>
 <uro:somethingNew><uro:Thing><uro:value>42</uro:value></uro:Thing></uro:somethingNew>
 <uro:buildingIDAttribute><uro:BuildingIDAttribute><uro:buildingID>13101-bldg-1</uro:buildingID>
  <uro:prefecture>13</uro:prefecture></uro:BuildingIDAttribute></uro:buildingIDAttribute>
 <bldg:consistsOfBuildingPart><bldg:BuildingPart gml:id="part_1">
  <bldg:measuredHeight uom="m">12.0</bldg:measuredHeight>
  <bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>BLOCK</gml:CompositeSurface></gml:exterior>
  </gml:Solid></bldg:lod1Solid>
 </bldg:BuildingPart></bldg:consistsOfBuildingPart>
</bldg:Building></core:cityObjectMember>
</core:CityModel>
"""


def test_uro3_rank_building_parts_other_hazards_and_unknown_elements(tmp_path):
    source = tmp_path / "53394525_bldg_6697_op.gml"
    source.write_text(URO3_BUILDING.replace("BLOCK", block(35.68, 139.76, 4.0, 16.0)), encoding="utf-8")
    output = tmp_path / "uro3.gpkg"
    result = load_citygml(source, output)
    assert result.buildings == 1 and result.epsg == 6677
    building = rows(output, "building_lod1")[0]
    assert (building["flood_l1_rank"], building["flood_l1_depth"], building["flood_l1_duration"]) == (3, 3.5, 12.0)
    assert building["flood_l1_rank_label"] == "3m以上5m未満"
    # no codelist knows description 7 (river names are municipal): no bare "7" as the river's name, the code kept
    assert building["flood_l1_river"] is None
    assert "7" in {risk["river_code"] for risk in rows(output, "building_risk")}
    assert (building["flood_l2_rank"], building["flood_l2_depth"]) == (4, 6.1)  # rank, not the municipal rankOrg
    assert (building["tsunami_rank"], building["tsunami_depth"]) == (2, 0.8)
    assert building["risk_count"] == 4
    assert building["usage"] == "住宅" and building["usage_code"] == "411"  # bundled fallback codelist
    assert (building["year_built"], building["storeys_above"], building["measured_height"]) == (1998, 3, 12.0)
    assert building["lod1_height"] == pytest.approx(12.0) and building["ground_z"] == pytest.approx(4.0)
    assert '"somethingNew":{"Thing":{"value":"42"}}' in building["attributes_json"]
    footprint = building["geometry"]
    assert footprint.GetGeometryCount() == 1  # the bottom face only
    # 0.0001° of latitude = 11.09 m, of longitude at 35.68° N = 111.32 km x cos(35.68°) x 0.0001 = 9.04 m
    assert footprint.GetArea() == pytest.approx(11.09 * 9.04, rel=0.01)


@pytest.mark.parametrize("boundary", [
    "<gml:LinearRing><gml:posList>1 2 3</gml:posList></gml:LinearRing>",
    "<!-- c --><gml:LinearRing><gml:posList>1 2 3</gml:posList></gml:LinearRing>",
    "<gml:LinearRing><!-- c --><gml:posList>1 2 3</gml:posList></gml:LinearRing>",
    "<gml:posList>4 5 6<gml:posList>1 2 3</gml:posList></gml:posList>",
    "<gml:LinearRing><gml:pos>1 2 3</gml:pos></gml:LinearRing><gml:posList>4 5 6</gml:posList>",
    "<gml:LinearRing><x><gml:posList>1 2 3</gml:posList></x></gml:LinearRing>", "", "<!-- c -->",
])
def test_first_pos_list_is_the_first_in_document_order(boundary):
    from lxml import etree

    from digital_twin.plugin.citygml.parser import POS_LIST, _first_pos_list

    element = etree.fromstring(f'<gml:exterior xmlns:gml="http://www.opengis.net/gml">{boundary}</gml:exterior>')
    assert _first_pos_list(element) is next(element.iter(POS_LIST), None)


def _with_first_latitude(plateau, tmp_path, member, value):
    """The Sapporo fixture with the first latitude of city object member ``member`` (0-based) set to ``value``."""
    text = (plateau / "sapporo_64413325_bldg_6697_op.gml").read_text(encoding="utf-8-sig")
    members = text.split("<core:cityObjectMember>")
    members[member + 1] = re.sub(r"<gml:posList>\S+", f"<gml:posList>{value}", members[member + 1], count=1)
    broken = tmp_path / f"{value}.gml"
    broken.write_text("<core:cityObjectMember>".join(members), encoding="utf-8")
    line = "<core:cityObjectMember>".join(members[:member + 1]).count("\n") + 2  # the bldg:Building's line
    return broken, line


@pytest.mark.parametrize("value", ["NaN", "inf", "-INF", "1e308", "91.5"])
def test_a_later_building_with_a_number_that_is_no_position(plateau, tmp_path, value):
    broken, line = _with_first_latitude(plateau, tmp_path, 4, value)
    with pytest.raises(InputError, match=r"is not a latitude, longitude or height") as error:
        load_citygml(broken, tmp_path / "strict.gpkg")
    assert error.value.path == str(broken) and error.value.line == line
    assert str(float(value)) in str(error.value) or f"{float(value):g}" in str(error.value)
    assert not (tmp_path / "strict.gpkg").exists()
    result = load_citygml(broken, tmp_path / "skipped.gpkg", skip_broken=True)
    assert result.buildings == 24
    assert len(result.issues) == 1 and result.issues[0].startswith(f"{broken}, line {line}: coordinate ")
    assert result.issues[0].endswith("is not a latitude, longitude or height (skipped)")


def test_nan_in_the_first_building_is_not_called_another_crs(plateau, tmp_path):
    broken, line = _with_first_latitude(plateau, tmp_path, 0, "nan")
    with pytest.raises(InputError, match="coordinate nan of city object .* is not a latitude") as error:
        load_citygml(broken, tmp_path / "strict.gpkg")
    assert error.value.line == line and "CRS" not in str(error.value)
    result = load_citygml(broken, tmp_path / "skipped.gpkg", skip_broken=True)
    assert result.buildings == 24 and result.epsg == 6680  # Sapporo: zone XII, from the next building


@pytest.mark.parametrize("cut", [100, 4088, 9073, 160337])
def test_a_truncated_file_is_called_truncated_with_its_last_line(plateau, tmp_path, cut):
    data = (plateau / "sapporo_64413325_bldg_6697_op.gml").read_bytes()[:cut]
    truncated = tmp_path / "cut.gml"
    truncated.write_bytes(data)
    with pytest.raises(InputError, match="the file ends early, on this line: it is truncated") as error:
        load_citygml(truncated, tmp_path / "out.gpkg")
    assert error.value.line == data.count(b"\n") + 1


def test_a_broken_tag_inside_the_file_is_not_called_truncated(plateau, tmp_path):
    text = (plateau / "sapporo_64413325_bldg_6697_op.gml").read_text(encoding="utf-8-sig")
    broken = tmp_path / "broken.gml"
    broken.write_text(text.replace("</gml:posList>", "</gml:posLis>", 3), encoding="utf-8")
    with pytest.raises(InputError, match="not valid XML") as error:
        load_citygml(broken, tmp_path / "out.gpkg")
    assert "truncated" not in str(error.value)


def test_suginami_road_traffic_areas_are_rows_with_their_function(plateau, tmp_path):
    """tran: each TrafficArea / AuxiliaryTrafficArea of the road is a row with its function code and area; the road
    keeps its own LOD1/LOD2 rows with the codes, and the areas stay in its attributes JSON."""
    import json

    output = tmp_path / "tran.gpkg"
    result = load_citygml(plateau / "features" / "suginami_53394503_tran_6697_op.gml", output, feature_types=("tran",))
    assert result.layers == {"road_lod1": 1, "road_lod2": 1, "road_lod2_traffic_area": 5}
    dataset = ogr.Open(str(output))
    road = next(iter(dataset.GetLayerByName("road_lod2")))
    assert (road["class_code"], road["function_code"]) == ("1040", "9020")
    areas = sorted((feature["kind"], feature["function_code"], feature["area_m2"], feature["gml_id"])
                   for feature in dataset.GetLayerByName("road_lod2_traffic_area"))
    assert [(kind, code) for kind, code, _, _ in areas] == [
        ("auxiliary", "3000"), ("auxiliary", "3000"), ("auxiliary", "3000"), ("traffic", "1020"), ("traffic", "2000")]
    assert {gml_id for *_, gml_id in areas} == {road["gml_id"]}
    assert all(area_m2 > 1 for _, _, area_m2, _ in areas)
    # the junction is the biggest area; together the areas cover the road's LOD2 surface
    assert max(areas, key=lambda area: area[2])[1] == "1020"
    road_area_m2 = road.GetGeometryRef().GetArea()  # planar: the road's heights are all 0
    assert sum(area_m2 for _, _, area_m2, _ in areas) == pytest.approx(road_area_m2, rel=0.05)
    assert {"trafficArea", "auxiliaryTrafficArea"} <= set(json.loads(road["attributes_json"]))
