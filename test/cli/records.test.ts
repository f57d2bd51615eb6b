/**
 * `piao records show|set`: a group of section records shown as text or as
 * the JSON `set` reads back; replaced from a file as a new edition; refused
 * with every problem by field in Italian, exit 1 and nothing written. Run in
 * the test process, and once through the real command to show it is wired.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { registerRecords } from "../../src/cli/commands/records.ts";
import type { StoreTarget } from "../../src/config.ts";
import { listAudit } from "../../src/services/audit.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { loadPlanDocument } from "../../src/services/plan-edition.ts";
import { createUser } from "../../src/services/users.ts";
import type { Store } from "../../src/store/database.ts";
import { spawnCli, storeEnv } from "../support/cli.ts";
import { runCommands, useStore } from "../support/cli-in-process.ts";
import { completePlanDocument } from "../support/complete-plan.ts";
import { describeEachEngine } from "../support/engines.ts";

describeEachEngine("piao records", (engine) => {
  let store: Store;
  let target: StoreTarget;
  let dispose: () => Promise<void>;
  let planId = 0;
  let administrationId = 0;
  const dir = mkdtempSync(join(tmpdir(), "piao-records-"));

  beforeAll(async () => {
    ({ store, target, dispose } = await engine.create());
    const outcome = await importPlan(store, completePlanDocument(), { actor: "prova" });
    planId = outcome.planId;
    administrationId = outcome.administrationId;
    for (const [username, role] of [
      ["ufficio.piano", "planning"],
      ["lettore", "reader"],
    ] as const) {
      await createUser(store, { username, displayName: username, role, administrationId });
    }
    useStore(target);
  });
  afterAll(async () => dispose());

  const piao = (...args: string[]) => runCommands(registerRecords, ["records", ...args]);
  const current = async () => (await loadPlanDocument(store.db, { planId })).edition.number;
  const file = (name: string, content: unknown) => {
    const path = join(dir, `${engine.name}-${name}`);
    writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
    return path;
  };

  it("shows a group as the JSON it reads back, and as text with every record", async () => {
    const json = await piao("show", "risk", "--plan", String(planId), "--format", "json");
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(completePlanDocument().risk);
    const text = await piao("show", "staffing", "--plan", String(planId));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      `Fabbisogni di personale e formazione (3.3) — piano ${planId}, edizione 1`,
    );
    expect(text.stdout).toContain("hires: 3 record");
    expect(text.stdout).toContain("H-2025-1 · 2025 · Istruttore direttivo tecnico · officials");
  });

  it("replaces a group from a file as a new edition, audited with who did it", async () => {
    const agileWork = completePlanDocument().agileWork;
    agileWork.conditions[1] = {
      code: "CA-2",
      kind: "organisational",
      description: "Regolamento approvato",
      met: true,
    };
    const path = file("agile.json", agileWork);
    const run = await piao(
      "set",
      "agileWork",
      path,
      "--plan",
      String(planId),
      "--as",
      "ufficio.piano",
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      `Salvato: Organizzazione del lavoro agile (3.2), piano ${planId}, nuova edizione 2`,
    );
    expect((await loadPlanDocument(store.db, { planId })).document.agileWork).toEqual(agileWork);
    const audit = await listAudit(store.db, administrationId, { entity: "section_records" });
    expect(audit.at(-1)).toMatchObject({
      actor: "ufficio.piano",
      entityKey: `${planId}/agileWork`,
    });
    const again = await piao("set", "agileWork", path, "--plan", String(planId));
    expect(again.stdout).toContain("Nessuna modifica");
    expect(await current()).toBe(2);
  });

  it("refuses a file that is not JSON, or not there, with exit 1 and nothing written", async () => {
    const edition = await current();
    const broken = await piao(
      "set",
      "risk",
      file("broken.json", "{ non è json"),
      "--plan",
      String(planId),
    );
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("Il file non è un JSON valido");
    expect(broken.stderr).toContain("Un errore: non è stato scritto nulla nel database");
    const missing = await piao("set", "risk", join(dir, "manca.json"), "--plan", String(planId));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Impossibile leggere il file .*manca\.json/);
    expect(await current()).toBe(edition);
  });

  it("lists every problem of the schema by field, in Italian", async () => {
    const edition = await current();
    const staffing = completePlanDocument().staffing;
    const hires = staffing.hires.map((h, i) => (i === 0 ? { ...h, annualCost: -100 } : h));
    const training = staffing.training.map((t) => ({ ...t, title: "" }));
    const run = await piao(
      "set",
      "staffing",
      file("staffing.json", { ...staffing, hires, training }),
      "--plan",
      String(planId),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /ERRORE campo staffing\.hires\[0\]\.annualCost: Valore non valido: Troppo piccolo/,
    );
    expect(run.stderr).toContain("campo staffing.training[1].title");
    const errors = 1 + training.length;
    expect(run.stderr).toContain(`${errors} errori: non è stato scritto nulla nel database`);
    expect(await current()).toBe(edition);
  });

  it("refuses deleting a procedure a simplification action uses, naming the action", async () => {
    const edition = await current();
    const procedures = completePlanDocument().procedures;
    const run = await piao(
      "set",
      "procedures",
      file("procedures.json", {
        ...procedures,
        procedures: procedures.procedures.filter((p) => p.code !== "PRC-01"),
      }),
      "--plan",
      String(planId),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "campo procedures.simplifications[0].procedureCodes[0]: l'azione di semplificazione «SEM-1» indica il procedimento «PRC-01»",
    );
    expect(await current()).toBe(edition);
  });

  it("refuses a user who may not edit the plan, and a group that does not exist", async () => {
    const edition = await current();
    const path = file("risk.json", completePlanDocument().risk);
    const reader = await piao("set", "risk", path, "--plan", String(planId), "--as", "lettore");
    expect(reader.code).toBe(1);
    expect(reader.stderr).toContain("Operazione non consentita al tuo ruolo");
    const unknown = await piao("show", "valore", "--plan", String(planId));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("publicValue");
    expect(await current()).toBe(edition);
  });

  it("is a command of the real piao", async () => {
    const run = await spawnCli(
      ["records", "show", "organisation", "--plan", String(planId), "--format", "json"],
      { ...storeEnv(target), PIAO_LANG: "it" },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(completePlanDocument().organisation);
  });
});
