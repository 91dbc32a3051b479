import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as analytics from '../../../../src/analytics/index';
import { DISPLAYS, withDisplays } from '../../../../src/kernel/displays/index';

describe('the display registry', () => {
  it('lists which analytics results show themselves (a new display is added to this list on purpose)', () => {
    assert.deepEqual(Object.keys(DISPLAYS).sort(), [
      'actionList',
      'apriori',
      'buildChurnFeatures',
      'campaign',
      'classificationMetrics',
      'cohortRetention',
      'compareNps',
      'crossValidate',
      'csat',
      'customerCard',
      'customerIntervals',
      'dbscanSegments',
      'elbow',
      'feedbackThemes',
      'fitBgNbd',
      'fitGammaGamma',
      'fitParetoNbd',
      'forecast',
      'hierarchicalSegments',
      'holdoutCheck',
      'kDistance',
      'kmeansSegments',
      'lifecycle',
      'liftTest',
      'nps',
      'npsBy',
      'npsTrend',
      'pareto',
      'predictClv',
      'prepareResponses',
      'prepareTransactions',
      'profile',
      'repeatRate',
      'retentionRate',
      'revenueSeries',
      'rfm',
      'rocCurve',
      'segmentMigration',
      'segmentSummary',
      'sentiment',
      'trainChurnForest',
      'trainChurnModel',
      'trainClvForest',
      'trainClvModel',
      'trainLogisticModel',
    ]);
  });

  it('keys each display by the analytics function of the same name', () => {
    const lib: Record<string, unknown> = analytics;
    for (const [name, shown] of Object.entries(DISPLAYS))
      assert.equal(shown.fn, lib[name], `the display listed as ${name} wraps another function`);
  });

  it('wraps exactly the functions with a display and passes every other export through', () => {
    const crm: Record<string, unknown> = withDisplays({ ...analytics });
    const wrapped = Object.keys(analytics).filter((name) => crm[name] !== (analytics as Record<string, unknown>)[name]);
    assert.deepEqual(wrapped.sort(), Object.keys(DISPLAYS).sort());
  });
});
