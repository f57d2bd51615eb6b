/**
 * The records of one plan edition read back whole as a PlanDocument's content
 * (written once, when the edition is imported: edition-writer.repository.ts).
 */
import type {
  Indicator,
  Objective,
  ObjectiveTag,
  OrgUnit,
  PlanDocument,
} from "../../domain/plan.ts";
import type { Db } from "../database.ts";
import type { IndicatorRow, ObjectiveRow } from "../tables/content.table.ts";
import { readSectionRecords } from "./section-records.repository.ts";
import { columnsToValue } from "./target-columns.ts";

export interface EditionScope {
  administrationId: number;
  editionId: number;
}

export type ContentDocument = Omit<PlanDocument, "administration" | "plan">;

function toIndicator(row: IndicatorRow, targets: Map<number, Indicator["targets"]>): Indicator {
  const kind = row.kind as Indicator["kind"];
  return {
    code: row.code,
    description: row.description,
    kind,
    unitLabel: row.unit_label,
    polarity: row.polarity as Indicator["polarity"],
    baseline: columnsToValue(kind, {
      number: row.baseline_number,
      date: row.baseline_date,
      boolean: row.baseline_boolean,
    }),
    targets: targets.get(row.id) ?? [],
    weight: row.weight,
  };
}

async function readTargets(db: Db, scope: EditionScope, indicators: IndicatorRow[]) {
  const kinds = new Map(indicators.map((i) => [i.id, i.kind as Indicator["kind"]]));
  const rows = await db
    .selectFrom("indicator_target")
    .innerJoin("indicator", "indicator.id", "indicator_target.indicator_id")
    .select([
      "indicator_target.indicator_id",
      "indicator_target.year",
      "indicator_target.number_value",
      "indicator_target.date_value",
      "indicator_target.boolean_value",
    ])
    .where("indicator.administration_id", "=", scope.administrationId)
    .where("indicator.edition_id", "=", scope.editionId)
    .orderBy("indicator_target.indicator_id")
    .orderBy("indicator_target.year")
    .execute();
  const byIndicator = new Map<number, Indicator["targets"]>();
  for (const r of rows) {
    const kind = kinds.get(r.indicator_id);
    if (!kind) continue;
    const value = columnsToValue(kind, {
      number: r.number_value,
      date: r.date_value,
      boolean: r.boolean_value,
    });
    if (!value) continue;
    const list = byIndicator.get(r.indicator_id) ?? [];
    list.push({ year: r.year, value });
    byIndicator.set(r.indicator_id, list);
  }
  return byIndicator;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

async function readObjectives(
  db: Db,
  scope: EditionScope,
  unitKeys: Map<number, string>,
  actionNumbers: Map<number, number>,
): Promise<Objective[]> {
  const objectives: ObjectiveRow[] = await db
    .selectFrom("objective")
    .selectAll()
    .where("administration_id", "=", scope.administrationId)
    .where("edition_id", "=", scope.editionId)
    .orderBy("position")
    .execute();
  const indicators: IndicatorRow[] = await db
    .selectFrom("indicator")
    .selectAll()
    .where("administration_id", "=", scope.administrationId)
    .where("edition_id", "=", scope.editionId)
    .orderBy("position")
    .execute();
  const tags = await db
    .selectFrom("objective_tag")
    .innerJoin("objective", "objective.id", "objective_tag.objective_id")
    .select(["objective_tag.objective_id", "objective_tag.tag"])
    .where("objective_tag.administration_id", "=", scope.administrationId)
    .where("objective.edition_id", "=", scope.editionId)
    .orderBy("objective_tag.tag")
    .execute();
  const targets = await readTargets(db, scope, indicators);
  const tagsOf = groupBy(tags, (t) => t.objective_id);
  const indicatorsOf = groupBy(indicators, (i) => i.objective_id);
  return objectives.map(
    (o): Objective => ({
      code: o.code,
      title: o.title,
      description: o.description,
      unitKey: o.org_unit_id === null ? null : (unitKeys.get(o.org_unit_id) ?? null),
      positiveAction:
        o.positive_action_id === null ? null : (actionNumbers.get(o.positive_action_id) ?? null),
      weight: o.weight,
      tags: (tagsOf.get(o.id) ?? []).map((t) => t.tag as ObjectiveTag),
      indicators: (indicatorsOf.get(o.id) ?? []).map((i) => toIndicator(i, targets)),
    }),
  );
}

export async function readEditionContent(db: Db, scope: EditionScope): Promise<ContentDocument> {
  const sections = await db
    .selectFrom("section")
    .selectAll()
    .where("administration_id", "=", scope.administrationId)
    .where("edition_id", "=", scope.editionId)
    .orderBy("position")
    .orderBy("id")
    .execute();
  const units = await db
    .selectFrom("org_unit")
    .selectAll()
    .where("administration_id", "=", scope.administrationId)
    .where("edition_id", "=", scope.editionId)
    .orderBy("id")
    .execute();
  const actions = await db
    .selectFrom("positive_action")
    .selectAll()
    .where("administration_id", "=", scope.administrationId)
    .where("edition_id", "=", scope.editionId)
    .orderBy("number")
    .execute();
  const unitKeys = new Map(units.map((u) => [u.id, u.key]));
  const objectives = await readObjectives(
    db,
    scope,
    unitKeys,
    new Map(actions.map((a) => [a.id, a.number])),
  );
  const records = await readSectionRecords(db, scope);
  return {
    ...records,
    sections: sections.map((s) => ({
      code: s.code,
      title: s.title,
      position: s.position,
      body: s.body,
      inIndex: s.in_index === 1,
    })),
    units: units.map((u) => ({
      key: u.key,
      name: u.name,
      kind: u.kind as OrgUnit["kind"],
      parentKey: u.parent_id === null ? null : (unitKeys.get(u.parent_id) ?? null),
      head: u.head,
    })),
    positiveActions: actions.map((a) => ({
      number: a.number,
      title: a.title,
      description: a.description,
    })),
    objectives,
  };
}
