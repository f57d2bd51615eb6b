/**
 * A published objective (what the plan says, its indicators with baseline
 * and targets per year, and per published campaign the measurement, the
 * target in force — re-programmed ones marked — and the score) and one
 * indicator over the years and campaigns. No notes, no people.
 */
import { formatMeasured, formatTarget } from "../../../domain/format-value.ts";
import type { Indicator, Objective } from "../../../domain/plan.ts";
import { formatDate } from "../../../i18n/index.ts";
import type { IndicatorReport } from "../../../services/performance.ts";
import type { PublicCampaign, PublishedPlan } from "../../../services/public/read.ts";
import { dataTable } from "../../components/table.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { planYears, unitName } from "../plan/common.ts";
import {
  actionHref,
  campaignName,
  campaignsInOrder,
  factList,
  indicatorScore,
  periodLabel,
  portalCrumbs,
  publicIndicatorHref,
  publicObjectiveHref,
  publicScore,
} from "./common.ts";
import { objectiveAchievement } from "./plan.ts";

const objectiveCrumb = (ctx: PageContext, plan: PublishedPlan, o: Objective) => ({
  label: ctx.t("portal.objectiveCrumb", { code: o.code }),
  href: publicObjectiveHref(plan.meta, o.code),
});

const reportOf = (c: PublicCampaign, objective: string, indicator: string) =>
  c.report.objectives
    .find((o) => o.code === objective)
    ?.indicators.find((i) => i.code === indicator);

/** The target in force, marked when it was re-programmed. */
function targetInForce(ctx: PageContext, r: IndicatorReport | undefined): string {
  if (!r?.target) return "—";
  const target = formatTarget(r.target);
  return r.reprogrammed
    ? `${target} (${ctx.t("portal.reprogrammed", { original: formatTarget(r.originalTarget) || "—" })})`
    : target;
}

const measuredText = (ctx: PageContext, r: IndicatorReport | undefined) =>
  r?.measurement
    ? formatMeasured(r.measurement, ctx.t("perf.notYet"))
    : ctx.t("perf.state.not_measured");

function indicatorTable(ctx: PageContext, plan: PublishedPlan, o: Objective): SafeHtml {
  const years = planYears(plan.document);
  const target = (i: Indicator, year: number) =>
    formatTarget(i.targets.find((t) => t.year === year)?.value ?? null) || "—";
  return dataTable({
    caption: ctx.t("portal.indicatorsCaption", { code: o.code }),
    head: [
      ctx.t("portal.indicator.code"),
      ctx.t("portal.indicator.description"),
      ctx.t("portal.indicator.unit"),
      ctx.t("portal.indicator.baseline"),
      ...years.map((y) => ctx.t("portal.indicator.target", { year: String(y) })),
    ],
    rowHeaders: true,
    rows: o.indicators.map((i) => [
      html`<a href="${publicIndicatorHref(plan.meta, o.code, i.code)}">${i.code}</a>`,
      i.description,
      i.unitLabel,
      formatTarget(i.baseline) || "—",
      ...years.map((y) => target(i, y)),
    ]),
    empty: ctx.t("portal.noIndicators"),
  });
}

function campaignTables(ctx: PageContext, plan: PublishedPlan, o: Objective): SafeHtml {
  const campaigns = campaignsInOrder(plan.campaigns);
  if (campaigns.length === 0) return html`<p>${ctx.t("portal.noCampaigns")}</p>`;
  return html`${campaigns.map(
    (c) => html`<h3 class="h5 mt-4">${campaignName(ctx, c)}</h3>
<p>${ctx.t("portal.objectiveAchievement", { date: formatDate(c.referenceDate) })}: <strong>${publicScore(ctx, objectiveAchievement(c, o.code))}</strong></p>
${dataTable({
  caption: ctx.t("portal.measurementsCaption", { code: o.code, campaign: campaignName(ctx, c) }),
  head: [
    ctx.t("portal.indicator.code"),
    ctx.t("portal.indicator.targetInForce"),
    ctx.t("portal.indicator.measured"),
    ctx.t("portal.indicator.score"),
  ],
  rowHeaders: true,
  rows: o.indicators.map((i) => {
    const r = reportOf(c, o.code, i.code);
    return [i.code, targetInForce(ctx, r), measuredText(ctx, r), indicatorScore(ctx, r?.result)];
  }),
  empty: ctx.t("portal.noIndicators"),
})}`,
  )}`;
}

export function objectivePage(ctx: PageContext, plan: PublishedPlan, o: Objective): PageOptions {
  const action = plan.document.positiveActions.find((a) => a.number === o.positiveAction);
  return {
    title: `${ctx.t("portal.objectiveCrumb", { code: o.code })}: ${o.title}`,
    lead: `${periodLabel(plan.meta)} — ${plan.administration.name}`,
    crumbs: portalCrumbs(ctx, plan, { label: ctx.t("portal.objectiveCrumb", { code: o.code }) }),
    body: html`${factList([
      [ctx.t("portal.objective.description"), o.description || "—"],
      [ctx.t("portal.unit"), unitName(plan.document, o.unitKey)],
      [
        ctx.t("portal.action"),
        action
          ? html`<a href="${actionHref(plan.meta, action.number)}">${action.number}. ${action.title}</a>`
          : "—",
      ],
      [ctx.t("portal.objective.tags"), o.tags.map((t) => ctx.t(`plan.tag.${t}`)).join(", ") || "—"],
    ])}
<h2 class="h4">${ctx.t("portal.indicators")}</h2>
${indicatorTable(ctx, plan, o)}
<h2 class="h4">${ctx.t("portal.measurements")}</h2>
${campaignTables(ctx, plan, o)}`,
  };
}

export function indicatorPage(
  ctx: PageContext,
  plan: PublishedPlan,
  o: Objective,
  i: Indicator,
): PageOptions {
  const campaigns = campaignsInOrder(plan.campaigns);
  const label = ctx.t("portal.indicatorCrumb", { code: i.code });
  return {
    title: `${label}: ${i.description}`,
    lead: `${periodLabel(plan.meta)} — ${plan.administration.name}`,
    crumbs: portalCrumbs(ctx, plan, objectiveCrumb(ctx, plan, o), { label }),
    body: html`${factList([
      [
        ctx.t("portal.indicator.objective"),
        html`<a href="${publicObjectiveHref(plan.meta, o.code)}">${o.code}</a> ${o.title}`,
      ],
      [ctx.t("portal.indicator.unit"), i.unitLabel],
      [ctx.t("portal.indicator.polarity"), ctx.t(`portal.polarity.${i.polarity}`)],
      [ctx.t("portal.indicator.baseline"), formatTarget(i.baseline) || "—"],
    ])}
<h2 class="h4">${ctx.t("portal.indicator.targets")}</h2>
${dataTable({
  caption: ctx.t("portal.targetsCaption", { code: i.code }),
  head: [ctx.t("portal.year"), ctx.t("portal.indicator.plannedTarget")],
  rowHeaders: true,
  rows: planYears(plan.document).map((y) => [
    String(y),
    formatTarget(i.targets.find((t) => t.year === y)?.value ?? null) || "—",
  ]),
})}
<h2 class="h4">${ctx.t("portal.measurements")}</h2>
${
  campaigns.length === 0
    ? html`<p>${ctx.t("portal.noCampaigns")}</p>`
    : dataTable({
        caption: ctx.t("portal.valuesCaption", { code: i.code }),
        head: [
          ctx.t("portal.campaign"),
          ctx.t("portal.referenceDate"),
          ctx.t("portal.indicator.targetInForce"),
          ctx.t("portal.indicator.measured"),
          ctx.t("portal.indicator.score"),
        ],
        rowHeaders: true,
        rows: campaigns.map((c) => {
          const r = reportOf(c, o.code, i.code);
          return [
            campaignName(ctx, c),
            formatDate(c.referenceDate),
            targetInForce(ctx, r),
            measuredText(ctx, r),
            indicatorScore(ctx, r?.result),
          ];
        }),
      })
}`,
  };
}
