/** `piao report --kind rpct`: the RPCT's yearly report written by the real command. */
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { StoreTarget } from "../../src/config.ts";
import { openCampaign } from "../../src/services/campaigns.ts";
import { recordMeasureStatus } from "../../src/services/measure-monitoring.ts";
import type { Store } from "../../src/store/database.ts";
import { runCli, storeEnv } from "../support/cli.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seedRiskPlan } from "../support/risk-fixture.ts";

describeEachEngine("piao report --kind rpct", (engine) => {
  let store: Store;
  let target: StoreTarget;
  let dispose: () => Promise<void>;
  const out = join(tmpdir(), `rpct-${process.pid}-${engine.name}.txt`);

  beforeAll(async () => {
    ({ store, target, dispose } = await engine.create());
    const f = await seedRiskPlan(store);
    const c = await openCampaign(store, f.planning, {
      planId: f.planId,
      year: 2025,
      kind: "yearend",
    });
    await recordMeasureStatus(store, f.planning, {
      campaignId: c.id,
      measureCode: "MG-01",
      status: "not_implemented",
      reason: "Revisione rinviata al 2026",
    });
  });
  afterAll(async () => {
    rmSync(out, { force: true });
    await dispose();
  });

  it("writes the report with the measures' status and reasons", async () => {
    const run = await runCli(
      ["report", "--kind", "rpct", "--format", "txt", "--out", out],
      storeEnv(target as Parameters<typeof storeEnv>[0]),
    );
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("Relazione annuale del Responsabile della prevenzione della corruzione");
    expect(text).toContain("non attuata");
    expect(text).toContain("Revisione rinviata al 2026");
  });
});
