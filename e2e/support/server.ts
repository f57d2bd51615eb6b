/** Starts e2e/support/server-main.ts as a child process and stops it. */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("./server-main.ts", import.meta.url));
const READY = /PIAO_E2E_PORT=(\d+)/;

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234, without a trailing slash. */
  url: string;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  /** Monitoring campaigns open from the start, as kind-year (ids 1, 2, … in this order). */
  campaigns?: string[];
  /** A monitoring spreadsheet whose figures go into the first campaign. */
  figures?: string;
  /** The plan published on the transparency portal (with `figures`, the first campaign closed and published too). */
  publish?: boolean;
  /** Synthetic administrations with published plans and year-end results, after the seed. */
  synthetic?: number;
  /** The seed plan gets the sample records of 2.1, 2.3 and 3.x (test/support/sample-sections.ts). */
  sections?: boolean;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", MAIN], {
    stdio: ["pipe", "pipe", "pipe"],
    env: {
      ...process.env,
      PIAO_LANG: "it",
      PIAO_E2E_STOP_WITH_PARENT: "1",
      PIAO_E2E_CAMPAIGNS: (options.campaigns ?? []).join(","),
      PIAO_E2E_FIGURES: options.figures ?? "",
      PIAO_E2E_PUBLISH: options.publish ? "1" : "",
      PIAO_E2E_SYNTHETIC: String(options.synthetic ?? 0),
      PIAO_E2E_SECTIONS: options.sections ? "1" : "",
    },
  });
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1]) resolve(Number(match[1]));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) =>
      reject(new Error(`the e2e server exited (${code}) before listening:\n${output}`)),
    );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    },
  };
}
