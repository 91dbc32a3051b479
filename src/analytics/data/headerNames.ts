import type { RepeatedHeader } from '../columnar/readInfo';

/**
 * Header names made usable, for every reader: blanks become col1, col2, … and repeats get _2,
 * _3, …, each repeat listed (readWarnings says which copy is used by name).
 * @example uniqueHeaderNames(['Email', '', 'Email']).names // → ['Email', 'col2', 'Email_2']
 * @example uniqueHeaderNames(['Email', '', 'Email']).repeated // → [{ name: 'Email', renamed: 'Email_2' }]
 */
export function uniqueHeaderNames(header: readonly string[]): { names: string[]; repeated: RepeatedHeader[] } {
  const seen = new Map<string, number>();
  const repeated: RepeatedHeader[] = [];
  const names = header.map((h, j) => {
    const base = h || `col${j + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    if (count === 1) return base;
    repeated.push({ name: base, renamed: `${base}_${count}` });
    return `${base}_${count}`;
  });
  return { names, repeated };
}
