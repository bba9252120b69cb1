"""The PLATEAU codelists (gml:Dictionary) the sample's CityGML refers to through codeSpace.

Building and flood-risk entries follow PLATEAU's published codelists; the river description and the local
authorities hold only what this district uses.
"""

from lxml import etree

GML = "http://www.opengis.net/gml"
RANKS = {"1": "0.5m未満", "2": "0.5m以上3m未満", "3": "3m以上5m未満", "4": "5m以上10m未満", "5": "10m以上20m未満",
         "6": "20m以上"}
ADMIN_TYPES = {"1": "国", "2": "都道府県"}
RIVERS = {"1": "荒川水系荒川"}
INLAND_MAPS = {"1": "墨田区内水浸水想定区域（サンプル）"}

CODELISTS = {
    "Building_class.xml": {"3000": "分類しない建物", "3001": "普通建物", "3002": "堅ろう建物", "3003": "普通無壁舎",
                           "3004": "堅ろう無壁舎"},
    "Building_usage.xml": {
        "401": "業務施設", "402": "商業施設", "403": "宿泊施設", "404": "商業系複合施設", "411": "住宅",
        "412": "共同住宅",
        "413": "店舗等併用住宅", "414": "店舗等併用共同住宅", "415": "作業所併用住宅", "421": "官公庁施設",
        "422": "文教厚生施設", "431": "運輸倉庫施設", "441": "工場", "451": "農林漁業用施設", "452": "供給処理施設",
        "453": "防衛施設", "454": "その他", "461": "不明"},
    "Building_roofType.xml": {"1": "切妻屋根", "2": "寄棟屋根", "3": "方形屋根", "4": "陸屋根", "5": "片流れ屋根",
                              "9020": "不明"},
    "BuildingDetailAttribute_buildingStructureType.xml": {
        "601": "木造・土蔵造", "602": "鉄骨鉄筋コンクリート造", "603": "鉄筋コンクリート造", "604": "鉄骨造",
        "605": "軽量鉄骨造", "606": "レンガ造・コンクリートブロック造・石造", "610": "非木造", "611": "不明"},
    "BuildingRiverFloodingRiskAttribute_description.xml": RIVERS,
    "BuildingRiverFloodingRiskAttribute_rank.xml": RANKS,
    "BuildingRiverFloodingRiskAttribute_adminType.xml": ADMIN_TYPES,
    "BuildingRiverFloodingRiskAttribute_scale.xml": {"1": "L1（計画規模）", "2": "L2（想定最大規模）"},
    "WaterBodyRiverFloodingRiskAttribute_description.xml": RIVERS,
    "WaterBodyRiverFloodingRiskAttribute_rank.xml": RANKS,
    "WaterBodyRiverFloodingRiskAttribute_adminType.xml": ADMIN_TYPES,
    "WaterBodyRiverFloodingRiskAttribute_scale.xml": {"L1": "L1（計画規模）", "L2": "L2（想定最大規模）"},
    "WaterBody_class.xml": {"1140": "Flooded land"},
    "WaterBodyInlandFloodingRiskAttribute_description.xml": INLAND_MAPS,
    "WaterBodyInlandFloodingRiskAttribute_rank.xml": RANKS,
    "WaterBody_function.xml": {"1": "洪水浸水想定区域", "4": "内水浸水想定区域"},
    "Common_localPublicAuthorities.xml": {"13": "東京都", "13107": "東京都墨田区"},
}


def dictionary(file_name, entries):
    """A gml:Dictionary document (bytes) as PLATEAU publishes its codelists."""
    root = etree.Element(f"{{{GML}}}Dictionary", nsmap={"gml": GML})
    root.set(f"{{{GML}}}id", f"cl_{file_name.removesuffix('.xml')}")
    etree.SubElement(root, f"{{{GML}}}name").text = file_name.removesuffix(".xml")
    for number, (code, description) in enumerate(entries.items(), start=1):
        definition = etree.SubElement(etree.SubElement(root, f"{{{GML}}}dictionaryEntry"), f"{{{GML}}}Definition")
        definition.set(f"{{{GML}}}id", f"id{number}")
        etree.SubElement(definition, f"{{{GML}}}description").text = description
        etree.SubElement(definition, f"{{{GML}}}name").text = code
    etree.indent(root, space="\t")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
