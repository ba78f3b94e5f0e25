import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export interface ReturnLineFilters {
  from?: string
  to?: string
  stock_location_id?: string
  cause?: string
}

/** The returned lines a filter selects, as a query on the fact table (indexed by request time, centre and cause). */
export function returnLinesQuery(scope: MedusaContainer, q: ReturnLineFilters) {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const base = knex("oms_return_line").whereNull("deleted_at")
  if (q.from) base.where("requested_at", ">=", new Date(q.from))
  if (q.to) base.where("requested_at", "<=", new Date(q.to))
  if (q.stock_location_id) base.where("stock_location_id", q.stock_location_id)
  if (q.cause) base.where("cause", q.cause)
  return base
}

const EXPORT_PAGE = 1_000

/**
 * The filter's returned lines, oldest first, in pages of 1,000 in id order (ids grow with
 * time): each page one short indexed query, so an export of any length holds one page at once.
 */
export async function* returnLinePages(scope: MedusaContainer, q: ReturnLineFilters, pageSize = EXPORT_PAGE): AsyncGenerator<Record<string, any>> {
  for (let after = ""; ; ) {
    const page = await returnLinesQuery(scope, q).select("*").where("id", ">", after).orderBy("id").limit(pageSize)
    yield* page
    if (page.length < pageSize) return
    after = page[page.length - 1].id
  }
}
