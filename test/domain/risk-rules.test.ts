import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/domain/diagnostics.ts";
import { validatePlanDocument } from "../../src/domain/plan-rules.ts";
import { dimensionLevel, rate, rateAssessment } from "../../src/domain/risk-rating.ts";
import { lawAreasCovered, riskProblems, riskRules } from "../../src/domain/sections/risk.rules.ts";
import { defaultRiskMatrix, type RiskMatrix } from "../../src/domain/sections/risk.ts";
import {
  isTitulusCode,
  TRANSPARENCY_TITULUS,
  titulusLabel,
} from "../../src/domain/sections/transparency-titulus.ts";
import { translate } from "../../src/i18n/index.ts";
import { completePlanDocument, simplifiedPlanDocument } from "../support/complete-plan.ts";

function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

const indicators = completePlanDocument().risk.indicators;
const say = (d: Diagnostic, lang: "it" | "en" = "it") => translate(d.code, d.params, lang);
const fields = (ds: { code: string; field?: string }[]) => ds.map((d) => [d.code, d.field]);

describe("the rating of a risk event by the matrix", () => {
  const matrix = defaultRiskMatrix();

  it("by the highest indicator, probability 3 and impact 2 rate «alto» on the usual matrix", () => {
    const doc = completePlanDocument();
    const rating = rateAssessment(matrix, indicators, nth(doc.risk.assessments, 0));
    expect(rating.before).toEqual({ probability: 3, impact: 2, index: 2, label: "alto" });
    // after: probability max(2, 1) = 2, impact 2 → cells[1][1] = 1
    expect(rating.after).toEqual({ probability: 2, impact: 2, index: 1, label: "medio" });
  });

  it("the median of an even number of levels rounds up", () => {
    const median: RiskMatrix = { ...matrix, aggregation: "median" };
    expect(dimensionLevel(median, [1, 2])).toBe(2);
    expect(dimensionLevel(median, [1, 1, 3])).toBe(1);
    expect(dimensionLevel(median, [3, 1, 2, 1])).toBe(2);
    expect(dimensionLevel(matrix, [3, 1, 2, 1])).toBe(3);
  });

  it("a dimension without a rating gives no combined rating", () => {
    const input = { ratings: [{ indicatorCode: "P1", level: 3, motivation: "x" }] };
    expect(rate(matrix, indicators, input)).toEqual({
      probability: 3,
      impact: null,
      index: null,
      label: null,
    });
    expect(rate(matrix, indicators, null).label).toBeNull();
  });
});

describe("the rules of section 2.3", () => {
  it("the sample plans have neither errors nor problems of their own in 2.3", () => {
    expect(riskRules(completePlanDocument())).toEqual([]);
    expect(riskRules(simplifiedPlanDocument())).toEqual([]);
  });

  it("a level outside the scale is an error on its field, with the scale in the message", () => {
    const doc = completePlanDocument();
    const a = nth(doc.risk.assessments, 0);
    nth(a.before.ratings, 1).level = 4;
    const errors = validatePlanDocument(doc);
    expect(fields(errors)).toEqual([
      ["risk.levelOutOfScale", "risk.assessments[0].before.ratings[1].level"],
    ]);
    expect(say(nth(errors, 0))).toBe("Il livello 4 è fuori dalla scala 1–3 della matrice");
  });

  it("a matrix that is not levels × levels, or points outside the ratings, is refused", () => {
    const doc = completePlanDocument();
    doc.risk.matrix.cells = [
      [0, 0],
      [0, 1],
    ];
    expect(fields(riskRules(doc))).toEqual([["risk.matrixShape", "risk.matrix.cells"]]);
    doc.risk.matrix = defaultRiskMatrix();
    nth(doc.risk.matrix.cells, 2)[1] = 3;
    const errors = riskRules(doc);
    expect(fields(errors)).toEqual([["risk.matrixCell", "risk.matrix.cells[2][1]"]]);
    expect(say(nth(errors, 0))).toContain("vanno da 0 a 2");
  });

  it("an indicator rated twice, an event assessed twice, an empty motivation", () => {
    const doc = completePlanDocument();
    const first = nth(doc.risk.assessments, 0);
    first.before.ratings.push({ indicatorCode: "P1", level: 1, motivation: "  " });
    doc.risk.assessments.push({ ...nth(doc.risk.assessments, 1) });
    expect(fields(riskRules(doc))).toEqual([
      ["risk.indicatorRatedTwice", "risk.assessments[0].before.ratings[3].indicatorCode"],
      ["risk.motivationMissing", "risk.assessments[0].before.ratings[3].motivation"],
      ["risk.eventAssessedTwice", "risk.assessments[2].eventCode"],
    ]);
  });

  it("general and specific measures each carry only their own classification", () => {
    const doc = completePlanDocument();
    const general = nth(doc.risk.measures, 0);
    const specific = nth(doc.risk.measures, 1);
    doc.risk.measures = [
      { ...general, generalMeasure: null, specificType: "control" },
      { ...specific, code: "MS-02", specificType: null, generalMeasure: "training" },
    ];
    doc.risk.measures[0] = { ...nth(doc.risk.measures, 0), code: "MG-01" };
    expect(fields(riskRules(doc))).toEqual([
      ["risk.generalWithoutCatalogue", "risk.measures[0].generalMeasure"],
      ["risk.generalWithType", "risk.measures[0].specificType"],
      ["risk.specificWithoutType", "risk.measures[1].specificType"],
      ["risk.specificWithCatalogue", "risk.measures[1].generalMeasure"],
    ]);
  });

  it("a phase repeated in a process, an event naming a phase its process has not", () => {
    const doc = completePlanDocument();
    const process = nth(doc.risk.processes, 0);
    process.phases.push({ code: "istruttoria", title: "Ancora", unitKey: null });
    nth(doc.risk.events, 0).phaseCode = "collaudo";
    const errors = riskRules(doc);
    expect(fields(errors)).toEqual([
      ["risk.phaseTwice", "risk.processes[0].phases[2].code"],
      ["risk.unknownPhase", "risk.events[0].phaseCode"],
    ]);
    expect(say(nth(errors, 1))).toContain("la fase collaudo");
  });

  it("a transparency section must be a code of the transparency-titulus vocabulary", () => {
    const doc = completePlanDocument();
    nth(doc.risk.obligations, 1).titulus = "bandi-di-gara-e-contratti";
    const errors = riskRules(doc);
    expect(fields(errors)).toEqual([["risk.unknownTitulus", "risk.obligations[1].titulus"]]);
    expect(say(nth(errors, 0))).toContain("«bandi-di-gara-e-contratti»");
  });
});

describe("the warnings of section 2.3", () => {
  it("the complete plan: one event untreated, one assessed only before, one measure", () => {
    expect(fields(riskProblems(completePlanDocument()))).toEqual([
      ["risk.processWithoutEvents", "risk.processes[2]"],
      ["risk.processWithoutEvents", "risk.processes[3]"],
      ["risk.eventWithoutMeasure", "risk.events[1]"],
    ]);
  });

  it("a missing deadline, a missing assessment, an incomplete one, a residual risk at the top", () => {
    const doc = completePlanDocument();
    nth(doc.risk.measures, 0).deadline = null;
    doc.risk.events.push({ code: "E3", processCode: "C.1.1", phaseCode: null, description: "x" });
    nth(doc.risk.assessments, 1).after = {
      ratings: [
        { indicatorCode: "P1", level: 3, motivation: "Nessun effetto" },
        { indicatorCode: "I1", level: 3, motivation: "Nessun effetto" },
      ],
    };
    nth(doc.risk.assessments, 0).before.ratings = [
      { indicatorCode: "P1", level: 2, motivation: "Solo probabilità" },
    ];
    const problems = riskProblems(doc);
    expect(fields(problems)).toEqual([
      ["risk.processWithoutEvents", "risk.processes[3]"],
      ["risk.eventWithoutMeasure", "risk.events[1]"],
      ["risk.eventWithoutAssessment", "risk.events[2]"],
      ["risk.eventWithoutMeasure", "risk.events[2]"],
      ["risk.measureWithoutDeadline", "risk.measures[0].deadline"],
      ["risk.assessmentIncomplete", "risk.assessments[0].before"],
      ["risk.residualAtTop", "risk.assessments[1].after"],
    ]);
    expect(problems.every((p) => p.severity === "warning")).toBe(true);
    const incomplete = problems.find((p) => p.code === "risk.assessmentIncomplete");
    expect(say(incomplete ?? nth(problems, 0))).toBe(
      "La valutazione prima delle misure dell'evento E1 non giudica sia la probabilità sia l'impatto",
    );
  });

  it("a simplified PIAO names each area of L. 190/2012 c. 16 that has no process", () => {
    const doc = simplifiedPlanDocument();
    expect(lawAreasCovered(doc).missing).toEqual([]);
    doc.risk.processes = doc.risk.processes.filter((p) => p.macroProcessCode === "A.1");
    doc.risk.events = doc.risk.events.filter((e) => e.processCode === "A.1.1");
    doc.risk.assessments = doc.risk.assessments.filter((a) => a.eventCode === "E1");
    doc.risk.measures = doc.risk.measures.map((m) => ({ ...m, eventCodes: ["E1"] }));
    expect(lawAreasCovered(doc)).toEqual({
      covered: ["authorisations"],
      missing: ["contracts", "grants", "recruitment"],
    });
    const missing = riskProblems(doc).filter((p) => p.code === "risk.lawAreaMissing");
    expect(missing.map((d) => say(d))).toEqual([
      "PIAO semplificato: nessun processo mappato per l'area «contratti pubblici» (L. 190/2012, art. 1, c. 16)",
      "PIAO semplificato: nessun processo mappato per l'area «sovvenzioni, contributi e vantaggi economici» (L. 190/2012, art. 1, c. 16)",
      "PIAO semplificato: nessun processo mappato per l'area «concorsi e progressioni di carriera» (L. 190/2012, art. 1, c. 16)",
    ]);
    // a plan of 180 employees is not asked for them
    const full = completePlanDocument();
    full.risk.processes = [nth(full.risk.processes, 0)];
    expect(riskProblems(full).some((p) => p.code === "risk.lawAreaMissing")).toBe(false);
  });
});

describe("the transparency-titulus vocabulary", () => {
  it("has the 22 sections of Amministrazione trasparente and their sub-sections", () => {
    expect(TRANSPARENCY_TITULUS.filter((t) => t.parent === null)).toHaveLength(22);
    expect(TRANSPARENCY_TITULUS).toHaveLength(22 + 68);
    expect(isTitulusCode("10.02")).toBe(true);
    expect(isTitulusCode("23")).toBe(false);
    expect(titulusLabel("01.01")).toBe(
      "Disposizioni generali › Piano triennale per la prevenzione della corruzione e della trasparenza",
    );
    expect(titulusLabel("15.08", "en")).toBe(
      "Payments of the administration › Timeliness of payments indicator",
    );
  });
});
