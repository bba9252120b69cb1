"""Per-building solar potential from an irradiation raster: roof area, usable area, capacity, yield, CO2, class.

Rules (both official in Japan: the Tokyo Solar Atlas method and PLATEAU's solar-potential method):
- Tokyo Solar Atlas: count roof pixels with slope < 3° (any orientation) or 3-60° facing east through south to
  west (aspect 90-270°), only where annual irradiation >= 1,100 kWh/m²; capacity = 0.1 kW/m² × counted area.
- PLATEAU: 0.167 kW/m² over 80 % of the roof area, only roofs >= 10 m², slope <= 60°; flat roofs are modelled as
  panels tilted 15° to the south (their irradiation × the open 15°-south / horizontal ratio of the climate);
  yield E = P · H · 0.88.
Both rules: yield = capacity × mean irradiation of the counted roof × performance ratio (kWh/yr; irradiation in
kWh/m², capacity in kW at 1 kW/m²), CO2 avoided = yield × emission factor.
Roof pixels are the pixels whose centre lies in the footprint with slope <= 60° (steeper ones are walls and roof
edges); areas are real surface areas (pixel area / cos slope).
Suitability: "high" >= 1,200 kWh/m², "medium" >= 1,100 (the Atlas threshold), "low" below, "unsuitable" when no
capacity can be placed.
"""

import numpy as np

RULES = ("tokyo_atlas", "plateau")
MAX_ROOF_SLOPE = 60.0
FLAT_SLOPE = 3.0
ATLAS_MIN_IRRADIATION = 1100.0
ATLAS_DENSITY = 0.1  # kW/m²
PLATEAU_DENSITY = 0.167  # kW/m²
PLATEAU_USABLE_SHARE = 0.8
PLATEAU_MIN_ROOF = 10.0  # m²
PLATEAU_FLAT_TILT = 15.0
PERFORMANCE_RATIO = 0.88
DEFAULT_EMISSION_FACTOR = 0.45  # kg-CO2/kWh; set the utility's adjusted factor
SUITABILITY = ((1200.0, "high"), (1100.0, "medium"), (-np.inf, "low"))


def plateau_capacity(roof_area):
    """kW for a roof of ``roof_area`` m² (0 below 10 m²)."""
    roof_area = np.asarray(roof_area, dtype=float)
    return np.where(roof_area >= PLATEAU_MIN_ROOF, PLATEAU_DENSITY * PLATEAU_USABLE_SHARE * roof_area, 0.0)


def annual_yield(capacity_kw, irradiation, performance_ratio=PERFORMANCE_RATIO):
    """kWh/yr from kW and kWh/m²/yr (kW at standard 1 kW/m²)."""
    return np.asarray(capacity_kw, dtype=float) * np.asarray(irradiation, dtype=float) * performance_ratio


def suitability(capacity_kw, irradiation):
    classes = []
    for capacity, value in zip(np.atleast_1d(capacity_kw), np.atleast_1d(irradiation), strict=True):
        if not capacity > 0:
            classes.append("unsuitable")
        else:
            classes.append(next(label for threshold, label in SUITABILITY if value >= threshold))
    return classes


def building_potential(irradiation, slope_deg, aspect_deg, building, buildings, pixel_area, rule="tokyo_atlas",
                       flat_roof_gain=1.0, performance_ratio=PERFORMANCE_RATIO,
                       emission_factor=DEFAULT_EMISSION_FACTOR):
    """Per-building results (dict of arrays of length ``buildings``) from whole rasters.

    ``building``: int raster, the building number (0..buildings-1) of each pixel, -1 outside buildings;
    ``irradiation``: annual kWh/m² (NaN where unknown); ``slope_deg``/``aspect_deg`` from the DSM.
    """
    sums = RoofSums(buildings, pixel_area, flat_roof_gain)
    sums.add(irradiation, slope_deg, aspect_deg, building)
    return sums.potential(rule, performance_ratio, emission_factor)


class RoofSums:
    """Per-building sums over roof pixels, added tile by tile (so a whole ward never sits in memory at once)."""

    def __init__(self, buildings, pixel_area, flat_roof_gain=1.0):
        self.buildings, self.pixel_area, self.flat_roof_gain = buildings, pixel_area, flat_roof_gain
        names = ("roof_area", "roof_energy", "plateau_energy", "atlas_area", "atlas_energy")
        self.sums = {name: np.zeros(buildings) for name in names}

    def add(self, irradiation, slope_deg, aspect_deg, building):
        irradiation = np.asarray(irradiation, dtype=float)
        slope = np.asarray(slope_deg, dtype=float)
        inside = (building >= 0) & np.isfinite(irradiation) & (slope <= MAX_ROOF_SLOPE)
        ids, slope, value = building[inside], slope[inside], irradiation[inside]
        surface = self.pixel_area / np.cos(np.radians(slope))
        facing_sun = (np.asarray(aspect_deg, dtype=float)[inside] >= 90.0) & \
            (np.asarray(aspect_deg, dtype=float)[inside] <= 270.0)
        counted = ((slope < FLAT_SLOPE) | facing_sun) & (value >= ATLAS_MIN_IRRADIATION)
        # PLATEAU: flat roofs carry panels tilted 15° south
        plateau_value = np.where(slope < FLAT_SLOPE, value * self.flat_roof_gain, value)
        for name, weights, chosen in (("roof_area", surface, None), ("roof_energy", surface * value, None),
                                      ("plateau_energy", surface * plateau_value, None),
                                      ("atlas_area", surface, counted), ("atlas_energy", surface * value, counted)):
            if chosen is not None:
                self.sums[name] += np.bincount(ids[chosen], weights=weights[chosen], minlength=self.buildings)
            else:
                self.sums[name] += np.bincount(ids, weights=weights, minlength=self.buildings)

    def potential(self, rule="tokyo_atlas", performance_ratio=PERFORMANCE_RATIO,
                  emission_factor=DEFAULT_EMISSION_FACTOR):
        if rule not in RULES:
            raise ValueError(f"rule must be one of {RULES}")
        sums = self.sums
        roof_area = sums["roof_area"]
        with np.errstate(invalid="ignore", divide="ignore"):
            if rule == "tokyo_atlas":
                usable = sums["atlas_area"]
                capacity = ATLAS_DENSITY * usable
                counted_mean = sums["atlas_energy"] / usable
                roof_mean = sums["roof_energy"] / roof_area
            else:
                capacity = plateau_capacity(roof_area)
                usable = np.where(capacity > 0, PLATEAU_USABLE_SHARE * roof_area, 0.0)
                counted_mean = roof_mean = sums["plateau_energy"] / roof_area
            # over the counted area; over the whole roof when nothing counts (small or dark roofs still show one)
            mean = np.where(usable > 0, counted_mean, roof_mean)
        yield_kwh = np.where(capacity > 0, annual_yield(capacity, np.nan_to_num(mean), performance_ratio), 0.0)
        return {
            "roof_area": roof_area,
            "usable_area": usable,
            "mean_irradiation": mean,
            "capacity_kw": capacity,
            "yield_kwh": yield_kwh,
            "co2_t": yield_kwh * emission_factor / 1000.0,
            "suitability": suitability(capacity, np.nan_to_num(mean)),
        }
