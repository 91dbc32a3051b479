/**
 * The kernel's typed message catalogue: every user-facing word of the kernel (its errors, the
 * table preview's note and the display summaries) in English and Simplified Chinese. The English
 * objects define the type; a Chinese catalogue that misses an entry does not compile, and
 * test/unit/kernel/text.test.ts fails on an empty one. `say()` picks the kernel's display language.
 */
import type { DisplayLanguage } from '../../protocol/index';
import { kernelLanguage } from '../displayLanguage';
import { MESSAGES_EN, type KernelMessages } from './messagesEn';
import { MESSAGES_ZH_CN } from './messagesZhCn';
import { SUMMARIES_EN, type SummaryText } from './summariesEn';
import { SUMMARIES_ZH_CN } from './summariesZhCn';

export type { KernelMessages, SummaryText };

/** Every catalogue, by language. */
export const KERNEL_TEXT: Readonly<Record<DisplayLanguage, { messages: KernelMessages; summaries: SummaryText }>> = {
  en: { messages: MESSAGES_EN, summaries: SUMMARIES_EN },
  'zh-cn': { messages: MESSAGES_ZH_CN, summaries: SUMMARIES_ZH_CN },
};

/** The kernel's messages in its display language. */
export const messages = (language: DisplayLanguage = kernelLanguage()): KernelMessages => KERNEL_TEXT[language].messages;

/** The display summaries' words in the kernel's display language. */
export const summaries = (language: DisplayLanguage = kernelLanguage()): SummaryText => KERNEL_TEXT[language].summaries;
