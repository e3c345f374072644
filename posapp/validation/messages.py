"""Every message the validators can show, marked for Qt's translation tool without Qt.

``pyside6-lupdate`` finds strings by the *name* ``QT_TRANSLATE_NOOP(context, text)``, not
by what the function does, so this plain-Python stand-in lets the validation package stay
free of Qt (testable, importable by the emulator) while the UI still gets every template
into its ``.ts`` files. The UI shows a message with
``QCoreApplication.translate("validation", result.message).format(**result.args)``.

Rules for this file: one template per module-level constant, each written literally as
``QT_TRANSLATE_NOOP("validation", "…")`` (lupdate reads the source, it cannot follow
variables); short, plain words for a cashier; numbers only through ``{placeholders}``.

Counts: the validators stay free of Qt, so a count's plural form is chosen here rather than
with Qt's ``%n``: a template for exactly one and one for every other number. That is every
plural rule of the five UI languages (Swedish, Finnish, Norwegian, Danish and English all
have "one" for 1 and "other" for the rest, 0 included).
"""

from __future__ import annotations

CONTEXT = "validation"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    return text


# --- shared ---------------------------------------------------------------------------
TOO_LONG = QT_TRANSLATE_NOOP("validation", "Too long")
TOO_LONG_MAX = QT_TRANSLATE_NOOP("validation", "Too long — at most {max} characters")
MORE_DIGITS = QT_TRANSLATE_NOOP("validation", "Enter {digits} more digits")
ONE_MORE_DIGIT = QT_TRANSLATE_NOOP("validation", "Enter 1 more digit")
AT_LEAST_MORE_DIGITS = QT_TRANSLATE_NOOP("validation", "Enter at least {digits} more digits")
AT_LEAST_ONE_MORE_DIGIT = QT_TRANSLATE_NOOP("validation", "Enter at least 1 more digit")
MORE_CHARACTERS = QT_TRANSLATE_NOOP("validation", "Enter {count} more characters")
ONE_MORE_CHARACTER = QT_TRANSLATE_NOOP("validation", "Enter 1 more character")
NO_SPACES = QT_TRANSLATE_NOOP("validation", "No spaces allowed")
UNUSABLE_CHARACTERS = QT_TRANSLATE_NOOP("validation", "Contains characters that cannot be used")
DATE_IN_FUTURE = QT_TRANSLATE_NOOP("validation", "Date is in the future")
NO_SUCH_DATE = QT_TRANSLATE_NOOP("validation", "No such date")

# --- mobilePhone ----------------------------------------------------------------------
PHONE_CHARACTERS = QT_TRANSLATE_NOOP("validation", "Use only digits, spaces and + - ( )")
PHONE_PLUS_FIRST = QT_TRANSLATE_NOOP("validation", "+ can only come first")
PHONE_ENTER_MORE = QT_TRANSLATE_NOOP("validation", "Enter more digits")
PHONE_ENTER_COUNTRY_CODE = QT_TRANSLATE_NOOP("validation", "Enter the country code")
PHONE_UNKNOWN_COUNTRY_CODE = QT_TRANSLATE_NOOP("validation", "Unknown country code")
PHONE_NEEDS_PLUS = QT_TRANSLATE_NOOP("validation", "Start with + and the country code")
PHONE_FOREIGN_HINT = QT_TRANSLATE_NOOP(
    "validation", "Foreign number? Start with + and the country code"
)
PHONE_TOO_MANY_DIGITS = QT_TRANSLATE_NOOP("validation", "Too many digits")
PHONE_NOT_MOBILE = QT_TRANSLATE_NOOP("validation", "Not a mobile number")
PHONE_NOT_VALID = QT_TRANSLATE_NOOP("validation", "Not a valid phone number")

# --- socialSecurityNumber -------------------------------------------------------------
PIN_NOT_A_NUMBER = QT_TRANSLATE_NOOP("validation", "Not a personal identity number")
PIN_WRONG_LENGTH = QT_TRANSLATE_NOOP("validation", "Wrong length — use 10 or 12 digits")
PIN_TOO_MANY_DIGITS = QT_TRANSLATE_NOOP("validation", "Too many digits")
PIN_CENTURY = QT_TRANSLATE_NOOP("validation", "The year must start with 18, 19 or 20")
PIN_CHECK_DIGIT = QT_TRANSLATE_NOOP("validation", "Check digit is wrong — check the number")
PIN_NO_SUCH_DATE = QT_TRANSLATE_NOOP("validation", "No such date — check the number")
PIN_INDIVIDUAL_NUMBER = QT_TRANSLATE_NOOP(
    "validation", "The three digits after the date must be 002–899"
)
PIN_TEMPORARY = QT_TRANSLATE_NOOP("validation", "Temporary identity numbers are not accepted")

# --- email ----------------------------------------------------------------------------
EMAIL_ADD_AT = QT_TRANSLATE_NOOP("validation", "Add @ and the domain")
EMAIL_ONE_AT = QT_TRANSLATE_NOOP("validation", "Only one @ allowed")
EMAIL_ENTER_LOCAL = QT_TRANSLATE_NOOP("validation", "Enter the part before @")
EMAIL_BAD_LOCAL = QT_TRANSLATE_NOOP("validation", "Check the part before @")
EMAIL_LOCAL_TOO_LONG = QT_TRANSLATE_NOOP(
    "validation", "The part before @ is too long — at most {max} characters"
)
EMAIL_ENTER_DOMAIN = QT_TRANSLATE_NOOP("validation", "Enter the part after @")
EMAIL_FINISH_DOMAIN = QT_TRANSLATE_NOOP("validation", "Finish the part after @, e.g. .se")
EMAIL_BAD_DOMAIN = QT_TRANSLATE_NOOP("validation", "Check the part after @")
# A look-alike letter from another alphabet among the address's letters (scripts.py).
EMAIL_CYRILLIC_LETTER = QT_TRANSLATE_NOOP(
    "validation", "Contains a Cyrillic letter: {letter} — retype it"
)
EMAIL_GREEK_LETTER = QT_TRANSLATE_NOOP(
    "validation", "Contains a Greek letter: {letter} — retype it"
)
EMAIL_OTHER_ALPHABET = QT_TRANSLATE_NOOP(
    "validation", "A letter from another alphabet: {letter} — retype it"
)
# Not a result's message: the UI shows it beside the field, formatted with the result's
# ``derived["suggestion"]``, while the result itself stays what the address is.
EMAIL_DID_YOU_MEAN = QT_TRANSLATE_NOOP("validation", "Did you mean {suggestion}?")

# --- birthDay -------------------------------------------------------------------------
DATE_FORMAT = QT_TRANSLATE_NOOP("validation", "Write the date as YYYY-MM-DD")
DATE_TOO_OLD = QT_TRANSLATE_NOOP("validation", "More than {years} years ago")

# --- names, address, codes ------------------------------------------------------------
NAME_CHARACTERS = QT_TRANSLATE_NOOP("validation", "Use only letters, spaces and - ' .")
NAME_NEEDS_LETTER = QT_TRANSLATE_NOOP("validation", "Enter at least one letter")
COUNTRY_TWO_LETTERS = QT_TRANSLATE_NOOP("validation", "Use a two-letter country code")
COUNTRY_UNKNOWN = QT_TRANSLATE_NOOP("validation", "Not a known country code")
LANG_TWO_LETTERS = QT_TRANSLATE_NOOP("validation", "Use a two-letter language code, e.g. sv")
LANG_UNKNOWN = QT_TRANSLATE_NOOP("validation", "Not a known language code")
GENDER_CHOICES = QT_TRANSLATE_NOOP("validation", "Choose Male, Female or Other")
ZIP_CHARACTERS = QT_TRANSLATE_NOOP("validation", "Use only letters, digits, spaces and -")


def all_messages() -> frozenset[str]:
    """Every template defined above: the tests check that validators use nothing else."""
    return frozenset(
        value
        for name, value in globals().items()
        if name.isupper() and name != "CONTEXT" and isinstance(value, str)
    )
