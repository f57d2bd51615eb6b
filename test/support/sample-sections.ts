/**
 * The section records of the complete sample plan (test/support/complete-plan.ts)
 * grafted onto another plan — the seed, for the browser tests — with the
 * sample's units and performance objectives mapped onto that plan's own, so
 * every link still resolves. Test data only: the seed itself has no 2.1, 2.3
 * or 3.x records.
 */
import type { PlanDocument } from "../../src/domain/plan.ts";
import type { SectionRecords } from "../../src/domain/sections/index.ts";
import { completePlanDocument } from "./complete-plan.ts";

function mapper(from: string[], to: string[], what: string): (key: string) => string {
  if (to.length === 0) throw new Error(`the plan has no ${what} to map the sample onto`);
  const map = new Map(from.map((k, i) => [k, to[i % to.length] as string]));
  return (key) => map.get(key) ?? key;
}

/** `doc` with the sample's records of 2.1, 2.3 and 3.x, linked to doc's units and objectives. */
export function withSampleSections(doc: PlanDocument): PlanDocument {
  const sample = completePlanDocument();
  const areas = doc.units.filter((u) => u.parentKey === null).map((u) => u.key);
  const inner = doc.units.filter((u) => u.parentKey !== null).map((u) => u.key);
  const unitKeys = [...areas.slice(0, 2), ...(inner.length ? inner : areas).slice(0, 2)];
  const unit = mapper(
    sample.units.map((u) => u.key),
    unitKeys,
    "units",
  );
  const objective = mapper(
    sample.objectives.map((o) => o.code),
    doc.objectives.map((o) => o.code),
    "objectives",
  );
  // Every unitKey and objective code in the records, whatever the record, mapped by name.
  const records: SectionRecords = JSON.parse(
    JSON.stringify(
      {
        publicValue: sample.publicValue,
        procedures: sample.procedures,
        risk: sample.risk,
        organisation: sample.organisation,
        agileWork: sample.agileWork,
        staffing: sample.staffing,
      },
      (key, value: unknown) => {
        if (typeof value === "string" && /unitkey$/i.test(key)) return unit(value);
        if (key === "objectiveCodes" && Array.isArray(value)) return value.map((c) => objective(c));
        return value;
      },
    ),
  );
  for (const key of ["producerUnitKey", "publisherUnitKey"] as const) {
    for (const o of records.risk.obligations) o[key] = unit(o[key]);
  }
  return {
    ...doc,
    ...records,
    plan: { ...doc.plan, startYear: sample.plan.startYear, endYear: sample.plan.endYear },
  };
}
