/** The report's stylesheet, inlined in the page (no network). */
export const stylesheet = `
:root {
  --ink: #1d232b; --muted: #5d6773; --faint: #8a949f; --rule: #e3e6ea; --paper: #fbfaf7; --card: #fff;
  --accent: #b3261e; --timex: #1f5fbf; --timex-bg: #e8f0fd; --quote-bg: #fff3c4; --quote-edge: #e0b100;
  --mention: #1d7a4c; --only: #ffd7d2; --given: #2d6a4f; --found: #1f5fbf; --inferred: #b7791f; --none: #8a949f;
  --serif: Georgia, 'Times New Roman', serif;
  --sans: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
}
* { box-sizing: border-box; }
html { scroll-behavior: smooth; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.55 var(--sans); }
a { color: inherit; }
header.masthead { background: #14181d; color: #f4f1ea; padding: 28px 0 22px; border-bottom: 4px solid var(--accent); }
.wrap { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
.masthead h1 { font: 700 34px/1.15 var(--serif); margin: 0 0 6px; letter-spacing: -0.01em; }
.masthead .kicker { text-transform: uppercase; letter-spacing: 0.14em; font-size: 12px; color: #e9a29d; margin: 0 0 8px; }
.masthead .lede { color: #c9ccd1; margin: 0; max-width: 760px; }
.masthead code { background: #2a3038; color: #e9e6df; }
nav.toc { position: sticky; top: 0; z-index: 5; background: rgba(251,250,247,0.95); backdrop-filter: blur(4px); border-bottom: 1px solid var(--rule); }
nav.toc .wrap { display: flex; gap: 20px; overflow-x: auto; padding-top: 10px; padding-bottom: 10px; }
nav.toc a { text-decoration: none; font-size: 14px; color: var(--muted); white-space: nowrap; }
nav.toc a:hover { color: var(--accent); }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 12px; margin: 24px 0 8px; }
.stat { background: var(--card); border: 1px solid var(--rule); border-radius: 10px; padding: 12px 14px; }
.stat b { display: block; font: 700 26px/1.1 var(--serif); }
.stat span { color: var(--muted); font-size: 13px; }
section { margin: 40px 0; }
section > h2 { font: 700 26px/1.2 var(--serif); margin: 0 0 4px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
section > .intro { color: var(--muted); margin: 8px 0 18px; font-size: 15px; }
.notice { background: #fff8e6; border: 1px solid #f0d58a; border-radius: 8px; padding: 8px 12px; font-size: 14px; margin: 10px 0; }
.card { background: var(--card); border: 1px solid var(--rule); border-radius: 12px; padding: 18px 20px; margin: 14px 0; box-shadow: 0 1px 2px rgba(0,0,0,0.03); }
.chip { display: inline-block; font: 600 12px/1 var(--sans); padding: 4px 8px; border-radius: 999px; background: #eef0f3; color: var(--ink); text-decoration: none; margin: 2px 4px 2px 0; white-space: nowrap; }
a.chip:hover { background: #dfe3e8; }
.badge { display: inline-block; font: 600 11px/1 var(--sans); text-transform: uppercase; letter-spacing: 0.06em; padding: 4px 7px; border-radius: 4px; color: #fff; vertical-align: middle; }
.badge.given { background: var(--given); } .badge.found { background: var(--found); } .badge.inferred { background: var(--inferred); } .badge.none { background: var(--none); }
.muted { color: var(--muted); } .small { font-size: 13px; }
/* Timeline */
ol.timeline { list-style: none; margin: 0; padding: 0 0 0 22px; border-left: 3px solid var(--rule); }
ol.timeline > li { position: relative; margin: 0 0 18px; }
ol.timeline > li::before { content: ''; position: absolute; left: -31px; top: 6px; width: 15px; height: 15px; border-radius: 50%; background: var(--card); border: 3px solid var(--timex); }
ol.timeline > li.published::before { border-color: var(--accent); }
.when { font: 700 18px/1.3 var(--serif); }
.when small { font: 400 13px var(--sans); color: var(--muted); margin-left: 8px; }
.event { background: var(--card); border: 1px solid var(--rule); border-radius: 8px; padding: 8px 12px; margin: 6px 0; }
.event .docs { margin-top: 4px; }
/* Quotes */
.speaker h3 { font: 700 21px/1.25 var(--serif); margin: 0; }
.speaker .role { color: var(--muted); font-size: 14px; }
blockquote.merged { margin: 14px 0 4px; padding: 10px 14px; border-left: 4px solid var(--quote-edge); background: #fffbea; font: 17px/1.5 var(--serif); }
ul.occurrences { margin: 4px 0 12px; padding-left: 18px; font-size: 14px; color: var(--muted); }
ul.occurrences li { margin: 3px 0; }
/* Relations */
.pair-head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.meter { display: inline-block; width: 90px; height: 8px; border-radius: 4px; background: #eef0f3; overflow: hidden; vertical-align: middle; }
.meter i { display: block; height: 100%; background: var(--accent); }
.bar { display: inline-block; height: 8px; border-radius: 4px; vertical-align: middle; margin-left: 6px; max-width: 60%; }
.bar.published { background: #c0392b; }
.bar.mentioned { background: var(--accent); }
table.months td { white-space: nowrap; }
table.passages { width: 100%; border-collapse: collapse; margin-top: 10px; table-layout: fixed; }
table.passages th { text-align: left; font-size: 13px; color: var(--muted); font-weight: 600; padding: 4px 8px; border-bottom: 1px solid var(--rule); }
table.passages td { vertical-align: top; padding: 10px 8px; border-bottom: 1px solid var(--rule); font: 15px/1.5 var(--serif); }
table.passages .sim { width: 64px; }
table.passages td.sim { width: 70px; font: 600 13px var(--sans); color: var(--muted); text-align: right; }
td.shared { background: #f3f8f1; }
ins.only { text-decoration: none; background: var(--only); border-radius: 2px; }
details > summary { cursor: pointer; color: var(--muted); font-size: 14px; margin-top: 6px; }
/* Articles */
article.doc h3 { font: 700 24px/1.2 var(--serif); margin: 4px 0 6px; }
article.doc .meta { color: var(--muted); font-size: 14px; margin-bottom: 6px; }
article.doc .dct { font-size: 14px; margin: 8px 0 14px; padding: 8px 10px; background: #f6f7f9; border-radius: 8px; }
.block { margin: 0 0 10px; font: 17px/1.6 var(--serif); }
.block .role { display: inline-block; font: 600 10px/1 var(--sans); text-transform: uppercase; letter-spacing: 0.08em; color: var(--faint); border: 1px solid var(--rule); border-radius: 3px; padding: 3px 5px; margin-right: 8px; vertical-align: 2px; }
.block.residue { color: var(--muted); font-size: 15px; font-style: italic; border-left: 3px solid var(--rule); padding-left: 10px; }
.block.role-headline { font-weight: 700; font-size: 20px; }
.block.role-subheading { font: 700 16px var(--sans); margin-top: 16px; }
.timex { background: var(--timex-bg); border-bottom: 2px solid var(--timex); border-radius: 2px; }
.quote { background: var(--quote-bg); }
.quote.indirect { background: #fdf8e4; box-shadow: inset 0 -2px 0 #ecd789; }
.cue { font-weight: 700; text-decoration: underline dotted; }
.mention { color: var(--mention); font-weight: 700; }
sup.note { font: 600 10px var(--sans); margin-left: 2px; padding: 1px 4px; border-radius: 3px; }
sup.timex-note { color: var(--timex); background: var(--timex-bg); }
sup.quote-note { color: #6b5200; background: #fbeeb8; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; font-size: 13px; color: var(--muted); margin: 6px 0 14px; }
.legend span.sw { padding: 1px 6px; }
table.errors { width: 100%; border-collapse: collapse; font-size: 14px; }
table.errors td, table.errors th { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
code { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; background: #f0f1f3; padding: 1px 4px; border-radius: 3px; }
footer { color: var(--faint); font-size: 13px; padding: 30px 0 50px; border-top: 1px solid var(--rule); margin-top: 40px; }
@media print { nav.toc { display: none; } .card { break-inside: avoid; } }
`
