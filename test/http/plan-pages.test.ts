import { expect, it } from "vitest";
import { openCampaign } from "../../src/services/campaigns.ts";
import { recordMeasurement } from "../../src/services/measurements.ts";
import { decideReprogramming, requestReprogramming } from "../../src/services/reprogramming.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import {
  AREA_RISORSE,
  EXPECTED_ACTION_TITLES,
  EXPECTED_OBJECTIVES,
} from "../support/seed-expected.ts";
import { pageText, signedIn } from "../support/web.ts";

describeEachEngine("the plan pages", (engine) => {
  const web = seededWebApp(engine);

  it("links the two trees from the plan overview", async () => {
    const reader = await signedIn(web.app, "lettore");
    const res = await reader.get(web.plan);
    expect(res.body).toContain(`href="${web.plan}/albero"`);
    expect(res.body).toContain(`href="${web.plan}/strutture"`);
  });

  it("shows the tree by action area: each area, its objectives and their indicators with targets", async () => {
    const reader = await signedIn(web.app, "lettore");
    const res = await reader.get(`${web.plan}/albero`);
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    expect(text).toContain(`Ambito di azione 1: ${EXPECTED_ACTION_TITLES[0]}`);
    for (const o of EXPECTED_OBJECTIVES) {
      expect(res.body).toContain(`href="${web.plan}/obiettivi/${o.code}"`);
      for (const [code, unit, target] of o.indicators) {
        expect(text).toContain(code);
        expect(text).toContain(`unità di misura: ${unit}`);
        expect(text).toContain(target);
      }
    }
    expect(text).toContain("1609 PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE (PIAO)");
    expect(text).toContain("Obiettivi senza ambito di azione");
    expect(text).not.toContain("Nuovo obiettivo");
  });

  it("shows the tree by unit: Area above Settore, each head, the objectives under their unit", async () => {
    const reader = await signedIn(web.app, "lettore");
    const text = pageText((await reader.get(`${web.plan}/strutture`)).body);
    const area = text.indexOf(AREA_RISORSE);
    expect(area).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("1609", area)).toBeGreaterThan(area);
    const sviluppo = text.indexOf("Area Sviluppo Economico e Sociale Responsabile");
    const settore = text.indexOf("Settore Istruzione e Sviluppo Sociale Responsabile");
    expect(sviluppo).toBeGreaterThanOrEqual(0);
    expect(settore).toBeGreaterThan(sviluppo);
    expect(text.indexOf("1712", settore)).toBeGreaterThan(settore);
    expect(text).toContain("Responsabile:");
  });

  it("shows objective 1609 with its indicator, unit and targets original and in force", async () => {
    const reader = await signedIn(web.app, "lettore");
    const res = await reader.get(`${web.plan}/obiettivi/1609`);
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    expect(text).toContain("Obiettivo 1609: PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE (PIAO)");
    expect(text).toContain(AREA_RISORSE);
    expect(text).toContain("Target 2025 originario");
    expect(text).toContain("Target 2025 in vigore");
    expect(text).toMatch(/3826 .* Data — 31\/01\/2025 31\/01\/2025/);
    expect(text).toContain("Nessuna campagna di monitoraggio");
    expect(text).toContain("Edizione 1");
    expect(res.body).toContain('href="/registro?entity=objective&amp;key=1%2F1609"');
  });

  it("answers 404 for an objective or a plan that does not exist", async () => {
    const reader = await signedIn(web.app, "lettore");
    const missing = await reader.get(`${web.plan}/obiettivi/9999`);
    expect(missing.statusCode).toBe(404);
    expect(pageText(missing.body)).toContain("Il piano non ha un obiettivo con codice 9999");
    expect((await reader.get("/piani/abc/albero")).statusCode).toBe(404);
    expect((await reader.get("/piani/999/strutture")).statusCode).toBe(404);
  });

  it("lets the Nucleo comment an objective; a reader cannot, an empty comment is refused", async () => {
    const nucleo = await signedIn(web.app, "nucleo");
    await nucleo.get(`${web.plan}/obiettivi/1611`);
    const empty = await nucleo.post(`${web.plan}/obiettivi/1611/commenti`, { body: "  " });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('id="f-body-error"');
    const added = await nucleo.post(`${web.plan}/obiettivi/1611/commenti`, {
      body: "Il DUP va approvato entro aprile <b>sempre</b>",
    });
    expect(added.statusCode).toBe(303);
    const page = await nucleo.get(`${web.plan}/obiettivi/1611`);
    expect(pageText(page.body)).toContain("Commento aggiunto");
    expect(page.body).toContain("entro aprile &lt;b&gt;sempre&lt;/b&gt;");
    expect(pageText(page.body)).toMatch(/nucleo, \d{2}\/\d{2}\/\d{4}/);

    const reader = await signedIn(web.app, "lettore");
    const readerPage = await reader.get(`${web.plan}/obiettivi/1611`);
    expect(readerPage.body).not.toContain("Aggiungi commento");
    const refused = await reader.post(`${web.plan}/obiettivi/1611/commenti`, { body: "anch'io" });
    expect(refused.statusCode).toBe(403);
    const head = await signedIn(web.app, "dir.risorse");
    await head.get(`${web.plan}/obiettivi/1611`);
    expect(
      (await head.post(`${web.plan}/obiettivi/1611/commenti`, { body: "anch'io" })).statusCode,
    ).toBe(403);
    const office = await signedIn(web.app, "ufficio.piano");
    await office.get(`${web.plan}/obiettivi/1611`);
    expect(
      (await office.post(`${web.plan}/obiettivi/1611/commenti`, { body: "Preso atto, grazie" }))
        .statusCode,
    ).toBe(303);
    const rows = await web.store.db
      .selectFrom("objective_comment")
      .select("author")
      .orderBy("id")
      .execute();
    expect(rows.map((r) => r.author)).toEqual(["nucleo", "ufficio.piano"]);
  });

  it("shows a re-programmed target beside the original, the campaign's measurement, the score and the history", async () => {
    const { store, seed } = web;
    const request = await requestReprogramming(store, seed.headRisorse, {
      planId: seed.planId,
      objectiveCode: "1611",
      indicatorCode: "3830",
      change: "target",
      year: 2025,
      proposed: { kind: "deadline", date: "2025-05-31" },
      justification: "Il bilancio è slittato per la legge di bilancio nazionale",
    });
    await decideReprogramming(store, seed.planning, { id: request.id, decision: "approved" });
    const campaign = await openCampaign(store, seed.planning, {
      planId: seed.planId,
      year: 2025,
      kind: "yearend",
    });
    await recordMeasurement(store, seed.headRisorse, {
      campaignId: campaign.id,
      objectiveCode: "1611",
      indicatorCode: "3830",
      value: { kind: "deadline", doneOn: "2025-05-20" },
      note: "Approvato in Consiglio",
    });
    const reader = await signedIn(web.app, "lettore");
    const text = pageText((await reader.get(`${web.plan}/obiettivi/1611`)).body);
    expect(text).toMatch(/3830 .* — 30\/04\/2025 31\/05\/2025/);
    expect(text).toContain("Campagna a consuntivo 2025 (al 31/12/2025, aperta)");
    expect(text).toContain("3830 20/05/2025 Approvato in Consiglio dir.risorse");
    expect(text).toContain("Nella campagna a consuntivo 2025: 100% (raggiunto)");
    expect(text).toMatch(/dir\.risorse rilevazione \d+\/1611\/3830 inserimento/);
    expect(text).toMatch(/rimodulazione \d+ .*Il bilancio è slittato/);
  });

  it("lists the latest audit entries of the administration, and refuses an unknown filter", async () => {
    const head = await signedIn(web.app, "dir.risorse");
    const res = await head.get("/registro");
    expect(res.statusCode).toBe(200);
    expect(pageText(res.body)).toMatch(/piano 1 importazione/);
    expect((await head.get("/registro?entity=nonsense")).statusCode).toBe(400);
    const reader = await signedIn(web.app, "lettore");
    expect((await reader.get("/registro")).statusCode).toBe(403);
  });
});
