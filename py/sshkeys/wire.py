"""SSH wire encoding (RFC 4251 section 5): uint32, string, mpint, and a bounds-checked reader."""

import struct

from .errors import FormatError
from .i18n import N_, _


def u32(n: int) -> bytes:
    return struct.pack(">I", n)


def u64(n: int) -> bytes:
    return struct.pack(">Q", n)


def string(data: bytes | str) -> bytes:
    if isinstance(data, str):
        data = data.encode()
    return u32(len(data)) + data


def mpint(n: int) -> bytes:
    if n < 0:
        raise ValueError("negative mpint")              # a bug of ours, not the user's
    if n == 0:
        return u32(0)
    body = n.to_bytes(n.bit_length() // 8 + 1, "big")  # +1 keeps the sign bit clear
    return string(body)


class Reader:
    """Reads SSH wire fields; any overrun or malformed field raises FormatError naming `what`."""

    def __init__(self, data: bytes, what: str = N_("key data")):
        self._data = memoryview(bytes(data))
        self._pos = 0
        self.what = what

    def fail(self, why: str):
        # TRANSLATORS: {what} is a noun phrase such as "OpenSSH private key", {why} a clause such as
        # "it ends too early"; both are translated on their own.
        raise FormatError(_("The {what} is corrupted: {why}.").format(what=_(self.what), why=why))

    @property
    def remaining(self) -> int:
        return len(self._data) - self._pos

    def raw(self, n: int) -> bytes:
        if n < 0 or n > self.remaining:
            self.fail(_("it ends too early"))
        out = bytes(self._data[self._pos:self._pos + n])
        self._pos += n
        return out

    def u32(self) -> int:
        return struct.unpack(">I", self.raw(4))[0]

    def u64(self) -> int:
        return struct.unpack(">Q", self.raw(8))[0]

    def string(self) -> bytes:
        return self.raw(self.u32())

    def text(self) -> str:
        try:
            return self.string().decode("utf-8")
        except UnicodeDecodeError:
            self.fail(_("a text field is not valid UTF-8"))

    def mpint(self) -> int:
        body = self.string()
        if body and body[0] & 0x80:
            self.fail(_("a number is negative"))
        return int.from_bytes(body, "big")

    def rest(self) -> bytes:
        return self.raw(self.remaining)

    def done(self) -> None:
        if self.remaining:
            self.fail(_("it has unexpected trailing data"))
