/** The `table` and `fields` blocks, drawn through the grid writer. */
import type { Block, TableColumn } from "../../model.ts";
import { COLORS, CONTENT_HEIGHT, CONTENT_WIDTH, type Flow, PAGE, STYLES } from "./flow.ts";
import { type CellSpec, GridWriter, makeRow, rowHeight } from "./grid.ts";
import { wrapText } from "./text.ts";

type BlockOf<T extends Block["type"]> = Extract<Block, { type: T }>;

export const EMPTY_TABLE = "nessun dato";
const GAP_AFTER = 12;
const CAPTION_GAP = 4;

/** Column widths in pt: `width` is relative; a column without one counts 1. */
export function columnWidths(columns: TableColumn[], total: number): number[] {
  const weights = columns.map((c) =>
    c.width !== undefined && Number.isFinite(c.width) && c.width > 0 ? c.width : 1,
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total * w) / sum);
}

function specsFor(columns: TableColumn[], widths: number[], texts: string[]): CellSpec[] {
  let x = PAGE.left;
  return columns.map((column, c) => {
    const width = widths[c] as number;
    const spec = { x, width, align: column.align ?? "left", text: texts[c] ?? "" };
    x += width;
    return spec;
  });
}

export function drawTable(flow: Flow, block: BlockOf<"table">): void {
  const columns: TableColumn[] = block.columns.length > 0 ? block.columns : [{ header: "" }];
  const widths = columnWidths(columns, CONTENT_WIDTH);
  const header = makeRow(
    specsFor(
      columns,
      widths,
      columns.map((c) => c.header),
    ),
    STYLES.headerCell,
    "TH",
    COLORS.primary,
  );
  const rowAt = (i: number) => {
    const texts = block.rows[i] ?? [];
    return makeRow(
      specsFor(columns, widths, texts),
      STYLES.cell,
      "TD",
      i % 2 ? COLORS.zebra : null,
    );
  };
  const empty = makeRow(
    [{ x: PAGE.left, width: CONTENT_WIDTH, align: "center", text: EMPTY_TABLE }],
    STYLES.emptyCell,
    "TD",
    null,
  );
  const first = block.rows.length > 0 ? rowAt(0) : empty;
  const caption = block.caption ? wrapText(block.caption, STYLES.caption, CONTENT_WIDTH) : [];
  const captionHeight =
    caption.length * STYLES.caption.leading + (caption.length ? CAPTION_GAP : 0);
  flow.ensure(Math.min(captionHeight + rowHeight(header) + rowHeight(first), CONTENT_HEIGHT / 3));

  const table = flow.element("Table");
  if (caption.length) {
    const element = flow.element("Caption", table);
    flow.flowLines(caption, STYLES.caption, element, "Caption");
    element.end();
    flow.y += CAPTION_GAP;
  }
  const writer = new GridWriter(flow, table, header);
  writer.drawHeader(true);
  if (block.rows.length === 0) writer.drawRow(empty);
  for (let i = 0; i < block.rows.length; i++) writer.drawRow(i === 0 ? first : rowAt(i));
  table.end();
  flow.y += GAP_AFTER;
}

const LABEL_SHARE = 0.32;

export function drawFields(flow: Flow, block: BlockOf<"fields">): void {
  if (block.fields.length === 0) return;
  const labelWidth = CONTENT_WIDTH * LABEL_SHARE;
  const valueWidth = CONTENT_WIDTH - labelWidth;
  const table = flow.element("Table");
  const writer = new GridWriter(flow, table, null);
  for (const field of block.fields) {
    const label = makeRow(
      [{ x: PAGE.left, width: labelWidth, align: "left", text: field.label }],
      STYLES.label,
      "TH",
      null,
    );
    const value = makeRow(
      [{ x: PAGE.left + labelWidth, width: valueWidth, align: "left", text: field.value }],
      STYLES.value,
      "TD",
      null,
    );
    writer.drawRow({ cells: [...label.cells, ...value.cells], fill: null });
  }
  table.end();
  flow.y += GAP_AFTER;
}
