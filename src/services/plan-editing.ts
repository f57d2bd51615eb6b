/**
 * Editing a plan in the browser: the change is applied to the current
 * document, checked with the plan rules, and stored as a new edition through
 * the import path, so diff, audit and open campaigns behave as for an import
 * (decision 0005). A form read from an older edition is refused.
 */
import type { Actor } from "../domain/authorization.ts";
import type { Diagnostic } from "../domain/diagnostics.ts";
import type { Indicator, Objective, PlanDocument } from "../domain/plan.ts";
import {
  type EditProblems,
  type EditResult,
  saveIndicator,
  saveObjective,
} from "../domain/plan-edit.ts";
import { validatePlanDocument } from "../domain/plan-rules.ts";
import { isUniqueViolation, type Store } from "../store/database.ts";
import { type AuditEntry, recordAudit } from "./audit.ts";
import { AppError } from "./errors.ts";
import { importPlan } from "./import-plan.ts";
import { loadPlanDocument } from "./plan-edition.ts";

/** The record an edit is about, for its own line in the audit trail. */
export interface EditedRecord {
  entity: Extract<AuditEntry["entity"], "objective" | "indicator" | "unit" | "section_records">;
  key: string;
  before: unknown;
  after: unknown;
}

export type EditOutcome =
  | { ok: true; status: "updated" | "unchanged"; edition: number }
  | { ok: false; problems: EditProblems; diagnostics: Diagnostic[] };

/** Audit keys of a plan's records: "plan/objective", "plan/objective/indicator", "plan/unit". */
export const recordKey = (planId: number, ...parts: string[]) =>
  [String(planId), ...parts].join("/");

/** An edit and its record in the audit trail: what editPlan is given. */
export interface RecordEdit {
  edit: (doc: PlanDocument) => EditResult;
  record: (before: PlanDocument, after: PlanDocument) => EditedRecord;
}

/** An objective's own fields in a document (its indicators have their own records), or null. */
function objectiveRecordOf(doc: PlanDocument, code: string | null) {
  const o = code === null ? undefined : doc.objectives.find((x) => x.code === code);
  if (!o) return null;
  const { indicators: _, ...rest } = o;
  return rest;
}

/** Adds an objective (previous null) or replaces the one coded `previous`, keeping its indicators. */
export function objectiveEdit(
  planId: number,
  previous: string | null,
  fields: Omit<Objective, "indicators">,
): RecordEdit {
  return {
    edit: (doc) => saveObjective(doc, previous, fields),
    record: (before, after) => ({
      entity: "objective",
      key: recordKey(planId, fields.code),
      before: objectiveRecordOf(before, previous),
      after: objectiveRecordOf(after, fields.code),
    }),
  };
}

/** Adds an indicator to an objective (previous undefined) or replaces `previous`. */
export function indicatorEdit(
  planId: number,
  objectiveCode: string,
  previous: Indicator | undefined,
  indicator: Indicator,
): RecordEdit {
  return {
    edit: (doc) => saveIndicator(doc, objectiveCode, previous?.code ?? null, indicator),
    record: () => ({
      entity: "indicator",
      key: recordKey(planId, objectiveCode, indicator.code),
      before: previous ?? null,
      after: indicator,
    }),
  };
}

export function staleEdition(expected: number, current: number): AppError {
  return new AppError("conflict", "plan.edit.stale", {
    expected: String(expected),
    edition: String(current),
  });
}

export async function editPlan(
  store: Store,
  actor: Actor,
  input: RecordEdit & {
    planId: number;
    expectedEdition: number;
    now?: () => Date;
  },
): Promise<EditOutcome> {
  const { edition, document } = await loadPlanDocument(store.db, { planId: input.planId });
  if (edition.number !== input.expectedEdition) {
    throw staleEdition(input.expectedEdition, edition.number);
  }
  const result = input.edit(document);
  if (!result.ok) return { ok: false, problems: result.problems, diagnostics: [] };
  const diagnostics = validatePlanDocument(result.document).filter((d) => d.severity === "error");
  if (diagnostics.length) return { ok: false, problems: {}, diagnostics };
  const record = input.record(document, result.document);
  const at = (input.now?.() ?? new Date()).toISOString();
  const outcome = await storeEdit(store, actor, input.expectedEdition, result.document, {
    ...record,
    at,
  });
  return {
    ok: true,
    status: outcome.status === "unchanged" ? "unchanged" : "updated",
    edition: outcome.editionNumber,
  };
}

/**
 * Stores the edited document as the next edition. On PostgreSQL two editors
 * may both pass the edition check; the second then meets the first's edition
 * number in the unique index, and is told the plan changed meanwhile.
 */
async function storeEdit(
  store: Store,
  actor: Actor,
  expectedEdition: number,
  document: PlanDocument,
  record: EditedRecord & { at: string },
) {
  try {
    return await importPlan(store, document, {
      actor: actor.username,
      expectedEdition,
      now: () => new Date(record.at),
      onStored: (tx, stored) =>
        recordAudit(tx, {
          administrationId: stored.administrationId,
          entity: record.entity,
          entityKey: record.key,
          action: record.before === null ? "create" : "update",
          actor: actor.username,
          at: record.at,
          before: record.before ?? undefined,
          after: { ...(record.after as object), edition: stored.editionNumber },
        }),
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw staleEdition(expectedEdition, expectedEdition + 1);
    throw error;
  }
}
