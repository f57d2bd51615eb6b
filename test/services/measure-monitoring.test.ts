import { afterEach, beforeEach, expect, it } from "vitest";
import { translate } from "../../src/i18n/index.ts";
import { listAudit } from "../../src/services/audit.ts";
import { closeCampaign, openCampaign } from "../../src/services/campaigns.ts";
import {
  campaignMeasures,
  measureStatuses,
  recordMeasureStatus,
} from "../../src/services/measure-monitoring.ts";
import type { Store } from "../../src/store/database.ts";
import { describeEachEngine } from "../support/engines.ts";
import { refusal } from "../support/refusal.ts";
import { type RiskFixture, seedRiskPlan } from "../support/risk-fixture.ts";
import { tableCount } from "../support/table-count.ts";

describeEachEngine("the monitoring of anti-corruption measures in a campaign", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let f: RiskFixture;
  let campaignId: number;
  const now = new Date("2025-12-20T10:00:00Z");

  beforeEach(async () => {
    ({ store, dispose } = await engine.create());
    f = await seedRiskPlan(store);
    const campaign = await openCampaign(store, f.planning, {
      planId: f.planId,
      year: 2025,
      kind: "yearend",
    });
    campaignId = campaign.id;
  });
  afterEach(async () => dispose());

  it("the planning office records a status with who and when, and the audit trail keeps it", async () => {
    const saved = await recordMeasureStatus(
      store,
      f.planning,
      { campaignId, measureCode: "MS-01", status: "partly", reason: "Controlli avviati a ottobre" },
      now,
    );
    expect(saved).toEqual({
      measureCode: "MS-01",
      status: "partly",
      reason: "Controlli avviati a ottobre",
      enteredBy: "ufficio.piano",
      enteredAt: "2025-12-20T10:00:00.000Z",
      version: 1,
    });
    const next = await recordMeasureStatus(
      store,
      f.planning,
      { campaignId, measureCode: "MS-01", status: "implemented", expectedVersion: 1 },
      now,
    );
    expect([next.status, next.reason, next.version]).toEqual(["implemented", null, 2]);
    const audit = await listAudit(store.db, f.administrationId, { entity: "measure" });
    expect(audit.map((a) => [a.entityKey, a.action, a.before, a.after])).toEqual([
      [
        `${campaignId}/MS-01`,
        "create",
        null,
        { status: "partly", reason: "Controlli avviati a ottobre" },
      ],
      [
        `${campaignId}/MS-01`,
        "update",
        { status: "partly", reason: "Controlli avviati a ottobre" },
        { status: "implemented", reason: null },
      ],
    ]);
    const { lines } = await campaignMeasures(store.db, campaignId);
    expect(lines.map((l) => [l.measure.code, l.status?.status ?? null])).toEqual([
      ["MG-01", null],
      ["MS-01", "implemented"],
    ]);
  });

  it("a head of unit records the measures of their unit and below, and no other", async () => {
    // MG-01 belongs to the Settore Personale, below the Area Amministrativa
    const own = await recordMeasureStatus(
      store,
      f.headAmm,
      { campaignId, measureCode: "MG-01", status: "implemented" },
      now,
    );
    expect(own.enteredBy).toBe("dir.amm");
    // MS-01 belongs to Area Tecnica: the head of a Settore below it may not record it
    const error = await refusal(
      recordMeasureStatus(store, f.headLlpp, {
        campaignId,
        measureCode: "MS-01",
        status: "implemented",
      }),
    );
    expect([error.code, error.messageCode]).toEqual(["forbidden", "measure.notYourUnit"]);
    const readerError = await refusal(
      recordMeasureStatus(store, f.reader, { campaignId, measureCode: "MG-01", status: "partly" }),
    );
    expect(readerError.code).toBe("forbidden");
    expect(await tableCount(store, "measure_monitoring")).toBe(1);
  });

  it("partly or not implemented without a reason is refused, naming the field, and nothing is written", async () => {
    const error = await refusal(
      recordMeasureStatus(store, f.planning, {
        campaignId,
        measureCode: "MG-01",
        status: "not_implemented",
        reason: "   ",
      }),
    );
    expect(error.code).toBe("invalid_input");
    expect(error.diagnostics.map((d) => d.field)).toEqual(["reason"]);
    expect(translate(error.messageCode, error.params, "it")).toBe(
      "Indica il motivo per cui la misura MG-01 è non attuata",
    );
    expect(await tableCount(store, "measure_monitoring")).toBe(0);
    expect(await listAudit(store.db, f.administrationId, { entity: "measure" })).toEqual([]);
  });

  it("a stale version is refused as a conflict naming who changed it, and keeps their status", async () => {
    await recordMeasureStatus(
      store,
      f.headAmm,
      {
        campaignId,
        measureCode: "MG-01",
        status: "partly",
        reason: "In corso",
        expectedVersion: 0,
      },
      now,
    );
    const error = await refusal(
      recordMeasureStatus(store, f.planning, {
        campaignId,
        measureCode: "MG-01",
        status: "implemented",
        expectedVersion: 0,
      }),
    );
    expect([error.code, error.messageCode]).toEqual(["conflict", "conflict.stale.measure"]);
    expect(error.params.by).toBe("dir.amm");
    expect(error.changes.map((c) => c.field).sort()).toEqual(["reason", "status"]);
    const statuses = await measureStatuses(store.db, campaignId);
    expect(statuses.get("MG-01")?.status).toBe("partly");
  });

  it("a closed campaign refuses, and so does a measure not in the plan", async () => {
    const unknown = await refusal(
      recordMeasureStatus(store, f.planning, {
        campaignId,
        measureCode: "MX-99",
        status: "implemented",
      }),
    );
    expect([unknown.code, unknown.messageCode]).toEqual(["not_found", "measure.notFound"]);
    await closeCampaign(store, f.planning, campaignId);
    const closed = await refusal(
      recordMeasureStatus(store, f.planning, {
        campaignId,
        measureCode: "MG-01",
        status: "implemented",
      }),
    );
    expect([closed.code, closed.messageCode]).toEqual(["conflict", "campaign.closed"]);
    expect(await tableCount(store, "measure_monitoring")).toBe(0);
  });
});
