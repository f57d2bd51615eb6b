/** The campaigns of a plan, the form that opens one and the page that confirms closing one. */
import { roleMay } from "../../../domain/authorization.ts";
import { formatItalianDate } from "../../../domain/format-value.ts";
import { CAMPAIGN_KINDS } from "../../../services/campaigns.ts";
import type { PlanSummaryRow } from "../../../store/repositories/plan.repository.ts";
import type { MonitoringCampaignRow } from "../../../store/tables/cycle.table.ts";
import { alertBox } from "../../components/alerts.ts";
import {
  csrfField,
  type FieldErrors,
  selectField,
  submitButton,
  textField,
} from "../../components/forms.ts";
import { dataTable } from "../../components/table.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { byWhen, errorsOf, hiddenField } from "./fields.ts";

/** "monitoraggio a consuntivo 2025". */
export const campaignLabel = (
  t: PageContext["t"],
  c: Pick<MonitoringCampaignRow, "kind" | "year">,
) => t("mon.campaign.label", { kind: t(`campaign.kind.${c.kind}`), year: String(c.year) });

function actions(ctx: PageContext, c: MonitoringCampaignRow): SafeHtml {
  const role = ctx.user?.role;
  if (c.status !== "open" || !role) return html``;
  return html`${
    roleMay(role, "campaign.manage")
      ? html`<a class="btn btn-outline-danger btn-sm me-2" href="/campagne/${c.id}/chiudi">${ctx.t("mon.campaign.close")}</a>`
      : ""
  }${
    roleMay(role, "neutralisation.write")
      ? html`<a class="btn btn-outline-primary btn-sm me-2" href="/campagne/${c.id}/neutralizzazioni">${ctx.t("mon.neutral.title")}</a>`
      : ""
  }${
    roleMay(role, "measurement.write")
      ? html`<a class="btn btn-outline-primary btn-sm" href="/campagne/${c.id}/misure">${ctx.t("risk.mon.title")}</a>`
      : ""
  }`;
}

export interface OpenForm {
  errors: FieldErrors;
  values: Record<string, string>;
}

function openForm(ctx: PageContext, plan: PlanSummaryRow, form: OpenForm): SafeHtml {
  const years = [];
  for (let y = plan.startYear; y <= plan.endYear; y++) years.push(String(y));
  const { errors, top } = errorsOf(ctx, form);
  return html`<h2 class="h4 mt-5">${ctx.t("mon.campaign.openTitle")}</h2>
<div class="row"><div class="col-md-8 col-lg-6">
${top}
<form method="post" action="/campagne" novalidate>
  ${csrfField(ctx)}
  ${selectField({ name: "year", label: ctx.t("mon.campaign.year"), required: true, errors, value: form.values.year ?? years[0] ?? "", options: years.map((y) => ({ value: y, label: y })) })}
  ${selectField({ name: "kind", label: ctx.t("mon.campaign.kind"), required: true, errors, value: form.values.kind ?? "", options: CAMPAIGN_KINDS.map((k) => ({ value: k, label: ctx.t(`campaign.kind.${k}`) })) })}
  ${textField({ name: "referenceDate", label: `${ctx.t("mon.campaign.referenceDate")} (${ctx.t("form.optional")})`, hint: ctx.t("mon.campaign.referenceHint"), errors, value: form.values.referenceDate ?? "" })}
  ${submitButton(ctx.t("mon.campaign.open"))}
</form></div></div>`;
}

export function campaignsPage(
  ctx: PageContext,
  plan: PlanSummaryRow,
  campaigns: MonitoringCampaignRow[],
  form: OpenForm | null,
): PageOptions {
  return {
    title: ctx.t("nav.campaigns"),
    lead: `${plan.administrationName} · PIAO ${plan.startYear}-${plan.endYear}`,
    body: html`${dataTable({
      caption: ctx.t("mon.campaign.caption"),
      head: [
        ctx.t("mon.campaign.year"),
        ctx.t("mon.campaign.kind"),
        ctx.t("mon.campaign.referenceDate"),
        ctx.t("mon.campaign.status"),
        ctx.t("mon.campaign.opened"),
        ctx.t("mon.campaign.closed"),
        ctx.t("mon.actions"),
      ],
      rows: campaigns.map((c) => [
        String(c.year),
        ctx.t(`campaign.kind.${c.kind}`),
        formatItalianDate(c.reference_date),
        ctx.t(`campaign.status.${c.status}`),
        byWhen(ctx, c.opened_by, c.opened_at),
        byWhen(ctx, c.closed_by, c.closed_at),
        actions(ctx, c),
      ]),
      empty: ctx.t("mon.campaign.none"),
    })}
${form ? openForm(ctx, plan, form) : ""}`,
  };
}

export function closeCampaignPage(ctx: PageContext, c: MonitoringCampaignRow): PageOptions {
  return {
    title: ctx.t("mon.campaign.closeTitle", { campaign: campaignLabel(ctx.t, c) }),
    crumbs: [
      { label: ctx.t("nav.campaigns"), href: "/campagne" },
      { label: ctx.t("mon.campaign.close") },
    ],
    body: html`${alertBox("warning", ctx.t("mon.campaign.closeWarning"))}
<form method="post" action="/campagne/${c.id}/chiudi">
  ${csrfField(ctx)}${hiddenField("version", c.version)}
  ${submitButton(ctx.t("mon.campaign.closeConfirm"), "danger")}
  <a class="btn btn-link" href="/campagne">${ctx.t("form.cancel")}</a>
</form>`,
  };
}
