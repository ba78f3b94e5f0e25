import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { WAREHOUSE_MODULE } from "../../../../modules/warehouse"
import type WarehouseModuleService from "../../../../modules/warehouse/service"
import { loadLineInfo, type LineInfo } from "../../../../workflows/picking/steps/shared"

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

type PickLineRow = Awaited<ReturnType<WarehouseModuleService["listPickLines"]>>[number]
type ClaimRow = { status: string }

/** One pick line as the picking screen shows it: the stored line plus the item's SKU and title. */
export function pickLineView(l: PickLineRow, info: Map<string, LineInfo>) {
  return {
    id: l.id,
    order_id: l.order_id,
    line_item_id: l.line_item_id,
    inventory_item_id: l.inventory_item_id,
    sequence: l.sequence,
    bin_code: l.bin_code,
    sku: info.get(l.line_item_id)?.sku ?? null,
    title: info.get(l.line_item_id)?.title ?? null,
    quantity: l.quantity,
    picked_quantity: l.picked_quantity,
    short_reason: l.short_reason,
    picked_at: l.picked_at,
    picked_by: l.picked_by,
  }
}

/** Order, line and unit counts of a wave from its claims (released ones included) and lines. */
export function waveProgress(claims: ClaimRow[], lines: { quantity: number; picked_quantity: number }[]) {
  const statusCount = (status: string) => claims.filter((c) => c.status === status).length
  return {
    orders_total: claims.length,
    orders_waiting: statusCount("waiting"),
    orders_picked: statusCount("picked"),
    orders_short: statusCount("short"),
    orders_canceled: statusCount("canceled"),
    lines_total: lines.length,
    lines_picked: lines.filter((l) => l.picked_quantity >= l.quantity).length,
    units_total: sum(lines.map((l) => l.quantity)),
    units_picked: sum(lines.map((l) => l.picked_quantity)),
  }
}

/**
 * A wave with its orders (released ones included), pick lists per tote and all pick lines in
 * route order, plus progress counts. 404 for an unknown wave.
 */
export async function loadWaveView(container: MedusaContainer, waveId: string) {
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const [wave] = await warehouse.listWaves({ id: waveId })
  if (!wave) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wave ${waveId} was not found`)
  const [claims, lines] = await Promise.all([
    warehouse.listWaveOrders({ wave_id: waveId }, { withDeleted: true, order: { tote: "ASC" } }),
    warehouse.listPickLines({ wave_id: waveId }, { order: { sequence: "ASC" } }),
  ])
  const info = await loadLineInfo(container, claims.map((c) => c.order_id))
  const views = lines.map((l) => pickLineView(l, info))
  return {
    id: wave.id,
    stock_location_id: wave.stock_location_id,
    status: wave.status,
    mode: wave.mode,
    created_by: wave.created_by,
    created_at: wave.created_at,
    picked_at: wave.picked_at,
    orders: claims.map((c) => ({ order_id: c.order_id, tote: c.tote, status: c.status })),
    pick_lists: claims.map((c) => ({
      tote: c.tote,
      order_id: c.order_id,
      status: c.status,
      lines: views.filter((l) => l.order_id === c.order_id),
    })),
    lines: views,
    route: wave.route,
    progress: waveProgress(claims, lines),
  }
}

/**
 * What one pick changed, for the picking screen to apply to the wave it already shows: the
 * line (with SKU and title), its order's claim (tote, status), and the wave's status and
 * progress. Reads one order's items instead of every order's, and only counts for the rest.
 */
export async function loadPickChange(container: MedusaContainer, waveId: string, pickLineId: string) {
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const [[wave], [line], claims, counts] = await Promise.all([
    warehouse.listWaves({ id: waveId }, { select: ["id", "status", "picked_at"] }),
    warehouse.listPickLines({ id: pickLineId, wave_id: waveId }),
    warehouse.listWaveOrders({ wave_id: waveId }, { withDeleted: true, select: ["order_id", "tote", "status"], take: null }),
    warehouse.listPickLines({ wave_id: waveId }, { select: ["quantity", "picked_quantity"], take: null }),
  ])
  if (!wave || !line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pick line ${pickLineId} of wave ${waveId} was not found`)
  const info = await loadLineInfo(container, [line.order_id])
  const claim = claims.find((c) => c.order_id === line.order_id)
  return {
    line: pickLineView(line, info),
    order: claim ? { order_id: claim.order_id, tote: claim.tote, status: claim.status } : null,
    wave: { id: wave.id, status: wave.status, picked_at: wave.picked_at, progress: waveProgress(claims, counts) },
  }
}
