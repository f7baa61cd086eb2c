"""Frozen-build entry point (PyInstaller cannot start from ``app/__main__.py`` directly)."""

from app.__main__ import main

main()
