import { Badge, Button, Container, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { atRiskReasonTexts } from "../../lib/at-risk-text"
import { formatDeadline } from "../../lib/centre-time"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount, type FormatContext } from "../../lib/kpi-format"
import type { AtRiskList as AtRiskData } from "../../lib/measure-types"
import { stageName } from "../../lib/stage-name"
import { stageColor } from "../../lib/stage-colors"
import { useCentreLookup } from "../../lib/use-centre-lookup"
import { useOrderNumbers } from "../../lib/use-order-numbers"
import { Section } from "../common/section"

/** Rows shown before "Show all": enough to act on, without pushing the period's figures off the screen. */
const FIRST_ROWS = 8

/** "Needs attention now": the open parcels about to miss their day, past it or not moving, the most urgent first. */
export const AtRiskList = ({ atRisk, format }: { atRisk: AtRiskData; format: FormatContext }) => {
  const { t, locale } = useOmsTranslation()
  const centre = useCentreLookup()
  const orderNumber = useOrderNumbers(atRisk.shipments.map((s) => s.order_id))
  const [all, setAll] = useState(false)
  const rows = all ? atRisk.shipments : atRisk.shipments.slice(0, FIRST_ROWS)
  const shown = atRisk.shipments.length
  const count = (
    <Badge size="2xsmall" color={atRisk.count ? "orange" : "green"} className="tabular-nums">
      {t("atRisk.count", { count: atRisk.count, n: formatCount(atRisk.count, locale) })}
    </Badge>
  )

  return (
    <Container className="overflow-hidden p-0">
      <Section title={t("atRisk.title")} description={t("atRisk.text")} actions={count} />
      {shown === 0 ? (
        <div className="flex flex-col gap-y-1 px-6 pb-6">
          <Text size="small" weight="plus">
            {t("atRisk.emptyTitle")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle max-w-[640px]">
            {t("atRisk.emptyText")}
          </Text>
        </div>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("atRisk.col.order")}</Table.HeaderCell>
                <Table.HeaderCell>{t("atRisk.col.stage")}</Table.HeaderCell>
                <Table.HeaderCell>{t("atRisk.col.why")}</Table.HeaderCell>
                <Table.HeaderCell className="whitespace-nowrap">{t("atRisk.col.shipBy")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((s) => {
                const number = orderNumber(s.order_id)
                const timeZone = centre.timeZone(s.stock_location_id)
                return (
                  <Table.Row key={s.shipment_id} className="[&_td]:py-2.5 [&_td]:align-top">
                    <Table.Cell className="whitespace-nowrap">
                      <Link to={`/orders/${s.order_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus">
                        {number != null ? t("atRisk.order", { number }) : t("atRisk.orderUnknown")}
                      </Link>
                      {/* the centre under the number keeps the table inside a small laptop's width */}
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {centre.name(s.stock_location_id) ?? t("atRisk.noCentre")}
                      </Text>
                    </Table.Cell>
                    <Table.Cell className="whitespace-nowrap">
                      <StatusBadge color={stageColor(s.stage)}>{stageName(t, s.stage)}</StatusBadge>
                    </Table.Cell>
                    <Table.Cell className="min-w-[220px]">
                      {atRiskReasonTexts(s, { t, units: format.units }).map((text) => (
                        <Text key={text} size="small" className="whitespace-normal">
                          {text}
                        </Text>
                      ))}
                    </Table.Cell>
                    <Table.Cell className="whitespace-nowrap tabular-nums">
                      {s.ship_by ? formatDeadline(s.ship_by, locale, timeZone) : <Text size="small" className="text-ui-fg-muted">{t("atRisk.noDeadline")}</Text>}
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
          {(shown > FIRST_ROWS || atRisk.count > shown) && (
            <div className="flex flex-wrap items-center gap-x-3 px-6 py-3">
              {shown > FIRST_ROWS && (
                <Button variant="secondary" size="small" onClick={() => setAll(!all)}>
                  {all ? t("atRisk.showFewer") : t("atRisk.showAll", { n: formatCount(shown, locale) })}
                </Button>
              )}
              {all && atRisk.count > shown && (
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t("atRisk.shownOf", { shown: formatCount(shown, locale), n: formatCount(atRisk.count, locale) })}
                </Text>
              )}
            </div>
          )}
        </div>
      )}
    </Container>
  )
}
