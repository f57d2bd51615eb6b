import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openCampaign } from "../../src/services/campaigns.ts";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { givePasswords, pageText, signedIn, testApp } from "../support/web.ts";

const NOW = new Date("2025-07-10T09:00:00Z");
const NEW_REQUEST = "/rimodulazioni/obiettivi/1612/indicatori/3843/nuova";

describeEachEngine("monitoring in the browser: re-programming", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let f: CycleFixture;

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    f = await seedCycle(store);
    await givePasswords(store);
    await openCampaign(store, f.planning, { planId: f.planId, year: 2025, kind: "midyear" }, NOW);
    app = await testApp(store, { now: () => NOW });
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  const requests = () => store.db.selectFrom("reprogramming").selectAll().execute();

  it("refuses a request without a justification, beside the field, and writes nothing", async () => {
    const head = await signedIn(app, "dir.risorse");
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

  it("a head may not re-program another unit's indicator", async () => {
    const head = await signedIn(app, "dir.risorse");
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
    const head = await signedIn(app, "dir.risorse");
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

    const [request] = await requests();
    const planning = await signedIn(app, "ufficio.piano");
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
    const head = await signedIn(app, "dir.risorse");
    await head.get(NEW_REQUEST);
    await head.post(NEW_REQUEST, {
      change: "description",
      year: "2025",
      description: "MAPPATURA DEI PROCESSI",
      justification: "Il termine attività è ambiguo per gli uffici",
    });
    const pending = (await requests()).find((r) => r.status === "pending");
    const url = `/rimodulazioni/${pending?.id}/decisione`;
    const reader = await signedIn(app, "lettore");
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
    const planning = await signedIn(app, "ufficio.piano");
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
});
