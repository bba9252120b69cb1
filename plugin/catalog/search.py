"""Search over a catalog's datasets: facet filters (prefecture/city/ward, type, format, year, LOD) and free text,
fast enough to run on every keystroke over the whole PLATEAU list (~10,000 datasets)."""

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

FACETS = ("pref", "city", "ward", "data_type", "format", "year", "lod")


def normalise(text):
    """Folded for matching: NFKC (全角 -> half width, compatibility ideographs), lower case."""
    text = str(text)
    return text.lower() if text.isascii() else _fold(text)


@lru_cache(maxsize=1 << 16)  # place names, types and formats repeat across thousands of datasets
def _fold(text):
    return unicodedata.normalize("NFKC", text).lower()


@dataclass
class Query:
    """What the user asks for; empty fields do not filter. Place and type fields accept a name or a code
    (pref '東京都' or '13', city '千代田区' or '13101', data_type '建築物モデル' or 'bldg')."""

    text: str = ""
    pref: str = ""
    city: str = ""
    ward: str = ""
    data_type: str = ""
    format: str = ""
    year: str = ""
    lod: str = ""


class CatalogIndex:
    """Datasets with, per facet, value -> positions, and one folded text per dataset for free-text search."""

    def __init__(self, datasets):
        self.datasets = list(datasets)
        self._texts = [_search_text(d) for d in self.datasets]
        self._facets = {name: {} for name in FACETS}
        for position, dataset in enumerate(self.datasets):
            for name, keys in _facet_keys(dataset).items():
                for key in keys:
                    if key:
                        self._facets[name].setdefault(key, []).append(position)

    def __len__(self):
        return len(self.datasets)

    def search(self, query=None, limit=None, **fields):
        """Datasets matching every given facet and every word of ``text``, in catalog order."""
        query = query or Query(**fields)
        positions = None
        for name in FACETS:
            wanted = getattr(query, name)
            if wanted not in ("", None):
                found = self._facets[name].get(normalise(wanted), [])
                positions = found if positions is None else _intersect(positions, found)
        words = normalise(query.text).split()
        candidates = range(len(self.datasets)) if positions is None else positions
        if words:
            texts = self._texts
            candidates = [i for i in candidates if all(word in texts[i] for word in words)]
        result = [self.datasets[i] for i in candidates]
        return result[:limit] if limit else result

    def facet_values(self, name):
        """The values users pick from for a facet, as shown in the catalog (not folded), sorted."""
        attribute = {"year": "year"}.get(name, name)
        values = {str(getattr(d, attribute)) for d in self.datasets if getattr(d, attribute) not in ("", None)}
        return sorted(values)


def _intersect(first, second):
    keep = set(second)
    return [position for position in first if position in keep]


def _facet_keys(dataset):
    return {
        "pref": (normalise(dataset.pref), dataset.pref_code),
        "city": (normalise(dataset.city), dataset.city_code),
        "ward": (normalise(dataset.ward), dataset.ward_code),
        "data_type": (normalise(dataset.data_type), normalise(dataset.data_type_en)),
        "format": {normalise(dataset.format)} | {normalise(r.format) for r in dataset.resources},
        "year": (str(dataset.year) if dataset.year else "",),
        "lod": (normalise(dataset.lod),),
    }


def _search_text(dataset):
    parts = [dataset.title, dataset.publisher, dataset.pref, dataset.city, dataset.ward, dataset.data_type,
             dataset.data_type_en, dataset.format, dataset.group, dataset.id, dataset.city_code, dataset.ward_code,
             " ".join(dataset.tags), str(dataset.year or ""), f"lod{dataset.lod}" if dataset.lod else ""]
    return normalise("\n".join(part for part in parts if part))
