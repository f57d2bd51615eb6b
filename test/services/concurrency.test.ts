/** Two writers in two processes change the same measurement from the same version: one wins, one is told. */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { StoreTarget } from "../../src/config.ts";
import { openCampaign } from "../../src/services/campaigns.ts";
import { recordMeasurement } from "../../src/services/measurements.ts";
import { computePerformance } from "../../src/services/performance.ts";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";

const WRITER = fileURLToPath(new URL("../support/concurrent-writer.ts", import.meta.url));

interface Outcome {
  ok?: true;
  conflict?: { params: Record<string, string>; changes: { field: string; current: unknown }[] };
  error?: string;
}

function startWriter(job: object): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", WRITER, JSON.stringify(job)],
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as Outcome);
      },
    );
  });
}

async function waitFor(files: string[]): Promise<void> {
  while (!files.every((f) => existsSync(f))) await new Promise((r) => setTimeout(r, 10));
}

describeEachEngine("concurrent writers", (engine) => {
  let store: Store;
  let target: StoreTarget;
  let dispose: () => Promise<void>;
  let f: CycleFixture;
  beforeEach(async () => {
    ({ store, target, dispose } = await engine.create());
    f = await seedCycle(store);
  });
  afterEach(async () => dispose());

  async function race(campaignId: number, expectedVersion: number): Promise<Outcome[]> {
    const dir = mkdtempSync(join(tmpdir(), "piao-race-"));
    const goFile = join(dir, "go");
    const jobs = ["2025-01-20", "2025-01-27"].map((doneOn, i) => ({
      target,
      username: i === 0 ? "dir.risorse" : "ufficio.piano",
      campaignId,
      objectiveCode: "1609",
      indicatorCode: "3826",
      doneOn,
      expectedVersion,
      readyFile: join(dir, `ready-${i}`),
      goFile,
    }));
    const running = jobs.map(startWriter);
    await waitFor(jobs.map((j) => j.readyFile));
    writeFileSync(goFile, "go");
    return Promise.all(running);
  }

  for (const [label, startVersion] of [
    ["updating the same measurement", 1],
    ["creating the same measurement", 0],
  ] as const) {
    it(`${label}: exactly one wins, the other gets a conflict naming the change`, async () => {
      const c = await openCampaign(store, f.planning, {
        planId: f.planId,
        year: 2025,
        kind: "yearend",
      });
      if (startVersion === 1) {
        await recordMeasurement(store, f.planning, {
          campaignId: c.id,
          objectiveCode: "1609",
          indicatorCode: "3826",
          value: { kind: "deadline", doneOn: "2025-01-10" },
        });
      }
      const outcomes = await race(c.id, startVersion);
      expect(outcomes.filter((o) => o.error)).toEqual([]);
      const winners = outcomes.filter((o) => o.ok);
      const losers = outcomes.filter((o) => o.conflict);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      const winner = outcomes.indexOf(winners[0] as Outcome);
      const winningDate = winner === 0 ? "2025-01-20" : "2025-01-27";
      expect(losers[0]?.conflict?.changes[0]).toMatchObject({
        field: "value",
        current: { kind: "deadline", doneOn: winningDate },
      });
      const report = await computePerformance(store.db, c.id);
      expect(report.objectives[0]?.indicators[0]?.measurement).toEqual({
        kind: "deadline",
        doneOn: winningDate,
      });
      const row = await store.db
        .selectFrom("measurement")
        .select("version")
        .executeTakeFirstOrThrow();
      expect(row.version).toBe(startVersion + 1);
    });
  }
});
