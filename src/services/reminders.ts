/**
 * E-mail reminders to the heads of unit: a campaign about to close (with
 * their indicators still without a figure) and their deadlines not yet met.
 * Each reminder goes out once: its key is claimed in reminder_sent before
 * sending and released if the SMTP server refuses it, so two runs, or two
 * servers, never send the same one twice and a failure is retried later.
 */
import type { MailConfig } from "../config.ts";
import type { Actor, Role } from "../domain/authorization.ts";
import { isWithinUnit } from "../domain/authorization.ts";
import { formatItalianDate } from "../domain/format-value.ts";
import type { Db } from "../store/database.ts";
import {
  CAMPAIGN_CLOSING_DAYS,
  type CampaignClosing,
  campaignClosingsFor,
  campaignName,
  type Deadline,
  deadlinesFor,
} from "./calendar.ts";
import { effectiveDescription, loadPlanContext } from "./campaign-context.ts";
import { type Mail, type Mailer, smtpMailer } from "./mailer.ts";

export interface ReminderOptions {
  /** ISO date the reminders are computed at (today). */
  date: string;
  publicUrl: string;
  /** Days before a campaign closes (default 7 and 1). */
  campaignDays?: number[];
  /** Days before a deadline (default 7 and 1). */
  deadlineDays?: number[];
  closingDays?: number;
}

export interface ReminderReport {
  sent: { to: string; subject: string }[];
  failed: { to: string; subject: string; error: string }[];
}

interface Head extends Actor {
  displayName: string;
  email: string;
}

interface Pending {
  mail: Mail;
  keys: string[];
  administrationId: number;
}

export const DEFAULT_REMINDER_DAYS = [7, 1];

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The threshold a date has reached: the smallest N with 0 ≤ days left ≤ N.
 * A run missed on the seventh day still sends the 7-day reminder on the fifth.
 */
export function thresholdReached(today: string, due: string, thresholds: number[]): number | null {
  const left = daysBetween(today, due);
  if (left < 0) return null;
  const reached = thresholds.filter((n) => left <= n).sort((a, b) => a - b);
  return reached[0] ?? null;
}

function whenText(days: number): string {
  return days === 0 ? "oggi" : days === 1 ? "domani" : `tra ${days} giorni`;
}

async function alreadySent(db: Db, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .selectFrom("reminder_sent")
    .select("key")
    .where("key", "in", keys)
    .execute();
  return new Set(rows.map((r) => r.key));
}

async function headsWithEmail(db: Db): Promise<Head[]> {
  const rows = await db
    .selectFrom("app_user")
    .selectAll()
    .where("role", "=", "head")
    .where("disabled", "=", 0)
    .where("email", "is not", null)
    .orderBy("username")
    .execute();
  return rows
    .filter((r) => r.email && r.unit_key)
    .map((r) => ({
      username: r.username,
      role: r.role as Role,
      administrationId: r.administration_id,
      unitKey: r.unit_key,
      displayName: r.display_name,
      email: r.email as string,
    }));
}

/** The head's indicators in the campaign without a figure yet, as "objective/indicator description". */
async function missingFigures(db: Db, head: Head, closing: CampaignClosing): Promise<string[]> {
  const ctx = await loadPlanContext(db, closing.campaign.plan_id);
  const entered = await db
    .selectFrom("measurement")
    .select(["objective_code", "indicator_code"])
    .where("campaign_id", "=", closing.campaign.id)
    .execute();
  const done = new Set(entered.map((m) => `${m.objective_code}/${m.indicator_code}`));
  return ctx.document.objectives
    .filter((o) => head.unitKey && isWithinUnit(o.unitKey, head.unitKey, ctx.parents))
    .flatMap((o) =>
      o.indicators
        .filter((i) => !done.has(`${o.code}/${i.code}`))
        .map((i) => `${o.code}/${i.code} ${effectiveDescription(ctx, o.code, i)}`),
    );
}

async function campaignReminders(db: Db, head: Head, o: ReminderOptions): Promise<Pending[]> {
  const pending: Pending[] = [];
  for (const closing of await campaignClosingsFor(db, head, o.closingDays)) {
    const n = thresholdReached(o.date, closing.closesOn, o.campaignDays ?? DEFAULT_REMINDER_DAYS);
    if (n === null) continue;
    const missing = await missingFigures(db, head, closing);
    if (missing.length === 0) continue;
    const name = campaignName(closing.campaign);
    const closes = formatItalianDate(closing.closesOn);
    pending.push({
      administrationId: closing.campaign.administration_id,
      keys: [`campaign:${closing.campaign.id}:closing:${n}d:${head.username}`],
      mail: {
        to: head.email,
        subject: `PIAO: il ${name} chiude il ${closes}`,
        text: [
          `Gentile ${head.displayName},`,
          "",
          `il ${name} (data di riferimento ${formatItalianDate(closing.campaign.reference_date)}) chiude il ${closes}, ${whenText(daysBetween(o.date, closing.closesOn))}.`,
          "Indicatori della sua struttura ancora senza valore rilevato:",
          ...missing.map((m) => `- ${m}`),
          "",
          `Inserisca i valori qui: ${o.publicUrl}/rilevazioni`,
        ].join("\n"),
      },
    });
  }
  return pending;
}

/** Deadlines met: a completion date entered in any campaign of the plan. */
async function metDeadlines(db: Db, deadlines: Deadline[]): Promise<Set<string>> {
  const planIds = [...new Set(deadlines.map((d) => d.planId))];
  if (planIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("measurement as m")
    .innerJoin("monitoring_campaign as c", "c.id", "m.campaign_id")
    .select(["c.plan_id", "m.objective_code", "m.indicator_code"])
    .where("c.plan_id", "in", planIds)
    .where("m.done_on", "is not", null)
    .execute();
  return new Set(rows.map((r) => `${r.plan_id}/${r.objective_code}/${r.indicator_code}`));
}

async function deadlineReminders(db: Db, head: Head, o: ReminderOptions): Promise<Pending[]> {
  const deadlines = await deadlinesFor(db, head);
  const met = await metDeadlines(db, deadlines);
  const due = deadlines.flatMap((d) => {
    if (met.has(`${d.planId}/${d.objectiveCode}/${d.indicatorCode}`)) return [];
    const n = thresholdReached(o.date, d.date, o.deadlineDays ?? DEFAULT_REMINDER_DAYS);
    if (n === null) return [];
    const key = `deadline:${d.planId}:${d.objectiveCode}:${d.indicatorCode}:${d.year}:${n}d:${head.username}`;
    return [{ d, key }];
  });
  const sent = await alreadySent(
    db,
    due.map((x) => x.key),
  );
  const fresh = due.filter((x) => !sent.has(x.key));
  const first = fresh[0];
  if (!first) return [];
  return [
    {
      administrationId: first.d.administrationId,
      keys: fresh.map((x) => x.key),
      mail: {
        to: head.email,
        subject: `PIAO: scadenze in arrivo (dal ${formatItalianDate(first.d.date)})`,
        text: [
          `Gentile ${head.displayName},`,
          "",
          "si avvicinano le scadenze di questi indicatori della sua struttura, non ancora raggiunte:",
          ...fresh.map(
            ({ d }) =>
              `- ${formatItalianDate(d.date)}: ${d.objectiveCode}/${d.indicatorCode} ${d.description}`,
          ),
          "",
          `Quando sono raggiunte, registri la data qui: ${o.publicUrl}/rilevazioni`,
        ].join("\n"),
      },
    },
  ];
}

/** Claims keys not yet sent; only those are announced. */
async function claim(db: Db, p: Pending, at: string): Promise<string[]> {
  const claimed: string[] = [];
  for (const key of p.keys) {
    const row = await db
      .insertInto("reminder_sent")
      .values({ key, administration_id: p.administrationId, recipient: p.mail.to, sent_at: at })
      .onConflict((oc) => oc.column("key").doNothing())
      .returning("key")
      .executeTakeFirst();
    if (row) claimed.push(key);
  }
  return claimed;
}

export async function sendReminders(
  db: Db,
  mailer: Mailer,
  options: ReminderOptions,
  now = new Date(),
): Promise<ReminderReport> {
  const o = { closingDays: CAMPAIGN_CLOSING_DAYS, ...options };
  const report: ReminderReport = { sent: [], failed: [] };
  for (const head of await headsWithEmail(db)) {
    const pending = [
      ...(await campaignReminders(db, head, o)),
      ...(await deadlineReminders(db, head, o)),
    ];
    for (const p of pending) await deliver(db, mailer, p, now, report);
  }
  return report;
}

async function deliver(
  db: Db,
  mailer: Mailer,
  p: Pending,
  now: Date,
  report: ReminderReport,
): Promise<void> {
  const claimed = await claim(db, p, now.toISOString());
  // A reminder whose every item was already announced is not sent again.
  if (claimed.length === 0) return;
  try {
    await mailer.send(p.mail);
    report.sent.push({ to: p.mail.to, subject: p.mail.subject });
  } catch (error) {
    await db.deleteFrom("reminder_sent").where("key", "in", claimed).execute();
    const message = error instanceof Error ? error.message : String(error);
    report.failed.push({ to: p.mail.to, subject: p.mail.subject, error: message });
  }
}

/** Today in Italy, as an ISO date: a reminder run at 00:30 in Rome belongs to that day. */
export function italianToday(now: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Rome" }).format(now);
}

/** One run with the configured SMTP server: what `piao reminders send` and the server's timer do. */
export async function sendRemindersByMail(
  db: Db,
  mail: MailConfig,
  options: ReminderOptions,
  now = new Date(),
): Promise<ReminderReport> {
  const mailer = smtpMailer(mail);
  try {
    return await sendReminders(db, mailer, options, now);
  } finally {
    mailer.close();
  }
}
