/** Same shape as a message tree, but any string: lets the TypeScript compiler check zh.ts has every key of en.ts. */
export type DeepStringRecord<T> = { [K in keyof T]: T[K] extends string ? string : DeepStringRecord<T[K]> }
