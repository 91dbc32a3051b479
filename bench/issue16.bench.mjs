// Issue 16 benchmarks beyond clustering: random forests against the single tree (accuracy and
// speed, same data, same run), cross-validation, per-customer intervals against the point
// estimate, the k-distance curve, weekly summaries against daily, and the estimated forecast start
// against the heuristic one. Each stage runs in a fresh process (bench/issue16Stage.mjs).
// Run alone with `node bench/run.mjs issue16` after a build.
import { execFileSync } from 'node:child_process';

function stage(name, n) {
  const out = execFileSync(process.execPath, ['bench/issue16Stage.mjs', name, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

const ms = (r) => `${r.ms.toFixed(0)} ms`;
const k = (n) => `${n / 1000}k`;

/** One line comparing `ours` with `ref` measured on the same data in the same run. */
function line(name, ours, ref, value, reference, goal, ok) {
  return {
    name,
    value: `${ms(ours)}, peak ${ours.peakMB} MB${value ? `, ${value}` : ''}`,
    reference: `${reference} ${ms(ref)}`,
    ratio: ours.ms / ref.ms,
    goal,
    ok,
  };
}

export async function benchIssue16() {
  const results = [];
  const N = 20_000;
  const tree = stage('tree', N);
  const forest = stage('forest', N);
  results.push(
    line(
      `trainChurnForest, 100 trees (depth ≤ 10, mtry 3) on ${k(N)} × 10`,
      forest,
      tree,
      `held-out accuracy ${forest.accuracy}, AUC ${forest.auc}, OOB accuracy ${forest.oobAccuracy}`,
      `one tree with the same options: accuracy ${tree.accuracy}, AUC ${tree.auc},`,
      'AUC ≥ the tree’s; ≤ 150× its time',
      forest.auc >= tree.auc && forest.ms <= 150 * tree.ms,
    ),
  );
  const clvTree = stage('clvTree', N);
  const clvForest = stage('clvForest', N);
  results.push(
    line(
      `trainClvForest, 100 trees (depth ≤ 10, mtry 10: bagging) on ${k(N)} × 10`,
      clvForest,
      clvTree,
      `held-out R² ${clvForest.r2}, OOB R² ${clvForest.oobR2}`,
      `one tree with the same options: R² ${clvTree.r2},`,
      'R² ≥ the tree’s; ≤ 150× its time',
      clvForest.r2 >= clvTree.r2 && clvForest.ms <= 150 * clvTree.ms,
    ),
  );
  const cv = stage('crossValidate', N);
  const single = stage('tree', N);
  results.push(
    line(
      `crossValidate(trainChurnModel), 5 folds on ${k(N)} × 10`,
      cv,
      single,
      `AUC ${cv.auc}`,
      'one training with a holdout',
      '≤ 10× one training',
      cv.ms <= 10 * single.ms,
    ),
  );
  const C = 10_000;
  const point = stage('clvPoint', C);
  const ci = stage('customerIntervals', C);
  results.push(
    line(
      `customerIntervals, 200 draws, ${k(C)} customers (weeks)`,
      ci,
      point,
      '',
      'predictClv without intervals',
      '≤ 400× the point estimate',
      ci.ms <= 400 * point.ms,
    ),
  );
  const iv = stage('clvIntervals', C);
  results.push(
    line(
      `predictClv { intervals }, 200 draws, ${k(C)} customers (weeks)`,
      iv,
      point,
      `customer 1 CLV ${iv.first}`,
      'predictClv without intervals',
      '≤ 400× the point estimate',
      iv.ms <= 400 * point.ms,
    ),
  );
  const K = 100_000;
  const kd = stage('kDistance', K);
  results.push({
    name: `kDistance k = 10 on ${k(K)} × 3 (2,000-row sample)`,
    value: `${ms(kd)}, peak ${kd.peakMB} MB, eps ${kd.suggestedEps}`,
    reference: 'absolute goal',
    ratio: NaN,
    goal: '≤ 3 s',
    ok: kd.ms <= 3000,
  });
  const O = 200_000;
  const day = stage('rfmDay', O);
  const week = stage('rfmWeek', O);
  results.push(
    line(
      `rfmSummary { period: 'week' } on ${k(O)} orders`,
      week,
      day,
      `${week.customers} customers`,
      "period: 'day' on the same orders",
      '≤ 2× daily',
      week.ms <= 2 * day.ms,
    ),
  );
  const S = 240;
  const heuristic = stage('forecastHeuristic', S);
  const estimated = stage('forecastEstimated', S);
  results.push(
    line(
      `forecast { initial: 'estimated' } on ${S} months`,
      estimated,
      heuristic,
      `first ${estimated.first}`,
      `initial 'heuristic' (first ${heuristic.first})`,
      '≤ 20× heuristic',
      estimated.ms <= 20 * heuristic.ms,
    ),
  );
  return results;
}
