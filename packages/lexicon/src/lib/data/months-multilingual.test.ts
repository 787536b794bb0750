import { describe, expect, it } from 'vitest'
import { monthNumbers } from './months.js'
import {
  calendarLanguages,
  foreignMonthNumbers,
  foreignWeekdayNumbers,
} from './months-multilingual.js'

describe('foreignMonthNumbers', () => {
  it('reads the month names of six languages, with their accents and abbreviations', () => {
    expect(calendarLanguages).toEqual(['de', 'fr', 'es', 'it', 'pt', 'nl'])
    expect(foreignMonthNumbers.get('märz')).toBe(3)
    expect(foreignMonthNumbers.get('février')).toBe(2)
    expect(foreignMonthNumbers.get('févr')).toBe(2)
    expect(foreignMonthNumbers.get('noviembre')).toBe(11)
    expect(foreignMonthNumbers.get('settembre')).toBe(9)
    expect(foreignMonthNumbers.get('outubro')).toBe(10)
    expect(foreignMonthNumbers.get('maart')).toBe(3)
    expect(foreignMonthNumbers.get('mei')).toBe(5)
  })

  it('never gives a name two months, and agrees with English where the names coincide', () => {
    for (const [name, month] of foreignMonthNumbers) {
      expect(name).toBe(name.toLowerCase())
      const english = monthNumbers.get(name)
      if (english !== undefined) expect(english).toBe(month)
    }
  })

  it('numbers weekdays from Monday 1 to Sunday 7', () => {
    expect(foreignWeekdayNumbers.get('montag')).toBe(1)
    expect(foreignWeekdayNumbers.get('dimanche')).toBe(7)
    expect(foreignWeekdayNumbers.get('sábado')).toBe(6)
    expect(foreignWeekdayNumbers.get('quarta-feira')).toBe(3)
  })
})
