import { LANGUAGE_ENV, toDisplayLanguage, type DisplayLanguage } from '../protocol/index';
/** The display language the host gave this kernel process in {@link LANGUAGE_ENV} ('en' when unset). */
export const kernelLanguage = (): DisplayLanguage => toDisplayLanguage(process.env[LANGUAGE_ENV]);
