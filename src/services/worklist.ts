/**
 * "Le mie rilevazioni": for each open campaign of a plan, the indicators the
 * user answers for (a head of unit: their unit and its sub-units; the
 * planning office: all), grouped by objective, each with its state: to
 * enter, overdue, entered (or neutralised by the Nucleo).
 */
import { type Actor, can } from "../domain/authorization.ts";
import type { Db } from "../store/database.ts";
import { listCampaigns } from "../store/repositories/campaign.repository.ts";
import type {
  MeasurementRow,
  MonitoringCampaignRow,
  ObjectiveForecastRow,
} from "../store/tables/cycle.table.ts";
import { indicatorKey } from "./campaign-context.ts";
import { type CampaignFigures, campaignFigures } from "./monitoring-read.ts";
import type { IndicatorReport, ObjectiveReport } from "./performance.ts";

export const ENTRY_STATES = ["missing", "overdue", "entered"] as const;
export type EntryState = (typeof ENTRY_STATES)[number] | "neutralised";

export interface WorkItem {
  indicator: IndicatorReport;
  row: MeasurementRow | undefined;
  state: EntryState;
}

export interface WorkObjective {
  objective: ObjectiveReport;
  unitName: string;
  items: WorkItem[];
  forecast: ObjectiveForecastRow | undefined;
}

export interface WorkCampaign {
  campaign: MonitoringCampaignRow;
  objectives: WorkObjective[];
  counts: Record<(typeof ENTRY_STATES)[number], number>;
}

/** Today in Italy, as ISO text: what "before today" means for a deadline. */
export function italianToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(now);
}

/** Overdue: a deadline whose target in force is before today and that is not yet done. */
export function entryState(i: IndicatorReport, hasRow: boolean, today: string): EntryState {
  if (i.neutralisedReason !== null) return "neutralised";
  const notDone = !i.measurement || (i.measurement.kind === "deadline" && !i.measurement.doneOn);
  if (i.target?.kind === "deadline" && i.target.date < today && notDone) return "overdue";
  return hasRow && i.measurement ? "entered" : "missing";
}

function workCampaign(
  user: Actor,
  campaign: MonitoringCampaignRow,
  figures: CampaignFigures,
  today: string,
): WorkCampaign {
  const { report } = figures;
  const parents = new Map(report.units.map((u) => [u.key, u.parentKey]));
  const names = new Map(report.units.map((u) => [u.key, u.name]));
  const mine = report.objectives.filter((o) =>
    can(
      user,
      "measurement.write",
      { administrationId: campaign.administration_id, unitKey: o.unitKey },
      parents,
    ),
  );
  const counts = { missing: 0, overdue: 0, entered: 0 };
  const objectives = mine.map((o) => ({
    objective: o,
    unitName: o.unitKey ? (names.get(o.unitKey) ?? o.unitKey) : "—",
    forecast: figures.forecasts.get(o.code),
    items: o.indicators.map((i) => {
      const row = figures.measurements.get(indicatorKey(o.code, i.code));
      const state = entryState(i, row !== undefined, today);
      if (state !== "neutralised") counts[state] += 1;
      return { indicator: i, row, state };
    }),
  }));
  return { campaign, objectives, counts };
}

/** The worklist of `user` in every open campaign of the plan; `today` is ISO (yyyy-mm-dd). */
export async function myWorklist(
  db: Db,
  user: Actor,
  planId: number,
  today: string,
): Promise<WorkCampaign[]> {
  const open = (await listCampaigns(db, planId)).filter((c) => c.status === "open");
  const work: WorkCampaign[] = [];
  for (const c of open) work.push(workCampaign(user, c, await campaignFigures(db, c.id), today));
  return work;
}
