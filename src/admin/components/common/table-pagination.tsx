import { Table } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"

/** Medusa's table pagination in the admin's language; `results` names what is counted ("orders"), lines by default. */
export const TablePagination = ({
  count,
  pageSize,
  pageIndex,
  onPage,
  results,
}: {
  count: number
  pageSize: number
  pageIndex: number
  onPage: (index: number) => void
  results?: string
}) => {
  const { t } = useOmsTranslation()
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex < pageCount - 1}
      previousPage={() => onPage(pageIndex - 1)}
      nextPage={() => onPage(pageIndex + 1)}
      translations={{ of: t("pagination.of"), results: results ?? t("pagination.results"), pages: t("pagination.pages"), prev: t("pagination.prev"), next: t("pagination.next") }}
    />
  )
}
