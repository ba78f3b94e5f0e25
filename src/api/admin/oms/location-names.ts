import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Medusa's name of each stock location, for lists staff read. */
export async function locationNamesOf(scope: MedusaContainer, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  if (!wanted.length) return new Map()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: wanted } })
  return new Map(data.map((l) => [l.id as string, (l.name as string) ?? ""] as const))
}
