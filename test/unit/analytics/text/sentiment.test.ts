import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sentiment, sentimentOf } from '../../../../src/analytics/text/sentiment';

describe('crm.sentiment (AFINN-165 through the sentiment package; Chinese through zhSentiment)', () => {
  it('sums the AFINN valences of the words: love +3, great +3, bad −3, and flips a negated word', () => {
    assert.equal(sentimentOf('I love it').score, 3);
    assert.equal(sentimentOf('great product, bad box').score, 0);
    assert.equal(sentimentOf('not good').score, -3); // good +3, negated
    assert.equal(sentimentOf('not good').label, 'negative');
  });

  it('scores Chinese comments with NTUSD and the shop words (#15), and still gives empty ones no score', () => {
    assert.deepEqual(
      sentiment(['发货太慢了', '', 'love it', '物流很快，包装完好'])
        .objects()
        .map((r) => [(r as { score: number | null }).score, (r as { label: string }).label]),
      [
        [-2, 'negative'], // 太慢 −2 (a shop word, zhSentimentWords.ts)
        [null, 'not scored'],
        [3, 'positive'],
        [2.5, 'positive'], // 很快 +1.5, 完好 +1
      ],
    );
  });

  it('adds sentimentScore and sentiment to a table, naming a missing text column', () => {
    const t = sentiment([{ id: 1, note: 'awful' }], { text: 'note' });
    assert.deepEqual(t.objects(), [{ id: 1, note: 'awful', sentimentScore: -3, sentiment: 'negative' }]);
    assert.throws(() => sentiment([{ id: 1 }]), /sentiment: column "comment" not found; the table has "id"/);
  });
});
