/**
 * The choices of the portal's search filters: the regions and kinds of the
 * administrations with a published plan. One query per publication
 * generation, kept in memory, so the list page itself costs only its one
 * listPublishedAdministrations call.
 */
import type { Db } from "../../store/database.ts";
import { publicationGeneration } from "./generation.ts";

export interface Facets {
  regions: string[];
  kinds: string[];
}

const kept = new WeakMap<object, { generation: number; facets: Promise<Facets> }>();

async function load(db: Db): Promise<Facets> {
  const rows = await db
    .selectFrom("administration as a")
    .select(["a.region", "a.kind"])
    .distinct()
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("plan_publication as pp")
          .select("pp.plan_id")
          .whereRef("pp.administration_id", "=", "a.id"),
      ),
    )
    .execute();
  const values = (pick: (r: (typeof rows)[number]) => string | null) =>
    [...new Set(rows.map(pick).filter((v): v is string => !!v))].sort((a, b) =>
      a.localeCompare(b, "it"),
    );
  return { regions: values((r) => r.region), kinds: values((r) => r.kind) };
}

export async function publishedFacets(db: Db): Promise<Facets> {
  const generation = (await publicationGeneration(db)).value;
  const hit = kept.get(db);
  if (hit && hit.generation === generation) return hit.facets;
  const facets = load(db);
  kept.set(db, { generation, facets });
  facets.catch(() => kept.delete(db));
  return facets;
}
