/** Checks one customer's (x, t_x, T) for the repeat-buying models. */
export declare function checkCustomer(fn: string, x: number, tx: number, T: number): void;
