/**
 * Sentiment of a Chinese comment: words from `Intl.Segmenter('zh')` (ICU's dictionary segmenter),
 * each word's valence from the shop-review words of zhSentimentWords.ts or else from NTUSD
 * (ntusdLexicon.ts, ±1), turned by the negators and degree adverbs in the three words before it, and
 * summed. This is the classic lexicon scorer for Chinese (as in Ku & Chen 2007, and the HowNet and
 * DUTIR scorers built the same way): good on short, plain shop comments; irony, questions and
 * comparisons ("比超市的好") are beyond it.
 */
import { NTUSD_NEGATIVE, NTUSD_POSITIVE } from './ntusdLexicon';
import { ZH_INTENSIFIERS, ZH_NEGATORS, ZH_SHOP_WORDS } from './zhSentimentWords';

export interface ZhSentiment {
  /** Sum of the words' valences after negation and degree. */
  score: number;
  /** Score per word. */
  comparative: number;
  /** The sentiment words that counted for and against (as written, with their negator or degree adverb). */
  positive: string[];
  negative: string[];
}

const BREAK = null; // punctuation: modifiers never reach across it
let zhWords: Intl.Segmenter | undefined;
const MAX_CHARS = 4; // NTUSD is cut to words of up to four characters
const isModifier = (w: string) => ZH_NEGATORS.has(w) || ZH_INTENSIFIERS.has(w);
const modifiersOnly = (w: string): boolean =>
  isModifier(w) || [...w].some((_, n) => n > 0 && isModifier([...w].slice(0, n).join('')) && modifiersOnly([...w].slice(n).join('')));

let lexicon: Map<string, number> | undefined;
/** NTUSD (±1) with the shop words over it; built on first use so loading the analytics stays cheap. */
function valences(): Map<string, number> {
  if (lexicon) return lexicon;
  lexicon = new Map<string, number>();
  // NTUSD entries that end in a negator (还没, 都没有) or are only modifiers (不太) are negation and
  // degree, which the scorer handles itself.
  const opinion = (w: string) => ![...ZH_NEGATORS].some((n) => w.endsWith(n)) && !modifiersOnly(w);
  for (const w of NTUSD_POSITIVE.split('\n')) if (opinion(w)) lexicon.set(w, 1);
  for (const w of NTUSD_NEGATIVE.split('\n')) if (opinion(w)) lexicon.set(w, -1);
  for (const [w, v] of ZH_SHOP_WORDS) lexicon.set(w, v);
  return lexicon;
}

const PARTICLES = new Set(['得', '了', '的', '啊', '呀', '吧', '呢', '哦', '啦', '都', '也', '又']);

/**
 * A word ICU glued together, taken apart where the pieces are known: a leading negator or degree
 * adverb (很不 → 很 + 不, 不太好 → 不 + 太 + 好) or a particle at either end (慢得 → 慢 + 得, 都没有 → 都 + 没有).
 * Any other word stays whole (快递 is not 快 + 递).
 */
function unglue(w: string, known: (w: string) => boolean): string[] {
  if (known(w)) return [w];
  const chars = [...w];
  for (let n = Math.min(3, chars.length - 1); n >= 1; n--) {
    const head = chars.slice(0, n).join('');
    if (isModifier(head) || (n === 1 && PARTICLES.has(head))) return [head, ...unglue(chars.slice(n).join(''), known)];
  }
  const rest = chars.slice(0, -1).join('');
  if (chars.length > 1 && PARTICLES.has(chars[chars.length - 1]) && known(rest)) return [rest, chars[chars.length - 1]];
  return [w];
}

/** ICU's words, unglued; null for punctuation, which modifiers never reach across. */
function words(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  const known = (w: string) => valences().has(w) || isModifier(w);
  for (const seg of (zhWords ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(text.normalize('NFKC').toLowerCase())) {
    if (seg.isWordLike) out.push(...unglue(seg.segment, known));
    else if (/\S/.test(seg.segment)) out.push(BREAK);
  }
  return out;
}

/** The longest run of words from i (up to MAX_CHARS characters) that the lexicon knows, as [word, words used]. */
function longestMatch(ws: (string | null)[], i: number): [string, number] | undefined {
  const lex = valences();
  let joined = '';
  let best: [string, number] | undefined;
  for (let j = i; j < ws.length && ws[j] !== BREAK; j++) {
    joined += ws[j];
    if ([...joined].length > MAX_CHARS) break;
    if (lex.has(joined)) best = [joined, j - i + 1];
  }
  return best;
}

/**
 * Scores one Chinese text.
 * @example zhSentimentOf('物流很快，但是包装破损').score // → 1.5 − 1 = 0.5
 */
export function zhSentimentOf(text: string): ZhSentiment {
  const lex = valences();
  const ws = words(text);
  const positive: string[] = [];
  const negative: string[] = [];
  let score = 0;
  let count = 0;
  let modifiers: string[] = []; // negators and degree adverbs since the last sentiment word, in order
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w === BREAK) {
      modifiers = [];
      continue;
    }
    count++;
    const match = longestMatch(ws, i);
    // A modifier that is also a sentiment word (好) modifies when a sentiment word follows it.
    if (isModifier(w) && (match === undefined || match[1] === 1)) {
      const next = longestMatch(ws, i + 1);
      if (next || !lex.has(w)) {
        modifiers = [...modifiers.slice(-2), w];
        continue;
      }
    }
    if (!match) continue;
    const [word, used] = match;
    i += used - 1;
    const v = lex.get(word)!;
    if (v === 0) continue;
    let sign = 1;
    let degree = 1;
    for (const m of modifiers) {
      if (ZH_NEGATORS.has(m)) sign = -sign;
      // A degree adverb after a negator softens it (不太好 is mildly bad), before one it strengthens (太不好).
      else degree *= sign < 0 ? 0.5 : ZH_INTENSIFIERS.get(m)!;
    }
    const s = v * sign * degree;
    score += s;
    (s > 0 ? positive : negative).push(modifiers.join('') + word);
    modifiers = [];
  }
  const rounded = Math.round(score * 1000) / 1000;
  return { score: rounded, comparative: count ? Math.round((score / count) * 1000) / 1000 : 0, positive, negative };
}
