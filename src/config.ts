/**
 * Configuration, read once from the environment into a typed, frozen object.
 * Every invalid variable is reported together.
 */
import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  PIAO_DB: z.string().min(1).optional(),
  PIAO_PG_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, "must be a lower-case SQL identifier")
    .optional(),
  PIAO_LANG: z.enum(["it", "en"]).optional(),
});

export type StoreTarget =
  | { engine: "sqlite"; path: string }
  | { engine: "postgres"; url: string; schema?: string };

export interface Config {
  store: StoreTarget;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configurazione non valida:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export const DEFAULT_SQLITE_PATH = "./data/piao.db";

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const { DATABASE_URL, PIAO_DB, PIAO_PG_SCHEMA } = parsed.data;
  const store: StoreTarget = DATABASE_URL
    ? {
        engine: "postgres",
        url: DATABASE_URL,
        ...(PIAO_PG_SCHEMA ? { schema: PIAO_PG_SCHEMA } : {}),
      }
    : { engine: "sqlite", path: PIAO_DB ?? DEFAULT_SQLITE_PATH };
  return Object.freeze({ store: Object.freeze(store) });
}
