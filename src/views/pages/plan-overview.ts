/** The list of plans and a plan's overview: its figures and its completeness check. */
import type { CheckReport, RequirementStatus } from "../../domain/check.ts";
import type { PlanDocument } from "../../domain/plan.ts";
import { formatDate, formatDiagnostic } from "../../i18n/index.ts";
import type { PlanSummaryRow } from "../../store/repositories/plan.repository.ts";
import { dataTable } from "../components/table.ts";
import { html, type SafeHtml } from "../html.ts";
import type { PageOptions } from "../layout.ts";
import type { PageContext } from "../page-context.ts";

export const planHref = (planId: number) => `/piani/${planId}`;

export function plansPage(ctx: PageContext, plans: PlanSummaryRow[]): PageOptions {
  return {
    title: ctx.t("nav.plans"),
    body: dataTable({
      caption: ctx.t("plans.caption"),
      head: [
        ctx.t("plans.administration"),
        ctx.t("plans.period"),
        ctx.t("plans.status"),
        ctx.t("plans.edition"),
      ],
      rows: plans.map((p) => [
        p.administrationName,
        html`<a href="${planHref(p.planId)}">PIAO ${p.startYear}-${p.endYear}</a>`,
        ctx.t(`status.${p.status}`),
        p.editionNumber === null
          ? "—"
          : `${p.editionNumber}${p.documentDate ? ` (${formatDate(p.documentDate)})` : ""}`,
      ]),
      empty: ctx.t("plan.noneInDatabase"),
    }),
  };
}

function requirementRow(ctx: PageContext, r: RequirementStatus, label: string) {
  const status =
    r.status === "present"
      ? html`<span class="badge bg-success">${ctx.t("cli.check.present")}</span>`
      : r.required
        ? html`<span class="badge bg-danger">${ctx.t("cli.check.missing")}</span>`
        : html`<span class="badge bg-secondary">${ctx.t("cli.check.missing")}, ${ctx.t("cli.check.notRequired")}</span>`;
  return [label, r.title, status, r.evidence ? ctx.t(r.evidence.code, r.evidence.params) : ""];
}

export function checkTables(ctx: PageContext, report: CheckReport): SafeHtml {
  const head = [
    ctx.t("check.id"),
    ctx.t("check.content"),
    ctx.t("check.status"),
    ctx.t("check.found"),
  ];
  return html`${report.simplified ? html`<p>${ctx.t("cli.check.simplified")}</p>` : ""}
${dataTable({ caption: ctx.t("cli.check.sections"), head, rows: report.sections.map((s) => requirementRow(ctx, s, s.id)) })}
${dataTable({ caption: ctx.t("cli.check.law"), head, rows: report.lawContents.map((l) => requirementRow(ctx, l, `${l.id})`)) })}
<h3 class="h5">${report.problems.length === 0 ? ctx.t("cli.check.noProblems") : ctx.t("cli.check.problems", { n: report.problems.length })}</h3>
${report.problems.length ? html`<ul>${report.problems.map((p) => html`<li>${formatDiagnostic(p, ctx.lang)}</li>`)}</ul>` : ""}`;
}

export function planOverviewPage(
  ctx: PageContext,
  summary: PlanSummaryRow,
  doc: PlanDocument,
  report: CheckReport,
  links: { href: string; label: string }[],
): PageOptions {
  const indicators = doc.objectives.flatMap((o) => o.indicators).length;
  return {
    title: `${doc.plan.title}`,
    crumbs: [
      { label: ctx.t("nav.plans"), href: "/piani" },
      { label: `PIAO ${doc.plan.startYear}-${doc.plan.endYear}` },
    ],
    lead: doc.administration.name,
    body: html`<dl class="row">
  <dt class="col-sm-3">${ctx.t("plans.period")}</dt><dd class="col-sm-9">${doc.plan.startYear}-${doc.plan.endYear}</dd>
  <dt class="col-sm-3">${ctx.t("plans.status")}</dt><dd class="col-sm-9">${ctx.t(`status.${doc.plan.status}`)}</dd>
  <dt class="col-sm-3">${ctx.t("plans.edition")}</dt><dd class="col-sm-9">${summary.editionNumber ?? "—"}${
    doc.plan.documentDate ? ` (${formatDate(doc.plan.documentDate)})` : ""
  }</dd>
  <dt class="col-sm-3">${ctx.t("plans.contents")}</dt><dd class="col-sm-9">${ctx.t("plans.counts", {
    units: doc.units.length,
    actions: doc.positiveActions.length,
    objectives: doc.objectives.length,
    indicators,
  })}</dd>
</dl>
${links.length ? html`<ul class="list-inline">${links.map((l) => html`<li class="list-inline-item"><a class="btn btn-outline-primary btn-sm mb-2" href="${l.href}">${l.label}</a></li>`)}</ul>` : ""}
<h2 class="h4">${ctx.t("cli.check.heading", { period: `${doc.plan.startYear}-${doc.plan.endYear}` })}</h2>
${checkTables(ctx, report)}`,
  };
}
