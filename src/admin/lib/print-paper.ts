/**
 * The paper a warehouse print goes on: A4 sheets, or the 100×150 mm (4×6 in) labels of thermal
 * label printers, one tote label or packing slip per label.
 */
export const PAPERS = ["a4", "label"] as const
export type Paper = (typeof PAPERS)[number]

const PAGE: Record<Paper, { size: string; margin: string }> = {
  a4: { size: "A4", margin: "12mm" },
  label: { size: "100mm 150mm", margin: "4mm" },
}

/** The print stylesheet's @page rule for the paper (the print dialog offers that size). */
export const pageCss = (paper: Paper) => `@page { size: ${PAGE[paper].size}; margin: ${PAGE[paper].margin}; }`
