/** `piao monitor template|import`: the spreadsheet of figures heads of unit fill in. */
import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { type Command, Option } from "commander";
import { writeTemplateCsv, writeTemplateXlsx } from "../../../documents/monitoring-template.ts";
import { hasErrors } from "../../../domain/diagnostics.ts";
import { translate } from "../../../i18n/index.ts";
import { readMonitoringSheet } from "../../../import/monitoring-sheet/read.ts";
import { importSheet, templateFor } from "../../../services/monitoring-sheet.ts";
import { type CliContext, EXIT_INVALID, EXIT_OK, withStore } from "../../context.ts";
import { printDiagnostics } from "../../print-diagnostics.ts";
import { actorFrom, asOption, campaignOption, type Runner } from "./common.ts";

export function registerMonitor(program: Command, ctx: CliContext, run: Runner): void {
  const monitor = program
    .command("monitor")
    .description("raccolta dei dati di monitoraggio con un foglio di calcolo");
  monitor
    .command("template")
    .description(
      "scrive il modulo (XLSX o CSV) con una riga per indicatore, da far compilare ai dirigenti",
    )
    .addOption(campaignOption().makeOptionMandatory())
    .addOption(new Option("--format <formato>", "formato").choices(["xlsx", "csv"]).default("xlsx"))
    .addOption(
      new Option("--delimiter <separatore>", "separatore del CSV").choices([";", ","]).default(";"),
    )
    .requiredOption("--out <file>", "file da scrivere")
    .action((o: { campaign: number; format: "xlsx" | "csv"; delimiter: ";" | ","; out: string }) =>
      run(() =>
        withStore(async (store) => {
          const { campaign, rows } = await templateFor(store.db, o.campaign);
          const bytes =
            o.format === "xlsx"
              ? await writeTemplateXlsx(campaign, rows)
              : writeTemplateCsv(campaign, rows, { delimiter: o.delimiter });
          await writeFile(o.out, bytes);
          ctx.out(translate("cli.monitor.written", { file: o.out, n: rows.length }, ctx.lang));
          return EXIT_OK;
        }),
      ),
    );
  monitor
    .command("import")
    .description("legge il modulo compilato e registra le rilevazioni (tutto o niente)")
    .argument("<file>", "modulo compilato (.xlsx o .csv)")
    .addOption(campaignOption())
    .option("--solo-valide", "importa le righe valide ed esclude le altre (elencate)")
    .addOption(asOption())
    .action((file: string, o: { campaign?: number; soloValide?: boolean; as?: string }) =>
      run(async () => {
        const sheet = await readMonitoringSheet(await readFile(file), basename(file));
        printDiagnostics(ctx, sheet.diagnostics, basename(file));
        const campaignId = o.campaign ?? sheet.campaignId;
        if (campaignId === null) {
          ctx.err(translate("cli.monitor.noCampaign", {}, ctx.lang));
          return EXIT_INVALID;
        }
        if (
          o.campaign !== undefined &&
          sheet.campaignId !== null &&
          sheet.campaignId !== o.campaign
        ) {
          ctx.err(
            translate(
              "cli.monitor.campaignMismatch",
              { file: String(sheet.campaignId), given: String(o.campaign) },
              ctx.lang,
            ),
          );
          return EXIT_INVALID;
        }
        if (hasErrors(sheet.diagnostics) && !o.soloValide) {
          const n = sheet.diagnostics.filter((d) => d.severity === "error").length;
          ctx.err(translate("monitor.rowsInvalid", { n }, ctx.lang));
          return EXIT_INVALID;
        }
        return withStore(async (store) => {
          const actor = await actorFrom(store.db, o.as);
          const outcome = await importSheet(store, actor, campaignId, sheet.rows, {
            validOnly: o.soloValide,
          });
          printDiagnostics(ctx, outcome.diagnostics, basename(file));
          const count = (s: string) => outcome.rows.filter((r) => r.status === s).length;
          ctx.out(
            translate(
              "cli.monitor.imported",
              {
                created: count("created"),
                updated: count("updated"),
                unchanged: count("unchanged"),
                empty: count("empty"),
              },
              ctx.lang,
            ),
          );
          const skipped =
            sheet.diagnostics.filter((d) => d.severity === "error").length +
            outcome.diagnostics.length;
          if (skipped > 0) ctx.out(translate("cli.monitor.skipped", { n: skipped }, ctx.lang));
          return EXIT_OK;
        });
      }),
    );
}
