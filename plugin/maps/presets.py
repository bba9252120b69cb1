"""Presets for the analyses' resident maps: the title, subtitle and notes residents read, in Japanese, and how each
result layer is drawn and named in the legend.

A layer matches a style rule by its kind (raster or vector), a field it has, or its GeoPackage layer name; the
first rule that matches gives the bundled style (resources/styles/<style>.qml, class labels in plain Japanese) and
the legend name. Layers no rule matches keep their own style and name.
"""

PRESETS = {
    "none": {
        "title": "地図",
        "subtitle": "",
        "notes": "",
    },
    "flood": {
        "title": "洪水浸水想定区域と建物の浸水リスク",
        "subtitle": "想定最大規模降雨 (L2) による浸水の深さ",
        "notes": "浸水の深さは想定です。実際の浸水はこれと異なることがあります。避難場所と避難経路を日頃から"
                 "確認してください。",
    },
    "solar": {
        "title": "屋根の太陽光発電ポテンシャル",
        "subtitle": "年間日射量 (kWh/m²) と建物ごとの設置可能容量",
        "notes": "日射量は建物や地形の影を考慮した推計値です。設置の可否は建物の構造や条件により異なります。",
    },
    "barrierfree": {
        "title": "段差のない経路と到達圏",
        "subtitle": "車いす・ベビーカーで通行できる経路",
        "notes": "階段・段差・急な坂を避けた経路です。工事などで通れない場合があります。",
    },
}

# preset -> [(kind "raster"/"vector", fields the layer must all have or None, GeoPackage layer name or None, style,
# legend name)]. Buildings of the flood preset are matched by their rank field (building_rank_field) before these.
STYLE_RULES = {
    "flood": [
        # the inundation algorithm's areas: "class" alone would also match PLATEAU buildings' building class
        ("vector", ("class", "min_depth_m"), None, "flood_areas", "浸水する範囲"),
        ("raster", None, None, "flood_depth", "浸水の深さ"),
    ],
    "solar": [
        ("vector", ("capacity_kw",), None, "solar_potential", "屋根の太陽光発電の適性"),
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
HAZARD_STYLES = ("flood_areas", "flood_depth")  # drawn semi-transparent under the buildings
BUILDINGS_STYLE = "flood_buildings"
AREAS_STYLE = "flood_areas"
BUILDINGS_LEGEND = "建物の浸水の深さ（ランク）"
BUILDINGS_LEGEND_WITH_HAZARD = "建物（色は浸水の深さと同じ）"  # the depth classes are listed once, by the hazard
NO_RANK_LABEL = "浸水の想定なし"

# Field names the layers give a building's flood rank (1-6, the GSI depth classes), most specific first:
# loadcitygml's L2 (想定最大規模) rank, the exposure algorithm's rank, then L1 (計画規模).
RANK_FIELDS = ("flood_l2_rank", "flood_rank", "flood_l1_rank")
# ... or its PLATEAU rank label (uro:rank's code list text), when only that was kept.
RANK_LABEL_FIELDS = ("flood_l2_rank_label", "flood_l1_rank_label", "rank_label")
# PLATEAU's RiverFloodingRiskAttribute_rank code list: label -> rank (both the "3m" and "3.0m" spellings occur)
RANK_BY_LABEL = {"0.5m未満": 1, "0.5m以上3m未満": 2, "3m以上5m未満": 3, "5m以上10m未満": 4, "10m以上20m未満": 5,
                 "20m以上": 6}


def building_rank_field(fields, chosen="", text_fields=()):
    """(field, is_label) holding the buildings' flood rank, or None when the layer has none.

    ``chosen``, a field the user picked, wins; it may hold ranks (1-6) or, when it is one of ``text_fields``, PLATEAU
    rank labels ("3m以上5m未満")."""
    if chosen:
        return (chosen, chosen in text_fields) if chosen in fields else None
    for field in RANK_FIELDS:
        if field in fields:
            return field, False
    for field in RANK_LABEL_FIELDS:
        if field in fields:
            return field, True
    return None


BUILDING_FEATURE_TYPES = {"Building", "BuildingPart"}
AREAS_LEGEND = "浸水する範囲"


def ranked_areas(fields, feature_types):
    """Whether a layer with a rank field holds hazard areas, not buildings: PLATEAU's fld/tnm/htd water bodies
    loaded by loadcitygml carry flood_rank too, with a feature_type other than Building."""
    return "feature_type" in fields and bool(feature_types) and not set(feature_types) & BUILDING_FEATURE_TYPES


def rank_expression(field, is_label):
    """A QGIS expression giving the rank 1-6 (NULL for none) from the rank field or PLATEAU rank label."""
    quoted = '"{}"'.format(field.replace('"', '""'))
    if not is_label:
        return quoted
    cases = " ".join(f"WHEN replace({quoted}, '.0m', 'm') = '{label}' THEN {rank}"
                     for label, rank in RANK_BY_LABEL.items())
    return f"CASE {cases} END"


PRESET_NAMES = list(PRESETS)


def style_rule(preset, kind, fields, layer_name):
    """(style, legend name) of the first rule of the preset the layer matches, or None."""
    for rule_kind, needed, name, style, legend in STYLE_RULES.get(preset, []):
        if rule_kind == kind and all(field in fields for field in needed or ()) and name in (None, layer_name):
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
