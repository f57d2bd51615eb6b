import { expect, it } from "vitest";
import { openCampaign } from "../../src/services/campaigns.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { pageText, signedIn } from "../support/web.ts";

const NOW = new Date("2025-07-10T09:00:00Z");
const NEW_REQUEST = "/rimodulazioni/obiettivi/1612/indicatori/3843/nuova";

describeEachEngine(
  "monitoring in the browser: mid-year forecasts, re-programming, neutralisation",
  (engine) => {
    const w = seededWebApp(engine, {
      now: NOW,
      prepare: async (store, f) => {
        await openCampaign(
          store,
          f.planning,
          { planId: f.planId, year: 2025, kind: "midyear" },
          NOW,
        );
      },
    });

    const requests = () => w.store.db.selectFrom("reprogramming").selectAll().execute();

    it("refuses a request without a justification, beside the field, and writes nothing", async () => {
      const head = await signedIn(w.app, "dir.risorse");
      await head.get(NEW_REQUEST);
      const res = await head.post(NEW_REQUEST, {
        change: "target",
        year: "2025",
        target: "2",
        justification: "breve",
      });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('id="f-justification-error"');
      expect(pageText(res.body)).toContain("almeno 10 caratteri");
      expect(res.body).toContain('value="2"');
      expect(await requests()).toHaveLength(0);
    });

    it("a new deadline must be a real date; a valid one waits for the planning office", async () => {
      const url = "/rimodulazioni/obiettivi/1609/indicatori/3826/nuova";
      const head = await signedIn(w.app, "dir.risorse");
      await head.get(url);
      const propose = (target: string) =>
        head.post(url, {
          change: "target",
          year: "2025",
          target,
          justification: "La giunta ha rinviato l'approvazione del piano",
        });
      const notYet = await propose("non ancora");
      expect(notYet.statusCode).toBe(400);
      expect(notYet.body).toContain('id="f-target-error"');
      const sent = await propose("31/03/2025");
      expect(sent.statusCode).toBe(303);
      expect(pageText((await head.get("/rimodulazioni")).body)).toMatch(
        /1609 \/ 3826 target 2025 31\/01\/2025 31\/03\/2025 La giunta .* in attesa/,
      );
    });

    it("a head may not re-program another unit's indicator", async () => {
      const head = await signedIn(w.app, "dir.risorse");
      await head.get("/rimodulazioni");
      const url = "/rimodulazioni/obiettivi/1628/indicatori/3887/nuova";
      expect((await head.get(url)).statusCode).toBe(403);
      const res = await head.post(url, {
        change: "target",
        year: "2025",
        target: "2",
        justification: "una motivazione lunga",
      });
      expect(res.statusCode).toBe(403);
    });

    it("a head requests a new target, the planning office approves it, and the target in force changes", async () => {
      const head = await signedIn(w.app, "dir.risorse");
      await head.get(NEW_REQUEST);
      const sent = await head.post(NEW_REQUEST, {
        change: "target",
        year: "2025",
        target: "2",
        justification: "Le attività da mappare sono raddoppiate con la riorganizzazione",
      });
      expect(sent.statusCode).toBe(303);
      const pending = pageText((await head.get("/rimodulazioni")).body);
      expect(pending).toContain("inviata all'ufficio di pianificazione");
      expect(pending).toMatch(
        /1612 \/ 3843 target 2025 1 2 Le attività da mappare .* dir\.risorse, 10\/07\/2025, 11:00 in attesa/,
      );

      const request = (await requests()).find((r) => r.indicator_code === "3843");
      const planning = await signedIn(w.app, "ufficio.piano");
      await planning.get(`/rimodulazioni/${request?.id}/decisione`);
      const approved = await planning.post(`/rimodulazioni/${request?.id}/decisione`, {
        decision: "approved",
        note: "",
        version: String(request?.version),
      });
      expect(approved.statusCode).toBe(303);
      const list = pageText((await planning.get("/rimodulazioni")).body);
      expect(list).toContain("approvata ufficio.piano, 10/07/2025");

      const mine = pageText((await head.get("/rilevazioni")).body);
      expect(mine).toContain("3843 MAPPATURA DELLE ATTIVITA 2 rimodulato; originario 1");
    });

    it("rejecting needs a note beside the field; the reader may neither request nor decide", async () => {
      const head = await signedIn(w.app, "dir.risorse");
      await head.get(NEW_REQUEST);
      await head.post(NEW_REQUEST, {
        change: "description",
        year: "2025",
        description: "MAPPATURA DEI PROCESSI",
        justification: "Il termine attività è ambiguo per gli uffici",
      });
      const pending = (await requests()).find((r) => r.status === "pending");
      const url = `/rimodulazioni/${pending?.id}/decisione`;
      const reader = await signedIn(w.app, "lettore");
      await reader.get("/rimodulazioni");
      expect((await reader.post(url, { decision: "approved", version: "0" })).statusCode).toBe(403);
      expect(
        (
          await reader.post(NEW_REQUEST, {
            change: "target",
            year: "2025",
            target: "3",
            justification: "una motivazione lunga",
          })
        ).statusCode,
      ).toBe(403);
      const planning = await signedIn(w.app, "ufficio.piano");
      await planning.get(url);
      const res = await planning.post(url, {
        decision: "rejected",
        note: "",
        version: String(pending?.version),
      });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('id="f-note-error"');
      expect((await requests()).find((r) => r.id === pending?.id)?.status).toBe("pending");
      expect((await planning.get("/rimodulazioni/abc/decisione")).statusCode).toBe(404);
    });

    it("a forecast at risk needs a comment; once given, the objective's section shows it", async () => {
      const head = await signedIn(w.app, "dir.risorse");
      const mine = await head.get("/rilevazioni");
      const url = /href="(\/campagne\/\d+\/obiettivi\/1609\/previsione)"/.exec(
        mine.body,
      )?.[1] as string;
      expect(url).toBeDefined();
      await head.get(url);
      const bare = await head.post(url, { forecast: "at_risk", comment: "", version: "0" });
      expect(bare.statusCode).toBe(400);
      expect(bare.body).toContain('id="f-comment-error"');
      expect(await w.store.db.selectFrom("objective_forecast").selectAll().execute()).toHaveLength(
        0,
      );
      const saved = await head.post(url, {
        forecast: "at_risk",
        comment: "Manca il parere dei revisori",
        version: "0",
      });
      expect(saved.statusCode).toBe(303);
      expect(pageText((await head.get("/rilevazioni")).body)).toContain(
        "Previsione di raggiungimento: a rischio — Manca il parere dei revisori",
      );
      const planning = await signedIn(w.app, "ufficio.piano");
      await planning.get(url);
      const stale = await planning.post(url, { forecast: "on_track", comment: "", version: "0" });
      expect(stale.statusCode).toBe(409);
      expect(pageText(stale.body)).toContain(
        "la previsione dell'obiettivo 1609 è stata cambiata da dir.risorse",
      );
      const reader = await signedIn(w.app, "lettore");
      await reader.get("/piani");
      expect((await reader.post(url, { forecast: "on_track", version: "0" })).statusCode).toBe(403);
      const other = url.replace("/1609/", "/1712/");
      expect(
        (await head.post(other, { forecast: "on_track", comment: "", version: "0" })).statusCode,
      ).toBe(403);
    });

    it("the Nucleo neutralises an indicator with its reason; heads and the reader may not", async () => {
      const [campaign] = await w.store.db.selectFrom("monitoring_campaign").selectAll().execute();
      const url = `/campagne/${campaign?.id}/neutralizzazioni`;
      const head = await signedIn(w.app, "dir.risorse");
      await head.get("/rilevazioni");
      expect((await head.post(url, { target: "1609/3826", reason: "alluvione" })).statusCode).toBe(
        403,
      );
      const reader = await signedIn(w.app, "lettore");
      await reader.get("/piani");
      expect(
        (await reader.post(url, { target: "1609/3826", reason: "alluvione" })).statusCode,
      ).toBe(403);
      const nucleo = await signedIn(w.app, "nucleo");
      expect(pageText((await nucleo.get("/campagne")).body)).toContain("Neutralizzazioni");
      await nucleo.get(url);
      const noReason = await nucleo.post(url, { target: "1609/3826", reason: " " });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.body).toContain('id="f-reason-error"');
      const done = await nucleo.post(url, {
        target: "1609/3826",
        reason: "Alluvione di maggio: uffici chiusi",
      });
      expect(done.statusCode).toBe(303);
      const page = pageText((await nucleo.get(url)).body);
      expect(page).toContain("1609/3826 neutralizzato");
      expect(page).toContain("1609 / 3826 Alluvione di maggio: uffici chiusi nucleo");
      const again = await nucleo.post(url, { target: "1609/3826", reason: "di nuovo" });
      expect(again.statusCode).toBe(400);
      expect(pageText(again.body)).toContain("è già neutralizzato");
      expect(pageText((await head.get("/rilevazioni")).body)).toMatch(/3826 .* neutralizzato/);
    });
  },
);
