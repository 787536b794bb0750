/**
 * News organisations and wire agencies, as they appear in bylines
 * (`By Angela Dewan, CNN`) and datelines (`(CNN)`, `LONDON (Reuters) -`).
 * Lower-cased. Used to tell an organisation from a person's name, and an
 * agency on its own line (`CNN —`) from a place.
 */
export const newsOrganisations: ReadonlySet<string> = new Set([
  'abc',
  'abc news',
  'afp',
  'agence france-presse',
  'al jazeera',
  'anadolu',
  'ansa',
  'ap',
  'associated press',
  'the associated press',
  'axios',
  'bbc',
  'bbc news',
  'bloomberg',
  'cbc',
  'cbs',
  'cbs news',
  'cnbc',
  'cnn',
  'cnn business',
  'cnn international',
  'dpa',
  'efe',
  'fox news',
  'ians',
  'itv news',
  'kyodo',
  'nbc',
  'nbc news',
  'npr',
  'pa',
  'pa media',
  'pti',
  'reuters',
  'sky news',
  'tass',
  'upi',
  'xinhua',
  'yonhap',
])

/**
 * Words that mark a name as an organisation rather than a person
 * (`The Atlanta Journal-Constitution`, `Kyiv Post`, `Fox Business`). Lower-cased.
 */
export const organisationWords: ReadonlySet<string> = new Set([
  'agency',
  'associated',
  'broadcasting',
  'business',
  'chronicle',
  'daily',
  'gazette',
  'guardian',
  'herald',
  'independent',
  'journal',
  'magazine',
  'media',
  'network',
  'news',
  'newspaper',
  'post',
  'press',
  'radio',
  'review',
  'service',
  'telegraph',
  'television',
  'times',
  'today',
  'tribune',
  'tv',
  'wire',
])

/**
 * Job titles that follow a name in a byline (`By Jane Doe, Senior Correspondent`):
 * neither an author nor an organisation. Lower-cased single words.
 */
export const bylineRoleWords: ReadonlySet<string> = new Set([
  'columnist',
  'contributor',
  'correspondent',
  'critic',
  'editor',
  'reporter',
  'staff',
  'writer',
])
