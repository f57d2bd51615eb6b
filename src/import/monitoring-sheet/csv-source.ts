/** A CSV (`;`, `,` or tab separated) decoded and parsed into a grid of text cells. */
import { parse as parseCsv } from "csv-parse/sync";
import { type Diagnostic, error } from "../../domain/diagnostics.ts";
import { decodeText } from "../decode.ts";
import { type Grid, textCell } from "./grid.ts";
import { failed, MAX_SHEET_ROWS, type Source, shortDetail, startsWith } from "./result.ts";

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function loadCsv(bytes: Uint8Array): Source {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  if (looksLikePdf(body)) return { failed: failed("sheet.pdf") };
  if (!utf16 && body.includes(0)) return { failed: failed("sheet.binary") };
  if (utf16 ? bytes.length <= 2 : isBlank(body)) return { failed: failed("sheet.empty") };
  const decoded = decodeText(bytes);
  if (decoded.text === null) {
    return { failed: { campaignId: null, rows: [], diagnostics: decoded.diagnostics } };
  }
  const diagnostics = [...decoded.diagnostics];
  const records = parseRecords(decoded.text);
  if (!Array.isArray(records)) {
    diagnostics.push(records);
    return { failed: { campaignId: null, rows: [], diagnostics } };
  }
  if (records.length - 1 > MAX_SHEET_ROWS) {
    return {
      failed: failed("sheet.tooManyRows", { count: records.length - 1, limit: MAX_SHEET_ROWS }),
    };
  }
  const rows: Grid["rows"] = [];
  records.forEach((record, i) => {
    rows.push({ row: i + 1, cells: record.map(textCell) });
  });
  return { grid: { rows }, campaignId: null, diagnostics };
}

/** The records of the text, or the diagnostic of the syntax error that stopped the parser. */
function parseRecords(text: string): string[][] | Diagnostic {
  try {
    return parseCsv(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: unknown }).lines;
    return error("sheet.csvSyntax", typeof line === "number" ? line : null, {
      detail: shortDetail(e),
    });
  }
}

/** The separator of the header line: the most frequent of `;`, `,` and tab outside quotes (`;` on a tie). */
function detectDelimiter(text: string): string {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? "";
  const counts = new Map<string, number>([
    [";", 0],
    [",", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ";";
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
}

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
  return head.trimStart().startsWith("%PDF-");
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
}
