/**
 * Bulk SQL generator for the roll-up benchmark: N administrations, each with
 * one plan 2025-2027 (one edition, current), 5 units (2 areas, each with a
 * sector, and an office under the first sector), 5 positive-action areas,
 * 30 objectives of 10 indicators (deadline / number / percent, targets for
 * the three years), one open year-end campaign 2025 with one measurement per
 * indicator, and the `indicator_result` rows as refreshIndicatorResults
 * would have stored them under the default rules (DEFAULT_RULES).
 *
 * Everything is written with INSERT … SELECT over number series
 * (generate_series on PostgreSQL, a recursive CTE on SQLite), in batches of
 * administrations so the foreign-key checks of one statement stay bounded.
 * Ids are computed, not returned: administration a has plan, edition and
 * campaign a, units (a−1)·5+1…, objectives (a−1)·30+1…, indicators (a−1)·300+1….
 */
import { sql } from "kysely";
import type { Db, Engine, Store } from "../src/store/database.ts";

export const OBJECTIVES = 30;
export const INDICATORS_PER_OBJECTIVE = 10;
export const UNITS = 5;
export const AREAS = 5;
export const INDICATORS = OBJECTIVES * INDICATORS_PER_OBJECTIVE;

/** A numbers CTE `name(n)` with n in from…to, on either engine. */
function series(engine: Engine, name: string, from: number, to: number): string {
  return engine === "postgres"
    ? `${name}(n) as (select generate_series(${from}, ${to}))`
    : `${name}(n) as (select ${from} union all select n + 1 from ${name} where n < ${to})`;
}

const text = (e: string) => `cast(${e} as text)`;
const dbl = (e: string) => `cast(${e} as double precision)`;

// Expressions over a.n (administration 1…N), o.n (objective 0…29), i.n (indicator 0…9).
/** Indicator kind: i % 3 = 0 deadline, 1 number, 2 percent. */
const KIND = `case i.n % 3 when 0 then 'deadline' when 1 then 'number' else 'percent' end`;
/** Pseudo-random 0…99 per indicator, deciding which measurements are late or missing. */
const H = `((a.n * 7919 + o.n * 31 + i.n * 7) % 100)`;
const RAW = `(a.n * 13 + o.n * 17 + i.n * 29)`;
/** Measured number: number kinds 1…150, percent kinds 0…100. */
const VALUE = `(case when i.n % 3 = 1 then ${RAW} % 150 + 1 else ${RAW} % 101 end)`;
/** "Non rilevato": about 2% of all indicators (3% of the number and percent ones) have no value. */
const NOT_MEASURED = `(${H} < 3 and i.n % 3 <> 0)`;
/** Deadline 30 June of the year; done on time, late (15 days, tolerance 0: scores 0) or not done (scores 0). */
const DONE_ON = `case when ${H} < 5 then null when ${H} % 4 = 0 then '2025-07-15' else '2025-06-20' end`;
/** Target for year 2025 + y.n: number 60 / 90 / 120 (i = 7: lower is better), percent 80. */
const TARGET = (y: string) =>
  `(case when i.n % 3 = 1 then (case when i.n = 7 then 120 else 50 + 10 * i.n end) else 80 end + 5 * ${y})`;
/**
 * The engine's score (DEFAULT_RULES: ratio formula, cap 100, no deadline
 * tolerance, "exclude" for missing), with the same floating-point operations
 * in the same order as src/domain/achievement so the values are identical.
 */
const SCORE = `case
    when i.n % 3 = 0 then (case when ${H} < 5 then 0 when ${H} % 4 = 0 then 0 else 100 end)
    when ${NOT_MEASURED} then null
    when i.n = 7 then (case when ${VALUE} <= 120 then 100 else ${dbl("120")} / ${VALUE} * 100 end)
    else (case when ${VALUE} >= ${TARGET("0")} then 100 else ${dbl(VALUE)} / ${TARGET("0")} * 100 end)
  end`;

const NOW = "'2025-01-31T09:00:00.000Z'";
const ADMIN_JSON = `'{"name":"Comune ' || ${text("a.n")} || '","kind":"Comune","region":"Emilia-Romagna","legalSeat":null,"population":null,"areaKm2":null,"website":null,"phone":null,"pec":null,"email":null,"taxCode":null,"vatNumber":null,"ipaCode":"c_' || ${text("a.n")} || '","employees":null}'`;

/** The INSERT … SELECT statements for administrations from…to, in dependency order. */
function statements(engine: Engine, from: number, to: number): { table: string; sql: string }[] {
  const a = series(engine, "a", from, to);
  const o = series(engine, "o", 0, OBJECTIVES - 1);
  const i = series(engine, "i", 0, INDICATORS_PER_OBJECTIVE - 1);
  const k = series(engine, "k", 0, UNITS - 1);
  const y = series(engine, "y", 0, 2);
  const unit = `(a.n - 1) * ${UNITS}`;
  const objectiveId = `(a.n - 1) * ${OBJECTIVES} + o.n + 1`;
  const indicatorId = `(a.n - 1) * ${INDICATORS} + o.n * ${INDICATORS_PER_OBJECTIVE} + i.n + 1`;
  const objectiveCode = `'OB' || ${text("o.n + 1")}`;
  const indicatorCode = `'I' || ${text("i.n + 1")}`;
  return [
    {
      table: "administration",
      sql: `with recursive ${a}
        insert into administration (id, name, kind, region, ipa_code, created_at, updated_at)
        select a.n, 'Comune ' || ${text("a.n")}, 'Comune', 'Emilia-Romagna', 'c_' || ${text("a.n")}, ${NOW}, ${NOW}
        from a`,
    },
    {
      table: "plan",
      sql: `with recursive ${a}
        insert into plan (id, administration_id, start_year, end_year, status, adoption_date,
          current_edition_id, created_at, updated_at)
        select a.n, a.n, 2025, 2027, 'adopted', '2025-01-31', a.n, ${NOW}, ${NOW} from a`,
    },
    {
      table: "plan_edition",
      sql: `with recursive ${a}
        insert into plan_edition (id, administration_id, plan_id, number, title, document_date,
          content_hash, administration_snapshot, source_name, imported_at)
        select a.n, a.n, a.n, 1, 'PIAO 2025-2027', '2025-01-31', 'bench-' || ${text("a.n")},
          ${ADMIN_JSON}, 'rollup.bench', ${NOW}
        from a`,
    },
    {
      table: "org_unit",
      sql: `with recursive ${a}, ${k}
        insert into org_unit (id, administration_id, edition_id, key, name, kind, parent_id, head)
        select ${unit} + k.n + 1, a.n, a.n,
          case k.n when 0 then 'Area A' when 1 then 'Area B' when 2 then 'Area A - Settore 1'
            when 3 then 'Area B - Settore 1' else 'Area A - Settore 1 - Ufficio 1' end,
          case k.n when 0 then 'Area A' when 1 then 'Area B' when 2 then 'Settore 1'
            when 3 then 'Settore 1' else 'Ufficio 1' end,
          case when k.n < 2 then 'area' when k.n < 4 then 'sector' else 'office' end,
          case k.n when 2 then ${unit} + 1 when 3 then ${unit} + 2 when 4 then ${unit} + 3 else null end,
          null
        from a cross join k order by 1`,
    },
    {
      table: "positive_action",
      sql: `with recursive ${a}, ${k}
        insert into positive_action (id, administration_id, edition_id, number, title, description)
        select ${unit} + k.n + 1, a.n, a.n, k.n + 1, 'Ambito ' || ${text("k.n + 1")}, ''
        from a cross join k`,
    },
    {
      table: "objective",
      // Units o % 5; areas (o / 6) % 5 except every third objective (none); weight 2 on o % 5 = 0.
      sql: `with recursive ${a}, ${o}
        insert into objective (id, administration_id, edition_id, code, title, description,
          org_unit_id, positive_action_id, weight, position)
        select ${objectiveId}, a.n, a.n, ${objectiveCode}, 'Obiettivo ' || ${text("o.n + 1")}, '',
          ${unit} + o.n % ${UNITS} + 1,
          case when o.n % 3 = 2 then null else ${unit} + (o.n / 6) % ${AREAS} + 1 end,
          case when o.n % 5 = 0 then 2 else null end,
          o.n
        from a cross join o`,
    },
    {
      table: "objective_tag",
      sql: `with recursive ${a}, ${o}
        insert into objective_tag (administration_id, objective_id, tag)
        select a.n, ${objectiveId}, 'gender_equality' from a cross join o
        union all
        select a.n, ${objectiveId}, 'digitalisation' from a cross join o where o.n % 3 = 0`,
    },
    {
      table: "indicator",
      sql: `with recursive ${a}, ${o}, ${i}
        insert into indicator (id, administration_id, edition_id, objective_id, code, description,
          kind, unit_label, polarity, weight, position)
        select ${indicatorId}, a.n, a.n, ${objectiveId}, ${indicatorCode},
          'Indicatore ' || ${text("i.n + 1")} || ' dell''obiettivo ' || ${text("o.n + 1")},
          ${KIND},
          case i.n % 3 when 0 then 'Data' when 1 then 'Numero' else 'Percentuale' end,
          case when i.n = 7 then 'lower' else 'higher' end,
          null,
          o.n * ${INDICATORS_PER_OBJECTIVE} + i.n
        from a cross join o cross join i`,
    },
    {
      table: "indicator_target",
      sql: `with recursive ${a}, ${o}, ${i}, ${y}
        insert into indicator_target (administration_id, indicator_id, year, number_value,
          date_value, boolean_value)
        select a.n, ${indicatorId}, 2025 + y.n,
          case when i.n % 3 = 0 then null else ${TARGET("y.n")} end,
          case when i.n % 3 = 0 then ${text("2025 + y.n")} || '-06-30' else null end,
          null
        from a cross join o cross join i cross join y`,
    },
    {
      table: "monitoring_campaign",
      sql: `with recursive ${a}
        insert into monitoring_campaign (id, administration_id, plan_id, year, kind, reference_date,
          status, opened_at, opened_by)
        select a.n, a.n, a.n, 2025, 'yearend', '2025-12-31', 'open', '2026-01-10T09:00:00.000Z', 'bench'
        from a`,
    },
    {
      table: "measurement",
      sql: `with recursive ${a}, ${o}, ${i}
        insert into measurement (id, administration_id, campaign_id, objective_code, indicator_code,
          kind, done_on, number_value, boolean_value, note, entered_by, entered_at)
        select ${indicatorId}, a.n, a.n, ${objectiveCode}, ${indicatorCode}, ${KIND},
          case when i.n % 3 = 0 then ${DONE_ON} else null end,
          case when i.n % 3 = 0 or ${NOT_MEASURED} then null else ${dbl(VALUE)} end,
          null, null, 'bench', '2026-01-20T09:00:00.000Z'
        from a cross join o cross join i`,
    },
    {
      table: "indicator_result",
      sql: `with recursive ${a}, ${o}, ${i}
        insert into indicator_result (administration_id, campaign_id, objective_code, indicator_code,
          state, score, counted, weight, blocked, objective_neutralised)
        select a.n, a.n, ${objectiveCode}, ${indicatorCode},
          case when ${NOT_MEASURED} then 'not_measured' else 'scored' end,
          ${SCORE},
          case when ${NOT_MEASURED} then 0 else 1 end,
          1, 0, 0
        from a cross join o cross join i`,
    },
  ];
}

/** Tables with computed ids whose identity sequence must move past them (PostgreSQL). */
const IDENTITY_TABLES = [
  "administration",
  "plan",
  "plan_edition",
  "org_unit",
  "positive_action",
  "objective",
  "indicator",
  "monitoring_campaign",
  "measurement",
];

export const LOADED_TABLES = [
  ...IDENTITY_TABLES.slice(0, 7),
  "objective_tag",
  "indicator_target",
  "monitoring_campaign",
  "measurement",
  "indicator_result",
];

async function run(db: Db, statement: string): Promise<void> {
  await sql.raw(statement).execute(db);
}

/**
 * Loads N administrations. PostgreSQL: batches of `batch` administrations,
 * each statement its own transaction, `workers` batches at a time (one per
 * core: each INSERT … SELECT runs on one server process); SQLite: one transaction.
 */
export async function generateYearEnd(
  store: Store,
  administrations: number,
  onProgress: (done: number) => void = () => {},
  { batch = 1000, workers = 2 } = {},
): Promise<void> {
  if (store.engine === "sqlite") {
    await store.db.transaction().execute(async (tx) => {
      for (const s of statements("sqlite", 1, administrations)) await run(tx, s.sql);
    });
    onProgress(administrations);
    return;
  }
  let next = 1;
  let done = 0;
  const worker = async () => {
    while (next <= administrations) {
      const from = next;
      const to = Math.min(from + batch - 1, administrations);
      next = to + 1;
      for (const s of statements("postgres", from, to)) await run(store.db, s.sql);
      done += to - from + 1;
      onProgress(done);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  for (const table of IDENTITY_TABLES) {
    await run(
      store.db,
      `select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`,
    );
  }
}

/** Statistics (and, on PostgreSQL, the visibility map autovacuum would set) for the loaded tables. */
export async function analyzeLoaded(store: Store): Promise<void> {
  if (store.engine === "sqlite") {
    await run(store.db, "analyze");
    return;
  }
  for (const table of LOADED_TABLES) await run(store.db, `vacuum (analyze) ${table}`);
}
