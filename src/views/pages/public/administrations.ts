/** The portal's front page (administrations with a published plan, searchable) and one administration. */
import { formatDate } from "../../../i18n/index.ts";
import type {
  AdministrationListItem,
  PublicAdministration,
  PublicPlanMeta,
} from "../../../services/public/read.ts";
import { selectField, submitButton, textField } from "../../components/forms.ts";
import { dataTable } from "../../components/table.ts";
import { type HtmlValue, html, join, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import {
  administrationHref,
  dayOf,
  factList,
  orDash,
  PORTAL_HREF,
  periodLabel,
  portalCrumbs,
  publicPlanHref,
} from "./common.ts";

/** What the visitor asked for, as the query string says it. */
export interface AdministrationSearch {
  q: string;
  region: string;
  kind: string;
  page: number;
}

export interface AdministrationsPage {
  search: AdministrationSearch;
  items: AdministrationListItem[];
  total: number;
  pageSize: number;
  regions: string[];
  kinds: string[];
}

/** The list's address for a page, keeping the search (Italian query names). */
export function searchHref(search: AdministrationSearch, page: number): string {
  const query = new URLSearchParams();
  if (search.q) query.set("q", search.q);
  if (search.region) query.set("regione", search.region);
  if (search.kind) query.set("tipologia", search.kind);
  if (page > 1) query.set("pagina", String(page));
  const text = query.toString();
  return text ? `${PORTAL_HREF}?${text}` : PORTAL_HREF;
}

function searchForm(ctx: PageContext, p: AdministrationsPage): SafeHtml {
  const choices = (values: string[], all: string) => [
    { value: "", label: all },
    ...values.map((v) => ({ value: v, label: v })),
  ];
  return html`<form method="get" action="${PORTAL_HREF}" role="search" aria-label="${ctx.t("portal.search.label")}" class="mt-4 mb-4">
<div class="row">
  <div class="col-12 col-lg-6">${textField({ name: "q", label: ctx.t("portal.search.q"), hint: ctx.t("portal.search.qHint"), value: p.search.q })}</div>
  <div class="col-12 col-md-6 col-lg-3">${selectField({ name: "regione", label: ctx.t("portal.search.region"), value: p.search.region, options: choices(p.regions, ctx.t("portal.search.allRegions")) })}</div>
  <div class="col-12 col-md-6 col-lg-3">${selectField({ name: "tipologia", label: ctx.t("portal.search.kind"), value: p.search.kind, options: choices(p.kinds, ctx.t("portal.search.allKinds")) })}</div>
</div>
${submitButton(ctx.t("portal.search.submit"))}
</form>`;
}

function planLinks(a: AdministrationListItem): HtmlValue {
  if (a.plans.length === 0) return "—";
  return join(
    a.plans.map(
      (p) =>
        html`<a href="${publicPlanHref({ administrationId: a.id, period: p.period })}">${periodLabel(p)}<span class="visually-hidden"> — ${a.name}</span></a>`,
    ),
    html`, `,
  );
}

function pagination(ctx: PageContext, p: AdministrationsPage): HtmlValue {
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  if (pages === 1) return "";
  const current = Math.min(p.search.page, pages);
  const near = [...new Set([1, current - 1, current, current + 1, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  const item = (n: number) =>
    n === current
      ? html`<li class="page-item active"><a class="page-link" href="${searchHref(p.search, n)}" aria-current="page"><span class="visually-hidden">${ctx.t("portal.page")} </span>${n}</a></li>`
      : html`<li class="page-item"><a class="page-link" href="${searchHref(p.search, n)}"><span class="visually-hidden">${ctx.t("portal.page")} </span>${n}</a></li>`;
  return html`<nav class="pagination-wrapper" aria-label="${ctx.t("portal.pages")}"><ul class="pagination flex-wrap">
${current > 1 ? html`<li class="page-item"><a class="page-link" href="${searchHref(p.search, current - 1)}">${ctx.t("portal.previous")}</a></li>` : ""}
${near.map(item)}
${current < pages ? html`<li class="page-item"><a class="page-link" href="${searchHref(p.search, current + 1)}">${ctx.t("portal.next")}</a></li>` : ""}
</ul></nav>`;
}

export function administrationsPage(ctx: PageContext, p: AdministrationsPage): PageOptions {
  const from = p.total === 0 ? 0 : (p.search.page - 1) * p.pageSize + 1;
  const to = Math.min(p.total, p.search.page * p.pageSize);
  return {
    title: ctx.t("portal.title"),
    lead: ctx.t("portal.lead"),
    crumbs: portalCrumbs(ctx, null),
    body: html`${searchForm(ctx, p)}
<h2 class="h4">${ctx.t("portal.results")}</h2>
<p role="status">${p.total === 0 ? ctx.t("portal.noResults") : ctx.t("portal.shown", { from, to, n: p.total })}</p>
${
  p.items.length === 0
    ? ""
    : dataTable({
        caption: ctx.t("portal.caption"),
        head: [
          ctx.t("portal.administration"),
          ctx.t("portal.kind"),
          ctx.t("portal.region"),
          ctx.t("portal.plans"),
        ],
        rowHeaders: true,
        rows: p.items.map((a) => [
          html`<a href="${administrationHref(a.id)}">${a.name}</a>`,
          orDash(a.kind),
          orDash(a.region),
          planLinks(a),
        ]),
      })
}
${pagination(ctx, p)}`,
  };
}

/** The registry data of an administration as a list of terms. */
export function registryList(ctx: PageContext, a: PublicAdministration): SafeHtml {
  const website = a.website && /^https?:\/\//i.test(a.website) ? a.website : null;
  return factList([
    [ctx.t("portal.administration"), a.name],
    [ctx.t("portal.kind"), orDash(a.kind)],
    [ctx.t("portal.region"), orDash(a.region)],
    [ctx.t("portal.seat"), orDash(a.legalSeat)],
    [
      ctx.t("portal.website"),
      website ? html`<a href="${website}">${website}</a>` : orDash(a.website),
    ],
    [ctx.t("portal.pec"), orDash(a.pec)],
    [ctx.t("portal.ipaCode"), orDash(a.ipaCode)],
    [ctx.t("portal.taxCode"), orDash(a.taxCode)],
  ]);
}

export function plansTable(ctx: PageContext, plans: PublicPlanMeta[]): SafeHtml {
  return dataTable({
    caption: ctx.t("portal.plansCaption"),
    head: [
      ctx.t("portal.plan"),
      ctx.t("portal.title.plan"),
      ctx.t("portal.approvalDate"),
      ctx.t("portal.edition"),
    ],
    rowHeaders: true,
    rows: plans.map((p) => [
      html`<a href="${publicPlanHref(p)}">${periodLabel(p)}</a>`,
      p.title,
      formatDate(p.approvalDate),
      ctx.t("portal.editionOf", { n: p.editionNumber, date: dayOf(p.publishedAt) }),
    ]),
  });
}

export function administrationPage(
  ctx: PageContext,
  administration: PublicAdministration,
  plans: PublicPlanMeta[],
): PageOptions {
  return {
    title: administration.name,
    crumbs: portalCrumbs(ctx, null, { label: administration.name }),
    body: html`<h2 class="h4">${ctx.t("portal.registry")}</h2>
${registryList(ctx, administration)}
<h2 class="h4">${ctx.t("portal.plans")}</h2>
${plansTable(ctx, plans)}`,
  };
}
