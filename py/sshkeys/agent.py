"""A client of ssh-agent (draft-miller-ssh-agent): is a key held there, and a signature from it.
The agent makes the signature; we only frame the request. Native only (a Unix socket)."""

import os
import socket
import struct

from .errors import SSHKeyError
from .wire import Reader, string, u32

REQUEST_IDENTITIES, IDENTITIES_ANSWER = 11, 12
SIGN_REQUEST, SIGN_RESPONSE = 13, 14
RSA_SHA2_256, RSA_SHA2_512 = 2, 4
MAX_REPLY = 256 * 1024


class AgentError(SSHKeyError):
    pass


class Agent:
    def __init__(self, path: str | None = None):
        path = path or os.environ.get("SSH_AUTH_SOCK")
        if not path:
            raise AgentError("Couldn't get agent socket")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self.sock.connect(path)
        except OSError as e:
            self.sock.close()
            raise AgentError(f"Couldn't get agent socket: {e.strerror}") from None

    def close(self) -> None:
        self.sock.close()

    def _call(self, message: bytes) -> tuple:
        self.sock.sendall(u32(len(message)) + message)
        head = self._recv(4)
        size = struct.unpack(">I", head)[0]
        if not 0 < size <= MAX_REPLY:
            raise AgentError("The agent's reply is malformed.")
        body = self._recv(size)
        return body[0], Reader(body[1:], "agent reply")

    def _recv(self, n: int) -> bytes:
        out = b""
        while len(out) < n:
            chunk = self.sock.recv(n - len(out))
            if not chunk:
                raise AgentError("The agent closed the connection.")
            out += chunk
        return out

    def has_key(self, blob: bytes) -> bool:
        kind, r = self._call(bytes([REQUEST_IDENTITIES]))
        if kind != IDENTITIES_ANSWER:
            raise AgentError("The agent refused to list its keys.")
        for _ in range(r.u32()):
            held, _comment = r.string(), r.string()
            if held == blob:
                return True
        return False

    def sign(self, blob: bytes, data: bytes, algorithm: str | None = None) -> bytes:
        flags = {"rsa-sha2-512": RSA_SHA2_512, "rsa-sha2-256": RSA_SHA2_256}.get(algorithm, 0)
        kind, r = self._call(bytes([SIGN_REQUEST]) + string(blob) + string(data) + u32(flags))
        if kind != SIGN_RESPONSE:
            raise AgentError("agent refused operation")
        return r.string()
