import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Medusa's order number (display_id) of each order id, for lists a merchant reads. */
export async function orderNumbersOf(scope: MedusaContainer, orderIds: string[]): Promise<Map<string, number>> {
  const ids = [...new Set(orderIds)]
  if (!ids.length) return new Map()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: ids } })
  return new Map(data.map((o) => [o.id as string, Number(o.display_id)] as const))
}
