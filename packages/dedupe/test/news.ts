// News-style test texts written for these tests (not taken from any corpus).

export const harbourStory = [
  'PORTSMOUTH, England — Dock workers at the country’s second-largest container port walked off the job on Tuesday, halting the unloading of more than forty ships and leaving lorries queued for miles along the coast road.',
  'The union representing the workers said the strike would last at least five days unless the port operator returned to talks over pay and shift patterns. “We have been patient for eleven months, and patience has not paid a single bill,” said Maria Okafor, the union’s regional secretary.',
  'The operator, Southern Gateway Ports, said it had offered a rise of 6.5 percent over two years and accused the union of walking away from a fair deal. A spokesman said contingency plans were in place to keep food and medicine moving.',
  'Retailers warned that shelves could run short of fresh fruit within a week. The British Retail Consortium said its members had already begun diverting shipments to ports in the north.',
  'Transport officials said the government was monitoring the situation closely but had no plans to intervene in what it called a commercial dispute between an employer and its staff.',
].join('\n\n')

/** The same story re-scraped: typographic changes, a caption and a footer of site residue. */
export const harbourStoryRescraped = [
  'Lorries queue near the port entrance on Tuesday morning.',
  harbourStory.replaceAll('’', "'").replaceAll('“', '"').replaceAll('”', '"').replaceAll('—', '--'),
  'Sign up for our morning newsletter. Follow us on social media.',
].join('\n\n')

/** A lightly edited wire version: one sentence reworded, one paragraph dropped. */
export const harbourStoryEdited = harbourStory
  .replace('halting the unloading of more than forty ships', 'halting work on more than 40 vessels')
  .replace(
    '\n\nTransport officials said the government was monitoring the situation closely but had no plans to intervene in what it called a commercial dispute between an employer and its staff.',
    '',
  )

/** A rewrite by another outlet that copies two sentences and a quote, everything else new. */
export const harbourRewrite = [
  'A strike at one of England’s busiest ports entered its first day as negotiations between the operator and staff remained frozen, raising fears of empty shelves before the holidays.',
  'The union representing the workers said the strike would last at least five days unless the port operator returned to talks over pay and shift patterns.',
  'Union officials, speaking outside the terminal gates, were defiant. “We have been patient for eleven months, and patience has not paid a single bill,” one of them told reporters.',
  'Economists at a London bank estimated the stoppage could cost the regional economy tens of millions of pounds a day if it drags on into next week.',
  'Retailers warned that shelves could run short of fresh fruit within a week.',
].join('\n\n')

/** An unrelated story. */
export const orchardStory = [
  'Apple growers in the valley expect their smallest harvest in a decade after a late frost in April killed most of the blossom on the higher slopes.',
  'The regional growers’ association said yields were down by as much as sixty percent on some farms, and that several family orchards were considering selling land to developers.',
  'Prices at the wholesale market in the county town have already climbed by a third since the start of the season, traders said on Friday.',
].join('\n\n')
