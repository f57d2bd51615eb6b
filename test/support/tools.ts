/** External tools the document tests use (Debian's poppler-utils and LibreOffice). */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function hasTool(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`]).status === 0;
}

/**
 * The tools among `names` that are not installed, said once; with
 * PIAO_REQUIRE_TOOLS=1 (set by .ci/run) a missing tool is a failure, never a skip.
 * Use as `it.skipIf(missingTools("pdftotext"))(…)`.
 */
export function missingTools(...names: string[]): boolean {
  const missing = names.filter((n) => !hasTool(n));
  if (missing.length === 0) return false;
  const why = `${missing.join(", ")} not installed (apt-get install poppler-utils libreoffice-writer-nogui)`;
  if (process.env.PIAO_REQUIRE_TOOLS === "1") throw new Error(`PIAO_REQUIRE_TOOLS=1 but ${why}`);
  console.warn(`Document checks skipped: ${why}`);
  return true;
}

export function pdfText(pdf: Buffer, layout = false): string {
  const dir = mkdtempSync(join(tmpdir(), "piao-pdf-"));
  const file = join(dir, "doc.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", [...(layout ? ["-layout"] : []), file, "-"], {
    encoding: "utf8",
  });
}

/** Converts a DOCX with LibreOffice, in a profile of its own; returns the PDF. */
export function docxToPdf(docx: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "piao-lo-"));
  const file = join(dir, "doc.docx");
  writeFileSync(file, docx);
  execFileSync(
    "libreoffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      file,
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
  return readFileSync(join(dir, "doc.pdf"));
}
