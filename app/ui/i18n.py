"""Interface language: loads ClusterBench's and Qt's own translations.

The language is read from the settings when the application starts (``create_app``); a
change in the settings dialog is used from the next start. Until one is chosen there, the
desktop's language is used when ClusterBench speaks it (``choose_interface_language``).
Questionnaire texts follow the same setting through ``Text.get(language)``, falling back to
English. The translation sources live in ``resources/translations``;
``scripts/update_translations.sh`` refreshes and compiles them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.errors import Phrase
from app.paths import RESOURCES_DIR
from app.settings import LANGUAGES, SOURCE_LANGUAGE, Settings

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"

_installed: list[QTranslator] = []
#: The language the translators were last switched to (``install_translator``).
_in_use = SOURCE_LANGUAGE


def translation_file(language: str) -> Path:
    """The compiled translation (.qm) of ``language``."""
    return TRANSLATIONS_DIR / f"clusterbench_{language}.qm"


def choose_interface_language(chosen: Settings) -> str:
    """The language chosen in the settings; before any choice, the first of the desktop's
    languages that ClusterBench speaks, which is then written to the settings as the choice
    (English is not written: a later start looks at the desktop again)."""
    if chosen.is_set(Settings.language):
        return chosen.language
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            if code != SOURCE_LANGUAGE:
                chosen.language = code
            return code
    return SOURCE_LANGUAGE


def install_translator(language: str) -> bool:
    """Switch the application's translators to ``language``; English needs none.

    Returns whether ClusterBench's own translation was loaded. Widgets built afterwards
    use the new language; windows already open keep their texts.
    """
    global _in_use
    app = QCoreApplication.instance()
    if app is None:
        return False
    _in_use = language if language in LANGUAGES else SOURCE_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return False
    loaded = False
    ours = QTranslator(app)
    if ours.load(str(translation_file(language))):
        app.installTranslator(ours)
        _installed.append(ours)
        loaded = True
    else:
        log.warning("no translation file for %s in %s", language, TRANSLATIONS_DIR)
    # Qt's own texts: standard buttons (Save, Cancel), file dialogs, context menus.
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    return loaded


def language_in_use() -> str:
    """The language the interface is shown in now."""
    return _in_use


def translated(message: str) -> str:
    """A message for the user in the interface language: a ``Phrase`` (an error that kept
    its English template) is translated with its values; other text is shown as it is."""
    if not isinstance(message, Phrase):
        return message
    values = {
        name: translated(value) if isinstance(value, Phrase) else value
        for name, value in message.values.items()
    }
    text = QCoreApplication.translate("Messages", message.template)
    return text.format(**values) if values else text
