/**
 * Publishing: the metadata the Portale PIAO records are checked field by
 * field; the public sees the published edition, not later drafts; a
 * campaign's results only once closed and published; every change makes a
 * new publication generation, so kept public answers are rebuilt.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { closeCampaign, openCampaign } from "../../src/services/campaigns.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { publicationGeneration } from "../../src/services/public/generation.ts";
import {
  listPublishedAdministrations,
  publishedPlan,
  publishedPlanByPeriod,
} from "../../src/services/public/read.ts";
import {
  publishCampaign,
  publishPlan,
  withdrawCampaign,
  withdrawPlan,
} from "../../src/services/publication.ts";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { SEED_PUBLICATION } from "../support/publication.ts";
import { refusal } from "../support/refusal.ts";
import { seedText } from "../support/seed-expected.ts";

describeEachEngine("publication", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let seed: CycleFixture;

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    seed = await seedCycle(store);
  });
  afterAll(() => dispose());

  it("nothing is public before publication", async () => {
    expect(await publishedPlan(store.db, seed.planId)).toBeUndefined();
    expect((await listPublishedAdministrations(store.db)).total).toBe(0);
  });

  it("refuses bad metadata with one message per field, writing nothing", async () => {
    const error = await refusal(
      publishPlan(store, seed.planning, seed.planId, {
        approvalDate: "2025-02-30",
        approvalAct: "",
        approvingAuthority: "Sindaco metropolitano",
        documentUrl: "ftp://x",
        smallAdministration: false,
      }),
    );
    expect(error.code).toBe("invalid_input");
    expect(error.diagnostics.map((d) => d.field).sort()).toEqual([
      "approvalAct",
      "approvalDate",
      "documentUrl",
    ]);
    expect(await publishedPlan(store.db, seed.planId)).toBeUndefined();
  });

  it("only the planning office and administrators publish", async () => {
    const error = await refusal(publishPlan(store, seed.evaluator, seed.planId, SEED_PUBLICATION));
    expect(error.code).toBe("forbidden");
  });

  it("publishes the current edition with the portal's metadata, without people", async () => {
    const before = await publicationGeneration(store.db);
    await publishPlan(store, seed.planning, seed.planId, SEED_PUBLICATION);
    const after = await publicationGeneration(store.db);
    expect(after.value).toBeGreaterThan(before.value);
    const plan = await publishedPlanByPeriod(store.db, seed.administrationId, "2025-2027");
    expect(plan?.meta).toMatchObject({
      period: "2025-2027",
      editionNumber: 1,
      approvalAct: SEED_PUBLICATION.approvalAct,
      approvingAuthority: "Sindaco metropolitano",
      smallAdministration: false,
    });
    expect(plan?.document.objectives.length).toBeGreaterThan(10);
    expect(plan?.document.units.every((u) => u.head === null)).toBe(true);
    const list = await listPublishedAdministrations(store.db, { q: "bologna" });
    expect(list.items.map((a) => a.id)).toEqual([seed.administrationId]);
  });

  it("a later edition stays internal until it is published again", async () => {
    const text = seedText().replace(
      "Obiettivo Performance 1609 PIANO INTEGRATO",
      "Obiettivo Performance 1609 BOZZA-NON-PUBBLICA PIANO INTEGRATO",
    );
    expect(text).toContain("BOZZA-NON-PUBBLICA");
    const read = readPiaoText(text);
    if (!read.document) throw new Error("altered seed did not read");
    const outcome = await importPlan(store, read.document);
    expect(outcome.editionNumber).toBe(2);
    const plan = await publishedPlan(store.db, seed.planId);
    expect(plan?.meta.editionNumber).toBe(1);
    expect(JSON.stringify(plan?.document)).not.toContain("BOZZA-NON-PUBBLICA");
    await publishPlan(store, seed.planning, seed.planId, SEED_PUBLICATION);
    const again = await publishedPlan(store.db, seed.planId);
    expect(again?.meta.editionNumber).toBe(2);
    expect(JSON.stringify(again?.document)).toContain("BOZZA-NON-PUBBLICA");
  });

  it("a campaign's results are public once it is closed and published, without notes", async () => {
    const campaign = await openCampaign(store, seed.planning, {
      planId: seed.planId,
      year: 2025,
      kind: "midyear",
    });
    const open = await refusal(publishCampaign(store, seed.planning, campaign.id));
    expect(open.messageCode).toBe("publication.campaignOpen");
    await closeCampaign(store, seed.planning, campaign.id);
    await publishCampaign(store, seed.planning, campaign.id);
    const plan = await publishedPlan(store.db, seed.planId);
    expect(plan?.campaigns.map((c) => c.id)).toEqual([campaign.id]);
    const notes = plan?.campaigns[0]?.report.objectives.flatMap((o) =>
      o.indicators.map((i) => i.note),
    );
    expect(notes?.every((n) => n === null)).toBe(true);
    await withdrawCampaign(store, seed.planning, campaign.id, "dati da rettificare");
    expect((await publishedPlan(store.db, seed.planId))?.campaigns).toEqual([]);
  });

  it("withdrawing the plan takes it off the public pages", async () => {
    const error = await refusal(withdrawPlan(store, seed.planning, seed.planId, ""));
    expect(error.messageCode).toBe("publication.reasonRequired");
    await withdrawPlan(store, seed.planning, seed.planId, "atto annullato");
    expect(await publishedPlan(store.db, seed.planId)).toBeUndefined();
    expect((await listPublishedAdministrations(store.db)).total).toBe(0);
  });
});
