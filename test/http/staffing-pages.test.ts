/**
 * The staff pages (3.1–3.3, gender statistics) and their public side, on
 * the seeded plan given the people records of the complete sample plan.
 */
import { expect, it } from "vitest";
import { genderStatistics } from "../../src/domain/gender-statistics.ts";
import type { PlanDocument } from "../../src/domain/plan.ts";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { completePlanDocument } from "../support/complete-plan.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { publishSeed } from "../support/publication.ts";
import { seedText } from "../support/seed-expected.ts";
import { pageText, signedIn } from "../support/web.ts";

/** The seed with the units and people records of the complete sample plan. */
function seedWithPeople(): PlanDocument {
  const seed = readPiaoText(seedText()).document;
  if (!seed) throw new Error("seed did not read");
  const sample = completePlanDocument();
  return {
    ...seed,
    units: [...seed.units, ...sample.units],
    organisation: sample.organisation,
    agileWork: sample.agileWork,
    staffing: sample.staffing,
  };
}

describeEachEngine("the staff pages of a plan", (engine) => {
  const web = seededWebApp(engine, {
    prepare: async (store, seed) => {
      await importPlan(store, seedWithPeople());
      await publishSeed(store, seed);
    },
  });
  const publicPlan = () => `/trasparenza/enti/${web.seed.administrationId}/piao/2025-2027`;

  it("are linked from the plan overview", async () => {
    const reader = await signedIn(web.app, "lettore");
    const res = await reader.get(web.plan);
    expect(res.body).toContain(`href="${web.plan}/personale"`);
    expect(res.body).toContain(`href="${web.plan}/statistiche-genere"`);
  });

  it("show 3.1 staff, 3.2 agile work and 3.3 staffing with limits and training", async () => {
    const reader = await signedIn(web.app, "lettore");
    const res = await reader.get(`${web.plan}/personale`);
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    for (const expected of [
      "3.1 Struttura organizzativa: personale in servizio",
      "Personale in servizio al 31/12/2024 per struttura",
      "Funzionari ed Elevata Qualificazione",
      "VPN e portatili per chi lavora in agile",
      "Personale in lavoro agile e da remoto per struttura e genere",
      "Dotazione organica per profilo e area",
      "Categorie protette (L. 68/1999)",
      "Verifica dei limiti di spesa",
      "L. 296/2006 art. 1 c. 557-quater",
      "entro il limite",
      "Sicurezza sui luoghi di lavoro (D.lgs. 81/2008)",
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text.replaceAll("\u00a0", " ")).toContain("76.000,00 €");
    expect(res.body).toContain('<th scope="col"');
    // the gender statistics are on their own page
    expect(res.body).not.toContain("<svg");
  });

  it("show the gender statistics as charts with an accessible name, each with its table", async () => {
    const reader = await signedIn(web.app, "lettore");
    const res = await reader.get(`${web.plan}/statistiche-genere`);
    expect(res.statusCode).toBe(200);
    const charts = res.body.match(/<svg role="img" aria-label="/g) ?? [];
    expect(charts.length).toBe(7);
    const total = genderStatistics(completePlanDocument())[0]?.rows[0];
    const text = pageText(res.body);
    expect(text).toContain("Personale per area e genere");
    expect(text).toContain(`Totale personale ${total?.women} ${total?.men} 180`);
  });

  it("the public section 3.3 shows the staffing tables and the public gender page the statistics", async () => {
    const plan = await web.app.inject({ method: "GET", url: publicPlan() });
    expect(plan.statusCode).toBe(200);
    expect(plan.body).toContain(`href="${publicPlan()}/statistiche-genere"`);
    const section = new RegExp(`href="(${publicPlan()}/sezioni/[^"]+)">3\\.3 `).exec(plan.body);
    expect(section?.[1]).toBeDefined();
    const s33 = await web.app.inject({ method: "GET", url: section?.[1] ?? "" });
    expect(s33.statusCode).toBe(200);
    expect(pageText(s33.body)).toContain("Assunzioni programmate per anno");
    expect(pageText(s33.body)).toContain("Piano della formazione");
    const gender = await web.app.inject({
      method: "GET",
      url: `${publicPlan()}/statistiche-genere`,
    });
    expect(gender.statusCode).toBe(200);
    expect(pageText(gender.body)).toContain("Personale per ruolo e genere");
    // heads' names are never public
    expect(gender.body).not.toContain("Giulia Neri");
    const missing = await web.app.inject({
      method: "GET",
      url: `/trasparenza/enti/${web.seed.administrationId}/piao/2030-2032/statistiche-genere`,
    });
    expect(missing.statusCode).toBe(404);
  });

  it("publish the people open data: staff, agile work, hires, courses and gender statistics", async () => {
    const sample = completePlanDocument();
    const get = (file: string) =>
      web.app.inject({ method: "GET", url: `${publicPlan()}/dati/${file}` });
    const rowsOf = async (file: string) => {
      const res = await get(file);
      expect(res.statusCode, file).toBe(200);
      return res.json().rows as Record<string, unknown>[];
    };
    expect(await rowsOf("personale.json")).toHaveLength(sample.organisation.staff.length);
    expect(await rowsOf("lavoro-agile.json")).toHaveLength(sample.agileWork.staff.length);
    expect(await rowsOf("formazione.json")).toHaveLength(sample.staffing.training.length);
    expect((await rowsOf("fabbisogni.json"))[0]).toEqual({
      hire_code: "H-2025-1",
      year: 2025,
      profile: "Istruttore direttivo tecnico",
      job_area: "officials",
      count: 2,
      channel: "competition",
      annual_cost: 76000,
      unit: "Area Tecnica - Settore Lavori Pubblici",
    });
    const gender = await rowsOf("statistiche-genere.json");
    const total = gender.find((r) => r.dimension === "total");
    const women = sample.organisation.staff
      .filter((r) => r.gender === "female")
      .reduce((n, r) => n + r.headcount, 0);
    expect(total).toEqual({
      dimension: "total",
      category: "staff",
      women,
      men: 180 - women,
      total: 180,
      women_share: Math.round((women / 180) * 10000) / 100,
    });
    const csv = await get("statistiche-genere.csv");
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("Quota di donne (%)");
    const legend = await web.app.inject({ method: "GET", url: "/trasparenza/dati" });
    expect(pageText(legend.body)).toContain("categorie protette (L. 68/1999)");
  });

  it("are refused without sign-in", async () => {
    const res = await web.app.inject({ method: "GET", url: `${web.plan}/personale` });
    expect([302, 303, 401]).toContain(res.statusCode);
  });
});
