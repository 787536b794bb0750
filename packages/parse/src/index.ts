export { parseArticle } from './lib/parse-article.js'
export { default } from './lib/retext-article.js'
export type * from './types.js'
