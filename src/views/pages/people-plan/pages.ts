/**
 * The staff pages of a plan: sections 3.1 (staff in service), 3.2 (agile
 * work) and 3.3 (staffing plan, spending-limit checks, training), and the
 * gender statistics with their charts and tables. Read-only: the records
 * change through the plan's editing (a new edition).
 */
import { genderStatisticsBlocks } from "../../../documents/compose/gender-statistics.ts";
import { peopleBlocks } from "../../../documents/compose/people.ts";
import type { PlanDocument } from "../../../domain/plan.ts";
import { html } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { planCrumbs } from "../plan/common.ts";
import { blocksHtml } from "./blocks.ts";

interface PeoplePage {
  planId: number;
  document: PlanDocument;
}

const SECTIONS = ["3.1", "3.2", "3.3"] as const;

export function staffPage(ctx: PageContext, page: PeoplePage): PageOptions {
  const doc = page.document;
  const title = ctx.t("peoplePlan.staff.title");
  return {
    title,
    crumbs: planCrumbs(ctx, page.planId, doc, { label: title }),
    lead: doc.administration.name,
    body: html`<p><a href="/piani/${page.planId}/statistiche-genere">${ctx.t("peoplePlan.gender.title")}</a></p>
${SECTIONS.map((code) => {
  // the gender statistics have a page of their own
  const blocks = peopleBlocks(doc, code, { genderStatistics: false });
  return html`<section aria-labelledby="sezione-${code.replace(".", "-")}">
<h2 class="h3 mt-4" id="sezione-${code.replace(".", "-")}">${ctx.t(`peoplePlan.section.${code}`)}</h2>
${blocks.length ? blocksHtml(blocks) : html`<p class="text-muted">${ctx.t("peoplePlan.empty")}</p>`}
</section>`;
})}`,
  };
}

export function genderPage(ctx: PageContext, page: PeoplePage): PageOptions {
  const doc = page.document;
  const title = ctx.t("peoplePlan.gender.title");
  // without the heading: the page's title says it
  const blocks = genderStatisticsBlocks(doc).slice(1);
  return {
    title,
    crumbs: planCrumbs(
      ctx,
      page.planId,
      doc,
      { label: ctx.t("peoplePlan.staff.title"), href: `/piani/${page.planId}/personale` },
      { label: title },
    ),
    lead: doc.administration.name,
    body: blocks.length
      ? blocksHtml(blocks)
      : html`<p class="text-muted">${ctx.t("peoplePlan.gender.empty")}</p>`,
  };
}
