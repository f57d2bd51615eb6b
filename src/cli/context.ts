/** What every command needs: configuration, language, an open store, and the exit codes. */
import { loadConfig } from "../config.ts";
import { type Lang, langFromEnv } from "../i18n/index.ts";
import { openStore, type Store } from "../store/database.ts";

/** Exit codes: 0 ok, 1 invalid input (or nothing to act on), 2 usage. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export interface CliContext {
  lang: Lang;
  /** A line on standard output. */
  out: (line?: string) => void;
  /** A line on standard error. */
  err: (line?: string) => void;
  /** Text on standard output as it is (a file's content, commander's help). */
  write: (text: string) => void;
  /** Text on standard error as it is. */
  writeErr: (text: string) => void;
}

export function createContext(): CliContext {
  const lang = langFromEnv();
  return {
    lang,
    out: (line = "") => process.stdout.write(`${line}\n`),
    err: (line = "") => process.stderr.write(`${line}\n`),
    write: (text) => process.stdout.write(text),
    writeErr: (text) => process.stderr.write(text),
  };
}

/** Opens the configured store, runs `work`, and always closes it. */
export async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(loadConfig().store);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
