"""Fuzz the MLIT pedestrian network engine (歩行空間ネットワークデータ, 2018 and 2024 codes, CSV and GeoJSON) from
file bytes to a routable graph: mutated link and node files load, or fail with an InputError naming the file."""

import json
import tempfile
from pathlib import Path

from fuzz.harness import json_bytes, mutated_bytes, mutated_json, only_own_errors
from hypothesis import example, given
from hypothesis import strategies as st

from digital_twin.plugin.barrierfree.graph import graph_for
from digital_twin.plugin.barrierfree.network import load_network
from digital_twin.plugin.barrierfree.profiles import UNKNOWN_POLICIES, load_profiles

DATA = Path(__file__).resolve().parent.parent / "data" / "barrierfree"
PROFILE = next(iter(load_profiles().values()))


def build(links, nodes, suffix, unknown_policy):
    """What the barrier-free algorithms do first: read the network, then its graph for a profile."""
    with tempfile.TemporaryDirectory() as folder:
        links_path, nodes_path = Path(folder) / f"links{suffix}", Path(folder) / f"nodes{suffix}"
        links_path.write_bytes(links)
        nodes_path.write_bytes(nodes)
        network = load_network(links_path, nodes_path)
        network.summary()
        graph_for(network, PROFILE, unknown_policy)


def _bytes(name):
    return (DATA / name).read_bytes()


CSV = {"links": _bytes("ladder_2018_links.csv"), "nodes": _bytes("ladder_2018_nodes.csv")}


def test_mlit_csv_nodes_with_shifted_columns():
    """Found by fuzzing: a header with one column too many puts longitudes in 'lat': PROJ's RuntimeError."""
    nodes = CSV["nodes"].replace(b"node_id,", b"node_id,extra,", 1)
    only_own_errors(build, CSV["links"], nodes, ".csv", UNKNOWN_POLICIES[0])


@given(form=st.sampled_from(["2018.csv", "2018.geojson", "2024.geojson"]), which=st.sampled_from(["links", "nodes"]),
       data=st.data(), unknown_policy=st.sampled_from(UNKNOWN_POLICIES))
@example(form="2018.geojson", which="links", data=None, unknown_policy=UNKNOWN_POLICIES[0])
def test_mlit_network(form, which, data, unknown_policy):
    code_set, suffix = form.split(".")
    files = {kind: _bytes(f"ladder_{code_set}_{kind}.{suffix}") for kind in ("links", "nodes")}
    seed = files[which]
    if data is None:  # the regressions fuzzing found: features and coordinates of the wrong JSON type
        for features in ([None, []], [{"type": "Feature", "geometry": {"type": "Point", "coordinates": None}}],
                         [{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [{}, [1, 2]]}}],
                         [{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[1, [2]]]}}]):
            only_own_errors(build, json_bytes({"type": "FeatureCollection", "features": features}),
                            files["nodes"], ".geojson", unknown_policy)
        return
    mutations = mutated_bytes(seed) if suffix == "csv" else \
        mutated_json(json.loads(seed)).map(json_bytes) | mutated_bytes(seed)
    files[which] = data.draw(mutations)
    only_own_errors(build, files["links"], files["nodes"], f".{suffix}", unknown_policy)
