"""The PLATEAU data catalog API: ``plateau-datasets`` (3D Tiles and MVT per city, ward, type, LOD, year) and the
CityGML file search ``citygml/{conditions}`` in both its answer shapes (``{"cities": [...]}`` and the older single
city object). The API is a trial that may change: unknown fields are ignored, missing ones tolerated.
"""

import gc
import re

from ..errors import InputError
from ..net.http import NetError, json_list
from ..progress import NO_PROGRESS
from .model import (
    CITYGML,
    DOWNLOAD,
    PLATEAU_ATTRIBUTION,
    PLATEAU_LICENCE,
    Dataset,
    Resource,
    recognise,
)

API_ROOT = "https://api.plateauview.mlit.go.jp/datacatalog"
DATASETS_URL = f"{API_ROOT}/plateau-datasets"
CATALOG_NAME = "PLATEAU data catalog"
PUBLISHER = "国土交通省 (MLIT) Project PLATEAU"


def _text(value):
    return "" if value is None else str(value)


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an infinite float
        return None


def parse_datasets(answer, url=DATASETS_URL):
    """Datasets of a ``plateau-datasets`` answer, one per entry, each with its tileset / tile template resource."""
    entries = answer.get("datasets") if isinstance(answer, dict) else None
    if not isinstance(entries, list):
        raise NetError("{catalog}: {url} did not answer a 'datasets' list; is it the plateau-datasets endpoint?",
                       catalog=CATALOG_NAME, url=url)
    gc_was_on = gc.isenabled()
    gc.disable()  # 10,000 entries make ~60,000 objects and no cycles: collections in between only cost time
    try:
        return [dataset_of_entry(entry) for entry in entries if isinstance(entry, dict) and entry.get("url")]
    finally:
        if gc_was_on:
            gc.enable()


def dataset_of_entry(entry):
    fmt, kind = recognise(_text(entry.get("format")), "", _text(entry.get("url")))
    layers = entry.get("layers") or []
    lod = _text(entry.get("lod"))
    resource = Resource(url=entry["url"], name=_text(entry.get("name")), format=fmt, kind=kind,
                        layers=[str(layer) for layer in layers] if isinstance(layers, list) else [], lod=lod)
    city_code = _text(entry.get("city_code"))
    return Dataset(
        id=_text(entry.get("id")) or entry["url"], title=_text(entry.get("name")), catalog=CATALOG_NAME,
        publisher=PUBLISHER, licence=PLATEAU_LICENCE, attribution=PLATEAU_ATTRIBUTION,
        pref=_text(entry.get("pref")), pref_code=_text(entry.get("pref_code")) or city_code[:2],
        city=_text(entry.get("city")), city_code=city_code, ward=_text(entry.get("ward")),
        ward_code=_text(entry.get("ward_code")), data_type=_text(entry.get("type")),
        data_type_en=_text(entry.get("type_en")), format=fmt, lod=lod, year=_int_or_none(entry.get("year")),
        description=f"spec {entry['spec']}" if entry.get("spec") else "",
        tags=["texture"] if entry.get("texture") else [], resources=[resource])


_CITY_CODE = re.compile(r"^\d{5}$")
_MESH_CODE = re.compile(r"^\d{6}(\d{2}(\d{1,2})?)?$")


def citygml_conditions(city_codes=(), mesh_codes=(), bbox=None, place=""):
    """The ``{conditions}`` path segment: city codes '13101,13102', meshes 'm:53394525', a point or bbox
    'r:lon,lat[,lon,lat]' (WGS 84), or a place name 'g:...'. Exactly one kind of condition."""
    given = [bool(city_codes), bool(mesh_codes), bbox is not None, bool(place)]
    if sum(given) != 1:
        raise InputError("give exactly one of: city codes, mesh codes, a bounding box or a place name",
                         field="conditions")
    if city_codes:
        bad = [code for code in city_codes if not _CITY_CODE.match(str(code))]
        if bad:
            raise InputError("{codes} is not a 5-digit city code", field="city_codes", codes=', '.join(map(str, bad)))
        return ",".join(map(str, city_codes))
    if mesh_codes:
        bad = [code for code in mesh_codes if not _MESH_CODE.match(str(code))]
        if bad:
            raise InputError("{codes} is not a 6, 8 or 9/10-digit mesh code", field="mesh_codes",
                             codes=', '.join(map(str, bad)))
        return "m:" + ",".join(map(str, mesh_codes))
    if bbox is not None:
        if len(bbox) not in (2, 4):
            raise InputError("a bounding box is lon,lat or min lon,min lat,max lon,max lat", field="bbox")
        return "r:" + ",".join(f"{float(value):.6f}".rstrip("0").rstrip(".") for value in bbox)
    return "g:" + place.strip()


def parse_citygml(answer, url=""):
    """Datasets of a ``citygml/{conditions}`` answer: per city, one dataset per feature type with a resource per
    mesh file (its LOD is the file's maxLod), and one for the city's whole release zip."""
    if not isinstance(answer, dict):
        raise NetError("{catalog}: {url} did not answer a JSON object", catalog=CATALOG_NAME, url=url)
    if isinstance(answer.get("cities"), list):
        cities = answer["cities"]
    elif "cityCode" in answer:  # older deployments: a single city object
        cities = [answer]
    else:
        raise NetError("{catalog}: {url} answered neither 'cities' nor a city object", catalog=CATALOG_NAME, url=url)
    type_names = _type_names(answer)
    datasets = []
    for city in cities:
        if isinstance(city, dict):
            type_names.update(_type_names(city))
            datasets += _city_datasets(city, type_names)
    return datasets


def _type_names(obj):
    types = obj.get("featureTypes")
    if not isinstance(types, dict):
        return {}
    return {key: _text(value.get("name")) if isinstance(value, dict) else _text(value) for key, value in types.items()}


def _city_datasets(city, type_names):
    code = _text(city.get("cityCode"))
    name = _text(city.get("cityName"))
    year = _int_or_none(city.get("year"))
    common = dict(catalog=CATALOG_NAME, publisher=PUBLISHER, licence=PLATEAU_LICENCE, attribution=PLATEAU_ATTRIBUTION,
                  city=name, city_code=code, pref_code=code[:2], year=year, format="CityGML",
                  description=f"spec {city['spec']}" if city.get("spec") else "")
    datasets = []
    files = city.get("files") if isinstance(city.get("files"), dict) else {}
    for type_en, entries in files.items():
        resources = [
            Resource(url=_text(item["url"]), name=f"{item.get('code', '')} {type_en}".strip(), format="CityGML",
                     kind=CITYGML, lod=_text(item.get("maxLod")), mesh_code=_text(item.get("code")))
            for item in json_list(entries) if isinstance(item, dict) and item.get("url")
        ]
        if not resources:
            continue
        type_name = type_names.get(type_en, "") or type_en
        lods = [int(r.lod) for r in resources if r.lod.isdigit()]
        datasets.append(Dataset(id=f"{code}_{type_en}_citygml_{year or ''}".rstrip("_"),
                                title=f"{type_name}（{name}）CityGML", data_type=type_name, data_type_en=type_en,
                                lod=str(max(lods)) if lods else "", resources=resources, **common))
    if city.get("url"):
        extras = [Resource(url=u, name="metadata", format="ZIP", kind=DOWNLOAD)
                  for u in json_list(city.get("metadataZipUrls")) if isinstance(u, str)]
        datasets.append(Dataset(id=f"{code}_citygml_{year or ''}".rstrip("_"), title=f"{name} CityGML 一式 (zip)",
                                data_type="CityGML一式", data_type_en="citygml",
                                resources=[Resource(url=_text(city["url"]), name=f"{name} CityGML", format="CityGML",
                                                    kind=CITYGML)] + extras, **common))
    return datasets


class PlateauCatalog:
    """The PLATEAU API through an HttpClient."""

    def __init__(self, client, datasets_url=DATASETS_URL, name=CATALOG_NAME):
        self.client = client
        self.datasets_url = datasets_url
        self.name = name

    @property
    def citygml_root(self):
        return self.datasets_url.rsplit("/", 1)[0] + "/citygml"

    def datasets(self, progress=NO_PROGRESS):
        answer = self.client.get_json(self.datasets_url, self.name, progress=progress)
        return parse_datasets(answer, self.datasets_url)

    def citygml(self, conditions, progress=NO_PROGRESS):
        from urllib.parse import quote

        url = f"{self.citygml_root}/{quote(conditions, safe=':,.')}"
        return parse_citygml(self.client.get_json(url, self.name, progress=progress), url)
