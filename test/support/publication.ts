/**
 * The seed published as the national Portale PIAO would record it, and,
 * with `yearEnd`, its 2025 year-end campaign filled (year-end-campaign.ts),
 * closed and published: what the public pages, open data and read API show.
 */
import { closeCampaign } from "../../src/services/campaigns.ts";
import {
  type PublicationMetadata,
  publishCampaign,
  publishPlan,
} from "../../src/services/publication.ts";
import type { Store } from "../../src/store/database.ts";
import type { CycleFixture } from "./cycle-fixture.ts";
import { seedYearEnd } from "./year-end-campaign.ts";

/** Made-up act and link: the seed's text does not state them. */
export const SEED_PUBLICATION: PublicationMetadata = {
  approvalDate: "2025-01-30",
  approvalAct: "Atto del Sindaco metropolitano n. 18 del 30/01/2025",
  approvingAuthority: "Sindaco metropolitano",
  documentUrl: "https://www.cittametropolitana.bo.it/amministrazione/piao-2025-2027",
  smallAdministration: false,
};

export interface PublishedSeed {
  /** The published year-end campaign, when asked for. */
  yearEndCampaignId: number | null;
}

export async function publishSeed(
  store: Store,
  seed: CycleFixture,
  options: { yearEnd?: boolean; now?: Date } = {},
): Promise<PublishedSeed> {
  const now = options.now ?? new Date("2025-02-01T09:00:00Z");
  await publishPlan(store, seed.planning, seed.planId, SEED_PUBLICATION, now);
  if (!options.yearEnd) return { yearEndCampaignId: null };
  const { campaignId } = await seedYearEnd(store, seed);
  await closeCampaign(
    store,
    seed.planning,
    campaignId,
    undefined,
    new Date("2026-02-15T09:00:00Z"),
  );
  await publishCampaign(store, seed.planning, campaignId, new Date("2026-03-01T09:00:00Z"));
  return { yearEndCampaignId: campaignId };
}
