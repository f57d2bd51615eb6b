/**
 * The workflow of a plan's sections and of the plan: where each stands, the
 * moves a user may make, and each move stored in one transaction (the stage,
 * the step with who, when, the edition in force and the note, and an audit
 * entry). The rules are in domain/workflow.ts; who may move is the action
 * "plan.workflow" (planning office and administrators). The Nucleo di
 * valutazione reads the workflow but does not move it: "validated" here is
 * the administration's own validation of a section (its head, the RPCT for
 * 2.3); the Nucleo validates the Relazione sulla performance (validation.write).
 */
import { type Actor, can } from "../domain/authorization.ts";
import { requiredSections } from "../domain/check.ts";
import type { PlanDocument } from "../domain/plan.ts";
import {
  checkMove,
  isLocked,
  isStage,
  lockViolations,
  nextStages,
  PLAN_UNIT,
  type Stage,
  type Stages,
  stageOf,
  WORKFLOW_UNITS,
} from "../domain/workflow.ts";
import { type Db, type Store, writeTransaction } from "../store/database.ts";
import { findPlanSummary, type PlanSummaryRow } from "../store/repositories/plan.repository.ts";
import { recordAudit } from "./audit.ts";
import { AppError } from "./errors.ts";
import { loadPlanDocument } from "./plan-edition.ts";

export interface WorkflowUnitState {
  /** "1" … "4", or "plan". */
  unit: string;
  stage: Stage;
  /** Whether the plan requires the section (the simplified PIAO requires fewer). */
  required: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
  /** Stages the unit may move to, before the rules across sections. */
  moves: Stage[];
}

export interface WorkflowStep {
  unit: string;
  from: Stage;
  to: Stage;
  editionId: number | null;
  actor: string;
  at: string;
  note: string | null;
}

export interface WorkflowState {
  planId: number;
  simplified: boolean;
  units: WorkflowUnitState[];
  /** Oldest first. */
  history: WorkflowStep[];
}

const asStage = (value: string): Stage => (isStage(value) ? value : "draft");

/** The stage of each unit of the plan that has left draft. */
export async function readStages(db: Db, planId: number): Promise<Stages> {
  const rows = await db
    .selectFrom("section_workflow")
    .select(["section_code", "stage"])
    .where("plan_id", "=", planId)
    .execute();
  return new Map(rows.map((r) => [r.section_code, asStage(r.stage)]));
}

async function existingPlan(db: Db, planId: number): Promise<PlanSummaryRow> {
  const plan = await findPlanSummary(db, planId);
  if (!plan) throw new AppError("not_found", "plan.notFound", { id: String(planId) });
  return plan;
}

async function requiredOf(db: Db, planId: number) {
  const { document } = await loadPlanDocument(db, { planId });
  return requiredSections(document);
}

/** Where every section and the plan stand, what each may do next, and the history. */
export async function workflowState(db: Db, planId: number): Promise<WorkflowState> {
  await existingPlan(db, planId);
  const { simplified, codes } = await requiredOf(db, planId);
  const rows = await db
    .selectFrom("section_workflow")
    .selectAll()
    .where("plan_id", "=", planId)
    .execute();
  const byUnit = new Map(rows.map((r) => [r.section_code, r]));
  const units = WORKFLOW_UNITS.map((unit): WorkflowUnitState => {
    const row = byUnit.get(unit);
    const stage = asStage(row?.stage ?? "draft");
    return {
      unit,
      stage,
      required: unit === PLAN_UNIT || codes.includes(unit),
      updatedAt: row?.updated_at ?? null,
      updatedBy: row?.updated_by ?? null,
      moves: nextStages(stage),
    };
  });
  const steps = await db
    .selectFrom("section_workflow_step")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("id")
    .execute();
  const history = steps.map(
    (s): WorkflowStep => ({
      unit: s.section_code,
      from: asStage(s.from_stage),
      to: asStage(s.to_stage),
      editionId: s.edition_id,
      actor: s.actor,
      at: s.at,
      note: s.note,
    }),
  );
  return { planId, simplified, units, history };
}

export interface MoveInput {
  planId: number;
  section: string;
  to: string;
  note?: string | null;
  now?: Date;
}

interface StepRecord {
  plan: PlanSummaryRow;
  unit: string;
  from: Stage;
  to: Stage;
  actor: string;
  at: string;
  note: string | null;
}

/**
 * Stores one step: the stage changes only if it is still `from` (two users
 * moving the same section at once: the second is told it changed).
 */
async function storeStep(tx: Db, s: StepRecord): Promise<void> {
  const key = { plan_id: s.plan.planId, section_code: s.unit };
  const updated = await tx
    .updateTable("section_workflow")
    .set({ stage: s.to, updated_at: s.at, updated_by: s.actor })
    .where("plan_id", "=", key.plan_id)
    .where("section_code", "=", key.section_code)
    .where("stage", "=", s.from)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    const existing = await tx
      .selectFrom("section_workflow")
      .select("stage")
      .where("plan_id", "=", key.plan_id)
      .where("section_code", "=", key.section_code)
      .executeTakeFirst();
    if (existing || s.from !== "draft") {
      throw new AppError("conflict", "workflow.changedMeanwhile", { section: s.unit });
    }
    await tx
      .insertInto("section_workflow")
      .values({
        ...key,
        administration_id: s.plan.administrationId,
        stage: s.to,
        updated_at: s.at,
        updated_by: s.actor,
      })
      .execute();
  }
  await tx
    .insertInto("section_workflow_step")
    .values({
      ...key,
      administration_id: s.plan.administrationId,
      from_stage: s.from,
      to_stage: s.to,
      edition_id: s.plan.editionId,
      actor: s.actor,
      at: s.at,
      note: s.note,
    })
    .execute();
  await recordAudit(tx, {
    administrationId: s.plan.administrationId,
    entity: "plan",
    entityKey: `${s.plan.planId}/iter/${s.unit}`,
    action: "workflow",
    actor: s.actor,
    at: s.at,
    before: { stage: s.from },
    after: { stage: s.to, edition: s.plan.editionNumber },
    reason: s.note,
  });
}

/** Moves a section or the plan one step (or back to draft), or refuses saying why; nothing is written on refusal. */
export async function moveSection(
  store: Store,
  actor: Actor,
  input: MoveInput,
): Promise<WorkflowStep> {
  const at = (input.now ?? new Date()).toISOString();
  const note = input.note?.trim() ? input.note.trim() : null;
  return writeTransaction(store, async (tx) => {
    const plan = await existingPlan(tx, input.planId);
    if (!can(actor, "plan.workflow", { administrationId: plan.administrationId })) {
      throw new AppError("forbidden", "auth.forbidden");
    }
    if (!isStage(input.to)) {
      throw new AppError("invalid_input", "workflow.unknownStage", { stage: input.to });
    }
    const stages = await readStages(tx, plan.planId);
    const { codes } = await requiredOf(tx, plan.planId);
    const verdict = checkMove({
      unit: input.section,
      to: input.to,
      note,
      stages,
      required: codes,
    });
    if (!verdict.ok) throw new AppError("invalid_input", verdict.code, verdict.params);
    const step = {
      plan,
      unit: input.section,
      from: verdict.from,
      to: input.to,
      actor: actor.username,
      at,
      note,
    };
    await storeStep(tx, step);
    return { ...step, editionId: plan.editionId };
  });
}

/**
 * The plan's step to "published", taken by the act of publishing (inside
 * publishPlan's transaction). Publishing does not require the plan to be
 * approved in the workflow: the approval is the act the publication names
 * (its date, its number, its authority), so a plan published from an earlier
 * stage gets one step from that stage to "published" whose note says so.
 * A plan already published (a re-publication) takes no new step.
 */
export async function recordPlanPublished(
  tx: Db,
  actor: Actor,
  planId: number,
  act: { approvalAct: string; approvalDate: string },
  at: string,
): Promise<void> {
  const plan = await existingPlan(tx, planId);
  const from = stageOf(await readStages(tx, planId), PLAN_UNIT);
  if (from === "published") return;
  const note =
    from === "approved"
      ? act.approvalAct
      : `Approvato con ${act.approvalAct} del ${act.approvalDate.split("-").reverse().join("/")} (pubblicazione senza approvazione nell'iter)`;
  await storeStep(tx, {
    plan,
    unit: PLAN_UNIT,
    from,
    to: "published",
    actor: actor.username,
    at,
    note,
  });
}

/**
 * The lock hook of importPlan (every edit and import passes there), in its
 * transaction: a new edition may not change a section in validation or
 * later, nor a record such a section uses. Refused with a conflict whose
 * message is the first refusal and whose diagnostics name every one;
 * nothing is written. Sending the section back to draft unlocks it.
 */
export async function refuseLockedChanges(tx: Db, planId: number, next: PlanDocument) {
  const stages = await readStages(tx, planId);
  if (![...stages.values()].some(isLocked)) return;
  const { document } = await loadPlanDocument(tx, { planId });
  const violations = lockViolations(document, next, stages);
  const [first] = violations;
  if (first) throw new AppError("conflict", first.code, first.params, violations);
}
