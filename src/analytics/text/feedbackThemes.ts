/**
 * What people write, by NPS category (or any column): the terms and two-word phrases mentioned in
 * the most comments of each group, with how distinctive each is for that group; and the shop topics
 * (delivery, packaging, quality, price, service; 物流/快递, 包装, 口味/质量, 价格, 客服) each group's
 * comments are about, with how many of those are negative. Works for English and Chinese comments
 * (see text/textTerms for the segmentation, text/shopTopics for the topics, text/sentiment).
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { commentTerms } from './textTerms';
import { requirePositiveInteger, resolveOptions } from '../options';
import { asTable, columnValues, type TableInput } from '../columnar/tableInput';
import { npsCategory } from '../satisfaction/nps';
import type { Language } from '../segments/rfmSegments';
import { commentTopics, SHOP_TOPICS } from './shopTopics';
import { sentimentOf } from './sentiment';
import { warningText } from '../warningText';

export interface FeedbackThemesOptions {
  /** 'category' (NPS category from the score column) or the name of a column to group by (default 'category'). */
  by: string;
  /** The comment column (default 'comment'). */
  text: string;
  /** The score column used when by is 'category' (default 'score'). */
  score: string;
  /** Terms per group (default 10). */
  top: number;
  /** Leave out terms mentioned in fewer comments than this (default 2). */
  minCount: number;
  /** Count two-word phrases as well as words (default true). */
  phrases: boolean;
  /** The language of the topic names and the warnings: 'en' (delivery, …) or 'zh-cn' (物流/快递, …) (default 'en'). */
  language: Language;
}

export interface FeedbackThemesResult {
  /** group, term, count (comments mentioning it), share (of the group's comments), lift (share here ÷ share elsewhere). */
  themes: ColumnTable;
  /** group, responses, comments (non-empty text). */
  groups: ColumnTable;
  /** group, topic, count (comments about it), share (of the group's comments), negative (of those, how many read as negative); topics no comment mentions are left out. */
  topics: ColumnTable;
  warnings: string[];
}

const ORDER = ['promoter', 'passive', 'detractor'];

/**
 * @param responses a table with a score and a comment column (from {@link prepareResponses})
 * @param options `{ by = 'category', text = 'comment', score = 'score', top = 10, minCount = 2, phrases = true, language = 'en' }`
 * @example
 * crm.feedbackThemes(responses).themes.filter(d => d.group === 'detractor')
 * // → shipping 41 (23%), slow 30, 发货 12, customer service 9, …
 * crm.feedbackThemes(responses, { language: 'zh-cn' }).topics.filter(d => d.group === 'detractor')
 * // → 物流/快递 18 (40%, 15 negative), 客服 9, 包装 4, …
 */
export function feedbackThemes(responses: TableInput, options: Partial<FeedbackThemesOptions> = {}): FeedbackThemesResult {
  const fn = 'feedbackThemes';
  const o = resolveOptions<FeedbackThemesOptions>(
    fn,
    { by: 'category', text: 'comment', score: 'score', top: 10, minCount: 2, phrases: true, language: 'en' },
    options,
  );
  requirePositiveInteger(fn, 'top', o.top);
  requirePositiveInteger(fn, 'minCount', o.minCount);
  const t = asTable(fn, responses, 'responses');
  const texts = columnValues(fn, t, o.text);
  const keys =
    o.by === 'category'
      ? columnValues(fn, t, o.score).map((v) => npsCategory(v) ?? 'no score')
      : columnValues(fn, t, o.by).map((v) => (v === null || v === undefined || v === '' ? '(blank)' : String(v)));
  if (o.by !== 'category' && keys.length === 0) throw analyticsError(fn, 'needs at least one response');
  const perGroup = new Map<
    string,
    { responses: number; comments: number; terms: Map<string, number>; topics: Map<string, [number, number]> }
  >();
  const overall = new Map<string, number>();
  let comments = 0;
  texts.forEach((raw, i) => {
    const g = perGroup.get(keys[i]) ?? {
      responses: 0,
      comments: 0,
      terms: new Map<string, number>(),
      topics: new Map<string, [number, number]>(),
    };
    perGroup.set(keys[i], g);
    g.responses++;
    if (typeof raw !== 'string' || !raw.trim()) return;
    g.comments++;
    comments++;
    for (const term of commentTerms(raw, o.phrases)) {
      g.terms.set(term, (g.terms.get(term) ?? 0) + 1);
      overall.set(term, (overall.get(term) ?? 0) + 1);
    }
    const topics = commentTopics(raw, o.language);
    const negative = topics.length > 0 && sentimentOf(raw).label === 'negative' ? 1 : 0;
    for (const topic of topics) {
      const [n, neg] = g.topics.get(topic) ?? [0, 0];
      g.topics.set(topic, [n + 1, neg + negative]);
    }
  });
  const warnings: string[] = [];
  if (comments === 0) warnings.push(warningText(o.language, 'noComments', o.text));
  const names = [...perGroup.keys()].sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const rows: { group: string; term: string; count: number; share: number; lift: number | null }[] = [];
  for (const name of names) {
    const g = perGroup.get(name)!;
    const others = comments - g.comments;
    const ranked = [...g.terms.entries()].filter(([, c]) => c >= o.minCount).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [term, count] of ranked.slice(0, o.top)) {
      const share = count / g.comments;
      // Lift with add-one smoothing, so a term absent elsewhere gets a finite value.
      const elsewhere = others > 0 ? (overall.get(term)! - count + 1) / (others + 1) : null;
      rows.push({ group: name, term, count, share, lift: elsewhere === null ? null : share / elsewhere });
    }
    if (g.comments > 0 && g.comments < 20) warnings.push(warningText(o.language, 'fewComments', g.comments, name, o.by));
  }
  const topicOrder = SHOP_TOPICS.map((t) => (o.language === 'zh-cn' ? t.zh : t.en));
  const topicRows = names.flatMap((group) =>
    topicOrder
      .filter((topic) => perGroup.get(group)!.topics.has(topic))
      .map((topic) => {
        const g = perGroup.get(group)!;
        const [count, negative] = g.topics.get(topic)!;
        return { group, topic, count, share: count / g.comments, negative };
      })
      .sort((a, b) => b.count - a.count),
  );
  return {
    themes: rows.length ? aq.from(rows) : aq.table({ group: [], term: [], count: [], share: [], lift: [] }),
    groups: aq.from(names.map((group) => ({ group, responses: perGroup.get(group)!.responses, comments: perGroup.get(group)!.comments }))),
    topics: topicRows.length ? aq.from(topicRows) : aq.table({ group: [], topic: [], count: [], share: [], negative: [] }),
    warnings,
  };
}
