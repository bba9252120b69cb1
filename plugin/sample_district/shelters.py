"""The district's evacuation sites as GSI publishes them (指定緊急避難場所データ): a Shift_JIS CSV, hazard flags 1 or
empty, JGD2011 latitude / longitude. The school is the network's shelter facility; two more sites are placed so
that the shelter analysis has a choice: a community centre for floods and a park for earthquakes and fires only."""

from ..shelters.gsi import (
    ADDRESS_COLUMN,
    GSI_HAZARD_COLUMNS,
    ID_COLUMN,
    LATITUDE_COLUMN,
    LONGITUDE_COLUMN,
    NAME_COLUMN,
    NOTE_COLUMN,
    SAME_AS_SHELTER_COLUMN,
    Hazard,
)
from .site import CITY_CODE, lonlat_coordinates

FLOODS = {Hazard.FLOOD, Hazard.INLAND_FLOOD, Hazard.STORM_SURGE, Hazard.EARTHQUAKE}
# name, address, hazards, also a 指定避難所, where: the network facility of that kind, or (u, v) as shares of the
# district's width and height
SITES = [
    ("区立川辺小学校", "東京都墨田区川辺一丁目1番1号", FLOODS | {Hazard.TSUNAMI, Hazard.LARGE_FIRE}, True, "shelter"),
    ("川辺コミュニティセンター", "東京都墨田区川辺三丁目5番2号", FLOODS, True, (0.15, 0.85)),
    ("川辺中央公園", "東京都墨田区川辺二丁目", {Hazard.EARTHQUAKE, Hazard.LARGE_FIRE}, False, (0.85, 0.9)),
]
HEADER = ["NO", ID_COLUMN, NAME_COLUMN, ADDRESS_COLUMN, *(column for column, _ in GSI_HAZARD_COLUMNS),
          SAME_AS_SHELTER_COLUMN, LATITUDE_COLUMN, LONGITUDE_COLUMN, NOTE_COLUMN]


def gsi_csv(district, net) -> bytes:
    """The CSV bytes (cp932, CRLF, as GSI's downloads are)."""
    facilities = {facility["kind"]: facility for facility in net.facilities}
    rows = [",".join(HEADER)]
    for number, (name, address, hazards, also_shelter, where) in enumerate(SITES, start=1):
        position = facilities[where]["position"] if isinstance(where, str) else \
            (where[0] * district.width, where[1] * district.height)
        ((lon, lat),) = lonlat_coordinates([position])
        flags = ["1" if hazard in hazards else "" for _, hazard in GSI_HAZARD_COLUMNS]
        rows.append(",".join([str(number), f"{CITY_CODE}{number:04d}", name, address, *flags,
                              "1" if also_shelter else "", f"{lat:.6f}", f"{lon:.6f}", "合成データ"]))
    return ("\r\n".join(rows) + "\r\n").encode("cp932")
