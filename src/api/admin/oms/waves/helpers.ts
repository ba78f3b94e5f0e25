import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { WAREHOUSE_MODULE } from "../../../../modules/warehouse"
import type WarehouseModuleService from "../../../../modules/warehouse/service"
import { loadLineInfo, type LineInfo } from "../../../../workflows/picking/steps/shared"
import { loadWaveNames } from "./wave-names"
import { loadOrderLabels, loadStoreName } from "./order-labels"

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
  const orderIds = claims.map((c) => c.order_id)
  const [info, names, labels, store_name] = await Promise.all([
    loadLineInfo(container, orderIds),
    loadWaveNames(container, [wave]),
    loadOrderLabels(container, orderIds),
    loadStoreName(container),
  ])
  const views = lines.map((l) => pickLineView(l, info))
  return {
    id: wave.id,
    name: names.get(wave.id) ?? null,
    stock_location_id: wave.stock_location_id,
    status: wave.status,
    mode: wave.mode,
    created_by: wave.created_by,
    created_at: wave.created_at,
    picked_at: wave.picked_at,
    store_name,
    orders: claims.map((c) => ({ order_id: c.order_id, tote: c.tote, status: c.status, label: labels.get(c.order_id) ?? null })),
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
 * line's picked count (with when and by whom), its order's claim (tote, status), and the wave's
 * status and progress. A few single-row reads and two aggregates, whatever the wave's size; the
 * item's title and SKU did not change, so the screen keeps its own.
 */
export async function loadPickChange(container: MedusaContainer, waveId: string, pickLineId: string) {
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [[wave], [line], lineCounts, claimCounts] = await Promise.all([
    warehouse.listWaves({ id: waveId }, { select: ["id", "status", "picked_at"] }),
    warehouse.listPickLines({ id: pickLineId, wave_id: waveId }, { select: ["id", "order_id", "quantity", "picked_quantity", "picked_at", "picked_by"] }),
    knex("oms_pick_line")
      .where({ wave_id: waveId })
      .whereNull("deleted_at")
      .first(
        knex.raw("count(*)::int as lines_total"),
        knex.raw("count(*) filter (where picked_quantity >= quantity)::int as lines_picked"),
        knex.raw("coalesce(sum(quantity), 0)::int as units_total"),
        knex.raw("coalesce(sum(picked_quantity), 0)::int as units_picked")
      ),
    // released claims count too, as in the full view
    knex("oms_wave_order").where({ wave_id: waveId }).select("status").count("* as n").groupBy("status"),
  ])
  if (!wave || !line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pick line ${pickLineId} of wave ${waveId} was not found`)
  const [claim] = await warehouse.listWaveOrders({ wave_id: waveId, order_id: line.order_id }, { select: ["order_id", "tote", "status"] })
  const byStatus = new Map((claimCounts as { status: string; n: string | number }[]).map((c) => [c.status, Number(c.n)]))
  const claimsOf = (status: string) => byStatus.get(status) ?? 0
  return {
    line: { id: line.id, order_id: line.order_id, quantity: line.quantity, picked_quantity: line.picked_quantity, picked_at: line.picked_at, picked_by: line.picked_by },
    order: claim ? { order_id: claim.order_id, tote: claim.tote, status: claim.status } : null,
    wave: {
      id: wave.id,
      status: wave.status,
      picked_at: wave.picked_at,
      progress: {
        orders_total: [...byStatus.values()].reduce((a, b) => a + b, 0),
        orders_waiting: claimsOf("waiting"),
        orders_picked: claimsOf("picked"),
        orders_short: claimsOf("short"),
        orders_canceled: claimsOf("canceled"),
        ...lineCounts,
      },
    },
  }
}
