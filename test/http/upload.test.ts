/** `/importa`: upload, preview, confirm or cancel, with nothing written before the confirmation. */
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openCampaign } from "../../src/services/campaigns.ts";
import { createUser } from "../../src/services/users.ts";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seedText } from "../support/seed-expected.ts";
import { tableCount } from "../support/table-count.ts";
import { type Browser, givePasswords, pageText, signedIn, testApp } from "../support/web.ts";
import { YEAR_END_FIGURES } from "../support/year-end-campaign.ts";

/** How many rows each table that an import could touch holds. */
async function counts(store: Store) {
  return {
    editions: await tableCount(store, "plan_edition"),
    measurements: await tableCount(store, "measurement"),
    uploads: await tableCount(store, "pending_upload"),
    objectives: await tableCount(store, "objective"),
  };
}

async function upload(
  browser: Browser,
  kind: "plan" | "figures",
  fileName: string,
  content: Buffer | string,
  type = "text/plain",
) {
  await browser.get("/importa");
  return browser.post(
    "/importa",
    { kind },
    { multipart: { field: "file", fileName, content, type } },
  );
}

describeEachEngine("importing from the browser", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let f: CycleFixture;

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    f = await seedCycle(store);
    await createUser(store, {
      username: "ufficio.piano2",
      displayName: "ufficio.piano2",
      role: "planning",
      administrationId: f.administrationId,
      unitKey: null,
    });
    await givePasswords(store);
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  it("previews a new edition naming the changed indicator, writes nothing until confirmed", async () => {
    // 3833 APPROVAZIONE DUP 2025-2027: target 31/07/2025 (line 180 of the seed) moved to 30/09/2025.
    const lines = seedText().split("\n");
    expect(lines[179]).toBe("31/07/2025");
    lines[179] = "30/09/2025";
    const planning = await signedIn(app, "ufficio.piano");
    const before = await counts(store);
    const res = await upload(planning, "plan", "piao-rimodulato.txt", lines.join("\n"));
    expect(res.statusCode).toBe(303);
    const preview = await planning.get(res.headers.location as string);
    expect(preview.statusCode).toBe(200);
    const text = pageText(preview.body);
    expect(text).toContain("Nuova edizione 2 del PIAO 2025-2027");
    expect(text).toContain("Indicatori: 0 aggiunti, 0 rimossi, 1 modificati");
    expect(text).toContain("1611/3833 modificato targets");
    expect(await counts(store)).toEqual({ ...before, uploads: before.uploads + 1 });

    // A colleague of the same office can neither see nor confirm it.
    const colleague = await signedIn(app, "ufficio.piano2");
    expect((await colleague.get(res.headers.location as string)).statusCode).toBe(404);
    await colleague.get("/importa");
    expect((await colleague.post(`${res.headers.location}/conferma`)).statusCode).toBe(404);

    const confirmed = await planning.post(`${res.headers.location}/conferma`);
    expect(confirmed.statusCode).toBe(303);
    expect(confirmed.headers.location).toBe(`/piani/${f.planId}`);
    expect(pageText((await planning.get(`/piani/${f.planId}`)).body)).toContain(
      "Piano aggiornato: nuova edizione 2",
    );
    expect(await counts(store)).toMatchObject({
      editions: before.editions + 1,
      uploads: before.uploads,
    });
  });

  it("shows the row and column of a bad date in a sheet of figures, and refuses to confirm it", async () => {
    await openCampaign(store, f.planning, { planId: f.planId, year: 2025, kind: "yearend" });
    // Row 4 (3833): 10/08/2025 becomes a date that does not exist.
    const csv = readFileSync(YEAR_END_FIGURES, "utf8").replace("10/08/2025", "31/02/2025");
    const planning = await signedIn(app, "ufficio.piano");
    const before = await counts(store);
    const res = await upload(planning, "figures", "consuntivo.csv", csv, "text/csv");
    expect(res.statusCode).toBe(303);
    const preview = await planning.get(res.headers.location as string);
    const text = pageText(preview.body);
    expect(text).toMatch(/ERRORE riga 4, campo J \(Valore rilevato\): /);
    expect(preview.body).not.toContain(">Conferma l'importazione<");
    expect(text).toContain("Importa solo le righe valide");

    const refused = await planning.post(`${res.headers.location}/conferma`);
    expect(refused.statusCode).toBe(400);
    expect(pageText(refused.body)).toContain("Il file contiene 1 errore e non si può importare");
    expect(await counts(store)).toEqual({ ...before, uploads: before.uploads + 1 });

    const validOnly = await planning.post(`${res.headers.location}/conferma`, { soloValide: "1" });
    expect(validOnly.statusCode).toBe(303);
    expect((await counts(store)).measurements).toBe(before.measurements + 36);
  });

  it("refuses an empty file and a PDF with a message, storing nothing", async () => {
    const planning = await signedIn(app, "ufficio.piano");
    const before = await counts(store);
    const empty = await upload(planning, "plan", "vuoto.txt", "");
    expect(empty.statusCode).toBe(400);
    expect(pageText(empty.body)).toContain("Il file è vuoto");
    const pdf = Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "latin1");
    const asPlan = await upload(planning, "plan", "piao.pdf", pdf, "application/pdf");
    expect(asPlan.statusCode).toBe(400);
    expect(pageText(asPlan.body)).toContain("Il file è un PDF");
    const asFigures = await upload(planning, "figures", "rilevazioni.pdf", pdf, "application/pdf");
    expect(asFigures.statusCode).toBe(400);
    expect(pageText(asFigures.body)).toContain("Il file è un PDF");
    const wrongColumns = await upload(
      planning,
      "figures",
      "altro.csv",
      "Nome;Cognome\nMario;Rossi\n",
    );
    expect(wrongColumns.statusCode).toBe(400);
    expect(pageText(wrongColumns.body)).toContain("Mancano le colonne");
    expect(await counts(store)).toEqual(before);
    // The process keeps running.
    expect((await planning.get("/importa")).statusCode).toBe(200);
  });

  it("keeps the import page to the planning office, and answers an unknown upload with 404", async () => {
    expect((await (await signedIn(app, "dir.risorse")).get("/importa")).statusCode).toBe(403);
    const planning = await signedIn(app, "ufficio.piano");
    expect((await planning.get("/importa/99999")).statusCode).toBe(404);
    expect((await planning.get("/importa/abc")).statusCode).toBe(404);
  });
});
