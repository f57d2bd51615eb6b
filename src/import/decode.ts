/**
 * Bytes → text for the readers of text formats: rejects what is not text
 * (empty, binary, PDF), accepts UTF-8 (with or without BOM) and UTF-16 with a
 * BOM, falls back to Windows-1252, and normalises line ends to LF.
 */
import "../i18n/import-messages.ts";
import { type Diagnostic, error, warning } from "../domain/diagnostics.ts";

export interface DecodedText {
  /** The text with LF line ends, or null when the input cannot be read as text. */
  text: string | null;
  diagnostics: Diagnostic[];
}

const PDF_MAGIC = "%PDF-";
const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return prepareText(new TextDecoder(utf16).decode(bytes.subarray(2)));
  const body = startsWithBytes(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  if (looksLikePdf(body)) return failure("import.pdf");
  if (body.includes(0)) return failure("import.binary");
  const diagnostics: Diagnostic[] = [];
  const text = decodeBody(body, diagnostics);
  return finish(text, diagnostics);
}

/** The same checks as decodeText for text that is already a string. */
export function prepareText(text: string): DecodedText {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trimStart().startsWith(PDF_MAGIC)) return failure("import.pdf");
  if (body.includes("\0")) return failure("import.binary");
  return finish(body, []);
}

function finish(text: string, diagnostics: Diagnostic[]): DecodedText {
  if (text.trim() === "")
    return { text: null, diagnostics: [...diagnostics, error("import.empty", null)] };
  return { text: text.replace(/\r\n?/g, "\n"), diagnostics };
}

function failure(code: string): DecodedText {
  return { text: null, diagnostics: [error(code, null)] };
}

/** UTF-16 with a byte-order mark, as Windows Notepad saves "Unicode" text. */
function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function looksLikePdf(bytes: Uint8Array): boolean {
  let start = 0;
  while (start < bytes.length && start < 64 && isAsciiSpace(bytes[start] ?? 0)) start++;
  for (let i = 0; i < PDF_MAGIC.length; i++) {
    if (bytes[start + i] !== PDF_MAGIC.charCodeAt(i)) return false;
  }
  return true;
}

function isAsciiSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

function decodeBody(bytes: Uint8Array, diagnostics: Diagnostic[]): string {
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return utf8;
  const cut = incompleteTail(bytes);
  if (cut > 0) {
    const truncated = tryUtf8(bytes.subarray(0, bytes.length - cut));
    if (truncated !== null) {
      diagnostics.push(warning("import.truncatedUtf8", lineCount(truncated)));
      return truncated;
    }
  }
  diagnostics.push(warning("import.notUtf8", firstInvalidUtf8Line(bytes)));
  return decodeWindows1252(bytes);
}

/**
 * Bytes 0x80-0x9F of Windows-1252 (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ);
 * the five unassigned bytes stay as they are.
 */
const CP1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

/**
 * Node 20.18.3+ decodes "windows-1252" as Latin-1 (nodejs/node#60888), turning
 * the curly apostrophe 0x92 into a control character: map that range here.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin = new TextDecoder("windows-1252").decode(bytes);
  return latin.replace(/[\u0080-\u009F]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** How many bytes at the end form the start of a multi-byte character cut short (0 if none). */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const expected = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return expected > back ? back : 0;
  }
  return 0;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const at = lenient.indexOf("\uFFFD");
  return lineCount(at < 0 ? lenient : lenient.slice(0, at));
}

/** 1-based number of the line on which the text ends. */
function lineCount(text: string): number {
  let lines = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}
