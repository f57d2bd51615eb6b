/** The records of one plan edition, written once when the edition is imported. */
import type { Objective, OrgUnit } from "../../domain/plan.ts";
import type { Db } from "../database.ts";
import type { ContentDocument, EditionScope } from "./edition-content.repository.ts";
import { writeSectionRecords } from "./section-records.repository.ts";
import { valueToColumns } from "./target-columns.ts";

/** Rows per INSERT: well below the bound-parameter limits of both engines. */
const CHUNK = 400;

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
  await writeSectionRecords(db, scope, doc);
}
