import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoreTarget } from "../../src/config.ts";
import { runCli, SEED, spawnCli, storeEnv } from "../support/cli.ts";
import { describeEachEngine } from "../support/engines.ts";

describeEachEngine("the piao command", (engine) => {
  let env: Record<string, string>;
  let dispose: () => Promise<void>;
  let countObjectives: () => Promise<number>;
  const dir = mkdtempSync(join(tmpdir(), "piao-cli-"));

  beforeAll(async () => {
    const created = await engine.create();
    const target: StoreTarget = created.target;
    env = { ...storeEnv(target), PIAO_LANG: "it" };
    dispose = created.dispose;
    countObjectives = async () =>
      Number(
        (
          await created.store.db
            .selectFrom("objective")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
  });
  afterAll(async () => dispose());

  it("refuses a broken file with the line, exit 1, and writes nothing", async () => {
    const broken = join(dir, "broken.txt");
    writeFileSync(broken, "PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE 2025-2027\n\n31/02/2025\n");
    const run = await runCli(["import", broken], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/riga \d+/);
    expect(run.stderr).toContain("non è stato scritto nulla");
    expect(await countObjectives()).toBe(0);
  });

  it("imports the seed, then recognises it unchanged", async () => {
    const first = await runCli(["import", SEED], env);
    expect(first.stderr).not.toContain("ERRORE");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Importato: CITTA' METROPOLITANA DI BOLOGNA, PIAO 2025-2027");
    expect(await countObjectives()).toBe(18);
    const second = await runCli(["import", SEED], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Nessuna modifica");
    expect(await countObjectives()).toBe(18);
  });

  it("check lists the sections the seed does not contain as missing", async () => {
    const run = await runCli(["check"], env);
    expect(run.code).toBe(0);
    for (const code of ["2.1", "2.3", "3.1", "3.2", "3.3", "4"]) {
      expect(run.stdout).toMatch(new RegExp(`\\[MANCANTE\\] ${code.replace(".", "\\.")}\\s`));
    }
    expect(run.stdout).toMatch(/\[presente\] 2\.2\s+Performance — 18 obiettivi/);
    expect(run.stdout).toMatch(/\[presente\] g\)/);
  });

  it("exports JSON that imports into an empty database with the same records", async () => {
    const exported = await runCli(["export", "--format", "json"], env);
    expect(exported.code).toBe(0);
    const bundle = JSON.parse(exported.stdout);
    expect(bundle.objectives).toHaveLength(18);
    const file = join(dir, "bundle.json");
    writeFileSync(file, exported.stdout);
    const other = { PIAO_DB: join(dir, `other-${engine.name}.db`), PIAO_LANG: "it" };
    expect((await runCli(["import", file], other)).code).toBe(0);
    const again = await runCli(["export", "--format", "json"], other);
    expect(JSON.parse(again.stdout)).toEqual(bundle);
  });
});

describe("the piao command's usage", () => {
  const env = { PIAO_DB: join(mkdtempSync(join(tmpdir(), "piao-usage-")), "piao.db") };

  it("explains itself in Italian with --help and exits 0, as the real binary", async () => {
    const run = await spawnCli(["--help"], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("importa un PIAO");
  });

  it("exits 2 on an unknown command or a missing argument", async () => {
    expect((await runCli(["pubblica"], env)).code).toBe(2);
    expect((await runCli(["import"], env)).code).toBe(2);
    expect((await runCli(["export", "--format", "pdf"], env)).code).toBe(2);
  });

  it("exits 1 with a message when the file does not exist or the database is empty", async () => {
    const missing = await runCli(["import", "/nonexistent/piao.txt"], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("il file non esiste");
    const empty = await runCli(["check"], env);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("non c'è ancora nessun piano");
  });
});

describe("piao demo on an empty database", () => {
  const env = {
    PIAO_DB: join(mkdtempSync(join(tmpdir(), "piao-demo-")), "piao.db"),
    PIAO_LANG: "it",
  };

  it("loads the seed and names the complete sample, which imports as a complete plan", async () => {
    const demo = await runCli(["demo"], env);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain("Caricato il piano di esempio");
    const hint = /npx piao import (\S+\.json)/.exec(demo.stdout);
    expect(hint?.[1]).toBeDefined();
    const file = fileURLToPath(new URL(`../../${hint?.[1]}`, import.meta.url));
    const imported = await runCli(["import", file], env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain("COMUNE DI VALLE SERENA");
    const check = await runCli(["check", "--plan", "2"], env);
    expect(check.stdout).toContain("Piano completo");
  });
});
