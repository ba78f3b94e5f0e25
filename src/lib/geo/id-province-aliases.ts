/**
 * Names Indonesians and storefront forms use for provinces that country-state-city 3.2.1 does not
 * list: English names, "Sumatra" spellings, and the Papua provinces created in 2022 (mapped to the
 * province they were split from, which is what the package still has).
 */
export const INDONESIAN_PROVINCE_ALIASES: Record<string, string[]> = {
  AC: ["Nanggroe Aceh Darussalam", "Aceh Darussalam"],
  BA: [],
  BT: [],
  BE: [],
  YO: ["Yogyakarta", "Daerah Istimewa Yogyakarta", "Special Region of Yogyakarta", "DIY", "Jogja", "Jogjakarta"],
  JK: ["Jakarta", "Daerah Khusus Ibukota Jakarta", "Daerah Khusus Jakarta", "Special Capital Region of Jakarta", "DKI"],
  GO: [],
  JA: [],
  JB: ["West Java", "Jabar"],
  JT: ["Central Java", "Jateng"],
  JI: ["East Java", "Jatim"],
  KA: ["West Kalimantan", "Kalbar"],
  KS: ["South Kalimantan", "Kalsel"],
  KT: ["Central Kalimantan", "Kalteng"],
  KI: ["East Kalimantan", "Kaltim"],
  KU: ["North Kalimantan", "Kaltara"],
  BB: ["Bangka Belitung", "Bangka Belitung Islands", "Babel"],
  KR: ["Riau Islands", "Kepri"],
  LA: [],
  MA: [],
  MU: ["North Maluku", "Malut"],
  NB: ["West Nusa Tenggara", "NTB"],
  NT: ["East Nusa Tenggara", "NTT"],
  PA: ["Papua Selatan", "South Papua", "Papua Tengah", "Central Papua", "Papua Pegunungan", "Highland Papua"],
  PB: ["West Papua", "Papua Barat Daya", "Southwest Papua"],
  RI: [],
  SR: ["West Sulawesi", "Sulbar"],
  SN: ["South Sulawesi", "Sulsel"],
  ST: ["Central Sulawesi", "Sulteng"],
  SG: ["Southeast Sulawesi", "Sultra"],
  SA: ["North Sulawesi", "Sulut"],
  SB: ["West Sumatra", "West Sumatera", "Sumatra Barat", "Sumbar"],
  SS: ["South Sumatra", "South Sumatera", "Sumatra Selatan", "Sumsel"],
  SU: ["North Sumatra", "North Sumatera", "Sumatra Utara", "Sumut"],
}

/** Extra province names per country (only Indonesia needs them so far). */
export const PROVINCE_ALIASES: Record<string, Record<string, string[]>> = {
  ID: INDONESIAN_PROVINCE_ALIASES,
}
