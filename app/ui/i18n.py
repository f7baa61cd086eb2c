"""Interface language: loads ClusterBench's and Qt's own translations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import RESOURCES_DIR

log = logging.getLogger(__name__)

#: Languages the interface ships in (code -> name shown in settings).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"

_installed: list[QTranslator] = []


def install_translator(language: str) -> bool:
    """Switch the running application to ``language``; English needs no translator.

    Returns whether a translation was loaded. Widgets built afterwards use the new
    language; open windows retranslate on ``QEvent.LanguageChange``.
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en" or language not in LANGUAGES:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return False
    loaded = False
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS_DIR / f"clusterbench_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
        loaded = True
    else:
        log.warning("no translation file for %s", language)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    return loaded
