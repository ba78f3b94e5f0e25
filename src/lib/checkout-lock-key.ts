/** Lock key that serialises checkouts and routing moves for one inventory item. */
export const checkoutLockKey = (inventoryItemId: string) => `oms:checkout:${inventoryItemId}`
