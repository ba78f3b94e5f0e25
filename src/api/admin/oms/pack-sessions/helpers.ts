import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { runStepsInSlices } from "../../../../lib/cooperative"
import { QUANTITY_MAX } from "../../../../lib/limits"
import { DEFAULT_VOLUMETRIC_DIVISOR, evaluateCartonSteps, normalizeItems, unitsFromLines, type Parcel } from "../../../../lib/packing"
import { progressOf } from "../../../../lib/scanning/pack-session"
import { WAREHOUSE_MODULE } from "../../../../modules/warehouse"
import type WarehouseModuleService from "../../../../modules/warehouse/service"
import { stateOf, type PackSessionRecord } from "../../../../workflows/packing"
import { toPackingCarton } from "../../../../workflows/warehouse/steps/cartons"
import { recommendForItems } from "../cartons/helpers"
import { fulfillmentStateOf } from "./fulfillment-state"
import { loadStoreName } from "../waves/order-labels"

const inventoryLines = (session: PackSessionRecord) =>
  session.scans.lines
    .filter((l) => l.inventory_item_id && l.quantity > 0)
    .map((l) => ({ inventory_item_id: l.inventory_item_id as string, quantity: l.quantity }))

/**
 * Display id and ship-to address of the order, for the bench heading, and what the packing slip
 * and tote label print: when it was placed, how it ships, the store's name.
 */
async function shipToOf(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: [order] }, store_name] = await Promise.all([query.graph({
    entity: "order",
    fields: [
      "display_id", "created_at", "email", "shipping_methods.name",
      "shipping_address.first_name", "shipping_address.last_name", "shipping_address.company",
      "shipping_address.address_1", "shipping_address.address_2", "shipping_address.city",
      "shipping_address.province", "shipping_address.postal_code", "shipping_address.country_code",
    ],
    filters: { id: orderId },
  }), loadStoreName(container)])
  const a: any = order?.shipping_address
  const ship_to = a
    ? {
        name: [a.first_name, a.last_name].filter(Boolean).join(" ") || null,
        company: a.company ?? null,
        lines: [a.address_1, a.address_2, [a.postal_code, a.city].filter(Boolean).join(" "), a.province, a.country_code?.toUpperCase()].filter(Boolean),
      }
    : null
  return {
    display_id: order?.display_id != null ? Number(order.display_id) : null,
    ship_to,
    placed_at: order?.created_at ? new Date(order.created_at as string).toISOString() : null,
    shipping_method: ((order?.shipping_methods ?? []) as any[]).find((m) => m?.name)?.name ?? null,
    store_name,
    email: (order?.email as string | undefined) ?? null,
  }
}

/** What the bench shows: expected items with progress, the carton recommendation, refusals. */
export async function sessionView(container: MedusaContainer, session: PackSessionRecord) {
  const lines = inventoryLines(session)
  const [{ recommendation }, { display_id, ship_to, ...order }, shipment] = await Promise.all([
    lines.length ? recommendForItems(container, session.stock_location_id, lines) : Promise.resolve({ recommendation: null }),
    shipToOf(container, session.order_id),
    fulfillmentStateOf(container, session),
  ])
  return {
    id: session.id,
    order_id: session.order_id,
    display_id,
    ship_to,
    /** For the packing slip: placed_at, shipping_method, store_name, email. */
    order,
    stock_location_id: session.stock_location_id,
    status: session.status,
    packed_by: session.packed_by,
    fulfillment_id: session.fulfillment_id,
    carton_code: session.carton_code,
    parcels: session.parcels,
    completed_at: session.completed_at,
    /** Stage, tracking numbers and next action from Medusa's fulfilment (survives a reload). */
    shipment,
    expected_items: session.scans.lines.map(({ line_item_id, title, sku, barcode, quantity, packed }) => ({
      line_item_id, title, sku, barcode, quantity, packed,
    })),
    progress: progressOf(stateOf(session)),
    accepted_count: session.scans.accepted ?? 0,
    refused_count: session.refused_count,
    scans: session.scans.events ?? [],
    recommendation,
  }
}

/**
 * The parcels for completion: the packer's carton (`carton_code`, 400 when it does not hold
 * everything) or else the recommendation. Returns stage details with the billable weight.
 */
export async function parcelsFor(container: MedusaContainer, session: PackSessionRecord, cartonCode?: string) {
  const lines = inventoryLines(session)
  if (!cartonCode) {
    if (!lines.length) return { carton_code: null, parcels: [] as Parcel[], billable_weight_g: 0, warnings: [] as string[] }
    const { recommendation } = await recommendForItems(container, session.stock_location_id, lines)
    return {
      carton_code: recommendation.mode === "single" ? recommendation.parcels[0].carton_id : null,
      parcels: recommendation.parcels,
      billable_weight_g: recommendation.total_billable_weight_g,
      warnings: recommendation.warnings,
    }
  }
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const [carton] = await warehouse.listCartons({ stock_location_id: session.stock_location_id, code: cartonCode, active: true })
  if (!carton) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `carton_code: no active carton ${cartonCode} at stock location ${session.stock_location_id}`)
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const items = lines.length
    ? await inventory.listInventoryItems({ id: lines.map((l) => l.inventory_item_id) }, { select: ["id", "weight", "length", "width", "height"], take: null })
    : []
  const num = (v: unknown) => (v == null ? null : Number(v))
  const byId = new Map(items.map((i) => [i.id, i] as const))
  const units = unitsFromLines(
    lines.map((l) => {
      const i = byId.get(l.inventory_item_id)
      return { id: l.inventory_item_id, quantity: l.quantity, weight_g: num(i?.weight), length_cm: num(i?.length), width_cm: num(i?.width), height_cm: num(i?.height) }
    })
  )
  const { items: sized, warnings } = normalizeItems(units)
  const total = lines.reduce((sum, l) => sum + l.quantity, 0)
  if (total > QUANTITY_MAX.recommend_total) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `carton_code: ${total} units are more than the ${QUANTITY_MAX.recommend_total} one carton check handles; complete without carton_code and record the cartons by hand`
    )
  }
  // the fit search grows faster than linearly: computed in slices so other requests are answered meanwhile
  const result = await runStepsInSlices(evaluateCartonSteps(sized, toPackingCarton(carton as never), DEFAULT_VOLUMETRIC_DIVISOR), { sliceMs: 10 })
  if (!result.fits) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `carton_code: carton ${cartonCode} does not hold the order: ${result.reason}`)
  }
  return { carton_code: cartonCode, parcels: [result.parcel], billable_weight_g: result.parcel.billable_weight_g, warnings }
}
