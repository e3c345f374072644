""""Did you mean anna@gmail.com?": near misses of the mail providers customers use.

A slip in the domain ("gmial.com", "hotmail.con", "gmailcom") makes an address that
passes every format check and reaches nobody: the club's mails bounce and the member is
lost. Most customers use one of a few dozen providers, so a domain that is *almost* one
of them is almost certainly a slip. The validator offers the corrected address; it never
changes or refuses what was typed, because a wrong guess must cost nothing.

What counts as a near miss of a provider in :data:`PROVIDERS`, for a domain of two labels
(name and top-level domain) or of one label (the dot forgotten):

* the name within a few keystrokes (:func:`name_allowance`): one for names of 4–6
  letters, two for longer ones, none for names of 3 letters or fewer (msn, gmx, me:
  every one-letter change is another real domain). A swapped pair, a missing or extra
  letter, or a neighbouring key on the keyboard costs one; any other wrong letter two;
  an accented letter (gmäil) or a look-alike from another alphabet (Cyrillic а) one;
* names that are ordinary words (live, mail, start, online, spray, proton) tolerate only
  a swapped pair: "life.se" and "main.dk" are somebody's real domains;
* a top-level domain that is a slip of the provider's: one keystroke away and no real
  top-level domain ("con", "cmo", "sw" for "se"), or a 3-letter one with a letter lost
  ("co", "cm", "om" for "com"; not for word names); for a brand with only one domain
  (gmail.com, icloud.com…) any top-level domain is a slip ("gmail.se");
* the dot missing ("gmailcom"), in the wrong place ("gmai.lcom"), doubled ("gmail..com")
  or typed as a comma ("gmail,com").

Never suggested: for an exact known domain (:data:`KNOWN`, which also lists real mail
domains close to a provider, e.g. mail.com and ymail.com next to gmail.com), for domains
with subdomains ("mail.company.se"), or for anything farther away. Company domains are
therefore left alone unless they are a keystroke from a provider's name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from posapp.validation.countries import ISO_3166_ALPHA2
from posapp.validation.scripts import LOOKALIKES

#: The domains suggested, most used first (the first wins when two are equally near):
#: global providers, then Swedish, Norwegian, Finnish and Danish ones.
PROVIDERS: tuple[str, ...] = (
    # global
    "gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.com", "yahoo.com",
    "me.com", "msn.com", "aol.com", "protonmail.com", "proton.me", "gmx.com", "gmx.net",
    "gmx.de",
    # Sweden
    "hotmail.se", "live.se", "yahoo.se", "telia.com", "spray.se", "bredband.net",
    "comhem.se", "bahnhof.se",
    # Norway
    "online.no", "start.no", "hotmail.no", "live.no", "yahoo.no",
    # Finland
    "suomi24.fi", "luukku.com", "kolumbus.fi", "elisanet.fi", "saunalahti.fi",
    "hotmail.fi", "live.fi",
    # Denmark
    "mail.dk", "jubii.dk", "live.dk", "outlook.dk", "hotmail.dk", "yahoo.dk", "stofanet.dk",
)  # fmt: skip

#: Real mail domains that are never "corrected", though close to a provider's domain.
OTHER_KNOWN: frozenset[str] = frozenset((
    "googlemail.com", "mail.com", "email.com", "ymail.com", "rocketmail.com", "mac.com",
    "pm.me", "protonmail.ch", "aim.com", "hey.com", "fastmail.com", "zoho.com",
    "tutanota.com", "tuta.io", "web.de", "t-online.de", "mail.ru", "yandex.ru", "yandex.com",
    "hotmail.co.uk", "hotmail.de", "hotmail.fr", "hotmail.it", "hotmail.es", "hotmail.nl",
    "live.co.uk", "live.de", "live.fr", "live.nl", "outlook.de", "outlook.fr", "outlook.es",
    "yahoo.co.uk", "yahoo.de", "yahoo.fr", "gmx.at", "gmx.ch",
    "telia.se", "telia.fi", "telia.no", "telia.dk", "tele2.se", "bredband2.com",
    "elisa.fi", "suomi.fi", "cloud.com",
))  # fmt: skip

#: Every domain that is taken as typed.
KNOWN: frozenset[str] = frozenset(PROVIDERS) | OTHER_KNOWN

# Provider names that are also ordinary words or common company names.
_WORD_NAMES = frozenset({"live", "mail", "start", "spray", "online", "proton"})
# Brands with one mail domain only: "gmail.se" is gmail.com whatever the top-level domain.
_SINGLE_DOMAIN_BRANDS = frozenset({
    "gmail", "icloud", "protonmail", "luukku", "suomi24", "kolumbus", "elisanet",
    "saunalahti", "stofanet", "jubii",
})  # fmt: skip
# Top-level domains a slip may land on and that are real, so not taken for slips.
_REAL_TLDS = frozenset(code.lower() for code in ISO_3166_ALPHA2) | frozenset({
    "com", "net", "org", "edu", "gov", "mil", "int", "biz", "pro", "info", "name", "app",
    "dev", "cam", "bet", "new", "nec", "now", "one", "win", "fit", "ltd", "top", "xyz",
    "uk", "eu", "su", "ac",
})  # fmt: skip
# Keyboard rows (Nordic QWERTY, as on the till and on phones); rows are staggered, so a
# key touches the two keys above it (same and next column) and the two below it.
_ROWS = ("1234567890+", "qwertyuiopå", "asdfghjklöä", "zxcvbnm,.-")
_SEPARATOR_SLIPS = re.compile(r"[.,]+")


def _neighbours() -> dict[str, frozenset[str]]:
    where = {ch: (r, c) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
    found: dict[str, set[str]] = {ch: set() for ch in where}
    for ch, (r, c) in where.items():
        for dr, dc in ((0, -1), (0, 1), (-1, 0), (-1, 1), (1, -1), (1, 0)):
            rr, cc = r + dr, c + dc
            if 0 <= rr < len(_ROWS) and 0 <= cc < len(_ROWS[rr]):
                found[ch].add(_ROWS[rr][cc])
    found["ø"], found["æ"] = found["ö"], found["ä"]  # Danish and Norwegian keys
    return {ch: frozenset(keys) for ch, keys in found.items()}


_NEIGHBOURS = _neighbours()


def _base(ch: str) -> str:
    """The letter without accents ("ä" → "a")."""
    return unicodedata.normalize("NFD", ch)[:1]


@lru_cache(maxsize=4096)
def _substitution_cost(typed: str, meant: str) -> int:
    """1 for a slip of the finger (a neighbouring key, an accent, a look-alike), else 2."""
    if typed == meant:
        return 0
    if (
        meant in _NEIGHBOURS.get(typed, ())
        or _base(typed) == meant
        or LOOKALIKES.get(typed) == meant
    ):
        return 1
    return 2


@lru_cache(maxsize=4096)
def distance(typed: str, meant: str) -> int:
    """Keystrokes from ``meant`` to ``typed``: a missing, extra or swapped letter costs 1,
    a wrong letter 1 or 2 (see :func:`_substitution_cost`). Optimal string alignment."""
    rows = len(typed) + 1
    cols = len(meant) + 1
    table = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        table[i][0] = i
    for j in range(cols):
        table[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            best = min(
                table[i - 1][j] + 1,
                table[i][j - 1] + 1,
                table[i - 1][j - 1] + _substitution_cost(typed[i - 1], meant[j - 1]),
            )
            if (
                i > 1
                and j > 1
                and typed[i - 1] == meant[j - 2]
                and typed[i - 2] == meant[j - 1]
            ):
                best = min(best, table[i - 2][j - 2] + 1)
            table[i][j] = best
    return table[-1][-1]


def _is_swap(typed: str, meant: str) -> bool:
    """``typed`` is ``meant`` with two neighbouring letters swapped."""
    if len(typed) != len(meant) or typed == meant:
        return False
    diff = [i for i, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and typed[diff[0]] == meant[diff[1]]
        and typed[diff[1]] == meant[diff[0]]
    )


def name_allowance(name: str) -> int:
    """How many keystrokes a typed name may be from the provider's ``name``."""
    if len(name) <= 3:
        return 0
    return 1 if len(name) <= 6 else 2


def _name_cost(typed: str, name: str) -> int | None:
    """Keystrokes from the provider's name, or None when too far to be a slip."""
    if typed == name:
        return 0
    if name in _WORD_NAMES:
        return 1 if _is_swap(typed, name) else None
    allowance = name_allowance(name)
    if abs(len(typed) - len(name)) > allowance:
        return None
    cost = distance(typed, name)
    return cost if cost <= allowance else None


def _tld_cost(typed: str, tld: str, name: str) -> int | None:
    """0 for the provider's top-level domain, 1 for a slip of it, None otherwise."""
    if typed == tld:
        return 0
    if len(typed) < 2:
        return None  # still typing it
    if typed not in _REAL_TLDS and distance(typed, tld) <= 1:
        return 1
    if (
        name not in _WORD_NAMES
        and len(tld) == 3
        and len(typed) == 2
        and any(tld[:i] + tld[i + 1 :] == typed for i in range(3))
    ):
        return 1  # "co", "cm", "om" for "com": real ccTLDs, but no mail provider's
    return None


def _split(domain: str) -> tuple[str, str]:
    name, _, tld = domain.partition(".")
    return name, tld


_SPLIT_PROVIDERS = tuple((domain, *_split(domain)) for domain in PROVIDERS)


def _nearest(name: str, tld: str) -> str | None:
    """The provider domain fewest keystrokes from ``name.tld`` (at most 2), or None."""
    best: tuple[int, int, int] | None = None
    found: str | None = None
    for rank, (domain, provider, provider_tld) in enumerate(_SPLIT_PROVIDERS):
        name_cost = _name_cost(name, provider)
        if name_cost is None:
            continue
        tld_cost = _tld_cost(tld, provider_tld, provider)
        if tld_cost is None and name_cost == 0 and provider in _SINGLE_DOMAIN_BRANDS:
            tld_cost = 1 if len(tld) >= 2 else None
        if tld_cost is None:
            continue
        total = name_cost + tld_cost
        if not 0 < total <= 2:
            continue
        key = (total, int(tld != provider_tld), rank)
        if best is None or key < best:
            best, found = key, domain
    return found


def _without_dot(label: str) -> str | None:
    """A provider's domain typed without its dot ("gmailcom", "hotmailse", "gmailcon")."""
    for domain, name, tld in _SPLIT_PROVIDERS:
        if label == name + tld:
            return domain
    for domain, name, tld in _SPLIT_PROVIDERS:
        rest = label[len(name) :]
        if label.startswith(name) and len(name) >= 4 and _tld_cost(rest, tld, name) == 1:
            return domain
    return None


def suggest_domain(domain: str) -> str | None:
    """The provider domain ``domain`` is a near miss of, or None.

    ``domain`` is the part after "@" as typed, lower-cased. None for a known domain, a
    domain still being typed ("gmail.", "hotmail.s") and anything not near a provider.
    """
    if not domain or domain in KNOWN or domain.endswith((".", ",")):
        return None
    joined = _SEPARATOR_SLIPS.sub(".", domain).strip(".")
    if joined != domain and joined in KNOWN:
        return joined  # "gmail,com", "gmail..com", ".gmail.com"
    labels = joined.split(".")
    if len(labels) == 1:
        return _without_dot(labels[0])
    if len(labels) != 2:
        return None  # subdomains are somebody's own mail server
    name, tld = labels
    for known, provider, provider_tld in _SPLIT_PROVIDERS:
        if len(provider) >= 4 and name + tld == provider + provider_tld:
            return known  # "gmai.lcom", "gmailc.om"
    return _nearest(name, tld)
