/**
 * Finds where JSON text first goes wrong, as a 1-based line and column, because JavaScript
 * engines do not always say ("Unexpected token ',', ..." carries no position).
 * @example jsonErrorLocation('{\n  "a": ,\n}') // → { line: 2, column: 8 }
 */
export function jsonErrorLocation(text: string): { line: number; column: number } | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw new StopAt(i);
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
  const string = () => {
    if (text[i] !== '"') fail();
    for (i++; i < text.length; i++) {
      const c = text[i];
      if (c === '"') return void i++;
      if (c === '\\') i++;
      else if (c < ' ') fail();
    }
    fail();
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  // An object or array after its opening bracket: items separated by commas up to `close`.
  const items = (close: string, item: () => void): void => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const member = (): void => {
    ws();
    string();
    ws();
    if (text[i] !== ':') fail();
    i++;
    value();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return items('}', member);
    if (c === '[') return items(']', value);
    if (c === '"') return string();
    if (c === 't') return void literal('true');
    if (c === 'f') return void literal('false');
    if (c === 'n') return void literal('null');
    return number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return undefined;
  } catch (e) {
    if (!(e instanceof StopAt)) throw e;
    const at = e.at;
    const before = text.slice(0, at);
    return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
  }
}

/** Where the scan stopped: thrown to unwind the recursive descent at the first error. */
class StopAt extends Error {
  constructor(readonly at: number) {
    super(`invalid JSON at ${at}`);
  }
}
