import type { Rng } from '../rng'

/** Word stock for the generated (non-fixture) titles, episodes, characters and comments. */
const ADJECTIVES = [
  'Silent',
  'Crimson',
  'Hollow',
  'Last',
  'Broken',
  'Golden',
  'Distant',
  'Quiet',
  'Burning',
  'Lost',
  'Northern',
  'Electric',
  'Secret',
  'Wild',
  'Glass',
  'Iron',
  'Midnight',
  'Paper',
  'Velvet',
  'Frozen',
]
const NOUNS = [
  'Harbor',
  'Signal',
  'Orchard',
  'Empire',
  'Frontier',
  'Tide',
  'Lantern',
  'Garden',
  'Machine',
  'River',
  'Kingdom',
  'Summer',
  'Witness',
  'Circuit',
  'Country',
  'Shadow',
  'Archive',
  'Station',
  'Crown',
  'Horizon',
]
const EPISODE_WORDS = [
  'Homecoming',
  'The Long Night',
  'Crossroads',
  'Old Wounds',
  'Fault Lines',
  'The Reckoning',
  'Blind Spot',
  'Undertow',
  'Open Water',
  'Ghosts',
  'The Offer',
  'Collateral',
  'Inheritance',
  'Smoke Signals',
  'Checkmate',
  'First Light',
  'Low Tide',
  'Safe Harbor',
  'Tell Me Everything',
  'Exit Wounds',
  'The Deal',
  'Firewall',
  'Cold Open',
  'Second Chances',
  'Quiet Riot',
  'All In',
  'Burn After',
  'Echoes',
  'The Long Way Home',
  'Sleepers',
  'Paper Trail',
  'Wildfire',
  'Thin Ice',
  'Blood Moon',
  'The Visitor',
]
const FIRST = [
  'Maya',
  'Eli',
  'Nora',
  'Theo',
  'Iris',
  'Jonah',
  'Ada',
  'Felix',
  'Lena',
  'Omar',
  'Clara',
  'Hugo',
  'Zoe',
  'Marcus',
  'Ines',
  'Caleb',
  'Ruth',
  'Dev',
  'Hana',
  'Victor',
]
const LAST = [
  'Hart',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Reyes',
  'Novak',
  'Brennan',
  'Castillo',
  'Weiss',
  'Adeyemi',
  'Sato',
  'Keller',
  'Duarte',
  'Quinn',
  'Farrow',
  'Ivers',
  'Mendel',
  'Achebe',
  'Holm',
]
const PLOT_SUBJECTS = [
  'a retired detective',
  'two estranged sisters',
  'a small-town mechanic',
  'a young astronomer',
  'a disgraced chef',
  'a crew of misfit thieves',
  'an idealistic lawyer',
  'a lighthouse keeper',
  'a former child star',
  'a rookie medic',
]
const PLOT_EVENTS = [
  'uncovers a conspiracy that reaches the top of the city',
  'must return home after twenty years away',
  'finds a letter that rewrites the family history',
  'is pulled into one last impossible job',
  'races against a storm to save a stranger',
  'discovers the town hides a dangerous secret',
  'gets a second chance at the life they gave up',
  'becomes the unlikely witness to a crime',
]
const PLOT_TWISTS = [
  'Nothing is what it seems.',
  'Loyalties will be tested.',
  'The past refuses to stay buried.',
  'Every choice has a price.',
  'Time is running out.',
]

export function generatedTitle(rng: Rng): string {
  return rng.chance(0.5)
    ? `The ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`
    : `${rng.pick(NOUNS)} of ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}s`
}

export function generatedOverview(rng: Rng): string {
  const subject = rng.pick(PLOT_SUBJECTS)
  return `${subject[0]!.toUpperCase()}${subject.slice(1)} ${rng.pick(PLOT_EVENTS)}. ${rng.pick(PLOT_TWISTS)}`
}

export function episodeTitle(rng: Rng, number: number): string {
  return number === 1 && rng.chance(0.3) ? 'Pilot' : rng.pick(EPISODE_WORDS)
}

export function episodeOverview(rng: Rng, character: string): string {
  return `${character} ${rng.pick(PLOT_EVENTS)}. ${rng.pick(PLOT_TWISTS)}`
}

export function characterName(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
