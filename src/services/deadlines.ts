/**
 * The deadline (`Data`) indicators of a plan year, as the calendar of the
 * heads of unit: what falls due soon, what is overdue, what was met (on time
 * or late). Targets are those in force after approved re-programming; the
 * facts come from the open campaign of the year (the figures being collected).
 */
import { daysBetween } from "../domain/achievement/deadline.ts";
import { isWithinUnit } from "../domain/authorization.ts";
import type { Db } from "../store/database.ts";
import { listCampaigns } from "../store/repositories/campaign.repository.ts";
import { listMeasurements } from "../store/repositories/measurement.repository.ts";
import {
  effectiveTarget,
  indicatorKey,
  loadPlanContext,
  originalTarget,
} from "./campaign-context.ts";

/** How far ahead "in scadenza" looks. */
export const DUE_SOON_DAYS = 30;

export interface DeadlineItem {
  objectiveCode: string;
  objectiveTitle: string;
  indicatorCode: string;
  description: string;
  unitKey: string | null;
  /** ISO date in force. */
  due: string;
  reprogrammed: boolean;
  doneOn: string | null;
  /** Days from today to the due date (due soon), past it (overdue), or of delay (met; 0 on time). */
  days: number;
}

export interface DeadlineCalendar {
  year: number;
  today: string;
  campaignId: number | null;
  /** Unit names by key, for showing where each deadline belongs. */
  unitNames: Map<string, string>;
  dueSoon: DeadlineItem[];
  overdue: DeadlineItem[];
  met: DeadlineItem[];
}

/** The open campaign of the year whose figures say what was done; the latest opened wins. */
async function openCampaignOf(db: Db, planId: number, year: number): Promise<number | null> {
  const open = (await listCampaigns(db, planId)).filter(
    (c) => c.year === year && c.status === "open",
  );
  return open.at(-1)?.id ?? null;
}

export async function deadlineCalendar(
  db: Db,
  planId: number,
  today: string,
  /** Only objectives of this unit and its sub-units; null: all. */
  unitKey: string | null,
): Promise<DeadlineCalendar> {
  const year = Number(today.slice(0, 4));
  const ctx = await loadPlanContext(db, planId);
  const campaignId = await openCampaignOf(db, planId, year);
  const measured = campaignId ? await listMeasurements(db, ctx.administrationId, campaignId) : [];
  const doneOn = new Map(
    measured.map((m) => [indicatorKey(m.objective_code, m.indicator_code), m.done_on]),
  );
  const items: DeadlineItem[] = [];
  for (const o of ctx.document.objectives) {
    if (unitKey !== null && !isWithinUnit(o.unitKey, unitKey, ctx.parents)) continue;
    for (const i of o.indicators) {
      const target = effectiveTarget(ctx, o.code, i, year);
      if (i.kind !== "deadline" || target?.kind !== "deadline") continue;
      const done = doneOn.get(indicatorKey(o.code, i.code)) ?? null;
      items.push({
        objectiveCode: o.code,
        objectiveTitle: o.title,
        indicatorCode: i.code,
        description: i.description,
        unitKey: o.unitKey,
        due: target.date,
        reprogrammed: JSON.stringify(target) !== JSON.stringify(originalTarget(i, year)),
        doneOn: done,
        days: done ? Math.max(0, daysBetween(target.date, done)) : daysBetween(today, target.date),
      });
    }
  }
  const byDue = (a: DeadlineItem, b: DeadlineItem) => a.due.localeCompare(b.due);
  const open = items.filter((i) => i.doneOn === null);
  return {
    year,
    today,
    campaignId,
    unitNames: new Map(ctx.document.units.map((u) => [u.key, u.name])),
    dueSoon: open.filter((i) => i.days >= 0 && i.days <= DUE_SOON_DAYS).sort(byDue),
    overdue: open
      .filter((i) => i.days < 0)
      .map((i) => ({ ...i, days: -i.days }))
      .sort(byDue),
    met: items.filter((i) => i.doneOn !== null).sort(byDue),
  };
}
