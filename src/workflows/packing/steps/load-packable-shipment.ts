import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isOpen, ShipmentStage, transition } from "../../../lib/journey"
import { startPackSession } from "../../../lib/scanning/pack-session"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"
import { WAREHOUSE_MODULE } from "../../../modules/warehouse"
import type WarehouseModuleService from "../../../modules/warehouse/service"
import type { StoredPackLine } from "../types"

export const loadPackableShipmentStepId = "oms-load-packable-shipment"

/**
 * Read-only, under the order's pack lock: the order's shipment at the centre (default: its only
 * centre), checked by the stage machine (a centre that picks from bins packs only picked parts),
 * and its lines with title, SKU, barcode and inventory item for the bench.
 */
export const loadPackableShipmentStep = createStep(
  loadPackableShipmentStepId,
  async (input: { order_id: string; stock_location_id?: string | null }, { container }) =>
    new StepResponse(await expectedLinesFor(container as never, input.order_id, input.stock_location_id))
)

const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * The lines to pack for an order at one centre: its active allocations there, with title, SKU,
 * barcode and inventory item. Without `stockLocationId` the order must be routed to one centre.
 */
async function expectedLinesFor(container: MedusaContainer, orderId: string, stockLocationId?: string | null) {
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const shipments = (await oms.listShipments({ order_id: orderId }, { take: null })).filter(
    (s) => s.stock_location_id && isOpen(s.stage)
  )
  const centres = shipments.map((s) => s.stock_location_id as string)
  if (!stockLocationId && centres.length > 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `stock_location_id is required: order ${orderId} ships from ${centres.length} centres (${centres.join(", ")})`
    )
  }
  const location = stockLocationId ?? centres[0]
  const shipment = shipments.find((s) => s.stock_location_id === location)
  if (!location || !shipment) {
    throw notAllowed(`order ${orderId} has nothing to ship from stock location ${location ?? "(none)"}`)
  }
  // the stage machine decides (a centre that picks from bins packs only picked parts)
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const [layout] = await warehouse.listWarehouseLayouts({ stock_location_id: location }, { select: ["id"] })
  if (shipment.stage === "waved") {
    throw notAllowed(`order ${orderId} is still being picked in wave ${shipment.wave_id}: finish picking it first`)
  }
  const packable = transition(shipment.stage as ShipmentStage, "pack", { picks_from_bins: !!layout })
  if (!packable.ok || packable.noop) {
    throw notAllowed(`order ${orderId} cannot be packed at this centre: ${packable.ok ? "it is packed already" : packable.reason}`)
  }
  const here = (shipment.lines ?? []).map((l) => ({ line_item_id: l.line_item_id, quantity: l.quantity }))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.title", "items.variant_sku", "items.variant_barcode", "items.variant.inventory_items.inventory_item_id"],
    filters: { id: orderId },
  })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  const items = new Map((order.items ?? []).filter(Boolean).map((i: any) => [i.id, i] as const))
  const quantities = new Map<string, number>()
  for (const a of here) quantities.set(a.line_item_id, (quantities.get(a.line_item_id) ?? 0) + Number(a.quantity))
  const lines: StoredPackLine[] = [...quantities].map(([lineId, quantity]) => {
    const item: any = items.get(lineId)
    return {
      line_item_id: lineId,
      title: item?.title ?? null,
      sku: item?.variant_sku ?? null,
      barcode: item?.variant_barcode ?? null,
      inventory_item_id: item?.variant?.inventory_items?.[0]?.inventory_item_id ?? null,
      quantity,
      packed: 0,
    }
  })
  try {
    // the pure state machine's checks: every line scannable (SKU or barcode), something to pack
    startPackSession(lines)
  } catch (e) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `order ${orderId} cannot be packed: ${(e as Error).message}`)
  }
  return { stock_location_id: location, lines }
}

