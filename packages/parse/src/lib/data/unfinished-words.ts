import { functionWords } from '@copydesk/lexicon'

/**
 * Function words that can close a clause (`for all of them`, `the fighting is over`, `Yes We
 * Can`): a line or heading ending on one may be finished.
 */
const clauseClosers = new Set([
  // Pronouns that stand alone (objects, possessives used as nouns, reflexives).
  ...['i', 'me', 'mine', 'myself', 'we', 'us', 'ours', 'ourselves', 'you', 'yours', 'yourself'],
  ...['yourselves', 'him', 'himself', 'hers', 'herself', 'it', 'itself', 'they', 'them'],
  ...['theirs', 'themselves', 'whom'],
  // Determiners that also stand alone as pronouns.
  ...['this', 'these', 'those', 'some', 'any', 'each', 'no', 'all', 'both', 'either', 'neither'],
  ...['another', 'other', 'such', 'many', 'much', 'few', 'several', 'most'],
  // Prepositions that are also adverbs or particles.
  ...['about', 'over', 'under', 'after', 'before', 'since', 'through', 'across', 'within'],
  ...['without', 'along', 'around', 'behind', 'beyond', 'near', 'like', 'onto', 'upon', 'via'],
  ...['per', 'between', 'among', 'against', 'toward', 'towards', 'during', 'despite', 'until'],
  ...['unlike'],
  // Conjunctions that are also adverbs, and auxiliaries left at the end of an elliptical clause.
  ...['so', 'yet', 'though', 'once', 'if', 'when', 'while', 'although', 'because', 'unless'],
  ...['whether', 'being', 'am', 'do', 'does', 'did', 'shall', 'should', 'can', 'could', 'may'],
  ...['might', 'must'],
])

/**
 * Words no sentence or heading ends on, lower case: the lexicon's function words that need a
 * continuation (articles, most prepositions, conjunctions, possessives, relatives, auxiliaries)
 * and the reporting verbs `said`, `says`, `told` (`…, the minister said` ends with a full stop;
 * a line stopping on the verb is wrapped). A hard-wrapped line that ends on one continues.
 */
export const unfinishedWords: ReadonlySet<string> = new Set([
  ...[...functionWords].filter((word) => !clauseClosers.has(word)),
  'said',
  'says',
  'told',
])
