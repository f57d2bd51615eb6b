/**
 * Nothing unpublished and no personal data leaves through a public route.
 * The store holds, beside the published seed and its published year-end
 * results, what must stay internal, each with a marker: a later draft
 * edition, an unpublished plan, an open campaign and a closed unpublished
 * one with measurement notes, a neutralisation reason, a comment, an
 * evidence file, unit heads, a user's name and e-mail. Every GET route
 * declared "public" (from declaredAccess, as the authorisation matrix does)
 * is called with every value of its URL parameters, and every page of this
 * site it links to is followed; no answer may carry a marker, a username or
 * an e-mail address. A route whose parameters have no values here fails the
 * test: add them to VALUES when adding a public route.
 */
import ExcelJS from "exceljs";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ROLES } from "../../src/domain/authorization.ts";
import { declaredAccess } from "../../src/http/access.ts";
import { translate } from "../../src/i18n/index.ts";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { closeCampaign, openCampaign } from "../../src/services/campaigns.ts";
import { addEvidence } from "../../src/services/evidence.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { recordMeasurement } from "../../src/services/measurements.ts";
import { neutralise } from "../../src/services/neutralisation.ts";
import { addObjectiveComment } from "../../src/services/objective-comments.ts";
import { publishCampaign, publishPlan } from "../../src/services/publication.ts";
import { createUser } from "../../src/services/users.ts";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { SEED_PUBLICATION } from "../support/publication.ts";
import { seedText } from "../support/seed-expected.ts";
import { testApp } from "../support/web.ts";
import { seedYearEnd } from "../support/year-end-campaign.ts";

/** Every marker contains this, in any case. */
const MARKER = /leakmarker/i;
const DATASETS = ["obiettivi", "indicatori", "target", "rilevazioni", "risultati"];
const FORMATS = ["csv", "json", "xlsx"];
/** Pages followed from the routes' answers, at most. */
const CRAWL_LIMIT = 600;

function seedDocument() {
  const read = readPiaoText(seedText());
  if (!read.document) throw new Error("seed did not read");
  return read.document;
}

/** The text of an answer: the body, or every cell of a spreadsheet. */
async function readable(res: LightMyRequestResponse): Promise<string> {
  const bytes = res.rawPayload;
  if (bytes.subarray(0, 4).toString("latin1") !== "PK\u0003\u0004") return res.body;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const cells: string[] = [];
  for (const sheet of book.worksheets) {
    cells.push(sheet.name);
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(cell.text);
        if (cell.note) cells.push(JSON.stringify(cell.note));
      });
    });
  }
  return cells.join("\n");
}

/** Each combination of the values of the URL's parameters; throws for a parameter without values. */
function fill(url: string, values: Record<string, string[]>): string[] {
  const names = [...url.matchAll(/:(\w+)/g)].map((m) => m[1] ?? "");
  let urls = [url];
  for (const name of names) {
    const options = values[name];
    if (!options?.length) {
      throw new Error(`no value for :${name} in ${url}: add some to VALUES in public-leak.test.ts`);
    }
    urls = urls.flatMap((u) => options.map((v) => u.replace(`:${name}`, encodeURIComponent(v))));
  }
  return urls;
}

describeEachEngine("no leak through public routes", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let seed: CycleFixture;
  let values: Record<string, string[]>;
  /** Usernames and e-mail addresses of every user. */
  let people: string[] = [];

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    seed = await seedCycle(store);
    const { planning, headRisorse, evaluator } = seed;
    // Heads of unit are people: named in the plan's records, never in public.
    await store.db.updateTable("org_unit").set({ head: "Dott.ssa Leakmarker Capo" }).execute();
    await createUser(store, {
      username: "leakmarker.persona",
      displayName: "Persona Leakmarker",
      role: "reader",
      administrationId: seed.administrationId,
      email: "persona.leakmarker@example.org",
    });
    await store.db
      .updateTable("app_user")
      .set({ email: "ufficio.piano@example.org" })
      .where("username", "=", "ufficio.piano")
      .execute();
    await publishPlan(store, planning, seed.planId, SEED_PUBLICATION);

    // The published year-end campaign, with what stays internal in it.
    const yearEnd = (await seedYearEnd(store, seed)).campaignId;
    const at = { campaignId: yearEnd, objectiveCode: "1609", indicatorCode: "3826" };
    await recordMeasurement(store, headRisorse, {
      ...at,
      value: { kind: "deadline", doneOn: "2025-01-28" },
      note: "Nota interna LEAKMARKER-NOTE-PUBLISHED",
    });
    await addEvidence(store, headRisorse, {
      ...at,
      fileName: "verbale-LEAKMARKER-EVIDENCE.pdf",
      mediaType: "application/pdf",
      content: new TextEncoder().encode("%PDF-1.4 LEAKMARKER"),
    });
    await neutralise(store, evaluator, {
      campaignId: yearEnd,
      objectiveCode: "1716",
      indicatorCode: "4131",
      reason: "Motivo LEAKMARKER-REASON",
    });
    await addObjectiveComment(store, evaluator, {
      administrationId: seed.administrationId,
      planId: seed.planId,
      objectiveCode: "1611",
      campaignId: yearEnd,
      body: "Commento LEAKMARKER-COMMENT",
    });
    await closeCampaign(store, planning, yearEnd);
    await publishCampaign(store, planning, yearEnd);

    /** A 2026 campaign with a measurement whose note is `note`. */
    const campaign2026 = async (kind: "yearend" | "midyear", note: string) => {
      const { id } = await openCampaign(store, planning, { planId: seed.planId, year: 2026, kind });
      await recordMeasurement(store, headRisorse, {
        campaignId: id,
        objectiveCode: "1611",
        indicatorCode: "3830",
        value: { kind: "deadline", doneOn: "2026-04-01" },
        note,
      });
      return id;
    };
    // A closed campaign whose results are not published.
    const closed = await campaign2026("yearend", "LEAKMARKER-NOTE-CLOSED");
    await closeCampaign(store, planning, closed);

    // A later draft edition, and an open campaign on it.
    const doc = seedDocument();
    await importPlan(store, {
      ...doc,
      plan: { ...doc.plan, title: "LEAKMARKER DRAFT EDITION" },
      objectives: doc.objectives.map((o) =>
        o.code === "1609" ? { ...o, title: "LEAKMARKER DRAFT OBJECTIVE" } : o,
      ),
    });
    const open = await campaign2026("midyear", "LEAKMARKER-NOTE-OPEN");

    // Another plan of the administration, never published.
    const other = await importPlan(store, {
      ...doc,
      plan: { ...doc.plan, startYear: 2026, endYear: 2028, title: "LEAKMARKER UNPUBLISHED PLAN" },
    });

    const users = await store.db.selectFrom("app_user").select(["username", "email"]).execute();
    const text = seedText().toLowerCase();
    // A username that is also a word of the published document ("nucleo") or a role's name
    // the API reference shows ("lettore") cannot be told apart.
    const roleNames = ROLES.map((r) => translate(`role.${r}`, {}, "it").toLowerCase());
    people = [
      ...users
        .map((u) => u.username)
        .filter((u) => !text.includes(u.toLowerCase()) && !roleNames.includes(u.toLowerCase())),
      ...users.flatMap((u) => (u.email ? [u.email] : [])),
    ];
    const campaigns = [yearEnd, closed, open].map(String);
    values = {
      administrationId: [String(seed.administrationId)],
      period: ["2025-2027", "2026-2028"],
      planId: [String(seed.planId), String(other.planId)],
      section: ["premessa-e-riferimenti-normativi", "1.1", "2.2"],
      number: ["1", "3"],
      code: ["1609", "1611", "1716"],
      indicator: ["3826", "3830", "4131"],
      indicatorCode: ["3826", "3830", "4131"],
      campaignId: campaigns,
      id: campaigns,
      year: ["2025", "2026"],
      kind: ["yearend", "midyear"],
      dataset: DATASETS,
      format: FORMATS,
      file: DATASETS.flatMap((d) => FORMATS.map((f) => `${d}.${f}`)),
      lang: ["it", "en"],
      token: ["no-such-token"],
    };
    app = await testApp(store);
  });
  afterAll(async () => {
    await app?.close();
    await dispose();
  });

  function publicUrls(): string[] {
    const routes = [...(declaredAccess.get(app) ?? new Map())]
      .filter(([key, access]) => access === "public" && key.startsWith("GET "))
      .map(([key]) => key.slice(4));
    return [...routes.flatMap((url) => fill(url, values)), "/trasparenza?q=bologna"];
  }

  it("finds a value for every parameter of every public route", () => {
    expect(publicUrls().length).toBeGreaterThan(20);
  });

  it("shows none of the markers, usernames or e-mail addresses on any public answer", async () => {
    const queue = publicUrls();
    const seen = new Set(queue);
    const leaks: string[] = [];
    const failures: string[] = [];
    const ok: string[] = [];
    for (let i = 0; i < queue.length && i < CRAWL_LIMIT; i++) {
      const url = queue[i] as string;
      for (const cookie of ["", "piao_lang=en"]) {
        if (cookie && !url.startsWith("/trasparenza")) continue;
        const res = await app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} });
        if (res.statusCode >= 500) failures.push(`${url}: ${res.statusCode}`);
        if (res.statusCode === 200) ok.push(url);
        const text = await readable(res);
        const found = [
          ...(MARKER.test(text)
            ? [text.match(/[^\s"<>]*leakmarker[^\s"<>]*/i)?.[0] ?? "marker"]
            : []),
          ...people.filter((p) =>
            new RegExp(`(?<![\\w.@-])${p.replace(/\./g, "\\.")}(?![\\w@-])`).test(text),
          ),
        ];
        if (found.length) leaks.push(`${url}${cookie ? " (en)" : ""}: ${found.join(", ")}`);
        if (cookie || !(res.headers["content-type"] ?? "").toString().includes("html")) continue;
        for (const [, href] of res.body.matchAll(/href="(\/(?:trasparenza|api\/v1)[^"#]*)"/g)) {
          const link = (href ?? "").replace(/&amp;/g, "&");
          if (!seen.has(link)) {
            seen.add(link);
            queue.push(link);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(leaks).toEqual([]);
    // The walk did read the published plan, its objectives and indicators.
    const plan = `/trasparenza/enti/${seed.administrationId}/piao/2025-2027`;
    expect(ok).toContain(plan);
    expect(ok).toContain(`${plan}/obiettivi/1609`);
    expect(ok).toContain(`${plan}/obiettivi/1716/indicatori/4131`);
    expect(ok.filter((u) => u.includes("/indicatori/")).length).toBeGreaterThan(30);
    expect(ok).not.toContain(`/trasparenza/enti/${seed.administrationId}/piao/2026-2028`);
  });

  it("shows the published edition and its published results, not the draft", async () => {
    const plan = `/trasparenza/enti/${seed.administrationId}/piao/2025-2027`;
    const res = await app.inject({ method: "GET", url: `${plan}/obiettivi/1609` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("PIANO INTEGRATO ATTIVITA&#39; E ORGANIZZAZIONE (PIAO)");
    expect(res.body).toContain("28/01/2025");
    const indicator = await app.inject({
      method: "GET",
      url: `${plan}/obiettivi/1716/indicatori/4131`,
    });
    expect(indicator.body).toContain("neutralizzato");
  });
});
