import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { importPlan } from "../../src/services/import-plan.ts";
import type { Store } from "../../src/store/database.ts";
import { completePlanDocument } from "../support/complete-plan.ts";
import { describeEachEngine } from "../support/engines.ts";
import {
  measureYearEnd,
  type PublicValueFixture,
  storeCompletePlan,
} from "../support/public-value-fixture.ts";
import { Browser, givePasswords, pageText, signedIn, testApp } from "../support/web.ts";

describeEachEngine("the staff pages of public value and procedures", (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let f: PublicValueFixture;
  let dispose: () => Promise<void> = async () => {};
  let plan = "";
  beforeAll(async () => {
    const created = await engine.create();
    store = created.store;
    dispose = created.dispose;
    f = await storeCompletePlan(store);
    await measureYearEnd(store, f);
    await givePasswords(store);
    app = await testApp(store);
    plan = `/piani/${f.planId}`;
  });
  afterAll(async () => {
    await app?.close();
    await dispose();
  });

  it("are linked from the plan overview", async () => {
    const reader = await signedIn(app, "lettore");
    const res = await reader.get(plan);
    expect(res.body).toContain(`href="${plan}/valore-pubblico"`);
    expect(res.body).toContain(`href="${plan}/procedimenti"`);
  });

  it("show the chain with the achievement of every level", async () => {
    const reader = await signedIn(app, "lettore");
    const res = await reader.get(`${plan}/valore-pubblico`);
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    expect(text).toContain("risultati del monitoraggio a consuntivo 2025");
    expect(text).toContain("VP1 Servizi digitali accessibili e veloci 90% (raggiunto)");
    expect(text).toContain("VP2 Pari opportunità e inclusione 75% (parzialmente raggiunto)");
    expect(text).toContain("Tutto il piano 82,5% (parzialmente raggiunto)");
    // objective → indicator → achievement
    expect(res.body).toContain(`href="${plan}/obiettivi/101"`);
    expect(text).toContain("Grado di raggiungimento: 50%");
    expect(text).toContain(
      "1011 ISTANZE PRESENTATE ONLINE (PERCENTUALE): Target 70%, Misurato 63% — 90%",
    );
    // impact indicator never measured: said so, not 0
    expect(text).toMatch(
      /VP2\.1 PERSONE CON DISABILITA' CHE USANO I SERVIZI \(Fonte: ISTAT BES\) — — — non ancora misurato/,
    );
    expect(text).toContain("MS-01 Controlli a campione sui titoli edilizi — attuata in parte");
    expect(text).toContain(
      "MG-01 Codice di comportamento — stato di attuazione non ancora rilevato",
    );
    expect(res.body).toContain('<th scope="col">');
  });

  it("show the procedures with timeliness, letter e and letter f linked to their objectives", async () => {
    const reader = await signedIn(app, "lettore");
    const res = await reader.get(`${plan}/procedimenti`);
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    expect(text).toContain("Semplificazione (lettera e)");
    expect(text).toContain("SEM-1 Permesso di costruire interamente digitale");
    expect(text).toContain("Accessibilità (lettera f)");
    expect(text).toContain("cittadini ultrasessantacinquenni, persone con disabilità");
    expect(text).toContain("25% oltre il termine (120% del termine)");
    expect(text).toContain("2% entro il termine (60% del termine)");
    expect(text).toContain("2024 2 420 36 8,6% 1");
    expect(res.body).toContain(`<a href="${plan}/obiettivi/102">102</a>`);
  });

  it("are for signed-in users only", async () => {
    const anonymous = new Browser(app);
    for (const path of ["/valore-pubblico", "/procedimenti"]) {
      const res = await anonymous.get(`${plan}${path}`);
      expect(res.statusCode).not.toBe(200);
      expect(res.body).not.toContain("VP1");
    }
  });

  it("escape what the records say (run last: it stores a new edition)", async () => {
    const doc = completePlanDocument();
    const evil = '<script>alert("vp")</script>';
    const [vp] = doc.publicValue.objectives;
    const [proc] = doc.procedures.procedures;
    if (!vp || !proc) throw new Error("sample plan changed");
    vp.title = evil;
    proc.title = evil;
    await importPlan(store, doc);
    const reader = await signedIn(app, "lettore");
    for (const path of ["/valore-pubblico", "/procedimenti"]) {
      const res = await reader.get(`${plan}${path}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(evil);
      expect(res.body).toContain("&lt;script&gt;");
    }
  });
});
