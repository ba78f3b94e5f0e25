import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadFulfillmentShipmentStep } from "./steps/load-fulfillment-shipment"
import { moveShipmentsStep } from "./steps/move-shipments"
import { reopenPackedClaimStep } from "./packing/steps/pack-session"

export interface RecordFulfillmentEventInput {
  fulfillment_id: string
  action: "pack" | "ship" | "deliver" | "fulfillment_canceled"
}

export const recordFulfillmentEventWorkflowId = "oms-record-fulfillment-event"

/**
 * What Medusa did to a fulfilment (created, shipped, delivered, canceled — from the bench or
 * Medusa's own admin) moves the shipment of that order at that centre. A fulfilment the bench
 * created is already recorded as packed (with its cartons) and its event changes nothing; one
 * created in Medusa's admin packs the part, except at a centre that picks from bins, where the
 * part must be picked first (the move is skipped and the part ships from where it is). A redelivered event finds the
 * shipment there already and changes nothing; a move the journey does not allow is skipped and
 * reported, never forced.
 */
export const recordFulfillmentEventWorkflow = createWorkflow(
  recordFulfillmentEventWorkflowId,
  (input: WorkflowData<RecordFulfillmentEventInput>) => {
    const part = loadFulfillmentShipmentStep(transform({ input }, ({ input }) => ({ fulfillment_id: input.fulfillment_id })))
    when("oms-fulfillment-canceled-reopens-claim", { part, input }, ({ part, input }) => !!part?.stock_location_id && input.action === "fulfillment_canceled").then(() => {
      reopenPackedClaimStep(transform({ part }, ({ part }) => ({ order_id: part!.order_id, stock_location_id: part!.stock_location_id! })))
    })
    const moved = when("oms-fulfillment-of-an-order", { part }, ({ part }) => !!part?.stock_location_id).then(() =>
      moveShipmentsStep(
        transform({ input, part }, ({ input, part }) => ({
          moves: [
            {
              order_id: part!.order_id,
              stock_location_id: part!.stock_location_id,
              action: input.action,
              // a canceled fulfilment leaves no parcel behind: its cartons and their cost go with it
              // (the mis-picks caught at its packing stay: they were caught)
              patch:
                input.action === "fulfillment_canceled"
                  ? { fulfillment_id: null, carton_codes: [], parcels: 0, cost: null }
                  : { fulfillment_id: input.fulfillment_id },
              details: {
                fulfillment_id: input.fulfillment_id,
                ...(input.action === "fulfillment_canceled" ? { reason: "fulfillment canceled" } : {}),
              },
            },
          ],
          actor: "system",
        }))
      )
    )
    return new WorkflowResponse(transform({ moved }, ({ moved }) => moved ?? null))
  }
)
