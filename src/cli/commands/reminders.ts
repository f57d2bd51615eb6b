/** `piao reminders send [--date gg/mm/aaaa]`: the e-mail reminders to the heads of unit, once each. */
import { type Command, InvalidArgumentError } from "commander";
import { loadConfig, type WebConfig } from "../../config.ts";
import { translate } from "../../i18n/index.ts";
import { CAMPAIGN_CLOSING_DAYS } from "../../services/calendar.ts";
import { italianToday, sendRemindersByMail } from "../../services/reminders.ts";
import type { Db } from "../../store/database.ts";
import { type CliContext, EXIT_INVALID, EXIT_OK, withStore } from "../context.ts";
import { italianDate, positiveInt, type Runner } from "./cycle/common.ts";

export interface ReminderRun {
  /** ISO date; today in Italy by default. */
  date?: string;
  /** Days before a closing or a deadline (default 7 and 1). */
  days?: number[];
  closingDays?: number;
}

/** Runs the reminders; null when mail is not configured. */
export async function runReminders(
  db: Db,
  web: WebConfig,
  run: ReminderRun = {},
  now = new Date(),
) {
  if (!web.mail) return null;
  const options = {
    date: run.date ?? italianToday(now),
    publicUrl: web.publicUrl,
    ...(run.days ? { campaignDays: run.days, deadlineDays: run.days } : {}),
    ...(run.closingDays !== undefined ? { closingDays: run.closingDays } : {}),
  };
  return sendRemindersByMail(db, web.mail, options, now);
}

function dayList(value: string): number[] {
  if (!/^\d{1,3}(,\d{1,3})*$/.test(value)) {
    throw new InvalidArgumentError(
      "giorni separati da virgola, es. 7,1 / days separated by commas",
    );
  }
  return value.split(",").map(Number);
}

export function registerReminders(program: Command, ctx: CliContext, run: Runner): void {
  const t = (code: string, params: Record<string, string | number> = {}) =>
    translate(code, params, ctx.lang);
  program
    .command("reminders")
    .description("promemoria per e-mail ai dirigenti (PIAO_SMTP_URL, PIAO_MAIL_FROM)")
    .command("send")
    .description("invia i promemoria dovuti (chiusura campagne, scadenze), una sola volta ciascuno")
    .option("--date <gg/mm/aaaa>", "data a cui calcolarli (di norma oggi)", italianDate)
    .option("--days <n,n>", "giorni di anticipo (predefinito: 7,1)", dayList)
    .option(
      "--closing-days <n>",
      `giorni dopo la data di riferimento in cui una campagna chiude (predefinito: ${CAMPAIGN_CLOSING_DAYS})`,
      positiveInt,
    )
    .action((o: ReminderRun) =>
      run(() =>
        withStore(async (store) => {
          const report = await runReminders(store.db, loadConfig().web, o);
          if (report === null) {
            ctx.err(t("remind.noMail"));
            return EXIT_INVALID;
          }
          for (const s of report.sent) ctx.out(t("remind.sent", s));
          for (const f of report.failed) ctx.err(t("remind.failed", f));
          ctx.out(t("remind.summary", { sent: report.sent.length, failed: report.failed.length }));
          return report.failed.length > 0 ? EXIT_INVALID : EXIT_OK;
        }),
      ),
    );
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * In `piao serve`: the reminders every hour (they are sent once each, so
 * running often only makes them timely). Unref'd, so it never keeps the
 * process alive; a failure is logged and the next hour tries again.
 */
export function startReminderTimer(
  db: Db,
  web: WebConfig,
  log: (line: string) => void,
  lang: CliContext["lang"],
): NodeJS.Timeout | null {
  if (!web.mail) return null;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const report = await runReminders(db, web);
      for (const f of report?.failed ?? []) log(translate("remind.failed", f, lang));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(translate("remind.timerFailed", { error: message }, lang));
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), HOUR_MS);
  timer.unref();
  setTimeout(() => void tick(), 10_000).unref();
  return timer;
}
