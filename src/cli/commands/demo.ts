/**
 * `piao demo`: the embedded database with the seed plan loaded, its summary
 * and its completeness check — a working product at once, on the terminal.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../../config.ts";
import { checkPlan } from "../../domain/check.ts";
import { hasErrors } from "../../domain/diagnostics.ts";
import { translate } from "../../i18n/index.ts";
import { readPlanFile } from "../../import/read-plan-file.ts";
import { importPlan } from "../../services/import-plan.ts";
import { loadPlanDocument } from "../../services/plan-edition.ts";
import type { Store } from "../../store/database.ts";
import { listPlans } from "../../store/repositories/plan.repository.ts";
import { type CliContext, EXIT_INVALID, EXIT_OK, withStore } from "../context.ts";
import { printCheckReport } from "../print-check.ts";
import { printDiagnostics } from "../print-diagnostics.ts";
import { printPlanSummary } from "../print-plan.ts";

export const SEED_FILE = fileURLToPath(
  new URL("../../../fixtures/piao-2025-2027-citta-metropolitana-bologna.txt", import.meta.url),
);

/** A fictitious administration's plan with every section filled (npm run sample). */
export const COMPLETE_SAMPLE_FILE = "fixtures/piao-2025-2027-comune-valle-serena.json";

/**
 * Loads the sample plan when the database has no plan; false when it could
 * not be read. `onLoaded` runs once, right after a first load.
 */
export async function loadSeedIfEmpty(
  ctx: CliContext,
  store: Store,
  onLoaded?: (ids: { planId: number; administrationId: number }) => Promise<void>,
): Promise<boolean> {
  const target = loadConfig().store;
  const where = target.engine === "sqlite" ? target.path : "PostgreSQL";
  if ((await listPlans(store.db)).length > 0) {
    ctx.out(translate("cli.demo.present", { db: where }, ctx.lang));
    return true;
  }
  const result = readPlanFile(await readFile(SEED_FILE));
  printDiagnostics(
    ctx,
    result.diagnostics.filter((d) => d.severity === "error"),
  );
  if (!result.document || hasErrors(result.diagnostics)) return false;
  const ids = await importPlan(store, result.document, {
    sourceName: "piao-2025-2027-citta-metropolitana-bologna.txt",
  });
  ctx.out(translate("cli.demo.loaded", { file: SEED_FILE, db: where }, ctx.lang));
  ctx.out(translate("cli.demo.sampleHint", { file: COMPLETE_SAMPLE_FILE }, ctx.lang));
  await onLoaded?.(ids);
  return true;
}

export async function runDemo(ctx: CliContext): Promise<number> {
  return withStore(async (store) => {
    if (!(await loadSeedIfEmpty(ctx, store))) return EXIT_INVALID;
    ctx.out();
    const { document, edition } = await loadPlanDocument(store.db);
    printPlanSummary(ctx, document, edition.number);
    ctx.out();
    printCheckReport(ctx, document, checkPlan(document));
    return EXIT_OK;
  });
}
