/**
 * "Complete" in `piao check`: every required section and, for the full
 * PIAO, every letter a)–g), with no error. A simplified PIAO (fewer than 50
 * employees) needs sections 1, 2.3, 3.1, 3.2, 3.3, and its 2.3 counts only
 * when the four risk areas of L. 190/2012 art. 1 c. 16 have a process each.
 */
import { describe, expect, it } from "vitest";
import { completenessLine } from "../../src/cli/print-check.ts";
import { checkPlan, requiredSections } from "../../src/domain/check.ts";
import { completePlanDocument, simplifiedPlanDocument } from "../support/complete-plan.ts";

describe("completeness of a plan", () => {
  it("the complete sample plan is complete, every section and letter present", () => {
    const report = checkPlan(completePlanDocument());
    expect(report.simplified).toBe(false);
    expect(report.missing).toEqual([]);
    expect(report.complete).toBe(true);
    expect(completenessLine(report, "it")).toBe("Piano completo");
  });

  it("the simplified sample plan is complete under the simplified rules", () => {
    const doc = simplifiedPlanDocument();
    expect(requiredSections(doc)).toEqual({
      simplified: true,
      codes: ["1", "2.3", "3.1", "3.2", "3.3"],
    });
    const report = checkPlan(doc);
    expect(report.complete).toBe(true);
    expect(report.sections.filter((s) => s.status === "missing").map((s) => s.id)).toEqual([
      "2.1",
      "2.2",
      "4",
    ]);
    expect(report.lawContents.every((l) => !l.required)).toBe(true);
    expect(completenessLine(report, "it")).toBe(
      "Piano completo secondo le regole del PIAO semplificato",
    );
  });

  it("a simplified plan without a process in a law risk area is incomplete, naming the area", () => {
    const doc = simplifiedPlanDocument();
    const contracts = doc.risk.macroProcesses.find((m) => m.areaCode === "B")?.code;
    doc.risk.processes = doc.risk.processes.filter((p) => p.macroProcessCode !== contracts);
    doc.risk.events = doc.risk.events.filter((e) =>
      doc.risk.processes.some((p) => p.code === e.processCode),
    );
    doc.risk.assessments = doc.risk.assessments.filter((a) =>
      doc.risk.events.some((e) => e.code === a.eventCode),
    );
    doc.risk.measures = doc.risk.measures.map((m) => ({
      ...m,
      eventCodes: m.eventCodes.filter((c) => doc.risk.events.some((e) => e.code === c)),
    }));
    const report = checkPlan(doc);
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(report.complete).toBe(false);
    expect(report.missing.map((m) => m.id)).toEqual(["2.3"]);
    expect(completenessLine(report, "it")).toBe(
      "Piano incompleto: mancano 2.3 Rischi corruttivi e trasparenza (nessun processo mappato per l'area di rischio di legge «contratti pubblici» (L. 190/2012, art. 1 c. 16))",
    );
    expect(completenessLine(report, "en")).toContain("«public contracts»");
  });

  it("a full plan missing a section and a letter is incomplete, naming both", () => {
    const doc = completePlanDocument();
    doc.procedures.simplifications = [];
    doc.objectives = doc.objectives.map((o) => ({
      ...o,
      tags: o.tags.filter((t) => t !== "simplification"),
    }));
    doc.agileWork = { conditions: [], objectives: [], staff: [] };
    doc.sections = doc.sections.filter((s) => !(s.code ?? "").startsWith("3.2"));
    const report = checkPlan(doc);
    expect(report.complete).toBe(false);
    expect(report.missing.map((m) => m.id)).toEqual(["3.2", "e"]);
    expect(completenessLine(report, "it")).toMatch(
      /^Piano incompleto: mancano 3\.2 Organizzazione del lavoro agile; e\) Elenco delle procedure/,
    );
  });

  it("a plan with an error is not complete, though nothing is missing", () => {
    const doc = completePlanDocument();
    doc.risk.measures.push({ ...(doc.risk.measures[0] as (typeof doc.risk.measures)[number]) });
    const report = checkPlan(doc);
    expect(report.missing).toEqual([]);
    expect(report.complete).toBe(false);
    expect(completenessLine(report, "it")).toBe("Piano incompleto: 1 errore da correggere");
  });
});
