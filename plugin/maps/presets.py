"""Presets for the analyses' resident maps: the default title, subtitle and notes residents read, in Japanese.

One preset fills the layout texts for a kind of result; styling of the result layers stays with the analyses
(their algorithms load outputs with the bundled .qml styles, whose class labels are plain Japanese).
"""

PRESETS = {
    "none": {
        "label": "None (なし)",
        "title": "地図",
        "subtitle": "",
        "notes": "",
    },
    "flood": {
        "label": "Flood exposure (浸水想定)",
        "title": "洪水浸水想定区域と建物の浸水リスク",
        "subtitle": "想定最大規模降雨 (L2) による浸水の深さ",
        "notes": "浸水の深さは想定です。実際の浸水はこれと異なることがあります。避難場所と避難経路を日頃から"
                 "確認してください。",
    },
    "solar": {
        "label": "Solar potential (日射量・太陽光発電)",
        "title": "屋根の太陽光発電ポテンシャル",
        "subtitle": "年間日射量 (kWh/m²) と建物ごとの設置可能容量",
        "notes": "日射量は建物や地形の影を考慮した推計値です。設置の可否は建物の構造や条件により異なります。",
    },
    "barrierfree": {
        "label": "Barrier-free (バリアフリー)",
        "title": "段差のない経路と到達圏",
        "subtitle": "車いす・ベビーカーで通行できる経路",
        "notes": "階段・段差・急な坂を避けた経路です。工事などで通れない場合があります。",
    },
}

PRESET_NAMES = list(PRESETS)


def preset_texts(name, title="", subtitle="", notes=""):
    """The preset's texts, each replaced by the user's own where the user gave one."""
    preset = PRESETS[name]
    return {
        "title": title or preset["title"],
        "subtitle": subtitle or preset["subtitle"],
        "notes": notes or preset["notes"],
    }
