// The KPI routes read facts through the same loader as the rollup refresh.
export {
  KPI_SHIPMENTS_MAX, KPI_LIVE_SHIPMENTS_MAX, loadCalendars, loadKpiFacts, loadOpenFacts, type KpiFacts, type KpiFilters,
} from "../../../../workflows/kpis/load-kpi-facts"
