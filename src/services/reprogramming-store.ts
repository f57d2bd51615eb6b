/** Reading approved re-programming, shared by every use case that needs targets in force. */
import type { Db } from "../store/database.ts";

export interface ApprovedChange {
  id: number;
  change: "target" | "description";
  year: number | null;
  proposed: unknown;
  decidedAt: string;
}

export async function approvedChanges(
  db: Db,
  administrationId: number,
  planId: number,
): Promise<Map<string, ApprovedChange[]>> {
  const rows = await db
    .selectFrom("reprogramming")
    .select(["id", "objective_code", "indicator_code", "change", "year", "proposed", "decided_at"])
    .where("administration_id", "=", administrationId)
    .where("plan_id", "=", planId)
    .where("status", "=", "approved")
    .orderBy("decided_at")
    .orderBy("id")
    .execute();
  const byIndicator = new Map<string, ApprovedChange[]>();
  for (const r of rows) {
    const key = `${r.objective_code}/${r.indicator_code}`;
    const list = byIndicator.get(key) ?? [];
    list.push({
      id: r.id,
      change: r.change as ApprovedChange["change"],
      year: r.year,
      proposed: JSON.parse(r.proposed),
      decidedAt: r.decided_at ?? "",
    });
    byIndicator.set(key, list);
  }
  return byIndicator;
}
