import { afterAll, beforeAll, expect, it } from "vitest";
import { openCampaign } from "../../src/services/campaigns.ts";
import { recordMeasurement } from "../../src/services/measurements.ts";
import { sendRemindersByMail, thresholdReached } from "../../src/services/reminders.ts";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type LocalSmtp, startSmtp } from "../support/smtp.ts";

const PUBLIC_URL = "https://piao.example.it";
/** Six days before the mid-year campaign closes (30/06 + 30 days), seven before two deadlines of 31/07. */
const DATE = "2025-07-24";

describeEachEngine("e-mail reminders", (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let fixture: CycleFixture;
  let smtp: LocalSmtp;

  const run = (url: string) =>
    sendRemindersByMail(
      store.db,
      { smtpUrl: url, from: "piao@cittametropolitana.bo.it" },
      { date: DATE, publicUrl: PUBLIC_URL },
      new Date("2025-07-24T07:00:00Z"),
    );

  beforeAll(async () => {
    ({ store, dispose } = await engine.create());
    fixture = await seedCycle(store);
    const campaign = await openCampaign(store, fixture.planning, {
      planId: fixture.planId,
      year: 2025,
      kind: "midyear",
    });
    await recordMeasurement(store, fixture.headRisorse, {
      campaignId: campaign.id,
      objectiveCode: "1609",
      indicatorCode: "3826",
      value: { kind: "deadline", doneOn: "2025-01-20" },
    });
    const emails: [string, string][] = [
      ["dir.risorse", "risorse@cittametropolitana.bo.it"],
      ["dir.istruzione", "istruzione@cittametropolitana.bo.it"],
    ];
    for (const [username, email] of emails) {
      await store.db
        .updateTable("app_user")
        .set({ email })
        .where("username", "=", username)
        .execute();
    }
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp.stop();
    await dispose();
  });

  it("reports a refusing SMTP server's error and records nothing as sent", async () => {
    const refusing = await startSmtp({ refuse: true });
    try {
      const report = await run(refusing.url);
      expect(report.sent).toEqual([]);
      expect(report.failed.length).toBe(3);
      expect(report.failed[0]?.error).toMatch(/mailbox unavailable/);
    } finally {
      await refusing.stop();
    }
    expect(await store.db.selectFrom("reminder_sent").selectAll().execute()).toEqual([]);
  });

  it("tells each head, in Italian, of the closing campaign and of their deadlines not yet met", async () => {
    const report = await run(smtp.url);
    expect(report.failed).toEqual([]);
    const toRisorse = smtp.received.filter((m) => m.to[0] === "risorse@cittametropolitana.bo.it");
    const campaign = toRisorse.find((m) => m.subject.includes("chiude"));
    expect(campaign?.subject).toBe("PIAO: il monitoraggio infrannuale 2025 chiude il 30/07/2025");
    expect(campaign?.text).toContain("data di riferimento 30/06/2025");
    expect(campaign?.text).toContain("tra 6 giorni");
    expect(campaign?.text).toContain("- 1612/3842 ");
    // The figure already entered is not asked for again.
    expect(campaign?.text).not.toContain("1609/3826");
    expect(campaign?.text).toContain(`${PUBLIC_URL}/rilevazioni`);
    const deadlines = toRisorse.find((m) => m.subject.includes("scadenze"));
    expect(deadlines?.text).toContain("- 31/07/2025: 1611/3833 ");
    expect(deadlines?.text).toContain("- 31/07/2025: 1722/4155 ");
    expect(toRisorse.length).toBe(2);
  });

  it("gives the head of another unit only their own indicators, and no one without an e-mail", async () => {
    const toSettore = smtp.received.filter(
      (m) => m.to[0] === "istruzione@cittametropolitana.bo.it",
    );
    expect(toSettore.length).toBe(1);
    expect(toSettore[0]?.text).toContain("1782/4336");
    expect(toSettore[0]?.text).not.toContain("1612/3842");
    expect(smtp.received.length).toBe(3);
  });

  it("sends nothing new when run again", async () => {
    const report = await run(smtp.url);
    expect(report.sent).toEqual([]);
    expect(smtp.received.length).toBe(3);
  });

  it("reaches the most urgent threshold, and none after the date", () => {
    expect(thresholdReached("2025-07-24", "2025-07-31", [7, 1])).toBe(7);
    expect(thresholdReached("2025-07-30", "2025-07-31", [7, 1])).toBe(1);
    expect(thresholdReached("2025-07-20", "2025-07-31", [7, 1])).toBeNull();
    expect(thresholdReached("2025-08-01", "2025-07-31", [7, 1])).toBeNull();
  });
});
