/**
 * The simplified PIAO in the document and on the public page: only the
 * sections it requires (1, 2.3, 3.1, 3.2, 3.3), with the note saying why;
 * the complete sample plan's document has every section.
 */
import { expect, it } from "vitest";
import { composePiao, SIMPLIFIED_NOTE } from "../../src/documents/compose/piao.ts";
import { checkPlan } from "../../src/domain/check.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { publishPlan } from "../../src/services/publication.ts";
import { publicPlanHref } from "../../src/views/pages/public/common.ts";
import { completePlanDocument, simplifiedPlanDocument } from "../support/complete-plan.ts";
import { describeEachEngine } from "../support/engines.ts";
import { pageText, testApp } from "../support/web.ts";

const headings = (doc: ReturnType<typeof completePlanDocument>) =>
  composePiao(doc, checkPlan(doc))
    .blocks.filter((b) => b.type === "heading")
    .map((b) => (b.type === "heading" ? b.text : ""));

it("the complete plan's document has every section of the schema tipo", () => {
  const text = headings(completePlanDocument()).join("\n");
  for (const code of ["1", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4"]) {
    expect(text).toMatch(new RegExp(`(^|SEZIONE )${code.replace(".", "\\.")}[: ]`, "m"));
  }
  expect(text).toContain("VERIFICA DI COMPLETEZZA");
});

it("the simplified plan's document has only the sections it requires, with the note", () => {
  const doc = simplifiedPlanDocument();
  const blocks = composePiao(doc, checkPlan(doc)).blocks;
  expect(blocks.some((b) => b.type === "paragraph" && b.text === SIMPLIFIED_NOTE)).toBe(true);
  expect(blocks.some((b) => b.type === "missing")).toBe(false);
  const text = headings(doc).join("\n");
  for (const code of ["2.3", "3.1", "3.2", "3.3"])
    expect(text).toMatch(new RegExp(`^${code.replace(".", "\\.")} `, "m"));
  for (const code of ["2.1", "2.2"])
    expect(text).not.toMatch(new RegExp(`^${code.replace(".", "\\.")} `, "m"));
  expect(text).not.toContain("SEZIONE 4");
  expect(text).not.toContain("PIANO AZIONI POSITIVE");
  expect(text).not.toContain("VERIFICA DI COMPLETEZZA");
});

describeEachEngine("the public page of a simplified PIAO", (engine) => {
  it("shows the note and no performance or positive actions", async () => {
    const { store, dispose } = await engine.create();
    try {
      const doc = simplifiedPlanDocument();
      const { planId, administrationId } = await importPlan(store, doc);
      const planner = {
        username: "piano",
        role: "planning" as const,
        administrationId,
        unitKey: null,
      };
      await publishPlan(store, planner, planId, {
        approvalDate: "2025-01-29",
        approvalAct: "Delibera di Giunta n. 4",
        approvingAuthority: "Giunta comunale",
        documentUrl: null,
        smallAdministration: true,
      });
      const app = await testApp(store);
      try {
        const period = `${doc.plan.startYear}-${doc.plan.endYear}`;
        const res = await app.inject({ url: publicPlanHref({ administrationId, period }) });
        expect(res.statusCode).toBe(200);
        const text = pageText(res.body);
        expect(text).toContain("PIAO semplificato (meno di 50 dipendenti)");
        expect(text).toContain("Sezioni del piano");
        expect(text).not.toContain("Obiettivi per struttura");
        expect(text).not.toContain("Ambiti di azioni positive");
      } finally {
        await app.close();
      }
    } finally {
      await dispose();
    }
  });
});
