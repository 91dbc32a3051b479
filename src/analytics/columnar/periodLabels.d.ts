/**
 * Reading a period label back ("2024-03", "2024-Q1", "week of 2024-01-01", "2024-01-05", "2024"),
 * so a series can be extended with the labels of the periods that follow it.
 */
import { type Period } from './dates';
export declare function periodIndexFromLabel(label: string): {
    index: number;
    period: Period;
    label: (index: number) => string;
} | null;
