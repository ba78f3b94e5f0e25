import { ChevronDownMini, ChevronUpDown, ChevronUpMini } from "@medusajs/icons"
import { Table, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { StockSort } from "../../lib/stock-health-types"

export interface SortState {
  sort: StockSort | null
  order: "asc" | "desc" | null
}

/**
 * A column header that sorts the table: a first click sorts the way a merchant looks first
 * (highest first for figures, A→Z for names), a second click the other way.
 */
export const SortHeader = ({
  column,
  state,
  onSort,
  numeric,
  className,
  children,
}: {
  column?: StockSort
  state: SortState
  onSort: (next: SortState) => void
  numeric?: boolean
  /** e.g. a minimum width, so a long header wraps into few lines */
  className?: string
  children: ReactNode
}) => {
  if (!column) return <Table.HeaderCell className={clx("whitespace-normal", numeric && "text-right", className)}>{children}</Table.HeaderCell>
  const active = state.sort === column
  const first: "asc" | "desc" = column === "sku" || column === "title" ? "asc" : "desc"
  const order = active ? state.order ?? first : null
  const Icon = order === "asc" ? ChevronUpMini : order === "desc" ? ChevronDownMini : ChevronUpDown
  return (
    <Table.HeaderCell className={clx("whitespace-nowrap", numeric && "text-right", className)} aria-sort={order === "asc" ? "ascending" : order === "desc" ? "descending" : "none"}>
      <button
        type="button"
        data-sort={column}
        onClick={() => onSort({ sort: column, order: active ? (order === "asc" ? "desc" : "asc") : first })}
        className={clx("inline-flex items-center gap-x-1 hover:text-ui-fg-base", numeric && "flex-row-reverse", active && "text-ui-fg-base")}
      >
        <Icon className={active ? "text-ui-fg-base" : "text-ui-fg-muted"} />
        <span className="whitespace-normal text-left">{children}</span>
      </button>
    </Table.HeaderCell>
  )
}
