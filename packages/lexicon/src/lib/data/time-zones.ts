/**
 * Time-zone abbreviations printed after clock times in news (`7:53 AM ET`, `7 p.m. HST`).
 *
 * Fixed zones map to their UTC offset in minutes. The US generic zones (`ET`, `CT`, `MT`, `PT` and
 * their spelled-out forms) map to their standard offset and observe US daylight time: their offset
 * depends on the date (see `timeZoneOffset`). Ambiguous abbreviations are read as a US/UK news page
 * most likely means them: `CST` is US Central (not China), `IST` India (not Ireland or Israel),
 * `BST` British Summer Time (not Bangladesh), `AST` Atlantic (not Arabia).
 */
export interface TimeZone {
  /** Offset from UTC in minutes during standard time (or always, when fixed). */
  offsetMinutes: number
  /** Whether the offset moves by an hour in US daylight time (`ET`, `PT`, …). */
  observesUsDaylightTime: boolean
}

function fixed(offsetMinutes: number): TimeZone {
  return { offsetMinutes, observesUsDaylightTime: false }
}

function usGeneric(offsetMinutes: number): TimeZone {
  return { offsetMinutes, observesUsDaylightTime: true }
}

/** Upper-case abbreviation → zone. */
export const timeZones: ReadonlyMap<string, TimeZone> = new Map([
  ['UTC', fixed(0)],
  ['GMT', fixed(0)],
  ['Z', fixed(0)],
  ['UT', fixed(0)],
  ['BST', fixed(60)],
  ['WET', fixed(0)],
  ['WEST', fixed(60)],
  ['CET', fixed(60)],
  ['CEST', fixed(120)],
  ['EET', fixed(120)],
  ['EEST', fixed(180)],
  ['MSK', fixed(180)],
  ['GST', fixed(240)],
  ['PKT', fixed(300)],
  ['IST', fixed(330)],
  ['HKT', fixed(480)],
  ['SGT', fixed(480)],
  ['AWST', fixed(480)],
  ['JST', fixed(540)],
  ['KST', fixed(540)],
  ['ACST', fixed(570)],
  ['AEST', fixed(600)],
  ['AEDT', fixed(660)],
  ['NZST', fixed(720)],
  ['NZDT', fixed(780)],
  ['AST', fixed(-240)],
  ['ADT', fixed(-180)],
  ['NST', fixed(-210)],
  ['NDT', fixed(-150)],
  ['EST', fixed(-300)],
  ['EDT', fixed(-240)],
  ['CST', fixed(-360)],
  ['CDT', fixed(-300)],
  ['MST', fixed(-420)],
  ['MDT', fixed(-360)],
  ['PST', fixed(-480)],
  ['PDT', fixed(-420)],
  ['AKST', fixed(-540)],
  ['AKDT', fixed(-480)],
  ['HST', fixed(-600)],
  ['ET', usGeneric(-300)],
  ['CT', usGeneric(-360)],
  ['MT', usGeneric(-420)],
  ['PT', usGeneric(-480)],
  ['EASTERN', usGeneric(-300)],
  ['CENTRAL', usGeneric(-360)],
  ['MOUNTAIN', usGeneric(-420)],
  ['PACIFIC', usGeneric(-480)],
])
