/**
 * The records of one plan edition: written once when the edition is imported,
 * read back whole as a PlanDocument's content.
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
import { columnsToValue, valueToColumns } from "./target-columns.ts";

/** Rows per INSERT: well below the bound-parameter limits of both engines. */
const CHUNK = 400;

export interface EditionScope {
  administrationId: number;
  editionId: number;
}

export type ContentDocument = Omit<PlanDocument, "administration" | "plan">;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Parents before children, whatever order the document listed them in. */
function unitsParentFirst(units: readonly OrgUnit[]): OrgUnit[] {
  const byKey = new Map(units.map((u) => [u.key, u]));
  const depth = (u: OrgUnit): number => {
    let d = 0;
    let parent = u.parentKey;
    const seen = new Set<string>();
    while (parent && !seen.has(parent)) {
      seen.add(parent);
      d += 1;
      parent = byKey.get(parent)?.parentKey ?? null;
    }
    return d;
  };
  return [...units]
    .map((u) => ({ u, d: depth(u) }))
    .sort((a, b) => a.d - b.d)
    .map((x) => x.u);
}

async function writeUnits(db: Db, scope: EditionScope, units: readonly OrgUnit[]) {
  const ids = new Map<string, number>();
  for (const unit of unitsParentFirst(units)) {
    const row = await db
      .insertInto("org_unit")
      .values({
        administration_id: scope.administrationId,
        edition_id: scope.editionId,
        key: unit.key,
        name: unit.name,
        kind: unit.kind,
        parent_id: unit.parentKey ? (ids.get(unit.parentKey) ?? null) : null,
        head: unit.head,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    ids.set(unit.key, row.id);
  }
  return ids;
}

async function writeObjectives(
  db: Db,
  scope: EditionScope,
  objectives: readonly Objective[],
  unitIds: Map<string, number>,
  actionIds: Map<number, number>,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const rows = objectives.map((o, position) => ({
    administration_id: scope.administrationId,
    edition_id: scope.editionId,
    code: o.code,
    title: o.title,
    description: o.description,
    org_unit_id: o.unitKey ? (unitIds.get(o.unitKey) ?? null) : null,
    positive_action_id:
      o.positiveAction === null ? null : (actionIds.get(o.positiveAction) ?? null),
    weight: o.weight,
    position,
  }));
  for (const chunk of chunks(rows)) {
    const inserted = await db
      .insertInto("objective")
      .values(chunk)
      .returning(["id", "code"])
      .execute();
    for (const r of inserted) ids.set(r.code, r.id);
  }
  const tags = objectives.flatMap((o) =>
    o.tags.map((tag) => ({
      administration_id: scope.administrationId,
      objective_id: ids.get(o.code) as number,
      tag,
    })),
  );
  for (const chunk of chunks(tags)) await db.insertInto("objective_tag").values(chunk).execute();
  return ids;
}

async function writeIndicators(
  db: Db,
  scope: EditionScope,
  objectives: readonly Objective[],
  objectiveIds: Map<string, number>,
  onWritten: (count: number) => void,
): Promise<void> {
  const flat = objectives.flatMap((o) =>
    o.indicators.map((indicator) => ({
      indicator,
      objectiveId: objectiveIds.get(o.code) as number,
    })),
  );
  const rows = flat.map(({ indicator: i, objectiveId }, position) => {
    const baseline = valueToColumns(i.baseline);
    return {
      administration_id: scope.administrationId,
      edition_id: scope.editionId,
      objective_id: objectiveId,
      code: i.code,
      description: i.description,
      kind: i.kind,
      unit_label: i.unitLabel,
      polarity: i.polarity,
      baseline_number: baseline.number,
      baseline_date: baseline.date,
      baseline_boolean: baseline.boolean,
      weight: i.weight,
      position,
    };
  });
  const ids: number[] = [];
  for (const chunk of chunks(rows)) {
    const inserted = await db.insertInto("indicator").values(chunk).returning("id").execute();
    ids.push(...inserted.map((r) => r.id));
    onWritten(ids.length);
  }
  const targets = flat.flatMap(({ indicator }, index) =>
    indicator.targets.map((t) => {
      const v = valueToColumns(t.value);
      return {
        administration_id: scope.administrationId,
        indicator_id: ids[index] as number,
        year: t.year,
        number_value: v.number,
        date_value: v.date,
        boolean_value: v.boolean,
      };
    }),
  );
  for (const chunk of chunks(targets))
    await db.insertInto("indicator_target").values(chunk).execute();
}

export type ProgressListener = (done: number, total: number) => void;

export async function writeEditionContent(
  db: Db,
  scope: EditionScope,
  doc: ContentDocument,
  onProgress: ProgressListener = () => {},
): Promise<void> {
  const indicatorCount = doc.objectives.reduce((n, o) => n + o.indicators.length, 0);
  const total = doc.objectives.length + indicatorCount;
  const base = { administration_id: scope.administrationId, edition_id: scope.editionId };
  const sections = doc.sections.map((s) => ({
    ...base,
    code: s.code,
    title: s.title,
    position: s.position,
    body: s.body,
    in_index: s.inIndex ? 1 : 0,
  }));
  for (const chunk of chunks(sections)) await db.insertInto("section").values(chunk).execute();
  const unitIds = await writeUnits(db, scope, doc.units);
  const actionIds = new Map<number, number>();
  for (const a of doc.positiveActions) {
    const row = await db
      .insertInto("positive_action")
      .values({ ...base, number: a.number, title: a.title, description: a.description })
      .returning("id")
      .executeTakeFirstOrThrow();
    actionIds.set(a.number, row.id);
  }
  const objectiveIds = await writeObjectives(db, scope, doc.objectives, unitIds, actionIds);
  onProgress(doc.objectives.length, total);
  await writeIndicators(db, scope, doc.objectives, objectiveIds, (n) =>
    onProgress(doc.objectives.length + n, total),
  );
}

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
  return {
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
