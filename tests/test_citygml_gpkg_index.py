"""The GeoPackage spatial index packed by gpkg_rtree: SQLite's own check, the same answers as a brute-force search,
exact layer extents, and OGR's triggers back in place so later edits keep the index current."""

import sqlite3

import numpy as np
import pytest
import shapely
from osgeo import ogr

from digital_twin.plugin.citygml import gpkg_writer
from digital_twin.plugin.citygml.gpkg_rtree import outward_float32, write_rtree
from digital_twin.plugin.citygml.loader import load_citygml

ogr.UseExceptions()
TOKYO = "tokyo-ota_53392642_bldg_6697_op2.gml"  # LOD0, 1 and 2 with roof/wall/ground surfaces


def random_boxes(count, seed):
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(-40000, 40000, count), rng.uniform(-120000, -100000, count)
    size = rng.uniform(0, 50, count)
    return x, x + size, y, y + size


def window_ids(connection, rtree, window):
    minx, maxx, miny, maxy = window
    return sorted(row[0] for row in connection.execute(
        f"SELECT id FROM {rtree} WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?", (minx, maxx, miny, maxy)))


# 51 cells fill a node of SQLite's default page size: around 51 and 51**2 the tree gains a level
@pytest.mark.parametrize("count", [0, 1, 51, 52, 2601, 2602, 30000])
def test_packed_rtree_passes_sqlites_check_and_finds_what_brute_force_finds(count):
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    minx, maxx, miny, maxy = random_boxes(count, seed=count)
    write_rtree(connection, "r", np.arange(1, count + 1), outward_float32(minx, maxx, miny, maxy))
    assert connection.execute("SELECT rtreecheck('r')").fetchone() == ("ok",)
    assert connection.execute("SELECT count(*) FROM r").fetchone() == (count,)
    window = (-5000.0, 5000.0, -112000.0, -108000.0)
    expected = np.nonzero((maxx >= window[0]) & (minx <= window[1]) & (maxy >= window[2]) & (miny <= window[3]))[0]
    assert window_ids(connection, "r", window) == (expected + 1).tolist()
    connection.execute("INSERT INTO r VALUES (?, 1, 2, 3, 4)", (count + 1,))  # SQLite can go on editing it
    connection.execute("DELETE FROM r WHERE id = 1")
    assert connection.execute("SELECT rtreecheck('r')").fetchone() == ("ok",)


def test_boxes_are_rounded_outwards_to_float32():
    values = np.array([-65957.019999999, 0.1, 12345.678])
    boxes = outward_float32(values, values, values, values)
    assert np.all(boxes[:, 0].astype(np.float64) <= values) and np.all(boxes[:, 1].astype(np.float64) >= values)
    assert np.all(boxes[:, 1] - boxes[:, 0] <= np.spacing(np.abs(boxes[:, 0])))  # at most one float32 step apart


def layer_bounds(gpkg, layer_name):
    dataset = ogr.Open(str(gpkg))
    layer = dataset.GetLayerByName(layer_name)
    return {feature.GetFID(): shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToIsoWkb())).bounds
            for feature in layer}


def check_index_and_extent(gpkg, layer_name):
    """Every row's box holds its geometry within a float32 step; the extent is the exact union of the geometries."""
    bounds = layer_bounds(gpkg, layer_name)
    connection = sqlite3.connect(gpkg)
    rtree = f"rtree_{layer_name}_geom"
    assert connection.execute(f"SELECT rtreecheck('{rtree}')").fetchone() == ("ok",)
    boxes = {row[0]: row[1:] for row in connection.execute(f"SELECT id, minx, maxx, miny, maxy FROM {rtree}")}
    assert boxes.keys() == bounds.keys()
    for fid, (minx, miny, maxx, maxy) in bounds.items():
        box = boxes[fid]
        assert box[0] <= minx and box[1] >= maxx and box[2] <= miny and box[3] >= maxy
        assert np.allclose(box, (minx, maxx, miny, maxy), rtol=0, atol=0.02)
    extent = connection.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?",
                                (layer_name,)).fetchone()
    union = np.array(list(bounds.values()))
    assert extent == pytest.approx((union[:, 0].min(), union[:, 1].min(), union[:, 2].max(), union[:, 3].max()),
                                   abs=1e-9)
    return boxes


def test_loaded_layers_have_checked_indexes_exact_extents_and_ogrs_triggers(shared_fixtures, tmp_path):
    output = tmp_path / "tokyo.gpkg"
    result = load_citygml(shared_fixtures / "plateau" / TOKYO, output, skip_broken=True)
    for layer_name in ("building_lod0", "building_lod1", "building_lod2", "building_lod2_roof",
                       "building_lod2_wall", "building_lod2_ground"):
        assert len(check_index_and_extent(output, layer_name)) == result.layers[layer_name]
    triggers = {row[0] for row in sqlite3.connect(output).execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'building_lod2_roof'")}
    assert {"rtree_building_lod2_roof_geom_insert", "rtree_building_lod2_roof_geom_delete",
            "trigger_insert_feature_count_building_lod2_roof"} <= triggers
    dataset = ogr.Open(str(output), 1)  # an edit in QGIS or OGR afterwards: the index and the count follow
    layer = dataset.GetLayerByName("building_lod2_roof")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON Z (((0 0 1, 10 0 1, 10 10 1, 0 0 1)))"))
    layer.CreateFeature(feature)
    layer.DeleteFeature(1)
    dataset = None
    connection = sqlite3.connect(output)
    assert window_ids(connection, "rtree_building_lod2_roof_geom", (-1, 11, -1, 11)) == [result.layers[
        "building_lod2_roof"] + 1]
    assert connection.execute("SELECT count(*) FROM rtree_building_lod2_roof_geom WHERE id = 1").fetchone() == (0,)
    assert connection.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = "
                              "'building_lod2_roof'").fetchone() == (result.layers["building_lod2_roof"],)


def test_layers_too_large_to_pack_are_indexed_by_ogr_with_the_same_boxes(shared_fixtures, tmp_path, monkeypatch):
    source = shared_fixtures / "plateau" / TOKYO
    packed = check_index_and_extent(_load(source, tmp_path / "packed.gpkg"), "building_lod2_wall")
    monkeypatch.setattr(gpkg_writer, "PACKED_INDEX_ROWS", 10)
    by_ogr = check_index_and_extent(_load(source, tmp_path / "ogr.gpkg"), "building_lod2_wall")
    assert by_ogr.keys() == packed.keys()
    assert all(np.allclose(by_ogr[fid], packed[fid], rtol=0, atol=0.02) for fid in packed)


def _load(source, output):
    load_citygml(source, output, skip_broken=True)
    return output
