/**
 * Cues that mark a paragraph as a photo caption, as a reader spots them.
 * All lower-cased; matched on word boundaries against a paragraph's first
 * few hundred characters.
 */

/** Nouns naming a picture (`In this undated photo`, `a handout image`). */
export const pictureNouns: ReadonlySet<string> = new Set([
  'photo',
  'photos',
  'photograph',
  'photographs',
  'picture',
  'pictures',
  'image',
  'images',
  'handout',
  'still',
  'screengrab',
  'screenshot',
  'frame',
  'footage',
  'videograb',
  'photo-illustration',
])

/**
 * Words that may stand between `In this` and the picture noun
 * (`In this undated handout photo`, `In this aerial file image`).
 */
export const pictureModifiers: ReadonlySet<string> = new Set([
  'aerial',
  'archive',
  'combination',
  'composite',
  'courtesy',
  'file',
  'handout',
  'undated',
  'video',
  'satellite',
  'still',
  'drone',
  'social',
  'media',
  'released',
  'recent',
  'provided',
  'grab',
  'an',
  'a',
])

/**
 * Phrases that credit a picture. Strong ones mark a caption on their own;
 * the weak ones (`provided by`, `courtesy of`) only together with a picture noun.
 */
export const strongCreditCues: readonly string[] = [
  'getty images',
  'ap photo',
  'afp photo',
  'reuters photo',
  'epa-efe',
  'hide caption',
  'photo credit',
  'photo courtesy',
  'photographer:',
  'photo illustration',
]

export const weakCreditCues: readonly string[] = [
  'provided to',
  'provided by',
  'courtesy of',
  'photo by',
  'photograph by',
  'photographed',
  'pictured',
  'file photo',
  'undated photo',
  'handout',
]

/** Line openers that label a caption (`Photo: …`, `Pictured: …`). */
export const captionLabels: readonly string[] = [
  'photo:',
  'photos:',
  'image:',
  'pictured:',
  'picture:',
  'caption:',
  'above:',
  'top:',
  'file:',
]

/**
 * Present-tense verbs that caption writers use to describe a picture
 * (`A man carries…`, `Men look at…`). Base forms; `-s`/`-es`/`-ies` forms are
 * accepted too. A caption describes the picture in the present tense but
 * dates it in the past: "A child looks at a stall in Raqqa on October 1, 2013."
 */
export const captionVerbs: ReadonlySet<string> = new Set([
  'arrive',
  'attend',
  'burn',
  'carry',
  'celebrate',
  'chant',
  'clean',
  'climb',
  'cross',
  'cry',
  'dance',
  'display',
  'drive',
  'embrace',
  'fly',
  'flutter',
  'gather',
  'gesture',
  'greet',
  'guard',
  'hold',
  'hug',
  'inspect',
  'kneel',
  'leave',
  'lie',
  'listen',
  'look',
  'march',
  'mourn',
  'patrol',
  'pass',
  'play',
  'pose',
  'pray',
  'prepare',
  'protest',
  'queue',
  'raise',
  'react',
  'rest',
  'ride',
  'rise',
  'run',
  'search',
  'shake',
  'shop',
  'sit',
  'smile',
  'speak',
  'stand',
  'stare',
  'take',
  'talk',
  'wait',
  'walk',
  'watch',
  'wave',
  'wear',
  'work',
])

/** Reporting verbs: a sentence using them is reporting, not describing a picture. */
export const reportingVerbs: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'tells',
  'announced',
  'reported',
  'added',
  'stated',
  'according',
])
