/**
 * Scheda anagrafica: label/value rows ("REGIONE:⇥EMILIA ROMAGNA") mapped to
 * the fields of the administration by the words of the label.
 */
import type { Administration } from "../../domain/plan.ts";
import { isValidNumericTaxCode } from "../../domain/tax-code.ts";
import { parseItalianNumber } from "../italian-values.ts";
import { normKey } from "../text-folding.ts";
import type { SourceLine } from "./lines.ts";
import type { DiagnosticSink } from "./sink.ts";

type Field = keyof Administration;

/** First match wins: the more specific words come first ("EMAIL PEC" is the PEC). */
const LABELS: ReadonlyArray<readonly [RegExp, Field]> = [
  [/\bTIPOLOGIA\b/, "kind"],
  [/\bDIPENDENTI\b/, "employees"],
  [/\bCODICE FISCALE\b|^C\.? ?F\.?$/, "taxCode"],
  [/\bPARTITA IVA\b|^P\.? ?IVA$/, "vatNumber"],
  [/\bIPA\b/, "ipaCode"],
  [/\bPEC\b/, "pec"],
  [/\bE-?MAIL\b|\bPOSTA ELETTRONICA\b/, "email"],
  [/\bTELEFONO\b|^TEL\.?$/, "phone"],
  [/\bSITO\b|\bINTERNET\b|\bWEB\b/, "website"],
  [/\bSUPERFICIE\b/, "areaKm2"],
  [/\bPOPOLAZIONE\b|\bABITANTI\b/, "population"],
  [/\bSEDE\b|\bINDIRIZZO\b/, "legalSeat"],
  [/\bREGIONE\b/, "region"],
  [/\bDENOMINAZIONE\b|\bENTE\b|^AMMINISTRAZIONE\b|^NOME\b/, "name"],
];

const INTEGER_FIELDS = new Set<Field>(["population", "employees"]);
const TAX_FIELDS = new Set<Field>(["taxCode", "vatNumber"]);

function fieldForLabel(label: string): Field | null {
  const key = normKey(label);
  for (const [pattern, field] of LABELS) if (pattern.test(key)) return field;
  return null;
}

interface LabelValue {
  label: string;
  value: string;
}

const COLON_ROW = /^([^:\p{Ll}]{2,60}):\s*(.*)$/u;
const MAX_LABEL_LENGTH = 80;

function labelValue(line: SourceLine): LabelValue | null {
  if (line.tabbed) {
    if (line.cells.length > 2) return null;
    const label = (line.cells[0] ?? "").replace(/\s*:$/, "");
    if (label.length > MAX_LABEL_LENGTH) return null;
    return { label, value: line.cells[1] ?? "" };
  }
  if (line.text.length > MAX_LABEL_LENGTH * 4) return null;
  const m = COLON_ROW.exec(line.text);
  return m ? { label: (m[1] ?? "").trim(), value: (m[2] ?? "").trim() } : null;
}

function emptyAdministration(): Administration {
  return {
    name: "",
    kind: null,
    region: null,
    legalSeat: null,
    population: null,
    areaKm2: null,
    website: null,
    phone: null,
    pec: null,
    email: null,
    taxCode: null,
    vatNumber: null,
    ipaCode: null,
    employees: null,
  };
}

export class AnagraficaReader {
  private readonly administration = emptyAdministration();
  private readonly seen = new Map<Field, number>();
  private previousWasRow = false;

  /** Takes the line when it is a row of the scheda anagrafica. */
  tryRow(line: SourceLine, sink: DiagnosticSink): boolean {
    const row = labelValue(line);
    const field = row ? fieldForLabel(row.label) : null;
    if (!row || !field) {
      const unknownInTable = row !== null && line.tabbed && this.previousWasRow;
      if (unknownInTable) sink.warning("import.unknownField", line.line, { label: row.label });
      this.previousWasRow = unknownInTable;
      return unknownInTable;
    }
    this.previousWasRow = true;
    const first = this.seen.get(field);
    if (first !== undefined) {
      sink.warning("import.duplicateField", line.line, {
        field: row.label,
        firstLine: String(first),
      });
      return true;
    }
    this.seen.set(field, line.line);
    this.assign(field, row, line.line, sink);
    return true;
  }

  /** The administration, reporting a missing name. */
  finish(sink: DiagnosticSink): Administration {
    if (this.administration.name === "") sink.error("import.noAdministrationName", null);
    return this.administration;
  }

  private assign(field: Field, row: LabelValue, line: number, sink: DiagnosticSink): void {
    const { label, value } = row;
    if (value === "") {
      sink.warning("import.missingValue", line, { field: label });
    } else if (INTEGER_FIELDS.has(field) || field === "areaKm2") {
      const parsed = parseItalianNumber(value);
      const integer = INTEGER_FIELDS.has(field);
      if (!parsed || parsed.percent || (integer && !Number.isInteger(parsed.value))) {
        sink.error("import.badFieldNumber", line, { field: label, value });
      } else {
        this.setNumber(field, parsed.value);
      }
    } else if (TAX_FIELDS.has(field)) {
      const code = value.replace(/\s+/g, "");
      if (isValidNumericTaxCode(code)) this.setText(field, code);
      else sink.error("import.badTaxCode", line, { field: label, value });
    } else {
      this.setText(field, value);
    }
  }

  private setNumber(field: Field, value: number): void {
    if (field === "population" || field === "employees" || field === "areaKm2") {
      this.administration[field] = value;
    }
  }

  private setText(field: Field, value: string): void {
    if (field !== "population" && field !== "employees" && field !== "areaKm2") {
      this.administration[field] = value;
    }
  }
}
