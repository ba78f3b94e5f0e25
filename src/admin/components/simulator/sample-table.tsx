import { Link } from "react-router-dom"
import { Badge, Table, Text } from "@medusajs/ui"
import type { Simulation } from "../../lib/types"

const Centers = ({ ids, nameOf }: { ids: string[] | null; nameOf: (id: string) => string }) =>
  ids == null ? (
    <Text size="small" className="text-ui-fg-muted">
      not routed
    </Text>
  ) : ids.length ? (
    <span>{ids.map(nameOf).join(" + ")}</span>
  ) : (
    <Text size="small" className="text-ui-fg-muted">
      nothing shipped
    </Text>
  )

/** Most recent replayed orders: what happened → what the strategy would do. */
export const SampleTable = ({
  samples,
  nameOf,
}: {
  samples: Simulation["samples"]
  nameOf: (id: string) => string
}) => (
  <div className="overflow-x-auto">
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Order</Table.HeaderCell>
          <Table.HeaderCell>Destination</Table.HeaderCell>
          <Table.HeaderCell>What happened</Table.HeaderCell>
          <Table.HeaderCell>Simulated</Table.HeaderCell>
          <Table.HeaderCell>Medusa default</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {samples.map((s) => (
          <Table.Row key={s.order_id}>
            <Table.Cell>
              <Link to={`/orders/${s.order_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                #{s.display_id ?? s.order_id.slice(-6)}
              </Link>
            </Table.Cell>
            <Table.Cell className="max-w-[260px]">
              <Text size="small" className="text-ui-fg-subtle truncate" title={s.destination}>
                {s.destination}
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
                  Changed
                </Badge>
              ) : s.actual_centers ? (
                <Badge size="2xsmall" color="grey">
                  Same
                </Badge>
              ) : null}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </div>
)
