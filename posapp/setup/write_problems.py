"""Why ``config.toml`` could not be written, by errno: one whole sentence each, with what
to do, and the system's own (English) words kept apart for IT."""

from __future__ import annotations

import errno

from posapp.setup.message import Message
from posapp.validation.messages import QT_TRANSLATE_NOOP

WRITE_PROBLEMS: tuple[tuple[frozenset[int], str], ...] = (
    (frozenset({errno.EACCES, errno.EPERM}),
     QT_TRANSLATE_NOOP("SetupDialog", "This user may not change that file or its folder. Run "
                       "the set-up as a user who may, or point POSAPP_CONFIG at another "
                       "file.")),
    (frozenset({errno.EROFS}),
     QT_TRANSLATE_NOOP("SetupDialog", "It is on a read-only disk. Point POSAPP_CONFIG at a "
                       "file on another disk.")),
    (frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}),
     QT_TRANSLATE_NOOP("SetupDialog", "The disk is full. Free some space, then save again.")),
    (frozenset({errno.ENOENT, errno.ENOTDIR}),
     QT_TRANSLATE_NOOP("SetupDialog", "A folder on the way to it is missing or is a file. "
                       "Check the path, or point POSAPP_CONFIG at another file.")),
    (frozenset({errno.EISDIR}),
     QT_TRANSLATE_NOOP("SetupDialog", "That name is a folder, not a file. Point "
                       "POSAPP_CONFIG at a file.")),
)
WRITE_OTHER = QT_TRANSLATE_NOOP("SetupDialog", "Run the set-up as a user who may change "
                                "that file, or point POSAPP_CONFIG at another file.")


def write_problem(exc: OSError) -> Message:
    """The sentence for a failed write; its detail is the system's words and errno name."""
    sentence = next((text for numbers, text in WRITE_PROBLEMS if exc.errno in numbers),
                    WRITE_OTHER)
    name = errno.errorcode.get(exc.errno or 0, type(exc).__name__)
    return Message(sentence, detail=f"{exc.strerror} ({name})" if exc.strerror else name)
