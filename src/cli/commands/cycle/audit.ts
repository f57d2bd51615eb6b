/** `piao audit`: the history of a record, oldest first. */
import type { Command } from "commander";
import { formatItalianDateTime } from "../../../domain/format-value.ts";
import { listAudit } from "../../../services/audit.ts";
import { resolvePlan } from "../../../services/plan-edition.ts";
import { type CliContext, EXIT_OK, withStore } from "../../context.ts";
import { planOption, type Runner } from "./common.ts";

export function registerAudit(program: Command, ctx: CliContext, run: Runner): void {
  program
    .command("audit")
    .description("storico delle modifiche (chi, quando, prima, dopo, perché)")
    .option(
      "--entity <tipo>",
      "plan, campaign, measurement, evidence, forecast, reprogramming, neutralisation, settings",
    )
    .option(
      "--key <chiave>",
      "chiave del record, es. «3/1609/3826» (campagna/obiettivo/indicatore); «3/*» per tutta la campagna",
    )
    .addOption(planOption())
    .action((o: { entity?: string; key?: string; plan?: number }) =>
      run(() =>
        withStore(async (store) => {
          const plan = await resolvePlan(store.db, o.plan === undefined ? {} : { planId: o.plan });
          const events = await listAudit(store.db, plan.administrationId, {
            ...(o.entity ? { entity: o.entity } : {}),
            ...(o.key ? { entityKey: o.key } : {}),
          });
          for (const e of events) {
            const change = [
              e.before === null ? "" : JSON.stringify(e.before),
              e.after === null ? "" : JSON.stringify(e.after),
            ]
              .filter(Boolean)
              .join(" → ");
            ctx.out(
              [
                formatItalianDateTime(e.at),
                e.actor,
                e.entity,
                e.entityKey,
                e.action,
                change,
                e.reason ?? "",
              ].join("\t"),
            );
          }
          return EXIT_OK;
        }),
      ),
    );
}
