/**
 * Documents benchmark: a plan of 500 objectives and 2,000 indicators composed
 * as the PIAO and rendered to PDF and to DOCX, each in its own process so its
 * peak memory is its own.
 *
 *   npm run bench:documents
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { composePiao } from "../src/documents/compose/piao.ts";
import { type ReportFormat, renderReport } from "../src/documents/render/index.ts";
import { checkPlan } from "../src/domain/check.ts";
import type { Indicator, Objective, PlanDocument } from "../src/domain/plan.ts";
import { makePlanDocument } from "../test/support/factories.ts";

const OBJECTIVES = 500;
const INDICATORS_PER_OBJECTIVE = 4;

function indicator(o: number, k: number): Indicator {
  const deadline = k % 2 === 0;
  return {
    code: String(o * 10 + k),
    description: `INDICATORE ${k + 1} DELL'OBIETTIVO ${o}: REALIZZAZIONE DELLE ATTIVITÀ PREVISTE NEI TEMPI DEL PIANO`,
    kind: deadline ? "deadline" : "number",
    unitLabel: deadline ? "Data" : "Numero",
    polarity: "higher",
    baseline: null,
    targets: [
      {
        year: 2025,
        value: deadline
          ? { kind: "deadline", date: `2025-${String((k % 12) + 1).padStart(2, "0")}-28` }
          : { kind: "number", value: k + 1 },
      },
    ],
    weight: null,
  };
}

export function syntheticPlan(): PlanDocument {
  const objectives: Objective[] = Array.from({ length: OBJECTIVES }, (_, o) => ({
    code: String(1000 + o),
    title: `OBIETTIVO DI PERFORMANCE NUMERO ${o + 1} PER IL MIGLIORAMENTO DEI SERVIZI`,
    description:
      "Descrizione dell'obiettivo con le attività, i tempi e le risorse previste per il triennio. "
        .repeat(3)
        .trim(),
    unitKey: `Area ${(o % 5) + 1}`,
    positiveAction: (o % 5) + 1,
    weight: null,
    tags: ["gender_equality"],
    indicators: Array.from({ length: INDICATORS_PER_OBJECTIVE }, (_, k) => indicator(1000 + o, k)),
  }));
  // The administration and the plan header of the tests' factory; the records are the bench's.
  return makePlanDocument({
    sections: [
      {
        code: "2.2",
        title: "PERFORMANCE",
        position: 0,
        body: "Testo della sezione.",
        inIndex: true,
      },
    ],
    units: Array.from({ length: 5 }, (_, u) => ({
      key: `Area ${u + 1}`,
      name: `Area ${u + 1}`,
      kind: "area" as const,
      parentKey: null,
      head: null,
    })),
    positiveActions: Array.from({ length: 5 }, (_, a) => ({
      number: a + 1,
      title: `AMBITO ${a + 1}`,
      description: "Testo dell'ambito.",
    })),
    objectives,
  });
}

async function runCase(format: ReportFormat) {
  const plan = syntheticPlan();
  const t0 = performance.now();
  const report = composePiao(plan, checkPlan(plan));
  const bytes = await renderReport(report, format, { kind: "piao", document: plan });
  const ms = performance.now() - t0;
  return { format, ms, bytes: bytes.length, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

const [, , format] = process.argv;
if (format) {
  process.stdout.write(JSON.stringify(await runCase(format as ReportFormat)));
} else {
  const self = fileURLToPath(import.meta.url);
  const baseline = JSON.parse(
    execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        "process.stdout.write(JSON.stringify({ rss: process.resourceUsage().maxRSS / 1024 }))",
      ],
      { encoding: "utf8" },
    ),
  ) as { rss: number };
  console.log(
    `node ${process.version}; ${OBJECTIVES} objectives, ${OBJECTIVES * INDICATORS_PER_OBJECTIVE} indicators; an idle process peaks at ${baseline.rss.toFixed(0)} MB\n`,
  );
  console.log("| format | compose + render | file size | peak RSS |");
  console.log("|---|---|---|---|");
  for (const f of ["pdf", "docx", "xlsx", "txt"]) {
    const r = JSON.parse(
      execFileSync(process.execPath, ["--import", "tsx", self, f], { encoding: "utf8" }),
    );
    console.log(
      `| ${r.format} | ${(r.ms / 1000).toFixed(2)} s | ${(r.bytes / 1024 / 1024).toFixed(1)} MB | ${r.peakRssMb.toFixed(0)} MB |`,
    );
  }
}
