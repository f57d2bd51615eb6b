/** Data tables with a caption and header cells, readable by screen readers and on a phone. */
import { type HtmlValue, html, type SafeHtml } from "../html.ts";

export interface TableOptions {
  caption: string;
  head: HtmlValue[];
  rows: HtmlValue[][];
  /** Indexes of columns holding numbers: right-aligned. */
  numeric?: number[];
  /** Shown in place of the rows when there are none. */
  empty?: string;
  /** The first cell of each row heads it (`<th scope="row">`). */
  rowHeaders?: boolean;
  captionVisible?: boolean;
}

export function dataTable(o: TableOptions): SafeHtml {
  const num = new Set(o.numeric ?? []);
  const cls = (i: number) => (num.has(i) ? html` class="text-end"` : "");
  // A table wider than a phone scrolls in its box: the box takes the focus, so the keyboard can scroll it.
  return html`<div class="table-responsive" role="region" aria-label="${o.caption}" tabindex="0"><table class="table table-sm table-striped align-middle">
  <caption class="${o.captionVisible === false ? "visually-hidden" : "caption-top"}">${o.caption}</caption>
  <thead><tr>${o.head.map((h, i) => html`<th scope="col"${cls(i)}>${h}</th>`)}</tr></thead>
  <tbody>${
    o.rows.length === 0
      ? html`<tr><td colspan="${o.head.length}">${o.empty ?? "—"}</td></tr>`
      : o.rows.map(
          (row) =>
            html`<tr>${row.map((cell, i) =>
              i === 0 && o.rowHeaders
                ? html`<th scope="row">${cell}</th>`
                : html`<td${cls(i)}>${cell}</td>`,
            )}</tr>`,
        )
  }</tbody>
</table></div>`;
}
