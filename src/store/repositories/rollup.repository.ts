/**
 * Roll-ups computed by the database from the stored indicator results, for
 * any number of campaigns at once: objectives, units (with their sub-units),
 * positive-action areas, tags and the administration. The same rules as
 * computeRollup in src/domain/achievement (test/services/rollup-sql.test.ts
 * holds them equal): weighted means over what counts, blocked and
 * neutralised objectives left out of every group above them.
 */
import { sql } from "kysely";
import type { Db } from "../database.ts";

export interface GroupRow {
  campaign_id: number;
  administration_id: number;
  /** "unit", "area", "tag", "administration" (by objectives), "administration_units" (mean of top-level units). */
  level: string;
  /** Unit key, action number, tag, or "" for the administration. */
  key: string;
  score: number | null;
  counted: number;
  total: number;
  blocked: number;
}

/**
 * Every roll-up of the campaigns as stored when their records last changed
 * (services/indicator-results.ts): what national views read. `campaignIds`:
 * only these campaigns; all when absent.
 */
export async function storedRollups(db: Db, campaignIds?: readonly number[]): Promise<GroupRow[]> {
  let query = db
    .selectFrom("group_result")
    .select([
      "campaign_id",
      "administration_id",
      "level",
      "key",
      "score",
      "counted",
      "total",
      "blocked",
    ]);
  if (campaignIds !== undefined) {
    query =
      campaignIds.length === 0
        ? query.where(sql<boolean>`1 = 0`)
        : query.where("campaign_id", "in", campaignIds);
  }
  return query.execute();
}

/**
 * Recomputes every roll-up from the indicator results, in the database: the
 * same numbers as storedRollups (tests hold them equal), for checks and for
 * groupings nobody stored. `campaignIds`: only these campaigns; all when absent.
 */
export async function rollupGroups(db: Db, campaignIds?: readonly number[]): Promise<GroupRow[]> {
  const only =
    campaignIds === undefined
      ? sql``
      : campaignIds.length === 0
        ? sql`where 1 = 0`
        : sql`where r.campaign_id in (${sql.join(campaignIds)})`;
  const result = await sql<GroupRow>`
    with recursive
    objective_score as (
      select r.campaign_id, r.administration_id, r.objective_code,
        sum(case when r.counted = 1 and r.weight > 0 then r.score * r.weight else 0 end) as sw,
        sum(case when r.counted = 1 and r.weight > 0 then r.weight else 0 end) as w,
        max(r.blocked) as blocked,
        max(r.objective_neutralised) as neutralised
      from indicator_result r
      ${only}
      group by r.campaign_id, r.administration_id, r.objective_code
    ),
    objective_in_plan as materialized (
      select s.campaign_id, s.administration_id, o.id as objective_id, o.org_unit_id, o.positive_action_id,
        coalesce(o.weight, 1) as ow,
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
    membership as (
      select o.*, 'unit' as level, u.key as key, u.parent_id as parent_id
        from objective_in_plan o
        join unit_tree t on t.unit_id = o.org_unit_id
        join org_unit u on u.id = t.ancestor_id
      union all
      select o.*, 'area', ${sql.raw(castText("a.number"))}, null
        from objective_in_plan o join positive_action a on a.id = o.positive_action_id
      union all
      select o.*, 'tag', g.tag, null
        from objective_in_plan o join objective_tag g on g.objective_id = o.objective_id
      union all
      select o.*, 'administration', '', null from objective_in_plan o
    ),
    grouped as (
      select campaign_id, administration_id, level, key, max(parent_id) as parent_id,
        sum(case when score is not null and ow > 0 then score * ow end)
          / nullif(sum(case when score is not null and ow > 0 then ow end), 0) as score,
        count(score) as counted,
        count(*) as total,
        max(blocked) as blocked
      from membership
      group by campaign_id, administration_id, level, key
    )
    select campaign_id, administration_id, level, key, score, counted, total, blocked from grouped
    union all
    select campaign_id, administration_id, 'administration_units', '',
      avg(score), count(score), count(*), max(blocked)
    from grouped
    where level = 'unit' and parent_id is null
    group by campaign_id, administration_id
  `.execute(db);
  return result.rows.map((r) => ({
    ...r,
    score: r.score === null ? null : Number(r.score),
    counted: Number(r.counted),
    total: Number(r.total),
    blocked: Number(r.blocked),
  }));
}

/** Integer to text in both engines' SQL. */
function castText(expression: string): string {
  return `cast(${expression} as text)`;
}
