"""The Qt user interface. Widgets render state and forward intents; no HTTP here."""
