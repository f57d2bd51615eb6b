/**
 * Text as text: what the model says goes into runs as characters, never as
 * markup. The docx package escapes <, > and &; here we drop what XML cannot
 * hold at all (control characters, lone surrogates) and turn line breaks into
 * Word's breaks.
 */

import { TextRun } from "docx";

/** Everything XML 1.0 allows; the rest would make the file unreadable. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function cleanText(text: string): string {
  return text.replace(NOT_XML, "").replaceAll("\t", " ");
}

/** One run per line: "\n" (or "\r\n") in the text becomes a line break. */
export function textRuns(text: string, options: { bold?: boolean } = {}): TextRun[] {
  const lines = cleanText(text).split(/\r\n|\r|\n/);
  return lines.map(
    (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: options.bold }),
  );
}
