/**
 * Section 2.3 of a plan for the staff: the process catalogue as a tree
 * (area → macro-process → process with its unit → phases), the risk events
 * rated before and after the measures with the motivations, the measures,
 * the transparency obligations grid and the campaigns where the measures
 * are monitored. Tables with captions and header cells; no script.
 */

import { measureKindText } from "../../../documents/compose/risk.ts";
import { formatItalianDate } from "../../../domain/format-value.ts";
import type { PlanDocument } from "../../../domain/plan.ts";
import { rateEvents, ratingText } from "../../../domain/risk-rating.ts";
import type { Measure, RiskRatingInput, RiskRecords } from "../../../domain/sections/risk.ts";
import { titulusLabel } from "../../../domain/sections/transparency-titulus.ts";
import type { MonitoringCampaignRow } from "../../../store/tables/cycle.table.ts";
import { dataTable } from "../../components/table.ts";
import { type HtmlValue, html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { campaignLabel } from "../monitoring/campaigns.ts";
import { planCrumbs, unitName } from "../plan/common.ts";

export interface RiskPage {
  planId: number;
  document: PlanDocument;
  campaigns: MonitoringCampaignRow[];
}

/** "generale — Codice di comportamento", in the page's language. */
export const measureKindLabel = (ctx: PageContext, m: Measure): string => measureKindText(m, ctx.t);

function motivationList(r: RiskRecords, input: RiskRatingInput | null): HtmlValue {
  if (!input || input.ratings.length === 0) return "—";
  const title = new Map(r.indicators.map((i) => [i.code, i.title]));
  return html`<ul class="mb-0 small">${input.ratings.map(
    (x) =>
      html`<li>${title.get(x.indicatorCode) ?? x.indicatorCode}: ${x.level} — ${x.motivation}</li>`,
  )}</ul>`;
}

export function processTree(ctx: PageContext, doc: PlanDocument): SafeHtml {
  const r = doc.risk;
  if (r.areas.length === 0)
    return html`<p class="text-muted">${ctx.t("risk.page.noProcesses")}</p>`;
  return html`<ul>${r.areas.map(
    (a) =>
      html`<li><span class="fw-semibold">${a.code} ${a.title}</span>${
        a.lawArea
          ? html` <span class="badge bg-secondary">${ctx.t(`risk.lawArea.${a.lawArea}`)}</span>`
          : ""
      }<ul>${r.macroProcesses
        .filter((m) => m.areaCode === a.code)
        .map(
          (m) =>
            html`<li>${m.code} ${m.title}<ul>${r.processes
              .filter((p) => p.macroProcessCode === m.code)
              .map(
                (p) =>
                  html`<li>${p.code} ${p.title} <span class="text-muted">(${unitName(doc, p.unitKey)})</span>${
                    p.phases.length > 0
                      ? html`<ol class="small">${p.phases.map(
                          (ph) =>
                            html`<li>${ph.title}${ph.unitKey ? html` <span class="text-muted">(${unitName(doc, ph.unitKey)})</span>` : ""}</li>`,
                        )}</ol>`
                      : ""
                  }</li>`,
              )}</ul></li>`,
        )}</ul></li>`,
  )}</ul>`;
}

export function assessmentTable(ctx: PageContext, r: RiskRecords): SafeHtml {
  return dataTable({
    caption: ctx.t("risk.page.assessments"),
    head: [
      ctx.t("risk.page.event"),
      ctx.t("risk.page.process"),
      ctx.t("risk.page.before"),
      ctx.t("risk.page.motivations"),
      ctx.t("risk.page.after"),
      ctx.t("risk.page.motivations"),
    ],
    rowHeaders: true,
    empty: ctx.t("risk.page.noEvents"),
    rows: rateEvents(r).map(({ event: e, assessment: a, before, after }) => [
      `${e.code} ${e.description}`,
      e.phaseCode ? `${e.processCode} (${e.phaseCode})` : e.processCode,
      ratingText(ctx.t, r.matrix, before),
      motivationList(r, a?.before ?? null),
      ratingText(ctx.t, r.matrix, after),
      motivationList(r, a?.after ?? null),
    ]),
  });
}

export function measureTable(ctx: PageContext, doc: PlanDocument): SafeHtml {
  return dataTable({
    caption: ctx.t("risk.page.measures"),
    head: [
      ctx.t("risk.page.measure"),
      ctx.t("risk.page.kind"),
      ctx.t("risk.page.unit"),
      ctx.t("risk.page.deadline"),
      ctx.t("risk.page.indicator"),
      ctx.t("risk.page.target"),
      ctx.t("risk.page.events"),
    ],
    rowHeaders: true,
    empty: ctx.t("risk.page.noMeasures"),
    rows: doc.risk.measures.map((m) => [
      `${m.code} ${m.title}`,
      measureKindLabel(ctx, m),
      unitName(doc, m.unitKey),
      m.deadline ? formatItalianDate(m.deadline) : "—",
      m.indicator,
      m.target,
      m.eventCodes.join(", ") || "—",
    ]),
  });
}

export function obligationTable(ctx: PageContext, doc: PlanDocument): SafeHtml {
  return dataTable({
    caption: ctx.t("risk.page.obligations"),
    head: [
      ctx.t("risk.page.titulus"),
      ctx.t("risk.page.obligation"),
      ctx.t("risk.page.legalReference"),
      ctx.t("risk.page.producer"),
      ctx.t("risk.page.publisher"),
      ctx.t("risk.page.frequency"),
      ctx.t("risk.page.status"),
    ],
    empty: ctx.t("risk.page.noObligations"),
    rows: doc.risk.obligations.map((o) => [
      `${o.titulus} ${titulusLabel(o.titulus, ctx.lang)}`,
      o.obligation,
      o.legalReference,
      unitName(doc, o.producerUnitKey),
      unitName(doc, o.publisherUnitKey),
      ctx.t(`risk.frequency.${o.frequency}`),
      ctx.t(`risk.obligationStatus.${o.status}`),
    ]),
  });
}

function campaignLinks(ctx: PageContext, campaigns: MonitoringCampaignRow[]): SafeHtml {
  if (campaigns.length === 0)
    return html`<p class="text-muted">${ctx.t("risk.page.noCampaigns")}</p>`;
  return html`<ul>${campaigns.map(
    (c) => html`<li><a href="/campagne/${c.id}/misure">${campaignLabel(ctx.t, c)}</a></li>`,
  )}</ul>`;
}

export const section = (id: string, title: string, body: HtmlValue) =>
  html`<section aria-labelledby="${id}" class="mb-5"><h2 class="h4" id="${id}">${title}</h2>${body}</section>`;

export function riskCataloguePage(ctx: PageContext, page: RiskPage): PageOptions {
  const doc = page.document;
  const title = ctx.t("risk.page.title");
  return {
    title,
    crumbs: planCrumbs(ctx, page.planId, doc, { label: title }),
    lead: doc.administration.name,
    body: html`${section("processi", ctx.t("risk.page.processes"), processTree(ctx, doc))}
${section("valutazione", ctx.t("risk.page.assessments"), assessmentTable(ctx, doc.risk))}
${section("misure", ctx.t("risk.page.measures"), measureTable(ctx, doc))}
${section("monitoraggio-misure", ctx.t("risk.page.monitoring"), campaignLinks(ctx, page.campaigns))}
${section("trasparenza", ctx.t("risk.page.obligations"), obligationTable(ctx, doc))}`,
  };
}
