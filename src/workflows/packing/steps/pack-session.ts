import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { canComplete, progressOf, scanItem, type PackSessionState } from "../../../lib/scanning/pack-session"
import { WAREHOUSE_MODULE } from "../../../modules/warehouse"
import type WarehouseModuleService from "../../../modules/warehouse/service"
import type { PackSessionRecord, StoredPackLine, StoredScans } from "../types"

const warehouseOf = (container: MedusaContainer): WarehouseModuleService => container.resolve(WAREHOUSE_MODULE)

export async function retrievePackSession(container: MedusaContainer, id: string): Promise<PackSessionRecord> {
  const [session] = await warehouseOf(container).listPackSessions({ id })
  if (!session) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pack session ${id} was not found`)
  }
  return session as unknown as PackSessionRecord
}

export function stateOf(session: PackSessionRecord): PackSessionState {
  const scans = session.scans
  return { lines: scans.lines ?? [], accepted_scans: scans.accepted ?? 0, refused_scans: scans.refused ?? 0, events: scans.events ?? [] }
}

export interface CreatePackSessionInput {
  order_id: string
  stock_location_id: string
  packed_by: string | null
  lines: StoredPackLine[]
}

/** Opens a session; refused (400) while another one is open on the order. Undo: deletes it. */
export const createPackSessionStep = createStep(
  "oms-create-pack-session",
  async (input: CreatePackSessionInput, { container }) => {
    const warehouse = warehouseOf(container)
    const [open] = await warehouse.listPackSessions({ order_id: input.order_id, status: "open" })
    if (open) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `order ${input.order_id} is already being packed by ${open.packed_by ?? "another packer"} (session ${open.id})`
      )
    }
    const scans: StoredScans = { accepted: 0, refused: 0, events: [], lines: input.lines }
    const session = await warehouse.createPackSessions({
      order_id: input.order_id,
      stock_location_id: input.stock_location_id,
      packed_by: input.packed_by,
      scans: scans as never,
    })
    return new StepResponse(session as unknown as PackSessionRecord, session.id)
  },
  async (id, { container }) => {
    if (id) await warehouseOf(container).deletePackSessions(id)
  }
)

/**
 * Checks one scan with `scanItem` and persists it (accepted or refused) with the counts. The
 * caller turns a refusal into a 400 after this step has committed, so the refusal stays counted.
 */
export const recordPackScanStep = createStep(
  "oms-record-pack-scan",
  async (input: { session_id: string; barcode: string }, { container }) => {
    const session = await retrievePackSession(container, input.session_id)
    if (session.status !== "open") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `session is ${session.status}`)
    }
    const result = scanItem(stateOf(session), input.barcode)
    const scans: StoredScans = {
      accepted: result.state.accepted_scans,
      refused: result.state.refused_scans,
      events: [...result.state.events],
      lines: result.state.lines.map((line) => ({ ...(session.scans.lines.find((l) => l.line_item_id === line.line_item_id) as StoredPackLine), ...line })),
    }
    await warehouseOf(container).updatePackSessions({ id: session.id, scans: scans as never, refused_count: scans.refused })
    return new StepResponse(
      { outcome: result.outcome, reason: result.reason ?? null, line_item_id: result.line_item_id ?? null, progress: result.progress },
      { id: session.id, scans: session.scans, refused_count: session.refused_count }
    )
  },
  async (before, { container }) => {
    if (before) await warehouseOf(container).updatePackSessions({ ...before, scans: before.scans as never })
  }
)

/** Loads an open session whose every expected unit is scanned; 400 otherwise. */
export const assertPackCompleteStep = createStep(
  "oms-assert-pack-complete",
  async (input: { session_id: string }, { container }) => {
    const session = await retrievePackSession(container, input.session_id)
    if (session.status !== "open") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `session is ${session.status}`)
    }
    const state = stateOf(session)
    if (!canComplete(state)) {
      const { remaining_units, expected_units } = progressOf(state)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `cannot complete: ${remaining_units} of ${expected_units} unit(s) not scanned yet`
      )
    }
    // sessions completed before for this part whose fulfilment Medusa then canceled: the wrong
    // items they refused were caught all the same
    const earlier = await warehouseOf(container).listPackSessions(
      { order_id: session.order_id, stock_location_id: session.stock_location_id, status: "completed" },
      { select: ["refused_count"], take: null }
    )
    return new StepResponse({
      order_id: session.order_id,
      location_id: session.stock_location_id,
      items: session.scans.lines.filter((l) => l.packed > 0).map((l) => ({ id: l.line_item_id, quantity: l.packed })),
      // every refused item scan was a unit that should not go in this box: a mis-pick caught
      refused_scans: Number(session.refused_count ?? 0) + earlier.reduce((sum, s) => sum + Number(s.refused_count ?? 0), 0),
    })
  }
)

export interface CompletePackSessionInput {
  session_id: string
  fulfillment_id: string
  carton_code: string | null
  parcels: Record<string, unknown>[]
}

/** Marks the session completed with its fulfilment. Undo: back to open. */
export const completePackSessionStep = createStep(
  "oms-complete-pack-session",
  async (input: CompletePackSessionInput, { container }) => {
    const warehouse = warehouseOf(container)
    const before = await retrievePackSession(container, input.session_id)
    await warehouse.updatePackSessions({
      id: input.session_id,
      status: "completed",
      completed_at: new Date(),
      fulfillment_id: input.fulfillment_id,
      carton_code: input.carton_code,
      parcels: input.parcels as never,
    })
    return new StepResponse(input.session_id, {
      id: before.id,
      status: before.status,
      completed_at: before.completed_at,
      fulfillment_id: before.fulfillment_id,
      carton_code: before.carton_code,
      parcels: before.parcels,
    })
  },
  async (before, { container }) => {
    if (before) await warehouseOf(container).updatePackSessions(before as never)
  }
)

/**
 * Loads a completed session with its fulfilment, for shipping ("ship") or delivery ("deliver");
 * 400 when the session is not completed, or the fulfilment is canceled, already shipped (ship)
 * or already delivered (deliver).
 */
export const assertPackFulfilledStep = createStep(
  "oms-assert-pack-fulfilled",
  async (input: { session_id: string; action: "ship" | "deliver" }, { container }) => {
    const session = await retrievePackSession(container, input.session_id)
    if (session.status !== "completed" || !session.fulfillment_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `session is ${session.status}: complete it first`)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "shipped_at", "delivered_at", "canceled_at"],
      filters: { id: session.fulfillment_id },
    })
    const fulfillment = data[0]
    if (!fulfillment || fulfillment.canceled_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `fulfillment ${session.fulfillment_id} is canceled`)
    }
    if (input.action === "ship" && fulfillment.shipped_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `fulfillment ${session.fulfillment_id} is already shipped`)
    }
    if (input.action === "deliver" && fulfillment.delivered_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `fulfillment ${session.fulfillment_id} is already delivered`)
    }
    return new StepResponse({
      order_id: session.order_id,
      stock_location_id: session.stock_location_id,
      fulfillment_id: session.fulfillment_id,
      items: session.scans.lines.filter((l) => l.packed > 0).map((l) => ({ id: l.line_item_id, quantity: l.packed })),
    })
  }
)

type ClaimMove = { order_id: string; stock_location_id: string }

/** Moves the order's claim at the centre from one status to another; no claim is a no-op. Undo: back. */
const moveClaimStep = (id: string, from: "picked" | "packed", to: "picked" | "packed") =>
  createStep(
    id,
    async (input: ClaimMove, { container }) => {
      const warehouse = warehouseOf(container)
      const claims = await warehouse.listWaveOrders(
        { order_id: input.order_id, stock_location_id: input.stock_location_id, status: from },
        { select: ["id"] }
      )
      const ids = claims.map((c) => c.id)
      if (ids.length) await warehouse.updateWaveOrders(ids.map((claimId) => ({ id: claimId, status: to })))
      return new StepResponse(ids, ids)
    },
    async (ids, { container }) => {
      if (ids?.length) await warehouseOf(container).updateWaveOrders(ids.map((claimId) => ({ id: claimId, status: from })))
    }
  )

/**
 * The order's picked claim at the centre becomes "packed": its units have left the totes for
 * the carton. No claim (a centre without a layout packs unpicked orders) is a no-op.
 */
export const markClaimPackedStep = moveClaimStep("oms-mark-claim-packed", "picked", "packed")

/**
 * Medusa canceled the fulfilment: the order's packed claim at the centre is "picked" again (the
 * units are back at the bench, in totes, to be packed anew).
 */
export const reopenPackedClaimStep = moveClaimStep("oms-reopen-packed-claim", "packed", "picked")
