/**
 * Terms of a free-text comment, in English and Chinese, with no dictionary of our own: words come
 * from `Intl.Segmenter` (ICU's word breaks, which segment Chinese with ICU's dictionary). Common
 * function words are dropped. Where ICU leaves Chinese characters apart (发/货/慢), a run of two
 * becomes one term (发货) and a longer run gives its overlapping character pairs (发货, 货慢), as
 * CJK bigram analysers do; a lone character is dropped. Two adjacent kept words also count as a
 * phrase ("customer service", "客服 态度").
 */

const EN_STOP = new Set(
  `a about above after again all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours im ive its dont didnt doesnt wasnt isnt arent get got one really much still even ever`.split(
    /\s+/,
  ),
);

const ZH_STOP = new Set([
  '的',
  '了',
  '是',
  '在',
  '我',
  '你',
  '他',
  '她',
  '它',
  '们',
  '也',
  '很',
  '都',
  '就',
  '和',
  '与',
  '及',
  '还',
  '又',
  '吧',
  '呢',
  '啊',
  '吗',
  '呀',
  '哦',
  '嗯',
  '这',
  '那',
  '有',
  '被',
  '把',
  '给',
  '对',
  '着',
  '过',
  '得',
  '地',
  '之',
  '而',
  '但',
  '我们',
  '你们',
  '他们',
  '这个',
  '那个',
  '一个',
  '就是',
  '还是',
  '但是',
  '因为',
  '所以',
  '如果',
  '而且',
  '非常',
  '比较',
  '特别',
  '真的',
  '感觉',
  '觉得',
  '有点',
  '一些',
  '什么',
  '怎么',
  '可以',
]);

const HAN = /\p{Script=Han}/u;
const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'word' })));
  return s;
}

/** Whether a text is mostly Chinese (more Han characters than Latin letters). */
export function isChinese(text: string): boolean {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han++;
    else if (/[a-z]/i.test(ch)) latin++;
  }
  return han > latin;
}

/**
 * The distinct terms and phrases of one comment, lower-cased.
 * @example commentTerms('Shipping was slow, customer service great') // → ['shipping', 'slow', 'customer', 'service', 'great', 'customer service']
 */
export function commentTerms(text: string, phrases = true): string[] {
  const normalized = text.normalize('NFKC').toLowerCase();
  const words: (string | null)[] = []; // null marks a dropped word: phrases never span it
  let hanRun = '';
  const pairs: string[] = [];
  const flushRun = () => {
    const chars = [...hanRun];
    if (chars.length === 2) words.push(hanRun);
    else if (chars.length > 2) {
      for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i] + chars[i + 1]);
      words.push(null);
    } else if (chars.length === 1) words.push(null);
    hanRun = '';
  };
  for (const seg of segmenter(HAN.test(normalized) ? 'zh' : 'en').segment(normalized)) {
    if (!seg.isWordLike) {
      flushRun();
      if (/[^\s]/.test(seg.segment)) words.push(null); // punctuation ends a phrase
      continue;
    }
    const w = seg.segment.replace(/['’]/g, '');
    if (HAN.test(w)) {
      if (ZH_STOP.has(w)) {
        flushRun();
        words.push(null);
      } else if ([...w].length === 1) hanRun += w;
      else {
        flushRun();
        words.push(w);
      }
      continue;
    }
    flushRun();
    words.push(w.length < 2 || /^\d+$/.test(w) || EN_STOP.has(w) ? null : w);
  }
  flushRun();
  const out = new Set<string>(pairs);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === null) continue;
    out.add(w);
    const next = words[i + 1];
    if (phrases && next) out.add(`${w} ${next}`);
  }
  return [...out];
}
