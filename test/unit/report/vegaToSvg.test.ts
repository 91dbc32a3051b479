import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { textWidth, vegaLiteToSvg } from '../../../src/report/vegaToSvg';

const svgWidth = (svg: string) => Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);

const barsBy = (label: string) => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
  data: { values: [{ segment: label, customers: 12 }] },
  mark: 'bar',
  width: 200,
  encoding: { y: { field: 'segment', type: 'nominal', title: null }, x: { field: 'customers', type: 'quantitative', title: null } },
});

describe('vegaLiteToSvg text widths (report charts drawn with no canvas)', () => {
  it('counts a Chinese character as a full em and a Latin one as vega’s 0.8 em', () => {
    assert.equal(textWidth({ fontSize: 10 }, '冠军客户'), 40);
    assert.equal(textWidth({ fontSize: 10 }, 'Loyal'), 40);
    assert.equal(textWidth({ fontSize: 10 }, '  VIP客户 '), 44); // trimmed: 3 × 8 + 2 × 10
    assert.equal(textWidth({ fontSize: 10, limit: 30 }, '不能失去的客户'), 30);
  });

  it('leaves room for a Chinese axis label: the chart is wider than for seven Latin letters by 7 × 0.2 em', async () => {
    const chinese = svgWidth(await vegaLiteToSvg(barsBy('不能失去的客户')));
    const latin = svgWidth(await vegaLiteToSvg(barsBy('abcdefg')));
    // Axis labels are 10 px: 7 characters × (1 − 0.8) em × 10 px = 14 px more.
    assert.equal(chinese - latin, 14);
  });
});
