export { returnLinePages, returnLinesQuery, type ReturnLineFilters } from "../../../../workflows/returns/return-lines-query"
