"""Write the resident-map templates resources/layouts/<paper>.qpt from plugin/maps/layout_spec.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import headless  # noqa: E402

sys.path.insert(0, str(headless.plugin_link().parent))


def main():
    from qgis.core import QgsApplication, QgsProject

    app = QgsApplication([], False)
    app.initQgis()
    from digital_twin.plugin.maps.layout_spec import PAPERS
    from digital_twin.plugin.maps.qgis_layout import TEMPLATES_DIR, build_layout, save_template

    TEMPLATES_DIR.mkdir(parents=True, exist_ok=True)
    project = QgsProject()
    for name in PAPERS:
        path = TEMPLATES_DIR / f"{name}.qpt"
        layout = build_layout(project, name)
        save_template(layout, path)
        del layout  # layouts must go before the project and the application, or Qt crashes at exit
        print(f"wrote {path.relative_to(headless.ROOT)}")
    del project
    app.exitQgis()


if __name__ == "__main__":
    main()
