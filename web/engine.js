// The JS half of sshkeys' browser engine (py/sshkeys/engine/browser.py calls these).
//
// Thin async wrappers over what the platform offers, and nothing else. WebCrypto first: RSA,
// ECDSA and EdDSA keys, public-key derivation, AES and PBKDF2. Where a browser's WebCrypto
// lacks an algorithm or refuses an operation, an audited library does it instead: @noble/curves
// (Ed25519, Ed448, NIST curves), @noble/ciphers (AES-192; ChaCha20 and Poly1305, which no
// browser has); des.js does Triple DES (no browser has it; legacy files are only decrypted);
// hash-wasm does Argon2 and bcrypt-pbkdf OpenSSH's KDF; @noble/post-quantum does ML-DSA-44
// (FIPS 204) where WebCrypto lacks it (it is the WICG "modern algorithms" draft there, which
// Chromium ships). Which one is used is decided once, by
// trying each WebCrypto operation on a known answer (probe()), never by user agent; configure()
// can hide WebCrypto algorithms so that the tests run every fallback in every browser.
// No key logic lives here: Python turns the JWK fields into numbers and builds the keys.
// Bytes cross the boundary as Uint8Array in both directions.

import { argon2d, argon2i, argon2id } from "hash-wasm";
import bcrypt from "bcrypt-pbkdf";   // CommonJS: its module.exports is the default export
import { ed25519 } from "@noble/curves/ed25519.js";
import { ed448 } from "@noble/curves/ed448.js";
import { p256, p384, p521 } from "@noble/curves/nist.js";
import { cbc, ctr, gcm } from "@noble/ciphers/aes.js";
import { chacha20orig } from "@noble/ciphers/chacha.js";
import { poly1305 as poly1305Tag } from "@noble/ciphers/_poly1305.js";
import des from "des.js";            // CommonJS, like bcrypt-pbkdf
import { ml_dsa44 } from "@noble/post-quantum/ml-dsa.js";

const subtle = () => {
  const s = globalThis.crypto && globalThis.crypto.subtle;
  // WebCrypto exists only in secure contexts (https, localhost) and workers spawned by them.
  if (!s) throw new Error("WebCrypto (crypto.subtle) is not available in this context.");
  return s;
};

const bytes = (buffer) => new Uint8Array(buffer);
const b64url = (data) => btoa(String.fromCharCode(...data))
  .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const hex = (h) => Uint8Array.from(h.match(/../g), (b) => parseInt(b, 16));

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

const equal = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

// -- which provider does what -----------------------------------------------------------
// Each WebCrypto operation that some browser lacks or refuses, tried once on a known answer.
// A probe that throws or answers wrongly means the library fallback is used instead.

// Each curve's PKCS#8 DER up to the private bytes, which depends only on the curve:
// PrivateKeyInfo { 0, { id-ecPublicKey, curve OID }, OCTET STRING { ECPrivateKey { 1, d } } }
// without the optional public key, and RFC 8410's { 0, { id-EdXXX }, OCTET STRING {
// OCTET STRING seed } }.
const CURVES = {
  "P-256": { noble: p256, size: 32,
             pkcs8: hex("3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420") },
  "P-384": { noble: p384, size: 48,
             pkcs8: hex("304e020100301006072a8648ce3d020106052b81040022043730350201010430") },
  "P-521": { noble: p521, size: 66,
             pkcs8: hex("3060020100301006072a8648ce3d020106052b81040023044930470201010442") },
};
const EDDSA = {
  Ed25519: { noble: ed25519, size: 32, pkcs8: hex("302e020100300506032b657004220420"),
             // RFC 8032 section 7.1, TEST 1
             seed: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
             public: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a" },
  Ed448: { noble: ed448, size: 57, pkcs8: hex("3047020100300506032b6571043b0439"),
           // RFC 8032 section 7.4, -----Blank
           seed: "6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3"
                 + "528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b",
           public: "5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778"
                   + "edf124769b46c7061bd6783df1e50f6cd1fa1abeafe8256180" },
};
// FIPS 197 appendix C.2: AES-192 of one block.
const AES192 = { key: hex("000102030405060708090a0b0c0d0e0f1011121314151617"),
                 block: hex("00112233445566778899aabbccddeeff"),
                 out: hex("dda97ca4864cdfe06eaf70a0ec0d7191") };

// NIST ACVP ML-DSA-44 keyGen, test case 1 (tests/data/mldsa): the seed, and SHA-256 of the
// 1312-byte public key it expands to.
const MLDSA44 = { seed: hex("93ef2e6ef1fb08999d142abe0295482370d3f43bdb254a78e2b0d5168eca065f"),
                  publicSha256: hex("6995b20ecd5cde41719035028a712ccf35b1adf53b913030423d9d6fa188d673") };

const jwkBytes = (text) => Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")),
                                           (c) => c.charCodeAt(0));

async function webEcdsaPublic(curve, d) {
  const key = await subtle().importKey("pkcs8", concat(CURVES[curve].pkcs8, d),
                                       { name: "ECDSA", namedCurve: curve }, true, ["sign"]);
  const { x, y } = await subtle().exportKey("jwk", key);
  return { x, y };
}

async function webEddsaPublic(name, seed) {
  const key = await subtle().importKey("pkcs8", concat(EDDSA[name].pkcs8, seed), { name }, true,
                                       ["sign"]);
  const { x } = await subtle().exportKey("jwk", key);
  return { x };
}

async function webGenerate(alg, fields) {
  const pair = await subtle().generateKey(alg, true, ["sign", "verify"]);
  const jwk = await subtle().exportKey("jwk", pair.privateKey);
  return Object.fromEntries(fields.map((f) => [f, jwk[f]]));
}

async function webAes(mode, key, params, data) {
  const k = await subtle().importKey("raw", key, mode, false, ["encrypt"]);
  return bytes(await subtle().encrypt({ name: mode, ...params }, k, data));
}

const probeEddsa = async (name) => {
  const { d, x } = await webGenerate({ name }, ["d", "x"]);
  return jwkBytes(d).length === EDDSA[name].size && jwkBytes(x).length === EDDSA[name].size;
};
const probeEddsaPublic = async (name) => {
  const { x } = await webEddsaPublic(name, hex(EDDSA[name].seed));
  return equal(jwkBytes(x), hex(EDDSA[name].public));
};
const everyCurve = async (check) =>
  (await Promise.all(Object.keys(CURVES).map(check))).every(Boolean);

// name -> async () => true when WebCrypto does it right. These names are what configure() hides.
const PROBES = {
  "ECDSA": () => everyCurve(async (curve) => {
    const { d, x, y } = await webGenerate({ name: "ECDSA", namedCurve: curve }, ["d", "x", "y"]);
    return [d, x, y].every((f) => jwkBytes(f).length === CURVES[curve].size);
  }),
  "ECDSA-derive": () => everyCurve(async (curve) => {   // d = 1: the public point is G
    const { size, noble } = CURVES[curve];
    const { x, y } = await webEcdsaPublic(curve, concat(new Uint8Array(size - 1), [1]));
    return equal(concat([4], jwkBytes(x), jwkBytes(y)), noble.Point.BASE.toBytes(false));
  }),
  "Ed25519": () => probeEddsa("Ed25519"),
  "Ed25519-derive": () => probeEddsaPublic("Ed25519"),
  "Ed448": () => probeEddsa("Ed448"),
  "Ed448-derive": () => probeEddsaPublic("Ed448"),
  "ML-DSA-44": async () => {    // the known public key, and a signature with a context
    const { seed, publicSha256 } = MLDSA44;
    const publicKey = await webMldsaPublic(seed);
    if (!equal(bytes(await subtle().digest("SHA-256", publicKey)), publicSha256)) return false;
    const message = new Uint8Array([1, 2, 3]);
    const signature = await webMldsaSign(seed, message, message);
    return signature.length === 2420 && ml_dsa44.verify(signature, message, publicKey,
                                                        { context: message });
  },
  "AES-192": async () => {
    const { key, block, out } = AES192;
    const viaCtr = await webAes("AES-CTR", key, { counter: block, length: 128 },
                                new Uint8Array(16));
    const viaCbc = await webAes("AES-CBC", key, { iv: new Uint8Array(16) }, block);
    const sealed = await webAes("AES-GCM", key, { iv: new Uint8Array(12) }, block);
    return equal(viaCtr, out) && equal(viaCbc.subarray(0, 16), out) && sealed.length === 32;
  },
};
export const HIDEABLE = Object.freeze(Object.keys(PROBES));
// Who does an algorithm WebCrypto lacks or is told to hide: these, and @noble/curves the rest.
const FALLBACK = { "AES-192": "@noble/ciphers", "ML-DSA-44": "@noble/post-quantum" };

let hidden = new Set();
let probed = null;    // Promise of {name: WebCrypto works}, made once

function probe() {
  probed ??= Promise.all(HIDEABLE.map(async (name) => {
    try {
      return [name, (await PROBES[name]()) === true];
    } catch {
      return [name, false];
    }
  })).then(Object.fromEntries);
  return probed;
}

const webcrypto = async (name) => !hidden.has(name) && (await probe())[name];

// The test switch: WebCrypto algorithms (names of HIDEABLE) the engine must not use, so their
// fallbacks run even where the platform has them. It can only choose the audited libraries.
export async function configure({ hide = [] } = {}) {
  const names = [...hide];
  const unknown = names.filter((name) => !HIDEABLE.includes(name));
  if (unknown.length) {
    throw new Error(`Unknown WebCrypto algorithm ${unknown.join(", ")} to hide `
                    + `(known: ${HIDEABLE.join(", ")}).`);
  }
  hidden = new Set(names);
  return capabilities();
}

// Which library does each primitive in this browser, as it will be used: {primitive: provider}.
export async function capabilities() {
  const found = await probe();
  const provider = Object.fromEntries(HIDEABLE.map((name) => [
    name, found[name] && !hidden.has(name) ? "WebCrypto" : FALLBACK[name] || "@noble/curves"]));
  return {
    "RSA": "WebCrypto", ...provider, "AES": "WebCrypto", "PBKDF2": "WebCrypto",
    "ChaCha20-Poly1305": "@noble/ciphers", "Triple DES": "des.js", "Argon2": "hash-wasm",
    "bcrypt_pbkdf": "bcrypt-pbkdf",
  };
}

// -- key generation: as JWK fields (base64url), which Python decodes ---------------------

export async function generateRsa(bits, e) {
  // The hash is irrelevant to the numbers; WebCrypto only wants one for the key's usages.
  const alg = { name: "RSASSA-PKCS1-v1_5", modulusLength: bits,
                publicExponent: bigEndian(e), hash: "SHA-256" };
  return webGenerate(alg, ["n", "e", "d", "p", "q"]);
}

function bigEndian(value) {
  const out = [];
  for (let v = value; v > 0; v = Math.floor(v / 256)) out.unshift(v % 256);
  return new Uint8Array(out);
}

function pointJwk(curve, point) {   // uncompressed point 04 || x || y -> {x, y}
  const { size } = CURVES[curve];
  return { x: b64url(point.subarray(1, 1 + size)), y: b64url(point.subarray(1 + size)) };
}

export async function generateEcdsa(curve) {   // "P-256" | "P-384" | "P-521"
  if (await webcrypto("ECDSA")) {
    return webGenerate({ name: "ECDSA", namedCurve: curve }, ["d", "x", "y"]);
  }
  const { noble } = CURVES[curve];
  const d = noble.utils.randomSecretKey();
  return { d: b64url(d), ...pointJwk(curve, noble.getPublicKey(d, false)) };
}

export async function generateEddsa(name) {    // "Ed25519" | "Ed448"
  if (await webcrypto(name)) return webGenerate({ name }, ["d", "x"]);
  const { noble } = EDDSA[name];
  const seed = noble.utils.randomSecretKey();
  return { d: b64url(seed), x: b64url(noble.getPublicKey(seed)) };
}

// -- public key from private bytes -----------------------------------------------------
// WebCrypto has no "derive public key" call, and a JWK private key must carry its public
// half. A PKCS#8 key need not: importing one without it makes the platform compute the public
// key, and exporting as JWK reveals it. Firefox refuses that export for EC keys (Mozilla bug
// 2000795) and Safari is reported to refuse the import (WebKit bug 302707): the probe sees it.
// A WebCrypto that refuses one key only (WebKitGTK 2.50: the all-zero Ed25519 seed, which
// RFC 8032 allows) gets the library's answer for it: the public key is a function of the
// private one, whoever computes it; the library rejects what is really invalid.

async function derived(name, web, library) {
  if (await webcrypto(name)) {
    try {
      return await web();
    } catch {
      // this key: the library below
    }
  }
  return library();
}

// d: big-endian scalar padded to the curve's size (32, 48 or 66 bytes) -> JWK {x, y}
export async function ecdsaPublic(curve, d) {
  return derived("ECDSA-derive", () => webEcdsaPublic(curve, d),
                 () => pointJwk(curve, CURVES[curve].noble.getPublicKey(d, false)));
}

// seed: the RFC 8032 private key (32 or 57 bytes) -> JWK {x} (the encoded public key)
export async function eddsaPublic(name, seed) {
  return derived(`${name}-derive`, () => webEddsaPublic(name, seed),
                 () => ({ x: b64url(EDDSA[name].noble.getPublicKey(seed)) }));
}

// -- ML-DSA (FIPS 204) -------------------------------------------------------------------
// WebCrypto's where the browser has the WICG draft's ML-DSA-44 (its probe passed), else
// @noble/post-quantum's. Keys cross as the 32-byte seed xi of ML-DSA.KeyGen (what OpenSSH
// stores), expanded again for each use. Signing is hedged either way: fresh randomness for
// every signature, as FIPS 204 recommends and OpenSSH does.

const MLDSA = { "ml-dsa-44": { web: "ML-DSA-44", noble: ml_dsa44 } };

function mldsa(param) {
  const scheme = MLDSA[param];
  if (!scheme) throw new Error(`Unknown ML-DSA parameter set ${param}.`);
  return scheme;
}

const webMldsaKey = (seed, usage) =>
  subtle().importKey("raw-seed", seed, { name: "ML-DSA-44" }, true, [usage]);

// The draft has no "derive the public key" call that every implementation shares, but a
// private key's JWK carries its public half.
async function webMldsaPublic(seed) {
  return jwkBytes((await subtle().exportKey("jwk", await webMldsaKey(seed, "sign"))).pub);
}

async function webMldsaSign(seed, data, context) {
  const key = await webMldsaKey(seed, "sign");
  return bytes(await subtle().sign({ name: "ML-DSA-44", context }, key, data));
}

export async function generateMldsa(param) {    // -> [seed, public key]
  const { web, noble } = mldsa(param);
  if (await webcrypto(web)) {
    const pair = await subtle().generateKey({ name: web }, true, ["sign", "verify"]);
    return [bytes(await subtle().exportKey("raw-seed", pair.privateKey)),
            bytes(await subtle().exportKey("raw-public", pair.publicKey))];
  }
  const seed = crypto.getRandomValues(new Uint8Array(32));
  return [seed, noble.keygen(seed).publicKey];
}

export async function mldsaPublic(param, seed) {
  const { web, noble } = mldsa(param);
  return derived(web, () => webMldsaPublic(seed), () => noble.keygen(seed).publicKey);
}

export async function signMldsa(param, seed, data, context) {
  const { web, noble } = mldsa(param);
  return derived(web, () => webMldsaSign(seed, data, context), () => {
    const { secretKey } = noble.keygen(seed);
    try {
      return noble.sign(data, secretKey, { context });
    } finally {
      secretKey.fill(0);
    }
  });
}

export async function verifyMldsa(param, publicKey, data, signature, context) {
  const { web, noble } = mldsa(param);
  return derived(web, async () => {
    const key = await subtle().importKey("raw-public", publicKey, { name: web }, false, ["verify"]);
    return subtle().verify({ name: web, context }, key, signature, data);
  }, () => noble.verify(signature, data, publicKey, { context }));
}

// -- AES -------------------------------------------------------------------------------
// WebCrypto's, but @noble/ciphers' for 192-bit keys where WebCrypto has none (Chromium).

const aesKey = (name, key, usage) => subtle().importKey("raw", key, name, false, [usage]);
const nobleAes = async (key) => key.length === 24 && !(await webcrypto("AES-192"));

export async function aesCtr(key, iv, data) {
  // OpenSSH's CTR mode increments the whole 128-bit block as one big-endian counter.
  if (await nobleAes(key)) return ctr(key, iv.slice()).encrypt(data);
  const k = await aesKey("AES-CTR", key, "encrypt");
  return bytes(await subtle().encrypt({ name: "AES-CTR", counter: iv, length: 128 }, k, data));
}

function wholeBlocks(data, size = 16, name = "AES-CBC") {
  if (data.length % size) {
    throw new Error(`${name} data must be a whole number of ${size}-byte blocks.`);
  }
}

// WebCrypto's AES-CBC always adds PKCS#7 padding; key formats pad themselves, so:
// encrypt, then drop the final block, which is WebCrypto's 16-byte pad block.
export async function aesCbcEncrypt(key, iv, data) {
  wholeBlocks(data);
  if (await nobleAes(key)) return cbc(key, iv, { disablePadding: true }).encrypt(data);
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
  if (await nobleAes(key)) return cbc(key, iv, { disablePadding: true }).decrypt(data);
  const enc = await aesKey("AES-CBC", key, "encrypt");
  const dec = await aesKey("AES-CBC", key, "decrypt");
  const last = data.subarray(data.length - 16);
  const pad = bytes(await subtle().encrypt({ name: "AES-CBC", iv: last }, enc,
                                           new Uint8Array(16).fill(16))).subarray(0, 16);
  return bytes(await subtle().decrypt({ name: "AES-CBC", iv }, dec, concat(data, pad)));
}

// Ciphertext followed by the 16-byte tag, as WebCrypto (and OpenSSH) lay it out.
export async function aesGcmEncrypt(key, iv, data, aad) {
  if (await nobleAes(key)) return gcm(key, iv, aad).encrypt(data);
  const k = await aesKey("AES-GCM", key, "encrypt");
  const params = { name: "AES-GCM", iv, additionalData: aad, tagLength: 128 };
  return bytes(await subtle().encrypt(params, k, data));
}

// null when the tag does not verify (WebCrypto reports that as an OperationError).
export async function aesGcmDecrypt(key, iv, data, aad) {
  if (await nobleAes(key)) {
    try {
      return gcm(key, iv, aad).decrypt(data);
    } catch (e) {
      if (data.length >= 16 && /invalid tag/.test(e && e.message)) return null;
      throw e;
    }
  }
  const k = await aesKey("AES-GCM", key, "decrypt");
  const params = { name: "AES-GCM", iv, additionalData: aad, tagLength: 128 };
  try {
    return bytes(await subtle().decrypt(params, k, data));
  } catch (e) {
    if (e && e.name === "OperationError") return null;
    throw e;
  }
}

// -- what no browser has: ChaCha20-Poly1305 as OpenSSH uses it, Triple DES ----------------

// Original ChaCha20 (64-bit nonce, 64-bit block counter starting at `counter`).
export async function chacha20(key, nonce, counter, data) {
  return chacha20orig(key, nonce, data, undefined, counter);
}

export async function poly1305(key, data) {
  return poly1305Tag(data, key);
}

// DES-EDE3-CBC decryption of whole 8-byte blocks, no padding removed (formats check their own).
export async function tdesCbcDecrypt(key, iv, data) {
  wholeBlocks(data, 8, "Triple DES");
  if (data.length === 0) return new Uint8Array(0);
  const cipher = des.CBC.instantiate(des.EDE).create({ type: "decrypt", key: [...key],
                                                       iv: [...iv], padding: false });
  return Uint8Array.from(cipher.update([...data]).concat(cipher.final()));
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
// RSA is WebCrypto's in every browser: the private key is imported from the JWK fields Python
// sends, only to sign. ECDSA and EdDSA are WebCrypto's where its probe passed (and it takes
// the key), else @noble/curves'. ECDSA signatures cross as r || s, each the curve's size
// (WebCrypto's form and noble's compact one); Python packs them as SSH's two mpints.
// Verification takes high-S ECDSA signatures, as OpenSSH does.

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

// d: the big-endian scalar padded to the curve's size; the hash is the curve's (RFC 5656),
// which is also the one @noble/curves hashes with.
export async function signEcdsa(curve, d, hashName, data) {
  const { noble, pkcs8 } = CURVES[curve];
  return derived("ECDSA", async () => {
    const key = await subtle().importKey("pkcs8", concat(pkcs8, d),
                                         { name: "ECDSA", namedCurve: curve }, false, ["sign"]);
    return bytes(await subtle().sign({ name: "ECDSA", hash: signatureHash(hashName) }, key, data));
  }, () => noble.sign(data, d, { prehash: true }));
}

// point: SEC1 uncompressed; signature: r || s, each padded to the curve's size.
export async function verifyEcdsa(curve, point, hashName, data, signature) {
  return derived("ECDSA", async () => {
    const key = await subtle().importKey("raw", point, { name: "ECDSA", namedCurve: curve }, false,
                                         ["verify"]);
    return subtle().verify({ name: "ECDSA", hash: signatureHash(hashName) }, key, signature, data);
  }, () => CURVES[curve].noble.verify(signature, data, point, { prehash: true, lowS: false }));
}

export async function signEddsa(name, seed, data) {    // "Ed25519" | "Ed448"
  return derived(name, async () => {
    const key = await subtle().importKey("pkcs8", concat(EDDSA[name].pkcs8, seed), { name }, false,
                                         ["sign"]);
    return bytes(await subtle().sign(name, key, data));
  }, () => EDDSA[name].noble.sign(data, seed));
}

export async function verifyEddsa(name, publicKey, data, signature) {
  return derived(name, async () => {
    const key = await subtle().importKey("raw", publicKey, { name }, false, ["verify"]);
    return subtle().verify(name, key, signature, data);
  }, () => EDDSA[name].noble.verify(signature, data, publicKey, { zip215: false }));
}
