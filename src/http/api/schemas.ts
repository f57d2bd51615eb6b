/**
 * Schemas the API's operations share: pages of results and the published
 * administration. Each named one (`meta({ id })`) is a component of the
 * OpenAPI document.
 */
import { z } from "zod";

/** ?page=&pageSize= : 1-based page, at most 200 items. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).describe("Page, from 1"),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).describe("Items per page (≤ 200)"),
});

export const PageInfo = z
  .object({
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int().describe("Items matching the filters, over all pages"),
  })
  .meta({ id: "PageInfo" });

/** A page of `item`s. */
export function paged<T extends z.ZodType>(item: T, id: string) {
  return z.object({ items: z.array(item), page: PageInfo }).meta({ id });
}

export const PublicAdministrationSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.string().nullable(),
    region: z.string().nullable(),
    legalSeat: z.string().nullable(),
    website: z.string().nullable(),
    pec: z.string().nullable(),
    ipaCode: z.string().nullable().describe("Codice IPA"),
    taxCode: z.string().nullable().describe("Codice fiscale"),
    employees: z.number().int().nullable(),
  })
  .meta({ id: "Administration" });

export const AdministrationListItemSchema = PublicAdministrationSchema.extend({
  plans: z.array(z.object({ planId: z.number().int(), period: z.string() })),
}).meta({ id: "AdministrationListItem" });

/** Path parameter of a numeric id. */
export const idParam = (name: string) =>
  z.object({ [name]: z.coerce.number().int().min(1) }) as z.ZodObject<
    Record<string, z.ZodCoercedNumber<unknown>>
  >;
