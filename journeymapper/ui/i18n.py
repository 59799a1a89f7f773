"""Loading translations: JourneyMapper's own .qm files and Qt's qtbase strings."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("en", "ru", "uk", "lv")


def system_language() -> str:
    """The system's UI language if JourneyMapper speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language``; returns those that loaded (may be none)."""
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if language != "en" and qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    # English ships only the plural forms ("%n dot(s)" -> "1 dot", "2 dots").
    folder = resources.files("journeymapper") / "resources" / "translations"
    candidate = folder / f"journeymapper_{language}.qm"
    if candidate.is_file():
        ours = QTranslator(app)
        # load(bytes) would keep a pointer into a temporary; a file is read in by Qt itself
        with resources.as_file(candidate) as path:
            loaded = ours.load(str(path))
        if loaded:
            app.installTranslator(ours)
            installed.append(ours)
    return installed
