/**
 * The workflow of each schema-tipo section and of the plan as a whole:
 * draft (da compilare) → in validation → validated → approval requested →
 * approved → published, one step forward at a time, or back to draft (a
 * rejection, with its reason) before approval. Pure: stages in, a verdict out.
 *
 * Rules beyond the single step:
 * - the plan goes into validation only when every required section (for the
 *   simplified PIAO, only those it requires) is at least in validation, and
 *   is approved only when every required section is approved;
 * - a section cannot go back to draft while the plan is in validation or
 *   later: the plan is sent back first;
 * - "published" is reached by the act of publishing (services/publication.ts),
 *   never by a move: for the plan it is recorded by publishPlan; a section's
 *   last stage moved by hand is "approved".
 * - a section in validation or later locks its own contents and the records
 *   of other sections it uses (see lockViolations).
 */
import { type Diagnostic, error } from "./diagnostics.ts";
import { canonicalJson } from "./fingerprint.ts";
import type { PlanDocument } from "./plan.ts";
import { SCHEMA_TIPO } from "./schema-tipo.ts";
import { kindLabel, lockedChanges } from "./sections/references.ts";

export const STAGES = [
  "draft",
  "in_validation",
  "validated",
  "approval_requested",
  "approved",
  "published",
] as const;
export type Stage = (typeof STAGES)[number];

/** The whole plan, beside the sections. */
export const PLAN_UNIT = "plan";

/** What moves through the workflow: every schema-tipo section, then the plan. */
export const WORKFLOW_UNITS: readonly string[] = [...SCHEMA_TIPO.map((s) => s.code), PLAN_UNIT];

export const isWorkflowUnit = (unit: string): boolean => WORKFLOW_UNITS.includes(unit);

export const isStage = (value: string): value is Stage =>
  (STAGES as readonly string[]).includes(value);

const rank = (stage: Stage): number => STAGES.indexOf(stage);

/** At or past `than` in the workflow. */
export const atLeast = (stage: Stage, than: Stage): boolean => rank(stage) >= rank(than);

/** A section in validation or later: its contents, and what it uses, cannot change. */
export const isLocked = (stage: Stage): boolean => atLeast(stage, "in_validation");

/** Stages from which a rejection sends a unit back to draft. */
const REJECTABLE: readonly Stage[] = ["in_validation", "validated", "approval_requested"];

/** Stage of each unit; a unit without a row is a draft. */
export type Stages = ReadonlyMap<string, Stage>;

export const stageOf = (stages: Stages, unit: string): Stage => stages.get(unit) ?? "draft";

/** The stages a unit may move to from where it is (before the cross-section rules). */
export function nextStages(from: Stage): Stage[] {
  const out: Stage[] = [];
  const next = STAGES[rank(from) + 1];
  if (next && next !== "published") out.push(next);
  if (REJECTABLE.includes(from)) out.push("draft");
  return out;
}

export interface MoveRequest {
  unit: string;
  to: Stage;
  note: string | null;
  stages: Stages;
  /** The sections the plan requires (all, or those of the simplified PIAO). */
  required: readonly string[];
}

export type MoveVerdict =
  | { ok: true; from: Stage }
  | { ok: false; code: string; params: Record<string, string> };

const refuse = (code: string, params: Record<string, string> = {}): MoveVerdict => ({
  ok: false,
  code,
  params,
});

const stageLabel = (stage: Stage) => `msg:workflow.stage.${stage}`;

/** Whether the move is allowed, and if not, why (a message code with its parameters). */
export function checkMove(m: MoveRequest): MoveVerdict {
  if (!isWorkflowUnit(m.unit)) return refuse("workflow.unknownSection", { section: m.unit });
  const from = stageOf(m.stages, m.unit);
  const unitParams = { section: m.unit, from: stageLabel(from), to: stageLabel(m.to) };
  if (m.to === "published") return refuse("workflow.publishedByPublication", unitParams);
  if (!nextStages(from).includes(m.to)) return refuse("workflow.illegalMove", unitParams);
  if (m.to === "draft" && (m.note ?? "").trim().length < 3) {
    return refuse("workflow.noteRequired", unitParams);
  }
  if (m.unit === PLAN_UNIT) return checkPlanMove(m, from);
  const plan = stageOf(m.stages, PLAN_UNIT);
  if (m.to === "draft" && isLocked(plan)) {
    return refuse("workflow.planAhead", { ...unitParams, plan: stageLabel(plan) });
  }
  return { ok: true, from };
}

function checkPlanMove(m: MoveRequest, from: Stage): MoveVerdict {
  const needed: Stage | null =
    m.to === "in_validation" ? "in_validation" : m.to === "approved" ? "approved" : null;
  if (needed === null) return { ok: true, from };
  const behind = m.required.filter((s) => !atLeast(stageOf(m.stages, s), needed));
  if (behind.length === 0) return { ok: true, from };
  return refuse(
    needed === "approved" ? "workflow.sectionsNotApproved" : "workflow.sectionsNotInValidation",
    { sections: behind.join(", "), to: stageLabel(m.to) },
  );
}

/** What each section is made of, to tell whether an edit touches it. */
function sectionContent(doc: PlanDocument, code: string): string {
  const text = doc.sections.filter(
    (s) => s.code !== null && (s.code === code || s.code.startsWith(`${code}.`)),
  );
  const records: Record<string, unknown> = {
    "1": doc.administration,
    "2.1": doc.publicValue,
    "2.2": [doc.objectives, doc.positiveActions, doc.procedures],
    "2.3": doc.risk,
    "3.1": [doc.units, doc.organisation],
    "3.2": doc.agileWork,
    "3.3": doc.staffing,
  };
  return canonicalJson({ text, records: records[code] ?? null });
}

/** The sections whose contents differ between two documents. */
export function changedSections(before: PlanDocument, after: PlanDocument): string[] {
  return SCHEMA_TIPO.map((s) => s.code).filter(
    (code) => sectionContent(before, code) !== sectionContent(after, code),
  );
}

/**
 * Why `after` may not replace `before`, one diagnostic per refusal: a
 * section in validation or later that would change, and each record of
 * another section used by a locked section that would change or disappear.
 */
export function lockViolations(
  before: PlanDocument,
  after: PlanDocument,
  stages: Stages,
): Diagnostic[] {
  const locked = (section: string) => isLocked(stageOf(stages, section));
  const own = changedSections(before, after)
    .filter(locked)
    .map((section) =>
      error("workflow.sectionLocked", null, {
        section,
        stage: stageLabel(stageOf(stages, section)),
      }),
    );
  const used = lockedChanges(before, after, locked).map((c) =>
    error("records.locked", null, {
      kind: kindLabel(c.record.kind),
      code: c.record.code,
      users: c.usedBy.map((u) => `«${u.code}» (${u.section})`).join(", "),
    }),
  );
  return [...used, ...own];
}
