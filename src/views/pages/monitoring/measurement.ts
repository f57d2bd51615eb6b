/** One indicator of a campaign: its target in force, the form that records its value, its evidence files. */
import { formatItalianDate, formatMeasured } from "../../../domain/format-value.ts";
import type { IndicatorKind } from "../../../domain/plan.ts";
import type { EvidenceSummary } from "../../../services/monitoring-read.ts";
import type { IndicatorReport } from "../../../services/performance.ts";
import type { MeasurementRow, MonitoringCampaignRow } from "../../../store/tables/cycle.table.ts";
import { alertBox } from "../../components/alerts.ts";
import {
  csrfField,
  errorSummary,
  type FieldErrors,
  submitButton,
  textArea,
  textField,
} from "../../components/forms.ts";
import { dataTable } from "../../components/table.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { campaignLabel } from "./campaigns.ts";
import { byWhen, hiddenField, radioGroup } from "./fields.ts";
import { measurementHref, reprogramHref, targetInForce } from "./worklist.ts";

export interface MeasurementModel {
  campaign: MonitoringCampaignRow;
  objective: { code: string; title: string; unitName: string };
  indicator: IndicatorReport & { unitLabel: string };
  row: MeasurementRow | undefined;
  evidence: EvidenceSummary[];
  canReprogram: boolean;
}

export interface MeasurementForm {
  values: Record<string, string>;
  errors: FieldErrors;
  /** The record as another user left it, when the save was refused as stale. */
  conflict?: { message: string; current: MeasurementRow | undefined };
  fileError?: string;
}

/** The form's values from the record as it is. */
export function valuesOf(
  row: MeasurementRow | undefined,
  measured: IndicatorReport["measurement"],
) {
  const values: Record<string, string> = {
    version: String(row?.version ?? 0),
    note: row?.note ?? "",
  };
  if (measured?.kind === "deadline") {
    values.state = measured.doneOn ? "done" : "notYet";
    values.value = measured.doneOn ? formatItalianDate(measured.doneOn) : "";
  } else values.value = formatMeasured(measured, "");
  return values;
}

function valueFields(ctx: PageContext, kind: IndicatorKind, f: MeasurementForm): SafeHtml {
  const { values, errors } = f;
  if (kind === "deadline") {
    return html`${radioGroup({
      name: "state",
      legend: ctx.t("mon.m.done"),
      value: values.state ?? "",
      errors,
      options: [
        { value: "done", label: ctx.t("mon.m.doneOn") },
        { value: "notYet", label: ctx.t("mon.notYet") },
      ],
    })}${textField({ name: "value", label: ctx.t("mon.m.date"), hint: ctx.t("mon.m.dateHint"), value: values.value ?? "", errors, inputmode: "numeric" })}`;
  }
  if (kind === "boolean") {
    return radioGroup({
      name: "value",
      legend: ctx.t("mon.value"),
      value: values.value ?? "",
      errors,
      options: [
        { value: "SÌ", label: "SÌ" },
        { value: "NO", label: "NO" },
      ],
    });
  }
  return textField({
    name: "value",
    label: ctx.t("mon.value"),
    hint: ctx.t(kind === "percent" ? "mon.m.percentHint" : "mon.m.numberHint"),
    value: values.value ?? "",
    errors,
    required: true,
    inputmode: "decimal",
  });
}

function conflictBox(ctx: PageContext, m: MeasurementModel, f: MeasurementForm): SafeHtml {
  if (!f.conflict) return html``;
  const current = f.conflict.current;
  return alertBox(
    "warning",
    html`<p>${f.conflict.message}</p>${
      current
        ? html`<p class="mb-0">${ctx.t("mon.m.currentIs", {
            value: formatMeasured(m.indicator.measurement, ctx.t("mon.notYet")) || "—",
            who: byWhen(ctx, current.entered_by, current.entered_at),
          })}</p>`
        : ""
    }`,
  );
}

function entryForm(ctx: PageContext, m: MeasurementModel, f: MeasurementForm): SafeHtml {
  const href = measurementHref(m.campaign.id, m.objective.code, m.indicator.code);
  return html`<h2 class="h4">${ctx.t("mon.m.formTitle")}</h2>
${conflictBox(ctx, m, f)}
${errorSummary(ctx, f.errors)}
<form method="post" action="${href}" novalidate>
  ${csrfField(ctx)}${hiddenField("version", f.values.version ?? "0")}
  ${valueFields(ctx, m.indicator.kind, f)}
  ${textArea({ name: "note", label: `${ctx.t("mon.note")} (${ctx.t("form.optional")})`, value: f.values.note ?? "", errors: f.errors, rows: 3 })}
  ${submitButton(ctx.t("form.save"))}
</form>`;
}

function evidenceSection(
  ctx: PageContext,
  m: MeasurementModel,
  f: MeasurementForm,
  open: boolean,
): SafeHtml {
  const href = measurementHref(m.campaign.id, m.objective.code, m.indicator.code);
  const list = dataTable({
    caption: ctx.t("mon.ev.caption"),
    head: [ctx.t("mon.ev.file"), ctx.t("mon.ev.size"), ctx.t("mon.enteredBy")],
    numeric: [1],
    rows: m.evidence.map((e) => [
      html`<a href="/evidenze/${e.id}">${e.fileName}</a>`,
      ctx.t("mon.ev.kb", { n: Math.max(1, Math.round(e.sizeBytes / 1024)) }),
      byWhen(ctx, e.uploadedBy, e.uploadedAt),
    ]),
    empty: ctx.t("mon.ev.none"),
  });
  const upload = !open
    ? ""
    : m.row
      ? html`<form method="post" action="${href}/evidenze" enctype="multipart/form-data" novalidate>
  ${csrfField(ctx)}
  ${textField({ name: "file", type: "file", label: ctx.t("mon.ev.choose"), hint: ctx.t("mon.ev.hint"), required: true, errors: f.fileError ? { file: f.fileError } : {} })}
  ${submitButton(ctx.t("mon.ev.upload"), "outline-primary")}
</form>`
      : html`<p>${ctx.t("evidence.noMeasurement", { indicator: m.indicator.code })}</p>`;
  return html`<h2 class="h4 mt-5">${ctx.t("mon.ev.title")}</h2>${list}${upload}`;
}

export function measurementPage(
  ctx: PageContext,
  m: MeasurementModel,
  f: MeasurementForm,
): PageOptions {
  const open = m.campaign.status === "open";
  const i = m.indicator;
  return {
    title: ctx.t("mon.indicatorTitle", { code: i.code }),
    crumbs: [
      { label: ctx.t("nav.myMonitoring"), href: "/rilevazioni" },
      { label: ctx.t("mon.indicatorTitle", { code: i.code }) },
    ],
    lead: i.description,
    body: html`<dl class="row">
  <dt class="col-sm-3">${ctx.t("mon.campaign")}</dt><dd class="col-sm-9">${campaignLabel(ctx.t, m.campaign)}</dd>
  <dt class="col-sm-3">${ctx.t("mon.objectiveLabel")}</dt><dd class="col-sm-9">${m.objective.code} — ${m.objective.title}</dd>
  <dt class="col-sm-3">${ctx.t("mon.unit")}</dt><dd class="col-sm-9">${m.objective.unitName}</dd>
  <dt class="col-sm-3">${ctx.t("mon.unitOfMeasure")}</dt><dd class="col-sm-9">${i.unitLabel}</dd>
  <dt class="col-sm-3">${ctx.t("mon.target")}</dt><dd class="col-sm-9">${targetInForce(ctx, i)}</dd>
  <dt class="col-sm-3">${ctx.t("mon.value")}</dt><dd class="col-sm-9">${formatMeasured(i.measurement, ctx.t("mon.notYet")) || "—"}${
    m.row
      ? html` <small class="text-muted">(${byWhen(ctx, m.row.entered_by, m.row.entered_at)})</small>`
      : ""
  }</dd>
  ${i.neutralisedReason ? html`<dt class="col-sm-3">${ctx.t("mon.state.neutralised")}</dt><dd class="col-sm-9">${i.neutralisedReason}</dd>` : ""}
</dl>
${m.canReprogram ? html`<p><a href="${reprogramHref(m.objective.code, i.code)}">${ctx.t("mon.repro.propose")}</a></p>` : ""}
${open ? entryForm(ctx, m, f) : alertBox("info", ctx.t("mon.m.closed"))}
${evidenceSection(ctx, m, f, open)}`,
  };
}
