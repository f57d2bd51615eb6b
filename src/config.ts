/**
 * Configuration, read once from the environment into a typed, frozen object.
 * Every invalid variable is reported together.
 */
import { z } from "zod";

const optionalUrl = (what: string) =>
  z
    .string()
    .regex(/^https?:\/\/[^\s]+$/, `must be an http(s) URL (${what})`)
    .optional();

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
  PIAO_PORT: z
    .string()
    .regex(/^\d{1,5}$/, "must be a port number")
    .optional(),
  PIAO_HOST: z.string().min(1).optional(),
  PIAO_PUBLIC_URL: optionalUrl("the address users reach the product at").optional(),
  PIAO_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  PIAO_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  PIAO_MAIL_FROM: z.string().min(3).optional(),
  PIAO_OIDC_ISSUER: optionalUrl("the OpenID Connect provider").optional(),
  PIAO_OIDC_CLIENT_ID: z.string().min(1).optional(),
  PIAO_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  PIAO_OIDC_LABEL: z.string().min(1).optional(),
  PIAO_OPEN_DATA_LICENSE_URL: optionalUrl("the open-data licence").optional(),
  PIAO_OPEN_DATA_LICENSE_NAME: z.string().trim().min(1).max(200).optional(),
});

export type StoreTarget =
  | { engine: "sqlite"; path: string }
  | { engine: "postgres"; url: string; schema?: string };

/** An OpenID Connect provider, as SPID/CIE gateways are offered to administrations. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the sign-in button says, e.g. "Entra con SPID o CIE". */
  label: string;
}

export interface MailConfig {
  smtpUrl: string;
  from: string;
}

/** The licence the open data are published under (dct:license of the catalogue). */
export interface OpenDataConfig {
  licenseUrl: string;
  licenseName: string;
}

export const DEFAULT_OPEN_DATA_LICENSE: OpenDataConfig = Object.freeze({
  licenseUrl: "https://creativecommons.org/licenses/by/4.0/",
  licenseName: "Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)",
});

export interface WebConfig {
  port: number;
  host: string;
  /** Where users reach the product, for links in e-mails and calendar feeds. */
  publicUrl: string;
  /** Signs cookies; when absent, a secret generated at first start is kept in the database. */
  secret: string | null;
  oidc: OidcConfig | null;
  mail: MailConfig | null;
  openData: OpenDataConfig;
}

export interface Config {
  store: StoreTarget;
  web: WebConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configurazione non valida:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export const DEFAULT_SQLITE_PATH = "./data/piao.db";
export const DEFAULT_PORT = 3000;

type Env = z.infer<typeof EnvSchema>;

function oidcFrom(env: Env, problems: string[]): OidcConfig | null {
  const { PIAO_OIDC_ISSUER: issuer, PIAO_OIDC_CLIENT_ID: clientId } = env;
  const clientSecret = env.PIAO_OIDC_CLIENT_SECRET;
  if (!issuer && !clientId && !clientSecret) return null;
  if (!issuer || !clientId || !clientSecret) {
    problems.push(
      "PIAO_OIDC_ISSUER, PIAO_OIDC_CLIENT_ID, PIAO_OIDC_CLIENT_SECRET: all three are needed together",
    );
    return null;
  }
  return { issuer, clientId, clientSecret, label: env.PIAO_OIDC_LABEL ?? "Entra con SPID o CIE" };
}

function openDataFrom(env: Env, problems: string[]): OpenDataConfig {
  const { PIAO_OPEN_DATA_LICENSE_URL: licenseUrl, PIAO_OPEN_DATA_LICENSE_NAME: licenseName } = env;
  if (!licenseUrl && !licenseName) return DEFAULT_OPEN_DATA_LICENSE;
  if (!licenseUrl || !licenseName) {
    problems.push(
      "PIAO_OPEN_DATA_LICENSE_URL, PIAO_OPEN_DATA_LICENSE_NAME: both are needed together",
    );
    return DEFAULT_OPEN_DATA_LICENSE;
  }
  return Object.freeze({ licenseUrl, licenseName });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const data = parsed.data;
  const problems: string[] = [];
  const { DATABASE_URL, PIAO_DB, PIAO_PG_SCHEMA } = data;
  const store: StoreTarget = DATABASE_URL
    ? {
        engine: "postgres",
        url: DATABASE_URL,
        ...(PIAO_PG_SCHEMA ? { schema: PIAO_PG_SCHEMA } : {}),
      }
    : { engine: "sqlite", path: PIAO_DB ?? DEFAULT_SQLITE_PATH };
  const port = data.PIAO_PORT === undefined ? DEFAULT_PORT : Number(data.PIAO_PORT);
  if (port < 1 || port > 65535) problems.push("PIAO_PORT: must be between 1 and 65535");
  const host = data.PIAO_HOST ?? "localhost";
  const web: WebConfig = {
    port,
    host,
    publicUrl: (data.PIAO_PUBLIC_URL ?? `http://${host}:${port}`).replace(/\/+$/, ""),
    secret: data.PIAO_SECRET ?? null,
    oidc: oidcFrom(data, problems),
    mail: data.PIAO_SMTP_URL
      ? { smtpUrl: data.PIAO_SMTP_URL, from: data.PIAO_MAIL_FROM ?? "piao@localhost" }
      : null,
    openData: openDataFrom(data, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({ store: Object.freeze(store), web: Object.freeze(web) });
}
