"""Permitted against built floor-area ratio and coverage per planning district (district_floor_area,
building_planning), through digitaltwin:loadcitygml on release-shaped zips.

PLATEAU has no lot polygons, so the ratios are gross (over the whole district, roads included): the hand-built
case checks exactly those numbers; the real one places buildings in Tokyo's real urf 2.0 use districts (no
building file of the same area is among the fixtures) and checks against the XML read here with lxml and pyproj.
"""

import zipfile

import numpy as np
import pytest
from lxml import etree
from osgeo import ogr
from pyproj import Transformer
from test_results_on_map import project  # noqa: F401 (the fixture: a fresh project with our provider)

from digital_twin.plugin.citygml.planning import SOURCE_NAMES, STOREY_HEIGHT_M, floor_areas

ogr.UseExceptions()
TOKYO_EPSG = 6677  # JGD2011 plane rectangular zone IX: what the loader picks for Tokyo, metres
TO_LATLON = Transformer.from_crs(f"EPSG:{TOKYO_EPSG}", "EPSG:6697", always_xy=True)  # east, north -> lon, lat
ORIGIN = (-5000.0, -35000.0)  # east, north in EPSG:6677: Chiyoda-ku; every hand-built shape is placed from it
HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:bldg="http://www.opengis.net/citygml/building/2.0"
 xmlns:gml="http://www.opengis.net/gml" xmlns:uro="https://www.geospatial.jp/iur/uro/3.1"
 xmlns:urf="https://www.geospatial.jp/iur/urf/3.1">
"""
TOP = "13101_chiyoda-ku_city_2024_citygml_1_op"


def latlon(x, y):
    """(lat, lon) of a point ``x`` metres east and ``y`` north of ORIGIN, as PLATEAU orders them."""
    lon, lat = TO_LATLON.transform(ORIGIN[0] + x, ORIGIN[1] + y)
    return lat, lon


def rectangle(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]


def ring(points):
    """A gml:surfaceMember polygon through ``points`` (lat, lon, height)."""
    return ("<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>"
            + " ".join(f"{lat!r} {lon!r} {z!r}" for lat, lon, z in points)
            + "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>")


def building(gml_id, corners, *, height_m=None, storeys=None, total_m2=None, bottom=5.0, lod2=False):
    """A building with an LOD1 box over ``corners`` (closed ring of (lat, lon)), ``height_m`` high (else 10 m);
    ``lod2``: the same box as LOD2 ground, roof and wall surfaces instead."""
    top = bottom + (height_m or 10.0)
    faces = [ring([(*corner, bottom) for corner in corners]), ring([(*corner, top) for corner in corners])]
    faces += [ring([(*a, bottom), (*b, bottom), (*b, top), (*a, top), (*a, bottom)])
              for a, b in zip(corners[:-1], corners[1:], strict=True)]
    if lod2:
        kinds = ["GroundSurface", "RoofSurface"] + ["WallSurface"] * (len(faces) - 2)
        geometry = "".join(
            f'<bldg:boundedBy><bldg:{kind} gml:id="{gml_id}_{index}"><bldg:lod2MultiSurface><gml:MultiSurface>'
            f"{face}</gml:MultiSurface></bldg:lod2MultiSurface></bldg:{kind}></bldg:boundedBy>"
            for index, (kind, face) in enumerate(zip(kinds, faces, strict=True)))
    else:
        geometry = ("<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>" + "".join(faces)
                    + "</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>")
    return (f'<core:cityObjectMember><bldg:Building gml:id="{gml_id}">'
            + (f'<bldg:measuredHeight uom="m">{height_m}</bldg:measuredHeight>' if height_m else "")
            + (f"<bldg:storeysAboveGround>{storeys}</bldg:storeysAboveGround>" if storeys else "")
            + geometry
            + ("<uro:buildingDetailAttribute><uro:BuildingDetailAttribute>"
               f'<uro:totalFloorArea uom="m2">{total_m2}</uro:totalFloorArea>'
               "</uro:BuildingDetailAttribute></uro:buildingDetailAttribute>" if total_m2 else "")
            + "</bldg:Building></core:cityObjectMember>\n")


def use_district(gml_id, corners, code, ratio_pct, coverage_pct=None, feature_type="UseDistrict"):
    """An urf district (urf 3.1: rates in percent) over ``corners``; ``code``: its function (None: none)."""
    return (f'<core:cityObjectMember><urf:{feature_type} gml:id="{gml_id}">'
            + (f'<urf:function codeSpace="../../codelists/Common_districtsAndZonesType.xml">{code}</urf:function>'
               if code else "")
            + "<urf:lod1MultiSurface><gml:MultiSurface>" + ring([(*corner, 0.0) for corner in corners])
            + "</gml:MultiSurface></urf:lod1MultiSurface>"
            + f"<urf:floorAreaRate>{ratio_pct}</urf:floorAreaRate>"
            + (f"<urf:buildingCoverageRate>{coverage_pct}</urf:buildingCoverageRate>" if coverage_pct else "")
            + f"</urf:{feature_type}></core:cityObjectMember>\n")


def release_zip(path, buildings, urf_text=None, urf_file=None):
    """A PLATEAU release-shaped zip: udx/bldg with ``buildings``, udx/urf with ``urf_text`` or a copy of
    ``urf_file``."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{TOP}/udx/bldg/53394500_bldg_6697_op.gml", HEAD + "".join(buildings) + "</core:CityModel>")
        if urf_file is not None:
            archive.write(urf_file, f"{TOP}/udx/urf/{urf_file.name.split('_', 1)[1]}")  # the release's name
        else:
            archive.writestr(f"{TOP}/udx/urf/533945_urf_6697_op.gml", HEAD + urf_text + "</core:CityModel>")
    return path


def load(archive, output):
    import processing

    return processing.run("digitaltwin:loadcitygml", {"INPUT": str(archive), "FEATURE_TYPES": "bldg,urf",
                                                      "OUTPUT": str(output)})


def rows(gpkg, layer_name, key="gml_id"):
    dataset = ogr.Open(str(gpkg))  # kept while the layer is read: OGR frees the layer with it
    layer = dataset.GetLayerByName(layer_name)
    assert layer is not None, f"{layer_name} missing in {gpkg}"
    return {feature.GetField(key): {name: feature.GetField(name) for name in feature.keys()} for feature in layer}


def box(x0, y0, x1, y1):
    return [latlon(x, y) for x, y in rectangle(x0, y0, x1, y1)]


def floor_area(total_m2, footprint_m2, storeys, height_m):
    """(floor area in m², its source name) of one building, or (None, None): planning.floor_areas on one row."""
    floor, source = floor_areas(*(np.array([value], dtype=float) for value in (total_m2, footprint_m2, storeys,
                                                                               height_m)))
    return (None, None) if source[0] < 0 else (float(floor[0]), SOURCE_NAMES[source[0]])


def test_floor_area_sources_in_order_of_trust():
    # surveyed total first; else footprint x storeys; else footprint x round(height / 3.5 m), at least 1 storey
    assert floor_area(250.0, 100.0, 3, 30.0) == (250.0, "total_floor_area")
    assert floor_area(None, 100.0, 3, 30.0) == (300.0, "storeys")
    assert STOREY_HEIGHT_M == 3.5
    assert floor_area(None, 100.0, None, 30.0) == (900.0, "height_estimate")  # 30 / 3.5 = 8.6 -> 9 storeys
    assert floor_area(None, 100.0, 0, 1.0) == (100.0, "height_estimate")  # 0 storeys is no value; 1 m -> 1 storey
    assert floor_area(None, 100.0, None, None) == (None, None)


def test_hand_built_districts_gross_ratios(tmp_path, digitaltwin_provider):
    """Two 100 m x 100 m use districts side by side (A: x 0-100, B: x 100-200, 10,000 m² each):
    A 近隣商業 (code 9) 300 % / 80 %, B 第一種低層 (code 1) 100 % / 50 %.

    Buildings (footprint in m², floor area and its source):
    - b1 in A, 20 x 20 = 400, totalFloorArea 2000 (also 4 storeys, ignored)     -> 2000, total_floor_area
    - b2 in A, 10 x 10 = 100, 4 storeys (height 20 m ignored)                     -> 400, storeys
    - b4 straddles A and B: x 85-105, y 70-80 = 200, centroid x 95 in A, 2 storeys -> 400, storeys, all in A
    - b3 in B, 10 x 20 = 200, height 7 m -> 7 / 3.5 = 2 storeys                   -> 400, height_estimate
    - b6 in B, 10 x 10 = 100, no storeys, no height                               -> unknown, footprint only
    - b5 outside both (x 300-310), 3 storeys                                      -> counted nowhere
    A: footprint 700, floor 2800: built FAR 2800 / 10000 = 28 %, coverage 7 %, permitted 30,000 m²,
       used share 28 / 300 = 9.33 %, coverage share 7 / 80 = 8.75 %.
    B: footprint 300, floor 400: built FAR 4 %, coverage 3 %, permitted 10,000 m², used share 4 %, coverage 6 %.
    C, a 特定街区 (SpecifiedBlock) of 600 % over A's corner x 0-50, y 0-50 (2,500 m², no coverage): another type, so
    b1 counts in it too: floor 2000 / 2500 = 80 %, footprint 400 / 2500 = 16 %, used share 80 / 600 = 13.33 %.
    """
    buildings = [
        building("b1", box(10, 10, 30, 30), storeys=4, total_m2=2000),
        building("b2", box(50, 50, 60, 60), storeys=4, height_m=20.0),
        building("b4", box(85, 70, 105, 80), storeys=2),
        building("b3", box(120, 10, 130, 30), height_m=7.0),
        building("b6", box(150, 50, 160, 60)),
        building("b5", box(300, 0, 310, 10), storeys=3),
    ]
    districts = use_district("A", box(0, 0, 100, 100), 9, 300, 80) + use_district("B", box(100, 0, 200, 100), 1,
                                                                                     100, 50)
    districts += use_district("C", box(0, 0, 50, 50), None, 600, feature_type="SpecifiedBlock")
    output = tmp_path / "planning.gpkg"
    load(release_zip(tmp_path / f"{TOP}.zip", buildings, districts), output)

    table = rows(output, "district_floor_area")
    expected = {
        "A": dict(district_code="9", floor_area_ratio_pct=300.0, building_coverage_pct=80.0, district_area_m2=10000,
                  buildings=3, footprint_m2=700, floor_area_m2=2800, floor_area_from_total=1,
                  floor_area_from_storeys=2, floor_area_from_height=0, floor_area_unknown=0, built_far_gross_pct=28,
                  built_coverage_gross_pct=7, permitted_floor_area_gross_m2=30000,
                  far_used_share_gross_pct=28 / 3, coverage_used_share_gross_pct=8.75),
        "B": dict(district_code="1", floor_area_ratio_pct=100.0, building_coverage_pct=50.0, district_area_m2=10000,
                  buildings=2, footprint_m2=300, floor_area_m2=400, floor_area_from_total=0,
                  floor_area_from_storeys=0, floor_area_from_height=1, floor_area_unknown=1, built_far_gross_pct=4,
                  built_coverage_gross_pct=3, permitted_floor_area_gross_m2=10000,
                  far_used_share_gross_pct=4, coverage_used_share_gross_pct=6),
        "C": dict(feature_type="SpecifiedBlock", floor_area_ratio_pct=600.0, building_coverage_pct=None,
                  district_area_m2=2500, buildings=1, footprint_m2=400, floor_area_m2=2000, floor_area_from_total=1,
                  floor_area_unknown=0, built_far_gross_pct=80, built_coverage_gross_pct=16,
                  permitted_floor_area_gross_m2=15000, far_used_share_gross_pct=80 / 6,
                  coverage_used_share_gross_pct=None),
    }
    assert set(table) == set(expected)
    for gml_id, values in expected.items():
        for column, value in values.items():
            assert table[gml_id][column] == (value if value is None or isinstance(value, str) else pytest.approx(
                value, rel=1e-6)), (gml_id, column, table[gml_id][column])
    assert table["A"]["district_kind"] == "近隣商業地域" and table["A"]["feature_type"] == "UseDistrict"

    per_building = rows(output, "building_planning")
    assert set(per_building) == {"b1", "b2", "b3", "b4", "b6"}  # b5 lies in no district
    sources = {gml_id: (row["use_district_code"], row["floor_area_source"]) for gml_id, row in per_building.items()}
    assert sources == {"b1": ("9", "total_floor_area"), "b2": ("9", "storeys"), "b4": ("9", "storeys"),
                       "b3": ("1", "height_estimate"), "b6": ("1", None)}
    assert per_building["b4"]["footprint_m2"] == pytest.approx(200, rel=1e-6)
    assert per_building["b3"]["floor_area_m2"] == pytest.approx(400, rel=1e-6)
    assert per_building["b6"]["floor_area_m2"] is None


def use_districts(path, source_epsg=6668):
    """{gml:id: (floorAreaRate as written, polygon in EPSG:6677)} of an urf file's use districts, read with lxml and
    projected with pyproj (lat lon of ``source_epsg`` -> EPSG:6677), apart from the loader."""
    import shapely

    to_plane = Transformer.from_crs(f"EPSG:{source_epsg}", f"EPSG:{TOKYO_EPSG}", always_xy=True)  # -> east, north
    out = {}
    for element in etree.parse(str(path)).iter("{*}UseDistrict"):
        polygons = []
        for polygon in element.iter("{http://www.opengis.net/gml}Polygon"):
            rings = []
            for pos_list in polygon.iter("{http://www.opengis.net/gml}posList"):
                numbers = [float(value) for value in pos_list.text.split()]
                x, y = to_plane.transform(numbers[1::3], numbers[0::3])  # posList: lat lon h
                rings.append(list(zip(x, y, strict=True)))
            polygons.append(shapely.Polygon(rings[0], rings[1:]))
        out[element.get("{http://www.opengis.net/gml}id")] = (
            float(element.findtext("{*}floorAreaRate")), shapely.make_valid(shapely.MultiPolygon(polygons)))
    return out


def building_at(gml_id, district, *, dx_m=0.0, **values):
    """A 4 m x 4 m (16 m²) building around an interior point of ``district`` (a shapely polygon in EPSG:6677), or
    100 km south of the plane's origin without one."""
    import shapely

    x, y = shapely.get_coordinates(district.representative_point())[0] if district is not None else (0.0, -1e5)
    corners = [TO_LATLON.transform(x + dx_m + cx, y + cy)[::-1] for cx, cy in rectangle(-2, -2, 2, 2)]
    return building(gml_id, corners, **values)


def test_tokyo_urf_districts_against_the_xml(shared_fixtures, tmp_path, digitaltwin_provider):
    """Tokyo 23-ku's 22 real use districts (urf 2.0: ratios written as 2, 3 ...): three buildings of known floor
    area at interior points of the first two districts, one far outside. Every district's area and ratio come
    from the XML; the built ratio is the buildings' floor area over that area."""
    source = shared_fixtures / "plateau" / "urf" / "tokyo23_533957_urf_6668_op.gml"
    xml = use_districts(source)
    first, second = list(xml)[:2]

    buildings = [building_at("t1", xml[first][1], total_m2=500.0),
                 building_at("t2", xml[first][1], dx_m=0.5, storeys=5),
                 building_at("t3", xml[second][1], height_m=14.0), building_at("far", None, storeys=2)]
    output = tmp_path / "tokyo.gpkg"
    load(release_zip(tmp_path / f"{TOP}.zip", buildings, urf_file=source), output)

    table = rows(output, "district_floor_area")
    assert set(table) == set(xml)  # every use district with a ratio, buildings in it or not
    floor = {first: 500.0 + 16.0 * 5, second: 16.0 * 4}  # t3: 14 m / 3.5 m = 4 storeys; "far" counted nowhere
    for gml_id, (rate, shape) in xml.items():
        row = table[gml_id]
        assert row["floor_area_ratio_pct"] == pytest.approx(rate * 100)  # urf 2.0 ratio -> percent
        assert row["district_area_m2"] == pytest.approx(shape.area, rel=1e-4)
        built = floor.get(gml_id, 0.0)
        assert row["floor_area_m2"] == pytest.approx(built, rel=1e-4)
        assert row["built_far_gross_pct"] == pytest.approx(100 * built / shape.area, rel=1e-4)
        assert row["far_used_share_gross_pct"] == pytest.approx(100 * built / shape.area / rate, rel=1e-4)
        assert row["buildings"] == {first: 2, second: 1}.get(gml_id, 0)
    assert sum(row["buildings"] for row in table.values()) == 3
    assert "far" not in rows(output, "building_planning")


def test_district_layer_arrives_on_the_map_graduated_by_used_share(project, tmp_path):  # noqa: F811
    """runAndLoadResults as the dialog does: the district layer below the buildings, graduated by the used share,
    one legend class per FAR_USED_CLASSES entry, each label translatable (legend_labels)."""
    from qgis.core import QgsRenderContext
    from qgis.PyQt.QtGui import QColor
    from test_results_on_map import layer_named, render, run_and_load, tree_layers

    from digital_twin.plugin.citygml.qgis_styles import FAR_USED_CLASSES
    from digital_twin.plugin.qgis_results import legend_labels

    districts = use_district("A", box(0, 0, 100, 100), 9, 300, 80) + use_district("B", box(100, 0, 200, 100), 1,
                                                                                     100, 50)
    buildings = [building("dense", box(10, 10, 90, 90), storeys=4),  # 6400 m² x 4 / 10000 = 256 % of 300: 85 %
                 building("low", box(120, 10, 130, 30), storeys=2)]  # 400 m² / 10000 = 4 % of 100: 4 %
    run_and_load("digitaltwin:loadcitygml", {"INPUT": str(release_zip(tmp_path / f"{TOP}.zip", buildings, districts)),
                                             "FEATURE_TYPES": "bldg,urf", "OUTPUT": str(tmp_path / "far.gpkg")})
    title = "Floor area used per district (gross)"
    assert tree_layers(project)[-1] == ("PLATEAU 3D city model", title, True)  # under the buildings
    layer = layer_named(project, title)
    renderer = layer.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "far_used_share_gross_pct"
    assert [class_range.label() for class_range in renderer.ranges()] == [label for *_, label in FAR_USED_CLASSES]
    assert all(label in legend_labels() for *_, label in FAR_USED_CLASSES)
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    colours = {feature["gml_id"]: (feature["far_used_share_gross_pct"],
                                   renderer.symbolForFeature(feature, context).color().getRgb()[:3])
               for feature in layer.getFeatures()}
    renderer.stopRender(context)
    assert colours["A"][0] == pytest.approx(6400 * 4 / 10000 / 3 * 100) and colours["A"][1] == FAR_USED_CLASSES[3][2]
    assert colours["B"][0] == pytest.approx(4.0) and colours["B"][1] == FAR_USED_CLASSES[0][2]
    image = render(project, [layer], "district_floor_area.png")
    assert QColor(image.pixel(image.width() // 4, image.height() // 2)).getRgb()[:3] == FAR_USED_CLASSES[3][2]


def test_overlapping_districts_of_one_type_take_the_first_in_the_file():
    """Engine level (no QGIS): a building (centroid x 7) in two overlapping use districts counts in the first."""
    import shapely

    from digital_twin.plugin.citygml.planning import PlanningJoin

    join = PlanningJoin()
    for gml_id, x0, ratio in (("first", 0, 200.0), ("second", 5, 400.0)):
        join.add_district("UseDistrict", shapely.to_wkb(shapely.box(x0, 0, x0 + 10, 10)),
                          {"gml_id": gml_id, "district_code": gml_id, "floor_area_ratio_pct": ratio})
    join.add_building("b", "b-1", shapely.to_wkb(shapely.box(6, 4, 8, 6)), {"storeys_above": 2})
    (row,) = join.rows()
    assert row[:4] == ("b", "b-1", None, "first") and row[-3:] == (4.0, 8.0, "storeys")
    counts = {row[0]: (row[8], row[10]) for row, _, _ in join.district_rows()}
    assert counts == {"first": (1, 8.0), "second": (0, 0.0)}


def test_kawasaki_urf20_and_urf31_give_the_same_used_shares(shared_fixtures, tmp_path):
    """The same 4 real districts as urf 2.0 (ratios 2 / 0.6) and urf 3.1 (200 / 60), the same buildings (one of 3
    storeys in each district): the same gross ratios and used shares, computed here from the XML."""
    from digital_twin.plugin.citygml.loader import load_citygml

    results = {}
    for version, name, epsg in (("2.0", "kawasaki_533915_urf_6668_yoto_op.gml", 6668),
                                ("3.1", "kawasaki_533915_urf_6697_yoto_op.gml", 6697)):
        source = shared_fixtures / "plateau" / "urf" / name
        xml = use_districts(source, epsg)
        buildings = [building_at(f"k{index}", shape, storeys=3) for index, (_, shape) in enumerate(xml.values())]
        output = tmp_path / f"{version}.gpkg"
        load_citygml(release_zip(tmp_path / f"{version}.zip", buildings, urf_file=source), output,
                     feature_types=("bldg", "urf"))
        table = rows(output, "district_floor_area")
        assert set(table) == set(xml) and len(xml) == 4
        factor = 100.0 if version == "2.0" else 1.0
        for gml_id, (rate, shape) in xml.items():
            far_pct = 100.0 * 16.0 * 3 / shape.area
            assert table[gml_id]["built_far_gross_pct"] == pytest.approx(far_pct, rel=1e-4)
            assert table[gml_id]["far_used_share_gross_pct"] == pytest.approx(100 * far_pct / (rate * factor),
                                                                              rel=1e-4)
        results[version] = {gml_id: (row["floor_area_ratio_pct"], row["building_coverage_pct"],
                                     round(row["far_used_share_gross_pct"], 9)) for gml_id, row in table.items()}
    assert results["2.0"] == results["3.1"]


def test_unreadable_footprints_count_nowhere_and_are_counted():
    """An unclosed ring and a zero-area ring: no centroid, in no district, reported by the count the loader lists."""
    import struct

    import shapely

    from digital_twin.plugin.citygml.planning import PlanningJoin

    def multipolygon(points):  # ISO WKB MultiPolygon Z of one single-ring polygon, unchecked
        ring = struct.pack("<I", len(points)) + b"".join(struct.pack("<ddd", x, y, 0.0) for x, y in points)
        return struct.pack("<BII", 1, 1006, 1) + struct.pack("<BII", 1, 1003, 1) + ring

    join = PlanningJoin()
    join.add_district("UseDistrict", shapely.to_wkb(shapely.box(0, 0, 10, 10)),
                      {"gml_id": "d", "floor_area_ratio_pct": 200.0})
    join.add_building("unclosed", None, multipolygon([(1, 1), (2, 1), (2, 2)]), {"storeys_above": 2})
    join.add_building("flat", None, multipolygon([(1, 1), (2, 1), (1, 1)]), {"storeys_above": 2})
    join.add_building("good", None, multipolygon([(1, 1), (3, 1), (3, 3), (1, 3), (1, 1)]), {"storeys_above": 2})
    assert [row[0] for row in join.rows()] == ["good"] and join.unmeasured == 2
    ((row, _, _),) = join.district_rows()
    assert (row[8], row[9], row[10]) == (1, 4.0, 8.0)


def test_lod2_only_buildings_use_their_ground_surfaces(tmp_path):
    """A building given by LOD2 surfaces alone (no LOD1 footprint, no LOD0): its ground surface gives the footprint,
    20 x 10 = 200 m², x 3 storeys = 600 m² in a 100 m x 100 m district of 200 %: 6 % built, 3 % of the permitted
    volume. (The loader's CRS choice used to fail on such a first object: it looked at LOD keys only.)"""
    from digital_twin.plugin.citygml.loader import load_citygml

    districts = use_district("A", box(0, 0, 100, 100), 9, 200, 80)
    output = tmp_path / "lod2.gpkg"
    result = load_citygml(release_zip(tmp_path / "lod2.zip", [building("g", box(10, 10, 30, 20), storeys=3,
                                                                       lod2=True)], districts),
                          output, feature_types=("bldg", "urf"))
    assert result.layers["building_lod2_ground"] == 1 and "building_lod1" not in result.layers
    row = rows(output, "district_floor_area")["A"]
    assert (row["buildings"], row["footprint_m2"], row["floor_area_m2"]) == (1, pytest.approx(200, rel=1e-6),
                                                                             pytest.approx(600, rel=1e-6))
    assert row["far_used_share_gross_pct"] == pytest.approx(3.0, rel=1e-6)
