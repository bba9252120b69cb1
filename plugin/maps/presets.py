"""Presets for the analyses' resident maps: the title, subtitle and notes residents read, in Japanese, and how each
result layer is drawn and named in the legend.

A layer matches a style rule by its kind (raster or vector), a field it has, or its GeoPackage layer name; the
first rule that matches gives the bundled style (resources/styles/<style>.qml, class labels in plain Japanese) and
the legend name. Layers no rule matches keep their own style and name.
"""

PRESETS = {
    "none": {
        "label": "None",
        "title": "地図",
        "subtitle": "",
        "notes": "",
    },
    "flood": {
        "label": "Flood exposure",
        "title": "洪水浸水想定区域と建物の浸水リスク",
        "subtitle": "想定最大規模降雨 (L2) による浸水の深さ",
        "notes": "浸水の深さは想定です。実際の浸水はこれと異なることがあります。避難場所と避難経路を日頃から"
                 "確認してください。",
    },
    "solar": {
        "label": "Solar potential",
        "title": "屋根の太陽光発電ポテンシャル",
        "subtitle": "年間日射量 (kWh/m²) と建物ごとの設置可能容量",
        "notes": "日射量は建物や地形の影を考慮した推計値です。設置の可否は建物の構造や条件により異なります。",
    },
    "barrierfree": {
        "label": "Barrier-free",
        "title": "段差のない経路と到達圏",
        "subtitle": "車いす・ベビーカーで通行できる経路",
        "notes": "階段・段差・急な坂を避けた経路です。工事などで通れない場合があります。",
    },
}

# preset -> [(kind "raster"/"vector", field or None, GeoPackage layer name or None, style, legend name)]
STYLE_RULES = {
    "flood": [
        ("vector", "flood_rank", None, "flood_buildings", "建物の浸水の深さ（ランク）"),
        ("vector", "class", None, "flood_areas", "浸水する範囲"),
        ("raster", None, None, "flood_depth", "浸水の深さ"),
    ],
    "solar": [
        ("vector", "capacity_kw", None, "solar_potential", "屋根の太陽光発電の適性"),
        ("raster", None, None, "solar_irradiation", "年間の日射量 (kWh/m²)"),
    ],
    "barrierfree": [
        ("vector", None, "route", "barrierfree_route", "車いすで通れる経路"),
        ("vector", None, "plain_route", "barrierfree_plain_route", "通常の最短経路"),
        ("vector", None, "barriers", "barrierfree_barriers", "経路上のバリア（階段・段差など）"),
        ("vector", None, "service_areas", "barrierfree_service_areas", "段差なしで行ける範囲"),
        ("vector", None, "reachable_links", "barrierfree_reachable_links", "段差なしで行ける道"),
        ("vector", None, "hotspots", "barrierfree_hotspots", "改善が必要な箇所"),
        ("vector", None, "links", "barrierfree_links", "歩行者ネットワーク"),
    ],
}

PRESET_NAMES = list(PRESETS)


def style_rule(preset, kind, fields, layer_name):
    """(style, legend name) of the first rule of the preset the layer matches, or None."""
    for rule_kind, field, name, style, legend in STYLE_RULES.get(preset, []):
        if rule_kind == kind and (field is None or field in fields) and (name is None or name == layer_name):
            return style, legend
    return None


def preset_texts(name, title="", subtitle="", notes=""):
    """The preset's texts, each replaced by the user's own where the user gave one."""
    preset = PRESETS[name]
    return {
        "title": title or preset["title"],
        "subtitle": subtitle or preset["subtitle"],
        "notes": notes or preset["notes"],
    }
