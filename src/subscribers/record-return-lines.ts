import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordReturnLinesWorkflow } from "../workflows/returns"

type ReturnEvent = { order_id: string; return_id?: string; claim_id?: string; exchange_id?: string }

/** Returns, claims and exchanges as the returns page counts them (requested, then received). */
export default async function recordReturnLines({ event, container }: SubscriberArgs<ReturnEvent>) {
  const { return_id, claim_id, exchange_id } = event.data
  await recordReturnLinesWorkflow(container).run({ input: { return_id, claim_id, exchange_id } })
}

export const config: SubscriberConfig = {
  event: ["order.return_requested", "order.return_received", "order.claim_created", "order.exchange_created"],
  context: { subscriberId: "medusa-oms-record-return-lines" },
}
