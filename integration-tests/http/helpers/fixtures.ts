/** Shipping addresses and warehouse fixtures shared by the HTTP suites. */
export const JAKARTA = { city: "Jakarta Selatan", province: "DKI Jakarta", postal_code: "12190", country_code: "id" }
export const SURABAYA = { city: "Surabaya", province: "Jawa Timur", postal_code: "60271", country_code: "id" }
export const MEDAN = { city: "Medan", province: "Sumatera Utara", postal_code: "20111", country_code: "id" }

/** A small single-block layout (3 aisles × 4 bays × 2 levels, both sides) and two of its bins. */
export const LAYOUT = { aisles: 3, bays_per_aisle: 4, levels: 2, bay_width_m: 1.2, aisle_width_m: 3, cross_aisle_width_m: 2 }
export const TEE_BIN = "A-01-02-1-L"
export const BATIK_BIN = "A-03-04-2-R"

export const CARTON = { code: "M", name: "Medium", inner_length_cm: 25, inner_width_cm: 20, inner_height_cm: 25, tare_g: 150, max_weight_g: 10000, cost: 3000 }
