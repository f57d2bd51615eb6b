/** `piao forecast`, `piao evidence add`, `piao neutralise`: what goes beside the figures. */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { type Command, Option } from "commander";
import { translate } from "../../../i18n/index.ts";
import { addEvidence } from "../../../services/evidence.ts";
import { type Forecast, recordForecast } from "../../../services/forecasts.ts";
import { neutralise } from "../../../services/neutralisation.ts";
import { type CliContext, EXIT_OK, withStore } from "../../context.ts";
import { actorFrom, asOption, campaignOption, type Runner } from "./common.ts";

const FORECAST_NAMES: Record<string, Forecast> = {
  in_linea: "on_track",
  a_rischio: "at_risk",
  critico: "critical",
};

const MEDIA_TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".p7m": "application/pkcs7-mime",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".odt": "application/vnd.oasis.opendocument.text",
  ".csv": "text/csv",
  ".txt": "text/plain",
  ".png": "image/png",
  ".jpg": "image/jpeg",
};

export function registerFigures(program: Command, ctx: CliContext, run: Runner): void {
  const t = (code: string, params: Record<string, string | number> = {}) =>
    translate(code, params, ctx.lang);
  program
    .command("forecast")
    .description("previsione di raggiungimento di un obiettivo nel monitoraggio infrannuale")
    .addOption(campaignOption().makeOptionMandatory())
    .requiredOption("--objective <codice>", "codice dell'obiettivo")
    .addOption(
      new Option("--forecast <previsione>", "previsione")
        .choices(Object.keys(FORECAST_NAMES))
        .makeOptionMandatory(),
    )
    .option("--comment <testo>", "commento (obbligatorio se a rischio o critico)")
    .addOption(asOption())
    .action(
      (o: {
        campaign: number;
        objective: string;
        forecast: string;
        comment?: string;
        as?: string;
      }) =>
        run(() =>
          withStore(async (store) => {
            const actor = await actorFrom(store.db, o.as);
            await recordForecast(store, actor, {
              campaignId: o.campaign,
              objectiveCode: o.objective,
              forecast: FORECAST_NAMES[o.forecast] as Forecast,
              comment: o.comment ?? null,
            });
            ctx.out(t("cli.forecast.saved", { objective: o.objective }));
            return EXIT_OK;
          }),
        ),
    );
  program
    .command("evidence")
    .description("documenti a supporto di una rilevazione")
    .command("add")
    .description("allega un documento (max 10 MB) alla rilevazione di un indicatore")
    .argument("<file>", "documento da allegare")
    .addOption(campaignOption().makeOptionMandatory())
    .requiredOption("--objective <codice>", "codice dell'obiettivo")
    .requiredOption("--indicator <codice>", "codice dell'indicatore")
    .addOption(asOption())
    .action(
      (file: string, o: { campaign: number; objective: string; indicator: string; as?: string }) =>
        run(() =>
          withStore(async (store) => {
            const actor = await actorFrom(store.db, o.as);
            const content = await readFile(file);
            const row = await addEvidence(store, actor, {
              campaignId: o.campaign,
              objectiveCode: o.objective,
              indicatorCode: o.indicator,
              fileName: basename(file),
              mediaType: MEDIA_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
              content,
            });
            ctx.out(t("cli.evidence.saved", { file: row.file_name, sha256: row.sha256 }));
            return EXIT_OK;
          }),
        ),
    );
  program
    .command("neutralise")
    .description(
      "il Nucleo di valutazione esclude un indicatore o un obiettivo per cause esterne, con motivazione",
    )
    .addOption(campaignOption().makeOptionMandatory())
    .requiredOption("--objective <codice>", "codice dell'obiettivo")
    .option("--indicator <codice>", "codice dell'indicatore (senza: tutto l'obiettivo)")
    .requiredOption("--reason <testo>", "motivazione")
    .addOption(asOption())
    .action(
      (o: {
        campaign: number;
        objective: string;
        indicator?: string;
        reason: string;
        as?: string;
      }) =>
        run(() =>
          withStore(async (store) => {
            const actor = await actorFrom(store.db, o.as);
            await neutralise(store, actor, {
              campaignId: o.campaign,
              objectiveCode: o.objective,
              ...(o.indicator ? { indicatorCode: o.indicator } : {}),
              reason: o.reason,
            });
            ctx.out(
              t("cli.neutralised", {
                key: o.indicator ? `${o.objective}/${o.indicator}` : o.objective,
              }),
            );
            return EXIT_OK;
          }),
        ),
    );
}
