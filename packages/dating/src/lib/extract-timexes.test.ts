import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractTimexes } from './extract-timexes.js'

const DCT = '2016-11-07' // a Monday

/** [text, type, value] for every timex, checking offsets on the way. */
function found(text: string, dct: string | null = DCT) {
  const timexes = extractTimexes(text, dct === null ? {} : { dct })
  for (const timex of timexes) expect(text.slice(timex.start, timex.end)).toBe(timex.text)
  return timexes.map((timex) => [timex.text, timex.type, timex.value])
}

describe('extractTimexes: absolute dates', () => {
  it('reads month-day-year, day-month-year, ISO and US numeric dates', () => {
    expect(found('The vote was held on November 6, 2016, in Ankara.')).toEqual([
      ['November 6, 2016', 'DATE', '2016-11-06'],
    ])
    expect(found('She was born on 6 November 1950 in Leeds.')).toEqual([
      ['6 November 1950', 'DATE', '1950-11-06'],
    ])
    expect(found('The filing is dated 2016-11-07 and signed.')).toEqual([
      ['2016-11-07', 'DATE', '2016-11-07'],
    ])
    expect(found('Police logged the call on 11/06/2016 at the station.')).toEqual([
      ['11/06/2016', 'DATE', '2016-11-06'],
    ])
  })

  it('gives a yearless date the year the tense points to', () => {
    expect(found('The mayor resigned on Oct. 17 after the audit.')).toEqual([
      ['Oct. 17', 'DATE', '2016-10-17'],
    ])
    expect(found('The council will vote on Jan. 12 on the budget.')).toEqual([
      ['Jan. 12', 'DATE', '2017-01-12'],
    ])
  })

  it('reads months, years, fiscal years, decades and centuries', () => {
    expect(found('Prices rose in November 1995 and again in 1987.')).toEqual([
      ['November 1995', 'DATE', '1995-11'],
      ['1987', 'DATE', '1987'],
    ])
    expect(found('Profit fell in fiscal 1988, the company said.')).toEqual([
      ['fiscal 1988', 'DATE', '1988'],
    ])
    expect(found('Tariffs were common in the 1990s and the 20th century.')).toEqual([
      ['the 1990s', 'DATE', '199'],
      ['the 20th century', 'DATE', '19'],
    ])
  })

  it('reads quarters and halves against the DCT year', () => {
    expect(found('Sales rose in the third quarter.', '1987-10-20')).toEqual([
      ['the third quarter', 'DATE', '1987-Q3'],
    ])
    expect(found('Third-quarter profit fell 5%.', '1987-10-20')).toEqual([
      ['Third-quarter', 'DATE', '1987-Q3'],
    ])
    expect(found('Output slowed in the first half of 1990.')).toEqual([
      ['the first half of 1990', 'DATE', '1990-H1'],
    ])
    expect(
      found('Profit rose in Q3 2013 and in the first quarter of last year.', '2014-02-03'),
    ).toEqual([
      ['Q3 2013', 'DATE', '2013-Q3'],
      ['the first quarter of last year', 'DATE', '2013-Q1'],
    ])
  })

  it('keeps modifiers in the extent and sets mod', () => {
    const [early] = extractTimexes('The plant opened in early 1990 near Lyon.', { dct: DCT })
    expect(early).toMatchObject({ text: 'early 1990', value: '1990', mod: 'START' })
    const [late] = extractTimexes('Talks broke down in late November.', { dct: DCT })
    expect(late).toMatchObject({ text: 'late November', value: '2016-11', mod: 'END' })
  })
})

describe('extractTimexes: relative dates', () => {
  it('resolves weekdays by tense', () => {
    expect(found('Forces said Sunday they had begun the offensive.')).toEqual([
      ['Sunday', 'DATE', '2016-11-06'],
    ])
    expect(found('The ministers will meet Friday in Brussels.')).toEqual([
      ['Friday', 'DATE', '2016-11-11'],
    ])
    expect(found('Crowds gathered Saturday night in the square.')).toEqual([
      ['Saturday night', 'TIME', '2016-11-05TNI'],
    ])
  })

  it('resolves day words, shifted periods and offsets', () => {
    expect(found('The minister resigned yesterday.')).toEqual([['yesterday', 'DATE', '2016-11-06']])
    expect(found('Turnout fell last month and will rise next year.')).toEqual([
      ['last month', 'DATE', '2016-10'],
      ['next year', 'DATE', '2017'],
    ])
    expect(found('Markets slid this week.')).toEqual([['this week', 'DATE', '2016-W45']])
    expect(found('The bridge closed two weeks ago.')).toEqual([
      ['two weeks ago', 'DATE', '2016-W43'],
    ])
    expect(found('The bank lent more a year ago.')).toEqual([['a year ago', 'DATE', '2015']])
    expect(found('Sales fell earlier this month.')).toEqual([
      ['earlier this month', 'DATE', '2016-11'],
    ])
  })

  it('records the anchor of relative values', () => {
    const [sunday] = extractTimexes('He said Sunday the talks failed.', { dct: DCT })
    expect(sunday?.anchor).toEqual({ value: '2016-11-07', source: 'dct' })
    const [, later] = extractTimexes(
      'The plant shut on March 3, 2015. It reopened the following day.',
      { dct: DCT },
    )
    expect(later).toMatchObject({
      value: '2015-03-04',
      anchor: { value: '2015-03-03', source: 'previous' },
    })
  })

  it('keeps placeholders without a DCT', () => {
    expect(found('Forces said Sunday they began last month.', null)).toEqual([
      ['Sunday', 'DATE', 'XXXX-WXX-7'],
      ['last month', 'DATE', 'XXXX-XX'],
    ])
  })
})

describe('extractTimexes: times', () => {
  it('reads clock times with zones and days', () => {
    expect(found('The polls closed at 7:53 AM ET on Sunday.')).toEqual([
      ['7:53 AM ET on Sunday', 'TIME', '2016-11-06T07:53'],
    ])
    expect(found('The strike began at 10 p.m. Wednesday.')).toEqual([
      ['10 p.m. Wednesday', 'TIME', '2016-11-02T22:00'],
    ])
    expect(found('The curfew starts at midnight.')).toEqual([
      ['midnight', 'TIME', '2016-11-07T24:00'],
    ])
  })
})

describe('extractTimexes: durations, references and sets', () => {
  it('reads durations', () => {
    expect(found('Prices doubled over the past two years.')).toEqual([
      ['the past two years', 'DURATION', 'P2Y'],
    ])
    expect(found('The talks took months.')).toEqual([['months', 'DURATION', 'PXM']])
    expect(found('They agreed a three-month truce lasting two hours a day.')).toEqual([
      ['three-month', 'DURATION', 'P3M'],
      ['two hours', 'DURATION', 'PT2H'],
      ['a day', 'SET', 'P1D'],
    ])
    expect(found('The ban lasted a decade.')).toEqual([['a decade', 'DURATION', 'P10Y']])
  })

  it('reads vague references', () => {
    expect(found('The mayor is now in Paris; she recently moved and will soon return.')).toEqual([
      ['now', 'DATE', 'PRESENT_REF'],
      ['recently', 'DATE', 'PAST_REF'],
      ['soon', 'DATE', 'FUTURE_REF'],
    ])
  })

  it('reads sets', () => {
    expect(found('The board meets every week and reports annually.')).toEqual([
      ['every week', 'SET', 'P1W'],
      ['annually', 'SET', 'P1Y'],
    ])
  })
})

describe('extractTimexes: more rule families', () => {
  it('reads holidays, seasons and spelled years', () => {
    expect(found('Shoppers queued on Thanksgiving for the sales.')).toEqual([
      ['Thanksgiving', 'DATE', '2016-11-24'],
    ])
    expect(found('The dam burst last Christmas and again in the summer of 1994.')).toEqual([
      ['last Christmas', 'DATE', '2015-12-25'],
      ['the summer of 1994', 'DATE', '1994-SU'],
    ])
    expect(found('Prices peaked in January nineteen ninety-seven, the anchor said.')).toEqual([
      ['January nineteen ninety-seven', 'DATE', '1997-01'],
    ])
    expect(found('Floods hit this past spring and the winter will be hard.')).toEqual([
      ['this past spring', 'DATE', '2016-SP'],
      ['the winter', 'DATE', '2016-WI'],
    ])
  })

  it('reads decades in words and figures, and the year named after `the year`', () => {
    expect(found('Punk was born in the seventies and the 1970s ended badly.')).toEqual([
      ['the seventies', 'DATE', '197'],
      ['the 1970s', 'DATE', '197'],
    ])
    expect(found('Planners looked ahead to the year 2000.')).toEqual([
      ['the year 2000', 'DATE', '2000'],
    ])
  })

  it('reads hedged and fractional durations, and leaves ages alone', () => {
    const [hedged] = extractTimexes('The siege lasted more than four hours.', { dct: DCT })
    expect(hedged).toMatchObject({ text: 'more than four hours', value: 'PT4H', mod: 'MORE_THAN' })
    expect(found('Talks ran 2 1/2 years and a minute and a half of silence followed.')).toEqual([
      ['2 1/2 years', 'DURATION', 'P2Y6M'],
      ['a minute and a half', 'DURATION', 'PT1M30S'],
    ])
    expect(found('A 6-year-old boy and his 52 years old father were rescued.')).toEqual([])
    expect(found('Sales rose in the year ended June 30, 2016.')).toEqual([
      ['the year', 'DURATION', 'P1Y'],
      ['June 30, 2016', 'DATE', '2016-06-30'],
    ])
  })

  it('leaves the article out of adjectival compounds and bare plurals', () => {
    expect(found('The union signed the eight-year contract in the weeks before the vote.')).toEqual(
      [
        ['eight-year', 'DURATION', 'P8Y'],
        ['weeks', 'DURATION', 'PXW'],
      ],
    )
    expect(found('Analysts expect the third-quarter results soon.', '1989-10-20')).toEqual([
      ['third-quarter', 'DATE', '1989-Q3'],
      ['soon', 'DATE', 'FUTURE_REF'],
    ])
  })

  it('counts anaphoric expressions from the last date mentioned', () => {
    expect(found('The strike began in March 2015. The following month, talks resumed.')).toEqual([
      ['March 2015', 'DATE', '2015-03'],
      ['The following month', 'DATE', '2015-04'],
    ])
    expect(found('The bank failed on March 3, 2009. The next morning the fund collapsed.')).toEqual(
      [
        ['March 3, 2009', 'DATE', '2009-03-03'],
        ['The next morning', 'TIME', '2009-03-04TMO'],
      ],
    )
    expect(found('The bank failed on March 3, 2009, and the same day the fund shut.')).toEqual([
      ['March 3, 2009', 'DATE', '2009-03-03'],
      ['the same day', 'DATE', '2009-03-03'],
    ])
    expect(found('The bank opened on May 3, 2014, and closed that year.')).toEqual([
      ['May 3, 2014', 'DATE', '2014-05-03'],
      ['that year', 'DATE', '2014'],
    ])
  })

  it('reads earnings copy: quarters, year-earlier periods', () => {
    expect(found('Third-quarter net rose 5% from a year earlier.', '1989-10-26')).toEqual([
      ['Third-quarter', 'DATE', '1989-Q3'],
      ['a year earlier', 'DATE', '1988-Q3'],
    ])
    // A quarter mentioned long before does not turn general news into earnings copy.
    const general = `The company reported its third quarter in a short note. ${'The plant hired staff. '.repeat(12)}The mayor said crime was lower than a year earlier.`
    expect(extractTimexes(general, { dct: '1989-10-26' }).at(-1)?.value).toBe('1988')
    expect(found('Net fell from the year-earlier quarter.', '1989-10-26')).toEqual([
      ['the year-earlier quarter', 'DATE', '1988-Q3'],
    ])
  })

  it('reads possessive years, year-end and shifted month-days', () => {
    expect(
      found("Net rose in this year's third quarter, ahead of year-end.", '1989-10-26'),
    ).toEqual([
      ["this year's third quarter", 'DATE', '1989-Q3'],
      ['year-end', 'DATE', '1989'],
    ])
    expect(found('The plant has been idle since last Oct. 23.', '1999-04-19')).toEqual([
      ['last Oct. 23', 'DATE', '1998-10-23'],
    ])
  })

  it('reads local and military times, mid-month, this weekend and decades ago', () => {
    expect(found('The blast came at 3 p.m. local time on Tuesday.', '2013-03-12')).toEqual([
      ['3 p.m. local time on Tuesday', 'TIME', '2013-03-12T15:00'],
    ])
    expect(found('The storm made landfall at 0600 GMT Monday.', '2013-03-12')).toEqual([
      ['0600 GMT Monday', 'TIME', '2013-03-11T06:00'],
    ])
    expect(found('Talks resume in mid-March; the fair opens this weekend.', '2013-03-12')).toEqual([
      ['mid-March', 'DATE', '2013-03'],
      ['this weekend', 'DATE', '2013-W11-WE'],
    ])
    expect(found('A decade ago the town had no school.', '2013-03-12')).toEqual([
      ['A decade ago', 'DATE', '2003'],
    ])
  })

  it('reads earlier/later with a day, and this coming weekday', () => {
    expect(found('Earlier Sunday, police said the vote is this coming Sunday.')).toEqual([
      ['Earlier Sunday', 'DATE', '2016-11-06'],
      ['this coming Sunday', 'DATE', '2016-11-13'],
    ])
  })

  it('reads tense through quotes and passives', () => {
    expect(found('"The father will leave Thursday," Castro said.', '2000-04-05')).toEqual([
      ['Thursday', 'DATE', '2000-04-06'],
    ])
    expect(found('The dividend would be paid in January to holders.', '1989-10-26')).toEqual([
      ['January', 'DATE', '1990-01'],
    ])
    expect(found('Stocks fell from the high set on Aug. 6 by the index.', '1998-02-06')).toEqual([
      ['Aug. 6', 'DATE', '1997-08-06'],
    ])
  })

  it('reads more sets', () => {
    expect(
      found('The paper comes out each Thursday and on Tuesday nights; rents are paid monthly.'),
    ).toEqual([
      ['each Thursday', 'SET', 'XXXX-WXX-4'],
      ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
      ['monthly', 'SET', 'P1M'],
    ])
    expect(found('Buses run every two hours, twice a day.')).toEqual([
      ['every two hours', 'SET', 'PT2H'],
      ['a day', 'SET', 'P1D'],
    ])
  })

  it('reads position phrases and named times', () => {
    const [end] = extractTimexes('The audit is due by the end of the year.', { dct: DCT })
    expect(end).toMatchObject({ text: 'the end of the year', value: '2016', mod: 'END' })
    expect(found('Troops left at noon Thursday.')).toEqual([
      ['noon Thursday', 'TIME', '2016-11-03T12:00'],
    ])
    expect(found('Shops shut early yesterday afternoon.')).toEqual([
      ['early yesterday afternoon', 'TIME', '2016-11-06TAF'],
    ])
  })

  it('does not take a newspaper or a verb for a date', () => {
    expect(found('He was named Player of the Year and appeared on 60 Minutes.')).toEqual([])
    expect(found('She tried a second time; about 1000 people watched.')).toEqual([])
    expect(found('About a quarter of the voters stayed home.')).toEqual([])
    expect(found('The Sun reported that May would stay.')).toEqual([])
    expect(found('Rates may fall, as soon as the markets March on.')).toEqual([])
  })
})

describe('extractTimexes: input checks', () => {
  it('rejects what is not text, and a bad dct', () => {
    expect(() => extractTimexes(42 as unknown as string)).toThrow(
      /^Cannot `extractTimexes` without text: expected a string or an Article, not the number 42$/,
    )
    expect(() => extractTimexes('Sunday', { dct: 'last week' })).toThrow(
      /^Cannot read `dct` for `extractTimexes` "last week": expected an ISO 8601 date/,
    )
    expect(() => extractTimexes('Sunday', { dct: '2016-02-30' })).toThrow(RangeError)
    expect(() => extractTimexes('Sunday', { dtc: '2016-11-07' } as never)).toThrow(
      /^Unknown option `dtc` for `extractTimexes`: did you mean `dct`\?/,
    )
    expect(() => extractTimexes('Sunday', { dct: 20161107 } as never)).toThrow(
      /^Option `dct` for `extractTimexes` must be a date .* not the number 20161107$/,
    )
  })

  it('never throws, keeps offsets exact and terminates on arbitrary text', () => {
    const pieces = fc.constantFrom(
      '999999',
      'centuries',
      'Sunday',
      ' ',
      'last',
      'month',
      '2016',
      '-',
      '11',
      ':',
      'a.m.',
      'the',
      'Nov.',
      '6',
      ',',
      'two',
      'years',
      'ago',
      '\n',
      'early',
      'every',
      'é',
    )
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((parts) => parts.join('')),
        ),
        (text) => {
          const timexes = extractTimexes(text, { dct: DCT })
          let last = 0
          for (const timex of timexes) {
            expect(text.slice(timex.start, timex.end)).toBe(timex.text)
            expect(timex.value).not.toMatch(/NaN|undefined|-\d{5}/)
            expect(timex.start).toBeGreaterThanOrEqual(last)
            last = timex.end
          }
        },
      ),
      { numRuns: 500 },
    )
  })
})
