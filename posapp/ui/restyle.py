"""Re-styling a widget when a dynamic property its style sheet rules select on changes.

Qt applies ``QLineEdit[validation="invalid"]``-style rules when a widget is polished, so a
changed property needs an unpolish and a polish; with the style sheet that is the costliest
part of a keystroke, and ~2.5 ms for a combo box. So only when the value really changed,
and only for a widget already polished: one still being built gets the property alone, and
its first polish (when it is shown) reads it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def restyle(widget: QWidget, *, labels: bool = False) -> None:
    """Apply the style sheet to ``widget`` again (and to its labels, whose rules may name
    the widget's properties); nothing for a widget not polished yet."""
    from PySide6.QtCore import Qt  # a changed property: not on the first frame's path

    targets = [widget, *(widget.findChildren(QLabel) if labels else ())]
    style = widget.style()
    for target in targets:
        if target.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            style.unpolish(target)
            style.polish(target)


def set_style_property(widget: QWidget, name: str, value: object, *,
                       labels: bool = False) -> bool:
    """Set the property ``name`` and re-style ``widget`` if the value changed; True if so."""
    if widget.property(name) == value:
        return False
    widget.setProperty(name, value)
    restyle(widget, labels=labels)
    return True
