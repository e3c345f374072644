"""The store's key index agrees with a full comparison: after patches, for duplicates,
for lookups by any key, and for attributes it does not index."""

from __future__ import annotations

from posapp.emulator.store import ContactStore

from .helpers import PHONE, PHONE_2


def test_a_patched_key_is_found_under_its_new_value_only() -> None:
    store = ContactStore()
    contact_id = store.seed({"mobilePhone": PHONE, "email": "A@Example.se"}, "Member",
                            "mobilePhone", False)
    assert store.find(["email"], "a@example.se", None) == [contact_id]
    result = store.patch(contact_id, {"Member": "mobilePhone"}, {"mobilePhone": PHONE_2,
                                                                 "email": ""}, None, None)
    assert isinstance(result, dict)
    assert store.find(["mobilePhone"], PHONE_2, "Member") == [contact_id]
    assert store.find(["mobilePhone"], PHONE, "Member") == []
    assert store.find(["email"], "a@example.se", None) == []
    assert store.reserve("Member", "mobilePhone", PHONE) == "ok", "the old key is free"


def test_duplicates_are_found_oldest_first_and_by_type() -> None:
    store = ContactStore()
    first = store.seed({"mobilePhone": PHONE}, "Member", "mobilePhone", False)
    second = store.seed({"mobilePhone": "+46 70 174 06 05"}, "Member", "mobilePhone", True)
    other = store.seed({"mobilePhone": PHONE}, "Contact", "socialSecurityNumber", False)
    assert store.find(["mobilePhone"], PHONE, "Member") == [first, second]
    assert store.find(["mobilePhone"], PHONE, None) == [first, second, other]
    assert store.count("mobilePhone", PHONE, "Member") == 2


def test_unindexed_attributes_are_still_counted_and_clear_empties_the_index() -> None:
    store = ContactStore()
    store.seed({"mobilePhone": PHONE, "firstName": "Åsa"}, "Member", "mobilePhone", False)
    assert store.count("firstName", "Åsa") == 1
    store.clear()
    assert store.count("mobilePhone", PHONE) == 0
    assert store.reserve("Member", "mobilePhone", PHONE) == "ok"
