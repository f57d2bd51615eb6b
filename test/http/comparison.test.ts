/**
 * /trasparenza/confronto and GET /api/v1/comparison: open to all, the
 * numbers of each administration's published year-end report (worked out
 * independently), Italian numbers, "non rilevato" for none, filters and
 * pages by GET, accessible tables and chart without script, kept by
 * publication generation with ETag and 304, a new answer once something is
 * withdrawn.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { withdrawCampaign } from "../../src/services/publication.ts";
import type { Store } from "../../src/store/database.ts";
import { escapeHtml } from "../../src/views/html.ts";
import { ApiClient, expectOwnedExercised } from "../support/api.ts";
import {
  type ComparisonFixture,
  comparisonFixture,
  type ExpectedAdministration,
  expectedAreas,
  SYNTHETIC_COUNT,
  statisticsOf,
} from "../support/comparison-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { testApp } from "../support/web.ts";

const PAGE = "/trasparenza/confronto";
const TOTAL = SYNTHETIC_COUNT + 1;

/** 79,84% : how the page writes a score (it-IT, at most two decimals). */
const italian = (score: number) =>
  `${score.toLocaleString("it-IT", { maximumFractionDigits: 2 })}%`;

/** The cells of the table whose caption starts with `caption`, row by row. */
function tableRows(body: string, caption: string): string[][] {
  const at = body.indexOf(`${caption}`);
  expect(at).toBeGreaterThan(-1);
  const table = body.slice(at, body.indexOf("</table>", at));
  const rows = table.split("<tr>").slice(2);
  return rows.map((r) =>
    [...r.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) =>
      (m[1] ?? "").replace(/<[^>]+>/g, ""),
    ),
  );
}

describeEachEngine("public comparison page and API", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let fixture: ComparisonFixture;
  let expected: ExpectedAdministration[];

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    fixture = await comparisonFixture(store);
    expected = fixture.expected;
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: "GET", url, headers });

  it("shows the seed's administration with its Italian score, open to all", async () => {
    const res = await get(PAGE);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    const seed = expected.find((e) => e.administrationId === fixture.seed.administrationId);
    expect(seed?.score).not.toBeNull();
    const rows = tableRows(res.body, "Amministrazioni per grado di raggiungimento, 2025");
    const row = rows.find((r) => r[1] === escapeHtml(seed?.name ?? ""));
    expect(row?.[4]).toBe(italian(seed?.score as number));
    expect(res.body).toContain(
      `href="/trasparenza/enti/${fixture.seed.administrationId}/piao/2025-2027"`,
    );
    expect(res.body).toContain("Confronto tra amministrazioni");
    expect(res.body).not.toContain("<script");
    expect(res.body).not.toContain('name="_csrf"');
  });

  it("lists the first 50 administrations by score, with rank, and «non rilevato» last", async () => {
    const first = tableRows((await get(PAGE)).body, "Amministrazioni per grado");
    expect(first).toHaveLength(50);
    const second = tableRows((await get(`${PAGE}?pagina=2`)).body, "Amministrazioni per grado");
    expect(second).toHaveLength(TOTAL - 50);
    const all = [...first, ...second];
    const sorted = [...expected].sort(
      (a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name),
    );
    expect(all.map((r) => r[4])).toEqual(
      sorted.map((e) => (e.score === null ? "non rilevato" : italian(e.score))),
    );
    expect(all[0]?.[0]).toBe("1");
    expect(all.at(-1)?.[0]).toBe("—");
    expect(all.at(-1)?.[4]).toBe("non rilevato");
  });

  it("gives mean, median, min and max by area, as a chart and the table of its numbers", async () => {
    const body = (await get(PAGE)).body;
    const areas = expectedAreas(expected);
    const rows = tableRows(body, "Grado di raggiungimento per ambito di azioni positive");
    const chartName = /<svg role="img" aria-label="([^"]*)"/.exec(body)?.[1] ?? "";
    expect(rows).toHaveLength(5);
    for (const [i, row] of rows.entries()) {
      const s = areas.get(i + 1);
      expect(row[0]).toMatch(new RegExp(`^${i + 1}\\. `));
      expect(row[1]).toBe(`${s?.measured} su ${s?.administrations}`);
      expect(row.slice(2)).toEqual(
        [s?.mean, s?.median, s?.min, s?.max].map((v) => italian(v as number)),
      );
      // The chart's accessible name carries the same means (one decimal).
      const mean = `${(s?.mean ?? 0).toLocaleString("it-IT", { maximumFractionDigits: 1 })}%`;
      expect(chartName).toContain(`${row[0]?.replaceAll("&#39;", "'")} ${mean}`);
    }
    expect(chartName).toMatch(/^Media del grado di raggiungimento per ambito/);
    const overall = tableRows(
      body,
      "Grado complessivo di raggiungimento tra le amministrazioni",
    )[0];
    const o = statisticsOf(expected.map((e) => e.score));
    expect(overall?.slice(1)).toEqual([
      `${o.measured} su ${o.administrations}`,
      ...[o.mean, o.median, o.min, o.max].map((v) => italian(v as number)),
    ]);
    expect(body).toMatch(/<caption[^>]*>Grado di raggiungimento per ambito/);
    expect(body).toContain('<th scope="col"');
    expect(body).toContain('<th scope="row">');
  });

  it("filters by region and kind with a GET form", async () => {
    const page = await get(PAGE);
    expect(page.body).toMatch(/<form method="get" action="\/trasparenza\/confronto"/);
    expect(page.body).toContain('<select id="f-regione" name="regione"');
    expect(page.body).toContain('<select id="f-tipo" name="tipo"');
    expect(page.body).toContain('<option value="2025" selected>2025</option>');
    const region = expected.find((e) => e.kind === "Comune")?.region as string;
    const res = await get(`${PAGE}?anno=2025&regione=${encodeURIComponent(region)}&tipo=Comune`);
    const wanted = expected.filter((e) => e.region === region && e.kind === "Comune");
    const rows = tableRows(res.body, "Amministrazioni per grado");
    expect(rows.map((r) => r[1]).sort()).toEqual(wanted.map((e) => escapeHtml(e.name)).sort());
    expect(rows.every((r) => r[2] === "Comune" && r[3] === escapeHtml(region))).toBe(true);
    const none = await get(`${PAGE}?tipo=Nessuno`);
    expect(none.body).toContain("Nessuna amministrazione corrisponde ai filtri scelti.");
    const empty = await get(`${PAGE}?anno=2026`);
    expect(empty.body).toContain("Nessun risultato di consuntivo pubblicato per il 2026.");
    // What does not read as a value is left out: the defaults apply.
    expect((await get(`${PAGE}?anno=abc&pagina=-1&regione=`)).statusCode).toBe(200);
  });

  it("links the pages, keeping the filters", async () => {
    const body = (await get(`${PAGE}?anno=2025`)).body;
    expect(body).toContain('href="/trasparenza/confronto?anno=2025&amp;pagina=2"');
    expect(body).toContain("Pagina 1 di 2");
    const second = (await get(`${PAGE}?anno=2025&pagina=2`)).body;
    expect(second).toContain('rel="prev" href="/trasparenza/confronto?anno=2025"');
  });

  it("the API answers the same numbers, a page at a time", async () => {
    // Through the client that validates every answer against the OpenAPI document.
    const api = new ApiClient(app);
    const res = await api.get("/api/v1/comparison?pageSize=10&page=2");
    expect(res.status).toBe(200);
    const body = res.json;
    expect(body.year).toBe(2025);
    expect(body.page).toEqual({ page: 2, pageSize: 10, total: TOTAL });
    expect(body.items).toHaveLength(10);
    const byId = new Map(expected.map((e) => [e.administrationId, e]));
    for (const item of body.items) {
      expect(item.score).toBeCloseTo(byId.get(item.administrationId)?.score as number, 9);
    }
    const areas = expectedAreas(expected);
    for (const area of body.areas) {
      expect(area.mean).toBeCloseTo(areas.get(area.number)?.mean as number, 9);
      expect(area.median).toBeCloseTo(areas.get(area.number)?.median as number, 9);
    }
    const bad = await api.get("/api/v1/comparison?year=abc&pageSize=1000");
    expect(bad.status).toBe(400);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
    expect(bad.json.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "query.pageSize",
      "query.year",
    ]);
    expectOwnedExercised("comparison");
    const openapi = (await get("/api/v1/openapi.json")).json();
    expect(openapi.paths["/comparison"].get.operationId).toBe("compareAdministrations");
    expect(Object.keys(openapi.components.schemas)).toEqual(
      expect.arrayContaining(["Comparison", "ComparisonItem", "AreaStatistics", "GroupStatistics"]),
    );
  });

  it("every answer carries the same security headers", async () => {
    const names = [
      "content-security-policy",
      "x-content-type-options",
      "referrer-policy",
      "cross-origin-opener-policy",
      "x-frame-options",
    ];
    const first = await get(PAGE);
    const later = await get(`${PAGE}?pagina=2`);
    const api = await get("/api/v1/comparison");
    for (const name of names) {
      expect(first.headers[name]).toBeDefined();
      expect(later.headers[name]).toBe(first.headers[name]);
      expect(api.headers[name]).toBe(first.headers[name]);
    }
    expect(first.headers["content-security-policy"]).toContain("script-src 'self'");
  });

  it("answers 304 to a client that has the page, and a new page once results are withdrawn", async () => {
    for (const url of [PAGE, "/api/v1/comparison"]) {
      const first = await get(url);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"\d+-/);
      expect(first.headers["last-modified"]).toBeDefined();
      const again = await get(url, { "if-none-match": etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe("");
    }
    const before = await get(PAGE);
    const withdrawn = fixture.synthetic.campaignIds[1] as number;
    const administrationId = fixture.synthetic.administrationIds[1] as number;
    await withdrawCampaign(
      store,
      { username: "ufficio.piano", role: "planning", administrationId, unitKey: null },
      withdrawn,
      "dati da rettificare",
    );
    const after = await get(PAGE, { "if-none-match": String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body).toContain(`${TOTAL - 1} amministrazioni`);
    const api = (await get("/api/v1/comparison?pageSize=200")).json();
    expect(api.page.total).toBe(TOTAL - 1);
    expect(api.items.map((i: { administrationId: number }) => i.administrationId)).not.toContain(
      administrationId,
    );
  });
});
