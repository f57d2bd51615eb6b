/** Runs the real `piao` command in a child process, as a user would. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SEED_URL } from "./seed-expected.ts";

export const BIN = fileURLToPath(new URL("../../bin/piao.js", import.meta.url));
export const SEED = fileURLToPath(SEED_URL);

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
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
