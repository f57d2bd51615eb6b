/**
 * Comparing administrations: for a year, the achievement of each
 * administration and of each positive-action area across administrations,
 * as their published year-end campaigns froze them. Read from the stored
 * roll-ups (group_result) of published campaigns of published plans only,
 * in a few queries whatever the number of administrations: the choices of
 * the selectors, one page of administrations, and the statistics.
 */
import { type RawBuilder, sql } from "kysely";
import type { Db } from "../../store/database.ts";
import { periodOf } from "./read.ts";

export interface ComparisonFilter {
  /** Default: the latest year with published year-end results. */
  year?: number;
  region?: string;
  kind?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

/** One administration's achievement in the year. */
export interface ComparisonItem {
  administrationId: number;
  name: string;
  kind: string | null;
  region: string | null;
  planId: number;
  /** "2025-2027": the plan the campaign belongs to. */
  period: string;
  campaignId: number;
  /** 0–100, or null when nothing was measured ("non rilevato"). */
  score: number | null;
  /** Objectives counted and in total. */
  counted: number;
  total: number;
  blocked: boolean;
}

/** The spread of one group's score across administrations. */
export interface GroupStatistics {
  /** Administrations with the group (with objectives in the area). */
  administrations: number;
  /** Of those, with a score. */
  measured: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

export interface AreaStatistics extends GroupStatistics {
  number: number;
  /** The title most administrations give the area. */
  title: string;
}

export interface Comparison {
  /** The year compared, or null when no year-end results are published. */
  year: number | null;
  /** Years with published year-end results, newest first. */
  years: number[];
  /** Regions and kinds of the administrations compared that year, for the filters. */
  regions: string[];
  kinds: string[];
  /** The administrations' overall score. */
  overall: GroupStatistics;
  areas: AreaStatistics[];
  items: ComparisonItem[];
  /** Administrations matching the filters, over all pages. */
  total: number;
  page: number;
  pageSize: number;
}

const EMPTY: GroupStatistics = {
  administrations: 0,
  measured: 0,
  mean: null,
  median: null,
  min: null,
  max: null,
};

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** The choices of the selectors: every year, region and kind with published year-end results. */
async function facets(
  db: Db,
): Promise<{ year: number; region: string | null; kind: string | null }[]> {
  const rows = await db
    .selectFrom("campaign_publication as cp")
    .innerJoin("monitoring_campaign as c", "c.id", "cp.campaign_id")
    .innerJoin("plan_publication as pp", "pp.plan_id", "cp.plan_id")
    .innerJoin("administration as a", "a.id", "cp.administration_id")
    .select(["c.year", "a.region", "a.kind"])
    .distinct()
    .where("c.kind", "=", "yearend")
    .where("c.status", "=", "closed")
    .execute();
  return rows.map((r) => ({ ...r, year: Number(r.year) }));
}

/**
 * Per administration, the published year-end campaign of the year (of its
 * newest published plan, should two cover the year), filtered.
 */
function chosen(year: number, filter: ComparisonFilter): RawBuilder<unknown> {
  const region = filter.region ? sql`and a.region = ${filter.region}` : sql``;
  const kind = filter.kind ? sql`and a.kind = ${filter.kind}` : sql``;
  return sql`ranked as (
      select cp.campaign_id, cp.administration_id, cp.plan_id, pp.edition_id, p.start_year, p.end_year,
        row_number() over (
          partition by cp.administration_id order by p.start_year desc, cp.campaign_id desc
        ) as rank
      from campaign_publication cp
      join monitoring_campaign c on c.id = cp.campaign_id
      join plan_publication pp on pp.plan_id = cp.plan_id
      join plan p on p.id = cp.plan_id
      where c.kind = 'yearend' and c.status = 'closed' and c.year = ${year}
    ),
    chosen as (
      select r.*, a.name, a.kind, a.region
      from ranked r join administration a on a.id = r.administration_id
      where r.rank = 1 ${region} ${kind}
    )`;
}

interface ItemRow {
  administration_id: number;
  name: string;
  kind: string | null;
  region: string | null;
  plan_id: number;
  start_year: number;
  end_year: number;
  campaign_id: number;
  score: number | null;
  counted: number | null;
  total: number | null;
  blocked: number | null;
}

/** One page, best score first; "non rilevato" last. */
async function itemsPage(
  db: Db,
  year: number,
  filter: ComparisonFilter,
  page: number,
  pageSize: number,
): Promise<ComparisonItem[]> {
  const { rows } = await sql<ItemRow>`
    with ${chosen(year, filter)}
    select ch.administration_id, ch.name, ch.kind, ch.region, ch.plan_id, ch.start_year,
      ch.end_year, ch.campaign_id, g.score, g.counted, g.total, g.blocked
    from chosen ch
    left join group_result g
      on g.campaign_id = ch.campaign_id and g.level = 'administration' and g.key = ''
    order by case when g.score is null then 1 else 0 end, g.score desc, ch.name, ch.administration_id
    limit ${pageSize} offset ${(page - 1) * pageSize}
  `.execute(db);
  return rows.map((r) => ({
    administrationId: Number(r.administration_id),
    name: r.name,
    kind: r.kind,
    region: r.region,
    planId: Number(r.plan_id),
    period: periodOf(Number(r.start_year), Number(r.end_year)),
    campaignId: Number(r.campaign_id),
    score: num(r.score),
    counted: Number(r.counted ?? 0),
    total: Number(r.total ?? 0),
    blocked: Number(r.blocked ?? 0) === 1,
  }));
}

/** As the database gives it: counts may come as text (PostgreSQL's bigint). */
interface StatisticsRow extends GroupStatistics {
  level: string;
  key: string;
  title: string | null;
}

/**
 * Count, mean, median, minimum and maximum of the administrations' overall
 * score and of each area's, in one query: the median is the mean of the
 * middle one or two of the scores in order (nulls placed last alike on both engines).
 */
async function statistics(db: Db, year: number, filter: ComparisonFilter) {
  const { rows } = await sql<StatisticsRow>`
    with ${chosen(year, filter)},
    scored as (
      select g.level, g.key, g.score,
        row_number() over (
          partition by g.level, g.key order by case when g.score is null then 1 else 0 end, g.score
        ) as place,
        count(g.score) over (partition by g.level, g.key) as measured
      from chosen ch
      join group_result g on g.campaign_id = ch.campaign_id
      where g.level in ('administration', 'area')
    ),
    titles as (
      select pa.number, pa.title,
        row_number() over (partition by pa.number order by count(*) desc, min(pa.edition_id)) as rank
      from chosen ch join positive_action pa
        on pa.administration_id = ch.administration_id and pa.edition_id = ch.edition_id
      group by pa.number, pa.title
    ),
    grouped as (
      select level, key, count(*) as administrations, count(score) as measured,
        avg(score) as mean, min(score) as min, max(score) as max,
        avg(case when score is not null
          and place in ((measured + 1) / 2, (measured + 2) / 2) then score end) as median
      from scored
      group by level, key
    )
    select s.*, t.title
    from grouped s
    left join titles t on s.level = 'area' and t.rank = 1 and cast(t.number as text) = s.key
  `.execute(db);
  const stats = (r: StatisticsRow): GroupStatistics => ({
    administrations: Number(r.administrations),
    measured: Number(r.measured),
    mean: num(r.mean),
    median: num(r.median),
    min: num(r.min),
    max: num(r.max),
  });
  const overall = rows.find((r) => r.level === "administration");
  const areas = rows
    .filter((r) => r.level === "area")
    .map((r) => ({ number: Number(r.key), title: r.title ?? "", ...stats(r) }))
    .sort((a, b) => a.number - b.number);
  return { overall: overall ? stats(overall) : EMPTY, areas };
}

const distinctSorted = (values: (string | null)[]) =>
  [...new Set(values.filter((v): v is string => v !== null && v !== ""))].sort((a, b) =>
    a.localeCompare(b, "it"),
  );

/** The comparison of the year's published year-end results, a page of administrations at a time. */
export async function publishedComparison(
  db: Db,
  filter: ComparisonFilter = {},
): Promise<Comparison> {
  const page = Math.max(1, filter.page ?? 1);
  const pageSize = Math.min(200, Math.max(1, filter.pageSize ?? 50));
  const choices = await facets(db);
  const years = [...new Set(choices.map((c) => c.year))].sort((a, b) => b - a);
  const year = filter.year ?? years[0] ?? null;
  const ofYear = choices.filter((c) => c.year === year);
  const base = {
    year,
    years,
    regions: distinctSorted(ofYear.map((c) => c.region)),
    kinds: distinctSorted(ofYear.map((c) => c.kind)),
    page,
    pageSize,
  };
  if (year === null || !years.includes(year)) {
    return { ...base, overall: EMPTY, areas: [], items: [], total: 0 };
  }
  const [items, { overall, areas }] = await Promise.all([
    itemsPage(db, year, filter, page, pageSize),
    statistics(db, year, filter),
  ]);
  return { ...base, overall, areas, items, total: overall.administrations };
}
