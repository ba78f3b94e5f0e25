import { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { COMPENSATIONS, deriveOrderStage, isLive, isTerminal, lineTotals, ShipmentStage, transition } from "../../lib/journey"
import { feedbackLinkProblem } from "../../lib/feedback"
import { lockKeys } from "../../lib/lock-keys"
import { OmsPluginOptions, ResolvedOmsOptions, resolveOmsOptions } from "../../lib/oms-options"
import FulfillmentCenter from "./models/fulfillment-center"
import OmsOrder from "./models/oms-order"
import OrderAllocation from "./models/order-allocation"
import OrderEvent from "./models/order-event"
import RoutingDecision from "./models/routing-decision"
import Feedback from "./models/feedback"
import FeedbackRequest from "./models/feedback-request"
import ReturnLine from "./models/return-line"
import Shipment from "./models/shipment"
import KpiRollup from "./models/kpi-rollup"
import KpiRollupDay from "./models/kpi-rollup-day"
import KpiRollupState from "./models/kpi-rollup-state"
import OrderDemand from "./models/order-demand"
import RoutingSettings from "./models/routing-settings"
import SettingChange from "./models/setting-change"
import { readStoredRoutingSettings, RoutingSettingsUndo, saveRoutingSettings, undoRoutingSettings } from "./routing-settings-store"
import { effectiveRoutingSettings, EffectiveRoutingSettings, StoredRoutingSettings } from "../../lib/settings"
import { backfillShipmentFactsBatch, FACT_BACKFILL_BATCH } from "./backfill-shipment-facts"
import { DecisionRecord, DecisionUndo, recordDecision, undoDecision } from "./record-decision"
import { OrderHistoryRecord, recordOrderHistory } from "./record-history"
import type { ShipmentCreate, ShipmentMove, ShipmentMoveResult, ShipmentPatch, ShipmentUndo } from "./shipment-moves"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

const STAGE_TIME_COLUMN: Partial<Record<ShipmentStage, string>> = {
  routed: "routed_at",
  backordered: "routed_at",
  waved: "waved_at",
  picked: "picked_at",
  short_picked: "short_picked_at",
  packed: "packed_at",
  shipped: "shipped_at",
  delivered: "delivered_at",
  canceled: "canceled_at",
}

class OmsModuleService extends MedusaService({
  FulfillmentCenter,
  OmsOrder,
  RoutingDecision,
  OrderAllocation,
  OrderEvent,
  Shipment,
  ReturnLine,
  FeedbackRequest,
  Feedback,
  KpiRollup,
  KpiRollupDay,
  KpiRollupState,
  OrderDemand,
  RoutingSettings,
  SettingChange,
}) {
  protected readonly options_: ResolvedOmsOptions

  constructor(container: Record<string, unknown>, options?: OmsPluginOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = resolveOmsOptions(options)
  }

  getOptions(): ResolvedOmsOptions {
    return this.options_
  }

  /** The routing settings in force: what the merchant saved in the admin over the plugin options. */
  @InjectManager()
  async routingSettings(@MedusaContext() sharedContext: Context = {}): Promise<EffectiveRoutingSettings & { stored: StoredRoutingSettings }> {
    const { stored } = await readStoredRoutingSettings(this, sharedContext)
    return { ...effectiveRoutingSettings(this.options_, stored), stored }
  }

  /** Saves a patch of the routing settings with its change-history row, in one transaction. */
  @InjectTransactionManager()
  async saveRoutingSettings(patch: Partial<StoredRoutingSettings>, actor: string | null, @MedusaContext() sharedContext: Context = {}) {
    return saveRoutingSettings(this, patch, actor, sharedContext)
  }

  @InjectTransactionManager()
  async undoRoutingSettings(undo: RoutingSettingsUndo, @MedusaContext() sharedContext: Context = {}) {
    return undoRoutingSettings(this, undo, sharedContext)
  }

  /** Writes one routing decision and the shipments that follow from it, in one transaction. */
  @InjectTransactionManager()
  async recordRoutingDecision(record: DecisionRecord, @MedusaContext() sharedContext: Context = {}) {
    return recordDecision(this, record, sharedContext)
  }

  /** Reverts `recordRoutingDecision` (compensation), in one transaction. */
  /**
   * The returns page's rows of one return, claim or exchange, replaced whole in one transaction
   * (an event delivered twice writes the same rows). Two replacements of one source wait for
   * each other (a transaction-scoped database lock on its key): Medusa emits a return's events
   * close together, and two that both found no rows would both have added theirs. Returns the
   * rows it replaced, for undo.
   */
  @InjectTransactionManager()
  async replaceReturnLines(
    key: { source: "return" | "claim" | "exchange"; source_id: string },
    rows: Record<string, unknown>[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, unknown>[]> {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    await manager.execute(`select pg_advisory_xact_lock(hashtext(?))`, [lockKeys.returnLines(key.source, key.source_id)])
    const before = await this.listReturnLines({ source: key.source, source_id: key.source_id }, { take: null }, sharedContext)
    if (before.length) await this.deleteReturnLines(before.map((r) => r.id), sharedContext)
    if (rows.length) await this.createReturnLines(rows.map((r) => ({ ...r, ...key })) as never, sharedContext)
    return before.map(({ id: _id, created_at: _c, updated_at: _u, deleted_at: _d, ...row }) => row as Record<string, unknown>)
  }

  /**
   * The returns page's rows of many returns, claims or exchanges at once (the history backfill):
   * each source's rows replaced whole, in one transaction, as `replaceReturnLines` does for one.
   */
  @InjectTransactionManager()
  async replaceReturnLinesOf(
    sources: { source: "return" | "claim" | "exchange"; source_id: string }[],
    rows: Record<string, unknown>[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    if (!sources.length) return 0
    // the same per-source locks as replaceReturnLines (a live event for one of them waits), in one order
    const manager = sharedContext.transactionManager as unknown as SqlManager
    for (const key of sources.map((s) => lockKeys.returnLines(s.source, s.source_id)).sort()) {
      await manager.execute(`select pg_advisory_xact_lock(hashtext(?))`, [key])
    }
    const before = await this.listReturnLines({ source_id: sources.map((s) => s.source_id) }, { select: ["id", "source", "source_id"], take: null }, sharedContext)
    const replaced = before.filter((r) => sources.some((s) => s.source === r.source && s.source_id === r.source_id))
    if (replaced.length) await this.deleteReturnLines(replaced.map((r) => r.id), sharedContext)
    if (rows.length) await this.createReturnLines(rows as never, sharedContext)
    return rows.length
  }

  /** One batch of orders from before the OMS (`recordOrderHistory`), in a short transaction of its own. */
  @InjectTransactionManager()
  async recordOrderHistory(record: OrderHistoryRecord, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    return recordOrderHistory((sql, params) => manager.execute(sql, params as never) as never, record)
  }

  /**
   * Stores the answer given on a feedback link and spends the link, in one transaction: of two
   * answers on one link exactly one is kept. Refused (INVALID_DATA, field `token`) when the
   * link is unknown, used or expired.
   */
  @InjectTransactionManager()
  async answerFeedbackRequest(
    input: { token_hash: string; rating: number; comment: string | null; now?: Date },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const now = input.now ?? new Date()
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const spent = await manager.execute(
      `update oms_feedback_request set used_at = ?, updated_at = ? where token_hash = ? and used_at is null and expires_at > ? and deleted_at is null returning order_id, shipment_id`,
      [now, now, input.token_hash, now]
    )
    if (!spent.length) {
      const [request] = await this.listFeedbackRequests({ token_hash: input.token_hash }, { select: ["used_at", "expires_at"] }, sharedContext)
      const problem = feedbackLinkProblem(request ? { used_at: request.used_at as Date | null, expires_at: request.expires_at as Date } : null, now)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `token: ${problem ?? "this feedback link is not valid"}`)
    }
    const { order_id, shipment_id } = spent[0] as { order_id: string; shipment_id: string }
    const [shipment] = await this.listShipments({ id: shipment_id }, { select: ["stock_location_id", "sales_channel_id", "region_id"] }, sharedContext)
    return this.createFeedbacks(
      {
        order_id,
        shipment_id,
        rating: input.rating,
        comment: input.comment,
        source: "link",
        stock_location_id: shipment?.stock_location_id ?? null,
        sales_channel_id: shipment?.sales_channel_id ?? null,
        region_id: shipment?.region_id ?? null,
      },
      sharedContext
    )
  }

  /** One batch of `backfillShipmentFactsBatch` in a short transaction of its own; returns the rows filled. */
  @InjectTransactionManager()
  async backfillShipmentFactsBatch(batchSize: number = FACT_BACKFILL_BATCH, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    return backfillShipmentFactsBatch((sql, params) => manager.execute(sql, params as never) as never, batchSize)
  }

  @InjectTransactionManager()
  async undoRoutingDecision(undo: DecisionUndo, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await undoDecision(this, undo, sharedContext)
  }

  /**
   * The one writer of shipment stages and of the order stage derived from them. In one
   * transaction it locks the orders' rows (so two workflows moving parts of one order never
   * derive from a stale read), checks every move with the stage machine, writes the shipments,
   * their timeline entries and each order's derived stage. Returns what changed and an undo
   * record for `undoShipmentMoves` (the workflow step's compensation).
   */
  @InjectTransactionManager()
  async moveShipments(
    input: { moves?: ShipmentMove[]; creates?: ShipmentCreate[]; actor?: string | null; at?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ result: ShipmentMoveResult; undo: ShipmentUndo }> {
    const moves = input.moves ?? []
    const creates = input.creates ?? []
    const at = input.at ?? new Date()
    const actor = input.actor ?? "system"
    const orderIds = [...new Set([...moves, ...creates].map((m) => m.order_id))].sort()
    const result: ShipmentMoveResult = { moved: [], skipped: [], order_stages: {} }
    const undo: ShipmentUndo = { created_ids: [], updated: [], event_ids: [], orders: [] }
    if (!orderIds.length) return { result, undo }

    const manager = sharedContext.transactionManager as unknown as SqlManager
    await manager.execute(
      `select id from oms_order where order_id in (${orderIds.map(() => "?").join(", ")}) and deleted_at is null order by order_id for update`,
      orderIds
    )
    const shipments = await this.listShipments({ order_id: orderIds }, { take: null }, sharedContext)
    const live = shipments.filter((s) => isLive(s.stage))
    const events: Record<string, unknown>[] = []

    for (const move of moves) {
      const targets = live.filter(
        (s) =>
          s.order_id === move.order_id &&
          (move.shipment_id ? s.id === move.shipment_id : true) &&
          (move.stock_location_id === undefined ? true : s.stock_location_id === move.stock_location_id) &&
          (move.shipment_id || move.stock_location_id !== undefined ? true : !isTerminal(s.stage as ShipmentStage))
      )
      if (!targets.length && move.strict) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `order ${move.order_id} has no shipment${move.stock_location_id ? ` at stock location ${move.stock_location_id}` : ""} to ${move.action}`)
      }
      for (const s of targets) {
        const from = s.stage as ShipmentStage
        const t = transition(from, move.action, { picks_from_bins: !!move.picks_from_bins, backordered: move.backordered })
        if (!t.ok) {
          if (move.strict) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, t.reason)
          result.skipped.push({ shipment_id: s.id, order_id: s.order_id, stock_location_id: s.stock_location_id, stage: from, reason: t.reason })
          continue
        }
        if (t.noop && !move.patch) continue
        const update: Record<string, unknown> = { id: s.id, ...withLineTotals(move.patch) }
        if (!t.noop) {
          update.stage = t.to
          update.stage_changed_at = at
          const column = STAGE_TIME_COLUMN[t.to]
          // a compensation returns to an earlier stage: keep when that stage was first reached
          if (column && !COMPENSATIONS.includes(move.action)) update[column] = at
          if (column && COMPENSATIONS.includes(move.action) && !(s as Record<string, unknown>)[column]) update[column] = at
        }
        undo.updated.push(Object.fromEntries(Object.keys(update).map((k) => [k, (s as Record<string, unknown>)[k] ?? null])))
        await this.updateShipments(update as never, sharedContext)
        Object.assign(s, update)
        if (t.noop) continue
        result.moved.push({ shipment_id: s.id, order_id: s.order_id, stock_location_id: s.stock_location_id, from, to: t.to })
        events.push({ order_id: s.order_id, shipment_id: s.id, stock_location_id: s.stock_location_id, stage: t.to, at, actor, details: move.details ?? null })
      }
    }

    for (const c of creates) {
      if (live.some((s) => s.order_id === c.order_id && s.stock_location_id === c.stock_location_id)) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `order ${c.order_id} already has a shipment at ${c.stock_location_id ?? "no centre (back-order)"}`)
      }
      const stage: ShipmentStage = c.backordered ? "backordered" : "routed"
      const created = await this.createShipments(
        { order_id: c.order_id, stock_location_id: c.stock_location_id, stage, stage_changed_at: at, routed_at: at, ...withLineTotals(c.patch) } as never,
        sharedContext
      )
      undo.created_ids.push(created.id)
      live.push(created)
      result.moved.push({ shipment_id: created.id, order_id: c.order_id, stock_location_id: c.stock_location_id, from: null, to: stage })
      events.push({ order_id: c.order_id, shipment_id: created.id, stock_location_id: c.stock_location_id, stage, at, actor, details: c.details ?? null })
    }

    if (events.length) {
      const saved = (await this.createOrderEvents(events as never[], sharedContext)) as unknown as { id: string }[]
      undo.event_ids.push(...saved.map((e) => e.id))
    }

    const orders = await this.listOmsOrders({ order_id: orderIds }, {}, sharedContext)
    for (const orderId of orderIds) {
      const stage = deriveOrderStage(live.filter((s) => s.order_id === orderId).map((s) => s.stage as ShipmentStage))
      result.order_stages[orderId] = stage
      const row = orders.find((o) => o.order_id === orderId)
      if (!row) {
        const createdOrder = await this.createOmsOrders({ order_id: orderId, stage, stage_changed_at: at }, sharedContext)
        undo.orders.push({ id: createdOrder.id, stage: "__created__", stage_changed_at: null })
      } else if (row.stage !== stage) {
        undo.orders.push({ id: row.id, stage: row.stage, stage_changed_at: (row.stage_changed_at as Date | null) ?? null })
        await this.updateOmsOrders({ id: row.id, stage, stage_changed_at: at }, sharedContext)
      }
    }
    return { result, undo }
  }

  /** Reverts `moveShipments` exactly (compensation). */
  @InjectTransactionManager()
  async undoShipmentMoves(undo: ShipmentUndo, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (undo.event_ids.length) await this.deleteOrderEvents(undo.event_ids, sharedContext)
    for (const before of [...undo.updated].reverse()) await this.updateShipments(before as never, sharedContext)
    if (undo.created_ids.length) await this.deleteShipments(undo.created_ids, sharedContext)
    for (const o of undo.orders) {
      if (o.stage === "__created__") await this.deleteOmsOrders(o.id, sharedContext)
      else await this.updateOmsOrders({ id: o.id, stage: o.stage, stage_changed_at: o.stage_changed_at }, sharedContext)
    }
  }

  /**
   * Distinct orders currently allocated to each centre since the given instant (the start of
   * the centre's local day), leaving out one order (the one being re-routed).
   */
  @InjectManager()
  async countOrdersRoutedSince(
    windows: { stock_location_id: string; since: Date }[],
    excludeOrderId: string | null = null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    const counts: Record<string, number> = {}
    if (!windows.length) {
      return counts
    }
    const manager = sharedContext.manager as unknown as SqlManager
    const clauses = windows.map(() => "(stock_location_id = ? and created_at >= ?)").join(" or ")
    const params = windows.flatMap((w) => [w.stock_location_id, w.since])
    const rows = await manager.execute(
      `select stock_location_id, count(distinct order_id)::int as orders
         from oms_order_allocation
        where deleted_at is null and active = true and order_id <> ? and (${clauses})
        group by stock_location_id`,
      [excludeOrderId ?? "", ...params]
    )
    for (const row of rows) {
      counts[row.stock_location_id as string] = Number(row.orders)
    }
    return counts
  }
}

export default OmsModuleService

/** A patch that sets `lines` also sets the `units` and `line_count` facts kept with them. */
function withLineTotals(patch: ShipmentPatch | undefined): Record<string, unknown> {
  if (!patch) return {}
  return patch.lines ? { ...patch, ...lineTotals(patch.lines) } : { ...patch }
}
