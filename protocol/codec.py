"""Runtime half of the generated wire codec.

``protocol/messages.py`` (generated) holds one dataclass per spec plus a schema table
(``_FIELDS``, rows of :class:`F`) on every class.  This module compiles, lazily and once
per (message class, version), a specialised Python encoder and decoder from those tables:
straight-line source text with precompiled ``struct.Struct`` formats, inlined one-byte
varint fast paths and no per-field schema interpretation at run time.  The compiled
functions are cached on the class (``_ENC`` / ``_DEC``).

Error policy: every failure on malformed input or unencodable values surfaces as
:class:`ProtocolError` naming the message, version and field.  Expected conditions
(negative lengths, lengths past the end, null in a non-nullable field) are checked
explicitly; the rest (truncation inside fixed-width reads, bad UTF-8, out-of-range ints)
is caught at the entry point and attributed to a field from the traceback line of the
generated code, so the happy path pays nothing for it.
"""

from __future__ import annotations

import dataclasses
import functools
import struct
import uuid
from collections.abc import Callable
from types import TracebackType
from typing import Any, ClassVar, NamedTuple, Self, TypeAlias

from protocol.exceptions import ProtocolError
from protocol.primitives import read_uvarint, write_uvarint

MAXV = 32767
ZERO_UUID = uuid.UUID(int=0)


class _NoDefault:
    """Type of ``NO_DEFAULT``: marks an ``__init__`` argument whose default is a fresh object."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NO_DEFAULT"


NO_DEFAULT: Any = _NoDefault()

Records: TypeAlias = bytes | memoryview | list[bytes | memoryview] | None
Range: TypeAlias = tuple[int, int] | None
Part: TypeAlias = bytes | memoryview

EncodeFn = Callable[[Any, bytearray, list[Part]], None]
DecodeFn = Callable[[memoryview, int, int], tuple[Any, int]]

# struct format letter and width of each fixed-width type
_FIXED: dict[str, tuple[str, int]] = {
    "bool": ("?", 1),
    "int8": ("b", 1),
    "int16": ("h", 2),
    "uint16": ("H", 2),
    "int32": ("i", 4),
    "uint32": ("I", 4),
    "int64": ("q", 8),
    "float64": ("d", 8),
    "uuid": ("16s", 16),
}
_ZERO16 = bytes(16)

_DECODE_ERRORS = (IndexError, struct.error, UnicodeDecodeError, ValueError, OverflowError, MemoryError,
                  TypeError)
_ENCODE_ERRORS = (struct.error, TypeError, AttributeError, ValueError, OverflowError, UnicodeEncodeError,
                  IndexError, KeyError)


class F(NamedTuple):
    """One field of a generated schema table (facts of the JSON spec, no prose)."""

    attr: str
    name: str
    type: str  # primitive type name, or "struct"
    array: bool = False
    struct: str | None = None  # nested class name for struct / struct-array fields
    versions: Range = None
    nullable: Range = None
    tag: int | None = None
    tagged: Range = None
    ignorable: bool = False
    flex_override: bool = False
    flex: Range = None


class MessageInfo(NamedTuple):
    """Spec-level facts, available without building the message class."""

    name: str
    message_type: str
    api_key: int | None
    valid_versions: tuple[int, int]
    flexible_from: int | None
    listeners: tuple[str, ...]
    latest_version_unstable: bool


def _in(r: Range, v: int) -> bool:
    return r is not None and r[0] <= v <= r[1]


@functools.lru_cache(maxsize=4096)
def _uuid_from(b: bytes) -> uuid.UUID:
    # The same few topic ids arrive in every Produce/Fetch; building a UUID costs ~1 us.
    return ZERO_UUID if b == _ZERO16 else uuid.UUID(bytes=b)


def _field_from_traceback(tb: TracebackType | None) -> str | None:
    """Map the deepest frame of generated code in ``tb`` back to the field it was handling."""
    label: str | None = None
    while tb is not None:
        g = tb.tb_frame.f_globals
        field_at = g.get("_FIELD_AT")
        if field_at is not None and tb.tb_frame.f_code.co_filename == g.get("_FILENAME"):
            label = field_at.get(tb.tb_lineno, label)
        tb = tb.tb_next
    return label


def _explain(cls: type, version: int, action: str, exc: BaseException) -> ProtocolError:
    where = _field_from_traceback(exc.__traceback__) or "?"
    if isinstance(exc, IndexError | struct.error) and action == "decode":
        detail = f"truncated input ({exc})"
    else:
        detail = f"{type(exc).__name__}: {exc}"
    return ProtocolError(f"cannot {action} {cls.__name__} v{version}: field {where}: {detail}")


def _check_version(cls: Any, version: int) -> None:
    lo, hi = cls.VALID_VERSIONS
    if not isinstance(version, int) or not lo <= version <= hi:
        raise ProtocolError(f"{cls.__name__}: unsupported version {version} (valid {lo}-{hi})")


class _DataclassFields:
    """``__dataclass_fields__`` of a generated class, built on first use.

    The generated classes are plain slotted classes (running ``dataclass()`` on each
    dominated start-up), yet ``dataclasses.is_dataclass/fields/replace/asdict`` should
    still work on them; only code that asks pays for the table.
    """

    def __get__(self, obj: object, cls: type) -> dict[str, dataclasses.Field[Any]]:
        table = _dataclass_fields(cls)
        type.__setattr__(cls, "__dataclass_fields__", table)
        return table


def _dataclass_fields(cls: Any) -> dict[str, dataclasses.Field[Any]]:
    proto = cls()
    hints = getattr(cls.__init__, "__annotations__", {})
    ns: dict[str, Any] = {"__annotations__": {}}
    for f in cls._FIELDS:
        ns["__annotations__"][f.attr] = hints.get(f.attr, "Any")
        value = getattr(proto, f.attr)
        if type(value) is list:
            ns[f.attr] = dataclasses.field(default_factory=list)
        elif isinstance(value, Struct):
            ns[f.attr] = dataclasses.field(default_factory=type(value))
        else:
            ns[f.attr] = value
    shadow: Any = dataclasses.dataclass(type(cls.__name__, (), ns))
    fields: dict[str, dataclasses.Field[Any]] = shadow.__dataclass_fields__
    return fields


class Struct:
    """Base of every generated class (nested structs included): dataclass-like behaviour."""

    __slots__ = ()
    _FIELDS: ClassVar[tuple[F, ...]] = ()
    __dataclass_fields__: ClassVar[Any] = _DataclassFields()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = self.__slots__
        return [getattr(self, a) for a in names] == [getattr(other, a) for a in names]

    # Mutable, compared by value: unhashable, as a non-frozen dataclass is.
    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        body = ", ".join(f"{a}={getattr(self, a)!r}" for a in self.__slots__)
        return f"{self.__class__.__qualname__}({body})"


class Message(Struct):
    """Base of every generated top-level class: the encode/decode entry points."""

    __slots__ = ()
    API_KEY: ClassVar[int | None]
    MESSAGE_TYPE: ClassVar[str]
    VALID_VERSIONS: ClassVar[tuple[int, int]]
    FLEXIBLE_FROM: ClassVar[int | None]
    LISTENERS: ClassVar[tuple[str, ...]]
    LATEST_VERSION_UNSTABLE: ClassVar[bool]
    _ENC: ClassVar[dict[int, EncodeFn]]
    _DEC: ClassVar[dict[int, DecodeFn]]

    def encode_parts(self, version: int) -> list[Part]:
        """Encode into a list of buffers; record data is passed through as its own elements."""
        cls = type(self)
        enc = cls._ENC.get(version)
        if enc is None:
            enc = compile_encoder(cls, version)
        w = bytearray()
        parts: list[Part] = []
        try:
            enc(self, w, parts)
        except ProtocolError:
            raise
        except _ENCODE_ERRORS as e:
            raise _explain(cls, version, "encode", e) from None
        if w or not parts:
            parts.append(bytes(w))
        return parts

    def encode(self, version: int) -> bytes:
        parts = self.encode_parts(version)
        return parts[0] if len(parts) == 1 and type(parts[0]) is bytes else b"".join(parts)

    def encoded_size(self, version: int) -> int:
        return sum(p.nbytes if type(p) is memoryview else len(p) for p in self.encode_parts(version))

    @classmethod
    def decode_from(cls, buf: memoryview, offset: int, version: int) -> tuple[Self, int]:
        """Decode one message starting at ``offset``; return it and the offset after it."""
        dec = cls._DEC.get(version)
        if dec is None:
            dec = compile_decoder(cls, version)
        mv = buf if type(buf) is memoryview else memoryview(buf)
        if mv.format != "B" or mv.ndim != 1:
            mv = mv.cast("B")
        if offset < 0:
            raise ProtocolError(f"cannot decode {cls.__name__} v{version}: negative offset {offset}")
        try:
            return dec(mv, offset, len(mv))
        except ProtocolError:
            raise
        except _DECODE_ERRORS as e:
            raise _explain(cls, version, "decode", e) from None

    @classmethod
    def decode(cls, buf: bytes | bytearray | memoryview, version: int) -> Self:
        """Decode a whole buffer; ``records`` fields come back as memoryview slices of it."""
        return cls.decode_from(buf if type(buf) is memoryview else memoryview(buf), 0, version)[0]


class _Source:
    """Accumulates generated source lines and remembers which field each line handles."""

    def __init__(self, filename: str) -> None:
        self.lines: list[str] = []
        self.field_at: dict[int, str] = {}
        self.label = ""
        self.filename = filename
        self.ns: dict[str, Any] = {}
        self._consts: dict[tuple[type, Any], str] = {}
        self._tmp = 0

    def emit(self, indent: int, text: str) -> None:
        self.lines.append("    " * indent + text)
        self.field_at[len(self.lines)] = self.label

    def tmp(self, prefix: str) -> str:
        self._tmp += 1
        return f"{prefix}{self._tmp}"

    def const(self, value: Any, prefix: str = "_K") -> str:
        """Bind a value in the generated namespace; hashable values are shared."""
        try:
            key: tuple[type, Any] | None = (type(value), value)
            hash(key)
        except TypeError:
            key = None
        if key is not None and key in self._consts:
            return self._consts[key]
        name = self.tmp(prefix)
        self.ns[name] = value
        if key is not None:
            self._consts[key] = name
        return name

    def build(self) -> dict[str, Any]:
        self.ns.update(
            _FIELD_AT=self.field_at,
            _FILENAME=self.filename,
            _ruv=read_uvarint,
            _wuv=write_uvarint,
            _uuid=_uuid_from,
            _spack=struct.pack,
            _sunpack=struct.unpack_from,
            _PE=ProtocolError,
            _mv=memoryview,
        )
        code = compile("\n".join(self.lines) + "\n", self.filename, "exec")
        exec(code, self.ns)
        return self.ns


class _Compiler:
    """Generates encoder/decoder source for one message class at one version."""

    def __init__(self, top: Any, version: int, action: str) -> None:
        self.top = top
        self.version = version
        self.flexible = top.FLEXIBLE_FROM is not None and version >= top.FLEXIBLE_FROM
        self.src = _Source(f"<kpybroker-codec {top.__name__} v{version} {action}>")
        self.done: set[str] = set()
        self.pending: list[str] = []
        self.err_prefix = f"{top.__name__} v{version}: field "
        self.protos: dict[type, Any] = {}

    # ----- helpers -------------------------------------------------------------------
    def struct_class(self, name: str) -> Any:
        return getattr(self.top, name)

    def fn_name(self, kind: str, cls: Any) -> str:
        name = "top" if cls is self.top else cls.__name__
        fn = f"{kind}_{name}"
        if fn not in self.done:
            self.done.add(fn)
            self.pending.append(name)
        return fn

    def fail(self, what: str) -> str:
        return f"raise _PE({self.err_prefix + self.src.label + ': '!r} + {what})"

    def compact(self, f: F) -> bool:
        if f.flex_override:
            return _in(f.flex, self.version)
        return self.flexible

    def default_of(self, cls: Any, f: F) -> Any:
        """The value ``cls()`` gives field ``f`` (read from one default instance per class)."""
        proto = self.protos.get(cls)
        if proto is None:
            proto = self.protos[cls] = cls()
        return getattr(proto, f.attr)

    def default_expr(self, cls: Any, f: F) -> str:
        """Expression producing the default of ``f`` (a fresh object when mutable)."""
        d = self.default_of(cls, f)
        if f.array and type(d) is list:
            return "[]"
        if f.type == "struct" and not f.array and d is None:
            return "None"
        if f.type == "struct" and not f.array:
            return self.src.const(self.struct_class(f.struct), "_C") + "()"
        return self.src.const(d, "_D")

    def default_value_const(self, cls: Any, f: F) -> str:
        """A shared default value for comparisons (never handed out)."""
        d = self.default_of(cls, f)
        if f.array and type(d) is list:
            return self.src.const([], "_E")
        if f.type == "struct" and not f.array and d is not None:
            return self.src.const(self.struct_class(f.struct)(), "_E")
        return self.src.const(d, "_D")

    def run(self, kind: str) -> Any:
        self.fn_name(kind, self.top)
        while self.pending:
            name = self.pending.pop()
            cls = self.top if name == "top" else self.struct_class(name)
            if kind == "e":
                self.gen_encoder(cls)
            else:
                self.gen_decoder(cls)
        ns = self.src.build()
        return ns[f"{kind}_top"]

    # ----- encoding --------------------------------------------------------------------
    def gen_encoder(self, cls: Any) -> None:
        src = self.src
        v = self.version
        src.label = cls.__name__
        src.emit(0, f"def {self.fn_name('e', cls)}(o, w, parts):")
        src.emit(1, "pass")
        regular: list[F] = []
        tagged: list[F] = []
        for f in cls._FIELDS:
            src.label = f"{cls.__name__}.{f.name}"
            if _in(f.tagged, v):
                tagged.append(f)
            elif _in(f.versions, v):
                regular.append(f)
            elif not f.ignorable:
                # Kafka refuses to drop a non-default value of a field the version lacks.
                dv = self.default_value_const(cls, f)
                src.emit(1, f"if o.{f.attr} != {dv}:")
                src.emit(2, self.fail("'non-default value not supported in this version'"))
        run: list[F] = []
        for f in regular:
            if f.type in _FIXED and not f.array:
                run.append(f)
                continue
            self.flush_fixed_enc(cls, run)
            run = []
            src.label = f"{cls.__name__}.{f.name}"
            x = src.tmp("x")
            src.emit(1, f"{x} = o.{f.attr}")
            self.enc_value(cls, f, x, "w", 1, self.compact(f), _in(f.nullable, v))
        self.flush_fixed_enc(cls, run)
        if self.flexible:
            self.enc_tagged(cls, tagged)

    def flush_fixed_enc(self, cls: Any, run: list[F]) -> None:
        if not run:
            return
        src = self.src
        src.label = f"{cls.__name__}.{run[0].name}" if len(run) == 1 else \
            f"{cls.__name__}.({'|'.join(f.name for f in run)})"
        fmt = ">" + "".join(_FIXED[f.type][0] for f in run)
        s = src.const(struct.Struct(fmt), "_S")
        args = ", ".join(f"o.{f.attr}.bytes" if f.type == "uuid" else f"o.{f.attr}" for f in run)
        src.emit(1, f"w += {s}.pack({args})")

    def enc_len(self, n: str, w: str, ind: int, compact: bool, short: bool) -> None:
        src = self.src
        if compact:
            src.emit(ind, f"if {n} < 127: {w}.append({n} + 1)")
            src.emit(ind, f"else: _wuv({w}, {n} + 1)")
        else:
            s = src.const(struct.Struct(">h" if short else ">i"), "_S")
            src.emit(ind, f"{w} += {s}.pack({n})")

    def enc_null(self, w: str, ind: int, compact: bool, short: bool, nullable: bool) -> None:
        src = self.src
        if not nullable:
            src.emit(ind, self.fail("'null value in a non-nullable field'"))
        elif compact:
            src.emit(ind, f"{w}.append(0)")
        else:
            minus_one = src.const(b"\xff\xff" if short else b"\xff\xff\xff\xff", "_B")
            src.emit(ind, f"{w} += {minus_one}")

    def enc_string(self, x: str, w: str, ind: int, compact: bool) -> None:
        src = self.src
        b = src.tmp("b")
        n = src.tmp("n")
        src.emit(ind, f"{b} = {x}.encode('utf-8')")
        src.emit(ind, f"{n} = len({b})")
        src.emit(ind, f"if {n} > 32767:")
        src.emit(ind + 1, self.fail(f"f'string of {{{n}}} bytes is too long'"))
        self.enc_len(n, w, ind, compact, True)
        src.emit(ind, f"{w} += {b}")

    def enc_bytes(self, x: str, w: str, ind: int, compact: bool) -> None:
        src = self.src
        n = src.tmp("n")
        src.emit(ind, f"{n} = {x}.nbytes if type({x}) is _mv else len({x})")
        self.enc_len(n, w, ind, compact, False)
        src.emit(ind, f"{w} += {x}")

    def enc_records(self, x: str, w: str, ind: int, compact: bool) -> None:
        src = self.src
        n = src.tmp("n")
        src.emit(ind, f"if type({x}) is list:")
        src.emit(ind + 1, f"{n} = sum(p.nbytes if type(p) is _mv else len(p) for p in {x})")
        self.enc_len(n, w, ind + 1, compact, False)
        src.emit(ind + 1, f"parts.append(bytes({w})); {w}.clear(); parts.extend({x})")
        src.emit(ind, "else:")
        src.emit(ind + 1, f"{n} = {x}.nbytes if type({x}) is _mv else len({x})")
        self.enc_len(n, w, ind + 1, compact, False)
        src.emit(ind + 1, f"if {n}: parts.append(bytes({w})); {w}.clear(); parts.append({x})")

    def enc_value(self, cls: Any, f: F, x: str, w: str, ind: int, compact: bool, nullable: bool) -> None:
        """Emit code writing value ``x`` of field ``f`` (untagged layout) to bytearray ``w``."""
        src = self.src
        if f.type in _FIXED and not f.array:
            s = src.const(struct.Struct(">" + _FIXED[f.type][0]), "_S")
            src.emit(ind, f"{w} += {s}.pack({x}.bytes)" if f.type == "uuid" else f"{w} += {s}.pack({x})")
            return
        short = f.type == "string" and not f.array
        if f.type == "struct" and not f.array:
            fn = self.fn_name("e", self.struct_class(f.struct))
            src.emit(ind, f"if {x} is None:")
            if nullable:
                src.emit(ind + 1, f"{w}.append(255)")
            else:
                src.emit(ind + 1, self.fail("'null value in a non-nullable field'"))
            src.emit(ind, "else:")
            if nullable:
                src.emit(ind + 1, f"{w}.append(1)")
            src.emit(ind + 1, f"{fn}({x}, {w}, parts)")
            return
        src.emit(ind, f"if {x} is None:")
        self.enc_null(w, ind + 1, compact, short, nullable)
        src.emit(ind, "else:")
        ind += 1
        if not f.array:
            if f.type == "string":
                self.enc_string(x, w, ind, compact)
            elif f.type == "bytes":
                self.enc_bytes(x, w, ind, compact)
            elif f.type == "records":
                self.enc_records(x, w, ind, compact)
            else:
                raise AssertionError(f.type)
            return
        n = src.tmp("n")
        src.emit(ind, f"{n} = len({x})")
        self.enc_len(n, w, ind, compact, False)
        e = src.tmp("e")
        if f.type == "struct":
            fn = self.fn_name("e", self.struct_class(f.struct))
            src.emit(ind, f"for {e} in {x}: {fn}({e}, {w}, parts)")
        elif f.type == "uuid":
            src.emit(ind, f"for {e} in {x}: {w} += {e}.bytes")
        elif f.type in _FIXED:
            src.emit(ind, f"if {n}: {w} += _spack('>%d{_FIXED[f.type][0]}' % {n}, *{x})")
        elif f.type in ("string", "bytes"):
            src.emit(ind, f"for {e} in {x}:")
            src.emit(ind + 1, f"if {e} is None: " + self.fail("'null array element'"))
            if f.type == "string":
                self.enc_string(e, w, ind + 1, compact)
            else:
                self.enc_bytes(e, w, ind + 1, compact)
        else:
            raise AssertionError(f.type)

    def enc_tagged(self, cls: Any, tagged: list[F]) -> None:
        src = self.src
        if not tagged:
            src.label = f"{cls.__name__}.<tagged fields>"
            src.emit(1, "w.append(0)")
            return
        tf = src.tmp("tf")
        src.emit(1, f"{tf} = []")
        for f in sorted(tagged, key=lambda f: f.tag or 0):
            src.label = f"{cls.__name__}.{f.name}"
            nullable = _in(f.nullable, self.version)
            x = src.tmp("x")
            t = src.tmp("t")
            src.emit(1, f"{x} = o.{f.attr}")
            if self.default_of(cls, f) is None:
                src.emit(1, f"if {x} is not None:")
            else:
                src.emit(1, f"if {x} != {self.default_value_const(cls, f)}:")
            src.emit(2, f"{t} = bytearray()")
            if f.type == "struct" and not f.array:
                fn = self.fn_name("e", self.struct_class(f.struct))
                src.emit(2, f"if {x} is None:")
                if nullable:
                    src.emit(3, f"{t}.append(0)")
                else:
                    src.emit(3, self.fail("'null value in a non-nullable field'"))
                src.emit(2, "else:")
                if nullable:
                    src.emit(3, f"{t}.append(1)")
                src.emit(3, f"{fn}({x}, {t}, parts)")
            else:
                self.enc_value(cls, f, x, t, 2, True, nullable)
            src.emit(2, f"{tf}.append(({f.tag}, {t}))")
        src.label = f"{cls.__name__}.<tagged fields>"
        src.emit(1, f"_wuv(w, len({tf}))")
        src.emit(1, f"for tg, tb in {tf}: _wuv(w, tg); _wuv(w, len(tb)); w += tb")

    # ----- decoding --------------------------------------------------------------------
    def gen_decoder(self, cls: Any) -> None:
        src = self.src
        v = self.version
        src.label = cls.__name__
        src.emit(0, f"def {self.fn_name('d', cls)}(mv, pos, end):")
        args: list[str] = []
        regular: list[tuple[F, str]] = []
        tagged: list[tuple[F, str]] = []
        for f in cls._FIELDS:
            if _in(f.tagged, v) and self.flexible:
                var = src.tmp("v")
                tagged.append((f, var))
                args.append(var)
            elif _in(f.versions, v):
                var = src.tmp("v")
                regular.append((f, var))
                args.append(var)
            else:
                args.append(self.default_expr(cls, f))
        run: list[tuple[F, str]] = []
        for f, var in regular:
            if f.type in _FIXED and not f.array:
                run.append((f, var))
                continue
            self.flush_fixed_dec(cls, run)
            run = []
            src.label = f"{cls.__name__}.{f.name}"
            self.dec_value(cls, f, var, 1, "end", self.compact(f), _in(f.nullable, v))
        self.flush_fixed_dec(cls, run)
        if self.flexible:
            self.dec_tagged(cls, tagged)
        src.label = cls.__name__
        src.emit(1, f"return {src.const(cls, '_C')}({', '.join(args)}), pos")

    def flush_fixed_dec(self, cls: Any, run: list[tuple[F, str]]) -> None:
        if not run:
            return
        src = self.src
        src.label = f"{cls.__name__}.{run[0][0].name}" if len(run) == 1 else \
            f"{cls.__name__}.({'|'.join(f.name for f, _ in run)})"
        fmt = ">" + "".join(_FIXED[f.type][0] for f, _ in run)
        s = struct.Struct(fmt)
        sname = src.const(s, "_S")
        names = ", ".join(var for _, var in run)
        src.emit(1, f"{names}, = {sname}.unpack_from(mv, pos)")
        src.emit(1, f"pos += {s.size}")
        for f, var in run:
            if f.type == "uuid":
                src.emit(1, f"{var} = _uuid({var})")

    def dec_len(self, n: str, ind: int, compact: bool, short: bool) -> None:
        src = self.src
        if compact:
            c = src.tmp("c")
            src.emit(ind, f"{c} = mv[pos]")
            src.emit(ind, f"if {c} < 128: {n} = {c} - 1; pos += 1")
            src.emit(ind, f"else: {n}, pos = _ruv(mv, pos); {n} -= 1")
        else:
            s = struct.Struct(">h" if short else ">i")
            src.emit(ind, f"{n}, = {src.const(s, '_S')}.unpack_from(mv, pos)")
            src.emit(ind, f"pos += {s.size}")

    def dec_sized(self, kind: str, var: str, n: str, ind: int, end: str) -> None:
        """Read ``n`` (>= 0) bytes at pos as a string, bytes copy or zero-copy slice."""
        src = self.src
        e = src.tmp("p")
        if kind == "string":
            src.emit(ind, f"if {n} > 32767: " + self.fail(f"f'string length {{{n}}} is invalid'"))
        src.emit(ind, f"{e} = pos + {n}")
        src.emit(ind, f"if {e} > {end}: " + self.fail(f"f'length {{{n}}} runs past the end of the input'"))
        if kind == "string":
            src.emit(ind, f"{var} = str(mv[pos:{e}], 'utf-8')")
        elif kind == "bytes":
            src.emit(ind, f"{var} = bytes(mv[pos:{e}])")
        else:
            src.emit(ind, f"{var} = mv[pos:{e}]")
        src.emit(ind, f"pos = {e}")

    def dec_value(self, cls: Any, f: F, var: str, ind: int, end: str, compact: bool, nullable: bool) -> None:
        """Emit code reading field ``f`` (untagged layout) at ``pos`` into ``var``."""
        src = self.src
        if f.type in _FIXED and not f.array:
            s = struct.Struct(">" + _FIXED[f.type][0])
            src.emit(ind, f"{var}, = {src.const(s, '_S')}.unpack_from(mv, pos)")
            src.emit(ind, f"pos += {s.size}")
            if f.type == "uuid":
                src.emit(ind, f"{var} = _uuid({var})")
            return
        if f.type == "struct" and not f.array:
            fn = self.fn_name("d", self.struct_class(f.struct))
            if nullable:
                src.emit(ind, "if mv[pos] >= 128:")
                src.emit(ind + 1, f"{var} = None; pos += 1")
                src.emit(ind, "else:")
                src.emit(ind + 1, f"{var}, pos = {fn}(mv, pos + 1, {end})")
            else:
                src.emit(ind, f"{var}, pos = {fn}(mv, pos, {end})")
            return
        n = src.tmp("n")
        short = f.type == "string" and not f.array
        self.dec_len(n, ind, compact, short)
        src.emit(ind, f"if {n} < 0:")
        if nullable:
            src.emit(ind + 1, f"{var} = None")
        else:
            src.emit(ind + 1, self.fail("'null in a non-nullable field'"))
        src.emit(ind, "else:")
        ind += 1
        if not f.array:
            self.dec_sized(f.type, var, n, ind, end)
            return
        src.emit(ind, f"if {n} > {end} - pos: " + self.fail(f"f'array length {{{n}}} exceeds remaining input'"))
        if f.type == "struct":
            fn = self.fn_name("d", self.struct_class(f.struct))
            e = src.tmp("e")
            ap = src.tmp("ap")
            src.emit(ind, f"{var} = []; {ap} = {var}.append")
            src.emit(ind, f"for _ in range({n}):")
            src.emit(ind + 1, f"{e}, pos = {fn}(mv, pos, {end}); {ap}({e})")
        elif f.type in _FIXED:
            letter, width = _FIXED[f.type]
            src.emit(ind, f"if pos + {n} * {width} > {end}: " + self.fail("'array runs past the end of the input'"))
            if f.type == "uuid":
                src.emit(ind, f"{var} = [_uuid(bytes(mv[pos + 16 * i:pos + 16 * i + 16])) for i in range({n})]")
            else:
                src.emit(ind, f"{var} = list(_sunpack('>%d{letter}' % {n}, mv, pos))")
            src.emit(ind, f"pos += {n} * {width}")
        elif f.type in ("string", "bytes"):
            m = src.tmp("n")
            e = src.tmp("e")
            src.emit(ind, f"{var} = []")
            src.emit(ind, f"for _ in range({n}):")
            self.dec_len(m, ind + 1, compact, f.type == "string")
            src.emit(ind + 1, f"if {m} < 0: " + self.fail("'null array element'"))
            self.dec_sized(f.type, e, m, ind + 1, end)
            src.emit(ind + 1, f"{var}.append({e})")
        else:
            raise AssertionError(f.type)

    def dec_tagged(self, cls: Any, tagged: list[tuple[F, str]]) -> None:
        src = self.src
        for f, var in tagged:
            src.label = f"{cls.__name__}.{f.name}"
            src.emit(1, f"{var} = {self.default_expr(cls, f)}")
        src.label = f"{cls.__name__}.<tagged fields>"
        src.emit(1, "if mv[pos] == 0:")
        src.emit(2, "pos += 1")
        src.emit(1, "else:")
        src.emit(2, "nt, pos = _ruv(mv, pos)")
        src.emit(2, "for _ in range(nt):")
        src.emit(3, "tg, pos = _ruv(mv, pos)")
        src.emit(3, "sz, pos = _ruv(mv, pos)")
        src.emit(3, "te = pos + sz")
        src.emit(3, "if te > end: " + self.fail("f'tagged field {tg} of {sz} bytes runs past the end'"))
        kw = "if"
        for f, var in sorted(tagged, key=lambda t: t[0].tag or 0):
            src.label = f"{cls.__name__}.{f.name}"
            src.emit(3, f"{kw} tg == {f.tag}:")
            kw = "elif"
            nullable = _in(f.nullable, self.version)
            if f.type == "struct" and not f.array:
                fn = self.fn_name("d", self.struct_class(f.struct))
                if nullable:
                    src.emit(4, "u, pos = _ruv(mv, pos)")
                    src.emit(4, f"{var} = None if u == 0 else {fn}(mv, pos, te)[0]")
                else:
                    src.emit(4, f"{var} = {fn}(mv, pos, te)[0]")
            else:
                self.dec_value(cls, f, var, 4, "te", True, nullable)
        src.label = f"{cls.__name__}.<tagged fields>"
        src.emit(3, "pos = te")


def compile_encoder(cls: Any, version: int) -> EncodeFn:
    """Compile (once) and cache the encoder of ``cls`` at ``version``."""
    _check_version(cls, version)
    fn: EncodeFn = _Compiler(cls, version, "encode").run("e")
    cls._ENC[version] = fn
    return fn


def compile_decoder(cls: Any, version: int) -> DecodeFn:
    """Compile (once) and cache the decoder of ``cls`` at ``version``."""
    _check_version(cls, version)
    fn: DecodeFn = _Compiler(cls, version, "decode").run("d")
    cls._DEC[version] = fn
    return fn


def generated_source(cls: Any, version: int, action: str = "decode") -> str:
    """The source text the compiler produces (for debugging and review)."""
    _check_version(cls, version)
    comp = _Compiler(cls, version, action)
    comp.fn_name("e" if action == "encode" else "d", cls)
    while comp.pending:
        name = comp.pending.pop()
        c = cls if name == "top" else comp.struct_class(name)
        (comp.gen_encoder if action == "encode" else comp.gen_decoder)(c)
    return "\n".join(comp.src.lines)
