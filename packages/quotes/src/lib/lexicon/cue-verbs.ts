/**
 * Reporting verbs that introduce speech, with every inflection mapped to its lemma.
 *
 * Two lists, after the two annotation standards the package is measured on:
 * - `speechVerbs`: verbs of saying and writing. The Gender Gap Tracker annotates quotes that
 *   these introduce ("said", "told", "quipped", "tweeted", "pointed out").
 * - `beliefVerbs`: verbs of thinking and intending. PolNeAR also annotates these attributions
 *   ("believes", "wants", "plans"); they are off unless `beliefs: true` is passed.
 *
 * Each row is `lemma: 'inflected forms…'`. Multi-word cues ("point out") are written with a
 * space; their inflections inflect the first word.
 */

const speechRows: Record<string, string> = {
  say: 'say says said saying',
  tell: 'tell tells told telling',
  add: 'add adds added adding',
  explain: 'explain explains explained explaining',
  note: 'note notes noted noting',
  claim: 'claim claims claimed claiming',
  insist: 'insist insists insisted insisting',
  argue: 'argue argues argued arguing',
  ask: 'ask asks asked asking',
  reply: 'reply replies replied replying',
  respond: 'respond responds responded responding',
  answer: 'answer answers answered answering',
  warn: 'warn warns warned warning',
  write: 'write writes wrote written writing',
  tweet: 'tweet tweets tweeted tweeting',
  post: 'posted',
  announce: 'announce announces announced announcing',
  declare: 'declare declares declared declaring',
  state: 'stated stating',
  suggest: 'suggest suggests suggested suggesting',
  acknowledge: 'acknowledge acknowledges acknowledged acknowledging',
  admit: 'admit admits admitted admitting',
  confirm: 'confirm confirms confirmed confirming',
  deny: 'deny denies denied denying',
  report: 'report reports reported reporting',
  quip: 'quip quips quipped quipping',
  recall: 'recall recalls recalled recalling',
  predict: 'predict predicts predicted predicting',
  comment: 'commented commenting',
  conclude: 'conclude concludes concluded concluding',
  emphasize:
    'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising',
  stress: 'stressed stressing',
  'point out': 'point points pointed pointing',
  urge: 'urge urges urged urging',
  assert: 'assert asserts asserted asserting',
  maintain: 'maintains maintained maintaining',
  contend: 'contend contends contended contending',
  allege: 'allege alleges alleged alleging',
  testify: 'testify testifies testified testifying',
  concede: 'concede concedes conceded conceding',
  complain: 'complain complains complained complaining',
  observe: 'observes observed observing',
  remark: 'remarked remarking',
  reveal: 'reveal reveals revealed revealing',
  joke: 'joked joking',
  shout: 'shout shouts shouted shouting',
  yell: 'yell yells yelled yelling',
  scream: 'screamed screaming',
  whisper: 'whispered whispering',
  mutter: 'muttered muttering',
  exclaim: 'exclaim exclaims exclaimed exclaiming',
  boast: 'boast boasts boasted boasting',
  brag: 'brag brags bragged bragging',
  promise: 'promise promises promised promising',
  vow: 'vow vows vowed vowing',
  pledge: 'pledged pledging',
  threaten: 'threatened threatening',
  disclose: 'disclose discloses disclosed disclosing',
  inform: 'inform informs informed informing',
  advise: 'advises advised',
  caution: 'cautioned cautioning',
  counter: 'countered countering',
  retort: 'retort retorts retorted retorting',
  recount: 'recount recounts recounted recounting',
  lament: 'lament laments lamented lamenting',
  muse: 'mused musing',
  sigh: 'sighed',
  mention: 'mention mentions mentioned mentioning',
  propose: 'proposed proposing',
  recommend: 'recommended recommending',
  demand: 'demanded demanding',
  reiterate: 'reiterate reiterates reiterated reiterating',
  clarify: 'clarified clarifying',
  elaborate: 'elaborated elaborating',
  continue: 'continued',
  estimate: 'estimated estimating',
  speculate: 'speculate speculates speculated speculating',
  concur: 'concurred',
  protest: 'protested protesting',
  charge: 'charged',
  assure: 'assured assuring',
  remind: 'reminded reminding',
  wonder: 'wonders wondered wondering',
  indicate: 'indicated indicating',
  specify: 'specified',
  read: 'reads',
  chant: 'chant chants chanted chanting',
  sing: 'sings sang singing',
  cry: 'cried',
  plead: 'pleaded pleading pled',
}

const beliefRows: Record<string, string> = {
  believe: 'believe believes believed believing',
  think: 'think thinks thought thinking',
  feel: 'feels felt',
  hope: 'hope hopes hoped hoping',
  want: 'want wants wanted wanting',
  expect: 'expect expects expected expecting',
  fear: 'fear fears feared fearing',
  know: 'know knows knew knowing',
  plan: 'plan plans planned planning',
  intend: 'intend intends intended intending',
  worry: 'worry worries worried worrying',
  agree: 'agree agrees agreed agreeing',
  doubt: 'doubt doubts doubted doubting',
  understand: 'understand understands understood',
}

function toFormMap(rows: Record<string, string>): ReadonlyMap<string, string> {
  const forms = new Map<string, string>()
  for (const [lemma, inflections] of Object.entries(rows)) {
    for (const form of inflections.split(' ')) forms.set(form, lemma)
  }
  return forms
}

/** Inflected form (lower case) → lemma, for verbs of saying and writing. */
export const speechVerbs: ReadonlyMap<string, string> = toFormMap(speechRows)

/** Inflected form (lower case) → lemma, for verbs of believing and intending (PolNeAR). */
export const beliefVerbs: ReadonlyMap<string, string> = toFormMap(beliefRows)

/**
 * Lemmas whose first complement is the hearer ("told reporters that…", "warned the council
 * that…"); the hearer is skipped before the reported clause and these verbs are never read as
 * inverted ("…," told Smith is not English).
 */
export const hearerCues: ReadonlySet<string> = new Set([
  'tell',
  'inform',
  'warn',
  'assure',
  'remind',
  'urge',
  'advise',
  'ask',
  'caution',
  'promise',
])

/** Lemmas that need a following particle to be a cue: "pointed out". */
export const particleCues: ReadonlyMap<string, string> = new Map([['point out', 'out']])

/**
 * Forms that are also common nouns ("the notes", "his claims", "the United States"): read as cues
 * only when a subject stands right before them or they follow a quote.
 */
export const nounLikeForms: ReadonlySet<string> = new Set([
  'claim',
  'note',
  'answer',
  'tweet',
  'reply',
  'promise',
  'vow',
  'boast',
  'comment',
  'post',
  'plan',
  'hope',
  'fear',
  'doubt',
  'want',
  'notes',
  'claims',
  'reports',
  'answers',
  'counters',
  'promises',
  'pledges',
  'demands',
  'reads',
  'recalls',
  'fears',
  'hopes',
  'plans',
  'doubts',
  'tweets',
  'comments',
  'warnings',
])

/** Forms that head a participial clause after a comma: "…, adding that…". */
export function isParticiple(form: string): boolean {
  return form.endsWith('ing')
}
