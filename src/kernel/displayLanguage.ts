/** The display language the host gave the kernel process (VS Code's, or the CLI's `--lang`). */
import { LANGUAGE_ENV, toDisplayLanguage, type DisplayLanguage } from '../protocol/index';

export const kernelLanguage = (): DisplayLanguage => toDisplayLanguage(process.env[LANGUAGE_ENV]);
