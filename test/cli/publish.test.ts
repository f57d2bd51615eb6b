/**
 * `piao publish`: the planning office publishes the seed plan with the
 * Portale PIAO metadata, then a closed campaign's results, and withdraws
 * them, through the real command; wrong input changes nothing.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeCampaign, openCampaign } from "../../src/services/campaigns.ts";
import type { Store } from "../../src/store/database.ts";
import { type CliRun, runCli, storeEnv } from "../support/cli.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";

describeEachEngine("piao publish", (engine) => {
  let env: Record<string, string>;
  let store: Store;
  let dispose: () => Promise<void>;
  let seed: CycleFixture;
  let campaignId: number;
  const piao = (...args: string[]): Promise<CliRun> => runCli(args, env);
  const published = () =>
    store.db
      .selectFrom("plan_publication")
      .selectAll()
      .where("plan_id", "=", seed.planId)
      .execute();
  const campaigns = () => store.db.selectFrom("campaign_publication").selectAll().execute();

  beforeAll(async () => {
    const created = await engine.create();
    store = created.store;
    dispose = created.dispose;
    env = { ...storeEnv(created.target), PIAO_LANG: "it" };
    seed = await seedCycle(store);
    campaignId = (
      await openCampaign(store, seed.planning, { planId: seed.planId, year: 2025, kind: "yearend" })
    ).id;
  });
  afterAll(() => dispose());

  const plan = (...extra: string[]) => [
    "publish",
    "plan",
    "--plan",
    String(seed.planId),
    "--act",
    "Atto del Sindaco metropolitano n. 18 del 30/01/2025",
    "--authority",
    "Sindaco metropolitano",
    ...extra,
  ];

  it("refuses wrong metadata, writing nothing", async () => {
    const badDate = await piao(...plan("--date", "2025-01-30", "--as", "ufficio.piano"));
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("gg/mm/aaaa");
    const badUrl = await piao(
      ...plan("--date", "30/01/2025", "--url", "ftp://x", "--as", "ufficio.piano"),
    );
    expect(badUrl.code).toBe(1);
    expect(badUrl.stderr).toContain("documentUrl: indirizzo non valido");
    expect(await published()).toEqual([]);
  });

  it("publishes the plan and tells its public address", async () => {
    const run = await piao(
      ...plan(
        "--date",
        "30/01/2025",
        "--url",
        "https://www.cittametropolitana.bo.it/piao",
        "--small",
        "--as",
        "ufficio.piano",
      ),
    );
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout.trim()).toBe(
      `Piano ${seed.planId} pubblicato (edizione n. 1): /trasparenza/enti/${seed.administrationId}/piao/2025-2027`,
    );
    expect(await published()).toEqual([
      expect.objectContaining({
        approval_date: "2025-01-30",
        approving_authority: "Sindaco metropolitano",
        document_url: "https://www.cittametropolitana.bo.it/piao",
        small_administration: 1,
        published_by: "ufficio.piano",
      }),
    ]);
  });

  it("publishes a campaign's results only once it is closed", async () => {
    const open = await piao("publish", "campaign", String(campaignId), "--as", "ufficio.piano");
    expect(open.code).toBe(1);
    expect(open.stderr).toContain("è ancora aperta");
    await closeCampaign(store, seed.planning, campaignId);
    const run = await piao("publish", "campaign", String(campaignId), "--as", "ufficio.piano");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout.trim()).toBe(`Risultati della campagna ${campaignId} pubblicati`);
    expect(await campaigns()).toHaveLength(1);
  });

  it("withdraws a campaign, then the plan, each with a reason", async () => {
    const both = await piao(
      "publish",
      "withdraw",
      "--plan",
      String(seed.planId),
      "--campaign",
      String(campaignId),
      "--reason",
      "prova",
      "--as",
      "ufficio.piano",
    );
    expect(both.code).toBe(1);
    expect(both.stderr).toContain("--plan oppure la campagna con --campaign");
    const campaign = await piao(
      ...["publish", "withdraw", "--campaign", String(campaignId), "--reason", "Da verificare"],
      ...["--as", "ufficio.piano"],
    );
    expect(campaign).toMatchObject({ code: 0, stderr: "" });
    expect(await campaigns()).toEqual([]);
    const whole = await piao(
      ...["publish", "withdraw", "--plan", String(seed.planId), "--reason", "Atto annullato"],
      ...["--as", "ufficio.piano"],
    );
    expect(whole).toMatchObject({ code: 0, stderr: "" });
    expect(whole.stdout.trim()).toBe(`Piano ${seed.planId} ritirato dalla pubblicazione`);
    expect(await published()).toEqual([]);
  });
});
