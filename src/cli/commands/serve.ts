/**
 * `piao serve` (what `npm start` runs, with --demo): the web application on
 * http://localhost:3000. With --demo the sample plan is loaded into an empty
 * database and published on the public portal (/trasparenza), and one account
 * per role is made, each with a password shown once.
 */
import { loadConfig } from "../../config.ts";
import { buildApp } from "../../http/app.ts";
import { translate } from "../../i18n/index.ts";
import { createFirstAccounts, type FirstAccount } from "../../services/accounts/first-start.ts";
import { loadPlanDocument } from "../../services/plan-edition.ts";
import { publishPlan } from "../../services/publication.ts";
import { openStore, type Store } from "../../store/database.ts";
import { type CliContext, EXIT_INVALID, EXIT_OK } from "../context.ts";
import { loadSeedIfEmpty } from "./demo.ts";
import { startReminderTimer } from "./reminders.ts";

function printAccounts(ctx: CliContext, accounts: FirstAccount[]): void {
  const t = (code: string, params: Record<string, string | number> = {}) =>
    translate(code, params, ctx.lang);
  if (accounts.length === 0) {
    ctx.out(t("cli.serve.existingUsers"));
    return;
  }
  ctx.out(t("cli.serve.accounts"));
  for (const a of accounts) {
    const role = t(`role.${a.role}`);
    ctx.out(
      `  ${a.username.padEnd(22)} ${a.password}   ${role}${a.unitKey ? ` — ${a.unitKey}` : ""}`,
    );
  }
  ctx.out(t("cli.serve.accountsOnce"));
}

/**
 * The sample plan is published at its first load, so the public portal
 * (/trasparenza) shows it; the act's reference is marked as sample data.
 */
async function publishDemo(ctx: CliContext, store: Store, planId: number): Promise<void> {
  const installer = {
    username: "demo",
    role: "admin",
    administrationId: null,
    unitKey: null,
  } as const;
  await publishPlan(store, installer, planId, {
    approvalDate: "2025-01-31",
    approvalAct: translate("cli.serve.demoAct", {}, ctx.lang),
    approvingAuthority: translate("cli.serve.demoAuthority", {}, ctx.lang),
    documentUrl: null,
    smallAdministration: false,
  });
  ctx.out(translate("cli.serve.demoPublished", {}, ctx.lang));
}

export async function runServe(ctx: CliContext, opts: { demo: boolean }): Promise<number> {
  const config = loadConfig();
  const store = await openStore(config.store);
  try {
    let demo: Parameters<typeof createFirstAccounts>[1] = null;
    if (opts.demo) {
      if (!(await loadSeedIfEmpty(ctx, store, (ids) => publishDemo(ctx, store, ids.planId))))
        return EXIT_INVALID;
      const { summary, document } = await loadPlanDocument(store.db);
      demo = { administrationId: summary.administrationId, units: document.units };
    }
    const accounts = await createFirstAccounts(store, demo);
    const app = await buildApp({ store, config: config.web });
    await app.listen({ port: config.web.port, host: config.web.host });
    ctx.out();
    ctx.out(translate("cli.serve.listening", { url: config.web.publicUrl }, ctx.lang));
    printAccounts(ctx, accounts);
    ctx.out(translate("cli.serve.stop", {}, ctx.lang));
    const reminders = startReminderTimer(store.db, config.web, ctx.err, ctx.lang);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    if (reminders) clearInterval(reminders);
    await app.close();
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
