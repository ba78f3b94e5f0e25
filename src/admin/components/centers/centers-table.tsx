import { Link } from "react-router-dom"
import { Badge, Table, Text } from "@medusajs/ui"
import { ArrowUpRightOnBox } from "@medusajs/icons"
import { formatNumber } from "../../lib/format"
import type { Center } from "../../lib/types"

const Num = ({ value }: { value: number | null | undefined }) => (
  <span className="tabular-nums">{formatNumber(value)}</span>
)

export const CentersTable = ({ centers }: { centers: Center[] }) => (
  <div className="overflow-x-auto">
    <Table className="whitespace-nowrap">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Centre</Table.HeaderCell>
          <Table.HeaderCell>City</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Priority</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Capacity/day</Table.HeaderCell>
          <Table.HeaderCell>Cut-off</Table.HeaderCell>
          <Table.HeaderCell className="text-right">SKUs</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Units</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Reserved</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
          <Table.HeaderCell>Low stock</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {centers.map((c) => (
          <Table.Row key={c.stock_location_id}>
            <Table.Cell>
              <Link
                to={`/settings/locations/${c.stock_location_id}`}
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover inline-flex items-center gap-x-1 font-medium"
              >
                {c.name}
                <ArrowUpRightOnBox className="text-ui-fg-muted" />
              </Link>
              {!c.has_profile && (
                <Text size="xsmall" className="text-ui-fg-muted">
                  defaults, no profile saved
                </Text>
              )}
            </Table.Cell>
            <Table.Cell>
              <div className="flex flex-col">
                <span>{c.city || "—"}</span>
                {c.province && (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {c.province}
                  </Text>
                )}
              </div>
            </Table.Cell>
            <Table.Cell className="text-right">
              <Num value={c.priority} />
            </Table.Cell>
            <Table.Cell>
              <Badge size="2xsmall" color={c.active ? "green" : "grey"}>
                {c.active ? "Active" : "Inactive"}
              </Badge>
            </Table.Cell>
            <Table.Cell className="text-right">
              {c.daily_order_capacity == null ? "No limit" : <Num value={c.daily_order_capacity} />}
            </Table.Cell>
            <Table.Cell>{c.cutoff_time ?? "—"}</Table.Cell>
            <Table.Cell className="text-right">
              <Num value={c.stock.skus} />
            </Table.Cell>
            <Table.Cell className="text-right">
              <Num value={c.stock.units} />
            </Table.Cell>
            <Table.Cell className="text-right">
              <Num value={c.stock.reserved} />
            </Table.Cell>
            <Table.Cell className="text-right">
              <Num value={c.stock.available} />
            </Table.Cell>
            <Table.Cell>
              {c.stock.low_stock_skus > 0 ? (
                <Badge size="2xsmall" color="orange">
                  {formatNumber(c.stock.low_stock_skus)} low
                </Badge>
              ) : (
                <Text size="small" className="text-ui-fg-muted">
                  0
                </Text>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </div>
)
