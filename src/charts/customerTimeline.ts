import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';
import { MONEY } from './formats';

/**
 * One customer's orders over time: a thin bar and a point per order, the height and size by amount.
 * From `crm.customerCard(tx, id)` (its `orders` need `orderDate` and `amount`).
 * @example charts.customerTimeline(crm.customerCard(tx, 'C042'))
 */
export function customerTimeline(card: { customerId: string; orders: Rows }): TopLevelSpec {
  const values = rowsOf(card.orders, 'customerTimeline').map((r) => ({
    orderDate: r.orderDate instanceof Date ? r.orderDate.toISOString().slice(0, 10) : String(r.orderDate),
    amount: Number(r.amount),
  }));
  const x = { field: 'orderDate', type: 'temporal', title: null } as const;
  return {
    ...base(`Orders of ${card.customerId}`),
    height: 160,
    data: { values },
    layer: [
      {
        mark: { type: 'bar', width: 3, opacity: 0.6 },
        encoding: { x, y: { field: 'amount', type: 'quantitative', title: 'Amount', ...MONEY } },
      },
      {
        mark: { type: 'point', filled: true, tooltip: true },
        encoding: {
          x,
          y: { field: 'amount', type: 'quantitative', title: 'Amount', ...MONEY },
          size: { field: 'amount', type: 'quantitative', legend: null },
        },
      },
    ],
  };
}
