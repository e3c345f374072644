"""The words for a staff PIN that is shut for a while: the kiosk's pad and the till's set-up.

Kept in the "PinPad" translation context, where the kiosk's pad first said them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

# Pauses up to this long are said in seconds, longer ones in whole minutes (rounded up).
SECONDS_UP_TO = 90


def lockout_message(seconds: int) -> str:
    """"Too many wrong PINs. Try again in …", in seconds or in minutes."""
    if seconds <= SECONDS_UP_TO:
        return QCoreApplication.translate(
            "PinPad", "Too many wrong PINs. Try again in %n seconds.", "", seconds)
    return QCoreApplication.translate(
        "PinPad", "Too many wrong PINs. Try again in %n minutes.", "", math.ceil(seconds / 60))
