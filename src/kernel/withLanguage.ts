/**
 * The kernel's `crm` speaks the user's display language by default: a cell in a Chinese VS Code
 * that calls `crm.rfm(tx)` gets Chinese segment names, as if it had passed `{ language: 'zh-cn' }`.
 * A `language` the cell passes itself always wins. The analytics stay pure (their own default is
 * 'en'); only the functions listed here speak a language, and the list is checked by
 * test/unit/kernel/withLanguage.test.ts against every analytics function with a `language` option.
 */
import type { DisplayLanguage } from '../protocol/index';
import type { FunctionName } from './displays/display';

/** Where a function takes its language: in an options object at an argument index, or as that argument itself. */
export interface LanguageArgument {
  index: number;
  as: 'option' | 'argument';
}

/** Every analytics function that speaks a language, and where it takes it. */
export const LANGUAGE_ARGUMENTS = {
  rfm: { index: 1, as: 'option' },
  actionList: { index: 1, as: 'option' },
  segmentActions: { index: 0, as: 'argument' },
  segmentName: { index: 1, as: 'argument' },
  dropReasonText: { index: 1, as: 'argument' },
  describeReadInfo: { index: 1, as: 'argument' },
  prepareTransactions: { index: 2, as: 'option' },
  quickMetrics: { index: 2, as: 'option' },
  feedbackThemes: { index: 1, as: 'option' },
  readWarnings: { index: 1, as: 'argument' },
  prepareResponses: { index: 2, as: 'option' },
  fitBgNbd: { index: 1, as: 'option' },
  fitParetoNbd: { index: 1, as: 'option' },
  fitGammaGamma: { index: 1, as: 'option' },
  trainChurnModel: { index: 1, as: 'option' },
  trainChurnForest: { index: 1, as: 'option' },
  trainClvModel: { index: 1, as: 'option' },
  trainClvForest: { index: 1, as: 'option' },
  trainLogisticModel: { index: 1, as: 'option' },
  forecast: { index: 1, as: 'option' },
  segmentMigration: { index: 2, as: 'option' },
} as const satisfies Partial<Record<FunctionName, LanguageArgument>>;

/** The arguments of a call with the language filled in where the cell left it out. */
export function withLanguageArgument(args: unknown[], where: LanguageArgument, language: DisplayLanguage): unknown[] {
  const out = [...args];
  const given = out[where.index];
  if (where.as === 'argument') {
    if (given === undefined) out[where.index] = language;
  } else if (given === undefined || given === null) {
    out[where.index] = { language };
  } else if (typeof given === 'object' && !('language' in given)) {
    out[where.index] = { ...given, language };
  }
  return out;
}

/**
 * The library with each language-speaking function defaulting to `language`.
 * @example withLanguage(crm, 'zh-cn').rfm(tx) // segment names such as 冠军客户
 */
export function withLanguage<T extends object>(lib: T, language: DisplayLanguage): T {
  if (language === 'en') return lib;
  const out: Record<string, unknown> = { ...(lib as Record<string, unknown>) };
  for (const [name, where] of Object.entries(LANGUAGE_ARGUMENTS) as [string, LanguageArgument][]) {
    const fn = out[name];
    if (typeof fn === 'function')
      out[name] = (...args: unknown[]) => Reflect.apply(fn, undefined, withLanguageArgument(args, where, language));
  }
  return Object.freeze(out) as T;
}
