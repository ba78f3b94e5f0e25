export * from "./numbers"
export * from "./text"
export * from "./fields"
export * from "./json-walk"
