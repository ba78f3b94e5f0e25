import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"
import type { ShipmentCreate, ShipmentMove, ShipmentUndo } from "../../modules/oms/shipment-moves"
import { WAREHOUSE_MODULE } from "../../modules/warehouse"
import type WarehouseModuleService from "../../modules/warehouse/service"

export interface MoveShipmentsInput {
  moves?: ShipmentMove[]
  creates?: ShipmentCreate[]
  actor?: string | null
}

export const moveShipmentsStepId = "oms-move-shipments"

/**
 * Moves shipments through the stage machine (`OmsModuleService.moveShipments`): the only way a
 * stage changes. Tells the machine which centres pick from bins (have a warehouse layout).
 * Compensation restores the shipments, their timeline entries and the orders' stages.
 */
export const moveShipmentsStep = createStep(
  moveShipmentsStepId,
  async (input: MoveShipmentsInput, { container }) => {
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const moves = await withBinFacts(container, input.moves ?? [])
    const { result, undo } = await oms.moveShipments({ moves, creates: input.creates, actor: input.actor })
    return new StepResponse(result, undo)
  },
  async (undo: ShipmentUndo | undefined, { container }) => {
    if (!undo || (!undo.updated.length && !undo.created_ids.length && !undo.orders.length)) return
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    await oms.undoShipmentMoves(undo)
  }
)

async function withBinFacts(container: { resolve: Function }, moves: ShipmentMove[]): Promise<ShipmentMove[]> {
  const needs = moves.filter((m) => m.picks_from_bins === undefined && (m.action === "pack" || m.action === "fulfillment_canceled"))
  const locations = [...new Set(needs.map((m) => m.stock_location_id).filter((l): l is string => !!l))]
  if (!locations.length) return moves
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const layouts = await warehouse.listWarehouseLayouts({ stock_location_id: locations }, { select: ["stock_location_id"] })
  const withBins = new Set(layouts.map((l) => l.stock_location_id))
  return moves.map((m) =>
    m.picks_from_bins === undefined && m.stock_location_id ? { ...m, picks_from_bins: withBins.has(m.stock_location_id) } : m
  )
}
