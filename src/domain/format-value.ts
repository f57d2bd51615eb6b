/** Targets and measured values as Italian users read them: 31/12/2025, 80%, 1.234,5, SÌ. */
import type { MeasuredValue } from "./achievement/types.ts";
import type { TargetValue } from "./plan.ts";

export function formatItalianDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function formatItalianNumber(value: number): string {
  return value.toLocaleString("it-IT", { maximumFractionDigits: 4 });
}

export function formatTarget(value: TargetValue | null): string {
  if (value === null) return "";
  switch (value.kind) {
    case "deadline":
      return formatItalianDate(value.date);
    case "number":
      return formatItalianNumber(value.value);
    case "percent":
      return `${formatItalianNumber(value.value)}%`;
    case "boolean":
      return value.value ? "SÌ" : "NO";
  }
}

/** `notYet` is how a deadline not yet met reads ("non ancora"). */
export function formatMeasured(value: MeasuredValue | null, notYet = "non ancora"): string {
  if (value === null) return "";
  if (value.kind === "deadline")
    return value.doneOn === null ? notYet : formatItalianDate(value.doneOn);
  return formatTarget(value);
}

/** "26/11/2026, 12:22" from an ISO timestamp, in Italian time. */
export function formatItalianDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString("it-IT", {
    timeZone: "Europe/Rome",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}
