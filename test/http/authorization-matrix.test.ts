/**
 * The authorisation matrix: every route the application registers, called
 * by a visitor and by each role, answers as its declared access says — 403
 * exactly for the roles that may not, a redirect to sign-in for a visitor.
 * A route added without an entry for its URL parameters fails here, so the
 * matrix grows with the application. Cookies never act on the API: its
 * routes that are not public answer 401 to every caller (only a Bearer token
 * acts there; test/http/api-write.test.ts has the matrix of tokens).
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Role, roleMay } from "../../src/domain/authorization.ts";
import { type Access, declaredAccess } from "../../src/http/access.ts";
import { createApiToken } from "../../src/services/api-tokens.ts";
import { openCampaign } from "../../src/services/campaigns.ts";
import { createUser } from "../../src/services/users.ts";
import type { Store } from "../../src/store/database.ts";
import { SYSADMIN } from "../support/api.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { Browser, givePasswords, signedIn, testApp } from "../support/web.ts";

/** Who calls, by role: the head of unit is dir.risorse, whose unit holds objective 1609. */
const CALLERS: [Role, string][] = [
  ["admin", "sysadmin"],
  ["planning", "ufficio.piano"],
  ["head", "dir.risorse"],
  ["evaluator", "nucleo"],
  ["reader", "lettore"],
];

/** Routes that end the caller's session: called last. */
const ENDS_SESSION = new Set(["POST /esci"]);

interface Params {
  [name: string]: string;
}

function fill(url: string, params: Params): string {
  return url.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined)
      throw new Error(`no value for :${name} in ${url}: add one to the matrix`);
    return encodeURIComponent(value);
  });
}

function expectation(
  access: Access,
  role: Role | null,
  url: string,
): "allowed" | "forbidden" | "signIn" {
  if (access === "public") return "allowed";
  if (role === null || url.startsWith("/api/")) return "signIn";
  if (access === "signedIn") return "allowed";
  return roleMay(role, access) ? "allowed" : "forbidden";
}

describeEachEngine("authorisation matrix", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let fixture: CycleFixture;
  let params: Params;

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    fixture = await seedCycle(store);
    await createUser(store, {
      username: "sysadmin",
      displayName: "Sysadmin",
      role: "admin",
      administrationId: null,
    });
    await createUser(store, {
      username: "da.disattivare",
      displayName: "Utente di prova",
      role: "reader",
      administrationId: fixture.administrationId,
    });
    await givePasswords(store);
    const campaign = await openCampaign(store, fixture.planning, {
      planId: fixture.planId,
      year: 2025,
      kind: "yearend",
    });
    const token = await createApiToken(store, SYSADMIN, {
      administrationId: fixture.administrationId,
      name: "matrice",
      role: "reader",
    });
    const target = await store.db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", "da.disattivare")
      .executeTakeFirstOrThrow();
    params = {
      planId: String(fixture.planId),
      code: "1609",
      objective: "1609",
      ind: "3826",
      id: String(campaign.id),
      lang: "en",
      token: "no-such-token",
      userId: String(target.id),
      tokenId: String(token.token.id),
      administrationId: String(fixture.administrationId),
      campaignId: String(campaign.id),
      objectiveCode: "1609",
      indicatorCode: "3826",
      measureCode: "MG-01",
      period: "2025-2027",
      file: "obiettivi.csv",
      section: "2.2",
      number: "1",
      indicator: "3826",
    };
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  function routes(): [string, string, Access][] {
    const declared = declaredAccess.get(app);
    if (!declared) throw new Error("no routes declared");
    return [...declared]
      .map(([key, access]) => {
        const [method, url] = key.split(" ") as [string, string];
        return [method, url, access] as [string, string, Access];
      })
      .sort(
        ([m1, u1], [m2, u2]) =>
          Number(ENDS_SESSION.has(`${m1} ${u1}`)) - Number(ENDS_SESSION.has(`${m2} ${u2}`)),
      );
  }

  async function call(browser: Browser, method: string, url: string) {
    if (method === "GET") return browser.get(url);
    await browser.get("/profilo").catch(() => undefined);
    if (!browser.csrf) await browser.get("/accesso");
    return browser.post(url, {}, { method: method as "POST" | "PUT" | "PATCH" | "DELETE" });
  }

  it("declares access on every route it registers", () => {
    expect(routes().length).toBeGreaterThan(5);
  });

  it("lets a visitor reach only public routes; the rest ask to sign in", async () => {
    const wrong: string[] = [];
    for (const [method, url, access] of routes()) {
      const browser = new Browser(app);
      await browser.get("/accesso");
      const res = await call(browser, method, fill(url, params));
      const expected = expectation(access, null, url);
      const askedToSignIn =
        (res.statusCode === 303 && String(res.headers.location).startsWith("/accesso")) ||
        res.statusCode === 401;
      if (expected === "signIn" && !askedToSignIn)
        wrong.push(`${method} ${url}: ${res.statusCode}`);
      if (expected === "allowed" && (res.statusCode === 403 || res.statusCode === 401))
        wrong.push(`${method} ${url}: ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it("answers 403 exactly to the roles the route's access leaves out", async () => {
    const wrong: string[] = [];
    for (const [role, username] of CALLERS) {
      const browser = await signedIn(app, username);
      for (const [method, url, access] of routes()) {
        const res = await call(browser, method, fill(url, params));
        const expected = expectation(access, role, url);
        const status = res.statusCode;
        if (expected === "signIn" && status !== 401)
          wrong.push(`${role} ${method} ${url}: ${status}, expected 401`);
        if (expected === "forbidden" && status !== 403)
          wrong.push(`${role} ${method} ${url}: ${status}, expected 403`);
        if (expected === "allowed" && (status === 403 || status === 401 || status >= 500))
          wrong.push(`${role} ${method} ${url}: ${status}`);
        if (ENDS_SESSION.has(`${method} ${url}`)) break;
      }
    }
    expect(wrong).toEqual([]);
  });
});
