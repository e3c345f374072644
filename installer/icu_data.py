"""Trim Qt's ICU data library (``libicudata.so.NN``, 32 MB of the 130 MB bundle) to what
posapp can use.

Qt's core library links ICU, and ICU's data comes as one shared library holding a single
symbol, ``icudtNN_dat``: a "common data" archive (format ``CmnD``) of ~3,900 items, locale
data for ~800 locales, ~200 legacy character-set converters, Chinese, Japanese, Thai,
Khmer, Lao and Burmese word dictionaries, transliterators. posapp shows five languages
(en, sv, fi, nb, da) and speaks UTF-8. :func:`trim` rewrites the archive keeping every
item but:

- locale data (``*.res`` named after a locale, in every tree: names, units, collation,
  number spell-out, break rules) of languages other than posapp's and their parents
  (``root``, ``no``); the language-neutral items (``pool``, ``res_index``,
  ``supplementalData``, ``likelySubtags``, time zones, plurals, the collation table
  ``ucadata.icu``, normalisation, character properties) all stay;
- the converters (``*.cnv``: Qt decodes UTF-8/16/32 and Latin-1 itself);
- the dictionaries for word breaks in Chinese, Japanese, Thai, Khmer, Lao and Burmese
  (``brkitr/*.dict``) and the transliterators (``translit/``).

An item ICU does not find is an ordinary ICU error (the same as an unknown locale), which
Qt answers with its own fallback. The library is rewritten in place, with no toolchain:
the archive shrinks, everything after it in the file moves down by whole pages, and the
ELF headers are adjusted (this layout is what ICU's ``pkgdata`` makes: one read-only
segment with the archive, one writable segment with ``.dynamic``). Anything unexpected
leaves the library as it is, with a warning. Pure standard library: runs in build.py.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path

#: posapp's UI languages and the parents ICU falls back through (nb → no → root).
KEEP_LANGUAGES = frozenset({"en", "sv", "fi", "nb", "no", "da"})
#: Item names that look like a locale (two or three letters) but are not.
NOT_LOCALES = frozenset({"pool", "res_index", "root"})
LOCALE = re.compile(r"[a-z]{2,3}(?:_[A-Za-z0-9]+)*")
DROPPED_TREES = frozenset({"translit"})
DROPPED_SUFFIXES = (".cnv", ".dict")
PAGE = 0x1000

_EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
_PHDR = struct.Struct("<IIQQQQQQ")
_SHDR = struct.Struct("<IIQQQQIIQQ")
_SYM = struct.Struct("<IBBHQQ")
_TOC_ENTRY = struct.Struct("<II")
_SHT_DYNSYM = 11
_SHT_STRTAB = 3
_SHT_DYNAMIC = 6
_DT_NULL = 0
#: Dynamic tags whose value is an address (must not point past the archive, which moves).
_DT_ADDRESS_TAGS = frozenset({3, 4, 5, 6, 7, 12, 13, 17, 23, 25, 26, 0x6FFFFEF5,
                              0x6FFFFFF0, 0x6FFFFFFC, 0x6FFFFFFE})


class UnexpectedLayout(ValueError):
    """The library is not laid out as :func:`trim` expects; it is left alone."""


def wanted(name: str) -> bool:
    """Whether the archive item ``name`` (``icudt73l/coll/sv.res``) is kept."""
    parts = name.split("/")[1:]  # without the package name
    if not parts:
        return True
    if len(parts) > 1 and parts[0] in DROPPED_TREES:
        return False
    leaf = parts[-1]
    if leaf.endswith(DROPPED_SUFFIXES):
        return False
    if not leaf.endswith(".res"):
        return True
    stem = leaf[: -len(".res")]
    if stem in NOT_LOCALES or not LOCALE.fullmatch(stem):
        return True
    return stem.split("_", 1)[0] in KEEP_LANGUAGES


@dataclass(frozen=True)
class Archive:
    """ICU common data: its header, and its items (name, bytes) in table order."""

    header: bytes
    items: list[tuple[str, bytes]]

    @classmethod
    def parse(cls, data: bytes) -> Archive:
        header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
        if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
            raise UnexpectedLayout("not an ICU common data archive")
        (count,) = struct.unpack_from("<I", data, header_size)
        table = [_TOC_ENTRY.unpack_from(data, header_size + 4 + 8 * i) for i in range(count)]
        toc = data[header_size:]
        items = []
        for index, (name_offset, data_offset) in enumerate(table):
            name = toc[name_offset:toc.index(b"\0", name_offset)].decode("ascii")
            end = table[index + 1][1] if index + 1 < count else len(toc)
            items.append((name, toc[data_offset:end]))
        return cls(data[:header_size], items)

    def build(self) -> bytes:
        """The archive as ICU reads it: names sorted (as kept), items 16-byte aligned."""
        names = b"".join(name.encode("ascii") + b"\0" for name, _ in self.items)
        table_size = 4 + _TOC_ENTRY.size * len(self.items)
        name_offset = table_size
        data_offset = _align(table_size + len(names), 16)
        table = [struct.pack("<I", len(self.items))]
        body = []
        for name, item in self.items:
            table.append(_TOC_ENTRY.pack(name_offset, data_offset))
            name_offset += len(name) + 1
            padded = item + b"\0" * (_align(len(item), 16) - len(item))
            body.append(padded)
            data_offset += len(padded)
        head = b"".join(table) + names
        head += b"\0" * (_align(len(head), 16) - len(head))
        return self.header + head + b"".join(body)


def _align(value: int, to: int) -> int:
    return (value + to - 1) // to * to


@dataclass
class _Elf:
    data: bytearray
    header: list[int | bytes]
    programs: list[list[int]]
    sections: list[list[int]]

    @classmethod
    def parse(cls, raw: bytes) -> _Elf:
        if raw[:4] != b"\x7fELF" or raw[4] != 2 or raw[5] != 1:
            raise UnexpectedLayout("not a 64-bit little-endian ELF file")
        header = list(_EHDR.unpack_from(raw, 0))
        phoff, shoff = int(header[5]), int(header[6])
        phnum, shnum = int(header[10]), int(header[12])
        programs = [list(_PHDR.unpack_from(raw, phoff + i * _PHDR.size)) for i in range(phnum)]
        sections = [list(_SHDR.unpack_from(raw, shoff + i * _SHDR.size)) for i in range(shnum)]
        return cls(bytearray(raw), header, programs, sections)

    def data_symbol(self) -> tuple[int, int, int, int]:
        """The ``icudtNN_dat`` symbol: (its index in .dynsym, section index, address, size)."""
        for section in self.sections:
            if section[1] != _SHT_DYNSYM:
                continue
            strings = self.sections[section[6]]
            for index in range(section[5] // _SYM.size):
                name_at, _info, _other, shndx, value, size = _SYM.unpack_from(
                    self.data, section[4] + index * _SYM.size)
                start = strings[4] + name_at
                name = bytes(self.data[start:self.data.index(b"\0", start)])
                if re.fullmatch(rb"icudt\d+_dat", name):
                    return index, shndx, value, size
        raise UnexpectedLayout("no icudtNN_dat symbol")

    def dynamic_addresses(self) -> list[int]:
        found = []
        for section in self.sections:
            if section[1] != _SHT_DYNAMIC:
                continue
            for at in range(section[4], section[4] + section[5], 16):
                tag, value = struct.unpack_from("<qQ", self.data, at)
                if tag == _DT_NULL:
                    break
                if tag in _DT_ADDRESS_TAGS:
                    found.append(value)
        return found


def trim(library: Path) -> tuple[int, int]:
    """Rewrite ``library`` keeping the :func:`wanted` items; (bytes before, bytes after).

    Raises :class:`UnexpectedLayout` (the file unchanged) when it is not the layout
    ICU's packaging tool makes.
    """
    raw = library.read_bytes()
    elf = _Elf.parse(raw)
    symbol_index, section_index, address, size = elf.data_symbol()
    section = elf.sections[section_index]
    if section[3] != address or section[5] != size:
        raise UnexpectedLayout("the archive is not a section of its own")
    offset = section[4]
    end_offset, end_address = offset + size, address + size
    if any(value >= end_address for value in elf.dynamic_addresses()):
        raise UnexpectedLayout("the dynamic section points past the archive")
    if int(elf.header[6]) < end_offset:
        raise UnexpectedLayout("the section headers come before the archive")
    archive = Archive.parse(raw[offset:end_offset])
    kept = Archive(archive.header, [item for item in archive.items if wanted(item[0])])
    blob = kept.build()
    shift = (size - len(blob)) // PAGE * PAGE  # whole pages: offsets stay congruent
    if shift <= 0:
        return len(raw), len(raw)
    new_size = size - shift
    data = elf.data
    data[offset:end_offset] = blob + b"\0" * (new_size - len(blob))
    for program in elf.programs:  # p_type, p_flags, p_offset, p_vaddr, p_paddr, filesz, memsz
        holds_archive = program[2] <= offset and program[2] + program[5] >= end_offset
        if holds_archive and program[5]:
            program[5] -= shift
            program[6] -= shift
        elif program[2] >= end_offset and program[5]:
            program[2] -= shift
            if program[3] >= end_address:
                program[3] -= shift
                program[4] -= shift
    for index, header in enumerate(elf.sections):  # name, type, flags, addr, offset, size …
        if index == section_index:
            header[5] = new_size
            continue
        if header[4] >= end_offset:
            header[4] -= shift
        if header[3] >= end_address:
            header[3] -= shift
    elf.header[6] = int(elf.header[6]) - shift
    _EHDR.pack_into(data, 0, *elf.header)
    phoff, shoff = int(elf.header[5]), int(elf.header[6])
    for i, program in enumerate(elf.programs):
        _PHDR.pack_into(data, phoff + i * _PHDR.size, *program)
    for i, header in enumerate(elf.sections):
        _SHDR.pack_into(data, shoff + i * _SHDR.size, *header)
    symbols = next(s for s in elf.sections if s[1] == _SHT_DYNSYM)
    at = symbols[4] + symbol_index * _SYM.size
    fields = list(_SYM.unpack_from(data, at))
    fields[5] = new_size
    _SYM.pack_into(data, at, *fields)
    library.write_bytes(bytes(data))
    return len(raw), len(data)


def check(library: Path) -> int:
    """How many items the (trimmed) library's archive holds, read back through its ELF
    headers as the dynamic loader sees them."""
    raw = library.read_bytes()
    elf = _Elf.parse(raw)
    _index, section_index, _address, size = elf.data_symbol()
    offset = elf.sections[section_index][4]
    return len(Archive.parse(raw[offset:offset + size]).items)
