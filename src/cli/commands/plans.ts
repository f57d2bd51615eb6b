/** `piao plans`: the plans in the database, with their ids for --plan. */
import { translate } from "../../i18n/index.ts";
import { listPlans } from "../../store/repositories/plan.repository.ts";
import { type CliContext, EXIT_OK, withStore } from "../context.ts";

export async function runPlans(ctx: CliContext): Promise<number> {
  const plans = await withStore((store) => listPlans(store.db));
  if (plans.length === 0) ctx.out(translate("cli.plans.none", {}, ctx.lang));
  for (const p of plans) {
    ctx.out(
      translate(
        "cli.plans.row",
        {
          id: String(p.planId),
          name: p.administrationName,
          period: `${p.startYear}-${p.endYear}`,
          edition: String(p.editionNumber ?? "—"),
          status: translate(`status.${p.status}`, {}, ctx.lang),
        },
        ctx.lang,
      ),
    );
  }
  return EXIT_OK;
}
