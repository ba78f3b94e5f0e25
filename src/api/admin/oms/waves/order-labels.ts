import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export interface OrderLabel {
  display_id: number | null
  customer: string | null
  placed_at: string | null
  shipping_method: string | null
  tracking_numbers: string[]
}

/**
 * What staff recognise an order by, on the wave preview and the tote labels: its number, the
 * customer, when it was placed, how it ships and its tracking numbers once it has any.
 */
export async function loadOrderLabels(scope: MedusaContainer, orderIds: string[]): Promise<Map<string, OrderLabel>> {
  if (!orderIds.length) return new Map()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "display_id", "email", "created_at", "shipping_address.first_name", "shipping_address.last_name",
      "shipping_methods.name", "fulfillments.labels.tracking_number",
    ],
    filters: { id: orderIds },
  })
  return new Map(
    (data as any[]).map((o) => {
      const name = [o.shipping_address?.first_name, o.shipping_address?.last_name].filter(Boolean).join(" ")
      const tracking = (o.fulfillments ?? []).flatMap((f: any) => (f?.labels ?? []).map((l: any) => l?.tracking_number)).filter(Boolean)
      return [
        o.id as string,
        {
          display_id: o.display_id ?? null,
          customer: name || o.email || null,
          placed_at: o.created_at ? new Date(o.created_at).toISOString() : null,
          shipping_method: (o.shipping_methods ?? []).find((m: any) => m?.name)?.name ?? null,
          tracking_numbers: [...new Set<string>(tracking)],
        },
      ]
    })
  )
}

/** The store's name, printed on tote labels and packing slips. */
export async function loadStoreName(scope: MedusaContainer): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["name"], pagination: { take: 1 } })
  return (data[0]?.name as string | undefined) ?? null
}
