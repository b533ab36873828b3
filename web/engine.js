// The JS half of sshkeys' browser engine (py/sshkeys/engine/browser.py calls these).
//
// Thin async wrappers over what the platform offers, and nothing else: WebCrypto for key
// generation, public-key derivation, AES and PBKDF2; hash-wasm for Argon2; bcrypt-pbkdf for
// OpenSSH's KDF. No key logic lives here: Python turns the JWK fields into numbers and
// builds the keys. Bytes cross the boundary as Uint8Array in both directions.

import { argon2d, argon2i, argon2id } from "hash-wasm";
import bcrypt from "bcrypt-pbkdf";   // CommonJS: its module.exports is the default export

const subtle = () => {
  const s = globalThis.crypto && globalThis.crypto.subtle;
  // WebCrypto exists only in secure contexts (https, localhost) and workers spawned by them.
  if (!s) throw new Error("WebCrypto (crypto.subtle) is not available in this context.");
  return s;
};

const bytes = (buffer) => new Uint8Array(buffer);

// -- key generation: export as JWK, Python decodes the base64url fields -----------------

export async function generateRsa(bits, e) {
  // The hash is irrelevant to the numbers; WebCrypto only wants one for the key's usages.
  const alg = { name: "RSASSA-PKCS1-v1_5", modulusLength: bits,
                publicExponent: bigEndian(e), hash: "SHA-256" };
  const pair = await subtle().generateKey(alg, true, ["sign", "verify"]);
  const { n, e: exp, d, p, q } = await subtle().exportKey("jwk", pair.privateKey);
  return { n, e: exp, d, p, q };
}

function bigEndian(value) {
  const out = [];
  for (let v = value; v > 0; v = Math.floor(v / 256)) out.unshift(v % 256);
  return new Uint8Array(out);
}

export async function generateEcdsa(curve) {   // "P-256" | "P-384" | "P-521"
  const pair = await subtle().generateKey({ name: "ECDSA", namedCurve: curve }, true,
                                          ["sign", "verify"]);
  const { d, x, y } = await subtle().exportKey("jwk", pair.privateKey);
  return { d, x, y };
}

export async function generateEd25519() {
  const pair = await subtle().generateKey({ name: "Ed25519" }, true, ["sign", "verify"]);
  const { d, x } = await subtle().exportKey("jwk", pair.privateKey);
  return { d, x };
}

// -- public key from private bytes -----------------------------------------------------
// WebCrypto has no "derive public key" call, and a JWK private key must carry its public
// half. A PKCS#8 key need not: an ECPrivateKey without the optional publicKey field (and an
// RFC 8410 Ed25519 key, which never has one) imports, the platform computes the public
// point, and exporting as JWK reveals it. The DER up to the private bytes depends only on
// the curve, so each prefix below is fixed; the raw private bytes follow it.

const hex = (h) => Uint8Array.from(h.match(/../g), (b) => parseInt(b, 16));

// PrivateKeyInfo { 0, { id-ecPublicKey, curve OID }, OCTET STRING { ECPrivateKey { 1, d } } }
const EC_PKCS8_PREFIX = {
  "P-256": hex("3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420"),
  "P-384": hex("304e020100301006072a8648ce3d020106052b81040022043730350201010430"),
  "P-521": hex("3060020100301006072a8648ce3d020106052b81040023044930470201010442"),
};
// PrivateKeyInfo { 0, { id-Ed25519 }, OCTET STRING { OCTET STRING seed } } (RFC 8410)
const ED25519_PKCS8_PREFIX = hex("302e020100300506032b657004220420");

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

// d: big-endian scalar padded to the curve's size (32, 48 or 66 bytes) -> JWK {x, y}
export async function ecdsaPublic(curve, d) {
  const der = concat(EC_PKCS8_PREFIX[curve], d);
  const key = await subtle().importKey("pkcs8", der, { name: "ECDSA", namedCurve: curve }, true,
                                       ["sign"]);
  const { x, y } = await subtle().exportKey("jwk", key);
  return { x, y };
}

// seed: the 32-byte RFC 8032 private key -> JWK {x} (the encoded public key)
export async function ed25519Public(seed) {
  const der = concat(ED25519_PKCS8_PREFIX, seed);
  const key = await subtle().importKey("pkcs8", der, { name: "Ed25519" }, true, ["sign"]);
  const { x } = await subtle().exportKey("jwk", key);
  return { x };
}

// -- AES -------------------------------------------------------------------------------

const aesKey = (name, key, usage) => subtle().importKey("raw", key, name, false, [usage]);

export async function aesCtr(key, iv, data) {
  // OpenSSH's CTR mode increments the whole 128-bit block as one big-endian counter.
  const k = await aesKey("AES-CTR", key, "encrypt");
  return bytes(await subtle().encrypt({ name: "AES-CTR", counter: iv, length: 128 }, k, data));
}

function wholeBlocks(data) {
  if (data.length % 16) throw new Error("AES-CBC data must be a whole number of 16-byte blocks.");
}

// WebCrypto's AES-CBC always adds PKCS#7 padding; key formats pad themselves, so:
// encrypt, then drop the final block, which is WebCrypto's 16-byte pad block.
export async function aesCbcEncrypt(key, iv, data) {
  wholeBlocks(data);
  const k = await aesKey("AES-CBC", key, "encrypt");
  const out = bytes(await subtle().encrypt({ name: "AES-CBC", iv }, k, data));
  return out.subarray(0, data.length);
}

// Decrypt: append the block a full pad block (16 x 0x10) encrypts to when chained after the
// last ciphertext block, so the plaintext WebCrypto sees ends in valid padding it strips.
// That block is the first output block of encrypting the pad block with IV = last block.
export async function aesCbcDecrypt(key, iv, data) {
  wholeBlocks(data);
  if (data.length === 0) return new Uint8Array(0);
  const enc = await aesKey("AES-CBC", key, "encrypt");
  const dec = await aesKey("AES-CBC", key, "decrypt");
  const last = data.subarray(data.length - 16);
  const pad = bytes(await subtle().encrypt({ name: "AES-CBC", iv: last }, enc,
                                           new Uint8Array(16).fill(16))).subarray(0, 16);
  return bytes(await subtle().decrypt({ name: "AES-CBC", iv }, dec, concat(data, pad)));
}

// Ciphertext followed by the 16-byte tag, as WebCrypto (and OpenSSH) lay it out.
export async function aesGcmEncrypt(key, iv, data, aad) {
  const k = await aesKey("AES-GCM", key, "encrypt");
  const params = { name: "AES-GCM", iv, additionalData: aad, tagLength: 128 };
  return bytes(await subtle().encrypt(params, k, data));
}

// null when the tag does not verify (WebCrypto reports that as an OperationError).
export async function aesGcmDecrypt(key, iv, data, aad) {
  const k = await aesKey("AES-GCM", key, "decrypt");
  const params = { name: "AES-GCM", iv, additionalData: aad, tagLength: 128 };
  try {
    return bytes(await subtle().decrypt(params, k, data));
  } catch (e) {
    if (e && e.name === "OperationError") return null;
    throw e;
  }
}

// -- key derivation ----------------------------------------------------------------------

const PBKDF2_HASHES = { sha1: "SHA-1", sha256: "SHA-256", sha384: "SHA-384", sha512: "SHA-512" };

export async function pbkdf2(hashName, password, salt, iterations, length) {
  const hash = PBKDF2_HASHES[hashName];
  if (!hash) throw new Error(`Unknown PBKDF2 hash ${hashName}.`);
  const k = await subtle().importKey("raw", password, "PBKDF2", false, ["deriveBits"]);
  const params = { name: "PBKDF2", hash, salt, iterations };
  return bytes(await subtle().deriveBits(params, k, 8 * length));
}

const ARGON2 = { argon2d, argon2i, argon2id };

// Argon2 version 0x13 (hash-wasm's only version), no secret, no associated data.
export async function argon2(flavour, password, salt, memoryKiB, passes, parallelism, length) {
  const fn = ARGON2[flavour];
  if (!fn) throw new Error(`Unknown Argon2 flavour ${flavour}.`);
  return fn({ password, salt, memorySize: memoryKiB, iterations: passes, parallelism,
              hashLength: length, outputType: "binary" });
}

// OpenSSH's bcrypt_pbkdf. Synchronous pure JS (fine in a worker); async for uniformity.
export async function bcryptPbkdf(password, salt, rounds, length) {
  const key = new Uint8Array(length);
  // It returns -1 (not an exception) for empty inputs, zero rounds or an oversized key.
  if (bcrypt.pbkdf(password, password.length, salt, salt.length, key, length, rounds) !== 0) {
    throw new Error("bcrypt_pbkdf refused its parameters (empty passphrase or salt, "
                    + "zero rounds, or too long a key).");
  }
  return key;
}

// -- signatures, for certificates (py/sshkeys/signature.py makes the SSH blobs) ------------
// Private keys are imported only to sign and never leave WebCrypto again: RSA as a JWK (its
// base64url fields from Python), ECDSA and Ed25519 through the PKCS#8 prefixes above. ECDSA
// signatures are WebCrypto's raw r || s, each the curve's size; Python packs them as SSH's
// two mpints. Verification imports the public key: RSA as a JWK, ECDSA and Ed25519 raw.

const SIGNATURE_HASHES = { sha1: "SHA-1", sha256: "SHA-256", sha384: "SHA-384", sha512: "SHA-512" };
const RSASSA = "RSASSA-PKCS1-v1_5";

function signatureHash(name) {
  const hash = SIGNATURE_HASHES[name];
  if (!hash) throw new Error(`Unknown signature hash ${name}.`);
  return hash;
}

export async function signRsa(n, e, d, p, q, dp, dq, qi, hashName, data) {
  const jwk = { kty: "RSA", n, e, d, p, q, dp, dq, qi };
  const key = await subtle().importKey("jwk", jwk, { name: RSASSA, hash: signatureHash(hashName) },
                                       false, ["sign"]);
  return bytes(await subtle().sign(RSASSA, key, data));
}

export async function verifyRsa(n, e, hashName, data, signature) {
  const key = await subtle().importKey("jwk", { kty: "RSA", n, e },
                                       { name: RSASSA, hash: signatureHash(hashName) }, false,
                                       ["verify"]);
  return subtle().verify(RSASSA, key, signature, data);
}

// d: the big-endian scalar padded to the curve's size; the hash is the curve's (RFC 5656).
export async function signEcdsa(curve, d, hashName, data) {
  const key = await subtle().importKey("pkcs8", concat(EC_PKCS8_PREFIX[curve], d),
                                       { name: "ECDSA", namedCurve: curve }, false, ["sign"]);
  return bytes(await subtle().sign({ name: "ECDSA", hash: signatureHash(hashName) }, key, data));
}

// point: SEC1 uncompressed; signature: r || s, each padded to the curve's size.
export async function verifyEcdsa(curve, point, hashName, data, signature) {
  const key = await subtle().importKey("raw", point, { name: "ECDSA", namedCurve: curve }, false,
                                       ["verify"]);
  return subtle().verify({ name: "ECDSA", hash: signatureHash(hashName) }, key, signature, data);
}

export async function signEd25519(seed, data) {
  const key = await subtle().importKey("pkcs8", concat(ED25519_PKCS8_PREFIX, seed),
                                       { name: "Ed25519" }, false, ["sign"]);
  return bytes(await subtle().sign("Ed25519", key, data));
}

export async function verifyEd25519(publicKey, data, signature) {
  const key = await subtle().importKey("raw", publicKey, { name: "Ed25519" }, false, ["verify"]);
  return subtle().verify("Ed25519", key, signature, data);
}
