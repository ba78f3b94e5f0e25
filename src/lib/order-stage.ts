/** The order's stages are its shipments' stages plus "placed": see `src/lib/journey`. */
export { ORDER_STAGES, type OrderStage } from "./journey/stages"
