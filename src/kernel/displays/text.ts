/** Displays of the text topic: feedback themes and sentiment. */
import * as analytics from '../../analytics/index';
import * as charts from '../../charts/index';
import { categoryLabel } from '../../protocol/index';
import type { SentimentScore } from '../../analytics/index';
import { kernelLanguage } from '../displayLanguage';
import { summaries } from '../text/index';
import { count, display, type DisplaysOf, notes, summary, sumOf, tally } from './display';

const SENTIMENTS: readonly SentimentScore['label'][] = ['positive', 'neutral', 'negative', 'not scored'];

export const textDisplays = {
  feedbackThemes: display(analytics.feedbackThemes, (r) => {
    const groups = r.groups.objects() as { group: string; comments: number }[];
    const perGroup = groups.map((g) => `${categoryLabel(g.group, kernelLanguage())} ${g.comments}`).join(' · ');
    return [
      summary([summaries().themes(count(sumOf(r.groups.array('comments'))), perGroup), ...notes(r.warnings)]),
      r.themes,
      ...(r.topics.numRows() > 0 ? [r.topics] : []),
      charts.themesChart(r),
    ];
  }),
  sentiment: display(analytics.sentiment, (t) => {
    const counts = tally(t.array(t.columnNames().includes('sentiment') ? 'sentiment' : 'label'));
    const say = summaries();
    const labels = SENTIMENTS.map((k) => `${categoryLabel(k, kernelLanguage())} ${counts.get(k) ?? 0}`);
    return [summary([say.sentiment(labels.join(' · '))]), t];
  }),
} satisfies DisplaysOf<'feedbackThemes' | 'sentiment'>;
