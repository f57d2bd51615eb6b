/** What every command needs: configuration, language, an open store, and the exit codes. */
import { z } from "zod";
import { loadConfig } from "../config.ts";
import { type Lang, langFromEnv } from "../i18n/index.ts";
import { openStore, type Store } from "../store/database.ts";

/** Exit codes: 0 ok, 1 invalid input (or nothing to act on), 2 usage. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export interface CliContext {
  lang: Lang;
  out: (line?: string) => void;
  err: (line?: string) => void;
}

export function createContext(): CliContext {
  const lang = langFromEnv();
  // Zod's own messages (in bundle diagnostics) in the user's language.
  z.config(lang === "it" ? z.locales.it() : z.locales.en());
  return {
    lang,
    out: (line = "") => process.stdout.write(`${line}\n`),
    err: (line = "") => process.stderr.write(`${line}\n`),
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
