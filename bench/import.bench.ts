/**
 * Import benchmark: the seed, and a synthetic plan 100 times its records,
 * read and written into a fresh SQLite file and a fresh PostgreSQL schema.
 * Each case runs in its own process so its peak memory is its own.
 *
 *   npm run bench:import            all cases, a Markdown table on stdout
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { StoreTarget } from "../src/config.ts";
import { readPlanFile } from "../src/import/read-plan-file.ts";
import { importPlan } from "../src/services/import-plan.ts";
import { openStore } from "../src/store/database.ts";
import { SEED_PATH, syntheticSeed } from "./synthetic-seed.ts";

const PG_URL = process.env.PIAO_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

interface CaseResult {
  name: string;
  engine: string;
  bytes: number;
  objectives: number;
  indicators: number;
  readMs: number;
  writeMs: number;
  peakRssMb: number;
}

async function target(
  engine: string,
): Promise<{ target: StoreTarget; cleanup: () => Promise<void> }> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "piao-bench-"));
    return {
      target: { engine, path: join(dir, "piao.db") },
      cleanup: async () => rmSync(dir, { recursive: true }),
    };
  }
  const schema = `bench_${process.pid}`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
  return {
    target: { engine: "postgres", url: PG_URL, schema },
    cleanup: async () => {
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

async function runCase(name: string, engine: string): Promise<CaseResult> {
  const bytes = name === "seed" ? readFileSync(SEED_PATH) : Buffer.from(syntheticSeed(100), "utf8");
  const t0 = performance.now();
  const read = readPlanFile(bytes);
  const t1 = performance.now();
  if (!read.document)
    throw new Error(`the ${name} did not read: ${JSON.stringify(read.diagnostics.slice(0, 3))}`);
  const { target: where, cleanup } = await target(engine);
  const store = await openStore(where);
  const t2 = performance.now();
  await importPlan(store, read.document);
  const t3 = performance.now();
  await store.close();
  await cleanup();
  return {
    name,
    engine,
    bytes: bytes.length,
    objectives: read.document.objectives.length,
    indicators: read.document.objectives.reduce((n, o) => n + o.indicators.length, 0),
    readMs: t1 - t0,
    writeMs: t3 - t2,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const [, , caseName, engine] = process.argv;
if (caseName && engine) {
  process.stdout.write(JSON.stringify(await runCase(caseName, engine)));
} else {
  const self = fileURLToPath(import.meta.url);
  const rows: CaseResult[] = [];
  for (const name of ["seed", "synthetic-100x"]) {
    for (const eng of ["sqlite", "postgres"]) {
      const out = execFileSync(process.execPath, ["--import", "tsx", self, name, eng], {
        encoding: "utf8",
      });
      rows.push(JSON.parse(out) as CaseResult);
    }
  }
  console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(
    "| input | engine | size | objectives | indicators | read | write | total | peak RSS |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.engine} | ${(r.bytes / 1024).toFixed(0)} KiB | ${r.objectives} | ${r.indicators} | ${r.readMs.toFixed(0)} ms | ${r.writeMs.toFixed(0)} ms | ${(r.readMs + r.writeMs).toFixed(0)} ms | ${r.peakRssMb.toFixed(0)} MB |`,
    );
  }
}
