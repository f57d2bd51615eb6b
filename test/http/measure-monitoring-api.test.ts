/**
 * The measures of a campaign through the API: listed with their status,
 * written with a token (head scoping, reason, version guard), every answer
 * validated against the OpenAPI document.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openCampaign } from "../../src/services/campaigns.ts";
import type { Store } from "../../src/store/database.ts";
import { ApiClient, expectOwnedExercised, expectProblem, makeToken } from "../support/api.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type RiskFixture, seedRiskPlan } from "../support/risk-fixture.ts";
import { tableCount } from "../support/table-count.ts";
import { testApp } from "../support/web.ts";

describeEachEngine("API: the monitoring of anti-corruption measures", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let api: ApiClient;
  let f: RiskFixture;
  let base = "";
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    f = await seedRiskPlan(store);
    const campaign = await openCampaign(store, f.planning, {
      planId: f.planId,
      year: 2025,
      kind: "yearend",
    });
    base = `/api/v1/campaigns/${campaign.id}/measures`;
    tokens.plan = await makeToken(store, f.administrationId, "rpct", "planning");
    tokens.head = await makeToken(
      store,
      f.administrationId,
      "llpp",
      "head",
      "Area Tecnica - Settore Lavori Pubblici",
    );
    tokens.reader = await makeToken(store, f.administrationId, "lettura", "reader");
    app = await testApp(store, { now: () => new Date("2025-12-20T09:00:00Z") });
    api = new ApiClient(app);
  });
  afterAll(async () => {
    await app.close();
    await dispose();
    expectOwnedExercised("measure-monitoring-api");
  });

  it("writes a status (201, then 200) and lists it beside the measures", async () => {
    const created = await api.call({
      method: "PUT",
      url: `${base}/MS-01`,
      token: tokens.plan,
      body: { status: "partly", reason: "Controlli da ottobre", expectedVersion: 0 },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({ measureCode: "MS-01", status: "partly", version: 1 });
    const updated = await api.call({
      method: "PUT",
      url: `${base}/MS-01`,
      token: tokens.plan,
      body: { status: "implemented", expectedVersion: 1 },
    });
    expect([updated.status, updated.json.version, updated.json.reason]).toEqual([200, 2, null]);
    const list = await api.call({ url: base, token: tokens.reader });
    expect(list.status).toBe(200);
    expect(
      list.json.items.map((i: { code: string; status: { status: string } | null }) => [
        i.code,
        i.status?.status ?? null,
      ]),
    ).toEqual([
      ["MG-01", null],
      ["MS-01", "implemented"],
    ]);
  });

  it("refuses a missing reason by field, a stale version with 409, a head outside their unit with 403", async () => {
    const before = await tableCount(store, "measure_monitoring");
    const noReason = await api.call({
      method: "PUT",
      url: `${base}/MG-01`,
      token: tokens.plan,
      body: { status: "not_implemented", expectedVersion: 0 },
    });
    expectProblem(noReason, 400, ["body.reason"]);
    const stale = await api.call({
      method: "PUT",
      url: `${base}/MS-01`,
      token: tokens.plan,
      body: { status: "partly", reason: "x", expectedVersion: 1 },
    });
    expectProblem(stale, 409);
    const head = await api.call({
      method: "PUT",
      url: `${base}/MS-01`,
      token: tokens.head,
      body: { status: "implemented", expectedVersion: 2 },
    });
    expectProblem(head, 403);
    const reader = await api.call({
      method: "PUT",
      url: `${base}/MG-01`,
      token: tokens.reader,
      body: { status: "implemented", expectedVersion: 0 },
    });
    expectProblem(reader, 403);
    const anonymous = await api.call({ url: base });
    expectProblem(anonymous, 401);
    expect(await tableCount(store, "measure_monitoring")).toBe(before);
  });
});
