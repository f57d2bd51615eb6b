/**
 * The records of a plan that others refer to, and who refers to them: the
 * one place that knows the links between sections. From it come three
 * rules: codes are unique within their kind; a reference must resolve (so
 * deleting a record others use is refused, naming them); and a record used
 * by a section that is in validation or later cannot change (the workflow
 * passes which sections are locked).
 */
import { type Diagnostic, error } from "../diagnostics.ts";
import { canonicalJson } from "../fingerprint.ts";
import type { PlanDocument } from "../plan.ts";

export type RecordKind =
  | "unit"
  | "objective"
  | "stakeholder"
  | "strategicObjective"
  | "publicValueObjective"
  | "procedure"
  | "simplification"
  | "accessibilityAction"
  | "riskArea"
  | "macroProcess"
  | "process"
  | "riskEvent"
  | "riskIndicator"
  | "measure"
  | "obligation"
  | "agileCondition"
  | "agileObjective"
  | "hire"
  | "spendingLimit"
  | "trainingCourse"
  | "staffCount"
  | "agileStaff";

export interface RecordRef {
  kind: RecordKind;
  code: string;
  /** Schema-tipo section the record belongs to. */
  section: string;
}

export interface PlanRecord extends RecordRef {
  /** Field path in the bundle, e.g. "risk.measures[2]". */
  field: string;
  data: unknown;
}

export interface Reference {
  /** The record that holds the link. */
  from: RecordRef;
  to: { kind: RecordKind; code: string };
  /** Field path of the link in the bundle, e.g. "risk.measures[2].unitKey". */
  field: string;
  /**
   * Which end uses the other. Usually the holder ("from"); a public-value
   * objective lists the performance objectives that carry it out, but it is
   * the performance objective that uses the public value ("to").
   */
  user: "from" | "to";
}

const ref = (kind: RecordKind, code: string, section: string): RecordRef => ({
  kind,
  code,
  section,
});

/** Every record of the plan that has a code or key, with its section and bundle field. */
export function planRecords(doc: PlanDocument): PlanRecord[] {
  const out: PlanRecord[] = [];
  const add = (
    kind: RecordKind,
    section: string,
    field: string,
    items: readonly { code?: string; key?: string }[],
  ) => {
    items.forEach((data, i) => {
      const code = data.code ?? data.key ?? String(i);
      out.push({ ...ref(kind, code, section), field: `${field}[${i}]`, data });
    });
  };
  add("unit", "3.1", "units", doc.units);
  add("objective", "2.2", "objectives", doc.objectives);
  const pv = doc.publicValue;
  add("stakeholder", "2.1", "publicValue.stakeholders", pv.stakeholders);
  add("strategicObjective", "2.1", "publicValue.strategicObjectives", pv.strategicObjectives);
  add("publicValueObjective", "2.1", "publicValue.objectives", pv.objectives);
  const pr = doc.procedures;
  add("procedure", "2.2", "procedures.procedures", pr.procedures);
  add("simplification", "2.2", "procedures.simplifications", pr.simplifications);
  add("accessibilityAction", "2.2", "procedures.accessibility", pr.accessibility);
  const r = doc.risk;
  add("riskIndicator", "2.3", "risk.indicators", r.indicators);
  add("riskArea", "2.3", "risk.areas", r.areas);
  add("macroProcess", "2.3", "risk.macroProcesses", r.macroProcesses);
  add("process", "2.3", "risk.processes", r.processes);
  add("riskEvent", "2.3", "risk.events", r.events);
  add("measure", "2.3", "risk.measures", r.measures);
  add("obligation", "2.3", "risk.obligations", r.obligations);
  add("agileCondition", "3.2", "agileWork.conditions", doc.agileWork.conditions);
  add("agileObjective", "3.2", "agileWork.objectives", doc.agileWork.objectives);
  add("hire", "3.3", "staffing.hires", doc.staffing.hires);
  add("spendingLimit", "3.3", "staffing.spendingLimits", doc.staffing.spendingLimits);
  add("trainingCourse", "3.3", "staffing.training", doc.staffing.training);
  return out;
}

/** Every link between records, from the record that holds it. */
export function planReferences(doc: PlanDocument): Reference[] {
  const out: Reference[] = [];
  const link = (
    from: RecordRef,
    kind: RecordKind,
    code: string | null,
    field: string,
    user: Reference["user"] = "from",
  ) => {
    if (code !== null) out.push({ from, to: { kind, code }, field, user });
  };
  const links = (
    from: RecordRef,
    kind: RecordKind,
    codes: readonly string[],
    field: string,
    user: Reference["user"] = "from",
  ) => {
    codes.forEach((c, i) => {
      link(from, kind, c, `${field}[${i}]`, user);
    });
  };
  doc.units.forEach((u, i) => {
    link(ref("unit", u.key, "3.1"), "unit", u.parentKey, `units[${i}].parentKey`);
  });
  doc.objectives.forEach((o, i) => {
    link(ref("objective", o.code, "2.2"), "unit", o.unitKey, `objectives[${i}].unitKey`);
  });
  doc.publicValue.objectives.forEach((o, i) => {
    const from = ref("publicValueObjective", o.code, "2.1");
    const f = `publicValue.objectives[${i}]`;
    links(from, "strategicObjective", o.strategicObjectiveCodes, `${f}.strategicObjectiveCodes`);
    links(from, "stakeholder", o.stakeholderKeys, `${f}.stakeholderKeys`);
    links(from, "objective", o.objectiveCodes, `${f}.objectiveCodes`, "to");
  });
  doc.procedures.procedures.forEach((p, i) => {
    link(ref("procedure", p.code, "2.2"), "unit", p.unitKey, `procedures.procedures[${i}].unitKey`);
  });
  doc.procedures.simplifications.forEach((s, i) => {
    const from = ref("simplification", s.code, "2.2");
    const f = `procedures.simplifications[${i}]`;
    links(from, "procedure", s.procedureCodes, `${f}.procedureCodes`);
    links(from, "objective", s.objectiveCodes, `${f}.objectiveCodes`);
  });
  doc.procedures.accessibility.forEach((a, i) => {
    const from = ref("accessibilityAction", a.code, "2.2");
    links(from, "objective", a.objectiveCodes, `procedures.accessibility[${i}].objectiveCodes`);
  });
  const r = doc.risk;
  r.macroProcesses.forEach((m, i) => {
    const from = ref("macroProcess", m.code, "2.3");
    link(from, "riskArea", m.areaCode, `risk.macroProcesses[${i}].areaCode`);
  });
  r.processes.forEach((p, i) => {
    const from = ref("process", p.code, "2.3");
    const f = `risk.processes[${i}]`;
    link(from, "macroProcess", p.macroProcessCode, `${f}.macroProcessCode`);
    link(from, "unit", p.unitKey, `${f}.unitKey`);
    p.phases.forEach((ph, j) => {
      link(from, "unit", ph.unitKey, `${f}.phases[${j}].unitKey`);
    });
  });
  r.events.forEach((e, i) => {
    link(
      ref("riskEvent", e.code, "2.3"),
      "process",
      e.processCode,
      `risk.events[${i}].processCode`,
    );
  });
  r.assessments.forEach((a, i) => {
    const from = ref("riskEvent", a.eventCode, "2.3");
    const f = `risk.assessments[${i}]`;
    link(from, "riskEvent", a.eventCode, `${f}.eventCode`);
    for (const [moment, input] of [
      ["before", a.before],
      ["after", a.after],
    ] as const) {
      input?.ratings.forEach((rating, j) => {
        const field = `${f}.${moment}.ratings[${j}].indicatorCode`;
        link(from, "riskIndicator", rating.indicatorCode, field);
      });
    }
  });
  r.measures.forEach((m, i) => {
    const from = ref("measure", m.code, "2.3");
    const f = `risk.measures[${i}]`;
    link(from, "unit", m.unitKey, `${f}.unitKey`);
    links(from, "riskEvent", m.eventCodes, `${f}.eventCodes`);
    links(from, "publicValueObjective", m.publicValueCodes, `${f}.publicValueCodes`);
  });
  r.obligations.forEach((o, i) => {
    const from = ref("obligation", o.code, "2.3");
    const f = `risk.obligations[${i}]`;
    link(from, "unit", o.producerUnitKey, `${f}.producerUnitKey`);
    link(from, "unit", o.publisherUnitKey, `${f}.publisherUnitKey`);
  });
  doc.organisation.staff.forEach((s, i) => {
    const from = ref("staffCount", String(i + 1), "3.1");
    link(from, "unit", s.unitKey, `organisation.staff[${i}].unitKey`);
  });
  doc.agileWork.staff.forEach((s, i) => {
    const from = ref("agileStaff", String(i + 1), "3.2");
    link(from, "unit", s.unitKey, `agileWork.staff[${i}].unitKey`);
  });
  doc.staffing.hires.forEach((h, i) => {
    link(ref("hire", h.code, "3.3"), "unit", h.unitKey, `staffing.hires[${i}].unitKey`);
  });
  return out;
}

/** The record kind's name in the user's language, as a message parameter. */
export const kindLabel = (kind: RecordKind) => `msg:records.kind.${kind}`;

const recordId = (r: { kind: RecordKind; code: string }) => `${r.kind}:${r.code}`;

/** Codes repeated within a kind (units and objectives have their own rules in plan-rules). */
function duplicateCodes(records: readonly PlanRecord[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const r of records) {
    if (r.kind === "unit" || r.kind === "objective") continue;
    const id = recordId(r);
    if (seen.has(id)) {
      out.push({
        ...error("records.duplicateCode", null, { kind: kindLabel(r.kind), code: r.code }),
        field: `${r.field}.code`,
      });
    }
    seen.add(id);
  }
  return out;
}

/** A reference that does not resolve, by field; the message names what refers to it. */
function danglingReferences(doc: PlanDocument, records: readonly PlanRecord[]): Diagnostic[] {
  const known = new Set(records.map(recordId));
  // units and objectives referred to by 2.2 rows are checked by plan-rules
  const coveredByPlanRules = (r: Reference) =>
    (r.from.kind === "objective" && r.to.kind === "unit") ||
    (r.from.kind === "unit" && r.field.startsWith("units["));
  return planReferences(doc)
    .filter((r) => !coveredByPlanRules(r) && !known.has(recordId(r.to)))
    .map((r) => ({
      ...error("records.unknownReference", null, {
        kind: kindLabel(r.to.kind),
        code: r.to.code,
        fromKind: kindLabel(r.from.kind),
        from: r.from.code,
      }),
      field: r.field,
    }));
}

/** Errors that stop a plan from being stored: repeated codes and links that do not resolve. */
export function referenceRules(doc: PlanDocument): Diagnostic[] {
  const records = planRecords(doc);
  return [...duplicateCodes(records), ...danglingReferences(doc, records)];
}

/** Who uses a record: the records that refer to it (for "cannot delete: used by …"). */
export function usersOf(
  doc: PlanDocument,
  target: { kind: RecordKind; code: string },
): RecordRef[] {
  const id = recordId(target);
  const out: RecordRef[] = [];
  for (const r of planReferences(doc)) {
    if (r.user === "from" && recordId(r.to) === id) out.push(r.from);
    if (r.user === "to" && recordId(r.from) === id) {
      out.push({ kind: r.to.kind, code: r.to.code, section: sectionOfKind(r.to.kind) });
    }
  }
  return out;
}

const SECTION_OF_KIND: Record<RecordKind, string> = {
  unit: "3.1",
  objective: "2.2",
  stakeholder: "2.1",
  strategicObjective: "2.1",
  publicValueObjective: "2.1",
  procedure: "2.2",
  simplification: "2.2",
  accessibilityAction: "2.2",
  riskArea: "2.3",
  macroProcess: "2.3",
  process: "2.3",
  riskEvent: "2.3",
  riskIndicator: "2.3",
  measure: "2.3",
  obligation: "2.3",
  agileCondition: "3.2",
  agileObjective: "3.2",
  hire: "3.3",
  spendingLimit: "3.3",
  trainingCourse: "3.3",
  staffCount: "3.1",
  agileStaff: "3.2",
};

export const sectionOfKind = (kind: RecordKind): string => SECTION_OF_KIND[kind];

export interface LockedChange {
  record: { kind: RecordKind; code: string; section: string };
  /** "changed" or "removed". */
  change: "changed" | "removed";
  /** The records, in locked sections, that use it. */
  usedBy: RecordRef[];
}

/**
 * The records that `after` changes or removes although a section in
 * validation or later uses them. `locked(section)` says whether a section
 * is at that stage; links within one section never lock.
 */
export function lockedChanges(
  before: PlanDocument,
  after: PlanDocument,
  locked: (section: string) => boolean,
): LockedChange[] {
  const afterRecords = new Map(planRecords(after).map((r) => [recordId(r), r]));
  const beforeRecords = new Map(planRecords(before).map((r) => [recordId(r), r]));
  const uses = new Map<string, RecordRef[]>();
  for (const r of planReferences(before)) {
    const [user, used] =
      r.user === "from"
        ? [r.from, r.to]
        : [{ kind: r.to.kind, code: r.to.code, section: sectionOfKind(r.to.kind) }, r.from];
    const usedSection = sectionOfKind(used.kind);
    if (user.section === usedSection || !locked(user.section)) continue;
    const id = recordId(used);
    const list = uses.get(id) ?? [];
    if (!list.some((u) => recordId(u) === recordId(user))) list.push(user);
    uses.set(id, list);
  }
  const out: LockedChange[] = [];
  for (const [id, usedBy] of uses) {
    const old = beforeRecords.get(id);
    if (!old) continue;
    const now = afterRecords.get(id);
    const change = !now
      ? "removed"
      : canonicalJson(old.data) !== canonicalJson(now.data)
        ? "changed"
        : null;
    if (change) {
      out.push({
        record: { kind: old.kind, code: old.code, section: old.section },
        change,
        usedBy,
      });
    }
  }
  return out;
}
