"""The data attribution line of a printed map, collected from the layers' own metadata.

Open-data licences (CC BY 4.0 for PLATEAU and Tokyo's data, ODbL for OpenStreetMap) require naming the source on
every printed map. The layers carry it: rights and licences in their metadata, an attribution in their server
properties. Layers that carry nothing are recognised by their source, for the few services everyone uses.
"""

import re

# (pattern in a layer's source, the notice the provider asks for)
KNOWN_SOURCES = [
    (re.compile(r"openstreetmap|osm\.org|tile\.osm", re.I), "© OpenStreetMap contributors (ODbL)"),
    (re.compile(r"cyberjapandata\.gsi\.go\.jp", re.I), "出典: 国土地理院 (地理院タイル)"),
    (re.compile(r"https?://[^\s|]*plateau", re.I), "出典: 国土交通省 Project PLATEAU (CC BY 4.0)"),  # not file names
    (re.compile(r"metro\.tokyo\.lg\.jp|tokyo-digitaltwin|gic-tokyo", re.I), "出典: 東京都 (CC BY 4.0)"),
]


def _clean(text):
    return " ".join(str(text).split()) if text else ""


def layer_notices(rights=(), licenses=(), attribution="", source=""):
    """The notices one layer asks for: its own metadata first; a known source only when it has none."""
    own = [_clean(item) for item in [*rights, attribution, *licenses] if _clean(item)]
    if own:
        return own
    return [notice for pattern, notice in KNOWN_SOURCES if pattern.search(source or "")]


def attribution_text(layers, extra="", prefix="データ出典・ライセンス (Data sources): "):
    """One line for the map, each distinct notice once, in the order the layers come, then ``extra`` (the user's
    own notice, for layers whose metadata names no source).

    ``layers`` is an iterable of dicts with the keys of layer_notices().
    """
    seen = []
    for layer in layers:
        for notice in layer_notices(**layer):
            if notice not in seen:
                seen.append(notice)
    if _clean(extra) and _clean(extra) not in seen:
        seen.append(_clean(extra))
    return prefix + " / ".join(seen) if seen else ""
