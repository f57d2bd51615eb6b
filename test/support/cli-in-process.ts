/**
 * The `piao` commands run inside the test process (a spawned CLI takes
 * seconds to start): the store chosen by the environment as the real
 * command chooses it, output captured, exit codes as main.ts gives them.
 */
import { Command, CommanderError } from "commander";
import { z } from "zod";
import { type CliContext, EXIT_INVALID, EXIT_USAGE } from "../../src/cli/context.ts";
import type { StoreTarget } from "../../src/config.ts";
import { translate } from "../../src/i18n/index.ts";
import { AppError } from "../../src/services/errors.ts";

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Points the commands' store (loadConfig) at `target`, as PIAO_DB or DATABASE_URL would. */
export function useStore(target: StoreTarget): void {
  delete process.env.DATABASE_URL;
  delete process.env.PIAO_PG_SCHEMA;
  delete process.env.PIAO_DB;
  if (target.engine === "sqlite") process.env.PIAO_DB = target.path;
  else {
    process.env.DATABASE_URL = target.url;
    if (target.schema) process.env.PIAO_PG_SCHEMA = target.schema;
  }
}

/** Runs `work` with a context that keeps what it prints; an AppError ends it as main.ts ends it. */
export async function capture(work: (ctx: CliContext) => Promise<number>): Promise<InProcessRun> {
  const out: string[] = [];
  const err: string[] = [];
  // As createContext does: zod's messages in Italian.
  z.config(z.locales.it());
  const ctx: CliContext = {
    lang: "it",
    out: (line = "") => out.push(line),
    err: (line = "") => err.push(line),
    write: (text) => out.push(text.replace(/\n$/, "")),
    writeErr: (text) => err.push(text.replace(/\n$/, "")),
  };
  let code: number;
  try {
    code = await work(ctx);
  } catch (error) {
    if (error instanceof CommanderError) code = EXIT_USAGE;
    else if (error instanceof AppError) {
      err.push(translate(error.messageCode, error.params, "it"));
      code = EXIT_INVALID;
    } else throw error;
  }
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

type Register = (
  program: Command,
  ctx: CliContext,
  run: (work: () => Promise<number>) => Promise<void>,
) => void;

/** Parses `args` with the commands `register` adds, as `piao …` would. */
export function runCommands(register: Register, args: string[]): Promise<InProcessRun> {
  return capture(async (ctx) => {
    let code = 0;
    const program = new Command("piao")
      .exitOverride()
      .configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s) });
    register(program, ctx, async (work) => {
      code = await work();
    });
    await program.parseAsync(args, { from: "user" });
    return code;
  });
}
