import { expect, it } from "vitest";
import { openCampaign } from "../../src/services/campaigns.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { type Browser, signedIn, Browser as Visitor } from "../support/web.ts";

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

/** The https address the profile shows, after asking for one. */
async function subscribe(browser: Browser): Promise<string> {
  await browser.get("/profilo");
  const made = await browser.post("/profilo/calendario");
  expect(made.statusCode).toBe(303);
  const profile = await browser.get("/profilo");
  const link = /<code>http:\/\/127\.0\.0\.1:3000(\/calendario\/[^<]+\.ics)<\/code>/.exec(
    profile.body,
  );
  expect(profile.body).toMatch(/href="webcal:\/\/127\.0\.0\.1:3000\/calendario\//);
  if (!link?.[1]) throw new Error("no calendar link on the profile");
  return link[1];
}

describeEachEngine("calendar feed", (engine) => {
  const web = seededWebApp(engine, {
    now: new Date("2025-06-10T09:00:00Z"),
    prepare: async (store, seed) => {
      await openCampaign(store, seed.planning, {
        planId: seed.planId,
        year: 2025,
        kind: "midyear",
      });
    },
  });

  it("gives a head of unit the deadlines of their unit and the campaign's closing, as iCalendar", async () => {
    const path = await subscribe(await signedIn(web.app, "dir.risorse"));
    const res = await new Visitor(web.app).get(path);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(res.body.split("\r\n").every((l) => Buffer.byteLength(l, "utf8") <= 75)).toBe(true);
    const text = unfold(res.body);
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    const events = text.split("BEGIN:VEVENT").slice(1);
    expect(events.length).toBe(22);
    expect(text).toMatch(/SUMMARY:Scadenza 1609\/3826: [^\r]+\r\n/);
    expect(text).toContain("DTSTART;VALUE=DATE:20250131");
    expect(text).not.toContain("1782/4336");
    // The mid-year campaign refers to 30/06/2025 and closes 30 days later.
    expect(text).toContain("SUMMARY:Chiusura monitoraggio infrannuale 2025");
    expect(text).toContain("DTSTART;VALUE=DATE:20250730");
    expect(text).toMatch(/DTSTAMP:20250610T090000Z/);
    // A description's line break is escaped; no comma or semicolon is left bare.
    const values = text.split("\r\n").filter((l) => /^(SUMMARY|DESCRIPTION):/.test(l));
    expect(values.some((l) => l.includes("\\n"))).toBe(true);
    expect(values.filter((l) => /(^|[^\\])[,;]/.test(l.replace(/^\w+:/, "")))).toEqual([]);
  });

  it("gives the head of the Settore only the Settore's deadlines", async () => {
    const path = await subscribe(await signedIn(web.app, "dir.istruzione"));
    const text = unfold((await new Visitor(web.app).get(path)).body);
    expect(text).toContain("1782/4336");
    expect(text).not.toContain("1609/3826");
    expect(text.split("BEGIN:VEVENT").length - 1).toBe(7);
  });

  it("stops answering the old address once a new one is made", async () => {
    const browser = await signedIn(web.app, "nucleo");
    const first = await subscribe(browser);
    expect((await new Visitor(web.app).get(first)).statusCode).toBe(200);
    const second = await subscribe(browser);
    expect(second).not.toBe(first);
    expect((await new Visitor(web.app).get(first)).statusCode).toBe(404);
    expect((await new Visitor(web.app).get(second)).statusCode).toBe(200);
  });

  it("answers 404 for an unknown token or a malformed address", async () => {
    expect(
      (await new Visitor(web.app).get("/calendario/nessuno-conosce-questo-token.ics")).statusCode,
    ).toBe(404);
    expect((await new Visitor(web.app).get("/calendario/x")).statusCode).toBe(404);
  });
});
