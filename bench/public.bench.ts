/**
 * Public portal benchmark: the real server (e2e/support/server-main.ts in its
 * own process, SQLite, the seed published with its year-end 2025 figures,
 * then 1,000 synthetic administrations with published plans and year-end
 * results) against nginx serving, as static files, the very pages the
 * server answered once. Each page is fetched once from the server and saved;
 * nginx (our own config in a temporary prefix: daemon off, worker_processes
 * auto, access_log off, sendfile, keepalive, 127.0.0.1 on a free port) serves
 * the saved copy at the same path. autocannon then loads each page on both,
 * with the same connections and duration after a warm-up, and the ratio of
 * their request rates is reported (aim: the server at least half of nginx).
 * With --rounds n the two are measured alternately n times and the run of
 * median request rate is reported, with the range of the n rates: the
 * machine is shared, so one disturbed run does not decide. A page that does
 * not answer 200 is reported, not measured.
 *
 *   npm run bench:public
 *   npm run bench:public -- --synthetic 1000 --duration 10 --connections 10 --warmup 3 --rounds 3
 *   npm run bench:public -- /trasparenza/confronto
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { type RunningServer, startServer } from "../e2e/support/server.ts";
import { loadAverage, machineLine, ms, non2xxCell, perSecond } from "./load.ts";

/**
 * The seed's public plan page, the list of administrations, the comparison,
 * and the read API's list (the pages of src/http/pages/public; the plan page
 * and the list come with that module).
 */
const DEFAULT_URLS = [
  "/trasparenza/enti/1/piao/2025-2027",
  "/trasparenza",
  "/trasparenza/confronto",
  "/api/v1/administrations",
];
const NGINX = "/usr/sbin/nginx";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    synthetic: { type: "string", default: "1000" },
    rounds: { type: "string", default: "1" },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const warmup = Number(values.warmup);
const synthetic = Number(values.synthetic);
const rounds = Math.max(1, Number(values.rounds));
const paths = positionals.length > 0 ? positionals : DEFAULT_URLS;

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  probe.close();
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/** Where nginx finds the saved copy of `path`: <root><path>.html (try_files $uri.html). */
const savedFile = (root: string, path: string) => join(root, `${path}.html`);

function nginxConfig(prefix: string, root: string, port: number): string {
  const temp = (name: string) => join(prefix, "temp", name);
  return `daemon off;
worker_processes auto;
pid ${join(prefix, "nginx.pid")};
error_log ${join(prefix, "error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  default_type text/html;
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri.html =404; }
  }
}
`;
}

interface Nginx {
  url: string;
  stop: () => Promise<void>;
}

/** nginx as our child process, serving the files under `root`. */
async function startNginx(prefix: string, root: string): Promise<Nginx> {
  const port = await freePort();
  for (const name of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    mkdirSync(join(prefix, "temp", name), { recursive: true });
  }
  const conf = join(prefix, "nginx.conf");
  writeFileSync(conf, nginxConfig(prefix, root, port));
  const child: ChildProcess = spawn(
    NGINX,
    ["-p", prefix, "-c", conf, "-e", join(prefix, "error.log")],
    {
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode})`);
    const up = await fetch(`${url}/`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (attempt > 100) throw new Error("nginx did not start");
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGQUIT");
      await exited;
    },
  };
}

/** The run of median request rate, and the lowest and highest rates of the rounds. */
interface Runs {
  median: autocannon.Result;
  low: number;
  high: number;
}

interface Measured {
  path: string;
  status: number;
  bytes: number;
  /** The first answer's time: built, then kept. */
  built: number;
  piao: Runs | null;
  nginx: Runs | null;
}

function runsOf(results: autocannon.Result[]): Runs {
  const sorted = [...results].sort((a, b) => a.requests.average - b.requests.average);
  const rates = sorted.map((r) => r.requests.average);
  return {
    median: sorted[Math.floor((sorted.length - 1) / 2)] as autocannon.Result,
    low: rates[0] ?? 0,
    high: rates.at(-1) ?? 0,
  };
}

async function load(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration: seconds });
}

/** A warm-up of each, then the measurements, piao and nginx alternately, on the same page. */
async function measure(piao: string, nginx: Nginx, path: string, root: string): Promise<Measured> {
  const asked = performance.now();
  const probe = await fetch(`${piao}${path}`);
  const body = Buffer.from(await probe.arrayBuffer());
  const built = performance.now() - asked;
  if (probe.status !== 200) {
    return { path, status: probe.status, bytes: 0, built, piao: null, nginx: null };
  }
  const file = savedFile(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
  chmodSync(file, 0o644);
  const copy = await fetch(`${nginx.url}${path}`);
  const copied = Buffer.from(await copy.arrayBuffer());
  if (copy.status !== 200 || !copied.equals(body)) throw new Error(`nginx does not serve ${path}`);
  const servers = { piao, nginx: nginx.url };
  const results: Record<keyof typeof servers, autocannon.Result[]> = { piao: [], nginx: [] };
  if (warmup > 0) for (const base of Object.values(servers)) await load(`${base}${path}`, warmup);
  for (let round = 0; round < rounds; round++) {
    for (const [name, base] of Object.entries(servers) as [keyof typeof servers, string][]) {
      results[name].push(await load(`${base}${path}`, duration));
    }
  }
  return {
    path,
    status: 200,
    bytes: body.length,
    built,
    piao: runsOf(results.piao),
    nginx: runsOf(results.nginx),
  };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

const range = (r: Runs) =>
  rounds > 1
    ? ` (${Math.round(r.low).toLocaleString("en-US")}–${Math.round(r.high).toLocaleString("en-US")})`
    : "";

function rows(m: Measured): string[] {
  if (!m.piao || !m.nginx) {
    return [`| ${m.path} | — | — | — | — | — | — | — | ⚠ answers ${m.status}: not measured |`];
  }
  const ratio = m.piao.median.requests.average / m.nginx.median.requests.average;
  return [
    ["piao", m.piao],
    ["nginx", m.nginx],
  ].map(([name, r], i) => {
    const runs = r as Runs;
    const result = runs.median;
    const last = i === 1 ? `${ratio.toFixed(2)}${ratio < 0.5 ? " ⚠" : ""}` : "";
    const first = i === 0 ? `${kib(m.bytes)}, first ${ms(m.built)}` : "";
    return `| ${i === 0 ? m.path : ""} | ${first} | ${name} | ${perSecond(result)}${range(runs)} | ${ms(result.latency.p50)} | ${ms(result.latency.p99)} | ${non2xxCell(result)} | ${last} |`;
  });
}

const startedAt = new Date();
console.log(
  `${machineLine()}; ${connections} connections, ${warmup} s warm-up then ${rounds} × ${duration} s per page and server, alternately; piao, nginx and autocannon on the same machine (127.0.0.1)`,
);
const loading = performance.now();
const server: RunningServer = await startServer({
  campaigns: ["yearend-2025"],
  figures: fileURLToPath(new URL("../fixtures/monitoring/consuntivo-2025.csv", import.meta.url)),
  publish: true,
  synthetic,
});
console.log(
  `server ready in ${((performance.now() - loading) / 1000).toFixed(1)} s (seed published with its year-end 2025 results, ${synthetic} synthetic administrations)\n`,
);
const prefix = mkdtempSync(join(tmpdir(), "piao-nginx-"));
const root = join(prefix, "www");
mkdirSync(root, { recursive: true });
// nginx's workers run as nobody: they read the saved pages, nothing else of ours.
chmodSync(prefix, 0o755);
let nginx: Nginx | null = null;
try {
  nginx = await startNginx(prefix, root);
  const measured: Measured[] = [];
  for (const path of paths) measured.push(await measure(server.url, nginx, path, root));
  console.log(
    "| page | size, first answer (built, cold) | server | req/s | p50 | p99 | non-2xx | piao / nginx |",
  );
  console.log("|---|---|---|---|---|---|---|---|");
  for (const m of measured) for (const line of rows(m)) console.log(line);
  console.log(`\nstarted ${startedAt.toISOString()}; load average at the end ${loadAverage()}`);
  const flagged = measured.filter(
    (m) => !m.piao || !m.nginx || m.piao.median.non2xx > 0 || m.nginx.median.non2xx > 0,
  );
  if (flagged.length > 0) {
    console.log(`\n⚠ not measured or not 2xx: ${flagged.map((m) => m.path).join(", ")}`);
    process.exitCode = 1;
  }
} finally {
  await nginx?.stop();
  await server.stop();
  rmSync(prefix, { recursive: true, force: true });
}
