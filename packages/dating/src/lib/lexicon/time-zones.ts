/**
 * Time-zone abbreviations news copy prints after a clock time (`7:53 AM ET`). They belong to the
 * expression's extent; the value keeps local time, as TIMEX3 does.
 */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'et',
  'est',
  'edt',
  'ct',
  'cst',
  'cdt',
  'mt',
  'mst',
  'mdt',
  'pt',
  'pst',
  'pdt',
  'gmt',
  'utc',
  'bst',
  'cet',
  'cest',
  'jst',
  'ist',
  'aest',
])
