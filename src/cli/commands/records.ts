/**
 * `piao records show|set`: one group of a plan's section records (2.1,
 * letters e–f, 2.3, 3.1–3.3) shown, or replaced from a JSON file holding the
 * group as `piao export` writes it. A replacement is an edit of the current
 * edition (services/section-records-editing.ts): checked with the plan's
 * rules, stored as a new edition, nothing written on any error.
 */
import { readFile } from "node:fs/promises";
import { Argument, type Command, Option } from "commander";
import { can } from "../../domain/authorization.ts";
import { type Diagnostic, error } from "../../domain/diagnostics.ts";
import { SECTION_RECORD_FIELDS, type SectionRecordField } from "../../domain/sections/index.ts";
import { translate } from "../../i18n/index.ts";
import { AppError } from "../../services/errors.ts";
import { resolvePlan } from "../../services/plan-edition.ts";
import {
  editErrors,
  readSectionRecords,
  replaceSectionRecords,
  SECTION_RECORD_GROUPS,
  SECTION_RECORD_SCHEMAS,
} from "../../services/section-records-editing.ts";
import type { Store } from "../../store/database.ts";
import { type CliContext, EXIT_INVALID, EXIT_OK, withStore } from "../context.ts";
import { printDiagnostics } from "../print-diagnostics.ts";
import {
  actorFrom,
  asOption,
  planIdFrom,
  planOption,
  positiveInt,
  type Runner,
} from "./cycle/common.ts";

export interface RecordsShowOptions {
  plan?: number;
  format?: "text" | "json";
}

export interface RecordsSetOptions {
  plan?: number;
  /** The edition the file was made from; the current one when absent. */
  edition?: number;
  /** Who changes the records (a user who may edit the plan); the audit says "records" when absent. */
  as?: string;
}

const groupArgument = () =>
  new Argument("<gruppo>", "gruppo di record").choices(SECTION_RECORD_GROUPS);

const label = (ctx: CliContext, group: SectionRecordField) =>
  translate(`records.group.${group}`, {}, ctx.lang);

/** One line per record: its plain values, in the order the bundle writes them. */
function recordLine(item: unknown): string {
  if (item === null || typeof item !== "object") return String(item);
  return Object.values(item)
    .filter((v) => v !== null && typeof v !== "object")
    .join(" · ");
}

export async function runRecordsShow(
  ctx: CliContext,
  group: SectionRecordField,
  options: RecordsShowOptions,
): Promise<number> {
  const read = await withStore(async (store) =>
    readSectionRecords(store.db, await planIdFrom(store.db, options.plan), group),
  );
  if (options.format === "json") {
    ctx.out(JSON.stringify(read.records, null, 2));
    return EXIT_OK;
  }
  const t = (code: string, params: Record<string, string | number>) =>
    translate(code, params, ctx.lang);
  ctx.out(
    t("cli.records.heading", {
      label: label(ctx, group),
      plan: read.planId,
      edition: read.edition,
    }),
  );
  for (const [list, value] of Object.entries(read.records)) {
    if (!Array.isArray(value)) {
      ctx.out(`${list}: ${JSON.stringify(value)}`);
      continue;
    }
    ctx.out(t("cli.records.list", { list, n: value.length }));
    for (const item of value) ctx.out(`  - ${recordLine(item)}`);
  }
  return EXIT_OK;
}

/** "processes[0].unitKey" from zod's path, under the group. */
function bundleField(group: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (field, p) => (typeof p === "number" ? `${field}[${p}]` : `${field}.${String(p)}`),
    group,
  );
}

/** The file's group, or the diagnostics that say why it is not one. */
async function readGroupFile(file: string, group: SectionRecordField) {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = e instanceof Error && "code" in e ? String(e.code) : "";
    const reason = ["ENOENT", "EACCES", "EISDIR"].includes(code)
      ? `msg:cli.fileError.${code}`
      : String(e);
    return { diagnostics: [error("cli.cannotRead", null, { file, reason })] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const problem = e instanceof Error ? e.message : String(e);
    return { diagnostics: [error("bundle.badJson", null, { problem })] };
  }
  const parsed = SECTION_RECORD_SCHEMAS[group].safeParse(raw);
  if (parsed.success) return { records: parsed.data, diagnostics: [] };
  const diagnostics = parsed.error.issues.slice(0, 200).map(
    (issue): Diagnostic => ({
      ...error("bundle.invalidField", null, { problem: issue.message }),
      field: bundleField(group, issue.path),
    }),
  );
  return { diagnostics };
}

async function actorOf(store: Store, username: string | undefined, planId: number) {
  if (username === undefined) {
    return { username: "records", role: "admin" as const, administrationId: null, unitKey: null };
  }
  const actor = await actorFrom(store.db, username);
  const { administrationId } = await resolvePlan(store.db, { planId });
  if (!can(actor, "plan.edit", { administrationId })) {
    throw new AppError("forbidden", "auth.forbidden");
  }
  return actor;
}

function rejected(ctx: CliContext, diagnostics: readonly Diagnostic[]): number {
  printDiagnostics(ctx, diagnostics);
  ctx.err(translate("cli.records.rejected", { n: editErrors(diagnostics).length }, ctx.lang));
  return EXIT_INVALID;
}

export async function runRecordsSet(
  ctx: CliContext,
  group: SectionRecordField,
  file: string,
  options: RecordsSetOptions,
): Promise<number> {
  const read = await readGroupFile(file, group);
  if (!read.records) return rejected(ctx, read.diagnostics);
  const { records } = read;
  return withStore(async (store) => {
    const planId = await planIdFrom(store.db, options.plan);
    const actor = await actorOf(store, options.as, planId);
    const current = await readSectionRecords(store.db, planId, group);
    const outcome = await replaceSectionRecords(store, actor, {
      planId,
      group,
      records,
      expectedEdition: options.edition ?? current.edition,
    });
    if (!outcome.ok) return rejected(ctx, outcome.diagnostics);
    const code = outcome.status === "unchanged" ? "cli.records.unchanged" : "cli.records.stored";
    ctx.out(
      translate(
        code,
        { label: label(ctx, group), plan: String(planId), edition: String(outcome.edition) },
        ctx.lang,
      ),
    );
    return EXIT_OK;
  });
}

export function registerRecords(program: Command, ctx: CliContext, run: Runner): void {
  const records = program.command("records").description(
    `i record delle sezioni 2.1, 2.3 e 3 di un piano, per gruppo (${Object.entries(
      SECTION_RECORD_FIELDS,
    )
      .map(([group, section]) => `${group} = ${section}`)
      .join(", ")})`,
  );
  records
    .command("show")
    .description("mostra i record di un gruppo dell'edizione in vigore")
    .addArgument(groupArgument())
    .addOption(planOption())
    .addOption(
      new Option("--format <formato>", "formato di uscita")
        .choices(["text", "json"])
        .default("text"),
    )
    .action((group: SectionRecordField, opts: RecordsShowOptions) =>
      run(() => runRecordsShow(ctx, group, opts)),
    );
  records
    .command("set")
    .description(
      "sostituisce i record di un gruppo con quelli del file JSON (come li scrive «piao export»): una nuova edizione",
    )
    .addArgument(groupArgument())
    .argument("<file>", "file JSON con il gruppo di record")
    .addOption(planOption())
    .addOption(
      new Option("--edition <n>", "l'edizione da cui è stato preparato il file").argParser(
        positiveInt,
      ),
    )
    .addOption(asOption())
    .action((group: SectionRecordField, file: string, opts: RecordsSetOptions) =>
      run(() => runRecordsSet(ctx, group, file, opts)),
    );
}
