import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Per table: row count and an md5 of every row's text, ordered, so any change shows. */
export type DbSnapshot = Record<string, { rows: number; hash: string }>

/** The plugin's tables (`oms_*`, whatever migrations added) and Medusa's inventory levels and reservations. */
export async function watchedTables(container: MedusaContainer): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `select tablename from pg_tables where schemaname = current_schema()
       and (tablename like 'oms\\_%' or tablename in ('inventory_level', 'reservation_item')) order by tablename`
  )
  return (rows as { tablename: string }[]).map((t) => t.tablename)
}

export async function snapshotTables(container: MedusaContainer, tables: string[]): Promise<DbSnapshot> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const sql = tables
    .map((t) => `select '${t}' as t, count(*)::int as rows, md5(coalesce(string_agg(x::text, E'\\n' order by x::text), '')) as hash from "${t}" x`)
    .join(" union all ")
  const { rows } = await knex.raw(sql)
  return Object.fromEntries((rows as { t: string; rows: number; hash: string }[]).map((r) => [r.t, { rows: r.rows, hash: r.hash }]))
}

/** Tables whose rows differ between two snapshots. */
export const changedTables = (before: DbSnapshot, after: DbSnapshot) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (t) => before[t]?.hash !== after[t]?.hash || before[t]?.rows !== after[t]?.rows
  )
