/**
 * `/rilevazioni` ("Le mie rilevazioni"): for each open campaign of the user's
 * plan, the indicators they answer for (a head of unit: their unit and its
 * sub-units; the planning office: all), grouped by objective, each with its
 * state: to enter, overdue, entered.
 */
import type { FastifyInstance } from "fastify";
import { type Actor, can } from "../../../domain/authorization.ts";
import { indicatorKey } from "../../../services/campaign-context.ts";
import { type CampaignFigures, campaignFigures } from "../../../services/monitoring-read.ts";
import type { IndicatorReport, ObjectiveReport } from "../../../services/performance.ts";
import { listCampaigns } from "../../../store/repositories/campaign.repository.ts";
import type {
  MeasurementRow,
  MonitoringCampaignRow,
  ObjectiveForecastRow,
} from "../../../store/tables/cycle.table.ts";
import { worklistPage } from "../../../views/pages/monitoring/worklist.ts";
import { currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { defaultPlan } from "../../plan-scope.ts";
import { sendPage } from "../../render.ts";

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

export function registerWorklistRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  app.get("/rilevazioni", { config: { access: "measurement.write" } }, async (request, reply) => {
    const user = currentUser(request);
    const plan = await defaultPlan(request, db);
    const open = (await listCampaigns(db, plan.planId)).filter((c) => c.status === "open");
    const today = italianToday(deps.now());
    const work: WorkCampaign[] = [];
    for (const c of open) work.push(workCampaign(user, c, await campaignFigures(db, c.id), today));
    return sendPage(request, reply, (ctx) => worklistPage(ctx, plan, work));
  });
}
