/** Collects the diagnostics of one reading, keeping the list short enough to read. */
import { type Diagnostic, error, warning } from "../../domain/diagnostics.ts";

export const MAX_DIAGNOSTICS = 200;

type Params = Record<string, string | number>;

export class DiagnosticSink {
  private readonly kept: Diagnostic[] = [];
  private dropped = 0;
  private droppedError = false;
  private sawError = false;

  add(d: Diagnostic): void {
    if (d.severity === "error") this.sawError = true;
    if (this.kept.length < MAX_DIAGNOSTICS) {
      this.kept.push(d);
      return;
    }
    this.dropped++;
    if (d.severity === "error") this.droppedError = true;
  }

  error(code: string, line: number | null, params: Params = {}): void {
    this.add(error(code, line, params));
  }

  warning(code: string, line: number | null, params: Params = {}): void {
    this.add(warning(code, line, params));
  }

  get hasErrors(): boolean {
    return this.sawError;
  }

  /** The kept diagnostics in line order, then "…and N more" when some were left out. */
  list(): Diagnostic[] {
    const sorted = [...this.kept].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (this.dropped === 0) return sorted;
    const more = { count: this.dropped };
    const summary = this.droppedError
      ? error("import.moreDiagnostics", null, more)
      : warning("import.moreDiagnostics", null, more);
    return [...sorted, summary];
  }
}
