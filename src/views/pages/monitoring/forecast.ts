/** The mid-year forecast of an objective: "in linea", "a rischio", "critico", with a comment. */
import { FORECASTS } from "../../../services/forecasts.ts";
import type { MonitoringCampaignRow } from "../../../store/tables/cycle.table.ts";
import { alertBox } from "../../components/alerts.ts";
import { csrfField, submitButton, textArea } from "../../components/forms.ts";
import { html } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { campaignLabel } from "./campaigns.ts";
import { errorsOf, type FormState, hiddenField, radioGroup } from "./fields.ts";

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
