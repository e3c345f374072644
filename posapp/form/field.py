"""One field of a form: its text, the validator's verdict, and what Engage said of it.

The widgets show a field; they do not decide anything about it. Whether it may be left as
it is (``acceptable``), what goes to Engage (``value``), whether its text is one posapp
filled in itself (a birthday read from the personal number) and whether Engage refused it
(a 422) all live here, in plain Python.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from posapp.form.attributes import Attribute
from posapp.validation.result import EMPTY, FieldContext, FieldResult, FieldState


class Gap(enum.Enum):
    """Why a field stands in the way of saving."""

    EMPTY = "empty"  # mandatory and nothing typed
    UNFINISHED = "unfinished"  # typed, but not yet (or not) a valid value
    REFUSED = "refused"  # Engage refused it (422) and it has not been edited since


@dataclass
class FormField:
    """The state of one attribute's field; ``asked`` is False where the screen fills it in
    itself (the kiosk's country and language)."""

    spec: Attribute = field(repr=False)
    required: bool
    asked: bool = True
    text: str = ""
    result: FieldResult = EMPTY
    # Engage's message for the field after a 422 ("" when Engage gave none); None = none.
    refusal: str | None = None
    # The text posapp filled in itself, while nobody has edited it since.
    derived_text: str | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        """The Engage attribute."""
        return self.spec.name

    def set_text(self, text: str, context: FieldContext, *, derived: bool = False) -> None:
        """New text (typed, or filled in by posapp when ``derived``): validated at once;
        an edit clears Engage's refusal."""
        self.text = text
        self.result = self.spec.validate(text, context)
        self.refusal = None
        self.derived_text = text if derived else None

    def revalidate(self, context: FieldContext) -> bool:
        """Validate the same text under a new context; True when the verdict changed."""
        result = self.spec.validate(self.text, context)
        changed = result != self.result
        self.result = result
        return changed

    @property
    def holds_derived_value(self) -> bool:
        """True while the text is the one posapp filled in."""
        return self.derived_text is not None and self.text == self.derived_text

    @property
    def gap(self) -> Gap | None:
        """Why the field blocks saving, or None when it may stay as it is."""
        if self.refusal is not None:
            return Gap.REFUSED
        state = self.result.state
        if state is FieldState.VALID:
            return None
        if state is FieldState.EMPTY:
            return Gap.EMPTY if self.required else None
        return Gap.UNFINISHED

    @property
    def acceptable(self) -> bool:
        """Valid, or empty and optional, and not refused by Engage."""
        return self.gap is None

    @property
    def value(self) -> str | None:
        """The normalised value to send, or None."""
        return self.result.value if self.result.state is FieldState.VALID else None
