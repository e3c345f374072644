"""Words the set-up dialog shows, chosen by a rule here and translated by the dialog."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: The translation context of every template of the set-up rules: the dialog's own, so
#: that a template reads the same whether the rules or the dialog chose it.
CONTEXT = "SetupDialog"


@dataclass(frozen=True)
class Message:
    """A template of the ``SetupDialog`` context and its arguments, translated first and
    formatted second; ``detail`` is another system's (or config.py's) own English words
    for IT, shown apart and never inside a translated sentence."""

    template: str
    args: Mapping[str, str] = field(default_factory=dict, hash=False)
    detail: str = ""

    def english(self) -> str:
        """The sentence in English (logs and tests; the dialog translates the template)."""
        return self.template.format(**self.args)
