/**
 * Output is escaped everywhere: a plan imported with an objective titled
 * `<script>alert(1)</script>` shows that title as text on every page that
 * names the objective, and no page carries it as markup.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { declaredAccess } from "../../src/http/access.ts";
import { openCampaign } from "../../src/services/campaigns.ts";
import { publishPlan } from "../../src/services/publication.ts";
import { requestReprogramming } from "../../src/services/reprogramming.ts";
import type { Store } from "../../src/store/database.ts";
import { seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { SEED_PUBLICATION } from "../support/publication.ts";
import { seedText } from "../support/seed-expected.ts";
import { givePasswords, signedIn, testApp } from "../support/web.ts";

const ATTACK = "<script>alert(1)</script>";
const ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

describeEachEngine("escaped output", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let planId: number;
  let campaignId: number;
  let administrationId: number;

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    const text = seedText().replace(
      "Obiettivo Performance 1609 PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE (PIAO)",
      `Obiettivo Performance 1609 ${ATTACK}`,
    );
    expect(text).toContain(ATTACK);
    const f = await seedCycle(store, text);
    planId = f.planId;
    administrationId = f.administrationId;
    // Published, so the public portal's pages show the objective too.
    await publishPlan(store, f.planning, planId, SEED_PUBLICATION);
    await givePasswords(store);
    campaignId = (await openCampaign(store, f.planning, { planId, year: 2025, kind: "yearend" }))
      .id;
    await requestReprogramming(store, f.headRisorse, {
      planId,
      objectiveCode: "1609",
      indicatorCode: "3826",
      change: "description",
      proposed: { description: ATTACK },
      justification: `Giustificazione ${ATTACK}`,
    });
    app = await testApp(store, { now: () => new Date("2025-12-15T10:00:00Z") });
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  /** Every page a signed-in user can open without a form, with the objective's own URLs filled in. */
  function pages(): string[] {
    const params: Record<string, string> = {
      planId: String(planId),
      code: "1609",
      ind: "3826",
      id: String(campaignId),
      campaignId: String(campaignId),
      administrationId: String(administrationId),
      period: "2025-2027",
      number: "1",
      indicator: "3826",
    };
    const urls: string[] = [];
    for (const [key] of declaredAccess.get(app) ?? new Map()) {
      const [method, url] = key.split(" ") as [string, string];
      if (
        method !== "GET" ||
        url.includes(".ics") ||
        url.includes("/lingua/") ||
        url.includes("/accesso")
      )
        continue;
      if ([...url.matchAll(/:(\w+)/g)].some(([, name]) => params[name ?? ""] === undefined))
        continue;
      urls.push(url.replace(/:(\w+)/g, (_, name: string) => params[name] ?? ""));
    }
    return urls;
  }

  it("shows the title as text on every page, never as a tag", async () => {
    const planning = await signedIn(app, "ufficio.piano");
    const showing: string[] = [];
    const raw: string[] = [];
    for (const url of pages()) {
      const res = await planning.get(url);
      // JSON and files carry the title as data (JSON escapes nothing a browser would run).
      if (!String(res.headers["content-type"] ?? "").startsWith("text/html")) continue;
      if (res.body.includes(ATTACK)) raw.push(url);
      if (res.body.includes(ESCAPED)) showing.push(url);
    }
    expect(raw).toEqual([]);
    for (const page of [
      `/piani/${planId}/albero`,
      `/piani/${planId}/strutture`,
      `/piani/${planId}/obiettivi/1609`,
      "/rilevazioni",
      "/rimodulazioni",
      `/trasparenza/enti/${administrationId}/piao/2025-2027`,
      `/trasparenza/enti/${administrationId}/piao/2025-2027/azioni-positive/1`,
      `/trasparenza/enti/${administrationId}/piao/2025-2027/obiettivi/1609`,
      `/trasparenza/enti/${administrationId}/piao/2025-2027/obiettivi/1609/indicatori/3826`,
    ]) {
      expect(showing).toContain(page);
    }
  });

  it("escapes it for the head of unit whose objective it is, too", async () => {
    const head = await signedIn(app, "dir.risorse");
    const res = await head.get("/rilevazioni");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(ESCAPED);
    expect(res.body).not.toContain(ATTACK);
  });
});
