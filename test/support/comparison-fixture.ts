/**
 * What the comparison is tested on: the seed published with its year-end
 * 2025 results, 55 synthetic administrations published the same way (two
 * pages of the public comparison), and what must not be counted — a plan
 * never published (its campaign closed), a published plan whose year-end
 * campaign is closed but not published, and a published mid-year campaign.
 * The expected numbers are worked out here from each published plan's
 * campaign report (services/public/read.ts), not from the roll-ups the
 * comparison reads.
 */
import { closeCampaign, openCampaign } from "../../src/services/campaigns.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { importSheet } from "../../src/services/monitoring-sheet.ts";
import type { GroupStatistics } from "../../src/services/public/comparison.ts";
import { listPublishedPlans, publishedPlan } from "../../src/services/public/read.ts";
import { publishCampaign, publishPlan } from "../../src/services/publication.ts";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "./cycle-fixture.ts";
import { publishSeed } from "./publication.ts";
import {
  type LoadedSynthetic,
  loadSyntheticAdministrations,
  syntheticAdministrations,
  syntheticPublication,
} from "./synthetic-administrations.ts";

export const SYNTHETIC_COUNT = 55;

export interface ComparisonFixture {
  seed: CycleFixture;
  synthetic: LoadedSynthetic;
  /** Administrations that must not appear: plan unpublished; results unpublished. */
  unpublishedPlanAdministration: number;
  unpublishedCampaignAdministration: number;
  /** What each published plan's 2025 year-end report says (expectedFromReports). */
  expected: ExpectedAdministration[];
}

const planner = (administrationId: number) =>
  ({ username: "ufficio.piano", role: "planning", administrationId, unitKey: null }) as const;

export async function comparisonFixture(store: Store): Promise<ComparisonFixture> {
  const seed = await seedCycle(store);
  await publishSeed(store, seed, { yearEnd: true });
  const synthetic = await loadSyntheticAdministrations(store, { count: SYNTHETIC_COUNT, seed: 7 });
  // Two more, from another seed, each with a closed year-end campaign full of figures.
  const [hidden, unpublishedResults] = syntheticAdministrations({ count: 2, seed: 99 });
  const closedYearEnd = async (a: NonNullable<typeof hidden>, publish: boolean) => {
    const { administrationId, planId } = await importPlan(store, a.document);
    if (publish)
      await publishPlan(store, planner(administrationId), planId, syntheticPublication(a));
    const campaign = await openCampaign(store, planner(administrationId), {
      planId,
      year: 2025,
      kind: "yearend",
    });
    const rows = a.figures.filter((f) => f.value !== null);
    await importSheet(store, planner(administrationId), campaign.id, rows);
    await closeCampaign(store, planner(administrationId), campaign.id);
    return administrationId;
  };
  if (!hidden || !unpublishedResults) throw new Error("no synthetic administrations");
  const unpublishedPlanAdministration = await closedYearEnd(hidden, false);
  const unpublishedCampaignAdministration = await closedYearEnd(unpublishedResults, true);
  // A published mid-year campaign of a compared administration: not a year-end result.
  const first = { administrationId: synthetic.administrationIds[0], planId: synthetic.planIds[0] };
  if (first.administrationId === undefined || first.planId === undefined) throw new Error("none");
  const midyear = await openCampaign(store, planner(first.administrationId), {
    planId: first.planId,
    year: 2025,
    kind: "midyear",
  });
  await closeCampaign(store, planner(first.administrationId), midyear.id);
  await publishCampaign(store, planner(first.administrationId), midyear.id);
  return {
    seed,
    synthetic,
    unpublishedPlanAdministration,
    unpublishedCampaignAdministration,
    expected: await expectedFromReports(store, 2025),
  };
}

export interface ExpectedAdministration {
  administrationId: number;
  name: string;
  kind: string | null;
  region: string | null;
  score: number | null;
  /** Achievement by positive-action area number. */
  areas: Map<number, number | null>;
}

/** Each published plan's published year-end report of the year, as the public reads it. */
export async function expectedFromReports(
  store: Store,
  year: number,
): Promise<ExpectedAdministration[]> {
  const out: ExpectedAdministration[] = [];
  for (const meta of await listPublishedPlans(store.db, { year })) {
    const plan = await publishedPlan(store.db, meta.planId);
    const campaign = plan?.campaigns.find((c) => c.kind === "yearend" && c.year === year);
    if (!plan || !campaign) continue;
    out.push({
      administrationId: plan.administration.id,
      name: plan.administration.name,
      kind: plan.administration.kind,
      region: plan.administration.region,
      score: campaign.report.administration.achievement.score,
      areas: new Map(
        campaign.report.positiveActions.map((a) => [a.number, a.achievement.score] as const),
      ),
    });
  }
  return out;
}

/** Count, mean, median, min and max, worked out plainly. */
export function statisticsOf(scores: (number | null)[]): GroupStatistics {
  const measured = scores.filter((s): s is number => s !== null).sort((a, b) => a - b);
  const n = measured.length;
  const middle =
    n === 0
      ? null
      : n % 2 === 1
        ? (measured[(n - 1) / 2] as number)
        : ((measured[n / 2 - 1] as number) + (measured[n / 2] as number)) / 2;
  return {
    administrations: scores.length,
    measured: n,
    mean: n === 0 ? null : measured.reduce((a, b) => a + b, 0) / n,
    median: middle,
    min: n === 0 ? null : (measured[0] as number),
    max: n === 0 ? null : (measured[n - 1] as number),
  };
}

/** Areas' statistics across the administrations that have each area. */
export function expectedAreas(expected: ExpectedAdministration[]): Map<number, GroupStatistics> {
  const numbers = [...new Set(expected.flatMap((e) => [...e.areas.keys()]))].sort((a, b) => a - b);
  return new Map(
    numbers.map((n) => [
      n,
      statisticsOf(expected.filter((e) => e.areas.has(n)).map((e) => e.areas.get(n) ?? null)),
    ]),
  );
}
