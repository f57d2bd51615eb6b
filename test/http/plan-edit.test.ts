import { expect, it } from "vitest";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { AREA_RISORSE } from "../support/seed-expected.ts";
import { type Browser, pageText, signedIn } from "../support/web.ts";

/** The edition number a form was read from (its hidden field). */
function formEdition(body: string): string {
  const m = /name="edition" value="(\d+)"/.exec(body);
  if (!m?.[1]) throw new Error("the form carries no edition");
  return m[1];
}

describeEachEngine("editing a plan in the browser", (engine) => {
  const web = seededWebApp(engine);

  const editions = async () =>
    (
      await web.store.db.selectFrom("plan_edition").select("number").orderBy("number").execute()
    ).map((e) => e.number);

  /** Opens a form, then posts it with the edition it was read from. */
  async function submit(browser: Browser, url: string, form: Record<string, string>) {
    const page = await browser.get(url);
    expect(page.statusCode).toBe(200);
    return browser.post(url, { edition: formEdition(page.body), ...form });
  }

  const newObjective = (code: string, title: string) => ({
    code,
    title,
    description: "Un obiettivo di prova",
    unitKey: AREA_RISORSE,
    positiveAction: "1",
    weight: "1,5",
    tag_digitalisation: "1",
  });

  it("keeps the edit forms from a reader (403) and a head of unit cannot edit the plan", async () => {
    const reader = await signedIn(web.app, "lettore");
    for (const url of [
      `${web.plan}/obiettivi/nuovo`,
      `${web.plan}/obiettivi/1609/modifica`,
      `${web.plan}/obiettivi/1609/indicatori/nuovo`,
      `${web.plan}/obiettivi/1609/indicatori/3826/modifica`,
      `${web.plan}/strutture/nuova`,
      `${web.plan}/strutture/modifica?key=${encodeURIComponent(AREA_RISORSE)}`,
    ]) {
      expect((await reader.get(url)).statusCode, url).toBe(403);
    }
    const head = await signedIn(web.app, "dir.risorse");
    expect((await head.get(`${web.plan}/obiettivi/1609/modifica`)).statusCode).toBe(403);
    await head.get(`${web.plan}/obiettivi/1609`);
    const post = await head.post(`${web.plan}/obiettivi/1609/indicatori/3826/modifica`, {
      edition: "1",
      code: "3826",
      description: "x",
      kind: "deadline",
      target2025: "31/12/2025",
    });
    expect(post.statusCode).toBe(403);
    expect(await editions()).toEqual([1]);
  });

  it("lets the planning office create an objective: a new edition, shown on its page", async () => {
    const office = await signedIn(web.app, "ufficio.piano");
    const res = await submit(
      office,
      `${web.plan}/obiettivi/nuovo`,
      newObjective("9001", "Nuovo portale"),
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${web.plan}/obiettivi/9001`);
    expect(await editions()).toEqual([1, 2]);
    const page = await office.get(`${web.plan}/obiettivi/9001`);
    const text = pageText(page.body);
    expect(text).toContain("Modifica salvata: edizione 2 del piano");
    expect(text).toContain("Obiettivo 9001: Nuovo portale");
    expect(text).toContain("digitalizzazione");
    expect(text).toContain("1,5");
  });

  it("edits an objective's title and keeps its code, which other records refer to", async () => {
    const office = await signedIn(web.app, "ufficio.piano");
    const url = `${web.plan}/obiettivi/1612/modifica`;
    const form = await office.get(url);
    expect(form.body).toMatch(/name="code" value="1612"[^>]* readonly/);
    const res = await office.post(url, {
      edition: formEdition(form.body),
      code: "1612-NUOVO",
      title: "PIAO: PERFORMANCE E MAPPATURA",
      unitKey: AREA_RISORSE,
      positiveAction: "3",
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${web.plan}/obiettivi/1612`);
    const text = pageText((await office.get(`${web.plan}/obiettivi/1612`)).body);
    expect(text).toContain("Obiettivo 1612: PIAO: PERFORMANCE E MAPPATURA");
    expect((await office.get(`${web.plan}/obiettivi/1612-NUOVO`)).statusCode).toBe(404);
    const audit = pageText(
      (await office.get(`/registro?entity=objective&key=${web.seed.planId}/1612`)).body,
    );
    expect(audit).toContain(
      "titolo: PIAO SEZIONE PERFORMANCE E MAPPATURA ATTIVITA' → PIAO: PERFORMANCE E MAPPATURA",
    );
  });

  it("edits an indicator's target: the objective page shows the new value, the audit view the change", async () => {
    const office = await signedIn(web.app, "ufficio.piano");
    const url = `${web.plan}/obiettivi/1609/indicatori/3826/modifica`;
    const form = await office.get(url);
    expect(form.body).toContain('value="31/01/2025"');
    const before = await editions();
    const res = await office.post(url, {
      edition: formEdition(form.body),
      code: "3826",
      description: "Approvazione del PIAO",
      kind: "deadline",
      polarity: "higher",
      target2025: "28/02/2025",
    });
    expect(res.statusCode).toBe(303);
    expect(await editions()).toHaveLength(before.length + 1);
    const text = pageText((await office.get(`${web.plan}/obiettivi/1609`)).body);
    expect(text).toMatch(/3826 Approvazione del PIAO Data — 28\/02\/2025 28\/02\/2025/);

    const audit = await office.get(`/registro?entity=indicator&key=${web.seed.planId}/1609/3826`);
    const auditText = pageText(audit.body);
    expect(auditText).toContain("ufficio.piano");
    expect(auditText).toMatch(/target: 2025: 31\/01\/2025 → 2025: 28\/02\/2025/);
    expect(auditText).toMatch(/\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}/);
    expect(audit.body).not.toContain("{&quot;");
  });

  it("refuses a form read from an older edition with 409, naming the newer one, and writes nothing", async () => {
    const office = await signedIn(web.app, "ufficio.piano");
    const url = `${web.plan}/obiettivi/1611/modifica`;
    const stale = formEdition((await office.get(url)).body);
    const other = await signedIn(web.app, "ufficio.piano");
    await submit(other, `${web.plan}/obiettivi/nuovo`, newObjective("9002", "Nel frattempo"));
    const before = await editions();
    const res = await office.post(url, {
      edition: stale,
      code: "1611",
      title: "Titolo che non deve arrivare",
    });
    expect(res.statusCode).toBe(409);
    expect(pageText(res.body)).toContain(
      `il modulo era dell'edizione ${stale}, ora è in vigore l'edizione ${before.at(-1)}`,
    );
    expect(await editions()).toEqual(before);
    expect(pageText((await office.get(`${web.plan}/obiettivi/1611`)).body)).not.toContain(
      "Titolo che non deve arrivare",
    );
  });

  it("puts a bad target date, a duplicate code, an unknown unit and a year outside the plan beside their fields", async () => {
    const office = await signedIn(web.app, "ufficio.piano");
    const before = await editions();
    const badDate = await submit(office, `${web.plan}/obiettivi/1609/indicatori/nuovo`, {
      code: "9999",
      description: "Indicatore nuovo",
      kind: "deadline",
      target2025: "31/02/2025",
      target2026: "31/12/2031",
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toMatch(
      /id="f-target2025-error"[^>]*>Data non valida: scrivere gg\/mm\/aaaa/,
    );
    expect(badDate.body).toContain('value="31/02/2025"');
    const duplicate = await submit(
      office,
      `${web.plan}/obiettivi/nuovo`,
      newObjective("1609", "Doppio"),
    );
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.body).toMatch(
      /id="f-code-error"[^>]*>Esiste già un obiettivo con codice 1609/,
    );
    const unknownUnit = await submit(office, `${web.plan}/obiettivi/nuovo`, {
      ...newObjective("9003", "Senza casa"),
      unitKey: "Area Inesistente",
    });
    expect(unknownUnit.body).toMatch(
      /id="f-unitKey-error"[^>]*>Il piano non ha la struttura «Area Inesistente»/,
    );
    const outside = await submit(office, `${web.plan}/obiettivi/1609/indicatori/nuovo`, {
      code: "9999",
      description: "Indicatore nuovo",
      kind: "deadline",
      target2026: "31/12/2031",
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.body).toMatch(
      /id="f-target2026-error"[^>]*>L&#39;anno 2031 è fuori dal periodo del piano/,
    );
    expect(await editions()).toEqual(before);
  });

  it("answers a form without its edition with 400 and unknown records with 404, writing nothing", async () => {
    const office = await signedIn(web.app, "ufficio.piano");
    const before = await editions();
    await office.get(`${web.plan}/obiettivi/nuovo`);
    const noEdition = await office.post(
      `${web.plan}/obiettivi/nuovo`,
      newObjective("9100", "Senza edizione"),
    );
    expect(noEdition.statusCode).toBe(400);
    expect(pageText(noEdition.body)).toContain("Il modulo non indica l'edizione del piano");
    expect((await office.get(`${web.plan}/obiettivi/0000/modifica`)).statusCode).toBe(404);
    expect(
      (await office.get(`${web.plan}/obiettivi/1609/indicatori/0000/modifica`)).statusCode,
    ).toBe(404);
    const page = await office.get(`${web.plan}/obiettivi/1609/modifica`);
    const unknown = await office.post(`${web.plan}/obiettivi/0000/modifica`, {
      edition: formEdition(page.body),
      ...newObjective("0000", "Fantasma"),
    });
    expect(unknown.statusCode).toBe(404);
    expect(await editions()).toEqual(before);
  });

  it("adds a unit under an Area and changes its head", async () => {
    const office = await signedIn(web.app, "ufficio.piano");
    const res = await submit(office, `${web.plan}/strutture/nuova`, {
      name: "Ufficio Prova",
      kind: "office",
      parentKey: AREA_RISORSE,
      head: "Maria Rossi",
    });
    expect(res.statusCode).toBe(303);
    const key = `${AREA_RISORSE} - Ufficio Prova`;
    const edit = await submit(
      office,
      `${web.plan}/strutture/modifica?key=${encodeURIComponent(key)}`,
      {
        key,
        kind: "office",
        head: "Luca Bianchi",
      },
    );
    expect(edit.statusCode).toBe(303);
    const text = pageText((await office.get(`${web.plan}/strutture`)).body);
    expect(text).toContain("Ufficio Prova Responsabile: Luca Bianchi");
    expect((await office.get(`${web.plan}/strutture/modifica?key=nessuna`)).statusCode).toBe(404);
  });

  it("shows a title with markup escaped on both trees and the objective page, never as a tag", async () => {
    const office = await signedIn(web.app, "ufficio.piano");
    const title = "<script>alert(1)</script>";
    const res = await submit(office, `${web.plan}/obiettivi/nuovo`, newObjective("9666", title));
    expect(res.statusCode).toBe(303);
    for (const url of [
      `${web.plan}/albero`,
      `${web.plan}/strutture`,
      `${web.plan}/obiettivi/9666`,
    ]) {
      const body = (await office.get(url)).body;
      expect(body, url).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(body, url).not.toContain("<script>alert(1)");
    }
  });
});
