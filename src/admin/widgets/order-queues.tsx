import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CardStatus } from "../components/common/card-status"
import { useOmsTranslation } from "../lib/i18n"
import { formatCount } from "../lib/kpi-format"
import { QUEUES, type Queue } from "../lib/queue-types"
import { useQueues } from "../lib/use-queues"

/** Queues worth a warning colour when they hold anything. */
const ALARMING: readonly Queue[] = ["backordered", "at_risk"]

const queueLink = (queue: Queue, centre: string | null | undefined) =>
  `/oms/queues?${new URLSearchParams({ queue, ...(centre ? { centre } : {}) })}`

/** Above Medusa's order list: what waits where, each count opening the orders behind it. */
const OrderQueuesWidget = () => {
  const { t, locale } = useOmsTranslation()
  const { data, isLoading, error } = useQueues()
  const rows = data?.centres ?? []

  return (
    <Container className="divide-y p-0" data-oms-widget="order-queues">
      <div className="flex flex-wrap items-baseline justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h2">{t("queues.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("queues.widgetText")}
          </Text>
        </div>
        <Link to="/oms/queues" className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
          {t("queues.openAll")}
        </Link>
      </div>
      <CardStatus isLoading={isLoading} error={error} errorTitle={t("queues.errorTitle")} />
      {data && rows.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("queues.nothingOpen")}
        </Text>
      )}
      {data && rows.length > 0 && (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("queues.centre")}</Table.HeaderCell>
                {QUEUES.map((q) => (
                  <Table.HeaderCell key={q} className="text-right">
                    {t(`queues.queue.${q}`)}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {[...rows, { stock_location_id: "", name: t("queues.allCentres"), counts: data.total }].map((row) => (
                <Table.Row key={row.stock_location_id ?? "none"} className={row.stock_location_id === "" ? "font-medium" : undefined}>
                  <Table.Cell className="whitespace-nowrap">{row.name ?? t("queues.noCentre")}</Table.Cell>
                  {QUEUES.map((q) => {
                    const n = row.counts[q]
                    return (
                      <Table.Cell key={q} className="text-right tabular-nums">
                        {n === 0 ? (
                          <span className="text-ui-fg-muted">–</span>
                        ) : (
                          <Link
                            to={queueLink(q, row.stock_location_id)}
                            className={ALARMING.includes(q) ? "text-ui-fg-error hover:underline" : "text-ui-fg-interactive hover:underline"}
                          >
                            {formatCount(n, locale)}
                          </Link>
                        )}
                      </Table.Cell>
                    )
                  })}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default OrderQueuesWidget
