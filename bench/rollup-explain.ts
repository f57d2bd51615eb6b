/**
 * Why the roll-up costs what it costs on PostgreSQL, against the loaded
 * benchmark schema: EXPLAIN (ANALYZE, BUFFERS) of the exact SQL
 * rollupGroups sends, the cumulative time of its CTE stages, and the same
 * roll-up under changed settings, with an extra index, as a scratch rewrite
 * and over scratch tables holding what the product could store at write
 * time. Every variant's rows are checked against the product's. Nothing
 * here is used by src/; the scratch objects live in the benchmark's schema
 * and are dropped with it.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from "kysely";
import { sql } from "kysely";
import pg from "pg";
import type { Store } from "../src/store/database.ts";
import { rollupGroups } from "../src/store/repositories/rollup.repository.ts";

export interface Findings {
  /** Markdown lines for the report. */
  report: string[];
}

class Captured extends Error {}

/** Compiles the query rollupGroups builds (all campaigns) and stops it before it reaches the database. */
export async function capturedRollupSql(store: Store): Promise<string> {
  let captured: string | null = null;
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      const compiled = store.db.getExecutor().compileQuery(args.node, args.queryId);
      if (compiled.parameters.length > 0) throw new Error("unexpected parameters in the roll-up");
      captured = compiled.sql;
      throw new Captured();
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      return args.result;
    },
  };
  try {
    await rollupGroups(store.db.withPlugin(plugin));
  } catch (error) {
    if (!(error instanceof Captured)) throw error;
  }
  if (captured === null) throw new Error("the roll-up query was not captured");
  return captured;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

const FINAL_SELECT =
  /\)\s*select campaign_id, administration_id, level, key, score, counted, total, blocked from grouped[\s\S]*$/;
const OBJECTIVE_SCORE = /objective_score as \([\s\S]*?\n\s*\),\s*(?=objective_in_plan as \()/;

function mustMatch(sqlText: string, pattern: RegExp, what: string): void {
  if (!pattern.test(sqlText)) throw new Error(`rollup.repository.ts changed: ${what} not found`);
}

/** The product's WITH list down to `stage`, fully computed (materialized), then counted. */
function stageQuery(rollupSql: string, stage: string): string {
  return rollupSql.replace(
    FINAL_SELECT,
    `), bench_probe as materialized (select * from ${stage}) select count(*) from bench_probe`,
  );
}

/** The product's query reading per-objective sums from a table instead of aggregating indicator_result. */
function fromObjectiveTable(rollupSql: string): string {
  return rollupSql.replace(
    OBJECTIVE_SCORE,
    `objective_score as (
      select campaign_id, administration_id, objective_code, sw, w, blocked, neutralised
      from scratch_objective_result
    ),
    `,
  );
}

/** What refreshIndicatorResults could store per campaign and objective (30 rows next to its 300). */
const OBJECTIVE_SUMS = `
  select r.campaign_id, r.administration_id, r.objective_code,
    sum(case when r.counted = 1 and r.weight > 0 then r.score * r.weight else 0 end) as sw,
    sum(case when r.counted = 1 and r.weight > 0 then r.weight else 0 end) as w,
    max(r.blocked) as blocked,
    max(r.objective_neutralised) as neutralised
  from indicator_result r
  group by r.campaign_id, r.administration_id, r.objective_code`;

const GROUP_MEAN = (o: string) => `
    sum(case when ${o}.score is not null and ${o}.ow > 0 then ${o}.score * ${o}.ow end)
      / nullif(sum(case when ${o}.score is not null and ${o}.ow > 0 then ${o}.ow end), 0) as score,
    count(${o}.score) as counted, count(*) as total, max(${o}.blocked) as blocked`;

/**
 * Scratch rewrite, same rules and same rows: objectives grouped by
 * (campaign, code) with the administration taken from the campaign; each
 * kind of group aggregated on its own, by integer keys, with the names
 * joined to the (few) group rows afterwards, instead of one aggregate over
 * a 1.4 M-row union keyed by text. `source` gives the per-objective sums.
 * Shared CTEs are materialized explicitly (SQLite would otherwise inline them).
 */
function rewrite(source: "indicator_result" | "scratch_objective_result"): string {
  const objectiveScore =
    source === "indicator_result"
      ? `select r.campaign_id, r.objective_code,
          sum(case when r.counted = 1 and r.weight > 0 then r.score * r.weight else 0 end) as sw,
          sum(case when r.counted = 1 and r.weight > 0 then r.weight else 0 end) as w,
          max(r.blocked) as blocked,
          max(r.objective_neutralised) as neutralised
        from indicator_result r
        group by r.campaign_id, r.objective_code`
      : "select campaign_id, objective_code, sw, w, blocked, neutralised from scratch_objective_result";
  return `with recursive
    objective_score as (${objectiveScore}),
    objective_in_plan as materialized (
      select s.campaign_id, c.administration_id, o.id as objective_id, o.org_unit_id,
        o.positive_action_id, coalesce(o.weight, 1) as ow,
        case when s.blocked = 1 or s.neutralised = 1 or s.w = 0 then null else s.sw / s.w end as score,
        case when s.neutralised = 1 then 0 else s.blocked end as blocked
      from objective_score s
      join monitoring_campaign c on c.id = s.campaign_id
      join plan p on p.id = c.plan_id
      join objective o on o.edition_id = p.current_edition_id and o.code = s.objective_code
    ),
    unit_tree as (
      select u.id as ancestor_id, u.id as unit_id
      from org_unit u
      where u.edition_id in (select p.current_edition_id from plan p
        join monitoring_campaign c on c.plan_id = p.id)
      union all
      select t.ancestor_id, u.id from unit_tree t join org_unit u on u.parent_id = t.unit_id
    ),
    by_unit as (
      select o.campaign_id, o.administration_id, t.ancestor_id as unit_id, ${GROUP_MEAN("o")}
      from objective_in_plan o join unit_tree t on t.unit_id = o.org_unit_id
      group by o.campaign_id, o.administration_id, t.ancestor_id
    ),
    unit_group as materialized (
      select b.*, u.key, u.parent_id from by_unit b join org_unit u on u.id = b.unit_id
    )
    select campaign_id, administration_id, 'unit' as level, key, score, counted, total, blocked
    from unit_group
    union all
    select o.campaign_id, o.administration_id, 'area', cast(a.number as text), ${GROUP_MEAN("o")}
    from objective_in_plan o join positive_action a on a.id = o.positive_action_id
    group by o.campaign_id, o.administration_id, a.number
    union all
    select o.campaign_id, o.administration_id, 'tag', g.tag, ${GROUP_MEAN("o")}
    from objective_in_plan o join objective_tag g on g.objective_id = o.objective_id
    group by o.campaign_id, o.administration_id, g.tag
    union all
    select o.campaign_id, o.administration_id, 'administration', '', ${GROUP_MEAN("o")}
    from objective_in_plan o
    group by o.campaign_id, o.administration_id
    union all
    select campaign_id, administration_id, 'administration_units', '',
      avg(score), count(score), count(*), max(blocked)
    from unit_group where parent_id is null
    group by campaign_id, administration_id`;
}

type Row = Record<string, unknown>;

/** Differences between two roll-ups (same groups, same counts, scores within 1e-9). */
function differences(expected: Row[], actual: Row[]): number {
  const key = (r: Row) => `${r.campaign_id}|${r.level}|${r.key}`;
  const want = new Map(expected.map((r) => [key(r), r]));
  let different = Math.abs(expected.length - actual.length);
  for (const r of actual) {
    const e = want.get(key(r));
    const same =
      e !== undefined &&
      ["administration_id", "counted", "total", "blocked"].every(
        (c) => Number(e[c]) === Number(r[c]),
      ) &&
      (e.score === null
        ? r.score === null
        : r.score !== null &&
          Math.abs(Number(e.score) - Number(r.score)) <=
            1e-9 * Math.max(1, Math.abs(Number(e.score))));
    if (!same) different += 1;
  }
  return different;
}

/** Runs SQL text on one connection: `query` returns rows, `exec` runs statements. */
interface Runner {
  query(text: string): Promise<Row[]>;
  exec(text: string): Promise<void>;
}

interface Variant {
  label: string;
  sql: string;
  /** Statements before each run (PostgreSQL SET; RESET ALL after). */
  settings?: string;
  setup?: string;
  undo?: string;
}

interface VariantResult {
  variant: Variant;
  runs: number[];
  rows: number;
  different: number | null;
}

const PLAIN =
  "select administration_id, avg(number_value), count(*) from measurement group by administration_id";
const TUNED = "set jit = off; set work_mem = '64MB'";
const ROUNDS = 5;
const f = (x: number) => `${x.toFixed(0)} ms`;
const n = (x: number) => x.toLocaleString("en-US");

async function withSettings<T>(db: Runner, settings: string | undefined, work: () => Promise<T>) {
  if (settings) await db.exec(settings);
  try {
    return await work();
  } finally {
    if (settings) await db.exec("reset all");
  }
}

async function timedQuery(db: Runner, text: string): Promise<{ ms: number; rows: Row[] }> {
  const t0 = performance.now();
  const rows = await db.query(text);
  return { ms: performance.now() - t0, rows };
}

/**
 * Every variant once per round, round after round, so the machine's other
 * load hits them alike. variants[0] is the reference (the plain aggregate),
 * variants[1] the product's query whose rows the others must equal.
 */
async function runVariants(
  db: Runner,
  variants: Variant[],
  log: (message: string) => void,
): Promise<VariantResult[]> {
  const results: VariantResult[] = variants.map((variant) => ({
    variant,
    runs: [],
    rows: 0,
    different: null,
  }));
  let productRows: Row[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [k, r] of results.entries()) {
      const v = r.variant;
      if (v.setup) await db.exec(v.setup);
      try {
        const t = await withSettings(db, v.settings, () => timedQuery(db, v.sql));
        r.runs.push(t.ms);
        r.rows = t.rows.length;
        if (round === 0 && k === 1) productRows = t.rows;
        if (round === 0 && k > 1) r.different = differences(productRows, t.rows);
      } finally {
        if (v.undo) await db.exec(v.undo);
      }
    }
    log(`variants round ${round + 1} of ${ROUNDS}`);
  }
  return results;
}

/** Cumulative time of the product query's CTE stages, each materialized and counted. */
async function stageTimes(
  db: Runner,
  rollupSql: string,
  settings: string | undefined,
): Promise<{ label: string; ms: number; rows: number }[]> {
  const stages: [string, string][] = [
    ["objective_score: indicator results grouped into objectives", "objective_score"],
    ["+ objective_in_plan: join campaign → plan → objective (edition, code)", "objective_in_plan"],
    ["unit_tree alone: recursive closure of the units", "unit_tree"],
    ["+ membership: union of unit ancestors, areas, tags, administration", "membership"],
    [
      "+ grouped: one aggregate over the union by (campaign, administration, level, key)",
      "grouped",
    ],
  ];
  const out: { label: string; ms: number; rows: number }[] = [];
  for (const [label, stage] of stages) {
    const runs: number[] = [];
    let rows = 0;
    for (let k = 0; k < 3; k += 1) {
      const t = await withSettings(db, settings, () =>
        timedQuery(db, stageQuery(rollupSql, stage)),
      );
      runs.push(t.ms);
      rows = Number(Object.values(t.rows[0] ?? {})[0] ?? 0);
    }
    out.push({ label, ms: median(runs), rows });
  }
  return out;
}

function stageTable(
  p: (s?: string) => void,
  stages: { label: string; ms: number; rows: number }[],
) {
  p("| stage | rows | cumulative time |");
  p("|---|---|---|");
  for (const s of stages) p(`| ${s.label} | ${n(s.rows)} | ${f(s.ms)} |`);
}

function variantTable(p: (s?: string) => void, results: VariantResult[], server?: number[]): void {
  const plainMs = median(results[0]?.runs ?? [1]);
  p(
    `| variant | fetched (median) | min |${server ? " server |" : ""} ratio to plain aggregate | rows | rows differing from the product's |`,
  );
  p(`|---|---|---|${server ? "---|" : ""}---|---|---|`);
  for (const [k, r] of results.entries()) {
    p(
      `| ${r.variant.label} | ${f(median(r.runs))} | ${f(Math.min(...r.runs))} |${server ? ` ${f(server[k] ?? Number.NaN)} |` : ""} ${(median(r.runs) / plainMs).toFixed(1)}× | ${n(r.rows)} | ${r.different ?? "—"} |`,
    );
  }
}

/** The scratch tables: per-objective sums, and the group rows themselves, as write time could store them. */
async function createScratchTables(db: Runner, rollupSql: string, engine: string) {
  await db.exec("drop table if exists scratch_objective_result");
  await db.exec("drop table if exists scratch_group_result");
  const t0 = performance.now();
  await db.exec(`create table scratch_objective_result as ${OBJECTIVE_SUMS}`);
  await db.exec(
    engine === "postgres"
      ? "alter table scratch_objective_result add primary key (campaign_id, objective_code)"
      : "create unique index scratch_objective_result_pk on scratch_objective_result (campaign_id, objective_code)",
  );
  await db.exec("analyze scratch_objective_result");
  const ms = performance.now() - t0;
  const rows = Number(
    Object.values((await db.query("select count(*) from scratch_objective_result"))[0] ?? {})[0],
  );
  await db.exec(`create table scratch_group_result as ${rollupSql}`);
  await db.exec("analyze scratch_group_result");
  return { ms, rows };
}

async function dropScratchTables(db: Runner): Promise<void> {
  await db.exec("drop table if exists scratch_objective_result");
  await db.exec("drop table if exists scratch_group_result");
}

const STORED_VARIANTS = (rollupSql: string, settings: string | undefined): Variant[] => [
  {
    label: "product query over a stored per-objective table",
    sql: fromObjectiveTable(rollupSql),
    ...(settings ? { settings } : {}),
  },
  {
    label: "scratch rewrite over the stored per-objective table",
    sql: rewrite("scratch_objective_result"),
    ...(settings ? { settings } : {}),
  },
  {
    label: "read of stored group rows (what computePerformance already computes per campaign)",
    sql: "select campaign_id, administration_id, level, key, score, counted, total, blocked from scratch_group_result",
  },
];

export async function explainPostgres(
  store: Store,
  url: string,
  schema: string,
  outDir: string,
  log: (message: string) => void,
): Promise<Findings> {
  const rollupSql = await capturedRollupSql(store);
  mustMatch(rollupSql, FINAL_SELECT, "the final select from grouped");
  mustMatch(rollupSql, OBJECTIVE_SCORE, "the objective_score CTE");
  writeFileSync(join(outDir, "rollup-query.sql"), `${rollupSql}\n`);
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  const db: Runner = {
    query: async (text) => (await client.query(text)).rows as Row[],
    exec: async (text) => {
      await client.query(text);
    },
  };
  const report: string[] = [];
  const p = (s = "") => report.push(s);
  try {
    // 1. The plan of the query as the product runs it (server defaults).
    const settingsRows = (await db.query(
      `select name, setting, unit from pg_settings where name in
       ('work_mem', 'jit', 'jit_above_cost', 'jit_inline_above_cost', 'jit_optimize_above_cost',
        'max_parallel_workers_per_gather', 'shared_buffers') order by name`,
    )) as { name: string; setting: string; unit: string | null }[];
    const plan = await db.query(`explain (analyze, buffers) ${rollupSql}`);
    const planText = plan.map((r) => r["QUERY PLAN"]).join("\n");
    writeFileSync(join(outDir, "rollup-explain-postgres.txt"), `${planText}\n`);
    log("postgres: plan written to bench/out/rollup-explain-postgres.txt");
    const jit = /JIT:[\s\S]*?Timing:.*Total ([\d.]+) ms/.exec(planText)?.[1] ?? "0";
    const execution = /Execution Time: ([\d.]+) ms/.exec(planText)?.[1] ?? "?";
    const spilledKb = [...planText.matchAll(/(?:Disk Usage|Disk): (\d+)kB/g)].reduce(
      (sum, m) => sum + Number(m[1]),
      0,
    );

    // 2. Cumulative cost of the CTE stages, JIT off so each is its data work only.
    log("postgres: stages");
    const stages = await stageTimes(db, rollupSql, "set jit = off");

    // 3. Variants: settings, an index, a rewrite, and what write time could store.
    log("postgres: variants");
    const scratch = await createScratchTables(db, rollupSql, "postgres");
    const variants: Variant[] = [
      { label: "plain aggregate (reference)", sql: PLAIN },
      { label: "product query as is", sql: rollupSql },
      { label: "product query, `jit = off`", sql: rollupSql, settings: "set jit = off" },
      {
        label: "product query, `work_mem = '64MB'`",
        sql: rollupSql,
        settings: "set work_mem = '64MB'",
      },
      { label: "product query, tuned", sql: rollupSql, settings: TUNED },
      {
        label: "product query, tuned, + index `org_unit (parent_id)`",
        sql: rollupSql,
        settings: TUNED,
        setup: "create index scratch_org_unit_parent_idx on org_unit (parent_id); analyze org_unit",
        undo: "drop index scratch_org_unit_parent_idx; analyze org_unit",
      },
      {
        label:
          "scratch rewrite, tuned (group by campaign and code; one aggregate per kind of group, integer keys)",
        sql: rewrite("indicator_result"),
        settings: TUNED,
      },
      ...STORED_VARIANTS(rollupSql, TUNED).map((v) => ({
        ...v,
        label: v.settings ? `${v.label}, tuned` : v.label,
      })),
    ];
    const results = await runVariants(db, variants, (m) => log(`postgres: ${m}`));
    const server: number[] = [];
    for (const v of variants) {
      if (v.setup) await db.exec(v.setup);
      try {
        const r = await withSettings(db, v.settings, () =>
          db.query(`explain (analyze, timing off, format json) ${v.sql}`),
        );
        const json = (r[0] as { "QUERY PLAN": { "Execution Time": number }[] })["QUERY PLAN"][0];
        server.push(json?.["Execution Time"] ?? Number.NaN);
      } finally {
        if (v.undo) await db.exec(v.undo);
      }
    }
    const tuned = await withSettings(db, TUNED, () =>
      db.query(`explain (analyze, buffers) ${rewrite("scratch_objective_result")}`),
    );
    writeFileSync(
      join(outDir, "rollup-explain-postgres-objective-table.txt"),
      `${tuned.map((r) => r["QUERY PLAN"]).join("\n")}\n`,
    );

    p("### PostgreSQL: where the roll-up's time goes");
    p();
    p(
      `Server settings: ${settingsRows.map((s) => `${s.name} = ${s.setting}${s.unit ? ` ${s.unit}` : ""}`).join(", ")}.`,
    );
    p();
    p(
      `EXPLAIN (ANALYZE, BUFFERS) of the product's query (below, and bench/out/rollup-explain-postgres.txt): execution ${execution} ms, of which JIT compilation ${jit} ms; ${(spilledKb / 1024).toFixed(0)} MB written to temporary files by sorts and hash aggregates that did not fit work_mem.`,
    );
    p();
    p(
      "Cumulative time of the query's stages (each materialized and counted on the server; JIT off; median of 3):",
    );
    p();
    stageTable(p, stages);
    p();
    p(
      `Variants on one pg connection, interleaved, ${ROUNDS} rounds; "fetched" is the query with every row read by node-pg (median, min), "server" its execution time from EXPLAIN (ANALYZE, TIMING OFF), one run. "tuned" = \`${TUNED}\`. The stored per-objective table (${n(scratch.rows)} rows) took ${f(scratch.ms)} to build in bulk; at write time it is 30 rows per campaign next to the 300 that refreshIndicatorResults writes.`,
    );
    p();
    variantTable(p, results, server);
    p();
    p("<details><summary>EXPLAIN (ANALYZE, BUFFERS) of the product's query</summary>");
    p();
    p("```");
    p(planText);
    p("```");
    p();
    p("</details>");
  } finally {
    await dropScratchTables(db);
    await client.end();
  }
  return { report };
}

/** The same questions on SQLite, smaller: stages, materializing the shared CTE, stored tables. */
export async function explainSqlite(
  store: Store,
  outDir: string,
  log: (message: string) => void,
): Promise<Findings> {
  const rollupSql = await capturedRollupSql(store);
  mustMatch(rollupSql, FINAL_SELECT, "the final select from grouped");
  mustMatch(rollupSql, OBJECTIVE_SCORE, "the objective_score CTE");
  const db: Runner = {
    query: async (text) => (await sql.raw(text).execute(store.db)).rows as Row[],
    exec: async (text) => {
      await sql.raw(text).execute(store.db);
    },
  };
  const report: string[] = [];
  const p = (s = "") => report.push(s);
  try {
    const plan = await db.query(`explain query plan ${rollupSql}`);
    writeFileSync(
      join(outDir, "rollup-explain-sqlite.txt"),
      `${plan.map((r) => `${r.id} ${r.parent} ${r.detail}`).join("\n")}\n`,
    );
    log("sqlite: stages");
    const stages = await stageTimes(db, rollupSql, undefined);
    log("sqlite: variants");
    await createScratchTables(db, rollupSql, "sqlite");
    const results = await runVariants(
      db,
      [
        { label: "plain aggregate (reference)", sql: PLAIN },
        { label: "product query as is", sql: rollupSql },
        {
          label: "product query, `objective_in_plan as materialized`",
          sql: rollupSql.replace("objective_in_plan as (", "objective_in_plan as materialized ("),
        },
        { label: "scratch rewrite", sql: rewrite("indicator_result") },
        ...STORED_VARIANTS(rollupSql, undefined),
      ],
      (m) => log(`sqlite: ${m}`),
    );
    p("### SQLite: where the roll-up's time goes");
    p();
    const details = plan.map((r) => String(r.detail));
    const materialized = details.some((d) => d === "MATERIALIZE objective_in_plan");
    const byCode = details.some((d) => /AUTOMATIC COVERING INDEX \(objective_code=\?\)/.test(d));
    p(
      `EXPLAIN QUERY PLAN in bench/out/rollup-explain-sqlite.txt. ${materialized ? "SQLite materializes `objective_in_plan`." : "SQLite does not materialize `objective_in_plan` although four branches use it: each branch joins the objective sums to campaign, plan and objective again."}${byCode ? " One branch looks the objective sums up through an automatic index on `objective_code` alone (the same 30 codes in every administration)." : ""}`,
    );
    p();
    p("Cumulative time of the query's stages (each materialized and counted; median of 3):");
    p();
    stageTable(p, stages);
    p();
    p(`Variants, interleaved, ${ROUNDS} rounds, every row fetched:`);
    p();
    variantTable(p, results);
  } finally {
    await dropScratchTables(db);
  }
  return { report };
}
