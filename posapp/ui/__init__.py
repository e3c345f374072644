"""The Qt user interface. Widgets render state and forward intents; no HTTP here."""

from posapp.feature_scan import install as _install_feature_scan

# Before any other module loads under PySide6's import hook: see posapp/feature_scan.py.
_install_feature_scan()
