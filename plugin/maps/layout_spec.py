"""The resident-map page designs: which boxes go where on A4 portrait, A4 landscape and A3 landscape.

Plain data (no qgis) so it can be read and tested alone; plugin/maps/qgis_layout.py turns it into QGIS layouts and
scripts/make_layout_templates.py saves those as the .qpt templates in resources/layouts/.
"""

from dataclasses import dataclass

JAPANESE_FONT = "Noto Sans CJK JP"  # Debian's fonts-noto-cjk; QGIS falls back to a CJK-capable font elsewhere


@dataclass(frozen=True)
class Paper:
    name: str  # template file stem
    size: str  # QGIS page size name
    width_mm: float
    height_mm: float
    label: str  # what users see

    @property
    def landscape(self):
        return self.width_mm > self.height_mm

    @property
    def text_scale(self):
        """Fonts grow with the paper so an A3 print reads like an A4 one held closer."""
        return max(self.width_mm, self.height_mm) / 297.0


PAPERS = {
    "a4_portrait": Paper("a4_portrait", "A4", 210.0, 297.0, "A4 portrait"),
    "a4_landscape": Paper("a4_landscape", "A4", 297.0, 210.0, "A4 landscape"),
    "a3_landscape": Paper("a3_landscape", "A3", 420.0, 297.0, "A3 landscape"),
}

# Item boxes as fractions of the page (x, y, width, height), by orientation. Item ids are what the exporter fills.
PORTRAIT_BOXES = {
    "title": (0.05, 0.025, 0.90, 0.05),
    "subtitle": (0.05, 0.075, 0.62, 0.03),
    "date": (0.67, 0.075, 0.28, 0.03),
    "main_map": (0.05, 0.11, 0.90, 0.60),
    "north_arrow": (0.885, 0.12, 0.055, 0.05),
    "scalebar": (0.06, 0.665, 0.40, 0.035),
    "legend": (0.05, 0.72, 0.50, 0.20),
    "inset_map": (0.57, 0.72, 0.38, 0.13),
    "notes": (0.57, 0.855, 0.38, 0.065),
    "attribution": (0.05, 0.93, 0.90, 0.045),
}
LANDSCAPE_BOXES = {
    "title": (0.035, 0.03, 0.93, 0.07),
    "subtitle": (0.035, 0.10, 0.62, 0.04),
    "date": (0.70, 0.10, 0.265, 0.04),
    "main_map": (0.035, 0.15, 0.66, 0.76),
    "north_arrow": (0.645, 0.165, 0.04, 0.07),
    "scalebar": (0.045, 0.855, 0.30, 0.045),
    "legend": (0.71, 0.15, 0.255, 0.37),
    "inset_map": (0.71, 0.53, 0.255, 0.22),
    "notes": (0.71, 0.76, 0.255, 0.15),
    "attribution": (0.035, 0.92, 0.93, 0.06),
}

# Point sizes on A4; multiplied by Paper.text_scale.
FONT_SIZES = {"title": 20.0, "subtitle": 11.0, "date": 9.0, "notes": 8.5, "attribution": 6.5, "legend_title": 10.0,
              "legend_group": 9.0, "legend_item": 8.0, "scalebar": 7.5}


def boxes_mm(paper):
    """{item id: (x, y, width, height) in millimetres} for a paper."""
    fractions = LANDSCAPE_BOXES if paper.landscape else PORTRAIT_BOXES
    return {item: (x * paper.width_mm, y * paper.height_mm, w * paper.width_mm, h * paper.height_mm)
            for item, (x, y, w, h) in fractions.items()}
