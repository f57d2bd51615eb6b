/**
 * Document blocks (src/documents/model.ts) as page HTML, so the staff pages
 * and the public pages show exactly the tables the PIAO prints: headings,
 * paragraphs, accessible tables, charts as figures with their accessible
 * name (the table of the same numbers is the next block), what is missing.
 */
import type { Block } from "../../../documents/model.ts";
import { alertBox } from "../../components/alerts.ts";
import { chartFigure } from "../../components/chart.ts";
import { dataTable } from "../../components/table.ts";
import { type HtmlValue, html, type SafeHtml } from "../../html.ts";

function blockHtml(block: Block): HtmlValue {
  switch (block.type) {
    case "heading":
      return block.level <= 2
        ? html`<h2 class="h4 mt-4">${block.text}</h2>`
        : html`<h3 class="h5 mt-4">${block.text}</h3>`;
    case "paragraph":
      return html`<p${block.style === "note" ? html` class="text-muted"` : ""}>${block.text}</p>`;
    case "list":
      return html`<ul>${block.items.map((i) => html`<li>${i}</li>`)}</ul>`;
    case "table":
      return dataTable({
        caption: block.caption,
        head: block.columns.map((c) => c.header),
        rows: block.rows,
        numeric: block.columns.flatMap((c, i) => (c.align === "right" ? [i] : [])),
        rowHeaders: true,
        empty: "—",
      });
    case "missing":
      return alertBox("warning", block.text);
    case "chart":
      return chartFigure(block, block.alt, html``);
    case "fields":
      return html`<dl>${block.fields.map((f) => html`<dt>${f.label}</dt><dd>${f.value}</dd>`)}</dl>`;
    case "signature":
    case "pageBreak":
      return "";
  }
}

export function blocksHtml(blocks: readonly Block[]): SafeHtml {
  return html`${blocks.map(blockHtml)}`;
}
