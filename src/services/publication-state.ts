/**
 * What the publication page of the signed-in application shows: the
 * published edition beside the one in force, the Portale PIAO metadata, and
 * each campaign of the plan with its publication.
 */
import type { Db } from "../store/database.ts";
import { listCampaigns } from "../store/repositories/campaign.repository.ts";
import { listEditions } from "../store/repositories/plan.repository.ts";
import type { MonitoringCampaignRow } from "../store/tables/cycle.table.ts";
import type { PlanEditionRow } from "../store/tables/plan.table.ts";
import type {
  CampaignPublicationRow,
  PlanPublicationRow,
} from "../store/tables/publication.table.ts";
import { findPlanPublication, listCampaignPublications } from "./publication.ts";

export interface PublicationState {
  publication: PlanPublicationRow | null;
  /** The edition the public sees, when published. */
  publishedEdition: PlanEditionRow | null;
  /** The edition in force: the one a publication would make public. */
  currentEdition: PlanEditionRow | null;
  /** True when the edition in force is not the published one (a later draft). */
  newerThanPublished: boolean;
  campaigns: { campaign: MonitoringCampaignRow; publication: CampaignPublicationRow | null }[];
}

export async function publicationState(
  db: Db,
  plan: { planId: number; editionId: number | null },
): Promise<PublicationState> {
  const [publication, editions, campaigns, published] = await Promise.all([
    findPlanPublication(db, plan.planId),
    listEditions(db, plan.planId),
    listCampaigns(db, plan.planId),
    listCampaignPublications(db, plan.planId),
  ]);
  const publishedEdition = editions.find((e) => e.id === publication?.edition_id) ?? null;
  const currentEdition = editions.find((e) => e.id === plan.editionId) ?? null;
  return {
    publication: publication ?? null,
    publishedEdition,
    currentEdition,
    newerThanPublished:
      publishedEdition !== null &&
      currentEdition !== null &&
      currentEdition.number > publishedEdition.number,
    campaigns: campaigns.map((campaign) => ({
      campaign,
      publication: published.find((p) => p.campaign_id === campaign.id) ?? null,
    })),
  };
}
