/**
 * `piao workflow show|move` and `piao check` completeness through the real
 * command: moves with the acting user, refusals in Italian with exit code 1
 * and nothing written, and "Piano completo" for the complete sample plan.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { importPlan } from "../../src/services/import-plan.ts";
import { createUser } from "../../src/services/users.ts";
import type { Store } from "../../src/store/database.ts";
import { type CliRun, runCli, storeEnv } from "../support/cli.ts";
import { completePlanDocument } from "../support/complete-plan.ts";
import { describeEachEngine } from "../support/engines.ts";
import { tableCount } from "../support/table-count.ts";

describeEachEngine("piao workflow", (engine) => {
  let env: Record<string, string>;
  let store: Store;
  let dispose: () => Promise<void>;
  let planId = 0;
  const piao = (...args: string[]): Promise<CliRun> => runCli(args, env);

  beforeAll(async () => {
    const created = await engine.create();
    store = created.store;
    dispose = created.dispose;
    env = { ...storeEnv(created.target), PIAO_LANG: "it" };
    const outcome = await importPlan(store, completePlanDocument());
    planId = outcome.planId;
    const administrationId = outcome.administrationId;
    await createUser(store, {
      username: "piano",
      displayName: "Ufficio",
      role: "planning",
      administrationId,
      unitKey: null,
    });
    await createUser(store, {
      username: "nucleo",
      displayName: "Nucleo",
      role: "evaluator",
      administrationId,
      unitKey: null,
    });
  });
  afterAll(() => dispose());

  it("moves a section and shows it with the history", async () => {
    const moved = await piao(
      "workflow",
      "move",
      "--plan",
      String(planId),
      "--section",
      "2.1",
      "--to",
      "in_validation",
      "--note",
      "Al Segretario",
      "--as",
      "piano",
    );
    expect(moved.stderr).toBe("");
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain(
      `Piano ${planId}, sezione 2.1: da «da compilare» a «in validazione»`,
    );
    const shown = await piao("workflow", "show", "--plan", String(planId));
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/ {2}2\.1 {3}in validazione/);
    expect(shown.stdout).toMatch(/piano: 2\.1 da compilare → in validazione — Al Segretario/);
  });

  it("refuses a send-back without a note and the Nucleo's move, exit code 1, nothing written", async () => {
    const steps = await tableCount(store, "section_workflow_step");
    const noNote = await piao(
      "workflow",
      "move",
      "--plan",
      String(planId),
      "--section",
      "2.1",
      "--to",
      "draft",
      "--as",
      "piano",
    );
    expect(noNote.code).toBe(1);
    expect(noNote.stderr).toContain("scrivi il motivo nella nota");
    const nucleo = await piao(
      "workflow",
      "move",
      "--plan",
      String(planId),
      "--section",
      "2.2",
      "--to",
      "in_validation",
      "--as",
      "nucleo",
    );
    expect(nucleo.code).toBe(1);
    const wrong = await piao(
      "workflow",
      "move",
      "--plan",
      String(planId),
      "--section",
      "2.2",
      "--to",
      "finito",
      "--as",
      "piano",
    );
    expect(wrong.code).toBe(2);
    expect(await tableCount(store, "section_workflow_step")).toBe(steps);
  });

  it("piao check says the complete sample plan is complete", async () => {
    const check = await piao("check", "--plan", String(planId));
    expect(check.code).toBe(0);
    expect(check.stdout.trim().split("\n").at(-1)).toBe("Piano completo");
    const json = await piao("check", "--plan", String(planId), "--format", "json");
    expect(JSON.parse(json.stdout)).toMatchObject({ complete: true, missing: [] });
  });
});
