/** `piao import FILE`: a PIAO text or a JSON bundle into the database, in one transaction. */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import cliProgress from "cli-progress";
import { hasErrors } from "../../domain/diagnostics.ts";
import type { PlanDocument } from "../../domain/plan.ts";
import type { PlanDiff, RecordDiff } from "../../domain/plan-diff.ts";
import { translate } from "../../i18n/index.ts";
import { readPlanFile } from "../../import/read-plan-file.ts";
import { type ImportOutcome, importPlan } from "../../services/import-plan.ts";
import { type CliContext, EXIT_INVALID, EXIT_OK, withStore } from "../context.ts";
import { printDiagnostics } from "../print-diagnostics.ts";

/** Below this many records an import is over before a bar would show. */
const PROGRESS_THRESHOLD = 2000;

export interface ImportCommandOptions {
  dryRun?: boolean;
  /** Who imports, for the audit trail; PIAO_USER when absent. */
  as?: string;
}

function printRecordDiff(ctx: CliContext, code: string, diff: RecordDiff): void {
  const t = (c: string, p: Record<string, string | number>) => translate(c, p, ctx.lang);
  ctx.out(
    t(code, {
      added: diff.added.length,
      removed: diff.removed.length,
      changed: diff.changed.length,
    }),
  );
  for (const c of diff.added) ctx.out(t("cli.diff.added", { code: c }));
  for (const c of diff.removed) ctx.out(t("cli.diff.removed", { code: c }));
  for (const c of diff.changed)
    ctx.out(t("cli.diff.changed", { code: c.code, fields: c.fields.join(", ") }));
}

export function printDiff(ctx: CliContext, diff: PlanDiff): void {
  printRecordDiff(ctx, "cli.diff.objectives", diff.objectives);
  printRecordDiff(ctx, "cli.diff.indicators", diff.indicators);
  if (diff.parts.length > 0)
    ctx.out(translate("cli.diff.parts", { parts: diff.parts.join(", ") }, ctx.lang));
}

export function printOutcome(ctx: CliContext, doc: PlanDocument, outcome: ImportOutcome): void {
  ctx.out(
    translate(
      `cli.import.${outcome.status}`,
      {
        name: doc.administration.name,
        period: `${doc.plan.startYear}-${doc.plan.endYear}`,
        plan: String(outcome.planId),
        edition: String(outcome.editionNumber),
      },
      ctx.lang,
    ),
  );
  if (outcome.diff) printDiff(ctx, outcome.diff);
}

function progressBar(doc: PlanDocument) {
  const total = doc.objectives.reduce((n, o) => n + 1 + o.indicators.length, 0);
  if (!process.stderr.isTTY || total < PROGRESS_THRESHOLD) return null;
  return new cliProgress.SingleBar(
    { format: "{bar} {percentage}% | {value}/{total} record", stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
}

export async function runImport(
  ctx: CliContext,
  file: string,
  options: ImportCommandOptions,
): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = e instanceof Error && "code" in e ? String(e.code) : "";
    const reason = ["ENOENT", "EACCES", "EISDIR"].includes(code)
      ? translate(`cli.fileError.${code}`, {}, ctx.lang)
      : String(e);
    ctx.err(translate("cli.cannotRead", { file, reason }, ctx.lang));
    return EXIT_INVALID;
  }
  const result = readPlanFile(bytes);
  printDiagnostics(ctx, result.diagnostics, basename(file));
  if (!result.document || hasErrors(result.diagnostics)) {
    const n = result.diagnostics.filter((d) => d.severity === "error").length;
    ctx.err(translate("cli.import.rejected", { n }, ctx.lang));
    return EXIT_INVALID;
  }
  if (options.dryRun) {
    ctx.out(translate("cli.import.dryRun", {}, ctx.lang));
    return EXIT_OK;
  }
  const doc = result.document;
  const bar = progressBar(doc);
  const outcome = await withStore((store) =>
    importPlan(store, doc, {
      sourceName: basename(file),
      actor: options.as ?? process.env.PIAO_USER ?? "import",
      onProgress: (done, total) => {
        if (!bar) return;
        if (done === 0 || !bar.getTotal()) bar.start(total, done);
        bar.update(done);
      },
    }),
  ).finally(() => bar?.stop());
  printOutcome(ctx, doc, outcome);
  return EXIT_OK;
}
