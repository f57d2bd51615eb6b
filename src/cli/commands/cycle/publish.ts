/**
 * `piao publish plan|campaign|withdraw`: the plan's edition in force made
 * public with what the Portale PIAO records, a closed campaign's results
 * made public, either taken off again (with a reason, kept in the audit).
 */
import type { Command } from "commander";
import type { Actor } from "../../../domain/authorization.ts";
import { translate } from "../../../i18n/index.ts";
import { AppError } from "../../../services/errors.ts";
import { resolvePlan } from "../../../services/plan-edition.ts";
import { periodOf } from "../../../services/public/read.ts";
import {
  publishCampaign,
  publishPlan,
  withdrawCampaign,
  withdrawPlan,
} from "../../../services/publication.ts";
import type { Store } from "../../../store/database.ts";
import { publicPlanHref } from "../../../views/pages/public/common.ts";
import { type CliContext, EXIT_OK, withStore } from "../../context.ts";
import {
  actorFrom,
  asOption,
  campaignOption,
  italianDate,
  planIdFrom,
  planOption,
  positiveInt,
  type Runner,
} from "./common.ts";

interface PlanOptions {
  plan?: number;
  date: string;
  act: string;
  authority: string;
  url?: string;
  small?: boolean;
  as?: string;
}

export function registerPublish(program: Command, ctx: CliContext, run: Runner): void {
  const say = (code: string, params: Record<string, string>) =>
    ctx.out(translate(code, params, ctx.lang));
  /** Runs `work` as the user of --as, on the configured store. */
  const acting = (as: string | undefined, work: (store: Store, actor: Actor) => Promise<void>) =>
    run(() =>
      withStore(async (store) => {
        await work(store, await actorFrom(store.db, as));
        return EXIT_OK;
      }),
    );
  const publish = program
    .command("publish")
    .description("pubblicazione sul portale della trasparenza (piano e risultati dei monitoraggi)");
  publish
    .command("plan")
    .description("pubblica l'edizione in vigore del piano con i dati del Portale PIAO")
    .addOption(planOption())
    .requiredOption("--date <gg/mm/aaaa>", "data dell'atto di approvazione", italianDate)
    .requiredOption("--act <estremi>", "estremi dell'atto di approvazione")
    .requiredOption("--authority <organo>", "organo che ha approvato il piano")
    .option("--url <indirizzo>", "il piano sul sito dell'amministrazione (https://…)")
    .option("--small", "amministrazione con meno di 50 dipendenti")
    .addOption(asOption())
    .action((o: PlanOptions) =>
      acting(o.as, async (store, actor) => {
        const planId = await planIdFrom(store.db, o.plan);
        await publishPlan(store, actor, planId, {
          approvalDate: o.date,
          approvalAct: o.act,
          approvingAuthority: o.authority,
          documentUrl: o.url ?? null,
          smallAdministration: o.small === true,
        });
        const plan = await resolvePlan(store.db, { planId });
        const period = periodOf(plan.startYear, plan.endYear);
        say("cli.publish.planDone", {
          plan: String(planId),
          n: String(plan.editionNumber ?? "—"),
          url: publicPlanHref({ administrationId: plan.administrationId, period }),
        });
      }),
    );
  publish
    .command("campaign")
    .description("pubblica i risultati di una campagna chiusa (il piano dev'essere pubblicato)")
    .argument("<id>", "id della campagna (vedi «piao campaign list»)", positiveInt)
    .addOption(asOption())
    .action((id: number, o: { as?: string }) =>
      acting(o.as, async (store, actor) => {
        await publishCampaign(store, actor, id);
        say("cli.publish.campaignDone", { id: String(id) });
      }),
    );
  publish
    .command("withdraw")
    .description(
      "ritira dalla pubblicazione un piano (con i suoi risultati) o i risultati di una campagna",
    )
    .addOption(planOption())
    .addOption(campaignOption())
    .requiredOption("--reason <motivo>", "motivo del ritiro, per il registro delle modifiche")
    .addOption(asOption())
    .action((o: { plan?: number; campaign?: number; reason: string; as?: string }) =>
      acting(o.as, async (store, actor) => {
        if ((o.plan === undefined) === (o.campaign === undefined)) {
          throw new AppError("invalid_input", "cli.publish.withdrawWhat");
        }
        if (o.campaign !== undefined) {
          await withdrawCampaign(store, actor, o.campaign, o.reason);
          say("cli.publish.campaignWithdrawn", { id: String(o.campaign) });
        } else {
          const planId = await planIdFrom(store.db, o.plan);
          await withdrawPlan(store, actor, planId, o.reason);
          say("cli.publish.planWithdrawn", { plan: String(planId) });
        }
      }),
    );
}
