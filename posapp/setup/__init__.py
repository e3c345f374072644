"""The set-up dialog's rules, without Qt, so that they are tested without widgets.

``fields``: the values the dialog edits and where in ``config.toml`` each is written.
``problems``: the form checked with config.py's own rules, each problem sorted to its field
by where it is and worded by its code. ``keys``: which API key Test connection uses and
what Save does with it. ``write_problems``: why a file could not be written. ``model``: one
editing session, answering each button with a plain result that the dialog
(``posapp/ui/dialogs/setup_dialog.py``) translates and shows.
"""
