/**
 * A document as the renderers see it: what every report (the PIAO, the
 * Piano Azioni Positive, the monitoring report, the Relazione sulla
 * performance) is composed into, and what the PDF, DOCX, XLSX and text
 * renderers turn into files. Composing needs no database; rendering needs
 * nothing but this model.
 */

export interface DocumentMetadata {
  /** Document title, also in the file's metadata. */
  title: string;
  /** The administration, as author. */
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47, "it-IT" for our documents. */
  lang: string;
  /** ISO date the document refers to (e.g. the plan's date), for the cover. */
  date: string | null;
}

export type Align = "left" | "right" | "center";

export interface TableColumn {
  header: string;
  /** Relative width; columns without one share what is left equally. */
  width?: number;
  align?: Align;
}

export type Block =
  /** Level 1 starts a chapter; levels 1–3 make the table of contents and the PDF bookmarks. */
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  | { type: "paragraph"; text: string; style?: "normal" | "note" | "lead" }
  /** Bulleted list. */
  | { type: "list"; items: string[] }
  /**
   * A table; `sheet` names its XLSX sheet (≤ 31 chars, unique in the document).
   * Cells are text as users read them (dates dd/mm/yyyy, numbers it-IT).
   */
  | { type: "table"; caption: string; sheet: string; columns: TableColumn[]; rows: string[][] }
  /** What the plan lacks: shown as missing, never hidden. */
  | { type: "missing"; text: string }
  /**
   * A chart as SVG (rendered on the server with ECharts), with its accessible
   * description; the same numbers always follow as a table block.
   */
  | { type: "chart"; title: string; svg: string; alt: string; width: number; height: number }
  /** Label/value pairs, e.g. the scheda anagrafica. */
  | { type: "fields"; fields: { label: string; value: string }[] }
  /** Space to sign: e.g. the Nucleo di valutazione's validation. */
  | { type: "signature"; lines: string[] }
  | { type: "pageBreak" };

export interface ReportDocument {
  metadata: DocumentMetadata;
  /** Cover lines under the title (administration, period, date). */
  cover: string[];
  /** Whether renderers put a table of contents after the cover. */
  toc: boolean;
  blocks: Block[];
}
