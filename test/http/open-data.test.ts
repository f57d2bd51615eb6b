/**
 * The open data over HTTP: the published seed's files at their stable
 * addresses (CSV with BOM and both separators, JSON, XLSX), 404 with a clear
 * message for a file that does not exist, ETag and 304, the /trasparenza/dati
 * page, the DCAT-AP_IT catalogue whose every download answers, the licence
 * from the configuration, and a re-publication that changes the content and
 * the ETag but not the address.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { forgetPublic } from "../../src/http/public/cache.ts";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { CATALOGUE_CONTEXT } from "../../src/services/open-data/catalogue.ts";
import { DATASET_IDS } from "../../src/services/open-data/datasets.ts";
import { openDataLinks } from "../../src/services/open-data/links.ts";
import { publishPlan } from "../../src/services/publication.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { publishSeed, SEED_PUBLICATION } from "../support/publication.ts";
import { EXPECTED_OBJECTIVES, seedText } from "../support/seed-expected.ts";
import { pageText, TEST_WEB_CONFIG, testApp } from "../support/web.ts";

const EVIL_TITLE = '=HYPERLINK("http://evil.example","clic") STATISTICHE';

function records(body: string, delimiter = ","): Record<string, string>[] {
  return parse(body, { bom: true, delimiter, columns: true }) as Record<string, string>[];
}

/** Every compact IRI ("dct:title") of a JSON-LD document, in keys, @type and @type values. */
function compactIris(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const n of node) compactIris(n, found);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "@context") continue;
      if (!key.startsWith("@")) found.add(key);
      if (key === "@type") for (const t of [value].flat()) found.add(String(t));
      compactIris(value, found);
    }
  }
  return found;
}

describeEachEngine("open data over HTTP", (engine) => {
  const web = seededWebApp(engine, {
    prepare: async (store, seed) => {
      await publishSeed(store, seed, { yearEnd: true });
    },
  });
  const base = () => `/trasparenza/enti/${web.seed.administrationId}/piao/2025-2027/dati`;
  const get = (url: string, headers: Record<string, string> = {}) =>
    web.app.inject({ method: "GET", url, headers });

  it("serves the objectives as CSV with BOM, named for download, as the seed has them", async () => {
    const res = await get(`${base()}/obiettivi.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe(
      'attachment; filename="piao-2025-2027-obiettivi.csv"',
    );
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = records(res.body);
    expect(rows.map((r) => r["Codice obiettivo"]).sort()).toEqual(
      EXPECTED_OBJECTIVES.map((o) => o.code).sort(),
    );
    const first = EXPECTED_OBJECTIVES[0];
    expect(rows.find((r) => r["Codice obiettivo"] === first?.code)).toMatchObject({
      Titolo: first?.title,
      "Struttura responsabile": first?.unitKey,
      "Numero ambito azioni positive": String(first?.action),
    });
  });

  it("separatore=; (or sep=;) gives semicolons and the decimal comma; another separator is refused", async () => {
    const comma = records((await get(`${base()}/risultati.csv`)).body);
    const score = comma.find((r) => r["Grado di raggiungimento (%)"]?.includes("."));
    expect(score).toBeDefined();
    for (const query of ["?separatore=%3B", "?sep=;"]) {
      const res = await get(`${base()}/risultati.csv${query}`);
      expect(res.statusCode).toBe(200);
      const semi = records(res.body, ";");
      expect(semi).toHaveLength(comma.length);
      const same = semi[comma.indexOf(score as Record<string, string>)];
      expect(same?.["Grado di raggiungimento (%)"]).toBe(
        score?.["Grado di raggiungimento (%)"]?.replace(".", ","),
      );
    }
    expect((await get(`${base()}/risultati.csv?separatore=x`)).statusCode).toBe(400);
  });

  it("serves JSON with its metadata and XLSX with typed cells", async () => {
    const json = await get(`${base()}/rilevazioni.json`);
    expect(json.statusCode).toBe(200);
    expect(json.headers["content-type"]).toBe("application/json; charset=utf-8");
    const body = json.json();
    expect(body.plan).toMatchObject({ period: "2025-2027", edition: 1 });
    expect(body.license.url).toBe(TEST_WEB_CONFIG.openData.licenseUrl);
    expect(body.rows.length).toBeGreaterThan(30);
    expect(body.rows[0]).toMatchObject({ campaign_year: 2025, campaign_kind: "yearend" });
    expect(JSON.stringify(body)).not.toMatch(/"note"/);

    const xlsx = await get(`${base()}/target.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(workbook.worksheets).toHaveLength(1);
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet?.getRow(2).getCell(5).value).toBe(2025);
  });

  it("answers 404 with a clear message for an unknown dataset, format, plan or administration", async () => {
    for (const file of ["bilancio.csv", "obiettivi.pdf", "obiettivi"]) {
      const res = await get(`${base()}/${file}`);
      expect(res.statusCode, file).toBe(404);
      expect(pageText(res.body)).toContain(`Il file «${file}» non esiste`);
      expect(pageText(res.body)).toContain("obiettivi, indicatori, target, rilevazioni, risultati");
    }
    for (const url of [
      `/trasparenza/enti/${web.seed.administrationId}/piao/2026-2028/dati/obiettivi.csv`,
      "/trasparenza/enti/999999/piao/2025-2027/dati/obiettivi.csv",
      "/trasparenza/enti/abc/piao/2025-2027/dati/obiettivi.csv",
    ]) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });

  it("gives an ETag and answers 304 when the client has the file", async () => {
    const url = `${base()}/indicatori.json`;
    const first = await get(url);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"\d+-/);
    expect(first.headers["last-modified"]).toBeDefined();
    const again = await get(url, { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });

  it("lists every plan's datasets and formats on /trasparenza/dati, with the licence and the catalogue", async () => {
    const res = await get("/trasparenza/dati");
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    expect(text).toContain("Dati aperti");
    expect(text).toContain("Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)");
    expect(res.body).toContain('href="/trasparenza/dati/catalogo.jsonld"');
    expect(res.body).toContain("<caption");
    expect(text).toContain("File di dati del PIAO 2025-2027");
    const links = openDataLinks({
      administrationId: web.seed.administrationId,
      period: "2025-2027",
    });
    expect(links).toHaveLength(DATASET_IDS.length * 3);
    for (const link of links) expect(res.body).toContain(`href="${link.href}"`);
    expect(links[0]?.label).toBe("Obiettivi (CSV)");
    expect(res.body).toContain(`href="${base()}/obiettivi.csv?separatore=%3B"`);
    expect(text).toContain("ISO 8601");
  });

  it("publishes a DCAT-AP_IT catalogue whose every distribution answers", async () => {
    const res = await get("/trasparenza/dati/catalogo.jsonld");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/ld+json; charset=utf-8");
    const catalogue = res.json();
    expect(catalogue["@context"]).toEqual({
      dcatapit: "http://dati.gov.it/onto/dcatapit#",
      dcat: "http://www.w3.org/ns/dcat#",
      dct: "http://purl.org/dc/terms/",
      vcard: "http://www.w3.org/2006/vcard/ns#",
      foaf: "http://xmlns.com/foaf/0.1/",
      xsd: "http://www.w3.org/2001/XMLSchema#",
    });
    const prefixes = new Set(Object.keys(CATALOGUE_CONTEXT));
    for (const iri of compactIris(catalogue)) {
      expect(prefixes.has(iri.split(":")[0] ?? ""), iri).toBe(true);
    }
    const datasets = catalogue["dcat:dataset"] as {
      "@id": string;
      "dct:identifier": string;
      "dcat:contactPoint"?: Record<string, unknown>;
      "dcat:distribution": { "dcat:downloadURL": { "@id": string }; "dct:license": unknown }[];
    }[];
    expect(datasets).toHaveLength(DATASET_IDS.length);
    expect(new Set(datasets.map((d) => d["dct:identifier"])).size).toBe(DATASET_IDS.length);
    expect(datasets[0]?.["dcat:contactPoint"]?.["vcard:hasEmail"]).toMatchObject({
      "@id": expect.stringMatching(/^mailto:/),
    });
    for (const dataset of datasets) {
      expect(dataset["dcat:distribution"]).toHaveLength(3);
      for (const distribution of dataset["dcat:distribution"]) {
        const url = distribution["dcat:downloadURL"]["@id"];
        expect(url.startsWith(`${TEST_WEB_CONFIG.publicUrl}/`)).toBe(true);
        const download = await get(url.slice(TEST_WEB_CONFIG.publicUrl.length));
        expect(download.statusCode, url).toBe(200);
        expect(distribution["dct:license"]).toMatchObject({
          "@id": "https://creativecommons.org/licenses/by/4.0/",
        });
      }
    }
  });

  it("takes the licence from the configuration", async () => {
    const openData = {
      licenseUrl: "https://www.dati.gov.it/iodl/2.0/",
      licenseName: "Italian Open Data License v2.0",
    };
    // Kept answers are per database, not per app: a licence changes with a restart.
    forgetPublic(web.store.db);
    const app = await testApp(web.store, { config: { openData } });
    try {
      const json = await app.inject({ method: "GET", url: `${base()}/obiettivi.json` });
      expect(json.json().license).toEqual({ name: openData.licenseName, url: openData.licenseUrl });
      const catalogue = await app.inject({
        method: "GET",
        url: "/trasparenza/dati/catalogo.jsonld",
      });
      expect(catalogue.json()["dcat:dataset"][0]["dcat:distribution"][0]["dct:license"]).toEqual({
        "@id": openData.licenseUrl,
        "@type": ["dct:LicenseDocument", "dcatapit:LicenseDocument"],
        "foaf:name": openData.licenseName,
      });
    } finally {
      forgetPublic(web.store.db);
      await app.close();
    }
    expect(loadConfig({}).web.openData).toEqual(TEST_WEB_CONFIG.openData);
    expect(
      loadConfig({
        PIAO_OPEN_DATA_LICENSE_URL: openData.licenseUrl,
        PIAO_OPEN_DATA_LICENSE_NAME: openData.licenseName,
      }).web.openData,
    ).toEqual(openData);
    expect(() => loadConfig({ PIAO_OPEN_DATA_LICENSE_URL: "ftp://x" })).toThrow(ConfigError);
    expect(() => loadConfig({ PIAO_OPEN_DATA_LICENSE_URL: openData.licenseUrl })).toThrow(
      /both are needed together/,
    );
  });

  it("keeps the address after a re-publication with a new edition, with the new content and a new ETag", async () => {
    const url = `${base()}/obiettivi.csv`;
    const before = await get(url);
    const text = seedText().replace(
      "\t1674\tSTATISTICHE E ANALISI DI GENERE\t",
      `\t1674\t${EVIL_TITLE}\t`,
    );
    expect(text).not.toBe(seedText());
    const read = readPiaoText(text);
    if (!read.document) throw new Error("altered seed did not read");
    expect((await importPlan(web.store, read.document)).editionNumber).toBe(2);
    // A new edition stays internal until it is published.
    expect((await get(url)).body).toBe(before.body);
    await publishPlan(web.store, web.seed.planning, web.seed.planId, SEED_PUBLICATION);

    const after = await get(url, { "if-none-match": String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body).not.toBe(before.body);
    const row = records(after.body).find((r) => r["Codice obiettivo"] === "1674");
    expect(row?.Titolo).toBe(`'${EVIL_TITLE}`);
    const json = (await get(`${base()}/obiettivi.json`)).json();
    expect(json.plan.edition).toBe(2);
    expect(
      json.rows.find((r: { objective_code: string }) => r.objective_code === "1674").title,
    ).toBe(EVIL_TITLE);
    const xlsx = await get(`${base()}/obiettivi.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const titles: unknown[] = [];
    sheet?.eachRow((r) => {
      titles.push(r.getCell(2).value);
    });
    expect(titles).toContain(`'${EVIL_TITLE}`);
  });
});
