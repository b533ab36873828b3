"""A minimal, strict DER (X.690) encoder and decoder for the structures key files use.

Only what PKCS#1, SEC1, PKCS#8 and SubjectPublicKeyInfo need: INTEGER (non-negative),
BIT STRING (whole bytes), OCTET STRING, NULL, OBJECT IDENTIFIER, SEQUENCE and
context-specific tags. The decoder rejects BER leniencies (indefinite or non-minimal
lengths, padded integers) and caps sizes and nesting, so that any malformed input ends
in FormatError rather than an arbitrary exception or unbounded work.
"""

from ..errors import FormatError
from ..i18n import N_, _

INTEGER, BIT_STRING, OCTET_STRING, NULL, OID, SEQUENCE = 0x02, 0x03, 0x04, 0x05, 0x06, 0x30

MAX_DEPTH = 16             # key structures nest at most 5 deep
MAX_SIZE = 1 << 20         # matches Limits.file_bytes; no key structure is bigger
MAX_INT_BYTES = 8193       # a 65536-bit number; RSA is capped far below by Limits.rsa_bits
MAX_OID_BYTES = 64


def context(number: int, constructed: bool = True) -> int:
    """The tag byte of [number], e.g. 0xA0 for an explicit [0], 0x81 for an implicit [1]."""
    return (0xA0 if constructed else 0x80) | number


# -- encoding ------------------------------------------------------------------------------

def tlv(tag: int, content: bytes) -> bytes:
    n = len(content)
    if n < 0x80:
        return bytes((tag, n)) + content
    size = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes((tag, 0x80 | len(size))) + size + content


def integer(n: int) -> bytes:
    if n < 0:
        raise ValueError("negative DER INTEGER")       # a bug of ours, not the user's
    return tlv(INTEGER, n.to_bytes(n.bit_length() // 8 + 1, "big"))  # +1 keeps the sign bit clear


def octet_string(data: bytes) -> bytes:
    return tlv(OCTET_STRING, data)


def bit_string(data: bytes) -> bytes:
    return tlv(BIT_STRING, b"\x00" + data)


def null() -> bytes:
    return tlv(NULL, b"")


def oid(dotted: str) -> bytes:
    arcs = [int(a) for a in dotted.split(".")]
    body = bytearray()
    for arc in [arcs[0] * 40 + arcs[1]] + arcs[2:]:
        chunk = [arc & 0x7F]
        while arc > 0x7F:
            arc >>= 7
            chunk.append(0x80 | (arc & 0x7F))
        body += bytes(reversed(chunk))
    return tlv(OID, bytes(body))


def sequence(*items: bytes) -> bytes:
    return tlv(SEQUENCE, b"".join(items))


def explicit(number: int, item: bytes) -> bytes:
    return tlv(context(number), item)


# -- decoding ------------------------------------------------------------------------------

class Reader:
    """Reads the elements of one DER body in order; every defect raises FormatError naming `what`."""

    def __init__(self, data: bytes, what: str = N_("key data"), depth: int = 0):
        if depth > MAX_DEPTH:
            raise FormatError(_("The {what} is corrupted: its DER nests too deeply.").format(what=_(what)))
        if len(data) > MAX_SIZE:
            raise FormatError(_("The {what} is corrupted: its DER is too large.").format(what=_(what)))
        self._data = bytes(data)
        self._pos = 0
        self.what = what
        self.depth = depth

    def fail(self, why: str):
        # TRANSLATORS: {what} is a noun phrase such as "OpenSSH private key", {why} a clause such as
        # "it ends too early"; both are translated on their own.
        raise FormatError(_("The {what} is corrupted: {why}.").format(what=_(self.what), why=why))

    @property
    def empty(self) -> bool:
        return self._pos >= len(self._data)

    def peek(self) -> int | None:
        """The next element's tag, or None at the end."""
        return None if self.empty else self._data[self._pos]

    def _byte(self) -> int:
        if self.empty:
            self.fail(_("its DER ends too early"))
        self._pos += 1
        return self._data[self._pos - 1]

    def _length(self) -> int:
        first = self._byte()
        if first < 0x80:
            return first
        count = first & 0x7F
        if count == 0 or count > 4:
            self.fail(_("a DER length is indefinite or too long"))
        n = 0
        for _i in range(count):
            n = n << 8 | self._byte()
        if n < 0x80 or n >> (8 * (count - 1)) == 0:
            self.fail(_("a DER length is not minimally encoded"))
        return n

    def element(self, tag: int | None = None) -> tuple:
        """(tag, content) of the next element, which must have `tag` if one is given."""
        got = self._byte()
        if got & 0x1F == 0x1F:
            self.fail(_("a DER tag uses the unsupported high-number form"))
        if tag is not None and got != tag:
            self.fail(_("expected DER tag 0x{tag:02x} but found 0x{got:02x}").format(tag=tag, got=got))
        n = self._length()
        if n > len(self._data) - self._pos:
            self.fail(_("a DER element runs past its end"))
        self._pos += n
        return got, self._data[self._pos - n:self._pos]

    def integer(self) -> int:
        body = self.element(INTEGER)[1]
        if not body or len(body) > MAX_INT_BYTES:
            self.fail(_("a DER INTEGER is empty or too large"))
        if body[0] & 0x80:
            self.fail(_("a number is negative"))
        if len(body) > 1 and body[0] == 0 and not body[1] & 0x80:
            self.fail(_("a DER INTEGER is not minimally encoded"))
        return int.from_bytes(body, "big")

    def octet_string(self) -> bytes:
        return self.element(OCTET_STRING)[1]

    def bit_string(self) -> bytes:
        return self.bit_string_body(self.element(BIT_STRING)[1])

    def bit_string_body(self, body: bytes) -> bytes:
        """The bytes of a BIT STRING's content (also reached through an implicit tag)."""
        if not body or body[0] != 0:
            self.fail(_("a DER BIT STRING is not a whole number of bytes"))
        return body[1:]

    def null(self) -> None:
        if self.element(NULL)[1]:
            self.fail(_("a DER NULL has content"))

    def oid(self) -> str:
        body = self.element(OID)[1]
        if not body or len(body) > MAX_OID_BYTES or body[-1] & 0x80:
            self.fail(_("a DER OBJECT IDENTIFIER is malformed"))
        arcs, arc, fresh = [], 0, True
        for b in body:
            if fresh and b == 0x80:
                self.fail(_("a DER OBJECT IDENTIFIER is not minimally encoded"))
            arc = arc << 7 | (b & 0x7F)
            fresh = not b & 0x80
            if fresh:
                arcs.append(arc)
                arc = 0
        first = min(arcs[0] // 40, 2)
        return ".".join(map(str, [first, arcs[0] - 40 * first] + arcs[1:]))

    def _child(self, body: bytes) -> "Reader":
        return Reader(body, self.what, self.depth + 1)

    def sequence(self) -> "Reader":
        return self._child(self.element(SEQUENCE)[1])

    def explicit(self, number: int) -> "Reader | None":
        """The inside of an optional explicit [number], or None when the next element is not it."""
        if self.peek() != context(number):
            return None
        return self._child(self.element()[1])

    def done(self) -> None:
        if not self.empty:
            self.fail(_("its DER has unexpected trailing data"))


def decode(data: bytes, what: str = N_("key data")) -> Reader:
    """A Reader over the body of the single SEQUENCE that `data` must consist of."""
    outer = Reader(data, what)
    body = outer.sequence()
    outer.done()
    return body
