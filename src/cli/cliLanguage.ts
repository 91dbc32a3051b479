/**
 * The CLI's display language: `--lang`, else the environment (the kernel's own variable, then
 * POSIX's LANGUAGE, LC_ALL, LC_MESSAGES and LANG, in the order gettext reads them).
 */
import { LANGUAGE_ENV, toDisplayLanguage, type DisplayLanguage } from '../protocol/index';
import { UsageError } from './parseArgs';
import { cliText } from './cliText';

const ENV_ORDER = [LANGUAGE_ENV, 'LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'];

/**
 * @example cliLanguage(undefined, { LANG: 'zh_CN.UTF-8' }) // → 'zh-cn'
 * @example cliLanguage('en', { LANG: 'zh_CN.UTF-8' }) // → 'en'
 * @throws {UsageError} for a `--lang` other than en or zh-cn
 */
export function cliLanguage(flag: string | undefined, env: Record<string, string | undefined> = process.env): DisplayLanguage {
  if (flag !== undefined) {
    if (!/^(en([-_]\w+)?|zh([-_](cn|hans|sg))?)$/i.test(flag)) throw new UsageError(cliText('en').badLang(flag));
    return toDisplayLanguage(flag);
  }
  for (const name of ENV_ORDER) {
    // LANGUAGE is a priority list ("zh_CN:en"); "C" and "POSIX" mean no language.
    const tag = env[name]?.split(':')[0];
    if (tag && tag !== 'C' && tag !== 'POSIX') return toDisplayLanguage(tag);
  }
  return 'en';
}
