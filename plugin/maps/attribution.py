"""The data credit lines of a printed map, collected from the layers' own metadata.

Open-data licences (CC BY 4.0 for PLATEAU and Tokyo's data, ODbL for OpenStreetMap) require naming the source on
every printed map. The layers carry it: rights and licences in their metadata, an attribution in their server
properties. Layers that carry nothing are recognised by their source, for the few services everyone uses.

The map prints one line per source, in Japanese: ``出典：国土交通省 Project PLATEAU 3D都市モデル（CC BY 4.0）``. A
credit that already starts with 出典 (as PLATEAU's does) is not prefixed twice.
"""

import re

CREDIT_PREFIX = "出典："
# "出典:", "出典：", "データ出典: " ... at the start of a credit someone wrote
WRITTEN_PREFIX = re.compile(r"^\s*(データ)?出典\s*[:：]?\s*")

# (pattern in a layer's source, the source to name, its licence)
KNOWN_SOURCES = [
    (re.compile(r"openstreetmap|osm\.org|tile\.osm", re.I), "© OpenStreetMap contributors", "ODbL"),
    (re.compile(r"cyberjapandata\.gsi\.go\.jp", re.I), "地理院タイル", ""),
    (re.compile(r"https?://[^\s|]*plateau", re.I), "国土交通省 Project PLATEAU", "CC BY 4.0"),  # not file names
    (re.compile(r"metro\.tokyo\.lg\.jp|tokyo-digitaltwin|gic-tokyo", re.I), "東京都", "CC BY 4.0"),
]


def _clean(text):
    return " ".join(str(text).split()) if text else ""


def _source_name(text):
    return WRITTEN_PREFIX.sub("", _clean(text))


def _distinct(items):
    return list(dict.fromkeys(item for item in items if item))


def layer_credit(rights=(), licenses=(), attribution="", source=""):
    """(sources, licences) one layer names: its own metadata first; a known source only when it has none."""
    sources = _distinct(_source_name(item) for item in [*rights, attribution])
    licences = _distinct(_clean(item) for item in licenses)
    licences = [licence for licence in licences if not any(licence in name for name in sources)]
    if sources or licences:
        return sources, licences
    for pattern, name, licence in KNOWN_SOURCES:
        if pattern.search(source or ""):
            return [name], [licence] if licence else []
    return [], []


def credit_line(sources, licences):
    """``出典：A、B（CC BY 4.0）``; a licence alone (no source named) still prints."""
    licence_text = f"（{'、'.join(licences)}）" if licences else ""
    if not sources:
        return f"ライセンス：{'、'.join(licences)}" if licences else ""
    return CREDIT_PREFIX + "、".join(sources) + licence_text


def attribution_text(layers, extra=""):
    """One line per source, in the order the layers come, then ``extra`` (the user's own credits, one per line,
    for layers whose metadata names no source), each source named once.

    ``layers`` is an iterable of dicts with the keys of layer_credit().
    """
    lines, named = [], set()
    for layer in layers:
        sources, licences = layer_credit(**layer)
        new_sources = [name for name in sources if name not in named]
        if sources and not new_sources:
            continue
        named.update(sources)
        line = credit_line(new_sources, licences)
        if line and line not in lines:
            lines.append(line)
    for own in (_source_name(line) for line in str(extra or "").splitlines()):
        if own and own not in named and not any(own in line for line in lines):
            named.add(own)
            lines.append(CREDIT_PREFIX + own)
    return "\n".join(lines)
