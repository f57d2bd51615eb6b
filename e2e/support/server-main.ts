/**
 * The real web application in a process of its own, for the browser tests and
 * the web benchmark: a fresh SQLite file in a temporary directory, the seed
 * plan imported, the demonstration people (one per role) with the tests'
 * password, listening on 127.0.0.1 on a free port; with PIAO_E2E_CAMPAIGNS
 * (e.g. `yearend-2025,midyear-2025`) the planning office has opened those
 * monitoring campaigns, in that order (ids 1, 2, …); with PIAO_E2E_FIGURES (a
 * monitoring spreadsheet, e.g. fixtures/monitoring/consuntivo-2025.csv) its
 * figures are entered into the first of them; with PIAO_E2E_PUBLISH=1 the
 * planning office publishes the plan on the transparency portal (the seed's
 * made-up Portale PIAO data of test/support/publication.ts) and, when
 * PIAO_E2E_FIGURES is given too, closes that first campaign and publishes its
 * results, so the public pages show an achievement; with PIAO_E2E_SYNTHETIC=<n>
 * (e.g. 1000) n synthetic administrations follow, each with a published plan
 * and published year-end results (test/support/synthetic-administrations.ts),
 * after the seed (administration and plan 1); with PIAO_E2E_SECTIONS=1 the seed
 * plan gets a second edition with the sample records of 2.1, 2.3 and 3.x
 * (test/support/sample-sections.ts). It prints one line,
 * `PIAO_E2E_PORT=<port>`, when it is ready, and removes its directory on SIGTERM
 * (or when its parent goes away, see server.ts).
 *
 *   node --import tsx e2e/support/server-main.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { SEED_FILE } from "../../src/cli/commands/demo.ts";
import { buildApp } from "../../src/http/app.ts";
import { readMonitoringSheet } from "../../src/import/monitoring-sheet/read.ts";
import { readPlanFile } from "../../src/import/read-plan-file.ts";
import { createFirstAccounts } from "../../src/services/accounts/first-start.ts";
import { CAMPAIGN_KINDS, closeCampaign, openCampaign } from "../../src/services/campaigns.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { importSheet } from "../../src/services/monitoring-sheet.ts";
import { publishCampaign, publishPlan } from "../../src/services/publication.ts";
import { openStore } from "../../src/store/database.ts";
import { SEED_PUBLICATION } from "../../test/support/publication.ts";
import { withSampleSections } from "../../test/support/sample-sections.ts";
import { loadSyntheticAdministrations } from "../../test/support/synthetic-administrations.ts";
import { givePasswords, TEST_WEB_CONFIG } from "../../test/support/web.ts";
import { E2E_USERS } from "./users.ts";

const READY_PREFIX = "PIAO_E2E_PORT=";

const dir = mkdtempSync(join(tmpdir(), "piao-e2e-"));
const store = await openStore({ engine: "sqlite", path: join(dir, "piao.db") });
const read = readPlanFile(await readFile(SEED_FILE));
if (!read.document) throw new Error("the seed plan did not read");
const { administrationId, planId } = await importPlan(store, read.document);
await createFirstAccounts(store, { administrationId, units: read.document.units });
if (process.env.PIAO_E2E_SECTIONS === "1")
  await importPlan(store, withSampleSections(read.document));
await givePasswords(store);
const planning = {
  username: E2E_USERS.planning,
  role: "planning",
  administrationId,
  unitKey: null,
} as const;
const campaignIds: number[] = [];
for (const spec of (process.env.PIAO_E2E_CAMPAIGNS ?? "").split(",").filter(Boolean)) {
  const [kind, year] = spec.trim().split("-");
  const known = CAMPAIGN_KINDS.find((k) => k === kind);
  if (!known || !/^\d{4}$/.test(year ?? "")) {
    throw new Error(`PIAO_E2E_CAMPAIGNS: "${spec}" is not kind-year, e.g. yearend-2025`);
  }
  campaignIds.push(
    (await openCampaign(store, planning, { planId, year: Number(year), kind: known })).id,
  );
}
const figures = process.env.PIAO_E2E_FIGURES;
if (figures) {
  const first = campaignIds[0];
  if (first === undefined)
    throw new Error("PIAO_E2E_FIGURES needs a campaign in PIAO_E2E_CAMPAIGNS");
  const sheet = await readMonitoringSheet(await readFile(figures), basename(figures));
  await importSheet(store, planning, first, sheet.rows);
}
if (process.env.PIAO_E2E_PUBLISH === "1") {
  await publishPlan(store, planning, planId, SEED_PUBLICATION);
  const first = campaignIds[0];
  if (figures && first !== undefined) {
    await closeCampaign(store, planning, first);
    await publishCampaign(store, planning, first);
  }
}
const synthetic = Number(process.env.PIAO_E2E_SYNTHETIC ?? "0");
if (!Number.isInteger(synthetic) || synthetic < 0) {
  throw new Error(`PIAO_E2E_SYNTHETIC: "${process.env.PIAO_E2E_SYNTHETIC}" is not a count`);
}
if (synthetic > 0) await loadSyntheticAdministrations(store, { count: synthetic });

const app = await buildApp({ store, config: TEST_WEB_CONFIG });
await app.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.address();
if (!address || typeof address === "string") throw new Error("no TCP address");
process.stdout.write(`${READY_PREFIX}${address.port}\n`);

async function stop(): Promise<void> {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
// Started by server.ts with a pipe on stdin: when the test process dies, the pipe closes.
if (process.env.PIAO_E2E_STOP_WITH_PARENT === "1") {
  process.stdin.resume();
  process.stdin.once("end", () => void stop());
}
