import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { GridData, GridQueryError, type GridQuery, type TableColumn } from '../../../../src/protocol/index';

// A seeded table with ties, missing values, text with numbers in it, dates and booleans.
function seeded(n: number) {
  let s = 42;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const id = [] as string[];
  const amount = [] as (number | null)[];
  const segment = [] as (string | null)[];
  const day = [] as Date[];
  const vip = [] as boolean[];
  for (let i = 0; i < n; i++) {
    id.push(`C${i}`);
    amount.push(rand() < 0.1 ? null : Math.round(rand() * 50) * 2.5 - 20);
    segment.push(rand() < 0.05 ? null : ['Champions', 'At risk', 'new', 'Loyal'][Math.floor(rand() * 4)]);
    day.push(new Date(Date.UTC(2024, 0, 1 + Math.floor(rand() * 90))));
    vip.push(rand() < 0.3);
  }
  return aq.table({ row: Array.from({ length: n }, (_, i) => i), id, amount, segment, day, vip });
}

const COLUMNS: TableColumn[] = [
  { name: 'row', type: 'number' },
  { name: 'id', type: 'string' },
  { name: 'amount', type: 'number' },
  { name: 'segment', type: 'string' },
  { name: 'day', type: 'date' },
  { name: 'vip', type: 'boolean' },
];

function gridOf(t: aq.ColumnTable): GridData {
  const names = COLUMNS.map((c) => c.name);
  return new GridData({ columns: COLUMNS, numRows: t.numRows(), read: (j, r) => t.get(names[j], r) });
}

const t = seeded(2001);
const grid = gridOf(t);
const rowsOf = (q: GridQuery, pageSize = 2001) => grid.page(q, 0, pageSize).rowNumbers;
const missing = (v: unknown) => v === null || v === undefined;

/**
 * The Arquero reference: sort with missing values last in either direction and ties in table
 * order (a key flag column for missing, then the value, then the row number), filter with
 * Arquero's own `filter`, and read the `row` column.
 */
function reference(sort: { column: string; descending: boolean }[], filter?: (d: Record<string, unknown>) => boolean): number[] {
  let ref = t;
  if (filter) ref = ref.filter(aq.escape(filter));
  const keys: (string | object)[] = [];
  const derived: Record<string, unknown> = {};
  sort.forEach((s, i) => {
    derived[`m${i}`] = aq.escape((d: Record<string, unknown>) => (missing(d[s.column]) ? 1 : 0));
    derived[`k${i}`] = aq.escape((d: Record<string, unknown>) => {
      const v = d[s.column];
      return missing(v) ? 0 : v instanceof Date ? v.getTime() : typeof v === 'boolean' ? Number(v) : v;
    });
    keys.push(`m${i}`, s.descending ? aq.desc(`k${i}`) : `k${i}`);
  });
  if (sort.length) ref = ref.derive(derived as never).orderby(...(keys as never[]), 'row');
  return ref.array('row') as number[];
}

describe('the grid engine (protocol/grid/GridData) against an Arquero reference', () => {
  it('sorts all 2,001 rows by a number descending, missing values last and ties in table order', () => {
    assert.deepEqual(
      rowsOf({ sort: [{ column: 'amount', descending: true }], filters: [] }),
      reference([{ column: 'amount', descending: true }]),
    );
  });

  it('turns a sorted column round (reversing its cached order) as a sort the other way would', () => {
    const fresh = gridOf(t);
    for (const descending of [false, true, false]) {
      const sort = [
        { column: 'amount', descending },
        { column: 'day', descending: true },
      ];
      assert.deepEqual(fresh.page({ sort, filters: [] }, 0, 2001).rowNumbers, reference(sort));
    }
  });

  it('sorts by several columns: segment ascending, then date descending, then amount ascending', () => {
    const sort = [
      { column: 'day', descending: true },
      { column: 'amount', descending: false },
    ];
    assert.deepEqual(rowsOf({ sort, filters: [] }), reference(sort));
    const bySegment = rowsOf({ sort: [{ column: 'segment', descending: false }, ...sort], filters: [] });
    // Text sorts by the language's collation ("At risk" < "Champions" < "Loyal" < "new"): check it against the reference order of ranks.
    const order = ['At risk', 'Champions', 'Loyal', 'new'];
    const segments = bySegment.map((r) => t.get('segment', r) as string | null);
    const ranks = segments.map((s) => (s === null ? 4 : order.indexOf(s)));
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
    );
    const within = bySegment.filter((r) => t.get('segment', r) === 'Loyal');
    assert.deepEqual(
      within,
      reference(sort, (d) => d.segment === 'Loyal'),
    );
  });

  it('sorts booleans and text ids ("C2" before "C10")', () => {
    assert.deepEqual(
      rowsOf({ sort: [{ column: 'vip', descending: true }], filters: [] }),
      reference([{ column: 'vip', descending: true }]),
    );
    const ids = rowsOf({ sort: [{ column: 'id', descending: false }], filters: [] }).slice(0, 12);
    assert.deepEqual(ids, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('sorts text of more than 20,000 distinct values (ids, repeats, missing) in code-unit order as Arquero does, before and after its profile or its codes, read row by row or from an array', () => {
    const n = 30_000;
    const ids = Array.from({ length: n }, (_, i) => (i % 97 === 5 ? null : `U${(i * 7919) % 25_000}${i % 3 ? '' : 'x'}`));
    const big = aq.table({ row: Array.from({ length: n }, (_, i) => i), id: ids, k: Array.from({ length: n }, (_, i) => i % 7) });
    const cols: TableColumn[] = [
      { name: 'row', type: 'number' },
      { name: 'id', type: 'string' },
      { name: 'k', type: 'number' },
    ];
    // Reference: Arquero's orderby on the texts (code-unit order), missing last, ties in table order.
    const ref = (descending: boolean, thenK = false) =>
      big
        .derive({ m: aq.escape((d: { id: string | null }) => (d.id === null ? 1 : 0)) })
        .orderby('m', descending ? aq.desc('id') : 'id', ...(thenK ? ['k'] : []), 'row')
        .array('row') as number[];
    for (const [profileFirst, withValues, codesFirst] of [
      [false, false, false],
      [true, false, false],
      [false, true, false],
      [false, false, true],
    ]) {
      // With `values`, the sort reads the texts in the source's own array, as from the kernel's tables.
      const values = withValues ? (j: number) => (j === 1 ? ids : undefined) : undefined;
      const g = new GridData({ columns: cols, numRows: n, read: (j, r) => big.get(cols[j].name, r), values });
      if (profileFirst) assert.equal(g.profiles()[1].distinct, new Set(ids.filter((v) => v !== null)).size);
      if (codesFirst) assert.equal(g.column('id').keys.length, n); // codes built, as a profile of categories does
      for (const descending of [false, true, false])
        assert.deepEqual(g.page({ sort: [{ column: 'id', descending }], filters: [] }, 0, n).rowNumbers, ref(descending), `${descending}`);
      for (const descending of [true, false]) {
        const byIdThenK = [
          { column: 'id', descending },
          { column: 'k', descending: false },
        ];
        assert.deepEqual(g.page({ sort: byIdThenK, filters: [] }, 0, n).rowNumbers, ref(descending, true), `${descending}, then k`);
      }
    }
  });

  it('filters a column of ids row by row as Arquero does: contains (any case) and a pick with missing', () => {
    const n = 30_000;
    const ids = Array.from({ length: n }, (_, i) => (i % 97 === 5 ? null : `U${(i * 7919) % 25_000}${i % 3 ? '' : 'x'}`));
    const big = aq.table({ id: ids });
    const cols: TableColumn[] = [{ name: 'id', type: 'string' }];
    const matching = (f: (id: string | null) => boolean) => ids.flatMap((v, r) => (f(v) ? [r] : []));
    for (const withValues of [false, true]) {
      const g = new GridData({ columns: cols, numRows: n, read: (_j, r) => big.get('id', r), values: withValues ? () => ids : undefined });
      const rows = (filter: GridQuery['filters'][number]) => g.page({ sort: [], filters: [filter] }, 0, n).rowNumbers;
      assert.deepEqual(
        rows({ kind: 'contains', column: 'id', text: '1X' }),
        matching((v) => v !== null && v.toLowerCase().includes('1x')),
      );
      assert.deepEqual(
        rows({ kind: 'pick', column: 'id', values: ['U5', 'U7919x', null] }),
        matching((v) => v === null || v === 'U5' || v === 'U7919x'),
      );
      assert.deepEqual(rows({ kind: 'range', column: 'id', min: 0 }), []);
    }
  });

  it("sorts a few categories by the language's collation whether or not their profile was asked for first", () => {
    const fresh = gridOf(t);
    fresh.profiles();
    const sort = [{ column: 'segment', descending: true }];
    assert.deepEqual(fresh.page({ sort, filters: [] }, 0, 2001).rowNumbers, rowsOf({ sort, filters: [] }));
  });

  it('filters by a numeric range, text contains (any case) and a category pick, all together', () => {
    const filters = [
      { kind: 'range' as const, column: 'amount', min: 0, max: 50 },
      { kind: 'contains' as const, column: 'segment', text: 'AT R' },
    ];
    const sort = [{ column: 'amount', descending: false }];
    assert.deepEqual(
      rowsOf({ sort, filters }),
      reference(sort, (d) => d.amount !== null && (d.amount as number) >= 0 && (d.amount as number) <= 50 && d.segment === 'At risk'),
    );
    const picked = rowsOf({ sort: [], filters: [{ kind: 'pick', column: 'segment', values: ['new', null] }] });
    assert.deepEqual(
      picked,
      reference([], (d) => d.segment === 'new' || d.segment === null),
    );
    const open = rowsOf({ sort: [], filters: [{ kind: 'range', column: 'day', min: Date.UTC(2024, 2, 1) }] });
    assert.deepEqual(
      open,
      reference([], (d) => (d.day as Date).getTime() >= Date.UTC(2024, 2, 1)),
    );
  });

  it('pages: 25 rows a page, the last page holds the rest, and a page past the end is an error', () => {
    const q = { sort: [{ column: 'amount', descending: true }], filters: [] };
    const all = reference(q.sort);
    const p = grid.page(q, 80, 25);
    assert.equal(p.pageCount, 81);
    assert.equal(p.matchingRows, 2001);
    assert.deepEqual(p.rowNumbers, all.slice(2000));
    assert.deepEqual(grid.page(q, 3, 25).rowNumbers, all.slice(75, 100));
    assert.throws(
      () => grid.page(q, 81, 25),
      (e: Error) => e instanceof GridQueryError && /page 82 is past the last page \(81\)/.test(e.message),
    );
    const none = grid.page({ sort: [], filters: [{ kind: 'contains', column: 'id', text: 'nobody' }] }, 0, 25);
    assert.deepEqual([none.rowNumbers, none.pageCount, none.matchingRows], [[], 1, 0]);
  });

  it('pages unsorted tables of different sizes in table order (their row numbers share one array)', () => {
    const small = gridOf(seeded(7));
    const big = gridOf(seeded(3000));
    const plain = { sort: [], filters: [] };
    assert.deepEqual(small.page(plain, 0, 25).rowNumbers, [0, 1, 2, 3, 4, 5, 6]);
    assert.deepEqual(
      big.page(plain, 119, 25).rowNumbers,
      Array.from({ length: 25 }, (_, i) => 2975 + i),
    );
    assert.deepEqual(small.page(plain, 0, 25).rowNumbers, [0, 1, 2, 3, 4, 5, 6]);
    assert.equal(small.view(plain).length, 7);
  });

  it('names the columns when asked about one that does not exist', () => {
    assert.throws(
      () => grid.page({ sort: [{ column: 'revenue', descending: false }], filters: [] }, 0, 25),
      /no column "revenue"; its columns are row, id, amount/,
    );
  });

  it('profiles every column over all rows: missing, distinct, min / mean / max, histogram, top values (reference: Arquero rollup)', () => {
    const [, id, amount, segment, day, vip] = grid.profiles();
    const ref = t
      .rollup({
        miss: aq.op.invalid('amount'),
        distinct: aq.op.distinct('amount'),
        min: aq.op.min('amount'),
        mean: aq.op.mean('amount'),
        max: aq.op.max('amount'),
      })
      .object() as Record<string, number>;
    assert.equal(amount.missing, ref.miss);
    assert.equal(amount.distinct, ref.distinct - (ref.miss > 0 ? 1 : 0)); // Arquero counts null as a value
    assert.equal(amount.min, ref.min);
    assert.ok(Math.abs(amount.mean! - ref.mean) < 1e-9);
    assert.equal(amount.max, ref.max);
    assert.equal(
      amount.histogram!.reduce((s, b) => s + b.count, 0),
      2001 - ref.miss,
    );
    assert.equal(amount.histogram![0].from, ref.min);
    assert.equal(id.distinct, 2001);
    const counts = t.groupby('segment').count().orderby(aq.desc('count')).objects() as { segment: string | null; count: number }[];
    const present = counts.filter((c) => c.segment !== null);
    assert.deepEqual(
      segment.top,
      present.map((c) => ({ value: c.segment, count: c.count })),
    );
    assert.equal(segment.missing, counts.find((c) => c.segment === null)?.count);
    assert.equal(day.min, Math.min(...(t.array('day') as Date[]).map((d) => d.getTime())));
    assert.deepEqual(vip.top?.map((x) => x.value).sort(), ['false', 'true']);
  });
});
