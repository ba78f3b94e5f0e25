import type { MedusaContainer } from "@medusajs/framework/types"
import type { Period } from "../../../../../../lib/kpi"
import { isRootCause, type ProductReturnCounts, type RootCause } from "../../../../../../lib/returns"
import { latestWords, productReturnCells } from "../../../returns/rates/helpers"

/**
 * The product's counts over the return-rate breakdown's own cohort (the orders placed in the
 * period, their parts that left, their returned lines whenever they came), so the product page
 * and the returns page's "by product" give one product the same figure.
 */
export async function loadProductReturns(scope: MedusaContainer, productId: string, period: Period): Promise<ProductReturnCounts> {
  const [cells, words] = await Promise.all([productReturnCells(scope, period, productId), latestWords(scope, period, {}, "product", "UTC", [productId])])
  const rootCause = <T extends { cause: string }>(row: T): row is T & { cause: RootCause } => isRootCause(row.cause)
  return {
    shipped_units: cells.shipped_units,
    by_cause: cells.by_cause.filter(rootCause),
    words: (words.get(productId) ?? []).filter(rootCause),
  }
}
