/**
 * The public transparency portal on the published seed (the PIAO 2025-2027
 * of Città metropolitana di Bologna, its 2025 year-end results published):
 * every page answers without sign-in with the seed's own values, an
 * unpublished plan is a 404, pages are kept with ETag/304 and change once a
 * new edition is published. Then the publication controls of the signed-in
 * application: errors by field with nothing written, 403 for the roles
 * that may not publish, re-publication, withdrawals.
 */
import { expect, it } from "vitest";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { openCampaign } from "../../src/services/campaigns.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { publishSeed, SEED_PUBLICATION } from "../support/publication.ts";
import {
  EXPECTED_ACTION_TITLES,
  EXPECTED_INDEX,
  EXPECTED_OBJECTIVES,
  seedText,
} from "../support/seed-expected.ts";
import { Browser, pageText, signedIn } from "../support/web.ts";

const seedDocument = () => {
  const read = readPiaoText(seedText());
  if (!read.document) throw new Error("seed did not read");
  return read.document;
};

const SEED_TITLE = "PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE 2025-2027";
const NEW_TITLE = "PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE 2025-2027 - AGGIORNAMENTO";

describeEachEngine("public transparency pages", (engine) => {
  let yearEndId = 0;
  const web = seededWebApp(engine, {
    prepare: async (store, seed) => {
      yearEndId = (await publishSeed(store, seed, { yearEnd: true })).yearEndCampaignId ?? 0;
      // A second plan of the same administration, never published.
      const doc = seedDocument();
      await importPlan(store, {
        ...doc,
        plan: { ...doc.plan, startYear: 2026, endYear: 2028, title: "PIAO 2026-2028" },
      });
    },
  });
  const visitor = (url: string, headers: Record<string, string> = {}) =>
    web.app.inject({ method: "GET", url, headers });
  const base = () => `/trasparenza/enti/${web.seed.administrationId}`;
  const plan = () => `${base()}/piao/2025-2027`;
  async function text(url: string): Promise<string> {
    const res = await visitor(url);
    expect(res.statusCode, url).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    return pageText(res.body);
  }

  it("lists the administration with its published plan, no sign-in", async () => {
    const res = await visitor("/trasparenza");
    expect(res.statusCode).toBe(200);
    const page = pageText(res.body);
    expect(page).toContain("Amministrazioni con un PIAO pubblicato");
    expect(page).toContain("CITTA' METROPOLITANA DI BOLOGNA");
    expect(page).toContain("EMILIA ROMAGNA");
    expect(res.body).toContain(`href="${plan()}"`);
    // The unpublished 2026-2028 plan is not listed.
    expect(page).not.toContain("PIAO 2026-2028");
    expect(res.body).not.toContain('name="_csrf"');
    expect(res.body).not.toContain("<script");
  });

  it("searches by name, tax code, region and kind, a page at a time", async () => {
    const found = (url: string) => text(url).then((t) => t.includes("1 amministrazione"));
    expect(await found("/trasparenza?q=bologna")).toBe(true);
    expect(await found("/trasparenza?q=03428581205")).toBe(true);
    expect(await found("/trasparenza?regione=EMILIA%20ROMAGNA")).toBe(true);
    expect(await text("/trasparenza?q=palermo")).toContain("Nessuna amministrazione corrisponde");
    expect(await text("/trasparenza?regione=LAZIO")).toContain("Nessuna amministrazione");
    expect(await text("/trasparenza?tipologia=Comune")).toContain("Nessuna amministrazione");
    expect(await text("/trasparenza?pagina=2")).not.toContain("CITTA' METROPOLITANA DI BOLOGNA —");
    // Odd values read as "not given".
    expect(await found("/trasparenza?pagina=abc")).toBe(true);
    const form = (await visitor("/trasparenza?q=bologna")).body;
    expect(form).toContain('method="get"');
    expect(form).toContain('value="bologna"');
    expect(form).toContain('<option value="EMILIA ROMAGNA">EMILIA ROMAGNA</option>');
  });

  it("shows the administration's registry data and its plans", async () => {
    const page = await text(base());
    for (const value of [
      "CITTA' METROPOLITANA DI BOLOGNA",
      "EMILIA ROMAGNA",
      "Via Zamboni, 13 40126 Bologna",
      "https://www.cittametropolitana.bo.it",
      "cm.bo@cert.cittametropolitana.bo.it",
      "03428581205",
      "PIAO 2025-2027",
      SEED_TITLE,
      "30/01/2025",
      "n. 1, pubblicata il 01/02/2025",
    ]) {
      expect(page).toContain(value);
    }
    expect(page).not.toContain("2026-2028");
  });

  it("shows the plan as the Portale PIAO records it, with its 2025 year-end achievement", async () => {
    const res = await visitor(plan());
    const page = pageText(res.body);
    for (const value of [
      SEED_TITLE,
      "Anni 2025–2027",
      "Data di approvazione 30/01/2025",
      SEED_PUBLICATION.approvalAct,
      `Organo che ha approvato ${SEED_PUBLICATION.approvingAuthority}`,
      "Amministrazione con meno di 50 dipendenti No",
      "Edizione pubblicata n. 1, pubblicata il 01/02/2025",
      // 1357,25 / 17 objectives (test/services/year-end-seed.test.ts), 1684 not measured.
      "Monitoraggio a consuntivo 2025 31/12/2025 79,84% (parzialmente raggiunto) 17 su 18 01/03/2026",
    ]) {
      expect(page).toContain(value);
    }
    expect(res.body).toContain(`href="${SEED_PUBLICATION.documentUrl}"`);
    for (const [code, title] of EXPECTED_INDEX) {
      expect(page).toContain(code ? `${code} ${title}` : title);
    }
    for (const title of EXPECTED_ACTION_TITLES) expect(page).toContain(title);
    for (const o of EXPECTED_OBJECTIVES) {
      expect(res.body).toContain(`href="${plan()}/obiettivi/${o.code}"`);
      expect(page).toContain(o.title);
    }
    // 1684's only indicator has no measurement: "non rilevato", never 0.
    expect(page).toMatch(/1684 POLITICHE PER LA PROMOZIONE [^%]*? 4 non rilevato/);
    for (const dataset of ["obiettivi", "indicatori", "target", "rilevazioni", "risultati"]) {
      for (const format of ["csv", "json", "xlsx"]) {
        expect(res.body).toContain(`href="${plan()}/dati/${dataset}.${format}"`);
      }
    }
    expect(res.body).toContain('href="/api/v1/docs"');
    expect(res.body).toMatch(/<caption[^>]*>Grado di raggiungimento dell&#39;amministrazione/);
    expect(res.body).toContain('<th scope="col">');
  });

  it("shows every section's text, numbered by code and unnumbered by the slug of its title", async () => {
    const premessa = await text(`${plan()}/sezioni/premessa-e-riferimenti-normativi`);
    expect(premessa).toContain("PREMESSA E RIFERIMENTI NORMATIVI");
    expect(premessa).toContain(
      "La Pubblica Amministrazione sta vivendo un processo di cambiamento",
    );
    const anagrafica = await text(`${plan()}/sezioni/1.1`);
    expect(anagrafica).toContain("1.1 SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE");
    expect(await text(`${plan()}/sezioni/2`)).toContain("2.1 VALORE PUBBLICO 2.2 PERFORMANCE");
    const page = (await visitor(plan())).body;
    const links = [...page.matchAll(/href="([^"]*\/sezioni\/[^"]+)"/g)].map((m) => m[1] ?? "");
    expect(links).toHaveLength(EXPECTED_INDEX.length + 1); // + the annex, not in the index
    for (const link of links) expect((await visitor(link)).statusCode, link).toBe(200);
  });

  it("shows each positive-action area with its objectives and their achievement", async () => {
    for (const [i, title] of EXPECTED_ACTION_TITLES.entries()) {
      const page = await text(`${plan()}/azioni-positive/${i + 1}`);
      expect(page).toContain(`Ambito di azione positiva ${i + 1}: ${title}`);
      for (const o of EXPECTED_OBJECTIVES.filter((e) => e.action === i + 1)) {
        expect(page).toContain(`${o.code} ${o.title}`);
      }
    }
    // (100 + 93,33) / 2: 1609 and 1611.
    expect(await text(`${plan()}/azioni-positive/1`)).toContain(
      "Monitoraggio a consuntivo 2025 31/12/2025 96,67% (raggiunto)",
    );
    expect(await text(`${plan()}/azioni-positive/2`)).toContain("0% (non raggiunto)");
  });

  it("shows an objective with its indicators, targets and measured values, no people", async () => {
    const page = await text(`${plan()}/obiettivi/1611`);
    expect(page).toContain("Obiettivo 1611: PROGRAMMAZIONE E CONTROLLO STRATEGICO: DUP E BILANCIO");
    expect(page).toContain("Struttura responsabile Area Risorse Programmazione e Organizzazione");
    expect(page).toContain("Ambito di azione positiva 1. PIANI TRIENNALI DI AZIONI POSITIVE");
    expect(page).toContain("Temi parità di genere");
    expect(page).toContain("3830 APPROVAZIONE RELAZIONE SUL VALORE PUBBLICO");
    expect(page).toContain("Grado di raggiungimento al 31/12/2025: 93,33% (raggiunto)");
    // 3833 due 31/07/2025, done 10/08/2025: 10 days late, 2 points a day.
    expect(page).toContain("3833 31/07/2025 10/08/2025 80% · 10 giorni di ritardo");
    expect(page).not.toContain("ufficio.piano");
    for (const o of EXPECTED_OBJECTIVES) {
      const objective = await text(`${plan()}/obiettivi/${o.code}`);
      expect(objective).toContain(`Obiettivo ${o.code}: ${o.title}`);
      for (const [indicator, unit, target] of o.indicators) {
        expect(objective).toContain(indicator);
        const page = await text(`${plan()}/obiettivi/${o.code}/indicatori/${indicator}`);
        expect(page).toContain(`Indicatore ${indicator}`);
        expect(page).toContain(`Unità di misura ${unit}`);
        expect(page).toContain(`2025 ${target}`);
      }
    }
  });

  it("shows an indicator over the years and campaigns: non rilevato when not measured", async () => {
    const page = await text(`${plan()}/obiettivi/1716/indicatori/4131`);
    expect(page).toContain("Obiettivo 1716 LAVORO AGILE ALTRE FORME DI LAVORO A DISTANZA");
    expect(page).toContain("2025 31/12/2025 2026 — 2027 —");
    expect(page).toContain(
      "Monitoraggio a consuntivo 2025 31/12/2025 31/12/2025 non rilevato non rilevato",
    );
    expect(await text(`${plan()}/obiettivi/1723/indicatori/4160`)).toContain("92% 92%");
  });

  it("answers 404 for what is not published or does not exist", async () => {
    for (const url of [
      `${base()}/piao/2026-2028`,
      `${base()}/piao/2026-2028/obiettivi/1609`,
      `${base()}/piao/2024-2026`,
      `${base()}/piao/abc`,
      "/trasparenza/enti/999",
      "/trasparenza/enti/abc",
      `/trasparenza/enti/999/piao/2025-2027`,
      `${plan()}/obiettivi/9999`,
      `${plan()}/obiettivi/1609/indicatori/9999`,
      `${plan()}/obiettivi/1609/indicatori/3830`,
      `${plan()}/sezioni/9.9`,
      `${plan()}/sezioni/premessa`,
      `${plan()}/azioni-positive/9`,
      `${plan()}/azioni-positive/uno`,
    ]) {
      expect((await visitor(url)).statusCode, url).toBe(404);
    }
  });

  it("keeps pages with an ETag, answers 304 on revalidation, per language", async () => {
    const first = await visitor(plan());
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"\d+-[\w-]+"$/);
    expect(first.headers["cache-control"]).toContain("public");
    expect(first.headers.vary).toBe("Cookie");
    expect(first.headers["last-modified"]).toBeTruthy();
    const again = await visitor(plan(), { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    const since = await visitor(plan(), {
      "if-modified-since": String(first.headers["last-modified"]),
    });
    expect(since.statusCode).toBe(304);
    const english = await visitor(plan(), { cookie: "piao_lang=en", "if-none-match": etag });
    expect(english.statusCode).toBe(200);
    expect(english.headers.etag).not.toBe(etag);
    expect(pageText(english.body)).toContain("Approval date 30/01/2025");
    expect(pageText(english.body)).toContain("79.84% (partly achieved)");
  });

  // ── The publication controls ──────────────────────────────────────────

  const controls = () => `${web.plan}/pubblicazione`;
  const publication = () =>
    web.store.db
      .selectFrom("plan_publication")
      .selectAll()
      .where("plan_id", "=", web.seed.planId)
      .executeTakeFirst();
  const audits = async () =>
    Number(
      (
        await web.store.db
          .selectFrom("audit_event")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("shows the planning office what the public sees, linked from the plan's overview", async () => {
    const planning = await signedIn(web.app, "ufficio.piano");
    expect((await planning.get(web.plan)).body).toContain(`href="${controls()}"`);
    const res = await planning.get(controls());
    expect(res.statusCode).toBe(200);
    const page = pageText(res.body);
    expect(page).toContain("Edizione pubblicata n. 1 — PIANO INTEGRATO");
    expect(page).toContain(SEED_PUBLICATION.approvalAct);
    expect(page).not.toContain("più recente di quella pubblicata");
    expect(res.body).toContain('value="30/01/2025"');
    expect(res.body).toContain(`href="${plan()}"`);
    expect(res.body).toContain(`${controls()}/campagne/${yearEndId}/ritiro`);
    const reader = await signedIn(web.app, "lettore");
    expect((await reader.get(web.plan)).body).not.toContain(`href="${controls()}"`);
  });

  it("refuses the roles that may not publish", async () => {
    for (const username of ["lettore", "nucleo", "dir.risorse"]) {
      const browser = await signedIn(web.app, username);
      expect((await browser.get(controls())).statusCode, username).toBe(403);
      await browser.get("/profilo");
      const post = await browser.post(controls(), {
        approvalDate: "30/01/2025",
        approvalAct: "Atto n. 1",
        approvingAuthority: "Giunta",
      });
      expect(post.statusCode, username).toBe(403);
      expect((await browser.post(`${controls()}/ritiro`, { reason: "prova" })).statusCode).toBe(
        403,
      );
    }
    expect((await new Browser(web.app).get(controls())).statusCode).toBe(303);
  });

  it("shows wrong fields beside each field and writes nothing", async () => {
    const planning = await signedIn(web.app, "ufficio.piano");
    const before = await publication();
    const audited = await audits();
    await planning.get(controls());
    const res = await planning.post(controls(), {
      approvalDate: "31/02/2025",
      approvalAct: "",
      approvingAuthority: "Sindaco metropolitano",
      documentUrl: "ftp://esempio",
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="error-summary"');
    expect(res.body).toContain('id="f-approvalDate-error"');
    expect(res.body).toContain('id="f-approvalAct-error"');
    expect(res.body).toContain('id="f-documentUrl-error"');
    expect(res.body).not.toContain('id="f-approvingAuthority-error"');
    const page = pageText(res.body);
    expect(page).toContain("Data non valida: scrivere gg/mm/aaaa");
    expect(page).toContain("Campo obbligatorio");
    expect(page).toContain("deve iniziare con http:// o https://");
    expect(res.body).toContain('value="31/02/2025"');
    const reason = await planning.post(`${controls()}/ritiro`, { reason: "" });
    expect(reason.statusCode).toBe(400);
    expect(reason.body).toContain('id="f-reason-error"');
    const noCsrf = await planning.post(
      controls(),
      { approvalDate: "30/01/2025", approvalAct: "Atto n. 1", approvingAuthority: "Giunta" },
      { withoutCsrf: true },
    );
    expect(noCsrf.statusCode).toBe(403);
    expect(await publication()).toEqual(before);
    expect(await audits()).toBe(audited);
  });

  it("keeps the published edition until a newer one is published, then shows it at the same address", async () => {
    const doc = seedDocument();
    await importPlan(web.store, { ...doc, plan: { ...doc.plan, title: NEW_TITLE } });
    const planning = await signedIn(web.app, "ufficio.piano");
    const warned = pageText((await planning.get(controls())).body);
    expect(warned).toContain(
      "L'edizione in vigore (n. 2) è più recente di quella pubblicata (n. 1)",
    );
    const old = await visitor(plan());
    expect(pageText(old.body)).toContain(SEED_TITLE);
    expect(pageText(old.body)).not.toContain(NEW_TITLE);
    const res = await planning.post(controls(), {
      approvalDate: "15/03/2025",
      approvalAct: "Decreto del Sindaco metropolitano n. 40 del 15/03/2025",
      approvingAuthority: "Sindaco metropolitano",
      documentUrl: "",
      smallAdministration: "1",
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(controls());
    const after = await planning.get(controls());
    expect(pageText(after.body)).toContain("il portale della trasparenza mostra l'edizione n. 2");
    expect(pageText(after.body)).not.toContain("più recente di quella pubblicata");
    const fresh = await visitor(plan(), { "if-none-match": String(old.headers.etag) });
    expect(fresh.statusCode).toBe(200);
    const page = pageText(fresh.body);
    expect(page).toContain(NEW_TITLE);
    expect(page).toContain("Data di approvazione 15/03/2025");
    expect(page).toContain("Amministrazione con meno di 50 dipendenti Sì");
    expect(page).toContain("Edizione pubblicata n. 2");
    expect(page).toContain("collegamento non indicato");
    expect(page).toContain("79,84% (parzialmente raggiunto)");
  });

  it("withdraws and publishes again a campaign's results, with a reason", async () => {
    const planning = await signedIn(web.app, "ufficio.piano");
    const confirm = `${controls()}/campagne/${yearEndId}/ritiro`;
    expect((await planning.get(confirm)).statusCode).toBe(200);
    const missing = await planning.post(confirm, { reason: "" });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('id="f-reason-error"');
    expect(pageText((await visitor(plan())).body)).toContain("79,84%");
    expect((await planning.post(confirm, { reason: "Dati da verificare" })).statusCode).toBe(303);
    const without = pageText((await visitor(plan())).body);
    expect(without).toContain("Nessun risultato di monitoraggio pubblicato.");
    expect(without).not.toContain("79,84%");
    await planning.get(controls());
    const again = await planning.post(`${controls()}/campagne/${yearEndId}`);
    expect(again.statusCode).toBe(303);
    expect(pageText((await visitor(plan())).body)).toContain("79,84%");
  });

  it("refuses to publish an open campaign, saying why", async () => {
    const open = await openCampaign(web.store, web.seed.planning, {
      planId: web.seed.planId,
      year: 2026,
      kind: "midyear",
    });
    const planning = await signedIn(web.app, "ufficio.piano");
    await planning.get(controls());
    const res = await planning.post(`${controls()}/campagne/${open.id}`);
    expect(res.statusCode).toBe(400);
    expect(pageText(res.body)).toContain("è ancora aperta");
    expect((await planning.post(`${controls()}/campagne/99999`)).statusCode).toBe(404);
  });

  it("withdraws the plan: its pages answer 404 and the list is empty", async () => {
    const planning = await signedIn(web.app, "ufficio.piano");
    await planning.get(controls());
    const res = await planning.post(`${controls()}/ritiro`, { reason: "Atto annullato" });
    expect(res.statusCode).toBe(303);
    expect((await visitor(plan())).statusCode).toBe(404);
    expect((await visitor(`${plan()}/obiettivi/1609`)).statusCode).toBe(404);
    expect((await visitor(base())).statusCode).toBe(404);
    expect(pageText((await visitor("/trasparenza")).body)).toContain("Nessuna amministrazione");
    const page = pageText((await planning.get(controls())).body);
    expect(page).toContain("Il piano non è pubblicato");
    expect(page).toContain("pubblicare prima il piano");
    const audit = pageText((await planning.get("/registro?entity=publication")).body);
    expect(audit).toContain(`pubblicazione plan:${web.seed.planId} ritiro`);
    expect(audit).toContain("Atto annullato");
    expect(audit).toContain("nuova pubblicazione");
    expect(audit).toContain(`pubblicazione campaign:${yearEndId} ritiro`);
  });
});
