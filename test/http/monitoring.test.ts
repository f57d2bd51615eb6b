import { describe, expect, it } from "vitest";
import { parseForm } from "../../src/http/forms.ts";
import { measurementForm } from "../../src/http/pages/monitoring/measurement.ts";
import { openCampaign } from "../../src/services/campaigns.ts";
import { entryState, italianToday } from "../../src/services/worklist.ts";
import { findMeasurement } from "../../src/store/repositories/measurement.repository.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { type Browser, pageText, signedIn } from "../support/web.ts";

/** The app's clock: mid-December 2025, so January's deadlines not yet met are overdue. */
const NOW = new Date("2025-12-15T10:00:00Z");

function counters(body: string) {
  const m = /(\d+) da inserire (\d+) in ritardo (\d+) inseriti/.exec(pageText(body));
  if (!m) throw new Error("no counters on the page");
  return { missing: Number(m[1]), overdue: Number(m[2]), entered: Number(m[3]) };
}

describeEachEngine("monitoring in the browser: my measurements", (engine) => {
  let campaignId = 0;
  const w = seededWebApp(engine, {
    now: NOW,
    prepare: async (store, f) => {
      campaignId = (
        await openCampaign(
          store,
          f.planning,
          { planId: f.planId, year: 2025, kind: "yearend" },
          NOW,
        )
      ).id;
    },
  });
  const page = (objective: string, indicator: string) =>
    `/campagne/${campaignId}/obiettivi/${objective}/indicatori/${indicator}`;

  async function enter(browser: Browser, url: string, form: Record<string, string>) {
    await browser.get(url);
    return browser.post(url, form);
  }

  it("shows a head of unit only the indicators of their own unit", async () => {
    const head = await signedIn(w.app, "dir.risorse");
    const res = await head.get("/rilevazioni");
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    expect(text).toContain("Obiettivo 1609");
    expect(text).toContain("Obiettivo 1612");
    // 1712 and 1628 belong to the Settore Istruzione e Sviluppo Sociale.
    expect(text).not.toContain("Obiettivo 1712");
    expect(text).not.toContain("Obiettivo 1628");
    const planning = pageText(
      (await (await signedIn(w.app, "ufficio.piano")).get("/rilevazioni")).body,
    );
    expect(planning).toContain("Obiettivo 1712");
    // The head of the Area above the Settore answers for the Settore's objectives too.
    const area = pageText((await (await signedIn(w.app, "dir.sviluppo")).get("/rilevazioni")).body);
    expect(area).toContain("Obiettivo 1712");
    expect(area).not.toContain("Obiettivo 1609");
  });

  it("refuses a figure for an objective of another unit with 403, and writes nothing", async () => {
    const head = await signedIn(w.app, "dir.risorse");
    await head.get("/rilevazioni");
    const res = await head.post(page("1712", "4119"), {
      state: "done",
      value: "30/11/2025",
      version: "0",
    });
    expect(res.statusCode).toBe(403);
    expect(pageText(res.body)).toContain("L'obiettivo 1712 non appartiene alla tua struttura");
    expect(await findMeasurement(w.store.db, campaignId, "1712", "4119")).toBeUndefined();
    expect((await head.get(page("1712", "4119"))).statusCode).toBe(403);
  });

  it("records a deadline met and a number: the page shows them and the counters move", async () => {
    const head = await signedIn(w.app, "dir.risorse");
    const before = counters((await head.get("/rilevazioni")).body);
    // 3826 (target 31/01/2025) is overdue until it is recorded as done.
    const done = await enter(head, page("1609", "3826"), {
      state: "done",
      value: "28/01/2025",
      version: "0",
    });
    expect(done.statusCode).toBe(303);
    const shown = await head.get(done.headers.location as string);
    expect(pageText(shown.body)).toContain("Valore dell'indicatore 3826 salvato");
    expect(pageText(shown.body)).toContain("28/01/2025");
    const number = await enter(head, page("1612", "3843"), {
      value: "12.345,5",
      note: "dal registro",
      version: "0",
    });
    expect(number.statusCode).toBe(303);
    const list = await head.get("/rilevazioni");
    const after = counters(list.body);
    expect(after.entered).toBe(before.entered + 2);
    expect(after.overdue).toBe(before.overdue - 1);
    expect(after.missing).toBe(before.missing - 1);
    expect(pageText(list.body)).toContain("12.345,5");
    expect(await findMeasurement(w.store.db, campaignId, "1612", "3843")).toMatchObject({
      number_value: 12345.5,
      note: "dal registro",
      entered_by: "dir.risorse",
    });
  });

  it("shows an impossible date beside its field, keeps what was typed and writes nothing", async () => {
    const head = await signedIn(w.app, "dir.risorse");
    const res = await enter(head, page("1611", "3830"), {
      state: "done",
      value: "31/02/2025",
      note: "prova",
      version: "0",
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="f-value-error"');
    expect(pageText(res.body)).toContain(
      'Data non valida "31/02/2025": il giorno 31 non esiste a febbraio',
    );
    expect(res.body).toContain('value="31/02/2025"');
    expect(await findMeasurement(w.store.db, campaignId, "1611", "3830")).toBeUndefined();
  });

  it("refuses a save based on a stale version with 409, saying who changed what", async () => {
    const planning = await signedIn(w.app, "ufficio.piano");
    const head = await signedIn(w.app, "dir.risorse");
    await head.get(page("1611", "3833"));
    // The planning office saves first; the head's form still carries version 0.
    expect(
      (
        await enter(planning, page("1611", "3833"), {
          state: "done",
          value: "20/07/2025",
          version: "0",
        })
      ).statusCode,
    ).toBe(303);
    const res = await head.post(page("1611", "3833"), {
      state: "done",
      value: "25/07/2025",
      version: "0",
    });
    expect(res.statusCode).toBe(409);
    const text = pageText(res.body);
    expect(text).toContain("è stata cambiata da ufficio.piano");
    expect(text).toContain("Valore attuale: 20/07/2025");
    expect(res.body).toContain('value="25/07/2025"');
    expect(await findMeasurement(w.store.db, campaignId, "1611", "3833")).toMatchObject({
      done_on: "2025-07-20",
    });
  });

  it("gives the reader 403 on the measurement form", async () => {
    const reader = await signedIn(w.app, "lettore");
    await reader.get("/piani");
    const res = await reader.post(page("1609", "3826"), { state: "notYet", version: "0" });
    expect(res.statusCode).toBe(403);
    expect((await reader.get("/rilevazioni")).statusCode).toBe(403);
  });

  it("answers 404 for an unknown indicator or a malformed id", async () => {
    const head = await signedIn(w.app, "dir.risorse");
    expect((await head.get(page("1609", "9999"))).statusCode).toBe(404);
    expect((await head.get("/campagne/abc/obiettivi/1609/indicatori/3826")).statusCode).toBe(404);
    expect((await head.get("/campagne/999/obiettivi/1609/indicatori/3826")).statusCode).toBe(404);
  });
});

describe("the state of an indicator on «Le mie rilevazioni»", () => {
  const deadline = (date: string, doneOn: string | null | undefined) =>
    ({
      target: { kind: "deadline", date },
      measurement: doneOn === undefined ? null : { kind: "deadline", doneOn },
      neutralisedReason: null,
    }) as Parameters<typeof entryState>[0];

  it("a deadline not yet met is overdue from the day after its date, not on the day", () => {
    expect(entryState(deadline("2025-06-30", undefined), false, "2025-07-01")).toBe("overdue");
    expect(entryState(deadline("2025-06-30", null), true, "2025-07-01")).toBe("overdue");
    expect(entryState(deadline("2025-06-30", undefined), false, "2025-06-30")).toBe("missing");
    expect(entryState(deadline("2025-06-30", "2025-07-03"), true, "2025-07-04")).toBe("entered");
  });

  it("today is the Italian calendar day: 23:30 UTC on 31 December is already 1 January in Rome", () => {
    expect(italianToday(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
  });
});

describe("the measurement form reads values the Italian way", () => {
  const read = (kind: "boolean" | "percent" | "deadline", body: Record<string, string>) =>
    parseForm(measurementForm(kind), { version: "0", ...body }, "it");

  it("SÌ and NO for a yes/no indicator; anything else is refused beside the field", () => {
    expect(read("boolean", { value: "SÌ" })).toMatchObject({
      ok: true,
      data: { measured: { kind: "boolean", value: true } },
    });
    expect(read("boolean", { value: "NO" })).toMatchObject({
      data: { measured: { value: false } },
    });
    expect(read("boolean", { value: "forse" })).toMatchObject({
      ok: false,
      errors: { value: '"forse" non è una risposta sì/no: scrivere SÌ oppure NO.' },
    });
  });

  it("a percentage with a decimal comma, and a deadline «non ancora» without a date", () => {
    expect(read("percent", { value: "80,5%" })).toMatchObject({
      data: { measured: { kind: "percent", value: 80.5 } },
    });
    expect(read("deadline", { state: "notYet", value: "" })).toMatchObject({
      data: { measured: { kind: "deadline", doneOn: null } },
    });
    expect(read("deadline", { value: "01/02/2025" })).toMatchObject({
      ok: false,
      errors: { state: "Campo obbligatorio" },
    });
  });
});
