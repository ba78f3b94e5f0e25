/** The part of i18next's `t` the pure text builders use, so tests can pass a stand-in. */
export type Translate = (key: string, options?: Record<string, unknown>) => string
