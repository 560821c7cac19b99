import { firstImage } from './images'
import { arr, num, obj, readIds, str, strs, type Ids } from './read'

export type CastCredit = {
  person: PersonRef
  characters: string[]
  episodeCount: number | null
}

export type CrewCredit = {
  person: PersonRef
  jobs: string[]
  episodeCount: number | null
}

export type PersonRef = { ids: Ids; name: string; headshot: string | null }

export type CrewDepartment = { department: string; members: CrewCredit[] }

export type People = {
  cast: CastCredit[]
  guestStars: CastCredit[]
  crew: CrewDepartment[]
}

// Trakt's own order of departments; unknown ones follow alphabetically.
const DEPARTMENTS = [
  'directing',
  'writing',
  'created by',
  'production',
  'camera',
  'editing',
  'sound',
  'art',
  'costume & make-up',
  'visual effects',
  'lighting',
  'crew',
]

function readPerson(entry: unknown): PersonRef | null {
  const raw = obj(entry)
  const person = obj(raw.person)
  const name = str(person.name)
  if (!name) return null
  return {
    ids: readIds(person.ids),
    name,
    headshot: firstImage(raw.images, 'headshot') ?? firstImage(person.images, 'headshot'),
  }
}

function readCast(list: unknown): CastCredit[] {
  const out: CastCredit[] = []
  for (const entry of arr(list)) {
    const person = readPerson(entry)
    if (!person) continue
    const raw = obj(entry)
    const characters = strs(raw.characters)
    const character = str(raw.character)
    out.push({
      person,
      characters: characters.length > 0 ? characters : character ? [character] : [],
      episodeCount: num(raw.episode_count),
    })
  }
  return out
}

function departmentRank(name: string): number {
  const index = DEPARTMENTS.indexOf(name)
  return index < 0 ? DEPARTMENTS.length : index
}

/** Cast, guest stars and crew (grouped by department) of a movie, show, season or episode. */
export function mapPeople(body: unknown): People {
  const raw = obj(body)
  const crew: CrewDepartment[] = []
  for (const [department, list] of Object.entries(obj(raw.crew))) {
    const members: CrewCredit[] = []
    for (const entry of arr(list)) {
      const person = readPerson(entry)
      if (!person) continue
      const item = obj(entry)
      const jobs = strs(item.jobs)
      const job = str(item.job)
      members.push({
        person,
        jobs: jobs.length > 0 ? jobs : job ? [job] : [],
        episodeCount: num(item.episode_count),
      })
    }
    if (members.length > 0) crew.push({ department, members })
  }
  crew.sort(
    (a, b) =>
      departmentRank(a.department) - departmentRank(b.department) || a.department.localeCompare(b.department),
  )
  return { cast: readCast(raw.cast), guestStars: readCast(raw.guest_stars), crew }
}
