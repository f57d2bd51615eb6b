/** The mid-year forecast of an objective ("in linea", "a rischio", "critico") and the Nucleo's neutralisations. */
import { FORECASTS } from "../../../services/forecasts.ts";
import type {
  MonitoringCampaignRow,
  NeutralisationRow,
} from "../../../store/tables/cycle.table.ts";
import { alertBox } from "../../components/alerts.ts";
import {
  csrfField,
  errorSummary,
  type FieldErrors,
  type SelectOption,
  selectField,
  submitButton,
  textArea,
} from "../../components/forms.ts";
import { dataTable } from "../../components/table.ts";
import { html } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { campaignLabel } from "./campaigns.ts";
import { byWhen, hiddenField, radioGroup } from "./fields.ts";

export interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
}

/** The form's errors: the service's refusal in an alert, the fields' in the summary. */
function errorsOf(ctx: PageContext, form: FormState) {
  const { _form: formError, ...errors } = form.errors;
  return { errors, top: formError ? alertBox("danger", formError) : errorSummary(ctx, errors) };
}

export function forecastPage(
  ctx: PageContext,
  campaign: MonitoringCampaignRow,
  objective: { code: string; title: string },
  form: FormState,
): PageOptions {
  const { errors, top } = errorsOf(ctx, form);
  const midyear = campaign.kind === "midyear";
  return {
    title: ctx.t("mon.forecast.title", { code: objective.code }),
    crumbs: [
      { label: ctx.t("nav.myMonitoring"), href: "/rilevazioni" },
      { label: ctx.t("mon.forecast.label") },
    ],
    lead: `${campaignLabel(ctx.t, campaign)} · ${objective.title}`,
    body:
      !midyear || campaign.status !== "open"
        ? alertBox("info", ctx.t(midyear ? "mon.m.closed" : "forecast.onlyMidyear"))
        : html`<div class="row"><div class="col-md-10 col-lg-8">${top}
<form method="post" action="/campagne/${campaign.id}/obiettivi/${encodeURIComponent(objective.code)}/previsione" novalidate>
  ${csrfField(ctx)}${hiddenField("version", form.values.version ?? "0")}
  ${radioGroup({ name: "forecast", legend: ctx.t("mon.forecast.label"), value: form.values.forecast ?? "", errors, options: FORECASTS.map((f) => ({ value: f, label: ctx.t(`mon.forecast.${f}`) })) })}
  ${textArea({ name: "comment", label: ctx.t("mon.forecast.comment"), hint: ctx.t("mon.forecast.commentHint"), value: form.values.comment ?? "", errors, rows: 4 })}
  ${submitButton(ctx.t("form.save"))}
</form></div></div>`,
  };
}

export function neutralisationPage(
  ctx: PageContext,
  campaign: MonitoringCampaignRow,
  done: NeutralisationRow[],
  choices: SelectOption[],
  form: FormState,
): PageOptions {
  const { errors, top } = errorsOf(ctx, form);
  return {
    title: ctx.t("mon.neutral.title"),
    crumbs: [
      { label: ctx.t("nav.campaigns"), href: "/campagne" },
      { label: ctx.t("mon.neutral.title") },
    ],
    lead: campaignLabel(ctx.t, campaign),
    body: html`${dataTable({
      caption: ctx.t("mon.neutral.caption"),
      head: [ctx.t("mon.neutral.what"), ctx.t("mon.neutral.reason"), ctx.t("mon.neutral.by")],
      rows: done.map((n) => [
        n.indicator_code
          ? `${n.objective_code} / ${n.indicator_code}`
          : ctx.t("mon.neutral.whole", { code: n.objective_code }),
        n.reason,
        byWhen(ctx, n.decided_by, n.decided_at),
      ]),
      empty: ctx.t("mon.neutral.none"),
    })}
${
  campaign.status !== "open"
    ? alertBox("info", ctx.t("mon.m.closed"))
    : html`<h2 class="h4 mt-4">${ctx.t("mon.neutral.formTitle")}</h2>
<div class="row"><div class="col-md-10 col-lg-8">${top}
<form method="post" action="/campagne/${campaign.id}/neutralizzazioni" novalidate>
  ${csrfField(ctx)}
  ${selectField({ name: "target", label: ctx.t("mon.neutral.what"), required: true, errors, value: form.values.target ?? "", options: [{ value: "", label: ctx.t("mon.neutral.choose") }, ...choices] })}
  ${textArea({ name: "reason", label: ctx.t("mon.neutral.reason"), hint: ctx.t("mon.neutral.reasonHint"), required: true, value: form.values.reason ?? "", errors, rows: 4 })}
  ${submitButton(ctx.t("mon.neutral.submit"))}
</form></div></div>`
}`,
  };
}
