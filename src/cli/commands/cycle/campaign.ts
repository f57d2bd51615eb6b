/** `piao campaign open|close|list`: monitoring campaigns. */
import { type Command, Option } from "commander";
import { formatDate, translate } from "../../../i18n/index.ts";
import { closeCampaign, openCampaign } from "../../../services/campaigns.ts";
import { listCampaigns } from "../../../store/repositories/campaign.repository.ts";
import { type CliContext, EXIT_OK, withStore } from "../../context.ts";
import {
  actorFrom,
  asOption,
  CAMPAIGN_KIND_NAMES,
  italianDate,
  planIdFrom,
  planOption,
  positiveInt,
  type Runner,
} from "./common.ts";

export function registerCampaign(program: Command, ctx: CliContext, run: Runner): void {
  const campaign = program
    .command("campaign")
    .description("campagne di monitoraggio (infrannuale, a consuntivo)");
  campaign
    .command("open")
    .description("apre una campagna di monitoraggio")
    .requiredOption("--year <anno>", "anno del piano", positiveInt)
    .addOption(
      new Option("--kind <tipo>", "tipo")
        .choices(Object.keys(CAMPAIGN_KIND_NAMES))
        .makeOptionMandatory(),
    )
    .option(
      "--reference-date <gg/mm/aaaa>",
      "data di riferimento (di norma 30/06 o 31/12)",
      italianDate,
    )
    .addOption(planOption())
    .addOption(asOption())
    .action(
      (o: {
        year: number;
        kind: keyof typeof CAMPAIGN_KIND_NAMES;
        referenceDate?: string;
        plan?: number;
        as?: string;
      }) =>
        run(() =>
          withStore(async (store) => {
            const actor = await actorFrom(store.db, o.as);
            const planId = await planIdFrom(store.db, o.plan);
            const c = await openCampaign(store, actor, {
              planId,
              year: o.year,
              kind: CAMPAIGN_KIND_NAMES[o.kind],
              ...(o.referenceDate ? { referenceDate: o.referenceDate } : {}),
            });
            ctx.out(
              translate(
                "cli.campaign.opened",
                {
                  id: String(c.id),
                  kind: translate(`campaign.kind.${c.kind}`, {}, ctx.lang),
                  year: String(c.year),
                  date: formatDate(c.reference_date),
                },
                ctx.lang,
              ),
            );
            return EXIT_OK;
          }),
        ),
    );
  campaign
    .command("close")
    .description("chiude una campagna: i suoi risultati restano come sono")
    .argument("<id>", "id della campagna", positiveInt)
    .addOption(asOption())
    .action((id: number, o: { as?: string }) =>
      run(() =>
        withStore(async (store) => {
          const actor = await actorFrom(store.db, o.as);
          await closeCampaign(store, actor, id);
          ctx.out(translate("cli.campaign.closed", { id: String(id) }, ctx.lang));
          return EXIT_OK;
        }),
      ),
    );
  campaign
    .command("list")
    .description("elenca le campagne")
    .addOption(planOption())
    .action((o: { plan?: number }) =>
      run(() =>
        withStore(async (store) => {
          const planId = await planIdFrom(store.db, o.plan);
          for (const c of await listCampaigns(store.db, planId)) {
            const t = (code: string) => translate(code, {}, ctx.lang);
            ctx.out(
              [
                c.id,
                c.year,
                t(`campaign.kind.${c.kind}`),
                formatDate(c.reference_date),
                t(`campaign.status.${c.status}`),
              ].join("\t"),
            );
          }
          return EXIT_OK;
        }),
      ),
    );
}
