"""Dialogs that tell the person at the till what happened and what to do next."""
