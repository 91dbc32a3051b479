import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';

/**
 * Mean of each numeric feature per segment, relative to the overall mean (1 = average), from
 * `crm.profile(...)`: which segment is high or low on what.
 * @example charts.segmentProfileChart(crm.profile(seg.table, 'segment'), 'segment')
 */
export function segmentProfileChart(profileTable: Rows, by = 'segment'): TopLevelSpec {
  const rows = rowsOf(profileTable, 'segmentProfileChart');
  const features = Object.keys(rows[0] ?? {})
    .filter((k) => k.endsWith('_mean'))
    .map((k) => k.slice(0, -5));
  const total = rows.reduce((s, r) => s + Number(r.count), 0);
  const values = features.flatMap((f) => {
    const overall = rows.reduce((s, r) => s + Number(r[`${f}_mean`]) * Number(r.count), 0) / total;
    return rows.map((r) => ({
      segment: String(r[by]),
      feature: f,
      index: overall === 0 ? 0 : Number(r[`${f}_mean`]) / overall,
      mean: r[`${f}_mean`],
    }));
  });
  return {
    ...base('Segment profiles (1 = overall mean)'),
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: 'feature', type: 'nominal', title: null },
      xOffset: { field: 'segment' },
      y: { field: 'index', type: 'quantitative', title: 'Relative to overall mean' },
      color: { field: 'segment', type: 'nominal', title: 'Segment' },
    },
  };
}
