/**
 * The OMS pages staff jump to from ⌘K: the sidebar label `nav.<key>`, the page, and the second key
 * of its "G then …" shortcut — letters Medusa's own shortcuts leave free (it uses A C G I K L M O P R U).
 */
export const OMS_PAGES = [
  { key: "queues", to: "/oms/queues", key_letter: "Q" },
  { key: "dashboard", to: "/oms/dashboard", key_letter: "D" },
  { key: "centres", to: "/oms/centers", key_letter: "F" },
  { key: "simulator", to: "/oms/routing", key_letter: "T" },
  { key: "picking", to: "/oms/picking", key_letter: "H" },
  { key: "packing", to: "/oms/packing", key_letter: "X" },
  { key: "warehouse", to: "/oms/warehouse", key_letter: "W" },
  { key: "returns", to: "/oms/returns", key_letter: "Z" },
  { key: "stockHealth", to: "/oms/stock", key_letter: "S" },
] as const
