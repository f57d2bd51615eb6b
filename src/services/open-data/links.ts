/**
 * The addresses of the open data: stable, the same for every edition of a
 * plan (a re-publication changes what they return, not where they are).
 */
import { type Lang, translate } from "../../i18n/index.ts";
import type { PublicPlanMeta } from "../public/read.ts";
import { DATASET_IDS, type DatasetId } from "./datasets.ts";
import { FORMATS, type Format } from "./formats.ts";

export const OPEN_DATA_PAGE = "/trasparenza/dati";
export const CATALOGUE_PATH = "/trasparenza/dati/catalogo.jsonld";

type PlanAddress = Pick<PublicPlanMeta, "administrationId" | "period">;

/** "/trasparenza/enti/7/piao/2025-2027/dati/obiettivi.csv". */
export function openDataPath(meta: PlanAddress, dataset: DatasetId, format: Format): string {
  return `/trasparenza/enti/${meta.administrationId}/piao/${meta.period}/dati/${dataset}.${format}`;
}

/** The anchor of a plan's section on /trasparenza/dati. */
export function planAnchor(meta: PlanAddress): string {
  return `ente-${meta.administrationId}-piao-${meta.period}`;
}

export interface OpenDataLink {
  dataset: DatasetId;
  format: Format;
  /** Site-relative address. */
  href: string;
  /** "Obiettivi (CSV)". */
  label: string;
}

/** Every file of a published plan, dataset by dataset, for the plan's public page. */
export function openDataLinks(meta: PlanAddress, lang: Lang = "it"): OpenDataLink[] {
  return DATASET_IDS.flatMap((dataset) =>
    FORMATS.map((format) => ({
      dataset,
      format,
      href: openDataPath(meta, dataset, format),
      label: translate(
        "openData.linkLabel",
        {
          dataset: translate(`openData.dataset.${dataset}`, {}, lang),
          format: format.toUpperCase(),
        },
        lang,
      ),
    })),
  );
}
