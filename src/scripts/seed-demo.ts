/**
 * Demo store "Toko Nusantara" with four fulfilment centres and ~90 days of routed orders.
 *
 *   npx medusa exec ./src/scripts/seed-demo.ts          (OMS_SEED_ORDERS=160 by default)
 *
 * Idempotent: store data, centres, products and opening stock are created only when missing, and
 * orders carry their position in the (deterministic) history in `metadata.oms_demo_index`, with
 * the progress kept in the store's metadata — a second run places nothing, an interrupted run
 * continues where it stopped, a larger OMS_SEED_ORDERS extends the history.
 *
 * Everything goes through Medusa's workflows and module services (the builders in ./demo-store):
 * orders are placed cart → checkout like the store API does it, then routed by the OMS routing
 * workflow. (In Medusa 2.21.2 `medusa exec` does load the project's subscribers, so the OMS
 * order.placed subscriber usually routes first; the seed still calls the idempotent workflow itself
 * so that every order is routed before the next checkout and before its dates are moved.)
 *
 * History dates: Medusa stamps created_at = now; the seed moves each order to its date through
 * the order module's updateOrders (which accepts created_at) and moves the OMS rows of the order
 * (decision, allocations, timeline events, OMS order) through the OMS module service. No SQL.
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  linkProductsToSalesChannelWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_CENTERS, DEMO_DESTINATIONS } from "./demo-data/demo-centers"
import { OMS_MODULE } from "../modules/oms"
import type OmsModuleService from "../modules/oms/service"
import { routeOrderWorkflow } from "../workflows/route-order"
import { refreshStockHealthWorkflow } from "../workflows/stock/refresh-stock-health"
import { CenterKey, DEMO_PRODUCTS, productSpecs, STOCK_COLUMNS } from "./demo-data/catalog"
import { PlannedOrder, planOrders } from "./demo-data/orders"
import { provinceName } from "./demo-data/provinces"
import { DEMO_CARTONS, DEMO_LAYOUTS, SPLIT_ABOVE_UNITS, UNASSIGNED_AT } from "./demo-data/warehouse"
import { ensureWarehouse } from "./demo-store/setup-warehouse"
import {
  CatalogVariant,
  ensureCenter,
  ensureProducts,
  ensureSalesChannel,
  ensureStock,
  ensureStoreBasics,
  placeOrderThroughCart,
  seedJourneyHistory,
  StoreBasics,
} from "./demo-store"

const DEFAULT_ORDER_COUNT = 160
/** Seed of the order history's PRNG: same number, same orders. */
const HISTORY_SEED = 20261127
const MARKETPLACE_CENTERS: CenterKey[] = ["demo-jakarta", "demo-surabaya"]
/** The warehouse team restocks every this many orders ... */
const RESTOCK_EVERY = 30
/** ... but not in the last 15% of the history, so the store ends with some SKUs running low. */
const RESTOCK_UNTIL_SHARE = 0.85
/** Key of the seed's progress in the store's metadata. */
const STORE_MARKER = "oms_demo_seed"
const LOW_STOCK = 5
/**
 * Checkouts run this many at a time. A checkout is five Medusa workflows (the shipping options
 * are listed once per channel); overlapping their database waits, one takes ~0.8 s of wall time
 * on a busy 2-core machine (160 orders ≈ 2 min). Only orders that share no inventory item and no customer run together, so the
 * outcome is the same as placing them one by one: see independentWaves.
 */
const CONCURRENCY = 8

interface RunStats {
  placed: number
  routed: number
  already_routed: number
  split: number
  backordered: number
  skipped: number
  route_failed: number
  restocks: number
  restocked_levels: number
  skip_reasons: Map<string, number>
  /** Milliseconds spent per phase. */
  ms: { checkout: number; routing: number; backdating: number; restock: number }
}

async function timed<T>(stats: RunStats, phase: keyof RunStats["ms"], fn: () => Promise<T>): Promise<T> {
  const t = Date.now()
  try {
    return await fn()
  } finally {
    stats.ms[phase] += Date.now() - t
  }
}

export default async function seedDemo({ container }: ExecArgs) {
  const started = Date.now()
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const target = orderCount(process.env.OMS_SEED_ORDERS)

  // --- Store, channels, centres, catalogue, opening stock (each step creates only what is missing)
  const basics = await ensureStoreBasics(container, {
    store_name: "Toko Nusantara",
    sales_channel: "Webshop",
    regions: [
      { name: "Indonesia", currency_code: "idr", countries: ["id"] },
      { name: "Singapore", currency_code: "sgd", countries: ["sg"] },
    ],
  })
  const marketplaceId = await ensureSalesChannel(container, "Marketplace")
  await ensurePublishableKey(container, "Marketplace storefront", marketplaceId)
  const channels = { webshop: basics.sales_channel_id, marketplace: marketplaceId }

  const centers = await ensureCenters(container, basics, marketplaceId)
  const catalog = await ensureProducts(container, basics, productSpecs())
  await ensureProductsInChannel(container, marketplaceId, DEMO_PRODUCTS.map((p) => p.handle))
  await ensureStock(
    container,
    DEMO_PRODUCTS.flatMap((p) => p.variants).flatMap((v) =>
      STOCK_COLUMNS.filter((key) => v.stock[key] > 0).map((key) => ({
        inventory_item_id: catalog[v.sku].inventory_item_id,
        location_id: centers[key],
        stocked_quantity: v.stock[key],
      }))
    )
  )
  logger.info(`[seed-demo] store, 2 channels, ${STOCK_COLUMNS.length} centres, ${Object.keys(catalog).length} variants ready (${seconds(started)})`)

  // --- Orders
  const plan = planOrders({
    count: target,
    seed: HISTORY_SEED,
    now: new Date(),
    destinations: DEMO_DESTINATIONS,
    products: DEMO_PRODUCTS,
    marketplace_centers: MARKETPLACE_CENTERS,
  })
  const progress = await readProgress(container, basics.store_id, Object.values(channels))
  const first = Math.min(progress.attempted, target)
  const todo = plan.slice(first).filter((o) => !progress.orders.has(o.index))
  logger.info(
    `[seed-demo] ${progress.orders.size} demo orders exist (history position ${first}/${target}); placing ${todo.length}, ${CONCURRENCY} checkouts at a time`
  )

  const stats: RunStats = {
    placed: 0,
    routed: 0,
    already_routed: 0,
    split: 0,
    backordered: 0,
    skipped: 0,
    route_failed: 0,
    restocks: 0,
    restocked_levels: 0,
    skip_reasons: new Map(),
    ms: { checkout: 0, routing: 0, backdating: 0, restock: 0 },
  }
  const ordersStarted = Date.now()
  let done = 0
  // Batches end on multiples of RESTOCK_EVERY: the restock happens between two batches.
  for (let batchStart = first; batchStart < target; ) {
    const batchEnd = Math.min(target, (Math.floor(batchStart / RESTOCK_EVERY) + 1) * RESTOCK_EVERY)
    if (batchStart % RESTOCK_EVERY === 0 && batchStart < target * RESTOCK_UNTIL_SHARE) {
      stats.restocked_levels += await timed(stats, "restock", () => restock(container, catalog, centers))
      stats.restocks++
    }
    const batch = todo.filter((o) => o.index >= batchStart && o.index < batchEnd)
    // Orders an interrupted run placed in this batch still need their dates.
    const placedInBatch: PlacedOrder[] = [...progress.orders]
      .filter(([index]) => index >= batchStart && index < batchEnd)
      .map(([index, order_id]) => ({ plan: plan[index], order_id }))
    for (const wave of independentWaves(batch, catalog, CONCURRENCY)) {
      const placed = (
        await Promise.all(wave.map((order) => placeOrder(container, order, channels, catalog, basics, stats)))
      ).filter((p): p is PlacedOrder => !!p)
      await markDemoOrders(container, placed)
      await Promise.all(placed.map((p) => routeOrder(container, p.order_id, stats, logger)))
      placedInBatch.push(...placed)
      const before = done
      done += wave.length
      if (Math.floor(done / 50) > Math.floor(before / 50)) {
        logger.info(
          `[seed-demo] ${done}/${todo.length} orders — placed ${stats.placed}, split ${stats.split}, back-ordered ${stats.backordered}, skipped ${stats.skipped} (${seconds(ordersStarted)}, ${Math.round((Date.now() - ordersStarted) / done)} ms/order)`
        )
      }
    }
    await timed(stats, "backdating", () => dateBatch(container, placedInBatch))
    await saveProgress(container, basics.store_id, batchEnd, target)
    batchStart = batchEnd
  }

  // Orders placed by an earlier, interrupted run but never routed.
  const leftovers = await routeUnroutedDemoOrders(container, Object.values(channels), stats, logger)

  await printSummary(container, logger, {
    target,
    first,
    stats,
    leftovers,
    centers,
    channels: Object.values(channels),
    started,
    orders_started: ordersStarted,
  })

  // --- The orders' past: fulfilled, shipped, delivered, some returned and rated (before the bins
  // are filled, so the bins hold what is left in stock)
  const journeysStarted = Date.now()
  const journeys = await seedJourneyHistory(container)
  logger.info(
    `[seed-demo] journeys: ${journeys.delivered} shipments delivered, ${journeys.shipped} on their way, ${journeys.late} left late, ${journeys.returns} returns, ${journeys.ratings} ratings, ${journeys.failed} failed (${seconds(journeysStarted)})`
  )

  // --- Warehouses: layout, putaway of what Medusa stocks, carton catalogue (each only when missing)
  await seedWarehouses(container, logger, centers, catalog)

  // --- Stock health: the stock page's figures worked out once from this history (its job keeps
  // them fresh every few minutes once the store runs)
  const health = await refreshStockHealthWorkflow(container).run({ input: { lock_timeout: 30 } })
  logger.info(`[seed-demo] stock health: ${health.result.rows} SKU × centre rows for ${health.result.items} SKUs (${health.result.days_rewritten} days recounted)`)
}

/**
 * Every centre gets a layout, its stocked units in bins (fast movers nearest the depot, big
 * quantities over two bins) and the carton catalogue. UNASSIGNED_AT keeps a few units of its
 * slowest SKUs out of the bins so the reconciliation screen shows "unassigned".
 */
async function seedWarehouses(
  container: MedusaContainer,
  logger: { info: (message: string) => void },
  centers: Record<CenterKey, string>,
  catalog: Record<string, CatalogVariant>
) {
  const started = Date.now()
  const ranked = DEMO_PRODUCTS.flatMap((p) => p.variants.map((v) => ({ v, score: p.popularity * v.demand })))
    .sort((a, b) => b.score - a.score || a.v.sku.localeCompare(b.v.sku))
    .map(({ v }) => v)
  for (const key of STOCK_COLUMNS) {
    const stockedHere = ranked.filter((v) => v.stock[key] > 0 && catalog[v.sku])
    const holdBack: Record<string, number> = {}
    if (key === UNASSIGNED_AT.center) {
      for (const v of stockedHere.filter((v) => v.stock[key] > UNASSIGNED_AT.units + 1).slice(-UNASSIGNED_AT.skus)) {
        holdBack[catalog[v.sku].inventory_item_id] = UNASSIGNED_AT.units
      }
    }
    const t = Date.now()
    const r = await ensureWarehouse(container, {
      stock_location_id: centers[key],
      layout: DEMO_LAYOUTS[key],
      cartons: DEMO_CARTONS,
      items_by_rank: stockedHere.map((v) => ({ inventory_item_id: catalog[v.sku].inventory_item_id, sku: v.sku })),
      hold_back: holdBack,
      split_above: SPLIT_ABOVE_UNITS,
    })
    const l = DEMO_LAYOUTS[key]
    logger.info(
      `[seed-demo] warehouse ${key}: layout ${r.layout_created ? `created ${l.aisles}×${l.bays_per_aisle}×${l.levels} (${r.bins_created} bins)` : "exists"}, ` +
        `${r.putaways} putaways (${r.units_put_away} units), ${r.items_skipped} items already in bins, ${r.cartons_created} cartons created (${seconds(t)})`
    )
  }
  logger.info(`[seed-demo] warehouses ready (${seconds(started)})`)
}

function orderCount(raw: string | undefined): number {
  if (raw == null || raw.trim() === "") return DEFAULT_ORDER_COUNT
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`OMS_SEED_ORDERS must be a whole number >= 0, got '${raw}'`)
  }
  return n
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

// ----------------------------------------------------------------------------------------------
// Store setup
// ----------------------------------------------------------------------------------------------

/**
 * The centres of `src/scripts/demo-data/demo-centers.ts`, created in their link order: Medusa's checkout
 * reserves at the first linked location with enough stock (Jakarta), and the OMS then routes.
 * The Marketplace channel sells from Jakarta and Surabaya only.
 */
async function ensureCenters(
  container: MedusaContainer,
  basics: StoreBasics,
  marketplaceId: string
): Promise<Record<CenterKey, string>> {
  const centers = {} as Record<CenterKey, string>
  for (const center of [...DEMO_CENTERS].sort((a, b) => a.link_rank - b.link_rank)) {
    const key = center.id as CenterKey
    centers[key] = await ensureCenter(container, basics, {
      name: center.name,
      city: center.city,
      province: provinceName(center.province),
      country_code: center.country_code.toLowerCase(),
      latitude: center.latitude,
      longitude: center.longitude,
      priority: center.priority,
      daily_order_capacity: center.daily_capacity,
      sales_channel_ids: MARKETPLACE_CENTERS.includes(key)
        ? [basics.sales_channel_id, marketplaceId]
        : [basics.sales_channel_id],
    })
  }
  const missing = STOCK_COLUMNS.filter((key) => !centers[key])
  if (missing.length) {
    throw new Error(`demo-centers.ts has no centre(s) ${missing.join(", ")} that the demo catalogue stocks`)
  }
  return centers
}

async function ensurePublishableKey(container: MedusaContainer, title: string, salesChannelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "api_key", fields: ["id"], filters: { title, type: "publishable" } })
  if (data.length) return
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title, type: "publishable", created_by: "medusa-oms" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0].id, add: [salesChannelId] } })
}

/** ensureProducts puts products in the Webshop only; the Marketplace sells the same catalogue. */
async function ensureProductsInChannel(container: MedusaContainer, salesChannelId: string, handles: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "sales_channels.id"],
    filters: { handle: handles },
  })
  const missing = data.filter((p) => !(p.sales_channels ?? []).some((c) => c?.id === salesChannelId)).map((p) => p.id)
  if (missing.length) {
    await linkProductsToSalesChannelWorkflow(container).run({ input: { id: salesChannelId, add: missing } })
  }
}

/**
 * Replenishment: every level whose available units (stocked − reserved) fell below about a third
 * of its opening stock is topped up so that `available` is back at the opening figure. Orders are
 * never fulfilled by the seed, so their units stay reserved and `stocked` grows with the history.
 * Back-orderable SKUs are the scarce ones: they are never restocked.
 */
async function restock(
  container: MedusaContainer,
  catalog: Record<string, CatalogVariant>,
  centers: Record<CenterKey, string>
): Promise<number> {
  const inventory = container.resolve(Modules.INVENTORY)
  const variants = DEMO_PRODUCTS.flatMap((p) => p.variants).filter((v) => !v.allow_backorder)
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: variants.map((v) => catalog[v.sku].inventory_item_id), location_id: Object.values(centers) },
    { take: null }
  )
  const byKey = new Map(levels.map((l) => [`${l.inventory_item_id}|${l.location_id}`, l]))
  const updates: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  for (const v of variants) {
    for (const key of STOCK_COLUMNS) {
      const opening = v.stock[key]
      const level = opening > 0 ? byKey.get(`${catalog[v.sku].inventory_item_id}|${centers[key]}`) : undefined
      if (!level) continue
      const reserved = Number(level.reserved_quantity)
      const available = Number(level.stocked_quantity) - reserved
      // Below about a third of the opening stock (at least 3 units; a level that opens with fewer
      // than 3 is topped up once it is empty).
      if (available < Math.min(opening, Math.max(3, Math.ceil(opening * 0.35)))) {
        updates.push({ inventory_item_id: level.inventory_item_id, location_id: level.location_id, stocked_quantity: reserved + opening })
      }
    }
  }
  if (updates.length) {
    await inventory.updateInventoryLevels(updates)
  }
  return updates.length
}

// ----------------------------------------------------------------------------------------------
// Progress (idempotency)
// ----------------------------------------------------------------------------------------------

async function readProgress(container: MedusaContainer, storeId: string, channelIds: string[]) {
  const store = await container.resolve(Modules.STORE).retrieveStore(storeId, { select: ["id", "metadata"] })
  const marker = (store.metadata?.[STORE_MARKER] ?? {}) as { attempted?: number }
  const orders = await container
    .resolve(Modules.ORDER)
    .listOrders({ sales_channel_id: channelIds }, { select: ["id", "metadata"], take: null })
  const byIndex = new Map<number, string>()
  for (const o of orders) {
    const index = o.metadata?.oms_demo_index
    if (typeof index === "number") byIndex.set(index, o.id)
  }
  return { attempted: Number(marker.attempted) || 0, orders: byIndex }
}

/** How far the history got (skipped checkouts included, so they are not retried on the next run). */
async function saveProgress(container: MedusaContainer, storeId: string, attempted: number, target: number) {
  const storeModule = container.resolve(Modules.STORE)
  const store = await storeModule.retrieveStore(storeId, { select: ["id", "metadata"] })
  const previous = (store.metadata?.[STORE_MARKER] ?? {}) as { attempted?: number }
  await storeModule.updateStores(storeId, {
    metadata: {
      ...(store.metadata ?? {}),
      [STORE_MARKER]: {
        attempted: Math.max(attempted, Number(previous.attempted) || 0),
        target,
        updated_at: new Date().toISOString(),
      },
    },
  })
}

// ----------------------------------------------------------------------------------------------
// Orders: checkout → mark → route; per batch: move Medusa's and the OMS's dates to the history
// ----------------------------------------------------------------------------------------------

interface PlacedOrder {
  plan: PlannedOrder
  order_id: string
}

/** Checkout through the store workflows; null when Medusa refuses it. */
async function placeOrder(
  container: MedusaContainer,
  order: PlannedOrder,
  channels: Record<PlannedOrder["channel"], string>,
  catalog: Record<string, CatalogVariant>,
  basics: StoreBasics,
  stats: RunStats
): Promise<PlacedOrder | null> {
  try {
    const orderId = await timed(stats, "checkout", () =>
      placeOrderThroughCart(container, {
        region_id: basics.regions["Indonesia"].id,
        sales_channel_id: channels[order.channel],
        email: order.email,
        address: order.address,
        items: order.items.map((i) => ({ variant_id: catalog[i.sku].variant_id, quantity: i.quantity })),
      })
    )
    stats.placed++
    return { plan: order, order_id: orderId }
  } catch (e) {
    // Medusa refused the checkout (typically "Not enough stock available for item ..."): a lost
    // sale, as it would be in the shop. Skip the order; it is not retried by later runs.
    stats.skipped++
    const reason = String((e as Error)?.message ?? e).replace(/(variant|item)\s+\S+/gi, "$1 …").slice(0, 120)
    stats.skip_reasons.set(reason, (stats.skip_reasons.get(reason) ?? 0) + 1)
    return null
  }
}

/** The marker that makes the seed idempotent: the order's position in the planned history. */
async function markDemoOrders(container: MedusaContainer, placed: PlacedOrder[]) {
  if (!placed.length) return
  await container.resolve(Modules.ORDER).updateOrders(
    placed.map((p) => ({
      id: p.order_id,
      metadata: {
        oms_demo_index: p.plan.index,
        oms_demo_channel: p.plan.channel,
        oms_demo_address: p.plan.address_kind,
      },
    }))
  )
}

/**
 * Routes like the order.placed subscriber does. (The subscriber also runs inside `medusa exec`
 * and usually gets there first; the workflow is idempotent and locked per order, so whichever runs
 * second is a no-op. Calling it here guarantees the decision exists before the next conflicting
 * checkout and before the timeline is backdated.)
 */
async function routeOrder(
  container: MedusaContainer,
  orderId: string,
  stats: RunStats,
  logger: { warn: (m: string) => void }
): Promise<boolean> {
  try {
    const { result } = await timed(stats, "routing", () =>
      routeOrderWorkflow(container).run({
        input: { order_id: orderId, trigger: "order.placed", actor: "system" },
      })
    )
    if (result.skipped) stats.already_routed++
    else stats.routed++
  } catch (e) {
    stats.route_failed++
    logger.warn(`[seed-demo] routing order ${orderId} failed: ${(e as Error)?.message ?? e}`)
    return false
  }
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const [decision] = await oms.listRoutingDecisions(
    { order_id: orderId },
    { select: ["shipment_count", "backordered_units"], order: { sequence: "DESC" }, take: 1 }
  )
  if (Number(decision?.shipment_count) > 1) stats.split++
  if (Number(decision?.backordered_units) > 0) stats.backordered++
  return true
}

/**
 * Moves a batch's orders to their historical dates, with their OMS timeline.
 *
 * Medusa stamps created_at = now. The order module's `updateOrders` passes created_at through to
 * its repository, so each order is moved to its date through Medusa's own order service (no SQL).
 * Orders of a wave are placed concurrently and waves interleave the history a little, so display
 * ids do not follow the plan exactly: the batch's dates are handed out in display-id order, which
 * keeps order numbers chronological. (Orders that conflict were placed in history order; the
 * others are independent, so which of them gets which of these close dates changes nothing.)
 */
async function dateBatch(container: MedusaContainer, placed: PlacedOrder[]) {
  if (!placed.length) return
  const orderModule = container.resolve(Modules.ORDER)
  const numbers = await orderModule.listOrders(
    { id: placed.map((p) => p.order_id) },
    { select: ["id", "display_id"], take: null }
  )
  const displayId = new Map(numbers.map((o) => [o.id, Number(o.display_id)]))
  const byNumber = [...placed].sort((a, b) => displayId.get(a.order_id)! - displayId.get(b.order_id)!)
  const dates = placed.map((p) => p.plan.placed_at).sort((a, b) => a.getTime() - b.getTime())
  const dated = byNumber.map((p, i) => ({ ...p, placed_at: dates[i] }))

  await orderModule.updateOrders(dated.map((p) => ({ id: p.order_id, created_at: p.placed_at })) as never)
  for (let i = 0; i < dated.length; i += CONCURRENCY) {
    await Promise.all(
      dated
        .slice(i, i + CONCURRENCY)
        .map((p) =>
          backdateOmsTimeline(container, p.order_id, p.placed_at, new Date(p.placed_at.getTime() + p.plan.routed_after_ms))
        )
    )
  }
}

/**
 * The OMS rows of a routed order are written "now" by the routing workflow. For a believable
 * history (timeline, per-day charts, today's capacity counts) they are moved to the order's
 * historical time through the OMS module's own service: the routing decision is decided, its
 * allocation rows and shipments created and the order staged `routed_after` the placement (its demand row placed when the order was); the "placed" event
 * stays at the placement. Only the OMS module's tables are touched here, through its service.
 */
async function backdateOmsTimeline(container: MedusaContainer, orderId: string, placedAt: Date, routedAt: Date) {
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const [decisions, allocations, events, omsOrders, shipments, demands] = await Promise.all([
    oms.listRoutingDecisions({ order_id: orderId }, { select: ["id"] }),
    oms.listOrderAllocations({ order_id: orderId }, { select: ["id"] }),
    oms.listOrderEvents({ order_id: orderId }, { select: ["id", "stage"] }),
    oms.listOmsOrders({ order_id: orderId }, { select: ["id"] }),
    oms.listShipments({ order_id: orderId }, { select: ["id"] }),
    oms.listOrderDemands({ order_id: orderId }, { select: ["id"] }),
  ])
  await Promise.all([
    decisions.length &&
      oms.updateRoutingDecisions(decisions.map((d) => ({ id: d.id, decided_at: routedAt, created_at: routedAt }) as never)),
    allocations.length &&
      oms.updateOrderAllocations(allocations.map((a) => ({ id: a.id, created_at: routedAt }) as never)),
    events.length &&
      oms.updateOrderEvents(
        events.map((e) => {
          const at = e.stage === "placed" ? placedAt : routedAt
          return { id: e.id, at, created_at: at } as never
        })
      ),
    omsOrders.length &&
      oms.updateOmsOrders(omsOrders.map((o) => ({ id: o.id, stage_changed_at: routedAt, created_at: routedAt }) as never)),
    shipments.length &&
      oms.updateShipments(
        shipments.map((s) => ({ id: s.id, placed_at: placedAt, routed_at: routedAt, stage_changed_at: routedAt, created_at: routedAt }) as never)
      ),
    demands.length && oms.updateOrderDemands(demands.map((d) => ({ id: d.id, placed_at: placedAt, created_at: routedAt }) as never)),
  ])
}

/**
 * Splits a batch (in history order) into groups of orders that touch disjoint inventory items and
 * different customers. Orders of one group run concurrently; an order never overtakes an earlier
 * order it conflicts with. Concurrent checkouts for the same item could otherwise lose sales that
 * one-by-one checkouts would make (Medusa reads availability before its lock) and make the seed's
 * outcome depend on timing.
 */
function independentWaves(
  batch: PlannedOrder[],
  catalog: Record<string, CatalogVariant>,
  size: number
): PlannedOrder[][] {
  const waves: PlannedOrder[][] = []
  let pending = batch
  while (pending.length) {
    const wave: PlannedOrder[] = []
    const taken = new Set<string>()
    const later: PlannedOrder[] = []
    for (const order of pending) {
      const keys = [`customer:${order.email}`, ...order.items.map((i) => `item:${catalog[i.sku].inventory_item_id}`)]
      const free = wave.length < size && !keys.some((k) => taken.has(k))
      // Whatever is not taken now blocks its keys, so conflicting orders keep their history order.
      keys.forEach((k) => taken.add(k))
      if (free) wave.push(order)
      else later.push(order)
    }
    waves.push(wave)
    pending = later
  }
  return waves
}

/** Demo orders without a routing decision (an earlier run stopped between checkout and routing). */
async function routeUnroutedDemoOrders(
  container: MedusaContainer,
  channelIds: string[],
  stats: RunStats,
  logger: { warn: (m: string) => void }
): Promise<number> {
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const orders = await container
    .resolve(Modules.ORDER)
    .listOrders({ sales_channel_id: channelIds }, { select: ["id", "created_at", "metadata"], take: null })
  const demo = orders.filter((o) => typeof o.metadata?.oms_demo_index === "number")
  if (!demo.length) return 0
  const decided = await oms.listRoutingDecisions({ order_id: demo.map((o) => o.id) }, { select: ["order_id"], take: null })
  const routed = new Set(decided.map((d) => d.order_id))
  const unrouted = demo.filter((o) => !routed.has(o.id))
  for (const o of unrouted) {
    if (await routeOrder(container, o.id, stats, logger)) {
      const placedAt = new Date(o.created_at as unknown as string)
      await backdateOmsTimeline(container, o.id, placedAt, new Date(placedAt.getTime() + 2 * 60_000))
    }
  }
  return unrouted.length
}

// ----------------------------------------------------------------------------------------------
// Summary
// ----------------------------------------------------------------------------------------------

async function printSummary(
  container: MedusaContainer,
  logger: { info: (m: string) => void },
  input: {
    target: number
    first: number
    stats: RunStats
    leftovers: number
    centers: Record<CenterKey, string>
    channels: string[]
    started: number
    orders_started: number
  }
) {
  const { stats } = input
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const inventory = container.resolve(Modules.INVENTORY)

  const orders = await container
    .resolve(Modules.ORDER)
    .listOrders({ sales_channel_id: input.channels }, { select: ["id", "metadata"], take: null })
  const demoIds = orders.filter((o) => typeof o.metadata?.oms_demo_index === "number").map((o) => o.id)
  const omsOrders = demoIds.length
    ? await oms.listOmsOrders({ order_id: demoIds }, { select: ["current_decision_id", "backordered_units"], take: null })
    : []
  const current = omsOrders.map((o) => o.current_decision_id).filter((id): id is string => !!id)
  const decisions = current.length
    ? await oms.listRoutingDecisions({ id: current }, { select: ["shipment_count"], take: null })
    : []
  const levels = await inventory.listInventoryLevels({ location_id: Object.values(input.centers) }, { take: null })
  const names = new Map(DEMO_CENTERS.map((c) => [c.id, c.name]))
  const lowStock = STOCK_COLUMNS.map((key) => {
    const atCenter = levels.filter((l) => l.location_id === input.centers[key])
    const low = atCenter.filter((l) => Number(l.stocked_quantity) - Number(l.reserved_quantity) <= LOW_STOCK).length
    return `${names.get(key)}: ${low}/${atCenter.length}`
  })

  const reasons = [...stats.skip_reasons].map(([reason, n]) => `      ${n} × ${reason}`)
  const lines = [
    `[seed-demo] done in ${seconds(input.started)}`,
    `  this run: history ${input.first} → ${Math.max(input.first, input.target)} of ${input.target} (orders: ${seconds(input.orders_started)})`,
    `    orders placed ${stats.placed}, routed ${stats.routed + stats.already_routed}${stats.already_routed ? ` (${stats.already_routed} of them first by the order.placed subscriber)` : ""}, split ${stats.split}, back-ordered ${stats.backordered}, skipped (checkout refused) ${stats.skipped}, routing failed ${stats.route_failed}${input.leftovers ? `, unrouted from an earlier run ${input.leftovers}` : ""}`,
    ...(reasons.length ? ["    skipped because:", ...reasons] : []),
    `    restocks ${stats.restocks} (${stats.restocked_levels} inventory levels topped up)`,
    `    time (summed over concurrent orders): checkout ${(stats.ms.checkout / 1000).toFixed(1)} s, routing ${(stats.ms.routing / 1000).toFixed(1)} s, backdating ${(stats.ms.backdating / 1000).toFixed(1)} s, restocking ${(stats.ms.restock / 1000).toFixed(1)} s`,
    `  store now: ${demoIds.length} demo orders, ${omsOrders.length} routed, ${decisions.filter((d) => d.shipment_count > 1).length} split, ${omsOrders.filter((o) => Number(o.backordered_units) > 0).length} with back-ordered units`,
    `  low stock (available <= ${LOW_STOCK}) SKUs per centre: ${lowStock.join(", ")}`,
  ]
  logger.info(lines.join("\n"))
}
