/**
 * Runs the `piao` command: `runCli` inside the test process through the same
 * `main` the binary runs (a spawned CLI spends seconds starting), with the
 * given environment in place of the command's own for the duration;
 * `spawnCli` as a user would, in a child process, for what only the real
 * binary shows.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CliContext } from "../../src/cli/context.ts";
import { main } from "../../src/cli/program.ts";
import { langFromEnv } from "../../src/i18n/index.ts";
import { SEED_URL } from "./seed-expected.ts";

export const BIN = fileURLToPath(new URL("../../bin/piao.js", import.meta.url));
export const SEED = fileURLToPath(SEED_URL);

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The variables a command reads: cleared for an in-process run, so only `env` counts. */
const COMMAND_ENV = /^(PIAO_|DATABASE_URL$|LANG$|LC_|SMTP_|OIDC_)/;

/** A context that keeps what the command prints, in the language `env` chooses. */
export function capturingContext(env: NodeJS.ProcessEnv = process.env): {
  ctx: CliContext;
  output: () => { stdout: string; stderr: string };
} {
  let stdout = "";
  let stderr = "";
  const ctx: CliContext = {
    lang: langFromEnv(env),
    out: (line = "") => {
      stdout += `${line}\n`;
    },
    err: (line = "") => {
      stderr += `${line}\n`;
    },
    write: (text) => {
      stdout += text;
    },
    writeErr: (text) => {
      stderr += text;
    },
  };
  return { ctx, output: () => ({ stdout, stderr }) };
}

/** `piao …args` in this process, with `env` as the command's environment. */
export async function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  const saved = Object.entries(process.env).filter(([k]) => COMMAND_ENV.test(k));
  for (const [k] of saved) delete process.env[k];
  Object.assign(process.env, env);
  try {
    const { ctx, output } = capturingContext();
    const code = await main(["node", "piao", ...args], ctx);
    return { code, ...output() };
  } finally {
    for (const k of Object.keys(env)) delete process.env[k];
    for (const [k, v] of saved) process.env[k] = v;
  }
}

/** `piao …args` in a child process, as a user would run it. */
export function spawnCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The environment that points the command at a test store. */
export function storeEnv(
  target: { engine: "sqlite"; path: string } | { engine: "postgres"; url: string; schema?: string },
): Record<string, string> {
  if (target.engine === "sqlite") return { PIAO_DB: target.path };
  return { DATABASE_URL: target.url, ...(target.schema ? { PIAO_PG_SCHEMA: target.schema } : {}) };
}
