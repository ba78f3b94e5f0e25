import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { moveShipmentsStep } from "../steps/move-shipments"

export interface ShipFulfillmentInput {
  order_id: string
  stock_location_id: string
  fulfillment_id: string
  items: { id: string; quantity: number }[]
  tracking_numbers: string[]
  actor?: string
}

export const shipFulfillmentWorkflowId = "oms-ship-fulfillment"

/**
 * Medusa's shipment for one fulfilment, one label per tracking number (Medusa's notification
 * flow can send them to the customer), then the shipment "shipped" with the numbers. Used on complete
 * (numbers typed at the bench) and on a later ship. Callers hold the order's stage lock.
 */
export const shipFulfillmentWorkflow = createWorkflow(shipFulfillmentWorkflowId, (input: WorkflowData<ShipFulfillmentInput>) => {
  const shipment = transform({ input }, ({ input }) => ({
    order_id: input.order_id,
    fulfillment_id: input.fulfillment_id,
    items: input.items,
    created_by: input.actor,
    labels: input.tracking_numbers.map((tracking_number) => ({ tracking_number, tracking_url: "", label_url: "" })),
  }))
  createOrderShipmentWorkflow.runAsStep({ input: shipment })
  const shipped = transform({ input }, ({ input }) => ({
    moves: [
      {
        order_id: input.order_id,
        stock_location_id: input.stock_location_id,
        action: "ship" as const,
        strict: true,
        patch: { fulfillment_id: input.fulfillment_id, tracking_numbers: input.tracking_numbers },
        details: { fulfillment_id: input.fulfillment_id, tracking_numbers: input.tracking_numbers },
      },
    ],
    actor: input.actor,
  }))
  moveShipmentsStep(shipped).config({ name: "oms-record-shipped" })
  return new WorkflowResponse(input.fulfillment_id)
})
