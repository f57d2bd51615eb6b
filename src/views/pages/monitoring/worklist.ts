/** "Le mie rilevazioni": counters, then each objective with its indicators, targets in force and states. */
import { roleMay } from "../../../domain/authorization.ts";
import { formatItalianDate, formatMeasured, formatTarget } from "../../../domain/format-value.ts";
import type { IndicatorReport } from "../../../services/performance.ts";
import type {
  EntryState,
  WorkCampaign,
  WorkItem,
  WorkObjective,
} from "../../../services/worklist.ts";
import type { PlanSummaryRow } from "../../../store/repositories/plan.repository.ts";
import { alertBox } from "../../components/alerts.ts";
import { dataTable } from "../../components/table.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { campaignLabel } from "./campaigns.ts";
import { byWhen } from "./fields.ts";

export const measurementHref = (campaignId: number, objective: string, indicator: string) =>
  `/campagne/${campaignId}/obiettivi/${encodeURIComponent(objective)}/indicatori/${encodeURIComponent(indicator)}`;
export const reprogramHref = (objective: string, indicator: string) =>
  `/rimodulazioni/obiettivi/${encodeURIComponent(objective)}/indicatori/${encodeURIComponent(indicator)}/nuova`;

const BADGE: Record<EntryState, string> = {
  missing: "bg-secondary",
  overdue: "bg-danger",
  entered: "bg-success",
  neutralised: "bg-dark",
};

export function stateBadge(ctx: PageContext, state: EntryState): SafeHtml {
  return html`<span class="badge ${BADGE[state]}">${ctx.t(`mon.state.${state}`)}</span>`;
}

/** The target in force, and the original beside it when a re-programming changed it. */
export function targetInForce(ctx: PageContext, i: IndicatorReport): SafeHtml {
  if (!i.reprogrammed) return html`${formatTarget(i.target) || "—"}`;
  return html`${formatTarget(i.target)} <small class="d-block text-muted">${ctx.t(
    "mon.target.original",
    {
      value: formatTarget(i.originalTarget) || "—",
    },
  )}</small>`;
}

function counters(ctx: PageContext, w: WorkCampaign): SafeHtml {
  return html`<ul class="list-inline piao-counters" aria-label="${ctx.t("mon.work.counters")}">
  ${(["missing", "overdue", "entered"] as const).map(
    (s) =>
      html`<li class="list-inline-item me-4"><span class="h3 d-block mb-0">${w.counts[s].toLocaleString("it-IT")}</span> ${ctx.t(`mon.count.${s}`)}</li>`,
  )}
</ul>`;
}

function itemRow(ctx: PageContext, w: WorkCampaign, code: string, item: WorkItem) {
  const i = item.indicator;
  const role = ctx.user?.role;
  return [
    html`<strong>${i.code}</strong> ${i.description}`,
    targetInForce(ctx, i),
    formatMeasured(i.measurement, ctx.t("mon.notYet")) || "—",
    item.row ? byWhen(ctx, item.row.entered_by, item.row.entered_at) : "—",
    stateBadge(ctx, item.state),
    html`<a class="btn btn-primary btn-sm mb-1" href="${measurementHref(w.campaign.id, code, i.code)}">${ctx.t(
      item.row ? "mon.work.edit" : "mon.work.enter",
    )}<span class="visually-hidden"> ${i.code}</span></a>${
      role && roleMay(role, "reprogramming.request")
        ? html` <a class="btn btn-outline-primary btn-sm mb-1" href="${reprogramHref(code, i.code)}">${ctx.t("mon.repro.propose")}<span class="visually-hidden"> ${i.code}</span></a>`
        : ""
    }`,
  ];
}

function forecastLine(ctx: PageContext, w: WorkCampaign, o: WorkObjective): SafeHtml {
  if (w.campaign.kind !== "midyear") return html``;
  const f = o.forecast;
  return html`<p>${ctx.t("mon.forecast.label")}: <strong>${f ? ctx.t(`mon.forecast.${f.forecast}`) : ctx.t("mon.forecast.none")}</strong>${
    f?.comment ? html` — ${f.comment}` : ""
  } <a class="ms-2" href="/campagne/${w.campaign.id}/obiettivi/${encodeURIComponent(o.objective.code)}/previsione">${ctx.t(
    "mon.forecast.edit",
  )}<span class="visually-hidden"> ${o.objective.code}</span></a></p>`;
}

function objectiveSection(ctx: PageContext, w: WorkCampaign, o: WorkObjective): SafeHtml {
  return html`<section class="mb-5" aria-labelledby="obj-${w.campaign.id}-${o.objective.code}">
  <h3 class="h5" id="obj-${w.campaign.id}-${o.objective.code}">${ctx.t("mon.objective", { code: o.objective.code })} — ${o.objective.title}</h3>
  <p class="text-muted mb-2">${o.unitName}</p>
  ${o.objective.neutralisedReason ? alertBox("info", ctx.t("mon.neutral.objective", { reason: o.objective.neutralisedReason })) : ""}
  ${forecastLine(ctx, w, o)}
  ${dataTable({
    caption: ctx.t("mon.work.caption", { code: o.objective.code }),
    captionVisible: false,
    head: [
      ctx.t("mon.indicator"),
      ctx.t("mon.target"),
      ctx.t("mon.value"),
      ctx.t("mon.enteredBy"),
      ctx.t("mon.state"),
      ctx.t("mon.actions"),
    ],
    rows: o.items.map((item) => itemRow(ctx, w, o.objective.code, item)),
  })}
</section>`;
}

function campaignSection(ctx: PageContext, w: WorkCampaign): SafeHtml {
  return html`<section class="mb-5">
  <h2 class="h3">${campaignLabel(ctx.t, w.campaign)}</h2>
  <p>${ctx.t("mon.campaign.referenceDate")}: ${formatItalianDate(w.campaign.reference_date)}</p>
  ${counters(ctx, w)}
  ${w.objectives.length === 0 ? html`<p>${ctx.t("mon.work.nothing")}</p>` : w.objectives.map((o) => objectiveSection(ctx, w, o))}
</section>`;
}

export function worklistPage(
  ctx: PageContext,
  plan: PlanSummaryRow,
  work: WorkCampaign[],
): PageOptions {
  return {
    title: ctx.t("nav.myMonitoring"),
    lead: `${plan.administrationName} · PIAO ${plan.startYear}-${plan.endYear}`,
    body:
      work.length === 0
        ? alertBox("info", ctx.t("mon.work.noOpenCampaign"))
        : html`${work.map((w) => campaignSection(ctx, w))}`,
  };
}
