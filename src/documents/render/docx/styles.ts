/**
 * The Word styles of the DOCX renderer: page geometry, paragraph styles
 * (Title, Heading 1–3, Normal, Caption and our own), the table style and the
 * bullet list. Content gets style ids, never ad-hoc formatting, so a reader
 * who restyles the document in Word restyles all of it.
 */

import {
  AlignmentType,
  BorderStyle,
  type INumberingOptions,
  type IStylesOptions,
  LevelFormat,
  LineRuleType,
  ShadingType,
} from "docx";

/** Ids of the paragraph styles the blocks use, beside Word's built-in ones. */
export const STYLE = {
  title: "Title",
  normal: "Normal",
  caption: "Caption",
  lead: "Lead",
  note: "Note",
  missing: "Missing",
  coverLine: "CoverLine",
  tocHeading: "TOCHeading",
  tableText: "TableText",
  tableHeader: "TableHeading",
  signature: "Signature",
  footer: "Footer",
  spacer: "TableSpacer",
} as const;

export const TABLE_STYLE = "PiaoTable";
export const BULLETS = "piao-bullets";

/** A4 portrait in twips (1/20 pt): 2 cm margins at the sides, 2.5 cm top and bottom. */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginX: 1134,
  marginY: 1418,
  footer: 567,
} as const;

/** What text may fill between the margins, in twips and in CSS pixels (96 to the inch). */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.marginX;
export const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

export const FONT = "Arial";
const ACCENT = "1F3864";
const GREY_TEXT = "595959";
export const HEADER_FILL = "1F3864";
export const LABEL_FILL = "F2F2F2";
const MISSING_FILL = "FFF2CC";
const MISSING_BORDER = "BF8F00";

/** Font sizes in half-points. */
const SIZE = { normal: 21, small: 18, lead: 24, title: 52, h1: 32, h2: 26, h3: 23, cover: 26 };

export function documentStyles(lang: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.normal, language: { value: lang } },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, size: SIZE.title, bold: true, color: ACCENT },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 2880, after: 480 } },
      },
      heading1: heading(SIZE.h1, 0, 480),
      heading2: heading(SIZE.h2, 1, 360),
      heading3: heading(SIZE.h3, 2, 240),
      caption: {
        run: { font: FONT, size: SIZE.small, bold: true, italics: false, color: ACCENT },
        paragraph: { keepNext: true, spacing: { before: 120, after: 60 } },
      },
      listParagraph: { paragraph: { spacing: { after: 60 }, contextualSpacing: true } },
    },
    paragraphStyles: ownStyles(),
  };
}

/** Our paragraph styles, each based on Normal. */
function ownStyles(): OwnStyle[] {
  return [
    own(STYLE.lead, "Paragrafo introduttivo", { run: { size: SIZE.lead } }),
    own(STYLE.note, "Nota", { run: { size: SIZE.small, italics: true, color: GREY_TEXT } }),
    own(STYLE.missing, "Contenuto mancante", {
      run: { italics: true, color: "7F6000" },
      paragraph: {
        shading: { type: ShadingType.CLEAR, color: "auto", fill: MISSING_FILL },
        border: {
          left: { style: BorderStyle.SINGLE, size: 24, color: MISSING_BORDER, space: 6 },
        },
        indent: { left: 170, right: 57 },
        spacing: { before: 120, after: 180 },
      },
    }),
    own(STYLE.coverLine, "Riga di copertina", {
      run: { size: SIZE.cover, color: GREY_TEXT },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 160 } },
    }),
    own(STYLE.tocHeading, "Titolo indice", {
      run: { size: SIZE.h1, bold: true, color: ACCENT },
      paragraph: { spacing: { after: 240 } },
    }),
    own(STYLE.tableText, "Testo tabella", {
      run: { size: SIZE.small },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    }),
    own(STYLE.tableHeader, "Intestazione tabella", {
      basedOn: STYLE.tableText,
      run: { size: SIZE.small, bold: true, color: "FFFFFF" },
      paragraph: {
        keepNext: true,
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      },
    }),
    own(STYLE.signature, "Firma", {
      paragraph: { indent: { left: TEXT_WIDTH / 2 }, keepLines: true },
    }),
    own(STYLE.footer, "Piè di pagina", {
      run: { size: SIZE.small, color: GREY_TEXT },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
    }),
    own(STYLE.spacer, "Spazio dopo tabella", {
      run: { size: 8 },
      paragraph: { spacing: { before: 0, after: 120, line: 240, lineRule: LineRuleType.AUTO } },
    }),
  ];
}

function heading(size: number, outlineLevel: number, before: number) {
  return {
    run: { font: FONT, size, bold: true, color: ACCENT },
    paragraph: { keepNext: true, keepLines: true, outlineLevel, spacing: { before, after: 120 } },
  };
}

type OwnStyle = NonNullable<IStylesOptions["paragraphStyles"]>[number];

function own(id: string, name: string, options: Omit<OwnStyle, "id" | "name">): OwnStyle {
  return { id, name, basedOn: STYLE.normal, next: STYLE.normal, quickFormat: true, ...options };
}

const SIDE = `w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"`;

/**
 * The table style, given to the docx package as "external styles" (it has no
 * option for table styles): thin grey grid, small cell margins. The header
 * row's look (white bold on dark blue) is the TableHeading style and the
 * cells' shading, not a conditional format of this style: docx's page-number
 * estimator stops at those, and LibreOffice reads them only in part.
 */
export const EXTERNAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="table" w:styleId="${TABLE_STYLE}">
<w:name w:val="Tabella PIAO"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>
<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
<w:rPr><w:sz w:val="${SIZE.small}"/></w:rPr>
<w:tblPr><w:tblBorders><w:top ${SIDE}/><w:left ${SIDE}/><w:bottom ${SIDE}/><w:right ${SIDE}/><w:insideH ${SIDE}/><w:insideV ${SIDE}/></w:tblBorders>
<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>
</w:style></w:styles>`.replaceAll("\n", "");

export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [0, 1, 2].map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: level === 1 ? "\u2013" : "\u2022",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 284 } } },
      })),
    },
  ],
};
