/**
 * Collecting figures the way offices do: a spreadsheet per campaign with one
 * row per indicator, filled in by heads of unit and read back with the same
 * checks as every other input. Nothing is written when any row is invalid,
 * unless the user asks for the valid rows only.
 */
import type { Actor } from "../domain/authorization.ts";
import type { Diagnostic } from "../domain/diagnostics.ts";
import { error } from "../domain/diagnostics.ts";
import { formatMeasured, formatTarget } from "../domain/format-value.ts";
import type {
  SheetMeasurement,
  TemplateCampaign,
  TemplateRow,
} from "../import/monitoring-sheet/types.ts";
import type { Db, Store } from "../store/database.ts";
import { writeTransaction } from "../store/database.ts";
import { listMeasurements, toMeasuredValue } from "../store/repositories/measurement.repository.ts";
import {
  type CampaignContext,
  effectiveDescription,
  effectiveTarget,
  indicatorKey,
  loadCampaignContext,
  originalTarget,
} from "./campaign-context.ts";
import { requireOpenCampaign } from "./campaigns.ts";
import { AppError } from "./errors.ts";
import { refreshIndicatorResults } from "./indicator-results.ts";
import { authoriseOnObjective, writeMeasurement } from "./measurements.ts";

/** The template's rows: every indicator of the campaign's plan, pre-filled with figures already entered. */
export async function templateFor(
  db: Db,
  campaignId: number,
): Promise<{ campaign: TemplateCampaign; rows: TemplateRow[] }> {
  const ctx = await loadCampaignContext(db, campaignId);
  const measured = new Map(
    (await listMeasurements(db, ctx.administrationId, campaignId)).map((m) => [
      indicatorKey(m.objective_code, m.indicator_code),
      m,
    ]),
  );
  const unitName = new Map(ctx.document.units.map((u) => [u.key, u.name]));
  const year = ctx.campaign.year;
  const rows = ctx.document.objectives.flatMap((o) =>
    o.indicators.map((i): TemplateRow => {
      const original = originalTarget(i, year);
      const target = effectiveTarget(ctx, o.code, i, year);
      const m = measured.get(indicatorKey(o.code, i.code));
      return {
        unit: o.unitKey ? (unitName.get(o.unitKey) ?? o.unitKey) : "",
        objectiveCode: o.code,
        objectiveTitle: o.title,
        indicatorCode: i.code,
        description: effectiveDescription(ctx, o.code, i),
        kind: i.kind,
        originalTarget: formatTarget(original),
        reprogrammedTarget:
          JSON.stringify(target) === JSON.stringify(original) ? "" : formatTarget(target),
        value: m ? formatMeasured(toMeasuredValue(m)) : "",
        note: m?.note ?? "",
      };
    }),
  );
  const { campaign, document } = ctx;
  return {
    campaign: {
      campaignId: campaign.id,
      administration: document.administration.name,
      planPeriod: `${document.plan.startYear}-${document.plan.endYear}`,
      year: campaign.year,
      kind: campaign.kind as TemplateCampaign["kind"],
      referenceDate: campaign.reference_date,
    },
    rows,
  };
}

export type RowStatus = "created" | "updated" | "unchanged" | "empty";

export interface SheetImportOutcome {
  rows: { row: number; status: RowStatus }[];
  /** Problems of the rows left out (only with validOnly). */
  diagnostics: Diagnostic[];
}

/** Checks a row against the plan and the actor's unit; an error, or null when it can be written. */
function rowProblem(ctx: CampaignContext, actor: Actor, row: SheetMeasurement): Diagnostic | null {
  const objective = ctx.document.objectives.find((o) => o.code === row.objectiveCode);
  const indicator = objective?.indicators.find((i) => i.code === row.indicatorCode);
  const params = { objective: row.objectiveCode, indicator: row.indicatorCode };
  if (!objective || !indicator) return error("indicator.notFound", row.row, params);
  if (
    row.value &&
    row.value.kind !== indicator.kind &&
    !(indicator.kind === "percent" && row.value.kind === "number")
  ) {
    return error("measurement.wrongKind", row.row, {
      indicator: row.indicatorCode,
      kind: indicator.kind,
    });
  }
  try {
    authoriseOnObjective(ctx, actor, "measurement.write", row.objectiveCode);
  } catch {
    return error("auth.notYourUnit", row.row, { objective: row.objectiveCode });
  }
  return null;
}

/** What an import of the rows would do, computed without writing. */
export interface SheetImportPlan extends SheetImportOutcome {
  ctx: CampaignContext;
  /** The rows to write, in sheet order, with whether each one replaces a figure. */
  writes: SheetMeasurement[];
}

/**
 * The "plan" step of an import: checks every row and compares it with the
 * figures stored, writing nothing. importSheet carries the plan out in the
 * same transaction it was made in; the web preview shows it. Splitting the
 * use case this way (rather than running it in a transaction rolled back)
 * keeps one code path without taking the write lock for a preview.
 */
export async function planSheetImport(
  db: Db,
  actor: Actor,
  campaignId: number,
  rows: readonly SheetMeasurement[],
): Promise<SheetImportPlan> {
  await requireOpenCampaign(db, actor, campaignId, "measurement.write");
  const ctx = await loadCampaignContext(db, campaignId);
  const problems = rows.map((r) => rowProblem(ctx, actor, r));
  const diagnostics = problems.filter((p): p is Diagnostic => p !== null);
  const current = new Map(
    (await listMeasurements(db, ctx.administrationId, campaignId)).map((m) => [
      indicatorKey(m.objective_code, m.indicator_code),
      m,
    ]),
  );
  const plan: SheetImportPlan = { ctx, rows: [], diagnostics, writes: [] };
  for (const [i, row] of rows.entries()) {
    if (problems[i]) continue;
    if (!row.value) {
      plan.rows.push({ row: row.row, status: "empty" });
      continue;
    }
    const existing = current.get(indicatorKey(row.objectiveCode, row.indicatorCode));
    const same =
      existing &&
      JSON.stringify(toMeasuredValue(existing)) === JSON.stringify(row.value) &&
      (existing.note ?? null) === (row.note ?? null);
    plan.rows.push({ row: row.row, status: same ? "unchanged" : existing ? "updated" : "created" });
    if (!same) plan.writes.push(row);
  }
  return plan;
}

export async function importSheet(
  store: Store,
  actor: Actor,
  campaignId: number,
  rows: readonly SheetMeasurement[],
  options: { validOnly?: boolean } = {},
  now = new Date(),
): Promise<SheetImportOutcome> {
  const at = now.toISOString();
  return writeTransaction(store, async (tx) => {
    const { ctx, writes, ...outcome } = await planSheetImport(tx, actor, campaignId, rows);
    if (outcome.diagnostics.length > 0 && !options.validOnly) {
      throw new AppError(
        "invalid_input",
        "monitor.rowsInvalid",
        { n: outcome.diagnostics.length },
        outcome.diagnostics,
      );
    }
    for (const row of writes) {
      await writeMeasurement(
        tx,
        ctx,
        actor,
        {
          campaignId,
          objectiveCode: row.objectiveCode,
          indicatorCode: row.indicatorCode,
          value: row.value as NonNullable<SheetMeasurement["value"]>,
          note: row.note,
        },
        at,
      );
    }
    await refreshIndicatorResults(tx, campaignId);
    return outcome;
  });
}
