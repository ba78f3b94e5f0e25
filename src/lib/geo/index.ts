export { haversineKm, roundKm, isValidGeoPoint } from "./haversine"
export { locateAddress, type AddressForLocating } from "./gazetteer"
