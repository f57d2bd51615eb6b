/**
 * Rules of the 2.3 records beyond their links (references.ts checks
 * those): errors stop the plan from being stored, warnings are reported by
 * `piao check`.
 */
import { type Diagnostic, error, warning } from "../diagnostics.ts";
import type { PlanDocument } from "../plan.ts";
import { rate } from "../risk-rating.ts";
import { SIMPLIFIED_PIAO_THRESHOLD } from "../schema-tipo.ts";
import {
  LAW_RISK_AREAS,
  type LawRiskArea,
  type RiskRatingInput,
  type RiskRecords,
} from "./risk.ts";
import { isTitulusCode } from "./transparency-titulus.ts";

const at = (d: Diagnostic, field: string): Diagnostic => ({ ...d, field });

function matrixRules(r: RiskRecords): Diagnostic[] {
  const { levels, ratings, cells } = r.matrix;
  const n = levels.length;
  if (cells.length !== n || cells.some((row) => row.length !== n)) {
    return [at(error("risk.matrixShape", null, { n }), "risk.matrix.cells")];
  }
  const out: Diagnostic[] = [];
  cells.forEach((row, p) => {
    row.forEach((cell, i) => {
      if (!Number.isInteger(cell) || cell < 0 || cell >= ratings.length) {
        const params = { cell: String(cell), max: ratings.length - 1 };
        out.push(at(error("risk.matrixCell", null, params), `risk.matrix.cells[${p}][${i}]`));
      }
    });
  });
  return out;
}

function ratingInputRules(r: RiskRecords, input: RiskRatingInput, field: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const max = r.matrix.levels.length;
  const seen = new Set<string>();
  input.ratings.forEach((rating, j) => {
    const f = `${field}.ratings[${j}]`;
    if (!Number.isInteger(rating.level) || rating.level < 1 || rating.level > max) {
      out.push(at(error("risk.levelOutOfScale", null, { level: rating.level, max }), `${f}.level`));
    }
    if (seen.has(rating.indicatorCode)) {
      const params = { indicator: rating.indicatorCode };
      out.push(at(error("risk.indicatorRatedTwice", null, params), `${f}.indicatorCode`));
    }
    seen.add(rating.indicatorCode);
    if (rating.motivation.trim() === "") {
      const params = { indicator: rating.indicatorCode };
      out.push(at(error("risk.motivationMissing", null, params), `${f}.motivation`));
    }
  });
  return out;
}

function assessmentRules(r: RiskRecords): Diagnostic[] {
  const out: Diagnostic[] = [];
  const assessed = new Set<string>();
  r.assessments.forEach((a, i) => {
    const f = `risk.assessments[${i}]`;
    if (assessed.has(a.eventCode)) {
      out.push(
        at(error("risk.eventAssessedTwice", null, { event: a.eventCode }), `${f}.eventCode`),
      );
    }
    assessed.add(a.eventCode);
    out.push(...ratingInputRules(r, a.before, `${f}.before`));
    if (a.after) out.push(...ratingInputRules(r, a.after, `${f}.after`));
  });
  return out;
}

function measureRules(r: RiskRecords): Diagnostic[] {
  const out: Diagnostic[] = [];
  r.measures.forEach((m, i) => {
    const f = `risk.measures[${i}]`;
    const params = { measure: m.code };
    if (m.kind === "general") {
      if (m.generalMeasure === null) {
        out.push(at(error("risk.generalWithoutCatalogue", null, params), `${f}.generalMeasure`));
      }
      if (m.specificType !== null) {
        out.push(at(error("risk.generalWithType", null, params), `${f}.specificType`));
      }
    } else {
      if (m.specificType === null) {
        out.push(at(error("risk.specificWithoutType", null, params), `${f}.specificType`));
      }
      if (m.generalMeasure !== null) {
        out.push(at(error("risk.specificWithCatalogue", null, params), `${f}.generalMeasure`));
      }
    }
  });
  return out;
}

function processRules(r: RiskRecords): Diagnostic[] {
  const out: Diagnostic[] = [];
  r.processes.forEach((p, i) => {
    const seen = new Set<string>();
    p.phases.forEach((ph, j) => {
      if (seen.has(ph.code)) {
        const params = { phase: ph.code, process: p.code };
        out.push(
          at(error("risk.phaseTwice", null, params), `risk.processes[${i}].phases[${j}].code`),
        );
      }
      seen.add(ph.code);
    });
  });
  const processes = new Map(r.processes.map((p) => [p.code, p]));
  r.events.forEach((e, i) => {
    const process = processes.get(e.processCode);
    // an unknown process is reported by references.ts
    if (e.phaseCode === null || !process) return;
    if (!process.phases.some((ph) => ph.code === e.phaseCode)) {
      const params = { event: e.code, phase: e.phaseCode, process: e.processCode };
      out.push(at(error("risk.unknownPhase", null, params), `risk.events[${i}].phaseCode`));
    }
  });
  return out;
}

function obligationRules(r: RiskRecords): Diagnostic[] {
  return r.obligations.flatMap((o, i) =>
    isTitulusCode(o.titulus)
      ? []
      : [
          at(
            error("risk.unknownTitulus", null, { titulus: o.titulus, obligation: o.code }),
            `risk.obligations[${i}].titulus`,
          ),
        ],
  );
}

/** Errors: the plan cannot be stored with them. Fields are bundle paths. */
export function riskRules(doc: PlanDocument): Diagnostic[] {
  const r = doc.risk;
  return [
    ...matrixRules(r),
    ...assessmentRules(r),
    ...measureRules(r),
    ...processRules(r),
    ...obligationRules(r),
  ];
}

export interface LawAreasCoverage {
  covered: LawRiskArea[];
  missing: LawRiskArea[];
}

/** Which of the areas of L. 190/2012 art. 1 c. 16 have at least one process mapped. */
export function lawAreasCovered(doc: PlanDocument): LawAreasCoverage {
  const r = doc.risk;
  const areaOf = new Map(r.macroProcesses.map((m) => [m.code, m.areaCode]));
  const lawAreaOf = new Map(r.areas.map((a) => [a.code, a.lawArea]));
  const covered = new Set<LawRiskArea>();
  for (const p of r.processes) {
    const lawArea = lawAreaOf.get(areaOf.get(p.macroProcessCode) ?? "");
    if (lawArea) covered.add(lawArea);
  }
  return {
    covered: LAW_RISK_AREAS.filter((a) => covered.has(a)),
    missing: LAW_RISK_AREAS.filter((a) => !covered.has(a)),
  };
}

function coverageProblems(r: RiskRecords): Diagnostic[] {
  const out: Diagnostic[] = [];
  r.processes.forEach((p, i) => {
    if (!r.events.some((e) => e.processCode === p.code)) {
      out.push(
        at(warning("risk.processWithoutEvents", null, { process: p.code }), `risk.processes[${i}]`),
      );
    }
  });
  r.events.forEach((e, i) => {
    const params = { event: e.code };
    if (!r.assessments.some((a) => a.eventCode === e.code)) {
      out.push(at(warning("risk.eventWithoutAssessment", null, params), `risk.events[${i}]`));
    }
    if (!r.measures.some((m) => m.eventCodes.includes(e.code))) {
      out.push(at(warning("risk.eventWithoutMeasure", null, params), `risk.events[${i}]`));
    }
  });
  r.measures.forEach((m, i) => {
    if (m.deadline === null) {
      const d = warning("risk.measureWithoutDeadline", null, { measure: m.code });
      out.push(at(d, `risk.measures[${i}].deadline`));
    }
  });
  return out;
}

function ratingProblems(r: RiskRecords): Diagnostic[] {
  const out: Diagnostic[] = [];
  const top = r.matrix.ratings.length - 1;
  r.assessments.forEach((a, i) => {
    const f = `risk.assessments[${i}]`;
    for (const [moment, input] of [
      ["before", a.before],
      ["after", a.after],
    ] as const) {
      if (!input) continue;
      const rating = rate(r.matrix, r.indicators, input);
      if (rating.probability === null || rating.impact === null) {
        const params = { event: a.eventCode, moment: `msg:risk.moment.${moment}` };
        out.push(at(warning("risk.assessmentIncomplete", null, params), `${f}.${moment}`));
      } else if (moment === "after" && rating.index === top) {
        const params = { event: a.eventCode, rating: rating.label ?? "" };
        out.push(at(warning("risk.residualAtTop", null, params), `${f}.after`));
      }
    }
  });
  return out;
}

/** Warnings for `piao check`: incomplete, not wrong. */
export function riskProblems(doc: PlanDocument): Diagnostic[] {
  const r = doc.risk;
  const out = [...coverageProblems(r), ...ratingProblems(r)];
  const employees = doc.administration.employees;
  if (employees !== null && employees < SIMPLIFIED_PIAO_THRESHOLD) {
    for (const area of lawAreasCovered(doc).missing) {
      const d = warning("risk.lawAreaMissing", null, { area: `msg:risk.lawArea.${area}` });
      out.push(at(d, "risk.areas"));
    }
  }
  return out;
}
