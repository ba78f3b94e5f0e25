import { Link } from "react-router-dom"
import { Badge, Table, Text } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { sourceText } from "../../lib/routing-phrases"
import type { Simulation } from "../../lib/types"

const Centers = ({ ids, nameOf }: { ids: string[] | null; nameOf: (id: string) => string }) => {
  const { t } = useOmsTranslation()
  return ids == null ? (
    <Text size="small" className="text-ui-fg-muted">
      {t("simulator.sample.notRouted")}
    </Text>
  ) : ids.length ? (
    <span>{ids.map(nameOf).join(" + ")}</span>
  ) : (
    <Text size="small" className="text-ui-fg-muted">
      {t("simulator.sample.nothingShipped")}
    </Text>
  )
}

/** Most recent replayed orders: what happened → what the strategy would do. */
export const SampleTable = ({
  samples,
  nameOf,
}: {
  samples: Simulation["samples"]
  nameOf: (id: string) => string
}) => {
  const { t, locale } = useOmsTranslation()
  return (
  <div className="overflow-x-auto">
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("simulator.sample.order")}</Table.HeaderCell>
          <Table.HeaderCell>{t("simulator.sample.destination")}</Table.HeaderCell>
          <Table.HeaderCell>{t("simulator.series.actual")}</Table.HeaderCell>
          <Table.HeaderCell>{t("simulator.series.simulated")}</Table.HeaderCell>
          <Table.HeaderCell>{t("simulator.series.medusa_default")}</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {samples.map((s) => (
          <Table.Row key={s.order_id}>
            <Table.Cell>
              <Link to={`/orders/${s.order_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                #{s.display_id ?? "—"}
              </Link>
            </Table.Cell>
            <Table.Cell className="max-w-[260px]">
              <Text size="small" className="text-ui-fg-subtle truncate">
                {sourceText(t, { source: s.destination, source_phrases: s.destination_phrases }, locale)}
              </Text>
            </Table.Cell>
            <Table.Cell>
              <Centers ids={s.actual_centers} nameOf={nameOf} />
            </Table.Cell>
            <Table.Cell>
              <Centers ids={s.simulated_centers} nameOf={nameOf} />
            </Table.Cell>
            <Table.Cell>
              <Centers ids={s.medusa_default_centers} nameOf={nameOf} />
            </Table.Cell>
            <Table.Cell>
              {s.changed ? (
                <Badge size="2xsmall" color="orange">
                  {t("simulator.sample.changed")}
                </Badge>
              ) : s.actual_centers ? (
                <Badge size="2xsmall" color="grey">
                  {t("simulator.sample.same")}
                </Badge>
              ) : null}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </div>
  )
}
