"""The kinds of catalog a user can open, and one call that fetches any of them as datasets."""

from dataclasses import dataclass

from ..errors import InputError
from ..progress import NO_PROGRESS
from . import ckan, local, plateau, terria


@dataclass(frozen=True)
class CatalogType:
    key: str
    default_url: str
    remote_text_search: bool = False  # the server searches the text (CKAN); others filter locally


# In this order in the algorithms' and the dock's (translated) type lists.
CATALOG_TYPES = [
    CatalogType("plateau", plateau.DATASETS_URL),
    CatalogType("plateau-citygml", plateau.DATASETS_URL),
    CatalogType("ckan", ckan.GEOSPATIAL_JP, remote_text_search=True),
    CatalogType("terria", ""),
    CatalogType("local", ""),
]
BY_KEY = {kind.key: kind for kind in CATALOG_TYPES}
SEARCH_DEADLINE_S = 300.0  # a whole search (every page of a CKAN portal), beyond each request's own deadline


def fetch(kind, location, client=None, query="", conditions="", max_results=1000, name="", progress=NO_PROGRESS):
    """(catalog name, datasets) of one catalog, read within SEARCH_DEADLINE_S.

    ``location`` is the catalog URL (or, for 'local', a file or folder; empty: the type's default URL);
    ``query`` is sent to servers that search (CKAN); ``conditions`` are PLATEAU CityGML search conditions.
    """
    if kind not in BY_KEY:
        raise InputError("unknown catalog type '{kind}'; use one of {types}", field="catalog type", kind=kind,
                         types=', '.join(BY_KEY))
    location = (location or "").strip() or BY_KEY[kind].default_url
    if not location:
        raise InputError("this catalog type needs a URL, file or folder", field="catalog")
    if kind == "local":
        return local.open_local(location, progress)
    if client is None:
        from ..net.http import HttpClient

        client = HttpClient()
    with client.operation(SEARCH_DEADLINE_S):
        return _fetch_remote(kind, location, client, query, conditions, max_results, name, progress)


def _fetch_remote(kind, location, client, query, conditions, max_results, name, progress):
    if kind == "plateau":
        catalog = plateau.PlateauCatalog(client, location, name or plateau.CATALOG_NAME)
        return catalog.name, catalog.datasets(progress)
    if kind == "plateau-citygml":
        if not conditions.strip():
            raise InputError("give CityGML search conditions: city codes (13101,13102), m:<mesh code>, "
                             "r:<lon,lat[,lon,lat]> or g:<place name>", field="conditions")
        catalog = plateau.PlateauCatalog(client, location, name or plateau.CATALOG_NAME)
        return catalog.name, catalog.citygml(conditions.strip(), progress)
    if kind == "ckan":
        catalog = ckan.CkanCatalog(client, location, name or location)
        return catalog.name, catalog.search(query, max_results=max_results, progress=progress)
    catalog = terria.TerriaCatalog(client, location, name or "TerriaJS catalog")
    return catalog.name, catalog.datasets(progress)
