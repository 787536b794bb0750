/**
 * Month and weekday names in the languages European news sites publish in besides English:
 * German, French, Spanish, Italian, Portuguese and Dutch. Keys are lower case, written with
 * their accents and without a trailing period (`févr`, `märz`, `sept`); the common
 * abbreviations are included. A name two languages share (`april`, `mai`) has one month.
 */
const months: Record<string, readonly (readonly string[])[]> = {
  de: [
    ['januar', 'jänner', 'jan'],
    ['februar', 'feber', 'feb', 'febr'],
    ['märz', 'maerz', 'mär', 'mrz'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'],
    ['février', 'fevrier', 'févr', 'fevr'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août', 'aout'],
    ['septembre'],
    ['octobre'],
    ['novembre'],
    ['décembre', 'decembre', 'déc'],
  ],
  es: [
    ['enero', 'ene'],
    ['febrero'],
    ['marzo'],
    ['abril', 'abr'],
    ['mayo'],
    ['junio'],
    ['julio'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre'],
    ['octubre'],
    ['noviembre'],
    ['diciembre', 'dic'],
  ],
  it: [
    ['gennaio', 'gen'],
    ['febbraio'],
    ['marzo'],
    ['aprile'],
    ['maggio', 'mag'],
    ['giugno', 'giu'],
    ['luglio', 'lug'],
    ['agosto'],
    ['settembre', 'set'],
    ['ottobre', 'ott'],
    ['novembre'],
    ['dicembre'],
  ],
  pt: [
    ['janeiro'],
    ['fevereiro', 'fev'],
    ['março', 'marco'],
    ['abril'],
    ['maio'],
    ['junho'],
    ['julho'],
    ['agosto'],
    ['setembro'],
    ['outubro', 'out'],
    ['novembro'],
    ['dezembro'],
  ],
  nl: [
    ['januari'],
    ['februari'],
    ['maart', 'mrt'],
    ['april'],
    ['mei'],
    ['juni'],
    ['juli'],
    ['augustus'],
    ['september'],
    ['oktober'],
    ['november'],
    ['december'],
  ],
}

/** The languages `foreignMonthNumbers` and `foreignWeekdayNames` cover (ISO 639-1). */
export const calendarLanguages: readonly string[] = Object.keys(months)

/**
 * Month names of German, French, Spanish, Italian, Portuguese and Dutch to their number
 * (`märz` → 3, `noviembre` → 11, `févr` → 2). English names are in `monthNumbers`.
 */
export const foreignMonthNumbers: ReadonlyMap<string, number> = new Map(
  Object.values(months).flatMap((names) =>
    names.flatMap((forms, index) => forms.map((form) => [form, index + 1] as const)),
  ),
)

/**
 * Weekday names of the same languages to their ISO number (Monday 1 … Sunday 7), for datelines
 * such as `Montag, 7. November 2016` or `lundi 7 novembre 2016`.
 */
export const foreignWeekdayNumbers: ReadonlyMap<string, number> = new Map(
  [
    ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
    ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    [
      'segunda-feira',
      'terça-feira',
      'quarta-feira',
      'quinta-feira',
      'sexta-feira',
      'sábado',
      'domingo',
    ],
    ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  ].flatMap((names) => names.map((name, index) => [name, index + 1] as const)),
)
