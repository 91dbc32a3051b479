/**
 * The language a user reads: VS Code's display language in the editor, `--lang` or the
 * environment in the CLI. It travels to the kernel process in one environment variable, so that
 * kernel messages, display summaries, segment names and chart labels follow it.
 */

/** The languages the workbench speaks. */
export type DisplayLanguage = 'en' | 'zh-cn';

/** The environment variable through which the host tells the kernel the display language. */
export const LANGUAGE_ENV = 'CRM_WORKBENCH_LANGUAGE';

/**
 * A language tag ('zh-CN', 'zh-cn', 'zh_CN.UTF-8', 'zh-Hans', 'en-US', undefined) as one of ours.
 * @example toDisplayLanguage('zh_CN.UTF-8') // → 'zh-cn'
 * @example toDisplayLanguage('de') // → 'en'
 */
export function toDisplayLanguage(tag: string | undefined | null): DisplayLanguage {
  return /^zh(?![-_]?(tw|hk|mo|hant))/i.test(tag ?? '') ? 'zh-cn' : 'en';
}

/** The BCP 47 locale for number and date formatting in a display language. */
export function localeOf(language: DisplayLanguage): string {
  return language === 'zh-cn' ? 'zh-CN' : 'en-US';
}
