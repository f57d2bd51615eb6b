/**
 * Where a JSON text stops being JSON. JSON.parse says so in its message on
 * Node 22+, but not always on Node 20; this scanner finds the offset on any.
 */
class Stop extends Error {
  constructor(readonly offset: number) {
    super("stop");
  }
}

export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\r\n".includes(text[i] as string)) i++;
  };
  const expect = (word: string) => {
    for (const ch of word) if (text[i++] !== ch) throw new Stop(i - 1);
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) throw new Stop(i);
      i += text[i] === "\\" ? 2 : 1;
    }
    if (i >= text.length) throw new Stop(i);
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === "" || m[0] === "-") throw new Stop(i);
    i += m[0].length;
  };
  const container = (close: string, member: () => void) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      ws();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === close) return void i++;
      throw new Stop(i);
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      container("}", () => {
        ws();
        if (text[i] !== '"') throw new Stop(i);
        string();
        ws();
        expect(":");
        value();
      });
    } else if (c === "[") container("]", value);
    else if (c === '"') string();
    else if (c === "t") expect("true");
    else if (c === "f") expect("false");
    else if (c === "n") expect("null");
    else number();
  };
  try {
    value();
    ws();
    return i < text.length ? i : null;
  } catch (e) {
    if (e instanceof Stop) return Math.min(e.offset, text.length);
    // Nesting deeper than the call stack: report the start.
    return 0;
  }
}

export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let k = 0; k < end; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}
