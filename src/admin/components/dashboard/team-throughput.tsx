import { Table, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useOmsTranslation } from "../../lib/i18n"
import { formatDecimal } from "../../lib/kpi-format"
import { teamRows, type PersonThroughput } from "../../lib/team-throughput"
import { useUserNames } from "../../lib/use-store-data"

/** Picks and packs per hour worked, per person, for the orders of the period. */
export const TeamThroughput = ({ picks, packs }: { picks?: PersonThroughput[]; packs?: PersonThroughput[] }) => {
  const { t, locale } = useOmsTranslation()
  const rows = useMemo(() => teamRows(picks, packs), [picks, packs])
  const userName = useUserNames(rows.map((r) => r.person))
  if (!rows.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("dashboard.team.empty")}
      </Text>
    )
  }
  const rate = (p: PersonThroughput | null, per: "shipments_per_hour" | "units_per_hour") => (p ? formatDecimal(p[per], locale, 1) : "—")
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("dashboard.team.person")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("dashboard.team.ordersPicked")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("dashboard.team.unitsPicked")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("dashboard.team.ordersPacked")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("dashboard.team.hours")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row, i) => (
            <Table.Row key={row.person}>
              {/* someone who is not an admin user (or no longer one) stays apart from the others by number */}
              <Table.Cell>{userName(row.person) ?? t("dashboard.team.staff", { number: i + 1 })}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{rate(row.picking, "shipments_per_hour")}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{rate(row.picking, "units_per_hour")}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{rate(row.packing, "shipments_per_hour")}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {t("dashboard.team.hoursValue", { picking: row.picking?.hours ?? 0, packing: row.packing?.hours ?? 0 })}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
