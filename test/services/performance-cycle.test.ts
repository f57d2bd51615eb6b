import { afterEach, beforeEach, expect, it } from "vitest";
import { listAudit } from "../../src/services/audit.ts";
import { closeCampaign, openCampaign } from "../../src/services/campaigns.ts";
import { addEvidence, MAX_EVIDENCE_BYTES } from "../../src/services/evidence.ts";
import { recordForecast } from "../../src/services/forecasts.ts";
import { recordMeasurement } from "../../src/services/measurements.ts";
import { neutralise } from "../../src/services/neutralisation.ts";
import { campaignPerformance, computePerformance } from "../../src/services/performance.ts";
import { decideReprogramming, requestReprogramming } from "../../src/services/reprogramming.ts";
import { getSettings, updateSettings } from "../../src/services/settings.ts";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";

describeEachEngine("the performance cycle", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let f: CycleFixture;
  beforeEach(async () => {
    ({ store, dispose } = await engine.create());
    f = await seedCycle(store);
  });
  afterEach(async () => dispose());

  const yearEnd = () =>
    openCampaign(store, f.planning, { planId: f.planId, year: 2025, kind: "yearend" });
  const midYear = () =>
    openCampaign(store, f.planning, { planId: f.planId, year: 2025, kind: "midyear" });
  const done = (
    campaignId: number,
    objectiveCode: string,
    indicatorCode: string,
    doneOn: string | null,
  ) => ({
    campaignId,
    objectiveCode,
    indicatorCode,
    value: { kind: "deadline" as const, doneOn },
  });

  it("opens one campaign per year and kind, on the plan's years only", async () => {
    const c = await yearEnd();
    expect(c).toMatchObject({ status: "open", reference_date: "2025-12-31", kind: "yearend" });
    await expect(yearEnd()).rejects.toMatchObject({
      code: "conflict",
      messageCode: "campaign.exists",
    });
    await expect(
      openCampaign(store, f.planning, { planId: f.planId, year: 2028, kind: "midyear" }),
    ).rejects.toMatchObject({ messageCode: "campaign.yearOutsidePlan" });
    await expect(
      openCampaign(store, f.headRisorse, { planId: f.planId, year: 2026, kind: "midyear" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("a head of unit enters figures for their unit and its sub-units only", async () => {
    const c = await yearEnd();
    // 1712 belongs to the Settore, 1609 to Area Risorse.
    await recordMeasurement(store, f.headSettore, done(c.id, "1712", "4119", "2025-11-30"));
    await recordMeasurement(store, f.headSviluppo, done(c.id, "1712", "4119", "2025-12-01"));
    await expect(
      recordMeasurement(store, f.headSettore, done(c.id, "1609", "3826", "2025-01-20")),
    ).rejects.toMatchObject({
      code: "forbidden",
      messageCode: "auth.notYourUnit",
    });
    await expect(
      recordMeasurement(store, f.evaluator, done(c.id, "1609", "3826", "2025-01-20")),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      recordMeasurement(store, f.reader, done(c.id, "1609", "3826", "2025-01-20")),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("refuses a value of the wrong kind and an impossible date", async () => {
    const c = await yearEnd();
    await expect(
      recordMeasurement(store, f.headRisorse, {
        campaignId: c.id,
        objectiveCode: "1609",
        indicatorCode: "3826",
        value: { kind: "number", value: 3 },
      }),
    ).rejects.toMatchObject({ messageCode: "measurement.wrongKind" });
    await expect(
      recordMeasurement(store, f.headRisorse, done(c.id, "1609", "3826", "2025-02-31")),
    ).rejects.toMatchObject({
      messageCode: "measurement.badDate",
    });
  });

  it("a stale write is refused with what changed, and nothing is overwritten", async () => {
    const c = await yearEnd();
    const first = await recordMeasurement(store, f.headRisorse, {
      ...done(c.id, "1609", "3826", "2025-01-20"),
      expectedVersion: 0,
    });
    expect(first.version).toBe(1);
    await recordMeasurement(store, f.planning, {
      ...done(c.id, "1609", "3826", "2025-01-25"),
      expectedVersion: 1,
    });
    const stale = recordMeasurement(store, f.headRisorse, {
      ...done(c.id, "1609", "3826", "2025-01-28"),
      expectedVersion: 1,
    });
    await expect(stale).rejects.toMatchObject({
      code: "conflict",
      params: expect.objectContaining({ by: "ufficio.piano", version: "2", fields: "value" }),
      changes: [
        {
          field: "value",
          expected: { kind: "deadline", doneOn: "2025-01-28" },
          current: { kind: "deadline", doneOn: "2025-01-25" },
        },
      ],
    });
    const report = await computePerformance(store.db, c.id);
    expect(report.objectives[0]?.indicators[0]?.measurement).toEqual({
      kind: "deadline",
      doneOn: "2025-01-25",
    });
  });

  it("a mid-year forecast that is not 'in linea' needs a comment", async () => {
    const mid = await midYear();
    await expect(
      recordForecast(store, f.headRisorse, {
        campaignId: mid.id,
        objectiveCode: "1611",
        forecast: "at_risk",
      }),
    ).rejects.toMatchObject({ messageCode: "forecast.commentRequired" });
    const row = await recordForecast(store, f.headRisorse, {
      campaignId: mid.id,
      objectiveCode: "1611",
      forecast: "at_risk",
      comment: "Ritardo nell'approvazione del DUP per la verifica degli equilibri",
    });
    expect(row.forecast).toBe("at_risk");
    await recordForecast(store, f.headRisorse, {
      campaignId: mid.id,
      objectiveCode: "1609",
      forecast: "on_track",
    });
    const end = await yearEnd();
    await expect(
      recordForecast(store, f.headRisorse, {
        campaignId: end.id,
        objectiveCode: "1609",
        forecast: "on_track",
      }),
    ).rejects.toMatchObject({ messageCode: "forecast.onlyMidyear" });
  });

  it("keeps evidence with its hash and refuses files over the limit", async () => {
    const c = await yearEnd();
    await expect(
      addEvidence(store, f.headRisorse, {
        campaignId: c.id,
        objectiveCode: "1609",
        indicatorCode: "3826",
        fileName: "delibera.pdf",
        mediaType: "application/pdf",
        content: new Uint8Array([1]),
      }),
    ).rejects.toMatchObject({ messageCode: "evidence.noMeasurement" });
    await recordMeasurement(store, f.headRisorse, done(c.id, "1609", "3826", "2025-01-30"));
    const content = new TextEncoder().encode("delibera n. 12 del 30/01/2025");
    const row = await addEvidence(store, f.headRisorse, {
      campaignId: c.id,
      objectiveCode: "1609",
      indicatorCode: "3826",
      fileName: "../delibera.txt",
      mediaType: "text/plain",
      content,
    });
    // sha256 of the text above, computed independently with `sha256sum`.
    expect(row.sha256).toBe("a60ba52c2a9b51df8b7800a999e90f552592346b7bc8a27b4fbd3a467edb60f3");
    expect(row).toMatchObject({ file_name: ".._delibera.txt", size_bytes: content.byteLength });
    await expect(
      addEvidence(store, f.headRisorse, {
        campaignId: c.id,
        objectiveCode: "1609",
        indicatorCode: "3826",
        fileName: "big.bin",
        mediaType: "application/octet-stream",
        content: new Uint8Array(MAX_EVIDENCE_BYTES + 1),
      }),
    ).rejects.toMatchObject({ messageCode: "evidence.tooLarge" });
  });

  it("re-programming: requested by the head, approved by the planning office, original kept beside it", async () => {
    const c = await yearEnd();
    const request = await requestReprogramming(store, f.headSettore, {
      planId: f.planId,
      objectiveCode: "1683",
      indicatorCode: "4078",
      change: "target",
      year: 2025,
      proposed: { kind: "number", value: 2 },
      justification: "Due istituti hanno rinunciato al progetto per carenza di personale",
    });
    expect(request.status).toBe("pending");
    await expect(
      decideReprogramming(store, f.headSettore, { id: request.id, decision: "approved" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      requestReprogramming(store, f.headSettore, {
        planId: f.planId,
        objectiveCode: "1683",
        indicatorCode: "4078",
        change: "target",
        year: 2025,
        proposed: { kind: "number", value: 1 },
        justification: "poco",
      }),
    ).rejects.toMatchObject({ messageCode: "reprogramming.justificationRequired" });
    const before = await computePerformance(store.db, c.id);
    const ind = () =>
      before.objectives.find((o) => o.code === "1683")?.indicators.find((i) => i.code === "4078");
    expect(ind()?.target).toEqual({ kind: "number", value: 3 });
    await decideReprogramming(store, f.planning, { id: request.id, decision: "approved" });
    await recordMeasurement(store, f.headSettore, {
      campaignId: c.id,
      objectiveCode: "1683",
      indicatorCode: "4078",
      value: { kind: "number", value: 2 },
    });
    const after = await computePerformance(store.db, c.id);
    const i4078 = after.objectives
      .find((o) => o.code === "1683")
      ?.indicators.find((i) => i.code === "4078");
    expect(i4078).toMatchObject({
      originalTarget: { kind: "number", value: 3 },
      target: { kind: "number", value: 2 },
      reprogrammed: true,
      result: { state: "scored", score: 100 },
    });
    await expect(
      decideReprogramming(store, f.planning, {
        id: request.id,
        decision: "rejected",
        note: "tardi",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("a closed campaign is read-only and its results stay as they were, whatever changes later", async () => {
    const c = await yearEnd();
    await recordMeasurement(store, f.headRisorse, done(c.id, "1609", "3826", "2025-02-10"));
    await neutralise(store, f.evaluator, {
      campaignId: c.id,
      objectiveCode: "1611",
      reason: "Rinvio dei termini di legge per il DUP",
    });
    await closeCampaign(store, f.planning, c.id);
    const frozen = await campaignPerformance(store.db, c.id);
    expect(frozen.frozen).toBe(true);
    // 10 days late, no tolerance by default: 0.
    expect(frozen.objectives.find((o) => o.code === "1609")?.achievement.score).toBe(0);
    await expect(
      recordMeasurement(store, f.headRisorse, done(c.id, "1609", "3826", "2025-01-10")),
    ).rejects.toMatchObject({
      messageCode: "campaign.closed",
    });
    const { settings, version } = await getSettings(store.db, f.administrationId);
    await updateSettings(
      store,
      f.planning,
      f.administrationId,
      {
        ...settings,
        rules: { ...settings.rules, deadline: { toleranceDays: 30, penaltyPerDay: 1 } },
      },
      version,
    );
    const later = await campaignPerformance(store.db, c.id);
    expect(later).toEqual(frozen);
    // The same records computed afresh with the new rules would differ: the freeze is what keeps them.
    expect(
      (await computePerformance(store.db, c.id)).objectives.find((o) => o.code === "1609")
        ?.achievement.score,
    ).toBe(90);
  });

  it("records every change in the audit trail, append-only", async () => {
    const c = await yearEnd();
    await recordMeasurement(store, f.headRisorse, done(c.id, "1609", "3826", "2025-01-20"));
    await recordMeasurement(store, f.headRisorse, {
      ...done(c.id, "1609", "3826", "2025-01-22"),
      note: "delibera GM 5/2025",
    });
    const trail = await listAudit(store.db, f.administrationId, {
      entity: "measurement",
      entityKey: `${c.id}/1609/3826`,
    });
    expect(trail.map((e) => [e.action, e.actor])).toEqual([
      ["create", "dir.risorse"],
      ["update", "dir.risorse"],
    ]);
    expect(trail[1]?.before).toEqual({
      value: { kind: "deadline", doneOn: "2025-01-20" },
      note: null,
    });
    expect(trail[1]?.after).toEqual({
      value: { kind: "deadline", doneOn: "2025-01-22" },
      note: "delibera GM 5/2025",
    });
    await expect(store.db.updateTable("audit_event").set({ actor: "x" }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(store.db.deleteFrom("audit_event").execute()).rejects.toThrow(/append-only/);
  });
});
