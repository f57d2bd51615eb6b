/**
 * The page of one objective: what the plan says, its indicators with the
 * targets original and in force, the measurements of each campaign, the
 * achievement, the history and the comments.
 */

import type { Achievement } from "../../../domain/achievement/types.ts";
import {
  formatItalianDate,
  formatItalianDateTime,
  formatMeasured,
  formatTarget,
} from "../../../domain/format-value.ts";
import type { Indicator } from "../../../domain/plan.ts";
import { formatNumber } from "../../../i18n/index.ts";
import {
  effectiveDescription,
  effectiveTarget,
  originalTarget,
  type PlanContext,
} from "../../../services/campaign-context.ts";
import type { ObjectiveRecord, RecordChange } from "../../../services/objective-record.ts";
import { recordKey } from "../../../services/plan-editing.ts";
import { csrfField, type FieldErrors, submitButton, textArea } from "../../components/forms.ts";
import { dataTable } from "../../components/table.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { auditTable, fieldLabel } from "./audit.ts";
import { auditHref, objectiveHref, planCrumbs, planYears, unitName } from "./common.ts";

export interface ObjectivePage {
  plan: PlanContext;
  record: ObjectiveRecord;
  canEdit: boolean;
  canComment: boolean;
  comment?: { value: string; errors: FieldErrors };
}

function achievementText(ctx: PageContext, a: Achievement): string {
  if (a.score === null) return ctx.t("plan.objective.noScore");
  const band = a.band ? ` (${ctx.lang === "it" ? a.band.label : a.band.id.replace("_", " ")})` : "";
  return `${formatNumber(Math.round(a.score * 10) / 10, ctx.lang)}%${band}`;
}

function facts(ctx: PageContext, page: ObjectivePage): SafeHtml {
  const { objective } = page.record;
  const doc = page.plan.document;
  const action = doc.positiveActions.find((a) => a.number === objective.positiveAction);
  const row = (label: string, value: SafeHtml | string) =>
    html`<dt class="col-sm-3">${label}</dt><dd class="col-sm-9">${value}</dd>`;
  return html`<dl class="row">
  ${row(ctx.t("plan.objective.description"), objective.description || "—")}
  ${row(ctx.t("plan.objective.unit"), unitName(doc, objective.unitKey))}
  ${row(ctx.t("plan.objective.action"), action ? `${action.number}. ${action.title}` : "—")}
  ${row(ctx.t("plan.objective.tags"), objective.tags.map((t) => ctx.t(`plan.tag.${t}`)).join(", ") || "—")}
  ${row(ctx.t("plan.objective.weight"), objective.weight === null ? ctx.t("plan.objective.equalWeight") : formatNumber(objective.weight, ctx.lang))}
</dl>`;
}

function indicatorTable(ctx: PageContext, page: ObjectivePage): SafeHtml {
  const { objective } = page.record;
  const years = planYears(page.plan.document);
  const editHref = (i: Indicator) =>
    `${objectiveHref(page.plan.planId, objective.code)}/indicatori/${encodeURIComponent(i.code)}/modifica`;
  return dataTable({
    caption: ctx.t("plan.objective.indicators"),
    head: [
      ctx.t("plan.indicator.code"),
      ctx.t("plan.indicator.description"),
      ctx.t("plan.indicator.kind"),
      ctx.t("plan.indicator.baseline"),
      ...years.flatMap((y) => [
        ctx.t("plan.indicator.originalTarget", { year: String(y) }),
        ctx.t("plan.indicator.effectiveTarget", { year: String(y) }),
      ]),
      ...(page.canEdit
        ? [html`<span class="visually-hidden">${ctx.t("plan.edit.link")}</span>`]
        : []),
    ],
    rowHeaders: true,
    rows: objective.indicators.map((i) => {
      const description = effectiveDescription(page.plan, objective.code, i);
      return [
        i.code,
        description === i.description
          ? i.description
          : html`${description} <small class="d-block text-muted">${ctx.t("plan.indicator.originalWording")}: ${i.description}</small>`,
        i.unitLabel === ctx.t(`kind.${i.kind}`)
          ? i.unitLabel
          : `${ctx.t(`kind.${i.kind}`)} (${i.unitLabel})`,
        formatTarget(i.baseline) || "—",
        ...years.flatMap((y) => [
          formatTarget(originalTarget(i, y)) || "—",
          formatTarget(effectiveTarget(page.plan, objective.code, i, y)) || "—",
        ]),
        ...(page.canEdit
          ? [
              html`<a href="${editHref(i)}">${ctx.t("plan.edit.link")}<span class="visually-hidden"> ${i.code}</span></a>`,
            ]
          : []),
      ];
    }),
    empty: ctx.t("plan.objective.noIndicators"),
  });
}

function measurementTables(ctx: PageContext, page: ObjectivePage): SafeHtml {
  const { campaigns } = page.record;
  if (campaigns.length === 0) return html`<p>${ctx.t("plan.objective.noCampaigns")}</p>`;
  return html`${campaigns.map(({ campaign, measurements }) =>
    dataTable({
      caption: ctx.t("plan.objective.campaignCaption", {
        year: String(campaign.year),
        kind: ctx.t(`campaign.kind.${campaign.kind}`),
        date: formatItalianDate(campaign.reference_date),
        status: ctx.t(`campaign.status.${campaign.status}`),
      }),
      head: [
        ctx.t("plan.indicator.code"),
        ctx.t("plan.objective.measured"),
        ctx.t("plan.objective.note"),
        ctx.t("plan.objective.enteredBy"),
      ],
      rows: measurements.map((m) => [
        m.indicatorCode,
        formatMeasured(m.value, ctx.t("plan.objective.notYet")),
        m.note ?? "",
        `${m.enteredBy}, ${formatItalianDateTime(m.enteredAt)}`,
      ]),
      empty: ctx.t("plan.objective.noMeasurements"),
    }),
  )}`;
}

function achievementSection(ctx: PageContext, page: ObjectivePage): SafeHtml {
  const a = page.record.achievement;
  if (!a) return html`<p>${ctx.t("plan.objective.noCampaigns")}</p>`;
  const kind = ctx.t(`campaign.kind.${a.campaign.kind}`);
  if (!a.report) return html`<p>${ctx.t("plan.objective.noScore")}</p>`;
  return html`<p>${ctx.t("plan.objective.achievementIn", { year: String(a.campaign.year), kind })}: <strong>${achievementText(ctx, a.report.achievement)}</strong></p>
${dataTable({
  caption: ctx.t("plan.objective.indicatorScores"),
  head: [
    ctx.t("plan.indicator.code"),
    ctx.t("plan.objective.measured"),
    ctx.t("plan.objective.score"),
  ],
  numeric: [2],
  rows: a.report.indicators.map((i) => [
    i.code,
    formatMeasured(i.measurement, ctx.t("plan.objective.notYet")) || "—",
    i.result.score === null
      ? "—"
      : `${formatNumber(Math.round(i.result.score * 10) / 10, ctx.lang)}%`,
  ]),
})}`;
}

function changeText(ctx: PageContext, change: RecordChange): string {
  const what = change.fields
    .map((f) => (f === "added" ? ctx.t("plan.objective.added") : fieldLabel(ctx, f)))
    .join(", ");
  return change.indicator === null
    ? what
    : `${ctx.t("plan.audit.entity.indicator")} ${change.indicator}: ${what}`;
}

function historySection(ctx: PageContext, page: ObjectivePage): SafeHtml {
  const { record, plan } = page;
  return html`${auditTable(ctx, record.history, ctx.t("plan.objective.historyCaption"))}
<p><a href="${auditHref("objective", recordKey(plan.planId, record.objective.code))}">${ctx.t("plan.objective.auditLink")}</a></p>
<h3 class="h6">${ctx.t("plan.objective.editions")}</h3>
<ul>${record.editions.map(
    (e) =>
      html`<li>${ctx.t("plan.objective.editionLine", {
        number: String(e.number),
        date: e.documentDate
          ? formatItalianDate(e.documentDate)
          : formatItalianDateTime(e.importedAt),
      })}: ${e.changes.map((c) => changeText(ctx, c)).join("; ")}</li>`,
  )}</ul>`;
}

function commentsSection(ctx: PageContext, page: ObjectivePage): SafeHtml {
  const { comments, objective } = page.record;
  const form = page.canComment
    ? html`<form method="post" action="${objectiveHref(page.plan.planId, objective.code)}/commenti" novalidate>
  ${csrfField(ctx)}
  ${textArea({ name: "body", label: ctx.t("plan.comment.body"), value: page.comment?.value ?? "", errors: page.comment?.errors ?? {}, required: true })}
  ${submitButton(ctx.t("plan.comment.add"))}
</form>`
    : "";
  return html`${comments.length === 0 ? html`<p>${ctx.t("plan.comment.none")}</p>` : ""}
${
  comments.length === 0
    ? ""
    : html`<ul class="list-unstyled">${comments.map(
        (c) =>
          html`<li class="mb-2 border-start ps-2"><p class="mb-0 small text-muted">${c.author}, ${formatItalianDateTime(c.created_at)}</p><p class="mb-0">${c.body}</p></li>`,
      )}</ul>`
}
${form}`;
}

export function objectivePage(ctx: PageContext, page: ObjectivePage): PageOptions {
  const { objective } = page.record;
  const base = objectiveHref(page.plan.planId, objective.code);
  const actions = page.canEdit
    ? html`<p><a class="btn btn-outline-primary btn-sm" href="${base}/modifica">${ctx.t("plan.objective.edit")}</a>
<a class="btn btn-outline-primary btn-sm" href="${base}/indicatori/nuovo">${ctx.t("plan.indicator.new")}</a></p>`
    : "";
  return {
    title: `${ctx.t("plan.objective.heading", { code: objective.code })}: ${objective.title}`,
    crumbs: planCrumbs(
      ctx,
      page.plan.planId,
      page.plan.document,
      { label: ctx.t("plan.tree.byAction"), href: `/piani/${page.plan.planId}/albero` },
      { label: objective.code },
    ),
    body: html`${actions}${facts(ctx, page)}
<h2 class="h4">${ctx.t("plan.objective.indicators")}</h2>
${indicatorTable(ctx, page)}
<h2 class="h4">${ctx.t("plan.objective.measurements")}</h2>
${measurementTables(ctx, page)}
<h2 class="h4">${ctx.t("plan.objective.achievement")}</h2>
${achievementSection(ctx, page)}
<h2 class="h4">${ctx.t("plan.objective.history")}</h2>
${historySection(ctx, page)}
<h2 class="h4" id="commenti">${ctx.t("plan.objective.comments")}</h2>
${commentsSection(ctx, page)}`,
  };
}
