/** `/scadenze` standing at 21 July 2025 of the seed plan. */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openCampaign } from "../../src/services/campaigns.ts";
import { recordMeasurement } from "../../src/services/measurements.ts";
import type { Store } from "../../src/store/database.ts";
import { seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { givePasswords, pageText, signedIn, testApp } from "../support/web.ts";

/** The text of the section whose heading has this id. */
function section(body: string, id: string): string {
  const match = new RegExp(`<section aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(body);
  return pageText(match?.[0] ?? "");
}

describeEachEngine("the deadlines page", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    const f = await seedCycle(store);
    await givePasswords(store);
    const campaign = await openCampaign(store, f.planning, {
      planId: f.planId,
      year: 2025,
      kind: "midyear",
    });
    await recordMeasurement(store, f.planning, {
      campaignId: campaign.id,
      objectiveCode: "1611",
      indicatorCode: "3830",
      value: { kind: "deadline", doneOn: "2025-05-03" },
    });
    app = await testApp(store, { now: () => new Date("2025-07-21T09:00:00Z") });
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  it("lists a deadline due in 10 days as due soon, a passed one as overdue, a late one as met", async () => {
    const page = await (await signedIn(app, "dir.risorse")).get("/scadenze");
    expect(page.statusCode).toBe(200);
    // 3833 APPROVAZIONE DUP due 31/07/2025; 3826 APPROVAZIONE PIAO due 31/01/2025, not recorded.
    expect(section(page.body, "in-scadenza")).toContain("3833 APPROVAZIONE DUP 2025-2027");
    expect(section(page.body, "in-scadenza")).toContain("31/07/2025 10 giorni");
    expect(section(page.body, "in-ritardo")).toMatch(/3826 .* 31\/01\/2025 171 giorni di ritardo/);
    expect(section(page.body, "in-scadenza")).not.toContain("3826");
    expect(section(page.body, "rispettate")).toContain(
      "30/04/2025 03/05/2025: 3 giorni di ritardo",
    );
  });

  it("shows a head the deadlines of their unit by default, and all of them on request", async () => {
    const head = await signedIn(app, "dir.istruzione");
    const mine = await head.get("/scadenze");
    expect(pageText(mine.body)).toContain("Sono mostrate le scadenze di");
    expect(mine.body).not.toContain("3833 APPROVAZIONE DUP");
    const all = await head.get("/scadenze?tutte=1");
    expect(section(all.body, "in-scadenza")).toContain("3833 APPROVAZIONE DUP");
  });
});
