import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createOrderFulfillmentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { moveShipmentsStep } from "../steps/move-shipments"
import { shipFulfillmentWorkflow } from "./ship-fulfillment"
import { assertPackCompleteStep, completePackSessionStep, markClaimPackedStep } from "./steps/pack-session"
import { packLockKeys } from "./types"

export interface CompletePackSessionWorkflowInput {
  session_id: string
  order_id: string
  carton_code: string | null
  parcels: Record<string, unknown>[]
  /** Stage details for "packed": carton, parcels, billable weight. */
  packed_details: Record<string, unknown>
  tracking_numbers?: string[]
  actor?: string
}

export const completePackSessionWorkflowId = "oms-complete-pack-session"

/**
 * Completes a fully scanned session: Medusa's own fulfilment at the session's (routed) centre
 * for exactly the packed items (Medusa decrements stock and consumes the reservations there),
 * that centre's shipment "packed", and with tracking numbers Medusa's shipment + "shipped". Runs under the
 * order's pack lock and re-checks the session status inside it, so concurrent completions create
 * one fulfilment; any failure compensates (fulfilment canceled, session reopened, stage restored).
 */
export const completePackSessionWorkflow = createWorkflow(
  completePackSessionWorkflowId,
  (input: WorkflowData<CompletePackSessionWorkflowInput>) => {
    const key = transform({ input }, ({ input }) => packLockKeys(input.order_id))
    acquireLockStep({ key, timeout: 60, ttl: 120 })
    const packed = assertPackCompleteStep({ session_id: input.session_id })

    const fulfillmentInput = transform({ packed, input }, ({ packed, input }) => ({
      order_id: packed.order_id,
      location_id: packed.location_id,
      items: packed.items,
      created_by: input.actor,
    }))
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })

    const completion = transform({ input, fulfillment }, ({ input, fulfillment }) => ({
      session_id: input.session_id,
      fulfillment_id: fulfillment.id,
      carton_code: input.carton_code,
      parcels: input.parcels,
    }))
    completePackSessionStep(completion)
    markClaimPackedStep(transform({ packed }, ({ packed }) => ({ order_id: packed.order_id, stock_location_id: packed.location_id })))

    const packedMove = transform({ input, fulfillment, packed }, ({ input, fulfillment, packed }) => ({
      moves: [
        {
          order_id: packed.order_id,
          stock_location_id: packed.location_id,
          action: "pack" as const,
          strict: true,
          patch: {
            fulfillment_id: fulfillment.id,
            packed_by: input.actor ?? null,
            carton_codes: input.parcels.map((p) => String(p.carton_id ?? p.carton_code ?? "")).filter(Boolean),
            ...packingFacts(input.parcels, packed.refused_scans),
          },
          details: { ...input.packed_details, session_id: input.session_id, fulfillment_id: fulfillment.id },
        },
      ],
      actor: input.actor,
    }))
    moveShipmentsStep(packedMove).config({ name: "oms-record-packed" })

    when({ input }, ({ input }) => !!input.tracking_numbers?.length).then(() => {
      const shipment = transform({ input, fulfillment, packed }, ({ input, fulfillment, packed }) => ({
        order_id: packed.order_id,
        stock_location_id: packed.location_id,
        fulfillment_id: fulfillment.id,
        items: packed.items,
        tracking_numbers: input.tracking_numbers ?? [],
        actor: input.actor,
      }))
      shipFulfillmentWorkflow.runAsStep({ input: shipment })
    })

    releaseLockStep({ key })
    return new WorkflowResponse({ session_id: input.session_id, fulfillment_id: fulfillment.id })
  }
)

/** The dashboard's packing facts: parcels, their carton cost when every carton has one, mis-picks caught. */
function packingFacts(parcels: Record<string, unknown>[], refusedScans: number) {
  const costs = parcels.map((p) => Number(p.cost))
  const priced = parcels.length > 0 && costs.every((c) => Number.isFinite(c))
  return { parcels: parcels.length, cost: priced ? costs.reduce((a, b) => a + b, 0) : null, mispicks_caught: refusedScans }
}
