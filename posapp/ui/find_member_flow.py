"""The find-member flow: search and save requests on the worker thread, answers to the page.

Signals:
    sign_up_requested(str, str): key attribute and text, to prefill the signup form.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from posapp.engage import InvalidRequest, MultipleMatches, NotFound
from posapp.engage.models import Contact
from posapp.ui.dialogs.problem_dialog import ProblemDialog
from posapp.ui.find_member_page import FindMemberPage
from posapp.ui.request_flow import RequestFlow
from posapp.ui.request_runner import RequestRunner

if TYPE_CHECKING:
    from posapp.engage.client import EngageClient

log = logging.getLogger("posapp.ui")


class FindMemberFlow(RequestFlow):
    """Connects the find-member page to the runner, and failures to the right words."""

    sign_up_requested = Signal(str, str)

    def __init__(self, page: FindMemberPage, runner: RequestRunner,
                 dialog_parent: QWidget) -> None:
        super().__init__(runner, page)
        self._page = page
        self._dialog_parent = dialog_parent
        self._kind = ""
        self._retry: tuple[str, Any] | None = None
        page.search_requested.connect(self.search)
        page.save_requested.connect(self.save)
        page.sign_up_requested.connect(self.sign_up_requested)

    @Slot(str, str)
    def search(self, key: str, value: str) -> None:
        """Look the member up by one key, then read their details."""
        def job(client: EngageClient) -> Contact:
            return client.find_contact(key, value,  # type: ignore[arg-type]
                                       budget=client.lookup_budget())
        self._begin("search", job, (key, value))

    @Slot(str, dict)
    def save(self, contact_id: str, changes: dict[str, Any]) -> None:
        """PATCH only the changed attributes."""
        def job(client: EngageClient) -> Contact:
            return client.update_contact(contact_id, changes, budget=client.lookup_budget())
        self._begin("save", job, (contact_id, dict(changes)))

    def open_contact(self, contact: Contact | str) -> None:
        """Show a member already known (from the 409 dialog); reads it again if only an id."""
        if isinstance(contact, Contact):
            self._page.show_member(contact)
            return
        def job(client: EngageClient) -> Contact:
            return client.get_contact(contact, budget=client.lookup_budget())
        self._begin("search", job, None)

    def _begin(self, kind: str, job: Any, args: Any) -> None:
        if self._start(job):
            self._kind = kind
            self._retry = (kind, args) if args is not None else None
            log.info("find member: %s started", kind)

    def _set_busy(self, busy: bool) -> None:
        self._page.set_busy(busy)

    def _succeeded(self, contact: object) -> None:
        assert isinstance(contact, Contact)
        if self._kind == "save":
            self._page.show_member(contact, self.tr("Saved. This is what Engage holds now."))
        else:
            self._page.show_member(contact)

    def _failed(self, error: BaseException) -> None:
        log.info("find member: %s failed: %s", self._kind, type(error).__name__)
        if isinstance(error, NotFound) and self._kind == "search":
            self._page.show_not_found()
        elif isinstance(error, MultipleMatches):
            self._page.show_multiple(error.count)
        elif isinstance(error, InvalidRequest) and self._kind == "search":
            self._page.mark_search_invalid(error.message or "")
        else:
            self._page.outcome.clear()
            dialog = ProblemDialog(error, self._dialog_parent, operation_saves=False)
            if self._kind == "save" and dialog.retry_button is not None:
                dialog.advice.setText(dialog.advice.text() + " " + self.tr(
                    "Saving a change again is safe: it cannot create anything twice."))
            dialog.accepted.connect(self._on_retry)
            self._open_dialog(dialog)

    @Slot()
    def _on_retry(self) -> None:
        if self._retry is None:
            return
        kind, args = self._retry
        if kind == "search":
            self.search(*args)
        else:
            self.save(*args)
