/**
 * How analysis results show themselves in a cell: a short summary (Markdown with a plain-text
 * twin) and their natural chart, attached as the `crm.display` hook when a cell calls `crm.*`.
 * The analytics and charts stay pure; this registry is the one place that joins them.
 *
 * To give a new analytics function a display, add one entry to the file of its topic
 * (`rfm: display(analytics.rfm, (table, args) => [...])`) and its name to that file's
 * `satisfies DisplaysOf<…>` list; docs/ARCHITECTURE.md ("The display registry") has the details.
 */
import { DISPLAY_SYMBOL } from '../formatDisplay';
import { markColumnFormats } from '../columnFormats';
import { noteDataCurrency } from '../shopCurrency';
import { hasResultColumns, resultColumns } from './resultColumns';
import type { AnalyticsFunction, Display, Parts } from './display';
import { actionsDisplays } from './actions';
import { advancedDisplays } from './advanced';
import { basketsDisplays } from './baskets';
import { dataDisplays } from './data';
import { forecastDisplays } from './forecast';
import { modelsDisplays } from './models';
import { retentionDisplays } from './retention';
import { satisfactionDisplays } from './satisfaction';
import { segmentsDisplays } from './segments';
import { textDisplays } from './text';
import { valueDisplays } from './value';

export { summary } from './display';

/** Every display, by the name of its analytics function. */
export const DISPLAYS: Readonly<Record<string, Display<AnalyticsFunction>>> = {
  ...dataDisplays,
  ...segmentsDisplays,
  ...satisfactionDisplays,
  ...retentionDisplays,
  ...valueDisplays,
  ...actionsDisplays,
  ...modelsDisplays,
  ...forecastDisplays,
  ...textDisplays,
  ...basketsDisplays,
  ...advancedDisplays,
};

/** The registry proper: displays keyed by the function object they describe. */
const BY_FUNCTION = new Map<unknown, Display<AnalyticsFunction>>(Object.values(DISPLAYS).map((d) => [d.fn, d]));

/** Attaches the display hook to a result object (not enumerable, so it never shows in JSON). */
function attach(result: unknown, describe: () => Parts): unknown {
  if (result && typeof result === 'object' && !Object.isFrozen(result)) {
    Object.defineProperty(result, DISPLAY_SYMBOL, { value: describe, enumerable: false, configurable: true });
  }
  return result;
}

/**
 * The `crm` object of a cell: the analytics library with display hooks on the results of the
 * functions that have a display, and the meaning of their result columns recorded
 * (`resultColumns.ts`). A data-quality report's currency becomes the shop's. Other exports pass
 * through unchanged.
 */
export function withDisplays<T extends object>(lib: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(lib)) {
    const shown = typeof value === 'function' ? BY_FUNCTION.get(value) : undefined;
    const typed = typeof value === 'function' && hasResultColumns(name);
    out[name] =
      shown || typed
        ? (...args: unknown[]) => {
            const result: unknown = Reflect.apply(value as AnalyticsFunction, undefined, args);
            const formats = resultColumns(name, args);
            if (formats) markColumnFormats(result, formats);
            noteDataCurrency(result);
            return shown ? attach(result, () => shown.show(result, args)) : result;
          }
        : value;
  }
  return Object.freeze(out) as T;
}
