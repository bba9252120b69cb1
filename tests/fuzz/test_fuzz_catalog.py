"""Fuzz the catalog parsers (PLATEAU datasets and CityGML answers, CKAN package_search / package_show, TerriaJS
catalogs, local catalog files) through the catalog classes, with a client that answers mutated JSON: each call
gives datasets, or a DigitalTwinError naming the catalog. The HTTP layer itself is not fuzzed here."""

import json
import tempfile
from pathlib import Path

from fuzz.harness import SHARED_FIXTURES, json_bytes, mutated_bytes, mutated_json, only_own_errors
from hypothesis import example, given
from hypothesis import strategies as st

from digital_twin.plugin.catalog.ckan import CkanCatalog
from digital_twin.plugin.catalog.local import load_catalog_file, write_catalog_file
from digital_twin.plugin.catalog.plateau import PlateauCatalog
from digital_twin.plugin.catalog.terria import TerriaCatalog

DATA = Path(__file__).resolve().parent.parent / "data" / "catalog"


def _seed(path):
    return json.loads(path.read_text(encoding="utf-8"))


PLATEAU_DATASETS = _seed(DATA / "plateau_datasets.json")
PLATEAU_CITYGML = _seed(DATA / "citygml_cities.json")
CKAN_PACKAGE = _seed(DATA / "ckan_package_plateau.json")
CKAN_SEARCH = {"success": True, "result": {"count": 2, "results": [CKAN_PACKAGE["result"]] * 2}}
TERRIA = [_seed(path) for path in sorted(SHARED_FIXTURES.glob("catalog/terria_*.json"))] or [
    {"catalog": [{"type": "group", "name": "g", "members": [{"type": "3d-tiles", "name": "t", "url": "t.json"}]}]}]


class AnsweringClient:
    """An HttpClient stand-in: every get_json answers the same (already decoded) JSON value."""

    def __init__(self, answer):
        self.answer = answer

    def get_json(self, url, catalog, params=None, progress=None):  # noqa: ARG002 (HttpClient's signature)
        return self.answer


@given(answer=mutated_json(PLATEAU_DATASETS) | mutated_json(PLATEAU_CITYGML))
@example(answer={"cities": [{"cityCode": "13101", "files": {"bldg": True}}]})  # found by fuzzing: TypeError
@example(answer={"cities": [{"cityCode": "13101", "year": float("inf"), "url": 5}]})  # OverflowError
def test_plateau(answer):
    """The PLATEAU API's two answers: plateau-datasets and citygml/{conditions} (each parser gets both shapes)."""
    catalog = PlateauCatalog(AnsweringClient(answer))
    only_own_errors(catalog.datasets)
    only_own_errors(catalog.citygml, "13101")


@given(answer=mutated_json(CKAN_SEARCH) | mutated_json(CKAN_PACKAGE), show=st.booleans())
@example(answer={"success": True, "result": {"name": "p", "organization": "MLIT", "tags": 3, "extras": 1.5}},
         show=True)  # found by fuzzing: AttributeError / TypeError in parse_package
@example(answer={"success": True, "result": {"count": 2, "results": 7}}, show=False)  # TypeError
@example(answer={"success": True, "result": {"count": float("inf"), "results": []}}, show=False)  # OverflowError
@example(answer={"success": False, "error": "denied"}, show=False)  # AttributeError
def test_ckan(answer, show):
    catalog = CkanCatalog(AnsweringClient(answer), "https://ckan.example/", "CKAN")
    only_own_errors(lambda: catalog.package("x") if show else catalog.search("plateau", max_results=40))


@given(answer=st.sampled_from(TERRIA).flatmap(mutated_json))
@example(answer={"catalog": [{"type": ["group"], "name": "g"}]})  # found by fuzzing: unhashable list
def test_terria(answer):
    only_own_errors(TerriaCatalog(AnsweringClient(answer), "https://terria.example/init/catalog.json").datasets)


def _local_seed():
    from digital_twin.plugin.catalog.plateau import parse_datasets

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "catalog.json"
        write_catalog_file(path, "サンプル地区", parse_datasets(PLATEAU_DATASETS))
        return path.read_bytes()


LOCAL = _local_seed()


def _local_with(change):
    """The local catalog file after ``change`` to its first dataset."""
    document = json.loads(LOCAL)
    change(document["datasets"][0])
    return json_bytes(document)


@given(data=mutated_json(json.loads(LOCAL)).map(json_bytes) | mutated_bytes(LOCAL))
@example(data=b"\x82" + LOCAL)  # found by fuzzing: AttributeError on UnicodeDecodeError.msg
@example(data=_local_with(lambda dataset: dataset["resources"][0].update(name=["x"], kind="")))  # found: TypeError
@example(data=_local_with(lambda dataset: dataset.update(year=float("inf"))))  # found by fuzzing: OverflowError
@example(data=_local_with(lambda dataset: dataset["resources"][0].update(size="")))  # KeyError in the message
def test_local_catalog_file(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "catalog.json"
        path.write_bytes(data)
        only_own_errors(load_catalog_file, path)
