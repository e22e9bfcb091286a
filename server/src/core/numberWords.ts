// The number-word, scale, unit and qualifier lexicon the claim scanner reads. Data only.

/** Number words and their values. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['thousand', 1000], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['dozen', 12],
  ['dozens', 12], ['hundreds', 100], ['thousands', 1000], ['millions', 1e6], ['billions', 1e9],
]);

/** Scale words and abbreviations after a number ("$6 million", "£82.7m", "102.6bn"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['b', 1e9], ['tn', 1e12], ['trn', 1e12], ['thousand', 1e3],
  ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['hundred', 100],
]);

/** Currency signs and codes. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['US$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['A$', 'AUD'], ['C$', 'CAD'],
  ['HK$', 'HKD'], ['₩', 'KRW'], ['₽', 'RUB'],
]);

/** Currency words after a number ("20 dollars", "billions of dollars", "5 euros"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollars', 'USD'], ['dollar', 'USD'], ['pounds', 'GBP'], ['euros', 'EUR'], ['euro', 'EUR'], ['yen', 'JPY'],
  ['yuan', 'CNY'], ['rupees', 'INR'], ['usd', 'USD'], ['gbp', 'GBP'], ['eur', 'EUR'], ['pence', 'GBP'], ['p', 'GBP'],
  ['cents', 'USD'], ['francs', 'CHF'],
]);

/** Units of measure after a number ("508m", "60mph", "1.2 tonnes"). */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'm', 'km', 'cm', 'mm', 'kg', 'g', 'mg', 'mph', 'kph', 'km/h', 'tonnes', 'tonne', 'tons', 'ton', 'miles', 'mile',
  'metres', 'metre', 'meters', 'meter', 'feet', 'foot', 'ft', 'inches', 'inch', 'in', 'lbs', 'lb', 'litres',
  'litre', 'liters', 'liter', 'gallons', 'gallon', 'degrees', '°c', '°f', 'c', 'f', 'gb', 'mb', 'tb', 'kb', 'gw',
  'mw', 'kw', 'kwh', 'mwh', 'gwh', 'acres', 'acre', 'hectares', 'hectare', 'sq', 'kilometres', 'kilometers',
  'kilograms', 'kilogram', 'grams', 'gram', 'megawatts', 'gigawatts', 'yards', 'yard', 'knots', 'calories',
  'ml', 'l', 'ghz', 'mhz', 'nm', 'mw', 'bpm', 'mins', 'secs',
]);

/** Duration nouns and their unit. */
export const DURATION_UNITS: ReadonlyMap<string, string> = new Map([
  ['year', 'year'], ['years', 'year'], ['month', 'month'], ['months', 'month'], ['week', 'week'], ['weeks', 'week'],
  ['day', 'day'], ['days', 'day'], ['hour', 'hour'], ['hours', 'hour'], ['minute', 'minute'], ['minutes', 'minute'],
  ['second', 'second'], ['seconds', 'second'], ['decade', 'decade'], ['decades', 'decade'], ['century', 'century'],
  ['centuries', 'century'], ['fortnight', 'fortnight'], ['weekend', 'weekend'], ['nights', 'night'], ['night', 'night'],
  ['quarters', 'quarter'], ['seasons', 'season'], ['season', 'season'],
]);

/** Month names and abbreviations. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12], ['jan', 1], ['feb', 2], ['mar', 3],
  ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Weekdays, which date an event ("on Monday"). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Ordinal words and their values. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['twentieth', 20],
  ['hundredth', 100], ['thousandth', 1000],
]);

/** Fraction words ("two-thirds"). */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5],
  ['tenth', 10], ['tenths', 10],
]);

/** Qualifiers before a number, longest first. */
export const QUALIFIERS: readonly string[] = [
  'well higher than', 'well over', 'well under', 'well above', 'well below', 'just over', 'just under',
  'a little over', 'a little under', 'slightly more than', 'slightly less than', 'no more than', 'no fewer than',
  'no less than', 'more than', 'less than', 'fewer than', 'greater than', 'higher than', 'lower than', 'up to',
  'at least', 'at most', 'as many as', 'as much as', 'as few as', 'as little as', 'an estimated', 'upwards of',
  'in excess of', 'close to', 'almost', 'nearly', 'about', 'around', 'roughly', 'approximately', 'some', 'over',
  'under', 'above', 'below', 'estimated', 'only', 'just', 'barely', 'circa',
];

/** Phrases whose numbers are not claims. */
export const IDIOMS: readonly string[] = [
  'never in a million years', 'one of these days', 'a million miles', 'one or two', 'one way or another',
  'at one point', 'one another', 'one by one', 'in one go', 'number one priority', 'a thousand times',
  'one day', 'no one', 'someone', 'one of the', 'one of its', 'one of their', 'one of his', 'one of her',
  'the one', 'this one', 'that one', 'each one', 'every one', 'one thing', 'at first', 'first of all',
];
