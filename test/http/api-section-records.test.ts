/**
 * The records of sections 2.1, 2.3 and 3.x through the API: each group read
 * from the current edition with any token of the administration, replaced
 * as a new edition by the planning office's token (audited with the token's
 * name), refused by field with Italian messages and nothing written, 409 on
 * a stale edition; and the group of a published plan, open to all, from the
 * published edition. Every answer is validated against the OpenAPI document.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Actor } from "../../src/domain/authorization.ts";
import type { SectionRecordField, SectionRecords } from "../../src/domain/sections/index.ts";
import { listAudit } from "../../src/services/audit.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { loadPlanDocument } from "../../src/services/plan-edition.ts";
import { publishPlan } from "../../src/services/publication.ts";
import { SECTION_RECORD_GROUPS } from "../../src/services/section-records-editing.ts";
import type { Store } from "../../src/store/database.ts";
import { ApiClient, expectOwnedExercised, expectProblem, makeToken } from "../support/api.ts";
import { completePlanDocument, simplifiedPlanDocument } from "../support/complete-plan.ts";
import { describeEachEngine } from "../support/engines.ts";
import { testApp } from "../support/web.ts";

const SECTIONS: Record<SectionRecordField, string> = {
  publicValue: "2.1",
  procedures: "2.2",
  risk: "2.3",
  organisation: "3.1",
  agileWork: "3.2",
  staffing: "3.3",
};

/** One change per group, as a client would make it. */
const CHANGES: { [G in SectionRecordField]: (records: SectionRecords[G]) => SectionRecords[G] } = {
  publicValue: (r) => ({
    ...r,
    stakeholders: [...r.stakeholders, { key: "scuole", name: "Scuole", category: "enti" }],
  }),
  procedures: (r) => ({
    ...r,
    procedures: r.procedures.map((p, i) => (i === 1 ? { ...p, legalDeadlineDays: 20 } : p)),
  }),
  risk: (r) => ({
    ...r,
    obligations: r.obligations.map((o) => ({ ...o, status: "published" as const })),
  }),
  organisation: (r) => ({ ...r, staffDate: "2025-01-01" }),
  agileWork: (r) => ({
    ...r,
    conditions: [
      ...r.conditions,
      { code: "CA-3", kind: "skills", description: "Corso sugli strumenti", met: true },
    ],
  }),
  staffing: (r) => ({
    ...r,
    training: [
      ...r.training,
      {
        code: "F-99",
        title: "Anticorruzione e trasparenza",
        year: 2026,
        hours: 4,
        mandatorySafety: false,
        participantsFemale: 30,
        participantsMale: 20,
      },
    ],
  }),
};

describeEachEngine("API: section records", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let planId = 0;
  let administrationId = 0;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    const outcome = await importPlan(store, completePlanDocument(), { actor: "prova" });
    planId = outcome.planId;
    administrationId = outcome.administrationId;
    const other = await importPlan(store, simplifiedPlanDocument(), { actor: "prova" });
    tokens.planning = await makeToken(store, administrationId, "gestionale", "planning");
    tokens.reader = await makeToken(store, administrationId, "lettura", "reader");
    tokens.evaluator = await makeToken(store, administrationId, "nucleo", "evaluator");
    tokens.head = await makeToken(
      store,
      administrationId,
      "dirigente",
      "head",
      "Area Amministrativa",
    );
    tokens.other = await makeToken(store, other.administrationId, "altro-ente", "planning");
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  const api = () => new ApiClient(app);
  const url = (group: string, plan = planId) => `/api/v1/plans/${plan}/records/${group}`;
  const current = async () => (await loadPlanDocument(store.db, { planId })).edition.number;
  const stored = async <G extends SectionRecordField>(group: G) =>
    (await loadPlanDocument(store.db, { planId })).document[group];

  it("reads every group of the current edition, with its edition, for any role's token", async () => {
    const edition = await current();
    for (const group of SECTION_RECORD_GROUPS) {
      const res = await api().get(url(group), { token: tokens.reader });
      expect(res.status, res.text).toBe(200);
      expect(res.json).toEqual({
        planId,
        edition,
        section: SECTIONS[group],
        records: completePlanDocument()[group],
      });
    }
    for (const role of ["head", "evaluator", "planning"]) {
      const res = await api().get(url("risk"), { token: tokens[role] });
      expect(res.status, role).toBe(200);
    }
  });

  it("asks for a token, refuses another administration's, and does not know a missing plan", async () => {
    expectProblem(await api().get(url("risk")), 401);
    expectProblem(await api().get(url("risk"), { token: tokens.other }), 403);
    expectProblem(await api().get(url("risk", 9999), { token: tokens.reader }), 404);
    const body = { edition: await current(), records: completePlanDocument().risk };
    expectProblem(await api().put(url("risk"), body, { token: tokens.other }), 403);
    expectProblem(await api().put(url("risk", 9999), body, { token: tokens.planning }), 404);
  });

  it("lets only the planning office's token write: head, Nucleo and reader get 403", async () => {
    const before = await current();
    for (const role of ["head", "evaluator", "reader"]) {
      const body = { edition: before, records: CHANGES.risk(completePlanDocument().risk) };
      expectProblem(await api().put(url("risk"), body, { token: tokens[role] }), 403);
    }
    expect(await current()).toBe(before);
  });

  it("replaces each group as a new edition, audited with the group and the token's name", async () => {
    for (const group of SECTION_RECORD_GROUPS) {
      const before = await current();
      const records = (CHANGES[group] as (r: unknown) => unknown)(await stored(group));
      const res = await api().put(
        url(group),
        { edition: before, records },
        {
          token: tokens.planning,
        },
      );
      expect(res.status, res.text).toBe(200);
      expect(res.json).toEqual({
        planId,
        edition: before + 1,
        status: "updated",
        section: SECTIONS[group],
        records,
      });
      expect(await stored(group)).toEqual(records);
      const entry = (await listAudit(store.db, administrationId, { entity: "section_records" })).at(
        -1,
      );
      expect(entry).toMatchObject({
        entityKey: `${planId}/${group}`,
        actor: "api:gestionale",
        after: { section: SECTIONS[group], edition: before + 1 },
      });
    }
    const audit = await listAudit(store.db, administrationId, { entity: "section_records" });
    expect(audit).toHaveLength(SECTION_RECORD_GROUPS.length);
    expect(audit.find((e) => e.entityKey.endsWith("/publicValue"))).toMatchObject({
      before: { records: { stakeholders: 3 } },
      after: { records: { stakeholders: 4 } },
    });
  });

  it("answers unchanged for the same records, and takes the edition from If-Match", async () => {
    const edition = await current();
    const res = await api().put(
      url("staffing"),
      { records: await stored("staffing") },
      { token: tokens.planning, headers: { "if-match": `"${edition}"` } },
    );
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ edition, status: "unchanged" });
    expect(await current()).toBe(edition);
  });

  it("refuses a stale edition with 409, and a change without an edition by field", async () => {
    const edition = await current();
    const records = CHANGES.organisation(await stored("organisation"));
    const stale = await api().put(
      url("organisation"),
      { edition: edition - 1, records: { ...records, staffDate: "2025-03-01" } },
      { token: tokens.planning },
    );
    expectProblem(stale, 409);
    expect(stale.json.detail).toContain(String(edition));
    const missing = await api().put(url("organisation"), { records }, { token: tokens.planning });
    expectProblem(missing, 400, ["body.edition"]);
    expect(await current()).toBe(edition);
  });

  /** PUTs `records` and expects a 400 naming `field` with a message matching `message`; nothing written. */
  async function refused(
    group: SectionRecordField,
    records: unknown,
    field: string,
    message: RegExp,
  ) {
    const edition = await current();
    const res = await api().put(url(group), { edition, records }, { token: tokens.planning });
    expectProblem(res, 400, [field]);
    const problem = (res.json.errors as { field: string; message: string }[]).find(
      (e) => e.field === field,
    );
    expect(problem?.message).toMatch(message);
    expect(await current()).toBe(edition);
    return res;
  }

  it("refuses a planned hire with a negative cost, naming the field in Italian", async () => {
    const staffing = await stored("staffing");
    const hires = staffing.hires.map((h, i) => (i === 0 ? { ...h, annualCost: -100 } : h));
    await refused(
      "staffing",
      { ...staffing, hires },
      "body.records.hires.0.annualCost",
      /Troppo piccolo|negativ/,
    );
  });

  it("refuses a risk process without a unit, naming the field in Italian", async () => {
    const risk = await stored("risk");
    const processes = risk.processes.map((p, i) => (i === 0 ? { ...p, unitKey: "" } : p));
    await refused("risk", { ...risk, processes }, "body.records.processes.0.unitKey", /caratteri/);
  });

  it("refuses deleting a procedure that a simplification action uses, naming the action", async () => {
    const procedures = await stored("procedures");
    const without = procedures.procedures.filter((p) => p.code !== "PRC-01");
    const res = await refused(
      "procedures",
      { ...procedures, procedures: without },
      "body.records.simplifications.0.procedureCodes.0",
      /l'azione di semplificazione «SEM-1» indica il procedimento «PRC-01»/,
    );
    expect(res.json.detail).toBe(
      "I record non rispettano le regole del piano: nulla è stato scritto",
    );
  });

  it("refuses deleting a public-value objective a 2.3 measure uses, naming the measure's field", async () => {
    const publicValue = await stored("publicValue");
    const objectives = publicValue.objectives.filter((o) => o.code !== "VP2");
    await refused(
      "publicValue",
      { ...publicValue, objectives },
      "risk.measures.0.publicValueCodes.0",
      /«MG-01».*«VP2»/,
    );
  });

  it("refuses a risk rating outside the matrix's scale, naming the field in Italian", async () => {
    const risk = await stored("risk");
    const assessments = risk.assessments.map((a, i) =>
      i === 0
        ? {
            ...a,
            before: {
              ratings: a.before.ratings.map((r, j) => (j === 0 ? { ...r, level: 4 } : r)),
            },
          }
        : a,
    );
    await refused(
      "risk",
      { ...risk, assessments },
      "body.records.assessments.0.before.ratings.0.level",
      /fuori dalla scala/,
    );
  });

  it("shows a published plan's groups to everyone, from the published edition", async () => {
    const planning: Actor = {
      username: "ufficio.piano",
      role: "planning",
      administrationId,
      unitKey: null,
    };
    await publishPlan(store, planning, planId, {
      approvalDate: "2025-01-30",
      approvalAct: "Delibera di Giunta n. 12 del 30/01/2025",
      approvingAuthority: "Giunta comunale",
      documentUrl: null,
      smallAdministration: false,
    });
    const published = await current();
    const publishedUrl = (group: string, period = "2025-2027") =>
      `/api/v1/administrations/${administrationId}/plans/${period}/records/${group}`;
    const before = await stored("agileWork");
    // A later draft stays internal.
    const draft = await api().put(
      url("agileWork"),
      { edition: published, records: { ...before, conditions: [] } },
      { token: tokens.planning },
    );
    expect(draft.status, draft.text).toBe(200);
    for (const group of SECTION_RECORD_GROUPS) {
      const res = await api().get(publishedUrl(group));
      expect(res.status, res.text).toBe(200);
      expect(res.json).toMatchObject({
        administrationId,
        planId,
        period: "2025-2027",
        editionNumber: published,
        section: SECTIONS[group],
      });
      expect(res.text).not.toMatch(/Giulia Neri|Paolo Verdi|Marco Bianchi|Anna Gialli/);
    }
    const agile = await api().get(publishedUrl("agileWork"));
    expect(agile.json.records).toEqual(before);
    const again = await api().get(publishedUrl("agileWork"), {
      headers: { "if-none-match": String(agile.headers.etag) },
    });
    expect(again.status).toBe(304);
    expectProblem(await api().get(publishedUrl("risk", "2031-2033")), 404);
    expectProblem(await api().get(publishedUrl("risk", "due-mila")), 400, ["params.period"]);
  });

  it("exercised every operation it owns", () => {
    expectOwnedExercised("api-section-records");
  });
});
