/**
 * The people records on the public portal: the tables of sections 3.1–3.3
 * under their public section page, and the gender statistics of a published
 * plan. Aggregated counts only: these records hold no names (and the units'
 * heads are removed by services/public/read.ts).
 */
import { genderStatisticsBlocks } from "../../../documents/compose/gender-statistics.ts";
import { peopleBlocks } from "../../../documents/compose/people.ts";
import type { PublishedPlan } from "../../../services/public/read.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { periodLabel, portalCrumbs, publicPlanHref } from "../public/common.ts";
import { blocksHtml } from "./blocks.ts";

export const publicGenderHref = (plan: PublishedPlan) =>
  `${publicPlanHref(plan.meta)}/statistiche-genere`;

/** A link to the gender statistics, for the public plan page. */
export function publicGenderLink(ctx: PageContext, plan: PublishedPlan): SafeHtml {
  return html`<p><a href="${publicGenderHref(plan)}">${ctx.t("peoplePlan.publicLink")}</a></p>`;
}

/** The record tables of a public section page for 3.1, 3.2 or 3.3; nothing for other sections. */
export function publicPeopleRecords(
  ctx: PageContext,
  plan: PublishedPlan,
  code: string | null,
): SafeHtml {
  if (code !== "3.1" && code !== "3.2" && code !== "3.3") return html``;
  const blocks = peopleBlocks(plan.document, code, { genderStatistics: false });
  return html`${blocksHtml(blocks)}${code === "3.1" ? publicGenderLink(ctx, plan) : ""}`;
}

export function publicGenderPage(ctx: PageContext, plan: PublishedPlan): PageOptions {
  const title = ctx.t("peoplePlan.publicLink");
  const blocks = genderStatisticsBlocks(plan.document).slice(1);
  return {
    title,
    lead: `${periodLabel(plan.meta)} — ${plan.administration.name}`,
    crumbs: portalCrumbs(ctx, plan, { label: ctx.t("peoplePlan.gender.title") }),
    body: blocks.length ? blocksHtml(blocks) : html`<p>${ctx.t("peoplePlan.gender.empty")}</p>`,
  };
}
