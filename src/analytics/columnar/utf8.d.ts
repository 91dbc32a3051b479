/**
 * UTF-8 without TextDecoder/TextEncoder (the analytics compile without DOM or Node types).
 * Malformed bytes decode to U+FFFD, as TextDecoder does.
 */
/** The text of `bytes[start, end)`. */
export declare function decodeUtf8(bytes: Uint8Array, start: number, end: number): string;
/** The UTF-8 bytes of a string (lone surrogates become U+FFFD). */
export declare function encodeUtf8(text: string): Uint8Array;
