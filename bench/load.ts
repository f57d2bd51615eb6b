/** What the HTTP benchmarks share: the machine's description, autocannon's numbers as table cells. */
import { cpus, loadavg } from "node:os";
import type autocannon from "autocannon";

export const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/** "node v20…; 2 cores (…); load average …". */
export function machineLine(): string {
  const cpu = cpus();
  return `node ${process.version}; ${cpu.length} cores (${cpu[0]?.model.trim() ?? "?"}); load average ${loadAverage()}`;
}

export const ms = (n: number) => `${n.toLocaleString("en-US", { maximumFractionDigits: 1 })} ms`;

export const perSecond = (r: autocannon.Result) =>
  Math.round(r.requests.average).toLocaleString("en-US");

/** "0", or the count and share of answers that were not 2xx (flagged). */
export function non2xxCell(r: autocannon.Result): string {
  const total = r["2xx"] + r.non2xx;
  const rate = total > 0 ? (100 * r.non2xx) / total : 0;
  return r.non2xx > 0 ? `⚠ ${r.non2xx} (${rate.toFixed(2)} %)` : "0";
}
