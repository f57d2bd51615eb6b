/**
 * The catalogue of the open data in DCAT-AP_IT (the Italian profile of
 * DCAT-AP, the metadata dati.gov.it harvests), as JSON-LD: a
 * dcatapit:Catalog with one dcatapit:Dataset per published plan and dataset,
 * one dcatapit:Distribution per format.
 *
 * - dct:identifier: "<IPA code>:piao-<period>-<dataset>" (the profile's
 *   "codice IPA:identificativo"), stable across editions; "ente-<id>" stands
 *   for the IPA code of an administration without one.
 * - dct:publisher and dct:rightsHolder: the administration (dcatapit:Agent,
 *   dct:identifier its IPA code); the catalogue's publisher is that
 *   administration when only one publishes, else the portal itself.
 * - dcat:theme GOVE (EU data themes), dct:accrualPeriodicity ANNUAL (the
 *   PIAO is updated every year), dct:issued the plan's publication,
 *   dct:modified the latest publication its rows come from.
 * - dcat:contactPoint: the administration's PEC (else its e-mail) as vCard.
 */
import type { OpenDataConfig } from "../../config.ts";
import type { PublishedPlan } from "../public/read.ts";
import { DATASET_IDS, type DatasetId } from "./datasets.ts";
import { datasetDescription, datasetTitle, FORMATS, type Format, MEDIA_TYPES } from "./formats.ts";
import { CATALOGUE_PATH, OPEN_DATA_PAGE, openDataPath, planAnchor } from "./links.ts";

export const CATALOGUE_CONTEXT = {
  dcatapit: "http://dati.gov.it/onto/dcatapit#",
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  foaf: "http://xmlns.com/foaf/0.1/",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

const EU = "http://publications.europa.eu/resource/authority";
const THEME = `${EU}/data-theme/GOVE`;
const ANNUAL = `${EU}/frequency/ANNUAL`;
const ITALIAN = `${EU}/language/ITA`;
const FILE_TYPES: Record<Format, string> = {
  csv: `${EU}/file-type/CSV`,
  json: `${EU}/file-type/JSON`,
  xlsx: `${EU}/file-type/XLSX`,
};
const IANA = "https://www.iana.org/assignments/media-types";
/** ADMS licence type of the Creative Commons "BY" licences. */
const ATTRIBUTION = "http://purl.org/adms/licencetype/Attribution";

/** Datasets whose rows come from the monitoring campaigns. */
const FROM_CAMPAIGNS = new Set<DatasetId>(["rilevazioni", "risultati", "misure-prevenzione"]);

type Node = Record<string, unknown>;

const it = (value: string): Node => ({ "@language": "it", "@value": value });
const date = (iso: string): Node => ({ "@type": "xsd:date", "@value": iso.slice(0, 10) });
const ref = (iri: string): Node => ({ "@id": iri });

export interface CatalogueOptions {
  /** Absolute, without a trailing slash. */
  publicUrl: string;
  license: OpenDataConfig;
  /** When the public data last changed (the publication generation), for the catalogue's dct:modified. */
  modified: string | null;
}

function ipaOf(plan: PublishedPlan): string {
  return plan.administration.ipaCode ?? `ente-${plan.administration.id}`;
}

function agent(plan: PublishedPlan, base: string): Node {
  return {
    "@id": `${base}/trasparenza/enti/${plan.administration.id}`,
    "@type": ["foaf:Agent", "dcatapit:Agent"],
    "dct:identifier": ipaOf(plan),
    "foaf:name": it(plan.administration.name),
  };
}

function contactPoint(plan: PublishedPlan, base: string): Node | null {
  const mail = plan.administration.pec ?? plan.document.administration.email;
  const website = plan.administration.website;
  if (!mail && !website) return null;
  return {
    "@id": `${base}/trasparenza/enti/${plan.administration.id}#contatti`,
    "@type": ["vcard:Organization", "vcard:Kind", "dcatapit:Organization"],
    "vcard:fn": plan.administration.name,
    ...(mail ? { "vcard:hasEmail": ref(`mailto:${mail}`) } : {}),
    ...(website ? { "vcard:hasURL": ref(website) } : {}),
  };
}

function licenseNode(license: OpenDataConfig): Node {
  const attribution = /creativecommons\.org\/licenses\/by\//.test(license.licenseUrl);
  return {
    "@id": license.licenseUrl,
    "@type": ["dct:LicenseDocument", "dcatapit:LicenseDocument"],
    "foaf:name": license.licenseName,
    ...(attribution ? { "dct:type": ref(ATTRIBUTION) } : {}),
  };
}

/** The latest of ISO timestamps, or null. */
function latest(dates: (string | null)[]): string | null {
  return (
    dates
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null
  );
}

/** The latest of the plan's publication and, for campaign datasets, its campaigns'. */
function modifiedOf(plan: PublishedPlan, id: DatasetId): string {
  const campaigns = FROM_CAMPAIGNS.has(id) ? plan.campaigns.map((c) => c.publishedAt) : [];
  return latest([plan.meta.publishedAt, ...campaigns]) ?? plan.meta.publishedAt;
}

function dataset(plan: PublishedPlan, id: DatasetId, options: CatalogueOptions): Node {
  const base = options.publicUrl;
  const { meta, administration } = plan;
  const page = `${base}${OPEN_DATA_PAGE}#${planAnchor(meta)}`;
  const iri = `${page}-${id}`;
  const title = `PIAO ${meta.period} — ${datasetTitle(id)} — ${administration.name}`;
  const description = `${datasetDescription(id)} ${meta.title} (edizione ${meta.editionNumber}).`;
  const contact = contactPoint(plan, base);
  const publisher = agent(plan, base);
  return {
    "@id": iri,
    "@type": ["dcat:Dataset", "dcatapit:Dataset"],
    "dct:identifier": `${ipaOf(plan)}:piao-${meta.period}-${id}`,
    "dct:title": it(title),
    "dct:description": it(description),
    "dct:publisher": publisher,
    "dct:rightsHolder": publisher,
    "dcat:theme": ref(THEME),
    "dct:accrualPeriodicity": ref(ANNUAL),
    "dct:language": ref(ITALIAN),
    "dct:issued": date(meta.publishedAt),
    "dct:modified": date(modifiedOf(plan, id)),
    "dct:temporal": {
      "@type": "dct:PeriodOfTime",
      "dcat:startDate": date(`${meta.startYear}-01-01`),
      "dcat:endDate": date(`${meta.endYear}-12-31`),
    },
    "dcat:keyword": [it("PIAO"), it("performance"), it(datasetTitle(id).toLowerCase())],
    "dcat:landingPage": ref(page),
    ...(contact ? { "dcat:contactPoint": contact } : {}),
    "dcat:distribution": FORMATS.map((format) => {
      const url = `${base}${openDataPath(meta, id, format)}`;
      return {
        "@id": `${iri}-${format}`,
        "@type": ["dcat:Distribution", "dcatapit:Distribution"],
        "dct:title": it(`${datasetTitle(id)} (${format.toUpperCase()})`),
        "dct:format": ref(FILE_TYPES[format]),
        "dcat:mediaType": ref(`${IANA}/${MEDIA_TYPES[format].split(";")[0]}`),
        "dcat:accessURL": ref(url),
        "dcat:downloadURL": ref(url),
        "dct:license": licenseNode(options.license),
      };
    }),
  };
}

function cataloguePublisher(plans: PublishedPlan[], base: string): Node {
  const ids = new Set(plans.map((p) => p.administration.id));
  const only = plans[0];
  if (only && ids.size === 1) return agent(only, base);
  return {
    "@id": `${base}${OPEN_DATA_PAGE}#portale`,
    "@type": ["foaf:Agent", "dcatapit:Agent"],
    "dct:identifier": new URL(base).host,
    "foaf:name": it("Portale trasparenza PIAO"),
  };
}

/** The DCAT-AP_IT catalogue of every published plan's open data. */
export function openDataCatalogue(plans: PublishedPlan[], options: CatalogueOptions): Node {
  const base = options.publicUrl;
  const modified = latest([
    options.modified,
    ...plans.flatMap((p) => [p.meta.publishedAt, ...p.campaigns.map((c) => c.publishedAt)]),
  ]);
  return {
    "@context": CATALOGUE_CONTEXT,
    "@id": `${base}${CATALOGUE_PATH}`,
    "@type": ["dcat:Catalog", "dcatapit:Catalog"],
    "dct:title": it("Dati aperti dei PIAO pubblicati"),
    "dct:description": it(
      "Obiettivi, indicatori, target, rilevazioni e risultati dei Piani integrati di attività e organizzazione (PIAO) pubblicati, in CSV, JSON e XLSX.",
    ),
    "dct:publisher": cataloguePublisher(plans, base),
    ...(modified ? { "dct:modified": date(modified) } : {}),
    "dct:language": ref(ITALIAN),
    "foaf:homepage": ref(`${base}${OPEN_DATA_PAGE}`),
    "dcat:themeTaxonomy": ref(`${EU}/data-theme`),
    "dcat:dataset": plans.flatMap((plan) => DATASET_IDS.map((id) => dataset(plan, id, options))),
  };
}
