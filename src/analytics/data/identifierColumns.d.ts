/**
 * @example isIdentifierHeader('订单编号') // → true
 * @example isIdentifierHeader('Customer ID') // → true
 * @example isIdentifierHeader('Amount Paid') // → false
 */
export declare function isIdentifierHeader(header: string): boolean;
