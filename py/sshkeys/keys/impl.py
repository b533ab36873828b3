"""The one interface every key type implements (OpenSSH's struct sshkey_impl, PuTTY's
ssh_keyalg): its SSH wire fields, its private components in each container, the names it
goes by in PEM and PKCS#8, and its numbers as puttygen -O text prints them.

File formats and certificates ask a key's impl (`key_type(name).impl`) and never branch on
its family; DER and armor stay in formats/, which the impls do not import.
"""

# The type name suffix of an OpenSSH certificate (PROTOCOL.certkeys).
CERT_SUFFIX = "-cert-v01@openssh.com"


def is_certificate_type(name: str) -> bool:
    return name.endswith(CERT_SUFFIX)


def hex_number(n: int) -> str:
    return f"0x{n:x}"


class KeyImpl:
    family = ""
    short = ""             # sshkey_type(): the name ssh-keygen -L prints
    pkcs8_oid = ""         # the PKCS#8 / SubjectPublicKeyInfo algorithm
    size_limit = None      # (what, Limits field) bounding the size of keys we read
    traditional_pem = True   # has a PKCS#1 / SEC1 / OpenSSL DSA form (see pem_label)
    putty = True             # PuTTY knows it: a .ppk can hold it (see ppk_private)

    def putty_bits(self, pub) -> int:
        """The size PuTTY prints beside a fingerprint."""
        return pub.bits

    def pem_label(self, pub) -> str:
        """The traditional PEM block (PKCS#1, SEC1, OpenSSL's DSA) that holds this type."""
        raise NotImplementedError

    # -- SSH wire: the public blob after its type name (RFC 4253 6.6), and the private
    #    fields openssh-key-v1 stores after it (PROTOCOL.key, sshkey_private_serialize)

    def public_fields(self, pub) -> bytes:
        raise NotImplementedError

    def read_public(self, r, name: str):
        raise NotImplementedError

    def private_fields(self, priv) -> bytes:
        raise NotImplementedError

    def read_private(self, r, name: str):
        raise NotImplementedError

    # -- PuTTY's private blob: only what the public blob does not already hold

    def ppk_private(self, priv) -> bytes:
        raise NotImplementedError

    def read_ppk_private(self, r, pub):
        raise NotImplementedError

    # -- puttygen -O text

    def dump(self, pub, priv) -> list:
        """(name, value) rows of the key's numbers, private ones if priv is given."""
        raise NotImplementedError

    async def generate(self, engine, bits: int):
        raise NotImplementedError
