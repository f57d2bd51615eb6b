/**
 * The workflow of sections and plan on both engines: one step at a time,
 * back to draft only with a note, the plan behind its required sections,
 * each step recorded with who, when, edition and note, and audited; what a
 * section in validation locks, and what sending it back unlocks.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Actor } from "../../src/domain/authorization.ts";
import { formatDiagnostic, translate } from "../../src/i18n/index.ts";
import { listAudit } from "../../src/services/audit.ts";
import { AppError } from "../../src/services/errors.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { loadPlanDocument } from "../../src/services/plan-edition.ts";
import { publishPlan } from "../../src/services/publication.ts";
import { moveSection, workflowState } from "../../src/services/section-workflow.ts";
import type { Store } from "../../src/store/database.ts";
import { completePlanDocument, simplifiedPlanDocument } from "../support/complete-plan.ts";
import { describeEachEngine } from "../support/engines.ts";
import { tableCount } from "../support/table-count.ts";

const actor = (role: Actor["role"], administrationId: number): Actor => ({
  username: `u.${role}`,
  role,
  administrationId,
  unitKey: null,
});

/** The refusal of `work`, as the AppError it throws. */
async function refusalOf(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const italian = (e: AppError) => translate(e.messageCode, e.params, "it");

describeEachEngine("the workflow of sections and plan", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let planId = 0;
  let planning: Actor;
  const now = new Date("2025-01-10T09:30:00Z");
  const move = (section: string, to: string, note: string | null = null, who = planning) =>
    moveSection(store, who, { planId, section, to, note, now });
  const stage = async (unit: string) =>
    (await workflowState(store.db, planId)).units.find((u) => u.unit === unit)?.stage;

  beforeEach(async () => {
    ({ store, dispose } = await engine.create());
    const outcome = await importPlan(store, completePlanDocument());
    planId = outcome.planId;
    planning = actor("planning", outcome.administrationId);
  });
  afterEach(async () => dispose());

  it("a section without a row is a draft; a step forward is stored with who, when, edition and note, and audited", async () => {
    expect(await stage("2.1")).toBe("draft");
    await move("2.1", "in_validation", "Pronta per il Segretario");
    const state = await workflowState(store.db, planId);
    expect(state.units.find((u) => u.unit === "2.1")).toMatchObject({
      stage: "in_validation",
      updatedBy: "u.planning",
      moves: ["validated", "draft"],
    });
    const edition = (await loadPlanDocument(store.db, { planId })).edition;
    expect(state.history).toEqual([
      {
        unit: "2.1",
        from: "draft",
        to: "in_validation",
        editionId: edition.id,
        actor: "u.planning",
        at: now.toISOString(),
        note: "Pronta per il Segretario",
      },
    ]);
    const audit = await listAudit(store.db, planning.administrationId ?? 0, {
      entityKey: `${planId}/iter/2.1`,
    });
    expect(audit.map((a) => [a.action, a.before, a.reason])).toEqual([
      ["workflow", { stage: "draft" }, "Pronta per il Segretario"],
    ]);
  });

  it("refuses a jump of more than one stage, and writes nothing", async () => {
    const error = await refusalOf(move("2.3", "validated"));
    expect(error.messageCode).toBe("workflow.illegalMove");
    expect(italian(error)).toContain(
      "La sezione 2.3 è «da compilare»: non può passare a «validata»",
    );
    expect(await tableCount(store, "section_workflow")).toBe(0);
    expect(await tableCount(store, "section_workflow_step")).toBe(0);
  });

  it("sends back to draft only with a note, and only before approval", async () => {
    await move("3.2", "in_validation");
    await move("3.2", "validated");
    const noNote = await refusalOf(move("3.2", "draft", "  "));
    expect(noNote.messageCode).toBe("workflow.noteRequired");
    await move("3.2", "draft", "Mancano gli indicatori del lavoro agile");
    expect(await stage("3.2")).toBe("draft");
    for (const to of ["in_validation", "validated", "approval_requested", "approved"]) {
      await move("3.2", to);
    }
    const late = await refusalOf(move("3.2", "draft", "Troppo tardi"));
    expect(late.messageCode).toBe("workflow.illegalMove");
    const published = await refusalOf(move("3.2", "published"));
    expect(published.messageCode).toBe("workflow.publishedByPublication");
  });

  it("the plan goes into validation only after every required section, and is approved only after them", async () => {
    const early = await refusalOf(move("plan", "in_validation"));
    expect(early.messageCode).toBe("workflow.sectionsNotInValidation");
    expect(early.params.sections).toBe("1, 2.1, 2.2, 2.3, 3.1, 3.2, 3.3, 4");
    const sections = ["1", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4"];
    for (const s of sections) await move(s, "in_validation");
    await move("plan", "in_validation");
    const back = await refusalOf(move("2.1", "draft", "Da rivedere"));
    expect(back.messageCode).toBe("workflow.planAhead");
    await move("plan", "validated");
    await move("plan", "approval_requested");
    for (const s of sections.slice(1)) {
      for (const to of ["validated", "approval_requested", "approved"]) await move(s, to);
    }
    const notYet = await refusalOf(move("plan", "approved"));
    expect(italian(notYet)).toBe(
      "Il piano non può passare a «approvata»: le sezioni obbligatorie 1 non sono ancora approvate",
    );
    for (const to of ["validated", "approval_requested", "approved"]) await move("1", to);
    await move("plan", "approved");
    expect(await stage("plan")).toBe("approved");
  });

  it("only the planning office and administrators move; the Nucleo and readers are refused", async () => {
    const administrationId = planning.administrationId ?? 0;
    for (const role of ["evaluator", "reader", "head"] as const) {
      const error = await refusalOf(
        move("2.1", "in_validation", null, actor(role, administrationId)),
      );
      expect(error.code).toBe("forbidden");
    }
    const other = await refusalOf(move("2.1", "in_validation", null, actor("planning", 9999)));
    expect(other.code).toBe("forbidden");
    await move("2.1", "in_validation", null, actor("admin", administrationId));
    expect(await stage("2.1")).toBe("in_validation");
  });

  it("a public-value objective used by 2.2 cannot change once 2.2 is in validation; back to draft unlocks it", async () => {
    await move("2.2", "in_validation");
    const next = completePlanDocument();
    const vp1 = next.publicValue.objectives[0];
    if (!vp1) throw new Error("no VP1");
    vp1.title = "Servizi digitali per tutti";
    const editions = await tableCount(store, "plan_edition");
    const error = await refusalOf(importPlan(store, next));
    expect(error.code).toBe("conflict");
    expect(error.messageCode).toBe("records.locked");
    expect(italian(error)).toBe(
      "l'obiettivo di valore pubblico «VP1» non si può modificare: lo usa «101» (2.2), in una sezione già in validazione",
    );
    expect(await tableCount(store, "plan_edition")).toBe(editions);
    await move("2.2", "draft", "Si aggiorna il valore pubblico");
    expect((await importPlan(store, next)).status).toBe("updated");
  });

  it("a section in validation cannot change its own records, and every refusal is named", async () => {
    await move("2.3", "in_validation");
    await move("3.3", "in_validation");
    const next = completePlanDocument();
    const measure = next.risk.measures[0];
    const hire = next.staffing.hires[0];
    if (!(measure && hire)) throw new Error("no measure or hire");
    measure.target = "100%";
    hire.annualCost = 1;
    const error = await refusalOf(importPlan(store, next));
    expect(error.messageCode).toBe("workflow.sectionLocked");
    expect(error.diagnostics.map((d) => formatDiagnostic(d, "it"))).toEqual([
      "ERRORE La sezione 2.3 è «in validazione»: i suoi contenuti non si possono modificare; per cambiarli rimandala prima a «da compilare»",
      "ERRORE La sezione 3.3 è «in validazione»: i suoi contenuti non si possono modificare; per cambiarli rimandala prima a «da compilare»",
    ]);
    // A change elsewhere goes through.
    const other = completePlanDocument();
    other.agileWork.conditions.push({
      code: "CA-9",
      kind: "technological",
      description: "VPN per tutti",
      met: false,
    });
    expect((await importPlan(store, other)).status).toBe("updated");
  });

  it("publishing records the plan's step to published, with a note when it was not approved in the workflow", async () => {
    await publishPlan(
      store,
      planning,
      planId,
      {
        approvalDate: "2025-01-30",
        approvalAct: "Delibera di Giunta n. 12",
        approvingAuthority: "Giunta comunale",
        documentUrl: null,
        smallAdministration: false,
      },
      now,
    );
    const state = await workflowState(store.db, planId);
    expect(state.units.find((u) => u.unit === "plan")?.stage).toBe("published");
    expect(state.history.map((h) => [h.unit, h.from, h.to, h.note])).toEqual([
      [
        "plan",
        "draft",
        "published",
        "Approvato con Delibera di Giunta n. 12 del 30/01/2025 (pubblicazione senza approvazione nell'iter)",
      ],
    ]);
  });
});

describeEachEngine("the workflow of a simplified PIAO", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await engine.create());
  });
  afterEach(async () => dispose());

  it("the plan needs only sections 1, 2.3, 3.1, 3.2 and 3.3 in validation", async () => {
    const { planId, administrationId } = await importPlan(store, simplifiedPlanDocument());
    const who = actor("planning", administrationId);
    const move = (section: string, to: string) => moveSection(store, who, { planId, section, to });
    const early = await refusalOf(move("plan", "in_validation"));
    expect(early.params.sections).toBe("1, 2.3, 3.1, 3.2, 3.3");
    for (const s of ["1", "2.3", "3.1", "3.2", "3.3"]) await move(s, "in_validation");
    await move("plan", "in_validation");
    const state = await workflowState(store.db, planId);
    expect(state.simplified).toBe(true);
    expect(state.units.filter((u) => !u.required).map((u) => u.unit)).toEqual(["2.1", "2.2", "4"]);
  });
});
