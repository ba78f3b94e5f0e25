/** Only the filters that are set, as query parameters (null, undefined and "" left out). */
export const setParams = (filters: object) => Object.fromEntries(Object.entries(filters).filter(([, v]) => v != null && v !== ""))
