/**
 * Indonesian province names as customers type them in a checkout form, by ISO 3166-2 code (the
 * codes `demo-centers.ts` uses), all 38 since the 2022 Papua split. These are the official names,
 * so the OMS gazetteer (`src/lib/geo`) resolves every one of them.
 */
export const PROVINCE_NAMES: Record<string, string> = {
  AC: "Aceh",
  BA: "Bali",
  BT: "Banten",
  BE: "Bengkulu",
  YO: "DI Yogyakarta",
  JK: "DKI Jakarta",
  GO: "Gorontalo",
  JA: "Jambi",
  JB: "Jawa Barat",
  JT: "Jawa Tengah",
  JI: "Jawa Timur",
  KB: "Kalimantan Barat",
  KS: "Kalimantan Selatan",
  KT: "Kalimantan Tengah",
  KI: "Kalimantan Timur",
  KU: "Kalimantan Utara",
  BB: "Kepulauan Bangka Belitung",
  KR: "Kepulauan Riau",
  LA: "Lampung",
  MA: "Maluku",
  MU: "Maluku Utara",
  NB: "Nusa Tenggara Barat",
  NT: "Nusa Tenggara Timur",
  PA: "Papua",
  PB: "Papua Barat",
  PD: "Papua Barat Daya",
  PE: "Papua Pegunungan",
  PS: "Papua Selatan",
  PT: "Papua Tengah",
  RI: "Riau",
  SR: "Sulawesi Barat",
  SN: "Sulawesi Selatan",
  ST: "Sulawesi Tengah",
  SG: "Sulawesi Tenggara",
  SA: "Sulawesi Utara",
  SB: "Sumatera Barat",
  SS: "Sumatera Selatan",
  SU: "Sumatera Utara",
}

export function provinceName(code: string): string {
  const name = PROVINCE_NAMES[code.toUpperCase()]
  if (!name) {
    throw new Error(`demo data: unknown Indonesian province code '${code}'`)
  }
  return name
}
