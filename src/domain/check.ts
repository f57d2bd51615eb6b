/**
 * `piao check`: which contents the law asks for are present in a plan, and
 * what in its records is incomplete or inconsistent. Pure: a plan in, a report out.
 */
import { type Diagnostic, warning } from "./diagnostics.ts";
import type { ObjectiveTag, PlanDocument } from "./plan.ts";
import { validatePlanDocument } from "./plan-rules.ts";
import { LAW_CONTENTS, SCHEMA_TIPO, SIMPLIFIED_PIAO_THRESHOLD } from "./schema-tipo.ts";
import { LAW_RISK_AREAS, type LawRiskArea } from "./sections/risk.ts";
import { sectionRecordProblems } from "./sections/rules.ts";

export type Presence = "present" | "missing";

export interface RequirementStatus {
  /** "1", "2.1" … for sections; "a" … "g" for the letters of the law. */
  id: string;
  title: string;
  status: Presence;
  /** False when the simplified PIAO does not require it. */
  required: boolean;
  /** What was found, e.g. "18 obiettivi" (message code and params for i18n). */
  evidence: { code: string; params: Record<string, string | number> } | null;
  /** Why a missing item is missing, when there is more to say (the law risk areas not mapped). */
  detail?: { code: string; params: Record<string, string | number> };
}

export interface CheckReport {
  simplified: boolean;
  /**
   * Every required section present and, for the full PIAO, every letter
   * a)–g) of the law; and no error in the records.
   */
  complete: boolean;
  /** The required sections and letters that are missing, in order. */
  missing: RequirementStatus[];
  sections: RequirementStatus[];
  lawContents: RequirementStatus[];
  problems: Diagnostic[];
}

type Evidence = RequirementStatus["evidence"];

function sectionText(doc: PlanDocument, code: string): boolean {
  return doc.sections.some(
    (s) =>
      s.code !== null && (s.code === code || s.code.startsWith(`${code}.`)) && s.body.trim() !== "",
  );
}

function tagged(doc: PlanDocument, tag: ObjectiveTag): number {
  return doc.objectives.filter((o) => o.tags.includes(tag)).length;
}

/** Records that stand for a section even where the document has no narrative for it. */
function sectionEvidence(doc: PlanDocument, code: string): Evidence {
  const objectives = doc.objectives.length;
  if (code === "1" && doc.administration.taxCode) {
    return { code: "check.evidence.anagrafica", params: { name: doc.administration.name } };
  }
  if (code === "2.2" && objectives > 0)
    return { code: "check.evidence.objectives", params: { n: objectives } };
  if (code === "3.1" && doc.units.some((u) => u.head !== null)) {
    return { code: "check.evidence.units", params: { n: doc.units.length } };
  }
  const records = recordEvidence(doc, code);
  if (records) return records;
  return sectionText(doc, code) ? { code: "check.evidence.text", params: {} } : null;
}

/** Records of sections 2.1, 2.3, 3.2 and 3.3 that stand for the section. */
function recordEvidence(doc: PlanDocument, code: string): Evidence {
  const count = (n: number, message: string): Evidence =>
    n > 0 ? { code: message, params: { n } } : null;
  switch (code) {
    case "2.1":
      return count(doc.publicValue.objectives.length, "check.evidence.publicValue");
    case "2.3":
      return count(doc.risk.processes.length, "check.evidence.riskProcesses");
    case "3.2":
      return count(
        doc.agileWork.conditions.length + doc.agileWork.objectives.length,
        "check.evidence.agileWork",
      );
    case "3.3":
      return count(
        doc.staffing.establishment.length + doc.staffing.hires.length,
        "check.evidence.staffing",
      );
    default:
      return null;
  }
}

function lawEvidence(doc: PlanDocument, letter: string, sections: Map<string, Evidence>): Evidence {
  const bySection = (...codes: string[]) =>
    codes.map((c) => sections.get(c)).find((e) => e) ?? null;
  const byTag = (tag: ObjectiveTag): Evidence => {
    const n = tagged(doc, tag);
    return n > 0 ? { code: "check.evidence.tagged", params: { n } } : null;
  };
  switch (letter) {
    case "a":
      return bySection("2.2");
    case "b":
      return bySection("3.1", "3.2");
    case "c":
      return bySection("3.3");
    case "d":
      return bySection("2.3");
    case "e":
      return doc.procedures.simplifications.length > 0
        ? {
            code: "check.evidence.simplifications",
            params: { n: doc.procedures.simplifications.length },
          }
        : byTag("simplification");
    case "f":
      return doc.procedures.accessibility.length > 0
        ? {
            code: "check.evidence.accessibility",
            params: { n: doc.procedures.accessibility.length },
          }
        : byTag("accessibility");
    case "g":
      return doc.positiveActions.length > 0
        ? { code: "check.evidence.positiveActions", params: { n: doc.positiveActions.length } }
        : byTag("gender_equality");
    default:
      return null;
  }
}

function recordProblems(doc: PlanDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { startYear, endYear } = doc.plan;
  const seen = new Map<string, string>();
  for (const o of doc.objectives) {
    if (o.indicators.length === 0)
      out.push(warning("check.noIndicators", null, { objective: o.code }));
    if (o.unitKey === null) out.push(warning("check.noUnit", null, { objective: o.code }));
    for (const i of o.indicators) {
      const other = seen.get(i.code);
      if (other !== undefined) {
        out.push(
          warning("check.indicatorCodeReused", null, {
            code: i.code,
            first: other,
            second: o.code,
          }),
        );
      }
      seen.set(i.code, o.code);
      if (i.targets.length === 0)
        out.push(warning("check.noTarget", null, { indicator: i.code, objective: o.code }));
      for (const t of i.targets) {
        const year = t.value.kind === "deadline" ? Number(t.value.date.slice(0, 4)) : t.year;
        if (year < startYear || year > endYear) {
          out.push(
            warning("check.outsidePeriod", null, {
              indicator: i.code,
              year: String(year),
              period: `${startYear}-${endYear}`,
            }),
          );
        }
      }
    }
  }
  return out;
}

function anagraficaProblems(doc: PlanDocument): Diagnostic[] {
  const a = doc.administration;
  const fields = {
    population: a.population,
    pec: a.pec,
    taxCode: a.taxCode,
    website: a.website,
  } as const;
  return Object.entries(fields)
    .filter(([, v]) => v === null || v === "")
    .map(([field]) => warning(`check.anagraficaMissing.${field}`, null));
}

/** Administrations under 50 employees adopt the simplified PIAO (art. 6 DM 132/2022). */
export function isSimplifiedPlan(doc: PlanDocument): boolean {
  const employees = doc.administration.employees;
  return employees !== null && employees < SIMPLIFIED_PIAO_THRESHOLD;
}

/** The sections the plan must have: all of the schema tipo, or those of the simplified PIAO. */
export function requiredSections(doc: PlanDocument): { simplified: boolean; codes: string[] } {
  const simplified = isSimplifiedPlan(doc);
  const codes = SCHEMA_TIPO.filter((s) => !simplified || s.requiredWhenSimplified).map(
    (s) => s.code,
  );
  return { simplified, codes };
}

/**
 * The areas of L. 190/2012 art. 1 c. 16 with no process mapped: area → macro-process → process.
 * The simplified PIAO's section 2.3 counts only when each has one (art. 6 c. 1 DM 132/2022).
 */
export function unmappedLawRiskAreas(doc: PlanDocument): LawRiskArea[] {
  const r = doc.risk;
  const areaOfMacro = new Map(r.macroProcesses.map((m) => [m.code, m.areaCode]));
  const lawAreaOf = new Map(r.areas.map((a) => [a.code, a.lawArea]));
  const mapped = new Set(
    r.processes.map((p) => lawAreaOf.get(areaOfMacro.get(p.macroProcessCode) ?? "") ?? null),
  );
  return LAW_RISK_AREAS.filter((a) => !mapped.has(a));
}

function sectionStatus(doc: PlanDocument, simplified: boolean, evidence: Map<string, Evidence>) {
  return SCHEMA_TIPO.map((s): RequirementStatus => {
    const required = simplified ? s.requiredWhenSimplified : true;
    const found = evidence.get(s.code) ?? null;
    const unmapped = simplified && s.code === "2.3" ? unmappedLawRiskAreas(doc) : [];
    const status: RequirementStatus = {
      id: s.code,
      title: s.title,
      status: found && unmapped.length === 0 ? "present" : "missing",
      required,
      evidence: found,
    };
    if (unmapped.length === 0) return status;
    const areas = unmapped.map((a) => `msg:check.lawArea.${a}`);
    return {
      ...status,
      detail: {
        code: `check.detail.lawAreasUnmapped.${unmapped.length}`,
        params: Object.fromEntries(areas.map((a, i) => [`a${i}`, a])),
      },
    };
  });
}

export function checkPlan(doc: PlanDocument): CheckReport {
  const simplified = isSimplifiedPlan(doc);
  const evidence = new Map(SCHEMA_TIPO.map((s) => [s.code, sectionEvidence(doc, s.code)]));
  const sections = sectionStatus(doc, simplified, evidence);
  const lawContents = LAW_CONTENTS.map((l): RequirementStatus => {
    const found = lawEvidence(doc, l.letter, evidence);
    return {
      id: l.letter,
      title: l.title,
      status: found ? "present" : "missing",
      required: !simplified,
      evidence: found,
    };
  });
  const problems = [
    ...validatePlanDocument(doc),
    ...anagraficaProblems(doc),
    ...recordProblems(doc),
    ...sectionRecordProblems(doc),
  ];
  const missing = [...sections, ...lawContents].filter((r) => r.required && r.status === "missing");
  const complete = missing.length === 0 && !problems.some((p) => p.severity === "error");
  return { simplified, complete, missing, sections, lawContents, problems };
}
