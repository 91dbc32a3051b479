/**
 * The words of segmentMigration's one sentence: which segment lost the most customers and where
 * they went, in English or Simplified Chinese. The Chinese sentences have the English ones' type,
 * so one without its Chinese does not compile.
 */
import { SEGMENTS, segmentName, type Language, type SegmentName } from '../segments/index';

/** A count as the summary writes it: 1,234. */
const n = (k: number) => k.toLocaleString('en-US');
const plural = (k: number) => `${n(k)} customer${k === 1 ? '' : 's'}`;

/** What the sentence says: nobody moved, or `from` lost `lost`, of whom `went` went to `to` (`to` undefined: gone). */
interface MigrationWords {
  /** A segment's name as the sentence says it. */
  segment: (name: string) => string;
  nobodyMoved: (customers: number, fresh: number) => string;
  left: (lost: number, from: string, went: number, to: string | undefined) => string;
}

const EN: MigrationWords = {
  segment: (name) => name,
  nobodyMoved: (customers, fresh) =>
    fresh ? `No customer changed segment; ${plural(fresh)} are new` : `No customer changed segment (${plural(customers)})`,
  left: (lost, from, went, to) => {
    const where = to === undefined ? 'are gone from the data' : `are now ${to}`;
    const all = went === lost ? (lost === 1 ? 'they' : 'all of them') : `${n(went)} of them`;
    return `${plural(lost)} left ${from}; ${all} ${where}`;
  },
};

/** A name set off by spaces from the Chinese around it when it starts or ends in Latin letters or digits. */
const inline = (name: string) => `${/^[\w(]/.test(name) ? ' ' : ''}${name}${/[\w)]$/.test(name) ? ' ' : ''}`;

const ZH_CN: MigrationWords = {
  // An RFM segment named in English (rfm run with language 'en') reads in Chinese; other names stay.
  segment: (name) => ((SEGMENTS as readonly string[]).includes(name) ? segmentName(name as SegmentName, 'zh-cn') : name),
  nobodyMoved: (customers, fresh) => (fresh ? `没有客户更换分群；${n(fresh)} 位是新客户` : `没有客户更换分群（共 ${n(customers)} 位客户）`),
  left: (lost, from, went, to) => {
    const all = went === lost && lost > 1 ? '全部' : '';
    const who = went === lost ? (lost === 1 ? '' : '他们') : `其中 ${n(went)} 位`;
    const where = to === undefined ? `${all}已不在数据中` : `现在${all}是${inline(to)}`.trimEnd();
    return `${n(lost)} 位客户离开了${inline(from)}`.trimEnd() + `；${who}${where}`;
  },
};

/** The sentence's words by language. */
export const MIGRATION_WORDS: Readonly<Record<Language, MigrationWords>> = { en: EN, 'zh-cn': ZH_CN };
