/**
 * The performance cycle of the seed plan driven through the real `piao`
 * command, step by step, as the planning office and two heads of unit would
 * run it: people, the year-end campaign, the template, the SMVP rules, the
 * filled-in sheet (fixtures/monitoring/consuntivo-2025.csv), the scores, a
 * re-programmed target, the closing and the audit trail.
 *
 * The expected scores are the hand-worked ones of
 * test/services/year-end-seed.test.ts (30 days of tolerance, 2 points a day).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PerformanceReport } from "../../src/services/performance.ts";
import type { Store } from "../../src/store/database.ts";
import { type CliRun, runCli, SEED, storeEnv } from "../support/cli.ts";
import { describeEachEngine } from "../support/engines.ts";
import { AREA_RISORSE, SETTORE_ISTRUZIONE } from "../support/seed-expected.ts";

const FIXTURE = fileURLToPath(
  new URL("../../fixtures/monitoring/consuntivo-2025.csv", import.meta.url),
);

const PLANNING = "ufficio.piano";
const HEAD_RISORSE = "dir.risorse";
const HEAD_SETTORE = "dir.istruzione";

/** Lines of the fixture (numbered as the command numbers them: the header is riga 1). */
const FIXTURE_LINES = readFileSync(FIXTURE, "utf8")
  .replace(/^\uFEFF/, "")
  .split(/\r?\n/);
/** Rows of the Settore Istruzione in the fixture, as counted by hand: 6 and 20–31. */
const SETTORE_ROWS = [6, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31];
/** Objective codes of those rows, in order (third column of the fixture). */
const SETTORE_ROW_OBJECTIVES = [
  "1712",
  "1679",
  "1679",
  "1628",
  "1674",
  "1683",
  "1683",
  "1684",
  "1742",
  "1782",
  "1782",
  "1782",
  "1782",
];
const RISORSE_OBJECTIVES = [
  "1609",
  "1611",
  "1612",
  "1613",
  "1716",
  "1722",
  "1731",
  "1670",
  "1723",
  "1715",
];

/** Objective scores worked out by hand in test/services/year-end-seed.test.ts. */
const RISORSE_SUM = 100 + 280 / 3 + 50 + 100 + 100 + 77 + 100 + 100 + 292 / 3 + 71.25; // 888.92
const ADMIN_SUM = 1357.25; // 17 objectives counted, 1684 not measured
const OBJ_1683_BEFORE = (100 + (2 / 3) * 100) / 2; // 4047 1 of 1; 4078 2 of 3
/** After 4078's target goes from 3 to 2: 2 of 2, so 1683 scores 100. */
const ADMIN_AFTER = (ADMIN_SUM - OBJ_1683_BEFORE + 100) / 17; // 80.82
const SETTORE_AFTER = (0 + 100 + 0 + 100 + 100 + 100 + 85) / 7; // 69.29

describeEachEngine("the performance cycle from the command line", (engine) => {
  let env: Record<string, string>;
  let store: Store;
  let dispose: () => Promise<void>;
  let dir: string;
  const piao = (...args: string[]): Promise<CliRun> => runCli(args, env);
  const performance = async (): Promise<PerformanceReport> => {
    const run = await piao("performance", "--campaign", "1", "--format", "json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as PerformanceReport;
  };
  const measurements = () =>
    store.db
      .selectFrom("measurement")
      .select(["objective_code", "indicator_code", "entered_by"])
      .execute();
  const indicator = (report: PerformanceReport, code: string) =>
    report.objectives.flatMap((o) => o.indicators).find((i) => i.code === code);
  const unitScore = (report: PerformanceReport, key: string) =>
    report.units.find((u) => u.key === key)?.achievement.score;
  /** The report as it was before closing, taken in step 7. */
  let beforeClosing: PerformanceReport;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "piao-cycle-"));
    const created = await engine.create();
    store = created.store;
    dispose = created.dispose;
    env = { ...storeEnv(created.target), PIAO_LANG: "it" };
    const imported = await piao("import", SEED);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("Importato: CITTA' METROPOLITANA DI BOLOGNA");
  });
  afterAll(async () => {
    await dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("adds the planning officer and two heads of unit; a head needs a unit", async () => {
    const add = (username: string, name: string, role: string, unit?: string) =>
      piao(
        "users",
        "add",
        "--username",
        username,
        "--name",
        name,
        "--role",
        role,
        ...(unit ? ["--unit", unit] : []),
      );
    // Four people registered at once, as four colleagues might.
    const [planning, risorse, settore, noUnit] = await Promise.all([
      add(PLANNING, "Ufficio Pianificazione", "planning"),
      add(HEAD_RISORSE, "Dirigente Risorse", "head", AREA_RISORSE),
      add(HEAD_SETTORE, "Dirigente Istruzione", "head", SETTORE_ISTRUZIONE),
      add("dir.senza", "Dirigente senza struttura", "head"),
    ]);
    expect(planning).toMatchObject({ code: 0, stderr: "" });
    expect(planning.stdout.trim()).toBe(`${PLANNING}\tplanning`);
    expect(risorse).toMatchObject({ code: 0, stderr: "" });
    expect(risorse.stdout.trim()).toBe(`${HEAD_RISORSE}\thead\t${AREA_RISORSE}`);
    expect(settore).toMatchObject({ code: 0, stderr: "" });
    expect(settore.stdout.trim()).toBe(`${HEAD_SETTORE}\thead\t${SETTORE_ISTRUZIONE}`);

    expect(noUnit.code).toBe(1);
    expect(noUnit.stdout).toBe("");
    expect(noUnit.stderr).toContain(
      "Un dirigente deve avere la struttura di cui è responsabile (--unit)",
    );
    const users = await store.db.selectFrom("app_user").select("username").execute();
    expect(users.map((u) => u.username).sort()).toEqual([HEAD_SETTORE, HEAD_RISORSE, PLANNING]);
  });

  it("opens the year-end campaign only for the planning office, and only saying who acts", async () => {
    const open = ["campaign", "open", "--year", "2025", "--kind", "consuntivo"];
    const [anonymous, byHead] = await Promise.all([
      piao(...open),
      piao(...open, "--as", HEAD_RISORSE),
    ]);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toContain(
      "Indicare chi esegue l'operazione: --as <utente> (o la variabile PIAO_USER)",
    );
    expect(byHead.code).toBe(1);
    expect(byHead.stderr).toContain("Operazione non consentita al tuo ruolo");
    const none = await store.db.selectFrom("monitoring_campaign").select("id").execute();
    expect(none).toEqual([]);

    const opened = await piao(...open, "--as", PLANNING);
    expect(opened).toMatchObject({ code: 0, stderr: "" });
    expect(opened.stdout.trim()).toBe(
      "Aperta la campagna 1: monitoraggio a consuntivo 2025, data di riferimento 31/12/2025",
    );
  });

  it("writes the template as XLSX and as CSV, one row per indicator", async () => {
    const xlsx = join(dir, "modulo.xlsx");
    const csv = join(dir, "modulo.csv");
    const template = (format: string, out: string) =>
      piao("monitor", "template", "--campaign", "1", "--format", format, "--out", out);
    const [x, c] = await Promise.all([template("xlsx", xlsx), template("csv", csv)]);
    expect(x).toMatchObject({ code: 0, stderr: "" });
    expect(x.stdout).toContain(`Scritto il modulo di rilevazione ${xlsx}: 40 indicatori`);
    expect(c).toMatchObject({ code: 0, stderr: "" });
    expect(c.stdout).toContain(`Scritto il modulo di rilevazione ${csv}: 40 indicatori`);

    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split(/\r?\n/).filter(Boolean);
    expect(lines).toHaveLength(41);
    // The fixture was filled in from this very template: the first nine
    // columns (campaign … re-programmed target) are the same, row by row.
    const nine = (line: string) => line.split(";").slice(0, 9).join(";");
    expect(lines.map(nine)).toEqual(FIXTURE_LINES.filter(Boolean).map(nine));

    expect(statSync(xlsx).size).toBeGreaterThan(1000);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.getWorksheet("Rilevazioni");
    expect(sheet?.actualRowCount).toBe(41);
    const xlsxCodes: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) xlsxCodes.push(String(row.getCell(4).value));
    });
    expect(xlsxCodes).toEqual(lines.slice(1).map((l) => l.split(";")[4]));
  });

  it("sets the SMVP rules: 30 days of tolerance, 2 points a day", async () => {
    const shown = await piao("settings", "show");
    expect(shown.code).toBe(0);
    const settings = JSON.parse(shown.stdout);
    expect(settings.version).toBe(0);
    expect(settings.rules.deadline).toEqual({ toleranceDays: 0, penaltyPerDay: 0 });
    settings.rules.deadline = { toleranceDays: 30, penaltyPerDay: 2 };
    const file = join(dir, "regole.json");
    writeFileSync(file, JSON.stringify(settings, null, 2));
    const set = await piao("settings", "set", file, "--as", PLANNING);
    expect(set).toMatchObject({ code: 0, stderr: "" });
    expect(set.stdout.trim()).toBe("Regole salvate (versione 1)");
  });

  it("refuses a sheet with a mistyped number and an impossible date, naming row and column, and writes nothing", async () => {
    const broken = join(dir, "rotto.csv");
    const text = readFileSync(FIXTURE, "utf8")
      .split("\r\n")
      .map((line, i) => {
        // riga 2: indicator 3826 (Data), done on 28/01/2025
        if (i === 1) return line.replace(";28/01/2025;", ";31/02/2025;");
        // riga 8: indicator 3843 (Numero), measured 1
        if (i === 7) return line.replace(/;Numero;1;;1;$/, ";Numero;1;;1O;");
        return line;
      })
      .join("\r\n");
    expect(text).toContain(";3826;");
    expect(text).toContain(";31/02/2025;");
    expect(text).toContain(";1O;");
    writeFileSync(broken, text);
    const run = await piao("monitor", "import", broken, "--as", PLANNING);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      'rotto.csv: ERRORE riga 2, campo J (Valore rilevato): Data non valida "31/02/2025"',
    );
    expect(run.stderr).toContain('rotto.csv: ERRORE riga 8, campo J (Valore rilevato): "1O"');
    expect(run.stderr).toContain("2 righe non sono valide: non è stato scritto nulla");
    expect(await measurements()).toEqual([]);
  });

  it("refuses a head's import that holds another unit's rows, each listed, and writes nothing", async () => {
    const run = await piao("monitor", "import", FIXTURE, "--as", HEAD_RISORSE);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    SETTORE_ROWS.forEach((row, i) => {
      expect(run.stderr).toContain(
        `riga ${row}: L'obiettivo ${SETTORE_ROW_OBJECTIVES[i]} non appartiene alla tua struttura`,
      );
    });
    expect(run.stderr.match(/non appartiene alla tua struttura/g)).toHaveLength(13);
    expect(run.stderr).toContain("13 righe non sono valide: non è stato scritto nulla");

    const report = await performance();
    const measured = report.objectives.flatMap((o) => o.indicators).filter((i) => i.measurement);
    expect(measured).toEqual([]);
    expect(report.administration.achievement).toMatchObject({ score: null, counted: 0 });
    expect(await measurements()).toEqual([]);
  });

  it("imports only a head's own rows with --solo-valide, listing those left out", async () => {
    const run = await piao("monitor", "import", FIXTURE, "--solo-valide", "--as", HEAD_RISORSE);
    expect(run.code).toBe(0);
    // 27 rows of Area Risorse, 2 of them empty (4131, 4162).
    expect(run.stdout).toContain(
      "Importate 25 nuove rilevazioni, 0 aggiornate, 0 invariate, 2 righe vuote",
    );
    expect(run.stdout).toContain("13 righe non valide sono state escluse");
    for (const row of SETTORE_ROWS) {
      expect(run.stderr).toMatch(
        new RegExp(`riga ${row}: L'obiettivo \\d+ non appartiene alla tua struttura`),
      );
    }
    const rows = await measurements();
    expect(rows).toHaveLength(25);
    expect(new Set(rows.map((r) => r.entered_by))).toEqual(new Set([HEAD_RISORSE]));
    expect(new Set(rows.map((r) => r.objective_code))).toEqual(new Set(RISORSE_OBJECTIVES));
  });

  it("imports the whole sheet as the planning office", async () => {
    const run = await piao("monitor", "import", FIXTURE, "--as", PLANNING);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    // 13 Settore rows, one empty (4048); the 25 Risorse figures are already there.
    expect(run.stdout.trim()).toBe(
      "Importate 12 nuove rilevazioni, 0 aggiornate, 25 invariate, 3 righe vuote",
    );
    expect(await measurements()).toHaveLength(37);
  });

  it("scores the campaign as worked out by hand, in JSON and in text", async () => {
    const [report, text] = await Promise.all([
      performance(),
      piao("performance", "--campaign", "1"),
    ]);
    expect(report.frozen).toBe(false);
    expect(report.campaign).toMatchObject({ id: 1, status: "open", referenceDate: "2025-12-31" });
    expect(report.rules.deadline).toEqual({ toleranceDays: 30, penaltyPerDay: 2 });
    expect(report.administration.achievement.score).toBeCloseTo(ADMIN_SUM / 17, 9); // 79.84
    expect(report.administration.achievement).toMatchObject({ counted: 17, total: 18 });
    expect(unitScore(report, AREA_RISORSE)).toBeCloseTo(RISORSE_SUM / 10, 9); // 88.89
    expect(indicator(report, "4078")).toMatchObject({
      originalTarget: { kind: "number", value: 3 },
      target: { kind: "number", value: 3 },
      reprogrammed: false,
      measurement: { kind: "number", value: 2 },
    });
    expect(indicator(report, "4078")?.result.score).toBeCloseTo(200 / 3, 9);

    expect(text).toMatchObject({ code: 0, stderr: "" });
    expect(text.stdout).toContain("CITTA' METROPOLITANA DI BOLOGNA: 79,8% parzialmente raggiunto");
    expect(text.stdout).toContain(`${AREA_RISORSE}: 88,9% parzialmente raggiunto`);
    expect(text.stdout).toContain("80% (10 giorni di ritardo)"); // 3833
  });

  it("re-programs a target on the head's request, approved by the planning office only", async () => {
    const requested = await piao(
      "reprogram",
      "request",
      "--objective",
      "1683",
      "--indicator",
      "4078",
      "--year",
      "2025",
      "--target",
      "2",
      "--justification",
      "Un istituto ha rinunciato al progetto",
      "--as",
      HEAD_SETTORE,
    );
    expect(requested).toMatchObject({ code: 0, stderr: "" });
    expect(requested.stdout).toContain("in attesa");
    const id = /rimodulazione (\d+)/.exec(requested.stdout)?.[1];
    expect(id).toBe("1");

    const byHead = await piao("reprogram", "approve", "1", "--as", HEAD_SETTORE);
    expect(byHead.code).toBe(1);
    expect(byHead.stderr).toContain("non consentita");
    const approved = await piao("reprogram", "approve", "1", "--as", PLANNING);
    expect(approved).toMatchObject({ code: 0, stderr: "" });
    expect(approved.stdout.trim()).toBe("Rimodulazione 1: approvata");

    const list = await piao("reprogram", "list");
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split("\n")).toEqual([
      [
        "1",
        "1683/4078",
        "3",
        "→",
        "2",
        "approvata",
        HEAD_SETTORE,
        "Un istituto ha rinunciato al progetto",
      ].join("\t"),
    ]);

    const report = await performance();
    expect(indicator(report, "4078")).toMatchObject({
      originalTarget: { kind: "number", value: 3 },
      target: { kind: "number", value: 2 },
      reprogrammed: true,
      result: { score: 100 },
    });
    expect(report.objectives.find((o) => o.code === "1683")?.achievement.score).toBe(100);
    expect(unitScore(report, SETTORE_ISTRUZIONE)).toBeCloseTo(SETTORE_AFTER, 9);
    expect(report.administration.achievement.score).toBeCloseTo(ADMIN_AFTER, 9);
    beforeClosing = report;
  });

  it("closes the campaign: its scores are frozen, later changes neither reach them nor get in", async () => {
    const closed = await piao("campaign", "close", "1", "--as", PLANNING);
    expect(closed).toMatchObject({ code: 0, stderr: "" });
    expect(closed.stdout.trim()).toBe("Chiusa la campagna 1: i risultati sono congelati");

    // A re-programming approved after closing does not move the frozen results.
    const later = await piao(
      "reprogram",
      "request",
      "--objective",
      "1683",
      "--indicator",
      "4047",
      "--year",
      "2025",
      "--target",
      "2",
      "--justification",
      "Previsto un secondo incontro",
      "--as",
      HEAD_SETTORE,
    );
    expect(later.code).toBe(0);
    const laterId = /rimodulazione (\d+)/.exec(later.stdout)?.[1] ?? "?";
    const laterApproved = await piao("reprogram", "approve", laterId, "--as", PLANNING);
    expect(laterApproved.code).toBe(0);
    expect(laterApproved.stdout.trim()).toBe("Rimodulazione 2: approvata");

    // Reading the frozen results and trying to change the figures, side by side.
    const [report, again] = await Promise.all([
      performance(),
      piao("monitor", "import", FIXTURE, "--as", PLANNING),
    ]);
    expect(report.frozen).toBe(true);
    expect(report.campaign.status).toBe("closed");
    expect(report.administration).toEqual(beforeClosing.administration);
    expect(report.units).toEqual(beforeClosing.units);
    expect(report.objectives).toEqual(beforeClosing.objectives);
    expect(report.positiveActions).toEqual(beforeClosing.positiveActions);
    expect(indicator(report, "4047")).toMatchObject({ target: { value: 1 }, reprogrammed: false });
    expect(report.administration.achievement.score).toBeCloseTo(ADMIN_AFTER, 9);

    expect(again.code).toBe(1);
    expect(again.stdout).toBe("");
    expect(again.stderr).toContain("La campagna 1 è chiusa");
    expect(await measurements()).toHaveLength(37);
  });

  it("audit shows who created a measurement, and only that", async () => {
    const run = await piao("audit", "--entity", "measurement", "--key", "1/1609/3826");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const lines = run.stdout.trim().split("\n");
    // Created by the head's --solo-valide import; the planning office's import left it unchanged.
    expect(lines).toHaveLength(1);
    const [at, actor, entity, key, action, change] = lines[0]?.split("\t") ?? [];
    expect(at).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/); // Italian time, "26/11/2026, 12:22"
    expect([actor, entity, key, action]).toEqual([
      HEAD_RISORSE,
      "measurement",
      "1/1609/3826",
      "create",
    ]);
    expect(JSON.parse(change ?? "null")).toEqual({
      value: { kind: "deadline", doneOn: "2025-01-28" },
      note: "Delibera di Consiglio metropolitano n. 3",
    });
  });
});
