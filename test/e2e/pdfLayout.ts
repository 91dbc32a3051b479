/**
 * Reads the layout of a PDF that Chromium printed (page.pdf with `outline: true`): the size of
 * each page, whether a page has anything drawn on it, and where each heading landed (its page and
 * height, from the document outline). Enough to check a print stylesheet without a PDF library or
 * poppler: Chromium's writer (Skia) keeps every object as plain `N 0 obj … endobj`.
 */
import { inflateSync } from 'node:zlib';

export interface PdfPage {
  /** Width and height in points (1/72 in). */
  width: number;
  height: number;
  /** Drawing operators on the page (text, paths, images); 0 for a blank page. */
  marks: number;
}

export interface PdfHeading {
  title: string;
  /** 0-based page index. */
  page: number;
  /** Height of the heading's top above the bottom of the page, in points. */
  y: number;
}

export interface PdfLayout {
  pages: PdfPage[];
  headings: PdfHeading[];
}

/** The text of a PDF string: `<FEFF…>` (UTF-16BE), `<…>` or `(…)` with its escapes. */
function pdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const bytes = Buffer.from(raw.slice(1, -1).replace(/\s/g, ''), 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return raw
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
      /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }[e] ?? e),
    );
}

export function pdfLayout(pdf: Buffer): PdfLayout {
  const text = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; start: number }>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*/g)) objects.set(Number(m[1]), { dict: text.slice(m.index + m[0].length), start: m.index });
  const dict = (n: number) => {
    const o = objects.get(n);
    if (!o) throw new Error(`PDF object ${n} is missing`);
    const end = o.dict.search(/\bendobj\b|\bstream\r?\n/);
    return o.dict.slice(0, end);
  };
  const ref = (d: string, key: string) => {
    const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(d);
    return m ? Number(m[1]) : undefined;
  };
  const stream = (n: number): Buffer => {
    const o = objects.get(n)!;
    const d = dict(n);
    const length = Number(/\/Length\s+(\d+)/.exec(d)![1]);
    const at = o.start + text.slice(o.start).search(/stream\r?\n/);
    const begin = at + (text[at + 6] === '\r' ? 8 : 7);
    const body = pdf.subarray(begin, begin + length);
    return /\/FlateDecode/.test(d) ? inflateSync(body) : body;
  };

  const catalog = /(\d+) 0 obj\s*<<\/Type \/Catalog/.exec(text);
  if (!catalog) throw new Error('no PDF catalog');
  const root = dict(Number(catalog[1]));
  const pageIds: number[] = [];
  const walk = (n: number) => {
    const d = dict(n);
    if (/\/Type \/Pages\b/.test(d)) for (const k of /\/Kids\s*\[([^\]]*)\]/.exec(d)![1].matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
    else pageIds.push(n);
  };
  walk(ref(root, 'Pages')!);
  const pages = pageIds.map((id) => {
    const d = dict(id);
    const box = /\/MediaBox\s*\[([^\]]*)\]/.exec(d)![1].trim().split(/\s+/).map(Number);
    const contents = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(d)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    const ops = contents.map((c) => stream(c).toString('latin1')).join('\n');
    const marks = (ops.match(/\b(Tj|TJ|Do|f\*?|S|B\*?)\s*$/gm) ?? []).length;
    return { width: box[2] - box[0], height: box[3] - box[1], marks };
  });

  const headings: PdfHeading[] = [];
  const visit = (n: number | undefined) => {
    for (let item = n; item !== undefined; item = ref(dict(item), 'Next')) {
      const d = dict(item);
      const title = /\/Title\s*(<[^>]*>|\((?:\\.|[^\\)])*\))/.exec(d);
      const dest = /\/Dest\s*\[\s*(\d+) 0 R\s*\/XYZ\s+([-\d.]+)\s+([-\d.]+)/.exec(d);
      if (title && dest) headings.push({ title: pdfString(title[1]), page: pageIds.indexOf(Number(dest[1])), y: Number(dest[3]) });
      visit(ref(d, 'First'));
    }
  };
  const outlines = ref(root, 'Outlines');
  if (outlines !== undefined) visit(ref(dict(outlines), 'First'));
  return { pages, headings };
}
