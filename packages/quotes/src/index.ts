export type * from './lib/types.js'
