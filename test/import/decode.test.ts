import { describe, expect, it } from "vitest";
import { translate } from "../../src/i18n/translate.ts";
import { decodeText, prepareText } from "../../src/import/decode.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const codes = (r: { diagnostics: { code: string; severity: string }[] }) =>
  r.diagnostics.map((d) => `${d.severity}:${d.code}`);

describe("decodeText", () => {
  it("rejects an empty or whitespace-only file", () => {
    for (const bytes of [new Uint8Array(), utf8(" \n\t\r\n  "), utf8("\uFEFF\n")]) {
      const r = decodeText(bytes);
      expect(r.text).toBeNull();
      expect(codes(r)).toEqual(["error:import.empty"]);
    }
  });

  it("rejects a file with NUL bytes as binary", () => {
    const r = decodeText(new Uint8Array([0x50, 0x49, 0x00, 0x41, 0x4f, 0xff, 0x00]));
    expect(r.text).toBeNull();
    expect(codes(r)).toEqual(["error:import.binary"]);
    expect(translate("import.binary", {}, "it")).toContain("binario");
  });

  it("rejects a PDF and tells to give the text extracted from it", () => {
    const r = decodeText(utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>"));
    expect(r.text).toBeNull();
    expect(codes(r)).toEqual(["error:import.pdf"]);
    expect(translate("import.pdf", {}, "it")).toMatch(/è un PDF.*Estrarre il testo/);
    expect(translate("import.pdf", {}, "en")).toMatch(/is a PDF.*Extract the text/);
  });

  it("strips the UTF-8 BOM and decodes UTF-8", () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("PARITÀ città ✓")]));
    expect(r).toEqual({ text: "PARITÀ città ✓", diagnostics: [] });
  });

  it('decodes UTF-16 with a byte-order mark (Notepad\'s "Unicode")', () => {
    const le = new Uint8Array([
      0xff, 0xfe, 0x50, 0x00, 0xe0, 0x00, 0x0d, 0x00, 0x0a, 0x00, 0x13, 0x27,
    ]);
    expect(decodeText(le)).toEqual({ text: "Pà\n✓", diagnostics: [] });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x50, 0x00, 0xe0]);
    expect(decodeText(be)).toEqual({ text: "Pà", diagnostics: [] });
    expect(codes(decodeText(new Uint8Array([0xff, 0xfe, 0x20, 0x00])))).toEqual([
      "error:import.empty",
    ]);
  });

  it("turns CRLF and CR into LF", () => {
    expect(decodeText(utf8("a\r\nb\rc\n\r\nd")).text).toBe("a\nb\nc\n\nd");
  });

  it("falls back to Windows-1252 with a warning naming the first line that is not UTF-8", () => {
    // "Città\n" in UTF-8, then "è già" in Windows-1252 (0xE8, 0xE0)
    const bytes = new Uint8Array([
      ...utf8("riga uno\n"),
      0x65,
      0x20,
      0xe8,
      0x20,
      0x67,
      0x69,
      0xe0,
      0x0d,
      0x0a,
      0x80,
    ]);
    const r = decodeText(bytes);
    expect(r.text).toBe("riga uno\ne è già\n€");
    expect(r.diagnostics).toEqual([
      { severity: "warning", code: "import.notUtf8", line: 2, params: {} },
    ]);
  });

  it("maps the bytes 0x80-0x9F of Windows-1252 (curly quotes, dashes, euro)", () => {
    // "l’ente “PIAO” – 5 €" as Word saves it in Windows-1252
    const bytes = new Uint8Array([
      0x6c, 0x92, 0x65, 0x6e, 0x74, 0x65, 0x20, 0x93, 0x50, 0x49, 0x41, 0x4f, 0x94, 0x20, 0x96,
      0x20, 0x35, 0x20, 0x80, 0x20, 0x85, 0x81,
    ]);
    expect(decodeText(bytes).text).toBe("l’ente “PIAO” – 5 € …\u0081");
  });

  it("keeps UTF-8 when only the last character is cut, and warns that the file is truncated", () => {
    const full = utf8("uno\ndue città");
    const r = decodeText(full.subarray(0, full.length - 1)); // half of "à"
    expect(r.text).toBe("uno\ndue citt");
    expect(codes(r)).toEqual(["warning:import.truncatedUtf8"]);
    expect(r.diagnostics[0]?.line).toBe(2);
  });
});

describe("prepareText", () => {
  it("applies the same checks to a string", () => {
    expect(prepareText("").text).toBeNull();
    expect(codes(prepareText("%PDF-1.4 ..."))).toEqual(["error:import.pdf"]);
    expect(codes(prepareText("a\0b"))).toEqual(["error:import.binary"]);
    expect(prepareText("\uFEFFa\r\nb")).toEqual({ text: "a\nb", diagnostics: [] });
  });
});
