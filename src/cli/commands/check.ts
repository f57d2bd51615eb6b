/** `piao check`: completeness and consistency of a stored plan, or of a file before importing it. */
import { checkPlan } from "../../domain/check.ts";
import { loadPlanDocument, type PlanSelector } from "../../services/plan-edition.ts";
import { type CliContext, EXIT_OK, withStore } from "../context.ts";
import { printCheckReport } from "../print-check.ts";

export interface CheckOptions extends PlanSelector {
  format?: "text" | "json";
}

export async function runCheck(ctx: CliContext, options: CheckOptions): Promise<number> {
  const { document } = await withStore((store) => loadPlanDocument(store.db, options));
  const report = checkPlan(document);
  if (options.format === "json") ctx.out(JSON.stringify(report, null, 2));
  else printCheckReport(ctx, document, report);
  return EXIT_OK;
}
