/**
 * The public comparison of administrations: a GET form (year, region,
 * kind), the overall achievement and that of each positive-action area
 * across administrations (a chart, then the table of the same numbers), and
 * the administrations by achievement, a page at a time. No script.
 */
import { achievementBarChart } from "../../../documents/charts.ts";
import type {
  Comparison,
  ComparisonFilter,
  GroupStatistics,
} from "../../../services/public/comparison.ts";
import { alertBox } from "../../components/alerts.ts";
import { chartFigure } from "../../components/chart.ts";
import { selectField } from "../../components/forms.ts";
import { dataTable } from "../../components/table.ts";
import { type HtmlValue, html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { percentText } from "../dashboard/scores.ts";

export const COMPARISON_PATH = "/trasparenza/confronto";

/** The page's address with these filters ("anno", "regione", "tipo", "pagina"). */
export function comparisonHref(filter: ComparisonFilter): string {
  const query = new URLSearchParams();
  if (filter.year !== undefined) query.set("anno", String(filter.year));
  if (filter.region) query.set("regione", filter.region);
  if (filter.kind) query.set("tipo", filter.kind);
  if (filter.page !== undefined && filter.page > 1) query.set("pagina", String(filter.page));
  const text = query.toString();
  return text ? `${COMPARISON_PATH}?${text}` : COMPARISON_PATH;
}

const scoreOrNone = (ctx: PageContext, score: number | null) =>
  score === null ? ctx.t("compare.notMeasured") : percentText(ctx, score);

/** A select of the form; `all` first when the filter may be left empty. */
function choice(
  ctx: PageContext,
  name: string,
  label: string,
  value: string,
  values: (string | number)[],
  all: boolean,
): SafeHtml {
  const options = values.map((v) => ({ value: String(v), label: String(v) }));
  return selectField({
    name,
    label: ctx.t(label),
    value,
    options: all ? [{ value: "", label: ctx.t("compare.all") }, ...options] : options,
  });
}

function filters(ctx: PageContext, c: Comparison, filter: ComparisonFilter): SafeHtml {
  const year = c.year === null ? "" : String(c.year);
  return html`<form method="get" action="${COMPARISON_PATH}" class="mb-4" aria-labelledby="compare-filters">
  <h2 class="h5" id="compare-filters">${ctx.t("compare.filters")}</h2>
  <div class="row g-3 align-items-end">
    <div class="col-md-2">${choice(ctx, "anno", "compare.year", year, c.years, false)}</div>
    <div class="col-md-4">${choice(ctx, "regione", "compare.region", filter.region ?? "", c.regions, true)}</div>
    <div class="col-md-4">${choice(ctx, "tipo", "compare.kind", filter.kind ?? "", c.kinds, true)}</div>
    <div class="col-md-2 mb-4"><button type="submit" class="btn btn-primary">${ctx.t("compare.show")}</button></div>
  </div>
</form>`;
}

const STAT_HEAD = [
  "compare.measured",
  "compare.mean",
  "compare.median",
  "compare.min",
  "compare.max",
];

function statCells(ctx: PageContext, s: GroupStatistics): string[] {
  return [
    ctx.t("compare.measuredOf", { measured: s.measured, total: s.administrations }),
    scoreOrNone(ctx, s.mean),
    scoreOrNone(ctx, s.median),
    scoreOrNone(ctx, s.min),
    scoreOrNone(ctx, s.max),
  ];
}

function statisticsTable(
  ctx: PageContext,
  caption: string,
  first: string,
  rows: { label: string; s: GroupStatistics }[],
): SafeHtml {
  return dataTable({
    caption,
    head: [first, ...STAT_HEAD.map((code) => ctx.t(code))],
    rows: rows.map((r) => [r.label, ...statCells(ctx, r.s)]),
    numeric: [1, 2, 3, 4, 5],
    rowHeaders: true,
  });
}

function areasSection(ctx: PageContext, c: Comparison, year: string): HtmlValue {
  if (c.areas.length === 0) return "";
  const rows = c.areas.map((a) => ({
    label: ctx.t("compare.areaLabel", { number: String(a.number), title: a.title }),
    s: a as GroupStatistics,
  }));
  const title = ctx.t("compare.areasChart", { year });
  const chart = achievementBarChart(
    title,
    rows.map((r) => ({ label: r.label, value: r.s.mean })),
  );
  const table = statisticsTable(
    ctx,
    ctx.t("compare.areasCaption", { year }),
    ctx.t("compare.area"),
    rows,
  );
  return html`<h2 class="h4 mt-5">${ctx.t("compare.areasHeading")}</h2>
${chartFigure(chart, title, table)}`;
}

function pager(
  ctx: PageContext,
  c: Comparison,
  filter: ComparisonFilter,
  pages: number,
): HtmlValue {
  if (pages <= 1) return "";
  const link = (page: number, label: string, rel: string) =>
    html`<li class="page-item"><a class="page-link" rel="${rel}" href="${comparisonHref({ ...filter, year: c.year ?? undefined, page })}">${label}</a></li>`;
  return html`<nav class="pagination-wrapper" aria-label="${ctx.t("compare.pages")}"><ul class="pagination">
  ${c.page > 1 ? link(c.page - 1, ctx.t("compare.previous"), "prev") : ""}
  <li class="page-item"><span class="page-link" aria-current="page">${ctx.t("compare.pageOf", { page: c.page, pages })}</span></li>
  ${c.page < pages ? link(c.page + 1, ctx.t("compare.next"), "next") : ""}
</ul></nav>`;
}

function administrationsSection(
  ctx: PageContext,
  c: Comparison,
  filter: ComparisonFilter,
  year: string,
): SafeHtml {
  const pages = Math.max(1, Math.ceil(c.total / c.pageSize));
  const first = (c.page - 1) * c.pageSize;
  const table = dataTable({
    caption: ctx.t("compare.listCaption", { year, page: c.page, pages }),
    head: [
      ctx.t("compare.rank"),
      ctx.t("compare.administration"),
      ctx.t("compare.kind"),
      ctx.t("compare.region"),
      ctx.t("compare.score"),
      ctx.t("compare.objectives"),
    ],
    rows: c.items.map((item, i) => [
      item.score === null ? "—" : String(first + i + 1),
      html`<a href="/trasparenza/enti/${item.administrationId}/piao/${item.period}">${item.name}</a>`,
      item.kind ?? "—",
      item.region ?? "—",
      scoreOrNone(ctx, item.score),
      ctx.t("compare.measuredOf", { measured: item.counted, total: item.total }),
    ]),
    numeric: [0, 4, 5],
    empty: ctx.t("compare.noAdministrations"),
  });
  return html`<h2 class="h4 mt-5">${ctx.t("compare.listHeading")}</h2>
<p>${ctx.t("compare.total", { n: c.total })}</p>
${table}
${pager(ctx, c, filter, pages)}`;
}

export function comparisonPage(
  ctx: PageContext,
  c: Comparison,
  filter: ComparisonFilter,
): PageOptions {
  const title = ctx.t("compare.title");
  if (c.year === null) return { title, body: alertBox("info", ctx.t("compare.none")) };
  const year = String(c.year);
  const noResults = c.total === 0 && !filter.region && !filter.kind;
  return {
    title,
    lead: ctx.t("compare.lead", { year }),
    body: html`${filters(ctx, c, filter)}
${
  noResults
    ? alertBox("info", ctx.t("compare.noneForYear", { year }))
    : html`<h2 class="h4">${ctx.t("compare.overallHeading")}</h2>
${statisticsTable(ctx, ctx.t("compare.overallCaption", { year }), ctx.t("compare.administration"), [
  { label: ctx.t("compare.overallRow"), s: c.overall },
])}
${areasSection(ctx, c, year)}
${administrationsSection(ctx, c, filter, year)}`
}`,
  };
}
