/**
 * The words of a decision tree's rules (TreeModel.rules) in English and Simplified Chinese; the
 * Chinese has the English one's type, so a word left out does not compile. Feature and target
 * names are the user's columns and stay as they are.
 */
import type { RuleWords } from '../learn/decisionTree';
import type { Language } from '../segments/index';

/** A rule's joining words, and a churn leaf's share of the target, e.g. "83.0% churned". */
export interface RuleText extends RuleWords {
  share: (percent: string, target: string) => string;
}

/** The rules' words by language. */
export const RULE_TEXT: Readonly<Record<Language, RuleText>> = {
  en: { and: ' and ', allRows: 'all rows', rows: (n) => ` (${n} rows)`, share: (p, target) => `${p}% ${target}` },
  'zh-cn': { and: ' 且 ', allRows: '所有行', rows: (n) => `（${n} 行）`, share: (p, target) => `${target} 占 ${p}%` },
};
