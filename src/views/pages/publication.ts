/**
 * The publication of a plan in the signed-in application: what the public
 * sees (the published edition, with a warning when the edition in force is
 * newer), the form with what the Portale PIAO records, the withdrawal, and
 * the plan's campaigns with their results to publish or withdraw.
 */
import { formatItalianDateTime } from "../../domain/format-value.ts";
import { formatDate } from "../../i18n/index.ts";
import type { PublicationState } from "../../services/publication-state.ts";
import type { MonitoringCampaignRow } from "../../store/tables/cycle.table.ts";
import { alertBox } from "../components/alerts.ts";
import type { Crumb } from "../components/breadcrumbs.ts";
import { csrfField, postButton, submitButton, textArea, textField } from "../components/forms.ts";
import { dataTable } from "../components/table.ts";
import { type HtmlValue, html, type SafeHtml } from "../html.ts";
import type { PageOptions } from "../layout.ts";
import type { PageContext } from "../page-context.ts";
import { campaignLabel } from "./monitoring/campaigns.ts";
import { errorsOf, type FormState } from "./monitoring/fields.ts";
import { factList, publicPlanHref } from "./public/common.ts";

export interface PublicationPage {
  planId: number;
  administrationId: number;
  startYear: number;
  endYear: number;
  state: PublicationState;
  /** The metadata form as typed (or as last published). */
  publish: FormState;
  withdraw: FormState;
  /** A refusal of a campaign's publication, shown above the campaigns. */
  campaignError?: string;
}

export const publicationHref = (planId: number) => `/piani/${planId}/pubblicazione`;
export const campaignPublicationHref = (planId: number, campaignId: number) =>
  `${publicationHref(planId)}/campagne/${campaignId}`;

const period = (p: Pick<PublicationPage, "startYear" | "endYear">) => `${p.startYear}-${p.endYear}`;

type PlanOfPage = Pick<PublicationPage, "planId" | "startYear" | "endYear">;

/** Piani / PIAO 2025-2027 / … */
const crumbs = (ctx: PageContext, p: PlanOfPage, ...rest: Crumb[]): Crumb[] => [
  { label: ctx.t("nav.plans"), href: "/piani" },
  { label: `PIAO ${period(p)}`, href: `/piani/${p.planId}` },
  ...rest,
];

const editionText = (ctx: PageContext, e: { number: number; title: string } | null) =>
  e ? ctx.t("publish.editionLine", { n: String(e.number), title: e.title }) : "—";

function stateSection(ctx: PageContext, p: PublicationPage): SafeHtml {
  const { publication, publishedEdition, currentEdition, newerThanPublished } = p.state;
  if (!publication) {
    return html`${alertBox("info", ctx.t("publish.notPublished"))}
${factList([[ctx.t("publish.currentEdition"), editionText(ctx, currentEdition)]])}`;
  }
  const href = publicPlanHref({ administrationId: p.administrationId, period: period(p) });
  return html`${
    newerThanPublished
      ? alertBox(
          "warning",
          ctx.t("publish.newer", {
            current: String(currentEdition?.number ?? "—"),
            published: String(publishedEdition?.number ?? "—"),
          }),
        )
      : ""
  }
${factList([
  [ctx.t("publish.publishedEdition"), editionText(ctx, publishedEdition)],
  [ctx.t("publish.currentEdition"), editionText(ctx, currentEdition)],
  [
    ctx.t("publish.publishedAt"),
    ctx.t("publish.byWhen", {
      by: publication.published_by,
      at: formatItalianDateTime(publication.published_at),
    }),
  ],
  [ctx.t("portal.approvalDate"), formatDate(publication.approval_date)],
  [ctx.t("portal.approvalAct"), publication.approval_act],
  [ctx.t("portal.authority"), publication.approving_authority],
  [ctx.t("publish.documentUrl"), publication.document_url ?? "—"],
  [ctx.t("portal.small"), ctx.t(publication.small_administration ? "portal.yes" : "portal.no")],
  [ctx.t("publish.publicPage"), html`<a href="${href}">${href}</a>`],
])}`;
}

/** The labels of the metadata form, also used for the error summary. */
export function metadataLabels(ctx: PageContext): Record<string, string> {
  return {
    approvalDate: ctx.t("portal.approvalDate"),
    approvalAct: ctx.t("portal.approvalAct"),
    approvingAuthority: ctx.t("portal.authority"),
    documentUrl: ctx.t("publish.documentUrl"),
    smallAdministration: ctx.t("portal.small"),
    reason: ctx.t("publish.reason"),
  };
}

function publishForm(ctx: PageContext, p: PublicationPage): SafeHtml {
  const { errors, top } = errorsOf(ctx, p.publish);
  const v = p.publish.values;
  const labels = metadataLabels(ctx);
  const edition = p.state.currentEdition;
  return html`<h2 class="h4 mt-5 mb-4">${ctx.t(p.state.publication ? "publish.republishTitle" : "publish.publishTitle")}</h2>
<div class="row"><div class="col-lg-8">
${top}
<form method="post" action="${publicationHref(p.planId)}" novalidate>
  ${csrfField(ctx)}
  ${textField({ name: "approvalDate", label: labels.approvalDate ?? "", hint: ctx.t("publish.dateHint"), required: true, errors, value: v.approvalDate ?? "", inputmode: "numeric" })}
  ${textField({ name: "approvalAct", label: labels.approvalAct ?? "", hint: ctx.t("publish.actHint"), required: true, errors, value: v.approvalAct ?? "" })}
  ${textField({ name: "approvingAuthority", label: labels.approvingAuthority ?? "", hint: ctx.t("publish.authorityHint"), required: true, errors, value: v.approvingAuthority ?? "" })}
  ${textField({ name: "documentUrl", label: `${labels.documentUrl} (${ctx.t("form.optional")})`, hint: ctx.t("publish.urlHint"), type: "url", errors, value: v.documentUrl ?? "" })}
  <div class="form-check mb-4"><input class="form-check-input" type="checkbox" id="f-smallAdministration" name="smallAdministration" value="1"${
    v.smallAdministration ? html` checked` : ""
  }><label class="form-check-label" for="f-smallAdministration">${labels.smallAdministration}</label></div>
  ${submitButton(ctx.t("publish.submit", { n: String(edition?.number ?? "—") }))}
</form></div></div>`;
}

function withdrawForm(ctx: PageContext, p: PublicationPage): HtmlValue {
  if (!p.state.publication) return "";
  const { errors, top } = errorsOf(ctx, p.withdraw);
  return html`<h2 class="h4 mt-5 mb-4">${ctx.t("publish.withdrawTitle")}</h2>
<div class="row"><div class="col-lg-8">
<p>${ctx.t("publish.withdrawAbout")}</p>
${top}
<form method="post" action="${publicationHref(p.planId)}/ritiro" novalidate>
  ${csrfField(ctx)}
  ${textArea({ name: "reason", label: ctx.t("publish.reason"), required: true, errors, value: p.withdraw.values.reason ?? "", rows: 3 })}
  ${submitButton(ctx.t("publish.withdraw"), "danger")}
</form></div></div>`;
}

function campaignAction(
  ctx: PageContext,
  p: PublicationPage,
  c: MonitoringCampaignRow,
  published: boolean,
): HtmlValue {
  const label = campaignLabel(ctx.t, c);
  if (published) {
    return html`<a class="btn btn-outline-danger btn-sm" href="${campaignPublicationHref(p.planId, c.id)}/ritiro">${ctx.t("publish.campaignWithdraw")}<span class="visually-hidden"> — ${label}</span></a>`;
  }
  if (c.status !== "closed") return ctx.t("publish.campaignStillOpen");
  if (!p.state.publication) return ctx.t("publish.campaignPlanFirst");
  return postButton(
    ctx,
    campaignPublicationHref(p.planId, c.id),
    ctx.t("publish.campaignPublish"),
    "primary",
  );
}

function campaignsSection(ctx: PageContext, p: PublicationPage): SafeHtml {
  return html`<h2 class="h4 mt-5">${ctx.t("publish.campaignsTitle")}</h2>
${p.campaignError ? alertBox("danger", p.campaignError) : ""}
${dataTable({
  caption: ctx.t("publish.campaignsCaption"),
  head: [
    ctx.t("portal.campaign"),
    ctx.t("portal.referenceDate"),
    ctx.t("mon.campaign.status"),
    ctx.t("publish.campaignPublication"),
    ctx.t("mon.actions"),
  ],
  rowHeaders: true,
  rows: p.state.campaigns.map(({ campaign: c, publication }) => [
    campaignLabel(ctx.t, c),
    formatDate(c.reference_date),
    ctx.t(`campaign.status.${c.status}`),
    publication
      ? ctx.t("publish.byWhen", {
          by: publication.published_by,
          at: formatItalianDateTime(publication.published_at),
        })
      : ctx.t("publish.campaignNotPublished"),
    campaignAction(ctx, p, c, publication !== null),
  ]),
  empty: ctx.t("publish.noCampaigns"),
})}`;
}

export function publicationPage(ctx: PageContext, p: PublicationPage): PageOptions {
  return {
    title: ctx.t("publish.title", { period: period(p) }),
    crumbs: crumbs(ctx, p, { label: ctx.t("publish.crumb") }),
    body: html`<h2 class="h4">${ctx.t("publish.stateTitle")}</h2>
${stateSection(ctx, p)}
${publishForm(ctx, p)}
${withdrawForm(ctx, p)}
${campaignsSection(ctx, p)}`,
  };
}

export function withdrawCampaignPage(
  ctx: PageContext,
  p: PlanOfPage,
  campaign: MonitoringCampaignRow,
  form: FormState,
): PageOptions {
  const { errors, top } = errorsOf(ctx, form);
  const label = campaignLabel(ctx.t, campaign);
  return {
    title: ctx.t("publish.campaignWithdrawTitle", { campaign: label }),
    crumbs: crumbs(
      ctx,
      p,
      { label: ctx.t("publish.crumb"), href: publicationHref(p.planId) },
      { label },
    ),
    body: html`<div class="row"><div class="col-lg-8">
<p>${ctx.t("publish.campaignWithdrawAbout")}</p>
${top}
<form method="post" action="${campaignPublicationHref(p.planId, campaign.id)}/ritiro" novalidate>
  ${csrfField(ctx)}
  ${textArea({ name: "reason", label: ctx.t("publish.reason"), required: true, errors, value: form.values.reason ?? "", rows: 3 })}
  ${submitButton(ctx.t("publish.campaignWithdraw"), "danger")}
  <a class="btn btn-outline-primary ms-2" href="${publicationHref(p.planId)}">${ctx.t("publish.cancel")}</a>
</form></div></div>`,
  };
}
