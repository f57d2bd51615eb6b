/**
 * A chart rendered on the server (ECharts SVG, src/documents/charts.ts) as a
 * figure with an accessible name, always followed by the table of the same numbers.
 */
import type { Chart } from "../../documents/charts.ts";
import { html, type SafeHtml, trustedHtml } from "../html.ts";

export function chartFigure(chart: Chart, caption: string, table: SafeHtml): SafeHtml {
  return html`<figure class="piao-chart">
  <div class="piao-chart-image">${trustedHtml(chart.svg)}</div>
  <figcaption class="visually-hidden">${caption}</figcaption>
</figure>
${table}`;
}
