/**
 * A GB18030 encoder for test fixtures, made independently of the code under test by inverting
 * the runtime's own decoder over the two-byte range (every CJK ideograph of GBK is there).
 */
let table: Map<string, number[]> | undefined;

function build(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return map;
}

/** The GB18030 bytes of ASCII and two-byte (GBK) text; throws on a character outside them. */
export function encodeGb18030(text: string): Uint8Array {
  table ??= build();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`encodeGb18030: no two-byte code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}
