import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export interface CompactColumn<Row> {
  header: string
  cell: (row: Row) => ReactNode
  /** Numbers: right-aligned, tabular figures. */
  numeric?: boolean
}

/** A small borderless table (one line a row) for breakdowns inside a section, under an optional title. */
export function CompactTable<Row>({ title, columns, rows, rowKey, empty }: { title?: string; columns: CompactColumn<Row>[]; rows: Row[]; rowKey: (row: Row) => string; empty?: string }) {
  return (
    <div>
      {title && (
        <Text size="small" weight="plus" className="mb-1">
          {title}
        </Text>
      )}
      {!rows.length && empty ? (
        <Text size="small" className="text-ui-fg-muted py-2">
          {empty}
        </Text>
      ) : (
        <Rows columns={columns} rows={rows} rowKey={rowKey} />
      )}
    </div>
  )
}

function Rows<Row>({ columns, rows, rowKey }: { columns: CompactColumn<Row>[]; rows: Row[]; rowKey: (row: Row) => string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-ui-border-base border-b">
            {columns.map((c, i) => (
              <th key={i} className={`txt-compact-small-plus text-ui-fg-subtle py-2 font-medium ${c.numeric ? "whitespace-nowrap pl-3 text-right" : "pr-3"}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-ui-border-base border-b last:border-b-0">
              {columns.map((c, i) => (
                <td key={i} className={`txt-compact-small py-2 ${c.numeric ? "pl-3 text-right tabular-nums" : "pr-3"}`}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
