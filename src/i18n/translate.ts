/**
 * Messages users read, in Italian first and English second.
 * Every catalog maps a message code to its two texts, with {name} placeholders.
 */
import type { Diagnostic } from "../domain/diagnostics.ts";

export type Lang = "it" | "en";
/** Texts of one message; `itOne`/`enOne` are used when the parameter `n` is 1. */
export type Catalog = Record<string, { it: string; en: string; itOne?: string; enOne?: string }>;

const catalogs: Catalog[] = [];

/** A parameter value "msg:<code>" is itself translated (e.g. the name of a record kind). */
const MESSAGE_PARAM = "msg:";

/** Adds a module's messages; codes must be unique across catalogs. */
export function registerCatalog(catalog: Catalog): void {
  for (const code of Object.keys(catalog)) {
    if (catalogs.some((c) => code in c)) throw new Error(`duplicate message code ${code}`);
  }
  catalogs.push(catalog);
}

/** The language from PIAO_LANG, then LANG ("en_GB.UTF-8" → en); Italian by default. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const raw = (env.PIAO_LANG ?? env.LANG ?? "it").toLowerCase();
  return raw.startsWith("en") ? "en" : "it";
}

export function translate(
  code: string,
  params: Record<string, string | number> = {},
  lang: Lang = "it",
): string {
  const entry = catalogs.find((c) => code in c)?.[code];
  if (!entry) return `${code} ${JSON.stringify(params)}`;
  const one = params.n === 1 ? (lang === "it" ? entry.itOne : entry.enOne) : undefined;
  return (one ?? entry[lang]).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === "string" && value.startsWith(MESSAGE_PARAM)) {
      return translate(value.slice(MESSAGE_PARAM.length), {}, lang);
    }
    return typeof value === "number" ? formatNumber(value, lang) : formatIsoText(value);
  });
}

/**
 * Timestamps in a message read the Italian way (dd/mm/yyyy hh:mm, Italian time).
 * Plain dates are left as given: they may be what the user typed, right or wrong.
 */
function formatIsoText(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? formatItalianDateTime(value) : value;
}

export function formatNumber(value: number, lang: Lang = "it"): string {
  return value.toLocaleString(lang === "it" ? "it-IT" : "en-GB", { maximumFractionDigits: 4 });
}

/** "31/12/2025" from "2025-12-31": the way Italian users read dates. */
export { formatItalianDate as formatDate } from "../domain/format-value.ts";

import { formatItalianDateTime } from "../domain/format-value.ts";

/** "riga 12: Il file è vuoto" / "line 12: The file is empty". */
export function formatDiagnostic(d: Diagnostic, lang: Lang = "it"): string {
  const line = d.line === null ? "" : `${lang === "it" ? "riga" : "line"} ${d.line}`;
  const field = d.field ? `${lang === "it" ? "campo" : "field"} ${d.field}` : "";
  const where = line || field ? `${[line, field].filter(Boolean).join(", ")}: ` : "";
  const tag =
    d.severity === "error"
      ? lang === "it"
        ? "ERRORE"
        : "ERROR"
      : lang === "it"
        ? "AVVISO"
        : "WARNING";
  return `${tag} ${where}${translate(d.code, d.params, lang)}`;
}
