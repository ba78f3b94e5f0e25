import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { shipmentOfFulfillment } from "../packing/order-of-fulfillment"

export const loadFulfillmentShipmentStepId = "oms-load-fulfillment-shipment"

/** Read-only: the order and centre a Medusa fulfilment belongs to (null for a return's). */
export const loadFulfillmentShipmentStep = createStep(
  loadFulfillmentShipmentStepId,
  async (input: { fulfillment_id: string }, { container }) =>
    new StepResponse(await shipmentOfFulfillment(container as never, input.fulfillment_id))
)
