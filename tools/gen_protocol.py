"""Generate ``protocol/messages.py`` from Kafka's JSON message specifications.

Usage::

    python tools/gen_protocol.py [--spec-dir DIR] [--out FILE] [--check]

The output carries the *facts* of every spec (names, types, version ranges,
nullability, defaults, tags, common structs, api keys, listeners) and none of the
prose.  It is deterministic: specs are read in sorted order and every table is
emitted in a stable order, so ``--check`` (and a unit test) can verify that the
committed file is exactly what the generator produces.

Generated classes are plain slotted classes with an explicit ``__init__``; the
``protocol.codec.Struct`` base supplies ``==``, ``repr`` and a lazily built
``__dataclass_fields__`` so ``dataclasses.fields/replace/asdict`` keep working.
Running ``dataclass()`` on them cost ~2.5 ms a class, most of a cold start.  Each
top-level class is still built lazily (PEP 562 module ``__getattr__``) on first
access, so a process compiles only the classes it uses.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC_DIR = REPO_ROOT.parent / "shared" / "kafka-protocol"
DEFAULT_OUT = REPO_ROOT / "protocol" / "messages.py"
SPEC_SUBDIRS = ("messages", "metadata", "raft", "storage")
MAX_VERSION = 32767
# Spec types whose apiKey identifies one spec (coordinator keys repeat across coordinators).
KEYED_TYPES = ("metadata", "request", "response")

PRIMITIVES = frozenset(
    {"bool", "int8", "int16", "uint16", "int32", "uint32", "int64", "float64", "string", "uuid", "bytes", "records"}
)
INT_TYPES = frozenset({"int8", "int16", "uint16", "int32", "uint32", "int64"})
PY_TYPES = {
    "bool": "bool",
    "int8": "int",
    "int16": "int",
    "uint16": "int",
    "int32": "int",
    "uint32": "int",
    "int64": "int",
    "float64": "float",
    "string": "str",
    "uuid": "uuid.UUID",
    "bytes": "bytes",
    "records": "Records",
}

Range = tuple[int, int] | None


class SpecError(Exception):
    """A spec violates an invariant the generator relies on."""


def strip_comments(text: str) -> str:
    """Drop ``//`` comments outside JSON strings (a ``//`` inside a string is kept)."""
    out: list[str] = []
    i = 0
    n = len(text)
    in_string = False
    while i < n:
        c = text[i]
        if in_string:
            if c == "\\":
                out.append(text[i : i + 2])
                i += 2
                continue
            if c == '"':
                in_string = False
            out.append(c)
            i += 1
        elif c == '"':
            in_string = True
            out.append(c)
            i += 1
        elif c == "/" and text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def parse_versions(text: str | None, default: Range = None) -> Range:
    """Kafka version range syntax: ``"3+"``, ``"0-2"``, ``"5"``, ``"none"``."""
    if text is None:
        return default
    text = str(text).strip()
    if text == "none" or text == "":
        return None
    if text.endswith("+"):
        return (int(text[:-1]), MAX_VERSION)
    if "-" in text:
        lo, hi = text.split("-", 1)
        return (int(lo), int(hi))
    v = int(text)
    return (v, v)


def snake_case(name: str) -> str:
    """Kafka's own rule (MessageGenerator.toSnakeCase): ``_`` before an upper-case letter
    that follows a non-upper-case character, then lower-case everything."""
    out: list[str] = []
    prev_upper = True
    for c in name:
        if c.isupper():
            if not prev_upper:
                out.append("_")
            out.append(c.lower())
            prev_upper = True
        else:
            out.append(c)
            prev_upper = False
    return "".join(out)


def contains(r: Range, inner: Range) -> bool:
    if inner is None:
        return True
    if r is None:
        return False
    return r[0] <= inner[0] and inner[1] <= r[1]


@dataclass
class FieldDef:
    name: str
    attr: str
    base: str  # primitive name or "struct"
    array: bool
    struct: str | None
    versions: Range
    nullable: Range
    tag: int | None
    tagged: Range
    ignorable: bool
    flex_override: bool
    flex: Range
    default_src: str  # python expression for the dataclass default
    default_factory: str | None  # python expression for default_factory, if any
    annotation: str


@dataclass
class StructDef:
    name: str
    fields: list[FieldDef]
    signature: str = ""


@dataclass
class MessageDef:
    name: str
    path: str
    type: str
    api_key: int | None
    valid: Range
    flexible: Range
    listeners: tuple[str, ...]
    unstable: bool
    fields: list[FieldDef]
    structs: dict[str, StructDef] = field(default_factory=dict)
    struct_order: list[str] = field(default_factory=list)


def _default_for(f: dict, base: str, array: bool, struct: str | None, nullable: Range, versions: Range,
                 where: str) -> tuple[str, str | None]:
    """Return (default source, default_factory source) following Kafka's FieldSpec.fieldDefault.

    JSON ``null`` (not the string "null") reaches Kafka's generator as an absent default,
    so it means the zero value of the type, exactly as in Kafka.
    """
    raw = f.get("default")
    if raw is None:
        text = ""
    elif isinstance(raw, bool):
        text = "true" if raw else "false"
    else:
        text = str(raw)

    def null_ok() -> str:
        if not contains(nullable, versions):
            raise SpecError(f"{where}: null default but not nullable in all versions")
        return "None"

    if array:
        if text == "null":
            return null_ok(), None
        if text:
            raise SpecError(f"{where}: invalid array default {text!r}")
        return "", "list"
    if base == "struct":
        if text == "null":
            return null_ok(), None
        if text:
            raise SpecError(f"{where}: invalid struct default {text!r}")
        return "", f"_s_{struct}"
    if base == "bool":
        if text == "":
            return "False", None
        if text.lower() in ("true", "false"):
            return ("True" if text.lower() == "true" else "False"), None
        raise SpecError(f"{where}: invalid bool default {text!r}")
    if base in INT_TYPES:
        if text == "":
            return "0", None
        neg = text.startswith("-")
        body = text[1:] if neg else text
        value = int(body[2:], 16) if body.startswith("0x") else int(body, 10)
        return repr(-value if neg else value), None
    if base == "float64":
        return repr(float(text)) if text else "0.0", None
    if base == "uuid":
        if not text:
            return "ZERO_UUID", None
        return f"uuid.UUID({str(uuid.UUID(bytes=base64.urlsafe_b64decode(text + '==')))!r})", None
    if base == "string":
        if text == "null":
            return null_ok(), None
        return json.dumps(text), None
    if base == "bytes":
        if text == "null":
            return null_ok(), None
        if text:
            raise SpecError(f"{where}: invalid bytes default {text!r}")
        return 'b""', None
    if base == "records":
        return "None", None
    raise SpecError(f"{where}: unsupported type {base}")


class SpecReader:
    """Turns one spec's JSON into a MessageDef with its struct table."""

    def __init__(self, spec: dict, path: str) -> None:
        self.spec = spec
        self.path = path
        self.name: str = spec["name"]
        self.common = {cs["name"]: cs for cs in spec.get("commonStructs", [])}
        self.structs: dict[str, StructDef] = {}
        self.order: list[str] = []
        self.conflicts: list[str] = []

    def read(self) -> MessageDef:
        spec = self.spec
        fields = self._fields(spec.get("fields", []), self.name)
        # Common structs are part of the spec even when no field uses them.
        for cs_name in sorted(self.common):
            if cs_name not in self.structs:
                self._struct(cs_name, self.common[cs_name]["fields"], f"{self.name}.{cs_name}")
        listeners = tuple(sorted(x for x in spec.get("listeners", []) if x != "zkBroker"))
        return MessageDef(
            name=self.name,
            path=self.path,
            type=spec["type"],
            api_key=spec.get("apiKey"),
            # "none" (APIs removed from Kafka 4.x) becomes the empty range (0, -1).
            valid=parse_versions(spec["validVersions"]) or (0, -1),
            flexible=parse_versions(spec.get("flexibleVersions", "none")),
            listeners=listeners,
            unstable=bool(spec.get("latestVersionUnstable", False)),
            fields=fields,
            structs=self.structs,
            struct_order=self.order,
        )

    def _struct(self, name: str, fields_json: list[dict], where: str) -> str:
        fields = self._fields(fields_json, where)
        sig = repr([(f.attr, f.base, f.array, f.struct, f.versions, f.nullable, f.tag, f.tagged,
                     f.default_src, f.default_factory) for f in fields])
        existing = self.structs.get(name)
        if existing is not None:
            if existing.signature == sig:
                return name
            # Same struct name with different fields inside one message: keep the first,
            # give the later one a deterministic numbered name, and report it.
            i = 2
            while f"{name}{i}" in self.structs and self.structs[f"{name}{i}"].signature != sig:
                i += 1
            alt = f"{name}{i}"
            self.conflicts.append(f"{self.name}: struct {name} defined twice with different fields; "
                                  f"second one is {alt}")
            if alt in self.structs:
                return alt
            name = alt
        self.structs[name] = StructDef(name=name, fields=fields, signature=sig)
        self.order.append(name)  # post-order: children are appended before their parents
        return name

    def _fields(self, fields_json: list[dict], where: str) -> list[FieldDef]:
        out: list[FieldDef] = []
        seen: set[str] = set()
        for f in fields_json:
            fd = self._field(f, where)
            if fd.attr in seen:
                raise SpecError(f"{where}: duplicate attribute {fd.attr}")
            seen.add(fd.attr)
            out.append(fd)
        return out

    def _field(self, f: dict, where: str) -> FieldDef:
        name = f["name"]
        fwhere = f"{where}.{name}"
        tagged = parse_versions(f.get("taggedVersions"))
        versions = parse_versions(f.get("versions"), tagged)
        if versions is None and f.get("versions") != "none":
            raise SpecError(f"{fwhere}: no versions")
        nullable = parse_versions(f.get("nullableVersions"))
        tag = f.get("tag")
        if (tag is None) != (tagged is None):
            raise SpecError(f"{fwhere}: tag and taggedVersions must come together")
        type_str: str = f["type"]
        array = type_str.startswith("[]")
        elem = type_str[2:] if array else type_str
        struct: str | None = None
        if elem in PRIMITIVES:
            base = elem
        else:
            base = "struct"
            if "fields" in f:
                struct = self._struct(elem, f["fields"], fwhere)
            elif elem in self.common:
                struct = self._struct(elem, self.common[elem]["fields"], f"{self.name}.{elem}")
            else:
                raise SpecError(f"{fwhere}: unknown struct type {elem}")
        if array and base == "records":
            raise SpecError(f"{fwhere}: arrays of records are not supported")
        flex_override = "flexibleVersions" in f
        flex = parse_versions(f.get("flexibleVersions")) if flex_override else None
        default_src, factory = _default_for(f, base, array, struct, nullable, versions, fwhere)
        if base == "struct":
            elem_ann = f"{self.name}.{struct}"
        else:
            elem_ann = PY_TYPES[base]
        ann = f"list[{elem_ann}]" if array else elem_ann
        if nullable is not None and base != "records":
            ann = f"{ann} | None"
        return FieldDef(
            name=name,
            attr=snake_case(name),
            base=base,
            array=array,
            struct=struct,
            versions=versions,
            nullable=nullable,
            tag=tag,
            tagged=tagged,
            ignorable=bool(f.get("ignorable", False)),
            flex_override=flex_override,
            flex=flex,
            default_src=default_src,
            default_factory=factory,
            annotation=ann,
        )


def load_specs(spec_dir: Path) -> tuple[list[MessageDef], list[str]]:
    messages: list[MessageDef] = []
    notes: list[str] = []
    paths: list[Path] = []
    for sub in SPEC_SUBDIRS:
        paths.extend(sorted((spec_dir / sub).glob("*.json")))
    if not paths:
        raise SpecError(f"no specs found under {spec_dir}")
    by_name: dict[str, MessageDef] = {}
    for p in paths:
        spec = json.loads(strip_comments(p.read_text(encoding="utf-8")))
        reader = SpecReader(spec, f"{p.parent.name}/{p.name}")
        msg = reader.read()
        notes.extend(reader.conflicts)
        if msg.name in by_name:
            # Disambiguate deterministically by the spec directory, and report it.
            alt = f"{msg.name}_{p.parent.name.capitalize()}"
            notes.append(f"spec name {msg.name} used twice ({by_name[msg.name].path}, {msg.path}); "
                         f"second one is {alt}")
            msg.name = alt
        by_name[msg.name] = msg
        messages.append(msg)
    messages.sort(key=lambda m: m.name)
    keys: dict[tuple[str, int], str] = {}
    for m in messages:
        if m.api_key is not None and m.type in KEYED_TYPES:
            other = keys.setdefault((m.type, m.api_key), m.name)
            if other != m.name:
                raise SpecError(f"{m.name} and {other} share type {m.type} and apiKey {m.api_key}")
    return messages, notes


def _r(r: Range) -> str:
    if r is None:
        return "None"
    if r[1] == MAX_VERSION:
        return f"({r[0]}, MAXV)"
    return f"({r[0]}, {r[1]})"


def _field_table_entry(f: FieldDef) -> str:
    args = [repr(f.attr), repr(f.name), repr(f.base)]
    if f.array:
        args.append("array=True")
    if f.struct is not None:
        args.append(f"struct={f.struct!r}")
    args.append(f"versions={_r(f.versions)}")
    if f.nullable is not None:
        args.append(f"nullable={_r(f.nullable)}")
    if f.tag is not None:
        args.append(f"tag={f.tag}")
        args.append(f"tagged={_r(f.tagged)}")
    if f.ignorable:
        args.append("ignorable=True")
    if f.flex_override:
        args.append("flex_override=True")
        args.append(f"flex={_r(f.flex)}")
    return f"F({', '.join(args)})"


def _emit_body(lines: list[str], fields: list[FieldDef], indent: str) -> None:
    """Slots, schema table and an explicit ``__init__`` (what @dataclass would have made).

    Equality, repr and the dataclass field table come from the ``Struct`` base, so each
    class costs one small function to compile and no ``dataclass()`` call to build.
    """
    names = [repr(f.attr) for f in fields]
    slots = names[0] + "," if len(names) == 1 else ", ".join(names)
    lines.append(f"{indent}__slots__ = ({slots})")
    lines.append(f"{indent}_FIELDS: ClassVar[tuple[F, ...]] = (")
    for f in fields:
        lines.append(f"{indent}    {_field_table_entry(f)},")
    lines.append(f"{indent})")
    if not fields:
        return
    lines.append("")
    lines.append(f"{indent}def __init__(")
    lines.append(f"{indent}    self,")
    for f in fields:
        default = "_NO" if f.default_factory is not None else f.default_src
        lines.append(f"{indent}    {f.attr}: {f.annotation} = {default},")
    lines.append(f"{indent}) -> None:")
    for f in fields:
        if f.default_factory is not None:
            factory = "[]" if f.default_factory == "list" else f"{f.default_factory}()"
            lines.append(f"{indent}    self.{f.attr} = {factory} if {f.attr} is _NO else {f.attr}")
        else:
            lines.append(f"{indent}    self.{f.attr} = {f.attr}")


HEADER = '''\
# GENERATED FILE - DO NOT EDIT.
# Produced by tools/gen_protocol.py from the Apache Kafka 4.3.1 JSON message specs
# (messages/, metadata/, raft/, storage/); regenerate with `python tools/gen_protocol.py`.
#
# Conventions:
# - One class per spec, named as the spec's "name"; struct types are nested classes of
#   their message class (e.g. ProduceRequest.TopicProduceData), including commonStructs.
# - Attribute names are the spec names converted with Kafka's own snake_case rule
#   (MessageGenerator.toSnakeCase): put "_" before every upper-case letter that follows a
#   non-upper-case character, then lower-case everything.  TransactionalId ->
#   transactional_id, IsrNodes -> isr_nodes, KRaftVersion -> kraft_version, leaderEpoch ->
#   leader_epoch.
# - Defaults follow Kafka's FieldSpec: the spec "default" when given, else the zero value
#   of the type (arrays [], struct-typed fields a default instance, records None).  A JSON
#   null default (as opposed to the string "null") is the zero value, as in Kafka.
# - F(...) rows are the wire schema: versions/nullable/tagged are inclusive (lo, hi) ranges,
#   None meaning "never"; MAXV stands for an open range ("3+").
# - Classes are plain slotted classes with an explicit __init__; the Struct base gives them
#   dataclass behaviour (==, repr, dataclasses.fields/replace/asdict).  Each top-level class
#   is built on first access (module __getattr__), so importing this module stays cheap;
#   encode/decode code is compiled per (class, version) on first use by protocol.codec.
# ruff: noqa
'''


def render(messages: list[MessageDef]) -> str:
    lines: list[str] = [HEADER]
    lines.append("from __future__ import annotations")
    lines.append("")
    lines.append("import uuid")
    lines.append("from typing import Any, ClassVar")
    lines.append("")
    lines.append("from protocol.codec import MAXV, NO_DEFAULT as _NO, ZERO_UUID, F, Message, MessageInfo, Records, Struct")
    lines.append("")
    lines.append("MESSAGE_INFO: dict[str, MessageInfo] = {")
    for m in messages:
        lines.append(
            f"    {m.name!r}: MessageInfo({m.name!r}, {m.type!r}, {m.api_key!r}, {_r(m.valid)}, "
            f"{m.flexible[0] if m.flexible else None!r}, {m.listeners!r}, {m.unstable!r}),"
        )
    lines.append("}")
    lines.append("")
    lines.append("__all__ = [")
    for m in messages:
        lines.append(f"    {m.name!r},")
    lines.append("]")
    lines.append("")
    lines.append("")
    lines.append("def __getattr__(name: str) -> Any:")
    lines.append("    # Compile and build a message class on first access, then keep it as a module attribute.")
    lines.append("    source = _SOURCES.get(name)")
    lines.append("    if source is None:")
    lines.append('        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")')
    lines.append('    exec(compile(source, f"<protocol.messages {name}>", "exec"), globals())')
    lines.append('    cls = globals()["_build_" + name]()')
    lines.append("    globals()[name] = cls")
    lines.append("    return cls")
    lines.append("")
    lines.append("")
    lines.append("# (message type, apiKey) -> class name, so a lookup by key builds only the class it needs.")
    lines.append("_BY_API_KEY: dict[tuple[str, int], str] = {")
    lines.append("    (info.message_type, info.api_key): name")
    lines.append("    for name, info in MESSAGE_INFO.items()")
    lines.append(f"    if info.api_key is not None and info.message_type in {KEYED_TYPES!r}")
    lines.append("}")
    lines.append("")
    lines.append("")
    lines.append("def class_for_api_key(message_type: str, api_key: int) -> type[Message] | None:")
    lines.append(f'    """The class of the spec with this type (one of {", ".join(KEYED_TYPES)}) and apiKey."""')
    lines.append("    name = _BY_API_KEY.get((message_type, api_key))")
    lines.append("    if name is None:")
    lines.append("        return None")
    lines.append("    cls = globals().get(name)")
    lines.append("    return cls if cls is not None else __getattr__(name)")
    lines.append("")
    lines.append("")
    lines.append("def __dir__() -> list[str]:")
    lines.append("    return sorted(set(globals()) | set(__all__))")
    lines.append("")
    lines.append("")
    lines.append("# Class definitions are kept as source text and compiled on first use: compiling all")
    lines.append("# of them at import costs ~250 ms when no .pyc can be written, and a process uses few.")
    lines.append("_SOURCES: dict[str, str] = {}")
    for m in messages:
        body: list[str] = []
        body.append(f"def _build_{m.name}() -> type[Message]:")
        for sname in m.struct_order:
            st = m.structs[sname]
            body.append(f"    class _s_{sname}(Struct):")
            body.append(f"        __qualname__ = {m.name + '.' + sname!r}")
            _emit_body(body, st.fields, "        ")
            body.append("")
            body.append(f"    _s_{sname}.__name__ = {sname!r}")
            body.append("")
        body.append(f"    class {m.name}(Message):")
        body.append(f"        __qualname__ = {m.name!r}")
        body.append(f"        API_KEY: ClassVar[int | None] = {m.api_key!r}")
        body.append(f"        MESSAGE_TYPE: ClassVar[str] = {m.type!r}")
        body.append(f"        VALID_VERSIONS: ClassVar[tuple[int, int]] = {_r(m.valid)}")
        body.append(f"        FLEXIBLE_FROM: ClassVar[int | None] = {m.flexible[0] if m.flexible else None!r}")
        body.append(f"        LISTENERS: ClassVar[tuple[str, ...]] = {m.listeners!r}")
        body.append(f"        LATEST_VERSION_UNSTABLE: ClassVar[bool] = {m.unstable!r}")
        body.append("        _ENC: ClassVar[dict[int, Any]] = {}")
        body.append("        _DEC: ClassVar[dict[int, Any]] = {}")
        _emit_body(body, m.fields, "        ")
        body.append("")
        for sname in m.struct_order:
            body.append(f"    {m.name}.{sname} = _s_{sname}  # type: ignore[attr-defined]")
        body.append(f"    return {m.name}")
        text = "\n".join(body)
        if '"""' in text or "\\" in text:
            raise SpecError(f"{m.name}: generated source cannot be embedded in a raw string")
        lines.append("")
        lines.append(f'_SOURCES[{m.name!r}] = r"""')
        lines.append(text)
        lines.append('"""')
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec-dir", type=Path, default=DEFAULT_SPEC_DIR)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the output would change")
    args = parser.parse_args(argv)
    messages, notes = load_specs(args.spec_dir)
    for note in notes:
        sys.stderr.write(f"note: {note}\n")
    text = render(messages)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else None
        if current != text:
            sys.stderr.write(f"{args.out} is out of date; run python tools/gen_protocol.py\n")
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
