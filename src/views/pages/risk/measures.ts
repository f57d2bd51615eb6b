/**
 * The anti-corruption measures of a campaign's plan with their status in
 * the campaign; where the campaign is open and the measure is the user's
 * (a head: their units), a form per measure records its status and reason.
 */
import { formatItalianDate } from "../../../domain/format-value.ts";
import type { PlanDocument } from "../../../domain/plan.ts";
import { MEASURE_STATUSES } from "../../../domain/sections/risk.ts";
import type { MeasureMonitoringLine } from "../../../services/measure-monitoring.ts";
import type { MonitoringCampaignRow } from "../../../store/tables/cycle.table.ts";
import { alertBox } from "../../components/alerts.ts";
import { csrfField, type FieldErrors, submitButton, textArea } from "../../components/forms.ts";
import { dataTable } from "../../components/table.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { campaignLabel } from "../monitoring/campaigns.ts";
import { byWhen, errorsOf, hiddenField, radioGroup } from "../monitoring/fields.ts";
import { unitName } from "../plan/common.ts";
import { measureKindLabel } from "./catalogue.ts";

export interface MeasureLineModel extends MeasureMonitoringLine {
  /** Whether this user may record this measure's status now. */
  editable: boolean;
}

export interface MeasuresModel {
  campaign: MonitoringCampaignRow;
  document: PlanDocument;
  lines: MeasureLineModel[];
}

/** The form of one measure that was posted and refused, shown again with its errors. */
export interface MeasureFormState {
  measureCode: string;
  values: Record<string, string>;
  errors: FieldErrors;
}

export const measuresHref = (campaignId: number) => `/campagne/${campaignId}/misure`;

const statusText = (ctx: PageContext, line: MeasureMonitoringLine) =>
  line.status ? ctx.t(`risk.status.${line.status.status}`) : ctx.t("risk.mon.notRecorded");

function measureForm(
  ctx: PageContext,
  m: MeasuresModel,
  line: MeasureLineModel,
  state: MeasureFormState | undefined,
): SafeHtml {
  const code = line.measure.code;
  const own = state?.measureCode === code ? state : undefined;
  const values = own?.values ?? {
    status: line.status?.status ?? "",
    reason: line.status?.reason ?? "",
    version: String(line.status?.version ?? 0),
  };
  const prefix = `m-${code.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  const { errors, top } = errorsOf(ctx, { values, errors: own?.errors ?? {} }, prefix);
  return html`<section aria-labelledby="${prefix}" class="mb-4 border-top pt-3">
<h3 class="h6" id="${prefix}">${code} ${line.measure.title}</h3>
${top}
<form method="post" action="${measuresHref(m.campaign.id)}/${encodeURIComponent(code)}" novalidate>
  ${csrfField(ctx)}${hiddenField("version", values.version ?? "0")}
  ${radioGroup({
    scope: prefix,
    name: "status",
    legend: ctx.t("risk.mon.status"),
    value: values.status ?? "",
    errors,
    options: MEASURE_STATUSES.map((s) => ({ value: s, label: ctx.t(`risk.status.${s}`) })),
  })}
  ${textArea({ scope: prefix, name: "reason", label: ctx.t("risk.mon.reason"), hint: ctx.t("risk.mon.reasonHint"), value: values.reason ?? "", errors, rows: 2 })}
  ${submitButton(ctx.t("risk.mon.save", { measure: code }))}
</form></section>`;
}

export function measuresPage(
  ctx: PageContext,
  m: MeasuresModel,
  state?: MeasureFormState,
  conflict?: string,
): PageOptions {
  const doc = m.document;
  const label = campaignLabel(ctx.t, m.campaign);
  const editable = m.lines.filter((l) => l.editable);
  return {
    title: ctx.t("risk.mon.title"),
    lead: `${doc.administration.name} — ${label}`,
    crumbs: [
      { label: ctx.t("nav.plans"), href: "/piani" },
      { label: ctx.t("risk.page.title"), href: `/piani/${m.campaign.plan_id}/rischi` },
      { label: ctx.t("risk.mon.title") },
    ],
    body: html`${conflict ? alertBox("warning", conflict) : ""}
${m.campaign.status === "open" ? "" : alertBox("info", ctx.t("risk.mon.closed"))}
${dataTable({
  caption: ctx.t("risk.mon.caption", { campaign: label }),
  head: [
    ctx.t("risk.page.measure"),
    ctx.t("risk.page.kind"),
    ctx.t("risk.page.unit"),
    ctx.t("risk.page.deadline"),
    ctx.t("risk.mon.status"),
    ctx.t("risk.mon.reason"),
    ctx.t("risk.mon.entered"),
  ],
  rowHeaders: true,
  empty: ctx.t("risk.page.noMeasures"),
  rows: m.lines.map((l) => [
    `${l.measure.code} ${l.measure.title}`,
    measureKindLabel(ctx, l.measure),
    unitName(doc, l.measure.unitKey),
    l.measure.deadline ? formatItalianDate(l.measure.deadline) : "—",
    statusText(ctx, l),
    l.status?.reason ?? "—",
    byWhen(ctx, l.status?.enteredBy ?? null, l.status?.enteredAt ?? null),
  ]),
})}
${
  editable.length > 0
    ? html`<h2 class="h4 mt-5">${ctx.t("risk.mon.record")}</h2>${editable.map((l) => measureForm(ctx, m, l, state))}`
    : ""
}`,
  };
}
