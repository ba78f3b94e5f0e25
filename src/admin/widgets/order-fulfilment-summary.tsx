import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { CardStatus } from "../components/common/card-status"
import { LabelledBlock } from "../components/common/labelled-block"
import { FeedbackRating } from "../components/order/feedback-rating"
import { ShipmentSlaList } from "../components/order/shipment-sla-list"
import { useOmsTranslation } from "../lib/i18n"
import { useOmsOrder } from "../lib/use-oms-order"

/** Near the top of Medusa's order page: each parcel's centre, step and SLA badge, and the customer's rating. */
const OrderFulfilmentSummaryWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { t } = useOmsTranslation()
  const { data: order, isLoading, error } = useOmsOrder(data.id)
  // superseded parts are history (the routing widget shows them); the order is what is live
  const shipments = (order?.shipments ?? []).filter((s) => s.stage !== "rerouted")

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col px-6 py-4">
        <Heading level="h2">{t("orderSla.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("orderSla.text")}
        </Text>
      </div>
      <CardStatus isLoading={isLoading} error={error} errorTitle={t("orderSla.errorTitle")} />
      {order && (
        <div className="px-6 py-4">
          {shipments.length ? (
            <ShipmentSlaList shipments={shipments} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              {t("orderSla.notRouted")}
            </Text>
          )}
        </div>
      )}
      {order && (
        <LabelledBlock label={t("orderSla.rating")}>
          <FeedbackRating feedback={order.feedback ?? []} />
        </LabelledBlock>
      )}
    </Container>
  )
}

// Medusa 2.21 lays widgets out by section and ignores ".before" / ".after" (LayoutComposer's
// getWidgetsForSections): "order.details.before" lands under the JSON card, far down the page.
// The side column's widgets follow the customer and activity cards, within the first screen on
// a desktop, and the merchant can drag the card anywhere with Medusa's layout customiser.
export const config = defineWidgetConfig({
  zone: "order.details.side.before",
})

export default OrderFulfilmentSummaryWidget
