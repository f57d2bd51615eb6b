/**
 * The dashboard and the Nucleo's validation of the seed's year-end campaign,
 * with the figures of fixtures/monitoring/consuntivo-2025.csv under the SMVP
 * of test/services/year-end-seed.test.ts (30 days of tolerance, 2 points a day).
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { computePerformance } from "../../src/services/performance.ts";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { givePasswords, pageText, signedIn, testApp } from "../support/web.ts";
import { seedYearEnd } from "../support/year-end-campaign.ts";

/** The row of the first table whose header cell holds `label`, as text. */
function rowText(body: string, label: string): string {
  const rows = body.split("<tr>").map(pageText);
  return rows.find((r) => r.includes(label)) ?? "";
}

describeEachEngine("the dashboard and the Nucleo's validation", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let f: CycleFixture;
  let campaignId: number;

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    f = await seedCycle(store);
    await givePasswords(store);
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  it("says there is no campaign yet, and shows the planning office where to open one", async () => {
    const planning = await signedIn(app, "ufficio.piano");
    const page = await planning.get("/cruscotto");
    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain("non è ancora stata aperta nessuna campagna");
    expect(page.body).toContain('href="/campagne"');
    const reader = await signedIn(app, "lettore");
    expect((await reader.get("/cruscotto")).body).not.toContain(
      'class="btn btn-primary" href="/campagne"',
    );
  });

  it("shows the year-end score of the administration as the engine computes it, with charts and tables", async () => {
    ({ campaignId } = await seedYearEnd(store, f));
    const engineScore = (await computePerformance(store.db, campaignId)).administration.achievement
      .score as number;
    expect(engineScore).toBeCloseTo(1357.25 / 17, 9);

    const page = await (await signedIn(app, "lettore")).get("/cruscotto");
    expect(page.statusCode).toBe(200);
    const expected = `${engineScore.toLocaleString("it-IT", { maximumFractionDigits: 2 })}%`;
    expect(expected).toBe("79,84%");
    expect(rowText(page.body, "17 su 18")).toContain(`${expected} 17 su 18 parzialmente raggiunto`);
    expect(page.body).toMatch(
      /<svg role="img" aria-label="Raggiungimento per struttura: [^"]*88,9%/,
    );
    expect(pageText(page.body)).toContain("Parità di genere");
    // 4131 has no figure: "non rilevato", never 0.
    expect(rowText(page.body, "1716/4131")).toContain("non rilevato");
    expect(rowText(page.body, "1716/4131")).not.toMatch(/\b0%/);
  });

  it("refuses the validation pages to a head of unit", async () => {
    const head = await signedIn(app, "dir.risorse");
    expect((await head.get(`/campagne/${campaignId}/validazione`)).statusCode).toBe(403);
    expect((await head.get(`/campagne/${campaignId}/validazione/ente`)).statusCode).toBe(403);
  });

  it("keeps the evaluator's typing and says what is wrong beside the field, writing nothing", async () => {
    const nucleo = await signedIn(app, "nucleo");
    await nucleo.get(`/campagne/${campaignId}/validazione/1611`);
    for (const score of ["120", "abc"]) {
      const res = await nucleo.post(`/campagne/${campaignId}/validazione/1611`, {
        score,
        reason: "Verificato",
      });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('id="f-score-error"');
      expect(pageText(res.body)).toContain("Il punteggio deve essere un numero da 0 a 100");
      expect(res.body).toContain(`value="${score}"`);
    }
    const noReason = await nucleo.post(`/campagne/${campaignId}/validazione/1611`, {
      score: "90",
      reason: " ",
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('id="f-reason-error"');
    expect(await store.db.selectFrom("score_validation").selectAll().execute()).toEqual([]);
  });

  it("records the validated scores and the dashboard shows them beside the computed ones", async () => {
    const nucleo = await signedIn(app, "nucleo");
    await nucleo.get(`/campagne/${campaignId}/validazione/1611`);
    const saved = await nucleo.post(`/campagne/${campaignId}/validazione/1611`, {
      score: "95,5",
      reason: "Ritardo del DUP dovuto alla verifica degli equilibri",
    });
    expect(saved.statusCode).toBe(303);
    const list = await nucleo.get(saved.headers.location as string);
    expect(pageText(list.body)).toContain("Validazione registrata");
    await nucleo.get(`/campagne/${campaignId}/validazione/ente`);
    expect(
      (
        await nucleo.post(`/campagne/${campaignId}/validazione/ente`, {
          score: "82",
          reason: "Valutazione complessiva",
        })
      ).statusCode,
    ).toBe(303);

    const page = await (await signedIn(app, "lettore")).get(`/cruscotto?campagna=${campaignId}`);
    // 1611: (100 + 80 + 100) / 3 computed, 95,5 validated.
    expect(rowText(page.body, "1611 PROGRAMMAZIONE")).toContain(
      "93,33% raggiunto 95,5% Ritardo del DUP dovuto alla verifica degli equilibri",
    );
    expect(rowText(page.body, "17 su 18")).toContain(
      "79,84% 17 su 18 parzialmente raggiunto 82% Valutazione complessiva",
    );
  });

  it("answers a wrong campaign in the URL with a clear 404", async () => {
    const reader = await signedIn(app, "lettore");
    expect((await reader.get("/cruscotto?campagna=abc")).statusCode).toBe(404);
    expect((await reader.get("/cruscotto?campagna=9999")).statusCode).toBe(404);
    const nucleo = await signedIn(app, "nucleo");
    expect((await nucleo.get(`/campagne/${campaignId}/validazione/0000`)).statusCode).toBe(404);
  });
});
