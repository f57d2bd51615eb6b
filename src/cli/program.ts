/**
 * The `piao` command, runnable in any process: `main` parses the arguments,
 * runs the command and answers its exit code (0 ok, 1 invalid input, 2
 * usage), writing only through the context. The entry point is main.ts.
 */
import { Command, CommanderError, Help, InvalidArgumentError, Option } from "commander";
import { z } from "zod";
import { ConfigError } from "../config.ts";
import { translate } from "../i18n/index.ts";
import { AppError } from "../services/errors.ts";
import { MigrationError } from "../store/database.ts";
import { runCheck } from "./commands/check.ts";
import { registerAudit } from "./commands/cycle/audit.ts";
import { registerCampaign } from "./commands/cycle/campaign.ts";
import type { Runner } from "./commands/cycle/common.ts";
import { registerFigures } from "./commands/cycle/figures.ts";
import { registerMonitor } from "./commands/cycle/monitor.ts";
import { registerPerformance } from "./commands/cycle/performance.ts";
import { registerPublish } from "./commands/cycle/publish.ts";
import { registerReprogram } from "./commands/cycle/reprogram.ts";
import { registerSettings } from "./commands/cycle/settings.ts";
import { registerUsers } from "./commands/cycle/users.ts";
import { runDemo } from "./commands/demo.ts";
import { runExport } from "./commands/export.ts";
import { runImport } from "./commands/import.ts";
import { runPlans } from "./commands/plans.ts";
import { registerRecords } from "./commands/records.ts";
import { registerReminders } from "./commands/reminders.ts";
import { registerReport } from "./commands/report.ts";
import { runServe } from "./commands/serve.ts";
import { registerTokens } from "./commands/tokens.ts";
import { registerWorkflow } from "./commands/workflow.ts";
import { type CliContext, createContext, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./context.ts";
import { printDiagnostics } from "./print-diagnostics.ts";

function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new InvalidArgumentError(
      "serve un numero intero positivo / a positive whole number is required",
    );
  }
  return Number(value);
}

const planOption = () =>
  new Option("--plan <id>", "id del piano (vedi «piao plans»); di norma il più recente").argParser(
    positiveInt,
  );
const editionOption = () =>
  new Option("--edition <n>", "numero dell'edizione; di norma quella in vigore").argParser(
    positiveInt,
  );

/** Commander's own words in Italian: help headings and the usual usage errors. */
const ITALIAN_HELP: [RegExp, string][] = [
  [/^Usage:/gm, "Uso:"],
  [/^Options:/gm, "Opzioni:"],
  [/^Commands:/gm, "Comandi:"],
  [/^Arguments:/gm, "Argomenti:"],
  [/\[options\]/g, "[opzioni]"],
  [/\[command\]/g, "[comando]"],
  [/\(choices: /g, "(valori: "],
  [/\(default: /g, "(predefinito: "],
];
const ITALIAN_ERRORS: [RegExp, string][] = [
  [/^error: unknown command '(.*)'/m, "errore: comando sconosciuto «$1»"],
  [/^error: missing required argument '(.*)'/m, "errore: manca l'argomento obbligatorio «$1»"],
  [/^error: required option '(.*)' not specified/m, "errore: manca l'opzione obbligatoria «$1»"],
  [/^error: unknown option '(.*)'/m, "errore: opzione sconosciuta «$1»"],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./m,
    "errore: «$2» non è un valore ammesso per «$1» (ammessi: $3)",
  ],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\./m,
    "errore: «$2» non è un valore valido per «$1».",
  ],
  [/^error: too many arguments.*/m, "errore: troppi argomenti"],
];

function italianise(text: string, rules: [RegExp, string][]): string {
  return rules.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}

function localise(program: Command, ctx: CliContext): void {
  if (ctx.lang !== "it") return;
  program.configureHelp({
    formatHelp: (cmd, helper) =>
      italianise(Help.prototype.formatHelp.call(helper, cmd, helper), ITALIAN_HELP),
  });
  program.configureOutput({
    outputError: (text, write) => write(italianise(text, ITALIAN_ERRORS)),
  });
}

function buildProgram(ctx: CliContext, setExit: (code: number) => void): Command {
  const program = new Command("piao")
    .description(
      "PIAO — Piano Integrato di Attività e Organizzazione come dati strutturati.\n" +
        "Database: SQLite in ./data/piao.db (o nel file PIAO_DB); PostgreSQL se DATABASE_URL=postgres://…",
    )
    .version("0.1.0", "-V, --version", "mostra la versione")
    .helpOption("-h, --help", "mostra questo aiuto")
    .helpCommand("help [comando]", "mostra l'aiuto di un comando")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: ctx.write, writeErr: ctx.writeErr });
  localise(program, ctx);
  program
    .command("demo")
    .description(
      "carica il PIAO di esempio (Città metropolitana di Bologna) e ne mostra riepilogo e verifica",
    )
    .action(async () => setExit(await runDemo(ctx)));
  program
    .command("serve")
    .description("avvia l'applicazione web (http://localhost:3000; PIAO_PORT per un'altra porta)")
    .option(
      "--demo",
      "carica il PIAO di esempio se il database è vuoto e crea un account per ruolo",
    )
    .action(async (opts: { demo?: boolean }) =>
      setExit(await runServe(ctx, { demo: opts.demo === true })),
    );
  program
    .command("import")
    .description(
      "importa un PIAO (testo come il documento di esempio, o bundle JSON) in un'unica transazione",
    )
    .argument("<file>", "file da importare (.txt in UTF-8 o Windows-1252, oppure .json)")
    .option("--dry-run", "legge e valida il file senza scrivere nel database")
    .option("--as <utente>", "chi importa, per lo storico delle modifiche (o variabile PIAO_USER)")
    .action(async (file: string, opts: { dryRun?: boolean; as?: string }) =>
      setExit(await runImport(ctx, file, opts)),
    );
  program
    .command("export")
    .description("esporta un piano completo")
    .addOption(
      new Option("--format <formato>", "formato di uscita").choices(["json"]).makeOptionMandatory(),
    )
    .addOption(planOption())
    .addOption(editionOption())
    .option("--out <file>", "scrive nel file invece che sullo standard output")
    .action(async (opts: { format: "json"; plan?: number; edition?: number; out?: string }) =>
      setExit(
        await runExport(ctx, {
          format: opts.format,
          planId: opts.plan,
          edition: opts.edition,
          out: opts.out,
        }),
      ),
    );
  program
    .command("check")
    .description("verifica completezza (sezioni, lettere a–g della legge) e coerenza di un piano")
    .addOption(planOption())
    .addOption(editionOption())
    .addOption(
      new Option("--format <formato>", "formato del rapporto")
        .choices(["text", "json"])
        .default("text"),
    )
    .action(async (opts: { plan?: number; edition?: number; format: "text" | "json" }) =>
      setExit(
        await runCheck(ctx, { planId: opts.plan, edition: opts.edition, format: opts.format }),
      ),
    );
  program
    .command("plans")
    .description("elenca i piani nel database")
    .action(async () => setExit(await runPlans(ctx)));
  const run: Runner = async (work) => setExit(await work());
  for (const register of [
    registerUsers,
    registerCampaign,
    registerMonitor,
    registerFigures,
    registerPerformance,
    registerReprogram,
    registerReport,
    registerAudit,
    registerSettings,
    registerReminders,
    registerTokens,
    registerPublish,
    registerWorkflow,
    registerRecords,
  ]) {
    register(program, ctx, run);
  }
  return program;
}

function reportError(ctx: CliContext, error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version")
      return EXIT_OK;
    if (error.code === "commander.help") return EXIT_OK;
    return EXIT_USAGE;
  }
  if (error instanceof AppError) {
    printDiagnostics(ctx, error.diagnostics);
    ctx.err(translate(error.messageCode, error.params, ctx.lang));
    for (const c of error.changes) {
      ctx.err(
        `  ${c.field}: ${JSON.stringify(c.current)} (${ctx.lang === "it" ? "tuo" : "yours"}: ${JSON.stringify(c.expected)})`,
      );
    }
    return EXIT_INVALID;
  }
  if (error instanceof ConfigError) {
    ctx.err(error.message);
    return EXIT_USAGE;
  }
  if (error instanceof MigrationError) {
    ctx.err(error.message);
    return EXIT_INVALID;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.err(translate("cli.internalError", { message }, ctx.lang));
  if (process.env.PIAO_DEBUG) console.error(error);
  return EXIT_INVALID;
}

export async function main(argv: string[], ctx: CliContext = createContext()): Promise<number> {
  // Zod's own messages (in bundle diagnostics) in the user's language.
  z.config(ctx.lang === "it" ? z.locales.it() : z.locales.en());
  let exitCode = EXIT_OK;
  const program = buildProgram(ctx, (code) => {
    exitCode = code;
  });
  if (argv.length <= 2) {
    program.outputHelp();
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    return reportError(ctx, error);
  }
  return exitCode;
}
