/**
 * What the public section page (/trasparenza/…/sezioni/:section) adds to
 * the narrative for 2.1 (public value) and 2.2 (letters e and f, the
 * catalogue of procedures): only records of the published edition, linked
 * to the public pages of the objectives.
 */
import type { Section } from "../../../domain/plan.ts";
import { publicValueChain } from "../../../domain/public-value/chain.ts";
import type { PublishedPlan } from "../../../services/public/read.ts";
import { dataTable } from "../../components/table.ts";
import { type HtmlValue, html } from "../../html.ts";
import type { PageContext } from "../../page-context.ts";
import { campaignName, campaignsInOrder, publicObjectiveHref } from "../public/common.ts";
import { rollupText } from "./chain.ts";
import { procedureRecords, publicValueRecords } from "./records.ts";

/** The roll-up of the latest published campaign to each public-value objective, if one is published. */
function publishedRollup(ctx: PageContext, plan: PublishedPlan): HtmlValue {
  const latest = campaignsInOrder(plan.campaigns)[0];
  if (!latest || plan.document.publicValue.objectives.length === 0) return "";
  const chain = publicValueChain(plan.document, latest.report);
  return dataTable({
    caption: `${ctx.t("pv.page.summary")} — ${campaignName(ctx, latest)}`,
    head: [
      ctx.t("pv.page.objective"),
      ctx.t("pv.page.performanceScore"),
      ctx.t("pv.page.impactScore"),
    ],
    rowHeaders: true,
    rows: [
      ...chain.nodes.map((n) => [
        `${n.code} ${n.title}`,
        rollupText(ctx, n.performance),
        rollupText(ctx, n.impactScore),
      ]),
      [
        ctx.t("pv.page.wholePlan"),
        rollupText(ctx, chain.performance),
        rollupText(ctx, chain.impactScore),
      ],
    ],
  });
}

export function publicValueSectionRecords(
  ctx: PageContext,
  plan: PublishedPlan,
  section: Section,
): HtmlValue {
  const link = (code: string) =>
    html`<a href="${publicObjectiveHref(plan.meta, code)}">${code}</a>`;
  const doc = plan.document;
  if (section.code === "2.1") {
    return html`${publishedRollup(ctx, plan)}${publicValueRecords(ctx, doc, link)}`;
  }
  const pr = doc.procedures;
  if (
    section.code === "2.2" &&
    pr.procedures.length + pr.simplifications.length + pr.accessibility.length > 0
  ) {
    return procedureRecords(ctx, doc, link);
  }
  return "";
}
