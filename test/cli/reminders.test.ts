import { afterAll, beforeAll, expect, it } from "vitest";
import { openCampaign } from "../../src/services/campaigns.ts";
import type { Store } from "../../src/store/database.ts";
import { runCli, storeEnv } from "../support/cli.ts";
import { seedCycle } from "../support/cycle-fixture.ts";
import { describeEachEngine, type TestEngine } from "../support/engines.ts";
import { type LocalSmtp, startSmtp } from "../support/smtp.ts";

describeEachEngine("piao reminders send", (engine: TestEngine) => {
  let store: Store;
  let env: Record<string, string>;
  let dispose: () => Promise<void>;
  let smtp: LocalSmtp;

  beforeAll(async () => {
    const created = await engine.create();
    ({ store, dispose } = created);
    env = storeEnv(created.target);
    const fixture = await seedCycle(store);
    await openCampaign(store, fixture.planning, {
      planId: fixture.planId,
      year: 2025,
      kind: "midyear",
    });
    await store.db
      .updateTable("app_user")
      .set({ email: "istruzione@cittametropolitana.bo.it" })
      .where("username", "=", "dir.istruzione")
      .execute();
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp.stop();
    await dispose();
  });

  it("says mail is not configured, and sends nothing", async () => {
    const run = await runCli(["reminders", "send", "--date", "24/07/2025"], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("PIAO_SMTP_URL");
  });

  it("sends the reminders due at the given date, once", async () => {
    const mailEnv = { ...env, PIAO_SMTP_URL: smtp.url, PIAO_MAIL_FROM: "piao@example.it" };
    const first = await runCli(["reminders", "send", "--date", "29/07/2025"], mailEnv);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("inviato a istruzione@cittametropolitana.bo.it");
    expect(first.stdout).toContain("Promemoria inviati: 1, non riusciti: 0.");
    expect(smtp.received[0]?.text).toContain("domani");
    const again = await runCli(["reminders", "send", "--date", "29/07/2025"], mailEnv);
    expect(again.stdout).toContain("Promemoria inviati: 0, non riusciti: 0.");
    expect(smtp.received.length).toBe(1);
  });
});
