import { expect, it } from "vitest";
import { listCampaigns } from "../../src/store/repositories/campaign.repository.ts";
import { findMeasurement } from "../../src/store/repositories/measurement.repository.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { pageText, signedIn } from "../support/web.ts";

const NOW = new Date("2025-12-15T10:00:00Z");

describeEachEngine("monitoring in the browser: campaigns and evidence", (engine) => {
  const w = seededWebApp(engine, { now: NOW });

  const campaignOf = async (year: number, kind: string) => {
    const c = (await listCampaigns(w.store.db, w.seed.planId)).find(
      (x) => x.year === year && x.kind === kind,
    );
    if (!c) throw new Error(`no ${kind} campaign ${year}`);
    return c;
  };

  it("the planning office opens a campaign; a second one of the same kind is refused beside the form", async () => {
    const planning = await signedIn(w.app, "ufficio.piano");
    await planning.get("/campagne");
    const opened = await planning.post("/campagne", {
      year: "2025",
      kind: "yearend",
      referenceDate: "",
    });
    expect(opened.statusCode).toBe(303);
    const list = pageText((await planning.get("/campagne")).body);
    expect(list).toContain("Campagna a consuntivo 2025 aperta");
    expect(list).toMatch(/2025 a consuntivo 31\/12\/2025 aperta ufficio\.piano, 15\/12\/2025/);
    const again = await planning.post("/campagne", {
      year: "2025",
      kind: "yearend",
      referenceDate: "",
    });
    expect(again.statusCode).toBe(400);
    expect(pageText(again.body)).toContain("Esiste già una campagna");
    const badDate = await planning.post("/campagne", {
      year: "2026",
      kind: "midyear",
      referenceDate: "31/06/2026",
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('id="f-referenceDate-error"');
    expect(pageText(badDate.body)).toContain("il giorno 31 non esiste a giugno");
    expect(badDate.body).toContain('value="31/06/2026"');
    expect((await listCampaigns(w.store.db, w.seed.planId)).length).toBe(1);
  });

  it("uploads evidence and downloads the same bytes; a file over 10 MB is refused with a message", async () => {
    const c = await campaignOf(2025, "yearend");
    const url = `/campagne/${c.id}/obiettivi/1609/indicatori/3826`;
    const head = await signedIn(w.app, "dir.risorse");
    await head.get(url);
    expect(
      (await head.post(url, { state: "done", value: "28/01/2025", version: "0" })).statusCode,
    ).toBe(303);
    await head.get(url);
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10, 0x80]);
    const up = await head.post(
      `${url}/evidenze`,
      {},
      {
        multipart: {
          field: "file",
          fileName: "delibera.pdf",
          content: bytes,
          type: "application/pdf",
        },
      },
    );
    expect(up.statusCode).toBe(303);
    const page = await head.get(url);
    expect(pageText(page.body)).toContain("Documento delibera.pdf allegato");
    const link = /href="(\/evidenze\/\d+)"/.exec(page.body)?.[1];
    expect(link).toBeDefined();
    const reader = await signedIn(w.app, "lettore");
    const down = await reader.get(link as string);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(bytes)).toBe(true);
    expect(down.headers["content-type"]).toBe("application/pdf");
    expect(down.headers["content-disposition"]).toContain('attachment; filename="delibera.pdf"');
    expect(down.headers["x-content-type-options"]).toBe("nosniff");

    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1);
    const refused = await head.post(
      `${url}/evidenze`,
      {},
      {
        multipart: {
          field: "file",
          fileName: "scansione.pdf",
          content: big,
          type: "application/pdf",
        },
      },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('id="f-file-error"');
    expect(pageText(refused.body)).toContain(
      "Il file scansione.pdf è di 11 MB: il massimo è 10 MB",
    );
    const count = await w.store.db
      .selectFrom("evidence")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    expect((await reader.get("/evidenze/99999")).statusCode).toBe(404);
  });

  it("the reader gets 403 on every form of the campaigns", async () => {
    const c = await campaignOf(2025, "yearend");
    const reader = await signedIn(w.app, "lettore");
    expect((await reader.get("/campagne")).statusCode).toBe(200);
    for (const url of [
      "/campagne",
      `/campagne/${c.id}/chiudi`,
      `/campagne/${c.id}/obiettivi/1609/indicatori/3826/evidenze`,
    ]) {
      expect(
        (await reader.post(url, { year: "2026", kind: "midyear", version: "0" })).statusCode,
        url,
      ).toBe(403);
    }
    expect((await campaignOf(2025, "yearend")).status).toBe("open");
  });

  it("closing asks for confirmation, freezes the campaign, and a figure posted afterwards is refused", async () => {
    const c = await campaignOf(2025, "yearend");
    const planning = await signedIn(w.app, "ufficio.piano");
    const confirm = await planning.get(`/campagne/${c.id}/chiudi`);
    expect(pageText(confirm.body)).toContain("i risultati vengono congelati");
    const unconfirmed = await planning.post(`/campagne/${c.id}/chiudi`, {});
    expect(unconfirmed.statusCode).toBe(400);
    expect((await campaignOf(2025, "yearend")).status).toBe("open");
    const closed = await planning.post(`/campagne/${c.id}/chiudi`, { version: String(c.version) });
    expect(closed.statusCode).toBe(303);
    expect(pageText((await planning.get("/campagne")).body)).toContain(
      "chiusa: i risultati sono congelati",
    );
    expect((await campaignOf(2025, "yearend")).status).toBe("closed");
    const head = await signedIn(w.app, "dir.risorse");
    const url = `/campagne/${c.id}/obiettivi/1612/indicatori/3843`;
    expect(pageText((await head.get(url)).body)).toContain("La campagna è chiusa");
    const late = await head.post(url, { value: "1", version: "0" });
    expect(late.statusCode).toBe(409);
    expect(pageText(late.body)).toContain("è chiusa");
    expect(await findMeasurement(w.store.db, c.id, "1612", "3843")).toBeUndefined();
  });
});
