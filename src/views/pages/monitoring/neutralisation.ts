/** The Nucleo's neutralisations of a campaign, and the form that adds one. */
import type {
  MonitoringCampaignRow,
  NeutralisationRow,
} from "../../../store/tables/cycle.table.ts";
import { alertBox } from "../../components/alerts.ts";
import {
  csrfField,
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
import { byWhen, errorsOf, type FormState } from "./fields.ts";

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
