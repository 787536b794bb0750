import { words } from './words.js'

/** Words elided with a leading apostrophe, which opens no quote: 'em, 'til, 'cause, 'n', 'tis. */
export const elisionWords: readonly string[] = words('em til cause n tis twas')
