/** /piani/:planId/procedimenti: letters e) and f) and the catalogue of procedures with timeliness. */
import type { PlanDocument } from "../../../domain/plan.ts";
import { html } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { objectiveHref, planCrumbs } from "../plan/common.ts";
import { procedureRecords } from "./records.ts";

export function proceduresPage(
  ctx: PageContext,
  page: { planId: number; document: PlanDocument },
): PageOptions {
  const doc = page.document;
  return {
    title: ctx.t("pv.page.proceduresTitle"),
    crumbs: planCrumbs(ctx, page.planId, doc, { label: ctx.t("pv.page.proceduresTitle") }),
    lead: doc.administration.name,
    body: procedureRecords(
      ctx,
      doc,
      (code) => html`<a href="${objectiveHref(page.planId, code)}">${code}</a>`,
    ),
  };
}
