"""Telling screen readers what changed, not only showing it in colour.

A validation message that appears beside a field is announced as an alert on the message
label and as a changed description on the field, so a screen reader user hears it while
typing, and hears it again when returning to the field.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def announce(message_label: QWidget, field: QWidget, text: str) -> None:
    """Announce ``text`` (already shown in ``message_label``) about ``field``."""
    # Imported here: QAccessible's enums take ~3 ms to build, which the first frame does
    # not need; ui/app.py loads them just after it.
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    message_label.setAccessibleName(text)
    field.setAccessibleDescription(text)
    if not QAccessible.isActive():
        return  # no assistive technology listening: nothing to send
    QAccessible.updateAccessibility(QAccessibleEvent(field, QAccessible.Event.DescriptionChanged))
    QAccessible.updateAccessibility(QAccessibleEvent(message_label, QAccessible.Event.Alert))
