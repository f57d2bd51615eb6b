/**
 * Web pages benchmark: the server of the browser tests (its own process, a
 * fresh SQLite file with the seed plan, its year-end 2025 campaign with the
 * seed's figures) on 127.0.0.1, the planning office
 * signed in through the form, then autocannon on each URL: requests per
 * second and latency. A URL that does not answer 2xx is reported, not measured;
 * non-2xx answers during a measurement are counted and flagged.
 *
 *   npm run bench:web                                   the default URLs (DEFAULT_URLS)
 *   npm run bench:web -- /piani/1 /cruscotto            these URLs
 *   npm run bench:web -- --duration 5 --connections 20 /piani/1
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startServer } from "../e2e/support/server.ts";
import { E2E_USERS, TEST_PASSWORD } from "../e2e/support/users.ts";
import { machineLine, ms, non2xxCell, perSecond } from "./load.ts";

/** The plan overview, an objective page, the dashboard and the sign-in page. */
const DEFAULT_URLS = ["/piani/1", "/piani/1/obiettivi/1609", "/cruscotto", "/accesso"];
/** Pages measured as a visitor: the sign-in page sends a signed-in user on. */
const VISITOR_PATHS = new Set(["/accesso"]);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const paths = positionals.length > 0 ? positionals : DEFAULT_URLS;

/** Cookies as a browser keeps them: name → value, from the Set-Cookie headers. */
function keepCookies(jar: Map<string, string>, res: Response): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) =>
  [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** Signs in through the sign-in form as a browser would; returns the Cookie header. */
async function signIn(base: string, username: string): Promise<string> {
  const jar = new Map<string, string>();
  const page = await fetch(`${base}/accesso`);
  keepCookies(jar, page);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!csrf) throw new Error("no CSRF token on the sign-in page");
  const res = await fetch(`${base}/accesso`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ _csrf: csrf, username, password: TEST_PASSWORD }).toString(),
  });
  keepCookies(jar, res);
  if (res.status !== 303 || !jar.has("piao_session")) {
    throw new Error(`sign-in of ${username} failed: ${res.status}`);
  }
  return cookieHeader(jar);
}

interface Row {
  path: string;
  as: string;
  status: number;
  result: autocannon.Result | null;
}

async function measure(base: string, path: string, cookie: string): Promise<Row> {
  const visitor = VISITOR_PATHS.has(path);
  const headers: Record<string, string> = visitor ? {} : { cookie };
  const as = visitor ? "visitor" : E2E_USERS.planning;
  const probe = await fetch(`${base}${path}`, { headers, redirect: "manual" });
  await probe.arrayBuffer();
  if (probe.status < 200 || probe.status > 299)
    return { path, as, status: probe.status, result: null };
  const result = await autocannon({ url: `${base}${path}`, connections, duration, headers });
  return { path, as, status: probe.status, result };
}

function tableRow(r: Row): string {
  if (!r.result) return `| ${r.path} | ${r.as} | — | — | — | ⚠ answers ${r.status}: not measured |`;
  const { latency } = r.result;
  return `| ${r.path} | ${r.as} | ${perSecond(r.result)} | ${ms(latency.p50)} | ${ms(latency.p99)} | ${non2xxCell(r.result)} |`;
}

console.log(
  `${machineLine()}; ${connections} connections, ${duration} s per URL, server and load generator on the same machine (127.0.0.1)\n`,
);
// A year's figures, so the dashboard and the objective page show achievement, not an empty campaign.
const server = await startServer({
  campaigns: ["yearend-2025"],
  figures: fileURLToPath(new URL("../fixtures/monitoring/consuntivo-2025.csv", import.meta.url)),
});
try {
  const cookie = await signIn(server.url, E2E_USERS.planning);
  const rows: Row[] = [];
  for (const path of paths) rows.push(await measure(server.url, path, cookie));
  console.log("| URL | as | req/s | p50 | p99 | non-2xx |");
  console.log("|---|---|---|---|---|---|");
  for (const row of rows) console.log(tableRow(row));
  const flagged = rows.filter((r) => !r.result || r.result.non2xx > 0);
  if (flagged.length > 0) {
    console.log(
      `\n⚠ not 2xx: ${flagged.map((r) => r.path).join(", ")}: no number of theirs is a page`,
    );
    process.exitCode = 1;
  }
} finally {
  await server.stop();
}
