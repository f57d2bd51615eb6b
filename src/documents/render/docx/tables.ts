/**
 * Table and fields blocks as Word tables in the "Tabella PIAO" style: fixed
 * layout at the width of the text (so a long word wraps inside its cell
 * instead of widening the table), the header row repeated on every page.
 */

import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import type { Align, Block, TableColumn } from "../../model.ts";
import { HEADER_FILL, LABEL_FILL, STYLE, TABLE_STYLE, TEXT_WIDTH } from "./styles.ts";
import { textRuns } from "./text.ts";

type TableBlock = Extract<Block, { type: "table" }>;
type FieldsBlock = Extract<Block, { type: "fields" }>;

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
} as const;

/** Caption, table, and a small paragraph after it (two tables in a row would merge into one). */
export function dataTable(block: TableBlock): (Paragraph | Table)[] {
  const columns = allColumns(block);
  const widths = columnWidths(columns);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, i) =>
      cell(column.header, widths[i] ?? 0, column.align, { header: true }),
    ),
  });
  const body = block.rows.map(
    (row) =>
      new TableRow({
        children: columns.map((column, i) => cell(row[i] ?? "", widths[i] ?? 0, column.align)),
      }),
  );
  const caption = new Paragraph({ style: STYLE.caption, children: textRuns(block.caption) });
  const table = new Table({
    style: TABLE_STYLE,
    rows: [header, ...body],
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    tableLook: { firstRow: true, firstColumn: false, lastRow: false, lastColumn: false },
  });
  return block.caption.trim() === "" ? [table, spacer()] : [caption, table, spacer()];
}

/** Label/value pairs as a two-column table, labels bold on grey. */
export function fieldsTable(block: FieldsBlock): (Paragraph | Table)[] {
  const widths = columnWidths([
    { header: "", width: 35 },
    { header: "", width: 65 },
  ]);
  const rows = block.fields.map(
    ({ label, value }) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(label, widths[0] ?? 0, "left", { label: true }),
          cell(value, widths[1] ?? 0, "left"),
        ],
      }),
  );
  if (rows.length === 0) return [];
  const table = new Table({
    style: TABLE_STYLE,
    rows,
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    tableLook: { firstRow: false, firstColumn: true, lastRow: false, lastColumn: false },
  });
  return [table, spacer()];
}

/** The declared columns, and unnamed ones for cells past them: no cell is dropped. */
function allColumns(block: TableBlock): TableColumn[] {
  const count = block.rows.reduce((n, row) => Math.max(n, row.length), block.columns.length);
  const extra = Array.from({ length: count - block.columns.length }, () => ({ header: "" }));
  return [...block.columns, ...extra];
}

/**
 * Twips per column: `width` is a relative weight, columns without one weigh 1;
 * the last column takes the rounding so the table is exactly the text width.
 */
export function columnWidths(columns: TableColumn[]): number[] {
  const weights = columns.map((c) => (c.width !== undefined && c.width > 0 ? c.width : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  const used = widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths.at(-1) ?? 0) + TEXT_WIDTH - used;
  return widths;
}

function cell(
  text: string,
  width: number,
  align: Align | undefined,
  kind: { header?: boolean; label?: boolean } = {},
): TableCell {
  const fill = kind.header ? HEADER_FILL : kind.label ? LABEL_FILL : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, color: "auto", fill } : undefined,
    children: [
      new Paragraph({
        style: kind.header ? STYLE.tableHeader : STYLE.tableText,
        alignment: ALIGN[align ?? "left"],
        children: textRuns(text, { bold: kind.header || kind.label }),
      }),
    ],
  });
}

function spacer(): Paragraph {
  return new Paragraph({ style: STYLE.spacer });
}
