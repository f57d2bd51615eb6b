/** What changed between two editions of a plan, record by record. */
import { canonicalJson } from "./fingerprint.ts";
import type { Indicator, Objective, PlanDocument } from "./plan.ts";
import { SECTION_RECORD_FIELDS } from "./sections/index.ts";

export interface RecordChange {
  code: string;
  /** Names of the fields that differ. */
  fields: string[];
}

export interface RecordDiff {
  added: string[];
  removed: string[];
  changed: RecordChange[];
}

export interface PlanDiff {
  objectives: RecordDiff;
  /** Indicator codes are written "objective/indicator" (e.g. "1609/3826"). */
  indicators: RecordDiff;
  /**
   * Other parts that changed: "administration", "plan", "sections", "units",
   * "positiveActions", and the section-record groups ("publicValue", "risk" …).
   */
  parts: string[];
}

function changedFields<T extends object>(before: T, after: T, ignore: (keyof T)[] = []): string[] {
  return (Object.keys(after) as (keyof T)[])
    .filter((k) => !ignore.includes(k))
    .filter((k) => canonicalJson(before[k]) !== canonicalJson(after[k]))
    .map(String);
}

function diffRecords<T extends object>(
  before: Map<string, T>,
  after: Map<string, T>,
  ignore: (keyof T)[] = [],
): RecordDiff {
  const diff: RecordDiff = { added: [], removed: [], changed: [] };
  for (const [code, record] of after) {
    const old = before.get(code);
    if (!old) diff.added.push(code);
    else {
      const fields = changedFields(old, record, ignore);
      if (fields.length > 0) diff.changed.push({ code, fields });
    }
  }
  for (const code of before.keys()) if (!after.has(code)) diff.removed.push(code);
  return diff;
}

function indicatorsByKey(objectives: Objective[]): Map<string, Indicator> {
  const map = new Map<string, Indicator>();
  for (const o of objectives) for (const i of o.indicators) map.set(`${o.code}/${i.code}`, i);
  return map;
}

export function diffPlans(before: PlanDocument, after: PlanDocument): PlanDiff {
  const objectives = diffRecords(
    new Map(before.objectives.map((o) => [o.code, o])),
    new Map(after.objectives.map((o) => [o.code, o])),
    ["indicators"],
  );
  const indicators = diffRecords(
    indicatorsByKey(before.objectives),
    indicatorsByKey(after.objectives),
  );
  const parts = (
    [
      "administration",
      "plan",
      "sections",
      "units",
      "positiveActions",
      ...(Object.keys(SECTION_RECORD_FIELDS) as (keyof typeof SECTION_RECORD_FIELDS)[]),
    ] as const
  ).filter((part) => canonicalJson(before[part]) !== canonicalJson(after[part]));
  return { objectives, indicators, parts };
}

export function isEmptyDiff(diff: PlanDiff): boolean {
  const empty = (d: RecordDiff) => d.added.length + d.removed.length + d.changed.length === 0;
  return empty(diff.objectives) && empty(diff.indicators) && diff.parts.length === 0;
}
