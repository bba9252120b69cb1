"""Japanese and English UI text: Qt Linguist files in resources/i18n, chosen by the QGIS locale setting."""

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .errors import ENGINE_CONTEXT, DigitalTwinError, Words

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
CONTEXT = "DigitalTwin"


def tr(text, context=CONTEXT):
    return QCoreApplication.translate(context, text)


def engine_tr(template):
    """An engine message template in the UI language (context Engine, collected by scripts/translations.py)."""
    return QCoreApplication.translate(ENGINE_CONTEXT, template)


def engine_text(value):
    """What to show for engine words: an engine error or a Progress.info line (Words) in the UI language; anything
    else (a Python exception, plain text) as str() gives it."""
    return value.localized(engine_tr) if isinstance(value, DigitalTwinError | Words) else str(value)


def user_language():
    """Two-letter language of the QGIS UI ('ja', 'en', ...), honouring the 'override system locale' setting."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "") or ""
    else:
        locale = QgsApplication.locale() or ""
    return (locale or "en")[:2]


def install_translator(language=None):
    """Load resources/i18n/digital_twin_<lang>.qm into the application; return the translator, or None."""
    qm_file = I18N_DIR / f"digital_twin_{language or user_language()}.qm"
    if not qm_file.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm_file)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
