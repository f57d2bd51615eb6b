/**
 * The dashboard of a campaign: the administration's score, then achievement
 * by unit, by positive-action area and by tag, each a chart followed by the
 * table of the same numbers, then every objective and indicator.
 */
import { achievementBarChart, type BarDatum } from "../../../documents/charts.ts";
import type { Achievement } from "../../../domain/achievement/types.ts";
import { formatMeasured, formatTarget } from "../../../domain/format-value.ts";
import { formatDate } from "../../../i18n/index.ts";
import type { PerformanceReport } from "../../../services/performance.ts";
import type { ScoreValidation } from "../../../services/score-validation.ts";
import type { MonitoringCampaignRow } from "../../../store/tables/cycle.table.ts";
import { alertBox } from "../../components/alerts.ts";
import { chartFigure } from "../../components/chart.ts";
import { dataTable } from "../../components/table.ts";
import { type HtmlValue, html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { bandText, countedText, percentText, scoreText } from "./scores.ts";

export interface DashboardData {
  campaigns: MonitoringCampaignRow[];
  report: PerformanceReport;
  validations: Map<string, ScoreValidation>;
  /** The signed-in user may record validated scores (the Nucleo). */
  canValidate: boolean;
}

export const campaignLabel = (ctx: Pick<PageContext, "t">, c: { year: number; kind: string }) =>
  `${c.year}, ${ctx.t(`campaign.kind.${c.kind}`)}`;

function campaignChooser(ctx: PageContext, d: DashboardData): SafeHtml {
  const current = d.report.campaign.id;
  return html`<form method="get" action="/cruscotto" class="row g-2 align-items-end mb-4">
  <div class="col-auto"><div class="select-wrapper">
    <label for="f-campagna">${ctx.t("dash.chooseCampaign")}</label>
    <select id="f-campagna" name="campagna">${d.campaigns.map(
      (c) =>
        html`<option value="${c.id}"${c.id === current ? html` selected` : ""}>${campaignLabel(ctx, c)} (${ctx.t(`campaign.status.${c.status}`)})</option>`,
    )}</select>
  </div></div>
  <div class="col-auto"><button type="submit" class="btn btn-outline-primary btn-sm">${ctx.t("dash.show")}</button></div>
</form>`;
}

/** Validated score and its reason beside the computed one; "—" while the Nucleo has not validated. */
function validatedCells(ctx: PageContext, v: ScoreValidation | undefined): HtmlValue[] {
  if (!v) return ["—", "—"];
  return [percentText(ctx, v.validatedScore), v.reason];
}

function groupTable(
  ctx: PageContext,
  caption: string,
  head: string,
  rows: { label: HtmlValue; a: Achievement }[],
): SafeHtml {
  return dataTable({
    caption,
    head: [head, ctx.t("dash.score"), ctx.t("dash.indicatorsCounted"), ctx.t("dash.band")],
    rows: rows.map((r) => [
      r.label,
      scoreText(ctx, r.a),
      countedText(ctx, r.a),
      bandText(ctx, r.a.band),
    ]),
    numeric: [1, 2],
    rowHeaders: true,
  });
}

function groupSection(
  ctx: PageContext,
  r: PerformanceReport,
  heading: string,
  head: string,
  rows: { label: string; a: Achievement }[],
): HtmlValue {
  if (rows.length === 0) return "";
  const data: BarDatum[] = rows.map((x) => ({ label: x.label.trim(), value: x.a.score }));
  const bands = r.rules.bands.map((b) => ({ min: b.min, label: bandText(ctx, b) }));
  const chart = achievementBarChart(heading, data, bands);
  return html`<h2 class="h4 mt-5">${heading}</h2>
${chartFigure(chart, heading, groupTable(ctx, heading, head, rows))}`;
}

/** Units depth-first, sub-units under their parent, indented. */
function unitRows(r: PerformanceReport): { label: string; a: Achievement }[] {
  const rows: { label: string; a: Achievement }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const u of r.units.filter((x) => x.parentKey === parent)) {
      rows.push({ label: `${"\u2003".repeat(depth)}${u.name}`, a: u.achievement });
      visit(u.key, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}

function overall(ctx: PageContext, d: DashboardData): SafeHtml {
  const a = d.report.administration.achievement;
  return dataTable({
    caption: ctx.t("dash.overall", { name: d.report.administration.name }),
    head: [
      ctx.t("dash.computed"),
      ctx.t("dash.indicatorsCounted"),
      ctx.t("dash.band"),
      ctx.t("dash.validated"),
      ctx.t("dash.reason"),
    ],
    rows: [
      [
        scoreText(ctx, a),
        ctx.t("dash.objectivesCounted", { counted: a.counted, total: a.total }),
        bandText(ctx, a.band),
        ...validatedCells(ctx, d.validations.get("")),
      ],
    ],
    numeric: [0, 3],
  });
}

function objectivesTable(ctx: PageContext, d: DashboardData): SafeHtml {
  const unitName = new Map(d.report.units.map((u) => [u.key, u.name]));
  return dataTable({
    caption: ctx.t("dash.objectives"),
    head: [
      ctx.t("dash.objective"),
      ctx.t("dash.unit"),
      ctx.t("dash.computed"),
      ctx.t("dash.band"),
      ctx.t("dash.validated"),
      ctx.t("dash.reason"),
    ],
    rows: d.report.objectives.map((o) => [
      `${o.code} ${o.title}`,
      o.unitKey ? (unitName.get(o.unitKey) ?? o.unitKey) : "—",
      o.neutralisedReason
        ? ctx.t("perf.neutralised", { reason: o.neutralisedReason })
        : scoreText(ctx, o.achievement),
      bandText(ctx, o.achievement.band),
      ...validatedCells(ctx, d.validations.get(o.code)),
    ]),
    numeric: [2, 4],
    rowHeaders: true,
  });
}

function indicatorsTable(ctx: PageContext, r: PerformanceReport): SafeHtml {
  const rows = r.objectives.flatMap((o) =>
    o.indicators.map((i) => [
      `${o.code}/${i.code}`,
      i.description,
      i.reprogrammed
        ? ctx.t("perf.targetReprogrammed", {
            original: formatTarget(i.originalTarget),
            target: formatTarget(i.target),
          })
        : formatTarget(i.target) || "—",
      i.measurement ? formatMeasured(i.measurement, ctx.t("perf.notYet")) : "—",
      i.result.state === "scored" && i.result.score !== null
        ? `${percentText(ctx, i.result.score)}${i.result.delayDays ? ` (${ctx.t("perf.delay", { n: i.result.delayDays })})` : ""}`
        : ctx.t(`perf.state.${i.result.state}`),
    ]),
  );
  return dataTable({
    caption: ctx.t("dash.indicators"),
    head: [
      ctx.t("dash.code"),
      ctx.t("dash.indicator"),
      ctx.t("dash.target"),
      ctx.t("dash.measured"),
      ctx.t("dash.result"),
    ],
    rows,
    numeric: [4],
    rowHeaders: true,
  });
}

export function dashboardPage(ctx: PageContext, d: DashboardData): PageOptions {
  const r = d.report;
  const tagRows = r.tags.map((t) => ({ label: ctx.t(`dash.tag.${t.tag}`), a: t.achievement }));
  const actionRows = r.positiveActions.map((a) => ({
    label: `${a.number}. ${a.title}`,
    a: a.achievement,
  }));
  return {
    title: ctx.t("nav.dashboard"),
    lead: ctx.t("dash.lead", {
      name: r.administration.name,
      campaign: campaignLabel(ctx, r.campaign),
      date: formatDate(r.campaign.referenceDate),
    }),
    body: html`${campaignChooser(ctx, d)}
${r.frozen ? "" : alertBox("info", ctx.t("dash.provisional"))}
${d.canValidate && r.campaign.kind === "yearend" ? html`<p><a class="btn btn-primary btn-sm" href="/campagne/${r.campaign.id}/validazione">${ctx.t("dash.validation.title")}</a></p>` : ""}
<h2 class="h4">${ctx.t("dash.overallHeading")}</h2>
${overall(ctx, d)}
${groupSection(ctx, r, ctx.t("dash.byUnit"), ctx.t("dash.unit"), unitRows(r))}
${groupSection(ctx, r, ctx.t("dash.byAction"), ctx.t("dash.action"), actionRows)}
${groupSection(ctx, r, ctx.t("dash.byTag"), ctx.t("dash.tag"), tagRows)}
<h2 class="h4 mt-5">${ctx.t("dash.objectives")}</h2>
${objectivesTable(ctx, d)}
<h2 class="h4 mt-5">${ctx.t("dash.indicators")}</h2>
${indicatorsTable(ctx, r)}`,
  };
}

export function noCampaignPage(
  ctx: PageContext,
  planTitle: string,
  canManage: boolean,
): PageOptions {
  return {
    title: ctx.t("nav.dashboard"),
    body: html`${alertBox("info", ctx.t("dash.noCampaign", { plan: planTitle }))}
${canManage ? html`<p><a class="btn btn-primary" href="/campagne">${ctx.t("dash.openCampaign")}</a></p>` : ""}`,
  };
}
