/** Baskets: association rules (Apriori) from orders' line items. */
export { apriori, basketsFromLines, type AprioriResult, type AprioriOptions } from './apriori';
