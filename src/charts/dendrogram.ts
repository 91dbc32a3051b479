import type { TopLevelSpec } from 'vega-lite';
import { base } from './rows';

/** What the chart needs of a hierarchical clustering (`crm.hierarchicalSegments`). */
export interface DendrogramInput {
  /** n − 1 merges by increasing height, scipy's convention (ids ≥ n are merges). */
  merges: { a: number; b: number; height: number; size: number }[];
  /** Heights around the cut into k clusters, drawn as a dashed line. */
  cutBetween?: [number, number];
  k?: number;
}

/**
 * The top of a dendrogram: only the last `leaves` clusters are drawn (scipy's truncate_mode
 * 'lastp'), each labelled with its number of rows, so that 20,000 customers stay readable.
 * @example charts.dendrogram(crm.hierarchicalSegments(scores, ['recency', 'frequency'], { k: 4 }), { leaves: 30 })
 */
export function dendrogram(result: DendrogramInput, options: { leaves?: number } = {}): TopLevelSpec {
  const merges = result?.merges;
  if (!Array.isArray(merges) || merges.length === 0)
    throw new Error('charts.dendrogram: expects a result of crm.hierarchicalSegments with at least two rows');
  const n = merges.length + 1;
  const leaves = Math.max(2, Math.min(options.leaves ?? 30, n));
  const firstShown = n - leaves; // merges from this index on are drawn
  const sizeOf = (id: number) => (id < n ? 1 : merges[id - n].size);
  const segments: { x: number; y: number; x2: number; y2: number }[] = [];
  const labels: { x: number; label: string }[] = [];
  let next = 0;
  // Iterative post-order layout: returns the x and height of each node.
  const place = (root: number): { x: number; y: number } => {
    const pos = new Map<number, { x: number; y: number }>();
    const stack: [number, boolean][] = [[root, false]];
    while (stack.length) {
      const [id, expanded] = stack.pop()!;
      const shown = id >= n && id - n >= firstShown;
      if (!shown) {
        const x = next++;
        pos.set(id, { x, y: 0 });
        labels.push({ x, label: id < n ? `#${id + 1}` : `(${sizeOf(id)})` });
        continue;
      }
      const m = merges[id - n];
      if (!expanded) {
        stack.push([id, true], [m.b, false], [m.a, false]);
        continue;
      }
      const pa = pos.get(m.a)!;
      const pb = pos.get(m.b)!;
      segments.push(
        { x: pa.x, y: pa.y, x2: pa.x, y2: m.height },
        { x: pb.x, y: pb.y, x2: pb.x, y2: m.height },
        { x: pa.x, y: m.height, x2: pb.x, y2: m.height },
      );
      pos.set(id, { x: (pa.x + pb.x) / 2, y: m.height });
    }
    return pos.get(root)!;
  };
  place(2 * n - 2);
  const layers: unknown[] = [
    {
      data: { values: segments },
      mark: { type: 'rule' },
      encoding: {
        x: { field: 'x', type: 'quantitative', axis: null },
        x2: { field: 'x2' },
        y: { field: 'y', type: 'quantitative', title: 'Merge height' },
        y2: { field: 'y2' },
      },
    },
    {
      data: { values: labels },
      mark: { type: 'text', angle: 270, align: 'right', dy: 0, dx: -4, fontSize: 9 },
      encoding: { x: { field: 'x', type: 'quantitative' }, y: { datum: 0, type: 'quantitative' }, text: { field: 'label' } },
    },
  ];
  if (result.cutBetween && Number.isFinite(result.cutBetween[1])) {
    const cut = (result.cutBetween[0] + result.cutBetween[1]) / 2;
    layers.push({
      data: { values: [{ cut }] },
      mark: { type: 'rule', strokeDash: [4, 4], color: '#e45756' },
      encoding: { y: { field: 'cut', type: 'quantitative' } },
    });
  }
  const title = `Dendrogram${leaves < n ? ` (top ${leaves} of ${n.toLocaleString('en-US')} rows' clusters)` : ''}${result.k ? `, cut into ${result.k}` : ''}`;
  return { ...base(title, { height: 280 }), layer: layers } as unknown as TopLevelSpec;
}
