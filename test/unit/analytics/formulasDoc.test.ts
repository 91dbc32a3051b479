/**
 * docs/formulas.md and docs/formulas.zh-cn.md (issue 15, item 6): every number the pages print is
 * worked out again here, once with plain arithmetic written for this test (the independent
 * computation) and once with the workbench's own functions.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dcfClv, nps, retentionRate } from '../../../src/analytics/index';

const pages = { en: readFileSync('docs/formulas.md', 'utf8'), zh: readFileSync('docs/formulas.zh-cn.md', 'utf8') };
const printed = (text: string) => {
  for (const [lang, page] of Object.entries(pages)) assert.ok(page.includes(text), `docs/formulas (${lang}) prints "${text}"`);
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

describe('docs/formulas: NPS is not the mean of (score − 1)', () => {
  const answers = [10, 10, 9, 9, 9, 8, 7, 6, 3, 0];

  it('the worked example: the common version gives 6.1, the standard NPS 20', () => {
    assert.equal(round(sum(answers.map((s) => s - 1)) / answers.length, 2), 6.1);
    const promoters = answers.filter((s) => s >= 9).length;
    const detractors = answers.filter((s) => s <= 6).length;
    assert.deepEqual([promoters, answers.length - promoters - detractors, detractors], [5, 2, 3]);
    assert.equal((100 * (promoters - detractors)) / answers.length, 20);
    assert.equal(nps(answers).nps, 20);
    printed('**6.1**');
    printed('**20**');
  });

  it('the two move in opposite directions: ten 8s (7, NPS 0) against six 10s and four 3s (6.2, NPS 20)', () => {
    const eights = Array<number>(10).fill(8);
    const split = [...Array<number>(6).fill(10), ...Array<number>(4).fill(3)];
    assert.equal(sum(eights.map((s) => s - 1)) / 10, 7);
    assert.equal(round(sum(split.map((s) => s - 1)) / 10, 2), 6.2);
    assert.equal(nps(eights).nps, 0);
    assert.ok(Math.abs(nps(split).nps! - 20) < 1e-9);
    printed('6.2');
  });
});

describe('docs/formulas: a retention figure above 100 %', () => {
  it('544 ÷ 500 = 108.8 %, while CRR = (544 − 120) ÷ 500 = 84.8 %, churn 15.2 %, 76 lost', () => {
    const [S, E, N] = [500, 544, 120];
    assert.equal(round((100 * E) / S, 1), 108.8);
    assert.equal(round((100 * (E - N)) / S, 1), 84.8);
    assert.equal(S - (E - N), 76);
    assert.equal(round((100 * (S - E)) / S, 1), -8.8);
    const r = retentionRate({ start: S, end: E, acquired: N });
    assert.ok(Math.abs(r.retention! - 0.848) < 1e-12 && Math.abs(r.churn! - 0.152) < 1e-12);
    assert.equal(r.lost, 76);
    printed('108.8');
    printed('84.8');
    printed('15.2');
    printed('−8.8');
  });
});

describe('docs/formulas: the DCF example gives 3,790.79, not 3,872.78', () => {
  const flows = [1000, 1000, 1000, 1000, 1000];

  it('end of year: the factors, present values and their sum (REF-DCF-01)', () => {
    const factors = [1, 2, 3, 4, 5].map((t) => 1 / 1.1 ** t);
    assert.deepEqual(
      factors.map((f) => f.toFixed(6)),
      ['0.909091', '0.826446', '0.751315', '0.683013', '0.620921'],
    );
    for (const f of factors) printed(f.toFixed(6));
    assert.deepEqual(
      factors.map((f) => (1000 * f).toFixed(2)),
      ['909.09', '826.45', '751.31', '683.01', '620.92'],
    );
    assert.equal(sum(factors.map((f) => Number((1000 * f).toFixed(2)))).toFixed(2), '3790.78');
    assert.equal((1000 * sum(factors)).toFixed(4), '3790.7868');
    assert.equal((1000 * ((1 - 1.1 ** -5) / 0.1)).toFixed(2), '3790.79');
    assert.equal(dcfClv(flows, 0.1).toFixed(2), '3790.79');
    printed('3,790.79');
    printed('3,790.7868');
  });

  it('no standard timing gives 3,872.78: start 4,169.87, middle 3,975.81, continuous 3,741.24; it is the end-of-year value at 9.17 %', () => {
    const years = [1, 2, 3, 4, 5];
    const start = sum(years.map((t) => 1000 / 1.1 ** (t - 1)));
    const middle = sum(years.map((t) => 1000 / 1.1 ** (t - 0.5)));
    const continuous = sum(years.map((t) => 1000 * Math.exp(-0.1 * t)));
    assert.deepEqual(
      [start, middle, continuous].map((x) => x.toFixed(2)),
      ['4169.87', '3975.81', '3741.24'],
    );
    for (const x of [start, middle, continuous, dcfClv(flows, 0.1)]) assert.ok(Math.abs(x - 3872.78) > 50);
    // The rate at which the end-of-year value is 3,872.78, by bisection.
    let [lo, hi] = [0.05, 0.15];
    for (let i = 0; i < 100; i++) {
      const mid = (lo + hi) / 2;
      if (sum(years.map((t) => 1000 / (1 + mid) ** t)) > 3872.78) lo = mid;
      else hi = mid;
    }
    assert.equal((100 * lo).toFixed(2), '9.17');
    for (const text of ['4,169.87', '3,975.81', '3,741.24', '3,872.78', '9.17']) printed(text);
  });
});
