import { firstImage } from '@/lib/media/images'
import { mapMediaRef, type MediaRef } from '@/lib/media/map-media'
import { arr, num, obj, readIds, str, strs, type Ids } from '@/lib/media/read'

export type Person = {
  ids: Ids
  name: string
  biography: string | null
  birthday: string | null
  death: string | null
  birthplace: string | null
  homepage: string | null
  gender: string | null
  knownFor: string | null
  headshot: string | null
  fanart: string | null
}

/** A person summary (`extended=full,images`). */
export function mapToPerson(body: unknown): Person {
  const raw = obj(body)
  return {
    ids: readIds(raw.ids),
    name: str(raw.name) ?? 'Unknown',
    biography: str(raw.biography),
    birthday: str(raw.birthday),
    death: str(raw.death),
    birthplace: str(raw.birthplace),
    homepage: str(raw.homepage),
    gender: str(raw.gender),
    knownFor: str(raw.known_for_department),
    headshot: firstImage(raw.images, 'headshot'),
    fanart: firstImage(raw.images, 'fanart'),
  }
}

export type CastRole = {
  media: MediaRef
  characters: string[]
  episodeCount: number | null
  isSeriesRegular: boolean
}
export type CrewRole = { media: MediaRef; jobs: string[]; episodeCount: number | null }
export type CrewDepartment = { department: string; roles: CrewRole[] }
export type Credits = { cast: CastRole[]; crew: CrewDepartment[] }

/** Newest first; titles without a year (not yet dated) go last, ties by title. */
function byYearDesc(a: { media: MediaRef }, b: { media: MediaRef }): number {
  const ya = a.media.year ?? -Infinity
  const yb = b.media.year ?? -Infinity
  if (ya !== yb) return yb > ya ? 1 : -1
  return a.media.title.localeCompare(b.media.title)
}

/** A person's movie or show credits: cast with characters, crew by department, each sorted newest first. */
export function mapCredits(body: unknown, type: 'movie' | 'show'): Credits {
  const raw = obj(body)
  const cast: CastRole[] = []
  for (const entry of arr(raw.cast)) {
    const item = obj(entry)
    const media = mapMediaRef(item[type], type)
    if (!media) continue
    const characters = strs(item.characters)
    const character = str(item.character)
    cast.push({
      media,
      characters: characters.length > 0 ? characters : character ? [character] : [],
      episodeCount: num(item.episode_count),
      isSeriesRegular: item.series_regular === true,
    })
  }
  cast.sort(byYearDesc)
  const crew: CrewDepartment[] = []
  for (const [department, list] of Object.entries(obj(raw.crew))) {
    const roles: CrewRole[] = []
    for (const entry of arr(list)) {
      const item = obj(entry)
      const media = mapMediaRef(item[type], type)
      if (!media) continue
      const jobs = strs(item.jobs)
      const job = str(item.job)
      roles.push({
        media,
        jobs: jobs.length > 0 ? jobs : job ? [job] : [],
        episodeCount: num(item.episode_count),
      })
    }
    if (roles.length > 0) crew.push({ department, roles: roles.sort(byYearDesc) })
  }
  crew.sort((a, b) => a.department.localeCompare(b.department))
  return { cast, crew }
}

/** Whole years between two calendar dates ("1956-03-07"), or null. */
export function ageInYears(birthday: string | null, until: string | Date | null = new Date()): number | null {
  if (!birthday || !until) return null
  const born = parseDay(birthday)
  const end =
    typeof until === 'string'
      ? parseDay(until)
      : { y: until.getFullYear(), m: until.getMonth() + 1, d: until.getDate() }
  if (!born || !end) return null
  let age = end.y - born.y
  if (end.m < born.m || (end.m === born.m && end.d < born.d)) age--
  return age >= 0 ? age : null
}

function parseDay(value: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  return match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null
}
