/**
 * The done test of the sections beyond 2.2: a complete PIAO for a
 * fictitious administration (Comune di Valle Serena, 180 employees) built
 * through the API — the plan from a bundle with section 1 and the 2.2
 * objectives only, then every group of records one after the other, each
 * answer valid against the OpenAPI document — which `piao check` reports
 * complete and whose PIAO document has every section of the schema tipo;
 * and the simplified PIAO of a small one (Comune di Borgo Quieto, 32
 * employees) built with the CLI, which passes its own check.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runCheck } from "../../src/cli/commands/check.ts";
import { runImport } from "../../src/cli/commands/import.ts";
import { registerRecords } from "../../src/cli/commands/records.ts";
import type { StoreTarget } from "../../src/config.ts";
import { renderBundle } from "../../src/documents/bundle.ts";
import { composePiao } from "../../src/documents/compose/piao.ts";
import { renderText } from "../../src/documents/render/text.ts";
import { type CheckReport, checkPlan } from "../../src/domain/check.ts";
import type { PlanDocument } from "../../src/domain/plan.ts";
import { SCHEMA_TIPO } from "../../src/domain/schema-tipo.ts";
import { emptySectionRecords, type SectionRecordField } from "../../src/domain/sections/index.ts";
import { loadPlanDocument } from "../../src/services/plan-edition.ts";
import { SECTION_RECORD_GROUPS } from "../../src/services/section-records-editing.ts";
import type { Store } from "../../src/store/database.ts";
import { insertAdministration } from "../../src/store/repositories/administration.repository.ts";
import { ApiClient, makeToken } from "../support/api.ts";
import { capture, runCommands, useStore } from "../support/cli-in-process.ts";
import { completePlanDocument, simplifiedPlanDocument } from "../support/complete-plan.ts";
import { describeEachEngine } from "../support/engines.ts";
import { testApp } from "../support/web.ts";

/** The plan's bundle with section 1, the units and the 2.2 objectives, and no section records. */
function coreBundle(doc: PlanDocument): Record<string, unknown> {
  const bundle = JSON.parse(renderBundle(doc)) as Record<string, unknown>;
  for (const group of SECTION_RECORD_GROUPS) delete bundle[group];
  return bundle;
}

/** `piao check --format json` on the store, run in this process. */
async function checkThroughCli(planId: number): Promise<CheckReport> {
  const run = await capture((ctx) => runCheck(ctx, { planId, format: "json" }));
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as CheckReport;
}

const statusOf = (items: CheckReport["sections"]) =>
  Object.fromEntries(items.map((s) => [s.id, s.status]));

/** The heading the PIAO document gives a schema-tipo section. */
const heading = (code: string, title: string) =>
  code.includes(".") ? `${code} ${title.toUpperCase()}` : `SEZIONE ${code}: ${title.toUpperCase()}`;

const headingLine = (code: string, title: string) =>
  new RegExp(`^${heading(code, title).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m");

async function piaoText(store: Store, planId: number): Promise<string> {
  const { document } = await loadPlanDocument(store.db, { planId });
  return renderText(composePiao(document, checkPlan(document)));
}

describeEachEngine("a complete PIAO built through the API and the CLI", (engine) => {
  let store: Store;
  let target: StoreTarget;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let planId = 0;
  const dir = mkdtempSync(join(tmpdir(), "piao-e2e-"));

  beforeAll(async () => {
    ({ store, target, dispose } = await engine.create());
    useStore(target);
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  it("builds every section of Comune di Valle Serena through the API, one group after the other", async () => {
    const doc = completePlanDocument();
    // The administration is registered (as the system administrator does) and given a token.
    const administrationId = await insertAdministration(
      store.db,
      doc.administration,
      new Date().toISOString(),
    );
    const token = await makeToken(store, administrationId, "gestionale-piao", "planning");
    const api = new ApiClient(app);
    const created = await api.post("/api/v1/plans", coreBundle(doc), { token });
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({ status: "created", administrationId, edition: 1 });
    planId = created.json.planId;
    let edition = 1;
    for (const group of SECTION_RECORD_GROUPS) {
      const url = `/api/v1/plans/${planId}/records/${group}`;
      const before = await api.get(url, { token });
      expect(before.status, before.text).toBe(200);
      expect(before.json.records).toEqual(emptySectionRecords()[group]);
      expect(before.json.edition).toBe(edition);
      const put = await api.put(url, { edition, records: doc[group] }, { token });
      expect(put.status, `${group}: ${put.text}`).toBe(200);
      expect(put.json).toMatchObject({ status: "updated", edition: edition + 1 });
      edition += 1;
    }
    const stored = await loadPlanDocument(store.db, { planId });
    expect(stored.edition.number).toBe(1 + SECTION_RECORD_GROUPS.length);
    expect(stored.document).toEqual(doc);
  });

  it("is complete for piao check: every section of the schema tipo and letters a–g", async () => {
    const report = await checkThroughCli(planId);
    expect(report.simplified).toBe(false);
    expect(report.complete).toBe(true);
    expect(report.missing).toEqual([]);
    expect(statusOf(report.sections)).toEqual(
      Object.fromEntries(SCHEMA_TIPO.map((s) => [s.code, "present"])),
    );
    expect(statusOf(report.lawContents)).toEqual(
      Object.fromEntries(["a", "b", "c", "d", "e", "f", "g"].map((l) => [l, "present"])),
    );
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
    const text = await capture((ctx) => runCheck(ctx, { planId, format: "text" }));
    expect(text.stdout).not.toContain("[MANCANTE]");
  });

  it("has every section of the schema tipo in its PIAO document", async () => {
    const text = await piaoText(store, planId);
    for (const s of SCHEMA_TIPO) {
      expect(text, s.code).toMatch(headingLine(s.code, s.title));
    }
    expect(text).not.toContain("Sezione non presente");
  });

  it("shows at least one record of each group in its PIAO document", async () => {
    const text = await piaoText(store, planId);
    const doc = completePlanDocument();
    const oneOfEach: Record<SectionRecordField, string> = {
      publicValue: doc.publicValue.objectives[0]?.title ?? "",
      procedures: doc.procedures.procedures[0]?.title ?? "",
      risk: doc.risk.processes[0]?.title ?? "",
      organisation: String(doc.organisation.staff.at(-1)?.headcount ?? ""),
      agileWork: doc.agileWork.conditions[0]?.description ?? "",
      staffing: doc.staffing.hires[0]?.profile ?? "",
    };
    for (const [group, record] of Object.entries(oneOfEach)) {
      expect(record, group).not.toBe("");
      expect(text, group).toContain(record);
    }
  });

  it("builds the simplified PIAO of Comune di Borgo Quieto with the CLI, which passes its own check", async () => {
    const doc = simplifiedPlanDocument();
    const bundle = join(dir, `${engine.name}-borgo-quieto.json`);
    writeFileSync(bundle, JSON.stringify(coreBundle(doc)));
    const imported = await capture((ctx) => runImport(ctx, bundle, { as: "ufficio.piano" }));
    expect(imported.code, imported.stderr).toBe(0);
    const id = Number(/piano (\d+), edizione 1/.exec(imported.stdout)?.[1]);
    expect(id).toBeGreaterThan(planId);
    const filled = SECTION_RECORD_GROUPS.filter(
      (g) => JSON.stringify(doc[g]) !== JSON.stringify(emptySectionRecords()[g]),
    );
    expect(filled).toEqual(["risk", "organisation", "agileWork", "staffing"]);
    for (const group of filled) {
      const file = join(dir, `${engine.name}-${group}.json`);
      writeFileSync(file, JSON.stringify(doc[group]));
      const run = await runCommands(registerRecords, [
        "records",
        "set",
        group,
        file,
        "--plan",
        String(id),
      ]);
      expect(run.code, `${group}: ${run.stderr}`).toBe(0);
    }
    expect((await loadPlanDocument(store.db, { planId: id })).document).toEqual(doc);

    const report = await checkThroughCli(id);
    expect(report.simplified).toBe(true);
    expect(report.complete).toBe(true);
    expect(report.missing).toEqual([]);
    const required = report.sections.filter((s) => s.required).map((s) => s.id);
    expect(required).toEqual(["1", "2.3", "3.1", "3.2", "3.3"]);
    for (const s of report.sections.filter((x) => x.required))
      expect(s.status, s.id).toBe("present");
    expect(report.lawContents.every((l) => !l.required)).toBe(true);
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);

    const text = await piaoText(store, id);
    for (const s of SCHEMA_TIPO.filter((x) => x.requiredWhenSimplified)) {
      expect(text, s.code).toMatch(headingLine(s.code, s.title));
    }
    expect(text).not.toContain("Sezione non presente nel piano");
  });
});
