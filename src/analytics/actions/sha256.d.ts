/**
 * SHA-256 and HMAC-SHA-256 in plain TypeScript, synchronous, for {@link pseudonymize} (the
 * analytics run without Node's crypto or the browser's async SubtleCrypto).
 * References: FIPS 180-4 "Secure Hash Standard", §6.2 (SHA-256); RFC 2104 (HMAC). Checked
 * against the FIPS 180-2 examples and the RFC 4231 test cases in the unit tests.
 */
/** UTF-8 bytes of a string (lone surrogates as U+FFFD, as TextEncoder does). */
export declare function utf8Bytes(s: string): Uint8Array;
/**
 * @returns the 32-byte digest
 * @example hex(sha256(utf8Bytes('abc'))) // → 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export declare function sha256(message: Uint8Array): Uint8Array;
/**
 * HMAC-SHA-256 (RFC 2104 with a 64-byte block).
 * @example hex(hmacSha256(utf8Bytes('Jefe'), utf8Bytes('what do ya want for nothing?'))) // → '5bdcc146…64ec3843' (RFC 4231, case 2)
 */
export declare function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array;
/** Lower-case hex of bytes. */
export declare function hex(bytes: Uint8Array): string;
