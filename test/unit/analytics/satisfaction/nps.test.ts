import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { compareNps, csat, nps, npsBy, npsFromCounts, npsTrend } from '../../../../src/analytics/index';
import { frozen, near } from '../fixtures';

const scores = (p: number, pa: number, d: number) => [...Array(p).fill(10), ...Array(pa).fill(7), ...Array(d).fill(0)];

describe('nps', () => {
  it('reproduces REF-NPS-01: 50/30/20 → NPS 30, SE 7.8102 (with the covariance term), MOE95 15.308', () => {
    const r = nps(frozen(scores(50, 30, 20)));
    assert.equal(r.nps, 30);
    near(r.se, 7.8102, 1e-4, 'SE');
    near(r.moe, 15.3081, 5e-4, 'MOE95 (the spec rounds z to 1.96; we use 1.959964)');
    near(r.moe! / r.se!, 1.959964, 1e-6, 'z at 95%');
  });

  it('reproduces the REF-NPS-01 adjusted-Wald interval (Rocks 2016; MeasuringU): centre 29.1262, SE 7.6915, CI [14.0509, 44.2016]', () => {
    const a = nps(scores(50, 30, 20)).adjusted!;
    near(a.nps, 29.1262, 1e-4, 'centre');
    near(a.se, 7.6915, 1e-4, 'SE');
    // The spec's interval uses z = 1.96; ours uses z = 1.959964, which moves the ends by 2e-4.
    near(a.ci[0], 14.0509, 5e-4, 'low');
    near(a.ci[1], 44.2016, 5e-4, 'high');
    near(a.ci[0], a.nps - 1.959964 * a.se, 1e-5, 'low = centre − z·SE');
  });

  it('is null, not 0, when no answer is valid; and excludes nulls, non-integers and out-of-range answers', () => {
    const empty = nps([]);
    assert.equal(empty.nps, null);
    assert.equal(empty.se, null);
    const r = nps([10, 9, null, 11, -1, 7.5, 'x', '8', 3, undefined]);
    assert.deepEqual([r.n, r.promoters, r.passives, r.detractors, r.excluded], [4, 2, 1, 1, 6]);
  });

  it('gives Wald SE 0 for all promoters, and a usable adjusted interval', () => {
    const r = nps(Array(20).fill(10));
    assert.equal(r.nps, 100);
    assert.equal(r.se, 0);
    assert.ok(r.adjusted!.se > 0 && r.adjusted!.ci[0] < 100);
  });

  it('stays within [−100, 100] with its interval for any mix of answers', () => {
    for (let p = 0; p <= 12; p += 3)
      for (let d = 0; d <= 12; d += 4)
        for (const pa of [0, 5]) {
          if (p + d + pa === 0) continue;
          const r = nps(scores(p, pa, d));
          assert.ok(r.nps! >= -100 && r.nps! <= 100);
          assert.ok(r.ci![0] >= -100 && r.ci![1] <= 100 && r.ci![0] <= r.nps! && r.nps! <= r.ci![1]);
        }
  });

  it('rejects a confidence outside (0, 1)', () => {
    assert.throws(() => nps([10], { confidence: 95 }), /nps: confidence must be between 0 and 1/);
  });
});

describe('compareNps', () => {
  it('reproduces REF-NPS-02: 50/30/20 vs 40/30/30 → z 1.7541, p 0.0794, not significant', () => {
    const c = compareNps(npsFromCounts(50, 30, 20), npsFromCounts(40, 30, 30));
    near(c.z, 1.7541, 1e-4, 'z');
    near(c.p, 0.0794, 1e-4, 'p');
    assert.equal(c.significant, false);
  });

  it('reproduces REF-NPS-02 at n = 600: z 3.7354, p 0.000187, significant', () => {
    const c = compareNps(scores(300, 200, 100), scores(250, 200, 150));
    near(c.z, 3.7354, 1e-4, 'z');
    near(c.p, 0.000187, 1e-6, 'p');
    assert.equal(c.significant, true);
  });
});

describe('csat', () => {
  it('reproduces REF-CSAT-01: ratings 1..5 counted [5, 10, 15, 40, 30] → CSAT 70.0 (top-2-box)', () => {
    const ratings = [1, 2, 3, 4, 5].flatMap((r, i) => Array([5, 10, 15, 40, 30][i]).fill(r));
    const r = csat(ratings);
    assert.equal(r.csat, 70);
    near(r.se, 100 * Math.sqrt((0.7 * 0.3) / 100), 1e-12, 'binomial SE');
    assert.deepEqual(r.distribution, [5, 10, 15, 40, 30]);
    near(r.mean, 3.8, 1e-12, 'mean rating (a different metric)');
  });

  it('is null with no valid rating', () => {
    assert.equal(csat([0, 6, null]).csat, null);
  });
});

describe('npsBy and npsTrend', () => {
  const responses = aq.table({
    plan: ['pro', 'pro', 'pro', 'free', 'free'],
    date: [new Date('2024-01-03'), new Date('2024-01-20'), new Date('2024-02-02'), new Date('2024-02-10'), null],
    score: [10, 9, 3, 10, 0],
  });

  it('computes NPS per group, largest group first', () => {
    const rows = npsBy(responses, 'plan').objects() as Record<string, number>[];
    assert.deepEqual(
      rows.map((r) => [r.group, r.n, Math.round(r.nps * 1e9) / 1e9]),
      [
        ['pro', 3, 33.333333333],
        ['free', 2, 0],
      ],
    );
  });

  it('computes NPS per month, oldest first, leaving out undated answers', () => {
    const rows = npsTrend(responses).objects() as Record<string, number>[];
    assert.deepEqual(
      rows.map((r) => [r.period, r.n, r.nps]),
      [
        ['2024-01', 2, 100],
        ['2024-02', 2, 0],
      ],
    );
  });
});
