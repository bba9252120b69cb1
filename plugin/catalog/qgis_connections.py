"""Catalog connections saved in the QGIS settings: name, type, URL and an optional authcfg id (the API key itself
stays in the QGIS authentication database). The built-in connections are always offered first."""

import json
from pathlib import Path

from qgis.core import QgsSettings

from ..i18n import tr
from . import ckan, plateau

SETTINGS_KEY = "digital_twin/catalog/connections"
SAMPLE_CATALOG = Path(__file__).resolve().parents[2] / "resources" / "sample_district" / "catalog.json"
TOKYO_TERRIA = "https://tokyo-digitaltwin.s3.ap-northeast-1.amazonaws.com/catalog/release20221018.json"


def builtin_connections():
    connections = [
        {"name": tr("PLATEAU data catalog (3D Tiles, MVT)"), "type": "plateau", "url": plateau.DATASETS_URL},
        {"name": tr("PLATEAU CityGML files (map extent or codes)"), "type": "plateau-citygml",
         "url": plateau.DATASETS_URL},
        {"name": "G空間情報センター (CKAN)", "type": "ckan", "url": ckan.GEOSPATIAL_JP},
        {"name": "東京都オープンデータカタログ (CKAN)", "type": "ckan", "url": ckan.TOKYO_OPEN_DATA},
        {"name": "東京都デジタルツイン3Dビューア (TerriaJS)", "type": "terria", "url": TOKYO_TERRIA},
    ]
    if SAMPLE_CATALOG.is_file():
        connections.insert(0, {"name": tr("Sample district (offline)"), "type": "local", "url": str(SAMPLE_CATALOG)})
    return [dict(item, builtin=True, authcfg="") for item in connections]


def user_connections(settings=None):
    settings = settings or QgsSettings()
    try:
        stored = json.loads(settings.value(SETTINGS_KEY, "[]") or "[]")
    except ValueError:
        return []  # a damaged setting must not break the dock
    return [dict(item, builtin=False) for item in stored
            if isinstance(item, dict) and item.get("name") and item.get("type") and item.get("url")]


def all_connections(settings=None):
    return builtin_connections() + user_connections(settings)


def save_user_connections(connections, settings=None):
    settings = settings or QgsSettings()
    keep = [{key: item.get(key, "") for key in ("name", "type", "url", "authcfg")} for item in connections
            if not item.get("builtin")]
    settings.setValue(SETTINGS_KEY, json.dumps(keep, ensure_ascii=False))


def add_connection(name, kind, url, authcfg="", settings=None):
    """Add or replace (same name) a user connection."""
    connections = [item for item in user_connections(settings) if item["name"] != name]
    connections.append({"name": name, "type": kind, "url": url, "authcfg": authcfg or ""})
    save_user_connections(connections, settings)


def remove_connection(name, settings=None):
    save_user_connections([item for item in user_connections(settings) if item["name"] != name], settings)
