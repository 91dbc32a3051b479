import type { TopLevelSpec } from 'vega-lite';
import { base } from './rows';

/**
 * Contacted → responded → converted, titled with ROI and ROAS, from the input and result of `crm.campaign(...)`.
 * @example charts.campaignFunnel(input, crm.campaign(input))
 */
export function campaignFunnel(
  input: { contacted: number; responded: number; converted: number },
  result?: { roi: number; roas: number },
): TopLevelSpec {
  const values = [
    { stage: 'Contacted', people: input.contacted, order: 1 },
    { stage: 'Responded', people: input.responded, order: 2 },
    { stage: 'Converted', people: input.converted, order: 3 },
  ];
  const title = result ? `Campaign funnel — ROI ${result.roi.toFixed(1)}% on profit, ROAS ${result.roas.toFixed(2)}` : 'Campaign funnel';
  return {
    ...base(title),
    data: { values },
    encoding: { y: { field: 'stage', type: 'nominal', sort: ['Contacted', 'Responded', 'Converted'], title: null } },
    layer: [
      {
        mark: { type: 'bar', tooltip: true },
        encoding: { x: { field: 'people', type: 'quantitative', scale: { type: 'symlog' }, title: 'People (log scale)' } },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4 },
        encoding: { x: { field: 'people', type: 'quantitative' }, text: { field: 'people', type: 'quantitative', format: ',' } },
      },
    ],
  };
}
