import { describe, expect, it } from 'vitest'
import { sideBySide } from './diff.js'
import { escapeHtml, html, jsonForScript, SafeHtml } from './escape.js'
import { markText } from './marks.js'

describe('escaping template', () => {
  it('escapes every interpolated value, joins arrays and keeps nested html', () => {
    const headline = '<script>window.__pwned = 1</script> & "friends"'
    const out = html`<h1 title="${headline}">${headline}</h1>${[html`<b>${'<i>'}</b>`, 'x<y']}${undefined}${false}`
    expect(out).toBeInstanceOf(SafeHtml)
    expect(out.value).toBe(
      '<h1 title="&lt;script&gt;window.__pwned = 1&lt;/script&gt; &amp; &quot;friends&quot;">&lt;script&gt;window.__pwned = 1&lt;/script&gt; &amp; &quot;friends&quot;</h1><b>&lt;i&gt;</b>x&lt;y',
    )
    expect(escapeHtml("it's")).toBe('it&#39;s')
  })

  it('writes JSON that cannot close a script element', () => {
    expect(jsonForScript({ quote: '</script><script>alert(1)</script>\u2028' }).value).toBe(
      '{"quote":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u2028"}',
    )
  })
})

describe('marks', () => {
  it('cuts overlapping marks into nested-safe pieces with notes after each mark', () => {
    // "said Sunday" inside a quote, the text starting at offset 100 of its document.
    const text = '"We met Sunday," he said.'
    const out = markText(text, 100, [
      { start: 101, end: 114, className: 'quote', title: 'direct', note: '— Joseph Dunford' },
      { start: 108, end: 114, className: 'timex', title: 'DATE 2016-11-06', note: '2016-11-06' },
      { start: 117, end: 119, className: 'mention' },
    ])
    expect(out.value).toBe(
      '&quot;<span class="quote" title="direct">We met </span><span class="quote timex" title="direct · DATE 2016-11-06">Sunday</span><sup class="note quote-note">— Joseph Dunford</sup><sup class="note timex-note">2016-11-06</sup>,&quot; <span class="mention">he</span> said.',
    )
  })

  it('escapes the text around and inside marks', () => {
    const out = markText('<b>Sunday</b>', 0, [{ start: 3, end: 9, className: 'timex' }])
    expect(out.value).toBe('&lt;b&gt;<span class="timex">Sunday</span>&lt;/b&gt;')
  })
})

describe('side by side', () => {
  it('marks the words only one version has', () => {
    const [left, right] = sideBySide(
      'Raqqa is home to nearly 200,000 people, most Sunni Arabs.',
      'Raqqa is home to nearly 200,000 people—mostly Sunni Arabs.',
    )
    expect(left.value).toBe(
      'Raqqa is home to nearly 200,000 people, <ins class="only">most</ins> Sunni Arabs.',
    )
    expect(right.value).toBe(
      'Raqqa is home to nearly 200,000 people—<ins class="only">mostly</ins> Sunni Arabs.',
    )
  })

  it('treats curly and straight apostrophes alike', () => {
    const [left, right] = sideBySide('Sunday’s meeting', "Sunday's meeting")
    expect(left.value).toBe('Sunday’s meeting')
    expect(right.value).toBe('Sunday&#39;s meeting')
  })
})
