/**
 * Header names made usable, for every reader: blanks become col1, col2, … and repeats get _2,
 * _3, …, each repeat with a warning that says which copy is used by name.
 * @example uniqueHeaderNames(['Email', '', 'Email']).names // → ['Email', 'col2', 'Email_2']
 */
export function uniqueHeaderNames(header: readonly string[]): { names: string[]; warnings: string[] } {
  const seen = new Map<string, number>();
  const warnings: string[] = [];
  const names = header.map((h, j) => {
    const base = h || `col${j + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    if (count === 1) return base;
    warnings.push(
      `the header "${base}" appears more than once; the later copy is read as "${base}_${count}" and the first "${base}" is the one used by name`,
    );
    return `${base}_${count}`;
  });
  return { names, warnings };
}
