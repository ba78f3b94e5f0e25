/**
 * What Indonesians and storefront forms type for a province besides its official name (which the
 * data has, with GeoNames' English name): abbreviations, older names and ISO codes used before.
 * Keyed by ISO 3166-2 code.
 */
export const INDONESIAN_PROVINCE_ALIASES: Record<string, string[]> = {
  AC: ["Nanggroe Aceh Darussalam", "NAD", "Aceh Darussalam", "Daerah Istimewa Aceh", "DI Aceh"],
  BA: [],
  BB: ["Bangka Belitung", "Bangka Belitung Islands", "Babel", "Bangka"],
  BE: [],
  BT: [],
  GO: [],
  JA: [],
  JB: ["Jabar"],
  JI: ["Jatim"],
  JK: [
    "Jakarta",
    "DKI",
    "DKJ",
    "Jakarta Raya",
    "Daerah Khusus Ibukota Jakarta",
    "Daerah Khusus Ibu Kota Jakarta",
    "Daerah Khusus Jakarta",
    "Special Capital Region of Jakarta",
  ],
  JT: ["Jateng"],
  KB: ["Kalbar", "KA"], // KA: the code the previous gazetteer reported for West Kalimantan
  KI: ["Kaltim"],
  KR: ["Kepri", "Kepulauan Riau Province"],
  KS: ["Kalsel"],
  KT: ["Kalteng"],
  KU: ["Kaltara"],
  LA: [],
  MA: [],
  MU: ["Malut"],
  NB: ["NTB"],
  NT: ["NTT"],
  PA: ["Irian Jaya", "Irian", "Irian Barat"],
  PB: ["Pabar", "Irian Jaya Barat", "Irjabar", "West Irian Jaya"],
  PD: ["PBD", "Papua Bardaya"],
  PE: ["Papua Highlands", "Papeg"],
  PS: ["Papsel", "Pasel"],
  PT: ["Papteng", "Pateng"],
  RI: [],
  SA: ["Sulut"],
  SB: ["Sumbar"],
  SG: ["Sultra"],
  SN: ["Sulsel"],
  SR: ["Sulbar"],
  SS: ["Sumsel"],
  ST: ["Sulteng"],
  SU: ["Sumut"],
  YO: [
    "Yogyakarta",
    "Daerah Istimewa Yogyakarta",
    "DIY",
    "Jogja",
    "Jogjakarta",
    "Yogya",
    "Jokja",
    "Jokjakarta",
    "Ngayogyakarta",
  ],
}

/**
 * Provinces split off since 1999, by the province they came from. Customers (and old address
 * books) still write the parent, e.g. "Tangerang, Jawa Barat" or "Sorong, Papua Barat".
 */
export const INDONESIAN_PROVINCE_SPLITS: Record<string, string[]> = {
  JB: ["BT"], // 2000
  SA: ["GO"], // 2000
  MA: ["MU"], // 1999
  SS: ["BB"], // 2000
  RI: ["KR"], // 2002
  SN: ["SR"], // 2004
  KI: ["KU"], // 2012
  PA: ["PB", "PS", "PT", "PE"], // 2003 (as Irian Jaya Barat) and 2022
  PB: ["PD"], // 2022
}

/** Extra province names per country (only Indonesia needs them so far). */
export const PROVINCE_ALIASES: Record<string, Record<string, string[]>> = {
  ID: INDONESIAN_PROVINCE_ALIASES,
}

export const PROVINCE_SPLITS: Record<string, Record<string, string[]>> = {
  ID: INDONESIAN_PROVINCE_SPLITS,
}
