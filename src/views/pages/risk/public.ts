/**
 * Section 2.3 on the public portal (the PIAO is published in full in
 * Amministrazione trasparente): the same tables as the staff page, from the
 * published edition only, and the measures' status in the published
 * campaigns (status only: no reason, no person).
 */
import type { PublishedPlan } from "../../../services/public/read.ts";
import { dataTable } from "../../components/table.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageContext } from "../../page-context.ts";
import { campaignLabel } from "../monitoring/campaigns.ts";
import {
  assessmentTable,
  measureTable,
  obligationTable,
  processTree,
  section,
} from "./catalogue.ts";

function statusTable(ctx: PageContext, plan: PublishedPlan): SafeHtml | string {
  const measures = plan.document.risk.measures;
  if (plan.campaigns.length === 0 || measures.length === 0) return "";
  return section(
    "attuazione-misure",
    ctx.t("risk.mon.title"),
    dataTable({
      caption: ctx.t("risk.mon.title"),
      head: [ctx.t("risk.page.measure"), ...plan.campaigns.map((c) => campaignLabel(ctx.t, c))],
      rowHeaders: true,
      rows: measures.map((m) => [
        `${m.code} ${m.title}`,
        ...plan.campaigns.map((c) => {
          const s = c.measureStatuses.find((x) => x.measureCode === m.code);
          return s ? ctx.t(`risk.status.${s.status}`) : ctx.t("risk.mon.notRecorded");
        }),
      ]),
    }),
  );
}

/** The 2.3 records of a published plan, for its public section page. */
export function publicRiskRecords(ctx: PageContext, plan: PublishedPlan): SafeHtml | string {
  const doc = plan.document;
  const r = doc.risk;
  if (r.processes.length + r.measures.length + r.obligations.length === 0) return "";
  return html`${section("processi", ctx.t("risk.page.processes"), processTree(ctx, doc))}
${section("valutazione", ctx.t("risk.page.assessments"), assessmentTable(ctx, r))}
${section("misure", ctx.t("risk.page.measures"), measureTable(ctx, doc))}
${statusTable(ctx, plan)}
${section("trasparenza", ctx.t("risk.page.obligations"), obligationTable(ctx, doc))}`;
}
