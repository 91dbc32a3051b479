/** The Markdown of a customer card (crm.customerCard): every piece of user data escaped so it stays text. */
import type * as analytics from '../../analytics/index';
import { escapeMarkdown } from '../../protocol/index';
import { fmt, money, pct } from './display';

const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d ?? '—'));
const text = (v: unknown) => escapeMarkdown(v instanceof Date ? day(v) : String(v));

/** Heading, contact line, key figures, segment history, P(alive)/CLV and the latest answers (up to `maxAnswers`). */
export function customerCardMarkdown(card: analytics.CustomerCard, maxAnswers = 3): string[] {
  const c = card.contact ?? {};
  const name = c.name !== null && c.name !== undefined && c.name !== '' ? ` — ${text(c.name)}` : '';
  const contact = Object.entries(c)
    .filter(([k, v]) => k !== 'name' && v !== null && v !== undefined && v !== '')
    .map(([k, v]) => (typeof v === 'boolean' ? `${text(k)}: ${v ? 'yes' : 'no'}` : text(v)));
  const f = card.figures;
  const lines = [
    `### Customer ${text(card.customerId)}${name}`,
    '',
    contact.length ? contact.join(' · ') : '_no contact details_',
    '',
    `**${f.orders} order${f.orders === 1 ? '' : 's'}**, revenue **${money(f.revenue)}**, average order ${money(f.averageOrder)} · ` +
      `first ${day(f.firstOrder)} · last ${day(f.lastOrder)} · **${f.daysSinceLastOrder} days** since the last order (as of ${day(f.asOf)})`,
    '',
    `Segment: ${historyLine(card.segmentHistory)}`,
  ];
  const m = card.model;
  if (m) {
    const parts = [
      m.probabilityAlive === null ? null : `P(alive) **${pct(m.probabilityAlive)}**`,
      m.expectedPurchases === null ? null : `expected purchases in the next ${m.horizon} days ${fmt(m.expectedPurchases, 2)}`,
      m.clv === null ? null : `CLV **${money(m.clv)}**`,
    ].filter((p) => p !== null);
    if (parts.length) lines.push('', parts.join(' · '));
  }
  if (card.answers) lines.push('', ...answerLines(card.answers, maxAnswers));
  return lines;
}

/** "2024-01-31 Promising → 2024-02-29 Promising → 2024-03-15 Champions", runs of the same segment collapsed. */
function historyLine(history: analytics.CustomerCard['segmentHistory']): string {
  const rows = history.objects() as { asOf: Date; segment: string | null }[];
  const runs: string[] = [];
  let previous: string | null | undefined;
  for (const r of rows) {
    if (r.segment === previous) continue;
    previous = r.segment;
    runs.push(`${day(r.asOf)} ${r.segment === null ? 'not yet a customer' : `**${text(r.segment)}**`}`);
  }
  return runs.join(' → ');
}

/** The latest answers (by date when known), each with its score and comment. */
function answerLines(answers: NonNullable<analytics.CustomerCard['answers']>, max: number): string[] {
  const rows = answers.objects() as { date?: unknown; score?: unknown; comment?: unknown }[];
  if (!rows.length) return ['_No survey answers_'];
  const time = (r: { date?: unknown }) => (r.date instanceof Date ? r.date.getTime() : -Infinity);
  const latest = [...rows].sort((a, b) => time(b) - time(a)).slice(0, max);
  return [
    `Survey answers (${rows.length}${rows.length > max ? `, latest ${max}` : ''}):`,
    ...latest.map((r) => {
      const comment = r.comment !== null && r.comment !== undefined && r.comment !== '' ? `: “${text(r.comment)}”` : '';
      return `- ${r.date instanceof Date ? day(r.date) : 'undated'}, score ${text(r.score ?? '—')}${comment}`;
    }),
  ];
}
