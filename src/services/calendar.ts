/**
 * The dates a person works to: the deadlines of the indicators they answer
 * for (at the target in force) and the closing of the monitoring campaigns.
 * The same list feeds the iCalendar subscription and the e-mail reminders.
 */
import { randomBytes } from "node:crypto";
import { type Actor, isWithinUnit } from "../domain/authorization.ts";
import { formatItalianDate } from "../domain/format-value.ts";
import { type CalendarEvent, toICalendar } from "../domain/icalendar.ts";
import type { Db } from "../store/database.ts";
import { listPlans } from "../store/repositories/plan.repository.ts";
import type { MonitoringCampaignRow } from "../store/tables/cycle.table.ts";
import { effectiveDescription, effectiveTarget, loadPlanContext } from "./campaign-context.ts";

/**
 * A campaign records only its reference date (30 June, 31 December), not
 * when the heads must have entered their figures. The SMVPs we know give
 * about a month after the reference date, so "the campaign closes" is read
 * as that many days after it, unless the caller says otherwise.
 */
export const CAMPAIGN_CLOSING_DAYS = 30;

export interface Deadline {
  administrationId: number;
  planId: number;
  objectiveCode: string;
  objectiveTitle: string;
  indicatorCode: string;
  description: string;
  unitKey: string | null;
  year: number;
  /** ISO date of the target in force. */
  date: string;
}

export interface CampaignClosing {
  campaign: MonitoringCampaignRow;
  /** ISO date: reference date + the closing days. */
  closesOn: string;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The plans of the actor's administration (every plan for a system administrator). */
async function plansOf(db: Db, actor: Actor) {
  const plans = await listPlans(db);
  return plans.filter(
    (p) => actor.administrationId === null || p.administrationId === actor.administrationId,
  );
}

/** A head answers for their unit and the units below it; everyone else reads the whole plan. */
export async function deadlinesFor(db: Db, actor: Actor): Promise<Deadline[]> {
  const deadlines: Deadline[] = [];
  for (const plan of await plansOf(db, actor)) {
    const ctx = await loadPlanContext(db, plan.planId);
    for (const objective of ctx.document.objectives) {
      if (actor.role === "head") {
        if (actor.unitKey === null) continue;
        if (!isWithinUnit(objective.unitKey, actor.unitKey, ctx.parents)) continue;
      }
      for (const indicator of objective.indicators) {
        if (indicator.kind !== "deadline") continue;
        for (let year = plan.startYear; year <= plan.endYear; year++) {
          const target = effectiveTarget(ctx, objective.code, indicator, year);
          if (target?.kind !== "deadline") continue;
          deadlines.push({
            administrationId: plan.administrationId,
            planId: plan.planId,
            objectiveCode: objective.code,
            objectiveTitle: objective.title,
            indicatorCode: indicator.code,
            description: effectiveDescription(ctx, objective.code, indicator),
            unitKey: objective.unitKey,
            year,
            date: target.date,
          });
        }
      }
    }
  }
  return deadlines.sort((a, b) => a.date.localeCompare(b.date));
}

/** The open campaigns of the actor's plans, with the day each closes. */
export async function campaignClosingsFor(
  db: Db,
  actor: Actor,
  closingDays = CAMPAIGN_CLOSING_DAYS,
): Promise<CampaignClosing[]> {
  let query = db.selectFrom("monitoring_campaign").selectAll().where("status", "=", "open");
  if (actor.administrationId !== null) {
    query = query.where("administration_id", "=", actor.administrationId);
  }
  const rows = await query.orderBy("reference_date").execute();
  return rows.map((campaign) => ({
    campaign,
    closesOn: addDays(campaign.reference_date, closingDays),
  }));
}

const KIND_NAMES: Record<string, string> = {
  midyear: "infrannuale",
  yearend: "a consuntivo",
};

export function campaignName(campaign: MonitoringCampaignRow): string {
  return `monitoraggio ${KIND_NAMES[campaign.kind] ?? campaign.kind} ${campaign.year}`;
}

/** The feed's events; UIDs stay the same from one download to the next. */
export async function calendarEvents(
  db: Db,
  actor: Actor,
  publicUrl: string,
): Promise<CalendarEvent[]> {
  const host = new URL(publicUrl).host;
  const deadlines = (await deadlinesFor(db, actor)).map((d) => ({
    uid: `deadline-${d.planId}-${d.objectiveCode}-${d.indicatorCode}-${d.year}@${host}`,
    date: d.date,
    summary: `Scadenza ${d.objectiveCode}/${d.indicatorCode}: ${d.description}`,
    description: `Obiettivo ${d.objectiveCode} – ${d.objectiveTitle}\n${d.unitKey ?? ""}`,
    url: `${publicUrl}/rilevazioni`,
  }));
  const closings = (await campaignClosingsFor(db, actor)).map((c) => ({
    uid: `campaign-${c.campaign.id}-closing@${host}`,
    date: c.closesOn,
    summary: `Chiusura ${campaignName(c.campaign)}`,
    description: `Inserire i valori rilevati entro questa data (riferimento ${formatItalianDate(c.campaign.reference_date)}).`,
    url: `${publicUrl}/rilevazioni`,
  }));
  return [...deadlines, ...closings];
}

/** The iCalendar text of the user whose token this is, or null for an unknown token. */
export async function calendarFeed(
  db: Db,
  token: string,
  publicUrl: string,
  now: Date,
): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await db
    .selectFrom("app_user")
    .select(["username", "role", "administration_id", "unit_key", "display_name"])
    .where("calendar_token", "=", token)
    .where("disabled", "=", 0)
    .executeTakeFirst();
  if (!row) return null;
  const actor: Actor = {
    username: row.username,
    role: row.role as Actor["role"],
    administrationId: row.administration_id,
    unitKey: row.unit_key,
  };
  const events = await calendarEvents(db, actor, publicUrl);
  return toICalendar(events, { name: `PIAO – scadenze di ${row.display_name}`, stamp: now });
}

/** A new secret for the user's feed; the previous link stops working. */
export async function renewCalendarToken(db: Db, userId: number): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db
    .updateTable("app_user")
    .set({ calendar_token: token })
    .where("id", "=", userId)
    .execute();
  return token;
}

export async function calendarToken(db: Db, userId: number): Promise<string | null> {
  const row = await db
    .selectFrom("app_user")
    .select("calendar_token")
    .where("id", "=", userId)
    .executeTakeFirst();
  return row?.calendar_token ?? null;
}
