"""The editor's widgets: main window, docks, dialogs; built by ``journeymapper.app``."""
