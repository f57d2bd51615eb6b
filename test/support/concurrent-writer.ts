/**
 * A writer in its own process, for tests of truly concurrent writes: it opens
 * the store, says it is ready, waits for the go file, then writes once.
 * Prints {"ok": true} or {"conflict": {...}} on stdout.
 */
import { existsSync, writeFileSync } from "node:fs";
import type { StoreTarget } from "../../src/config.ts";
import { AppError } from "../../src/services/errors.ts";
import { recordMeasurement } from "../../src/services/measurements.ts";
import { findActor } from "../../src/services/users.ts";
import { openStore } from "../../src/store/database.ts";

interface Job {
  target: StoreTarget;
  username: string;
  campaignId: number;
  objectiveCode: string;
  indicatorCode: string;
  doneOn: string;
  expectedVersion: number;
  readyFile: string;
  goFile: string;
}

const job = JSON.parse(process.argv[2] ?? "{}") as Job;
const store = await openStore(job.target);
const actor = await findActor(store.db, job.username);
writeFileSync(job.readyFile, "ready");
while (!existsSync(job.goFile)) await new Promise((r) => setTimeout(r, 2));
try {
  await recordMeasurement(store, actor, {
    campaignId: job.campaignId,
    objectiveCode: job.objectiveCode,
    indicatorCode: job.indicatorCode,
    value: { kind: "deadline", doneOn: job.doneOn },
    expectedVersion: job.expectedVersion,
  });
  process.stdout.write(JSON.stringify({ ok: true }));
} catch (error) {
  if (error instanceof AppError && error.code === "conflict") {
    process.stdout.write(
      JSON.stringify({ conflict: { params: error.params, changes: error.changes } }),
    );
  } else {
    process.stdout.write(JSON.stringify({ error: String(error) }));
  }
} finally {
  await store.close();
}
