/** Feedback text: themes per NPS category (English and Chinese) and sentiment. */
export { feedbackThemes, type FeedbackThemesOptions, type FeedbackThemesResult } from './feedbackThemes';
export { isChinese } from './textTerms';
export { sentiment, sentimentOf, type SentimentScore } from './sentiment';
