/**
 * The CLI's typed message catalogue. The CLI decides its language once (`--lang`, else the
 * environment; cliLanguage.ts) and puts it in CRM_WORKBENCH_LANGUAGE, which the kernels it
 * starts inherit; `cliText()` reads the same variable, so the CLI and its kernels always agree.
 */
import { LANGUAGE_ENV, toDisplayLanguage, type DisplayLanguage } from '../protocol/index';
import { CLI_TEXT_EN, type CliText } from './cliTextEn';
import { CLI_TEXT_ZH_CN } from './cliTextZhCn';

/** Every catalogue, by language. */
export const CLI_TEXT: Readonly<Record<DisplayLanguage, CliText>> = { en: CLI_TEXT_EN, 'zh-cn': CLI_TEXT_ZH_CN };

/** The CLI's words in its display language. */
export const cliText = (language: DisplayLanguage = toDisplayLanguage(process.env[LANGUAGE_ENV])): CliText => CLI_TEXT[language];
