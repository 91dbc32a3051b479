export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';
export declare const TEXT_ENCODINGS: readonly TextEncodingName[];
export interface DecodedText {
    /** The text as UTF-8 bytes, without a byte-order mark. */
    bytes: Uint8Array;
    encoding: TextEncodingName;
    /** Whether the encoding was detected (true) or given (false). */
    detected: boolean;
}
/** The canonical name of an encoding option, or an error listing the accepted ones. */
export declare function encodingName(fn: string, name: string): TextEncodingName;
/** True when bytes[start…] is well-formed UTF-8 (a sequence cut at the very end counts as well-formed). */
export declare function isUtf8(bytes: Uint8Array, start?: number): boolean;
/**
 * The encoding of a file's bytes, detected: BOM, else UTF-16 by its zero bytes, else UTF-8 when
 * well-formed, else GB18030 when the bytes are well-formed GB18030, else Windows-1252.
 * @throws when the bytes hold NUL bytes in a non-UTF-16 file (a binary file, not text)
 * @example detectEncoding(Uint8Array.of(0xd6, 0xd0, 0xce, 0xc4)) // → 'gb18030' ("中文")
 */
export declare function detectEncoding(fn: string, bytes: Uint8Array): TextEncodingName;
/**
 * The bytes as UTF-8, decoded from the given or detected encoding.
 * @param encoding 'auto' (default) or an encoding name (see {@link TEXT_ENCODINGS}; gbk and gb2312 read as GB18030)
 * @example toUtf8('readCsv', gb18030Bytes).encoding // → 'gb18030'
 */
export declare function toUtf8(fn: string, bytes: Uint8Array, encoding?: string): DecodedText;
