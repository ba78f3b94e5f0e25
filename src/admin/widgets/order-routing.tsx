import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { StageBadge } from "../components/common/stage-badge"
import { Section } from "../components/common/section"
import { CurrentDecision } from "../components/routing/current-decision"
import { WhyCandidates } from "../components/routing/why-candidates"
import { OrderTimeline } from "../components/routing/order-timeline"
import { RerouteDrawer } from "../components/routing/reroute-drawer"
import { useOmsOrder } from "../lib/use-oms-order"
import { useCenterNames } from "../lib/use-centers"
import { useOmsTranslation } from "../lib/i18n"
import { dateTimeText } from "../lib/routing-text"

/** "Fulfilment routing" on the order page: where the order ships from, why, and its journey. */
const OrderRoutingWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { t, locale } = useOmsTranslation()
  const { data: order, isLoading, error } = useOmsOrder(data.id)
  const nameOf = useCenterNames()
  const routing = order?.routing ?? null
  const earlier = order ? Math.max(0, order.history.length - 1) : 0

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-wrap items-center gap-3">
          <Heading level="h2">{t("routing.title")}</Heading>
          {order && <StageBadge stage={order.stage} />}
          {order?.stage_changed_at && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("routing.since", { time: dateTimeText(order.stage_changed_at, locale) })}
            </Text>
          )}
        </div>
        <RerouteDrawer
          orderId={data.id}
          salesChannelId={data.sales_channel_id}
          currentStrategy={routing?.strategy}
          disabled={!order || data.status === "canceled" || order.stage === "canceled"}
        />
      </div>

      {isLoading && (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-16 w-full" />
        </div>
      )}

      {error && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("routing.loadError")}
          </Text>
        </div>
      )}

      {order && !routing && (
        <Section>
          <Text size="small" className="text-ui-fg-subtle">
            {t("routing.notRouted")}
          </Text>
        </Section>
      )}

      {order && routing && (
        <Section
          title={routing.sequence ? t("routing.currentNumbered", { number: routing.sequence }) : t("routing.current")}
          description={earlier ? t("routing.earlier", { count: earlier }) : undefined}
        >
          <CurrentDecision routing={routing} items={order.items} nameOf={nameOf} />
          <WhyCandidates routing={routing} items={order.items} />
        </Section>
      )}

      {order && (
        <Section title={t("routing.timeline")}>
          <OrderTimeline timeline={order.timeline} items={order.items} />
        </Section>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderRoutingWidget
