/**
 * Roll-up benchmark (issue: "10,000 administrations × 300 indicators with
 * year-end measurements on PostgreSQL; compute every roll-up"): every
 * roll-up of every campaign (rollupGroups) against one plain SQL aggregate
 * over the same measurement table, in the same run, on PostgreSQL (10,000
 * administrations) and SQLite (100). Also the write-time cost the product
 * pays for it: refreshIndicatorResults per campaign.
 *
 * Each engine runs in its own process (peak memory is its own), in a fresh
 * PostgreSQL schema or a fresh SQLite file that is removed afterwards; the
 * memory of one plain aggregate and of one roll-up is probed in a further
 * process each, against the loaded database.
 *
 *   npm run bench:rollup            both engines, a Markdown report on stdout
 *   PIAO_BENCH_PG_ADMINS=500 PIAO_BENCH_SQLITE_ADMINS=50 npm run bench:rollup   smaller
 *   PIAO_BENCH_EXPLAIN=0 …          skip the EXPLAIN, stage and query-variant analysis
 *
 * Outputs besides stdout, in bench/out/ (git-ignored): rollup-results.json,
 * rollup-query.sql, rollup-explain-postgres*.txt, rollup-explain-sqlite.txt.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import pg from "pg";
import type { StoreTarget } from "../src/config.ts";
import { refreshIndicatorResults } from "../src/services/indicator-results.ts";
import { openStore, type Store, writeTransaction } from "../src/store/database.ts";
import { listPlans } from "../src/store/repositories/plan.repository.ts";
import { rollupGroups, storedRollups } from "../src/store/repositories/rollup.repository.ts";
import { explainPostgres, explainSqlite, type Findings } from "./rollup-explain.ts";
import { analyzeLoaded, generateYearEnd, INDICATORS } from "./year-end-generator.ts";

const PG_URL = process.env.PIAO_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const PG_ADMINS = Number(process.env.PIAO_BENCH_PG_ADMINS ?? 10_000);
const SQLITE_ADMINS = Number(process.env.PIAO_BENCH_SQLITE_ADMINS ?? 100);
const EXPLAIN = process.env.PIAO_BENCH_EXPLAIN !== "0";
const RUNS = 3;
const REFRESHED_CAMPAIGNS = 20;
const OUT_DIR = fileURLToPath(new URL("./out/", import.meta.url));
const SELF = fileURLToPath(import.meta.url);

const PLAIN_AGGREGATE = sql<{ administration_id: number; avg: number | null; n: number }>`
  select administration_id, avg(number_value) as avg, count(*) as n
  from measurement group by administration_id`;

interface Probe {
  query: string;
  rssBeforeMb: number;
  peakRssMb: number;
  ms: number;
  rows: number;
}

export interface EngineResult {
  engine: "sqlite" | "postgres";
  administrations: number;
  indicators: number;
  measurementRows: number;
  indicatorResultRows: number;
  loadMs: number;
  analyzeMs: number;
  plainMs: number[];
  /** Reading every stored roll-up (what the product reads). */
  rollupMs: number[];
  /** Recomputing every roll-up in SQL from the indicator results. */
  recomputeMs: number[];
  /** Time to store the roll-ups of the bulk load, as refreshes would have. */
  storeGroupsMs: number;
  groupRows: number;
  plainRows: number;
  refreshMs: number[];
  refreshChecked: { rows: number; different: number; example: string | null };
  /** listPlans over every plan (refreshes used to run it; they now look the plan up by id), median of 3. */
  listPlansMs: number;
  /** 1-minute load average of the machine before the load and at the end. */
  loadAverage: [number, number];
  peakRssMb: number;
  probes: Probe[];
  version: string;
  /** Peak RSS of the process including the EXPLAIN and variant runs (which keep rows around). */
  peakRssWithAnalysisMb: number;
  findings?: Findings;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const mb = (bytes: number) => bytes / 1024 / 1024;
const log = (message: string) => process.stderr.write(`[rollup.bench] ${message}\n`);

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

/** A fresh store location chosen by the parent, so the parent can remove it whatever happens. */
function targetFor(engine: string, location: string): StoreTarget {
  return engine === "sqlite"
    ? { engine: "sqlite", path: location }
    : { engine: "postgres", url: PG_URL, schema: location };
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** One query in a process of its own: its RSS before, and the process's peak after. */
async function probe(engine: string, location: string, query: string): Promise<Probe> {
  const store = await openStore(targetFor(engine, location));
  try {
    const rssBefore = process.memoryUsage().rss;
    const { ms, value } = await timed(async () =>
      query === "rollup"
        ? (await storedRollups(store.db)).length
        : (await PLAIN_AGGREGATE.execute(store.db)).rows.length,
    );
    return {
      query,
      rssBeforeMb: mb(rssBefore),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      ms,
      rows: value,
    };
  } finally {
    await store.close();
  }
}

function childJson<T>(args: string[]): T {
  const out = execFileSync(process.execPath, ["--import", "tsx", SELF, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as T;
}

async function count(store: Store, table: "measurement" | "indicator" | "indicator_result") {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

type ResultRow = Record<string, unknown>;

async function resultRows(store: Store, campaignIds: number[]): Promise<Map<string, ResultRow>> {
  const rows = await store.db
    .selectFrom("indicator_result")
    .selectAll()
    .where("campaign_id", "in", campaignIds)
    .execute();
  return new Map(
    rows.map((r) => [`${r.campaign_id}/${r.objective_code}/${r.indicator_code}`, r as ResultRow]),
  );
}

/** The rows refreshIndicatorResults wrote against the ones the generator wrote in bulk. */
function compareResults(bulk: Map<string, ResultRow>, refreshed: Map<string, ResultRow>) {
  let different = 0;
  let example: string | null = null;
  const keys = new Set([...bulk.keys(), ...refreshed.keys()]);
  for (const key of keys) {
    const a = bulk.get(key);
    const b = refreshed.get(key);
    const same =
      a !== undefined &&
      b !== undefined &&
      ["state", "counted", "weight", "blocked", "objective_neutralised", "administration_id"].every(
        (c) => String(a[c]) === String(b[c]),
      ) &&
      (a.score === null
        ? b.score === null
        : b.score !== null && Math.abs(Number(a.score) - Number(b.score)) < 1e-9);
    if (!same) {
      different += 1;
      example ??= `${key}: bulk ${JSON.stringify(a)} refreshed ${JSON.stringify(b)}`;
    }
  }
  return { rows: keys.size, different, example };
}

/** Stores every campaign's roll-ups, as refreshes would have, from the SQL recomputation. */
async function storeBulkGroups(store: Store): Promise<void> {
  const rows = (await rollupGroups(store.db)).filter((r) => r.level !== "administration_units");
  await writeTransaction(store, async (tx) => {
    await tx.deleteFrom("group_result").execute();
    for (let k = 0; k < rows.length; k += 500) {
      await tx
        .insertInto("group_result")
        .values(rows.slice(k, k + 500))
        .execute();
    }
  });
  if (store.engine === "postgres") await sql`analyze group_result`.execute(store.db);
}

async function runEngine(
  engine: "sqlite" | "postgres",
  location: string,
  administrations: number,
): Promise<EngineResult> {
  const loadBefore = loadavg()[0] ?? 0;
  const store = await openStore(targetFor(engine, location));
  try {
    log(`${engine}: generating ${administrations} administrations`);
    const load = await timed(() =>
      generateYearEnd(store, administrations, (done) => log(`${engine}: ${done} loaded`), {
        workers: Math.max(1, cpus().length),
      }),
    );
    const analyze = await timed(() => analyzeLoaded(store));
    log(
      `${engine}: loaded in ${(load.ms / 1000).toFixed(1)} s, analyzed in ${analyze.ms.toFixed(0)} ms`,
    );
    const measurementRows = await count(store, "measurement");
    const indicators = await count(store, "indicator");
    const indicatorResultRows = await count(store, "indicator_result");
    const expected = administrations * INDICATORS;
    if (measurementRows !== expected || indicators !== expected || indicatorResultRows !== expected)
      throw new Error(`expected ${expected} indicators, measurements and results`);
    const version =
      engine === "postgres"
        ? (await sql<{ v: string }>`select version() as v`.execute(store.db)).rows[0]?.v
        : (await sql<{ v: string }>`select sqlite_version() as v`.execute(store.db)).rows[0]?.v;

    // The bulk load wrote indicator results as refreshes would have; store the
    // roll-ups the same way (the SQL recomputation, which tests hold equal to the engine).
    log(`${engine}: storing the roll-ups`);
    const stored = await timed(() => storeBulkGroups(store));

    log(`${engine}: memory probes`);
    const probes = [
      childJson<Probe>(["probe", engine, location, "plain"]),
      childJson<Probe>(["probe", engine, location, "rollup"]),
    ];

    const plainMs: number[] = [];
    const rollupMs: number[] = [];
    const recomputeMs: number[] = [];
    let groupRows = 0;
    let plainRows = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const plain = await timed(() => PLAIN_AGGREGATE.execute(store.db));
      plainMs.push(plain.ms);
      plainRows = plain.value.rows.length;
      const rollup = await timed(() => storedRollups(store.db));
      rollupMs.push(rollup.ms);
      groupRows = rollup.value.length;
      recomputeMs.push((await timed(() => rollupGroups(store.db))).ms);
      log(
        `${engine}: run ${run + 1}: plain ${plain.ms.toFixed(0)} ms, stored roll-ups ${rollup.ms.toFixed(0)} ms, recomputed ${recomputeMs.at(-1)?.toFixed(0)} ms`,
      );
    }

    const step = Math.max(1, Math.floor(administrations / REFRESHED_CAMPAIGNS));
    const campaignIds = Array.from(
      { length: Math.min(REFRESHED_CAMPAIGNS, administrations) },
      (_, k) => 1 + k * step,
    );
    const bulk = await resultRows(store, campaignIds);
    const refreshMs: number[] = [];
    for (const id of campaignIds) {
      const { ms } = await timed(() =>
        writeTransaction(store, (tx) => refreshIndicatorResults(tx, id)),
      );
      refreshMs.push(ms);
    }
    const listPlansRuns: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      listPlansRuns.push((await timed(() => listPlans(store.db))).ms);
    }
    const refreshChecked = compareResults(bulk, await resultRows(store, campaignIds));
    log(
      `${engine}: refresh median ${median(refreshMs).toFixed(0)} ms per campaign; ` +
        `${refreshChecked.different} of ${refreshChecked.rows} rows differ from the bulk ones`,
    );

    const result: EngineResult = {
      engine,
      administrations,
      indicators,
      measurementRows,
      indicatorResultRows,
      loadMs: load.ms + analyze.ms,
      analyzeMs: analyze.ms,
      plainMs,
      rollupMs,
      recomputeMs,
      storeGroupsMs: stored.ms,
      groupRows,
      plainRows,
      refreshMs,
      refreshChecked,
      listPlansMs: median(listPlansRuns),
      loadAverage: [loadBefore, 0],
      peakRssMb: 0,
      peakRssWithAnalysisMb: 0,
      probes,
      version: version ?? "?",
    };
    result.peakRssMb = process.resourceUsage().maxRSS / 1024;
    if (EXPLAIN) {
      log(`${engine}: EXPLAIN, stages and query variants`);
      mkdirSync(OUT_DIR, { recursive: true });
      result.findings =
        engine === "postgres"
          ? await explainPostgres(store, PG_URL, location, OUT_DIR, log)
          : await explainSqlite(store, OUT_DIR, log);
    }
    result.peakRssWithAnalysisMb = process.resourceUsage().maxRSS / 1024;
    result.loadAverage[1] = loadavg()[0] ?? 0;
    return result;
  } finally {
    await store.close();
  }
}

async function runInChild(
  engine: "sqlite" | "postgres",
  administrations: number,
): Promise<EngineResult> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "piao-rollup-bench-"));
    try {
      return childJson<EngineResult>([
        "engine",
        engine,
        join(dir, "piao.db"),
        String(administrations),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const schema = `bench_rollup_${process.pid}`;
  await withAdmin((c) =>
    c.query(`drop schema if exists ${schema} cascade; create schema ${schema}`),
  );
  try {
    return childJson<EngineResult>(["engine", engine, schema, String(administrations)]);
  } finally {
    await withAdmin((c) => c.query(`drop schema if exists ${schema} cascade`));
  }
}

const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const int = (x: number) => x.toLocaleString("en-US");

function report(results: EngineResult[]): void {
  const lines: string[] = [];
  const p = (s = "") => lines.push(s);
  const pgVersion = results.find((r) => r.engine === "postgres")?.version ?? "not run";
  const sqliteVersion = results.find((r) => r.engine === "sqlite")?.version ?? "not run";
  p(
    `Run of ${new Date().toISOString().slice(0, 10)}: node ${process.version}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );
  p(`PostgreSQL: ${pgVersion} (loopback)`);
  p(`SQLite: ${sqliteVersion} (better-sqlite3)`);
  p();
  p(
    "The indicator results were generated in bulk with SQL, as the product would have stored them " +
      "(refreshIndicatorResults under the default rules); the refresh column re-computes 20 campaigns " +
      "with the product's code and checks that it writes the same rows. The roll-ups a refresh stores beside " +
      "them were stored for the bulk load from the SQL recomputation (test/services/rollup-sql.test.ts holds " +
      "it equal to the engine). 'Every roll-up (stored)' reads them for all campaigns, which is what the product " +
      "reads; 'recomputed in SQL' computes them all again from the 3 million indicator results.",
  );
  p();
  p(
    "| engine | administrations | indicators | measurement rows | load | plain aggregate | every roll-up (stored) | ratio | recomputed in SQL | ratio | group rows | refresh per campaign | peak RSS |",
  );
  p("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    const plain = median(r.plainMs);
    const rollup = median(r.rollupMs);
    const recompute = median(r.recomputeMs);
    p(
      `| ${r.engine} | ${int(r.administrations)} | ${int(r.indicators)} | ${int(r.measurementRows)} | ${ms(r.loadMs)} | ${ms(plain)} | ${ms(rollup)} | ${(rollup / plain).toFixed(1)}× | ${ms(recompute)} | ${(recompute / plain).toFixed(1)}× | ${int(r.groupRows)} | ${ms(median(r.refreshMs))} | ${r.peakRssMb.toFixed(0)} MB |`,
    );
  }
  p();
  p(
    "Times are medians of 3 runs, interleaved (plain, roll-up, plain, …), every row fetched through the store's Kysely instance; rollupGroups also maps its rows. Peak RSS: the engine's process (load, runs, refresh), before the analysis below.",
  );
  p();
  p("Runs (ms, in order; medians above):");
  p();
  for (const r of results) {
    p(
      `- ${r.engine}: plain aggregate ${r.plainMs.map((x) => x.toFixed(0)).join(", ")}; every roll-up ${r.rollupMs.map((x) => x.toFixed(0)).join(", ")}; refresh of ${r.refreshMs.length} campaigns min ${Math.min(...r.refreshMs).toFixed(0)}, median ${median(r.refreshMs).toFixed(0)}, max ${Math.max(...r.refreshMs).toFixed(0)} (listPlans of every plan, no longer on the refresh path, for comparison: ${r.listPlansMs.toFixed(0)}); load ${ms(r.loadMs)} of which analyze ${ms(r.analyzeMs)}; ${int(r.indicatorResultRows)} indicator_result rows, ${int(r.plainRows)} plain-aggregate rows; peak RSS ${r.peakRssWithAnalysisMb.toFixed(0)} MB once the EXPLAIN and variant runs are included; machine load average ${r.loadAverage[0].toFixed(1)} before, ${r.loadAverage[1].toFixed(1)} after`,
    );
    p(
      `- ${r.engine}: refreshIndicatorResults wrote ${r.refreshChecked.rows - r.refreshChecked.different} of ${r.refreshChecked.rows} rows exactly as generated${r.refreshChecked.example ? ` (first difference: ${r.refreshChecked.example})` : ""}`,
    );
  }
  p();
  p(
    "Memory of one query in a process of its own (RSS before the query → peak RSS of the process):",
  );
  p();
  p("| engine | query | rows | time | RSS before | peak RSS | growth |");
  p("|---|---|---|---|---|---|---|");
  for (const r of results) {
    for (const q of r.probes) {
      p(
        `| ${r.engine} | ${q.query === "rollup" ? "every roll-up" : "plain aggregate"} | ${int(q.rows)} | ${ms(q.ms)} | ${q.rssBeforeMb.toFixed(0)} MB | ${q.peakRssMb.toFixed(0)} MB | ${(q.peakRssMb - q.rssBeforeMb).toFixed(0)} MB |`,
      );
    }
  }
  for (const r of results) {
    if (!r.findings) continue;
    p();
    for (const line of r.findings.report) p(line);
  }
  console.log(lines.join("\n"));
}

const [, , mode, ...args] = process.argv;
if (mode === "probe") {
  const [engine, location, query] = args as [string, string, string];
  process.stdout.write(JSON.stringify(await probe(engine, location, query)));
} else if (mode === "engine") {
  const [engine, location, n] = args as ["sqlite" | "postgres", string, string];
  process.stdout.write(JSON.stringify(await runEngine(engine, location, Number(n))));
} else {
  const results: EngineResult[] = [];
  results.push(await runInChild("postgres", PG_ADMINS));
  results.push(await runInChild("sqlite", SQLITE_ADMINS));
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, "rollup-results.json"), JSON.stringify(results, null, 2));
  report(results);
}
