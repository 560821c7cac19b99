import { imageUrl } from '../../images'
import type { Rng } from '../rng'
import type { Comment, ItemRef, SandboxDb, User, UserList } from '../types'
import { DEMO_USER } from '../types'
import { addDays, DAY } from './dates'
import { fixtures } from './fixture-data'
import { replyText, reviewText, shoutText } from './comment-text'
import { emptyUserState } from '../users/empty-user-state'

const LOCATIONS = [
  'Berlin, Germany',
  'Austin, TX',
  'Lisbon',
  'Toronto',
  'Melbourne',
  'São Paulo',
  'Osaka',
  null,
  null,
]
const ABOUTS = [
  'Film nerd. Horror at heart.',
  'Watching everything, one episode at a time.',
  'I rate too generously.',
  null,
]
/** Ids for generated comments, lists and list items: far above the fixtures' and store.nextId()'s. */
const FIRST_GENERATED_ID = 20_000_000
type NextId = () => number

function seedUsers(db: SandboxDb, rng: Rng, now: Date): string[] {
  const slugs: string[] = []
  const addUser = (slug: string, username: string, name: string, extra: Partial<User> = {}) => {
    if (slug === DEMO_USER || db.users[slug]) return
    const trakt = 50_000 + slugs.length
    db.users[slug] = {
      username,
      name,
      private: rng.chance(0.1),
      vip: rng.chance(0.3),
      vip_ep: false,
      director: false,
      ids: { slug, trakt },
      joined_at: addDays(now, -rng.int(100, 4000)).toISOString(),
      location: rng.pick(LOCATIONS),
      about: rng.pick(ABOUTS),
      gender: rng.pick(['male', 'female', null]),
      age: rng.chance(0.5) ? rng.int(18, 60) : null,
      avatar: `https://${imageUrl('users', trakt, 'avatar')}`,
      ...extra,
    }
    db.userState[slug] = emptyUserState()
    slugs.push(slug)
  }
  for (const fx of fixtures.users) {
    addUser(fx.slug, fx.username, fx.name || fx.username, {
      vip: fx.vip ?? false,
      ...(fx.joined_at ? { joined_at: fx.joined_at } : {}),
      ...(fx.location ? { location: fx.location } : {}),
    })
  }
  for (const fx of [...fixtures.comments.map((c) => c.user), ...fixtures.lists.map((l) => l.owner)]) {
    if (fx && !db.users[fx]) addUser(fx, fx, fx)
  }
  // Public lists and comments are authored by public users only.
  return slugs.filter((slug) => !db.users[slug]!.private)
}

function randomItem(db: SandboxDb, rng: Rng): ItemRef {
  const roll = rng.next()
  if (roll < 0.45) return { type: 'movie', id: Number(rng.pick(Object.keys(db.movies))) }
  if (roll < 0.75) return { type: 'show', id: Number(rng.pick(Object.keys(db.shows))) }
  if (roll < 0.85) return { type: 'season', id: Number(rng.pick(Object.keys(db.seasons))) }
  return { type: 'episode', id: Number(rng.pick(Object.keys(db.episodes))) }
}

function fixtureItem(db: SandboxDb, on: (typeof fixtures.comments)[number]['on']): ItemRef | null {
  if (!on) return null
  if (on.type === 'movie' && on.m && db.movies[on.m]) return { type: 'movie', id: on.m }
  if (on.type === 'show' && on.s && db.shows[on.s]) return { type: 'show', id: on.s }
  if (on.type === 'episode' && on.s && on.e && db.shows[on.s]) {
    const [season, number] = on.e
    const episode = Object.values(db.episodes).find(
      (e) => e.showId === on.s && e.season === season && e.number === number,
    )
    if (episode) return { type: 'episode', id: episode.ids.trakt }
  }
  return null
}

function itemTitle(db: SandboxDb, item: ItemRef): string {
  if (item.type === 'movie') return db.movies[item.id]!.title
  if (item.type === 'show') return db.shows[item.id]!.title
  if (item.type === 'episode') return db.episodes[item.id]!.title
  return 'This season'
}

function seedComments(db: SandboxDb, rng: Rng, now: Date, authors: string[], nextId: NextId): void {
  const likers = (n: number) => rng.shuffle(authors).slice(0, Math.min(n, authors.length))
  const add = (c: Omit<Comment, 'updated_at' | 'language'>) => {
    db.comments[c.id] = { ...c, updated_at: c.created_at, language: 'en' }
  }
  for (const fx of fixtures.comments) {
    if (fx.parent_id) continue
    add({
      id: fx.id,
      parent_id: 0,
      item: fixtureItem(db, fx.on) ?? randomItem(db, rng),
      userSlug: authors.includes(fx.user) ? fx.user : rng.pick(authors),
      comment: fx.comment,
      spoiler: fx.spoiler,
      review: fx.review,
      created_at: fx.created_at,
      user_rating: fx.user_rating,
      likedBy: likers(Math.min(fx.likes, 12)),
    })
  }
  const popular = [
    ...Object.values(db.movies)
      .sort((a, b) => b.votes - a.votes)
      .slice(0, 20)
      .map((m): ItemRef => ({ type: 'movie', id: m.ids.trakt })),
    ...Object.values(db.shows)
      .sort((a, b) => b.votes - a.votes)
      .slice(0, 10)
      .map((s): ItemRef => ({ type: 'show', id: s.ids.trakt })),
  ]
  for (let i = 0; i < 190; i++) {
    const item = i < popular.length * 2 ? popular[i % popular.length]! : randomItem(db, rng)
    const isReview = rng.chance(0.12)
    const text = isReview ? reviewText(rng, itemTitle(db, item)) : shoutText(rng)
    // Half of the comments are from the last two weeks, so the delete rule can be exercised both ways.
    const created = addDays(now, -(rng.chance(0.5) ? rng.next() * 13 : 15 + rng.next() * 400))
    add({
      id: nextId(),
      parent_id: 0,
      item,
      userSlug: rng.pick(authors),
      comment: text,
      spoiler: text.includes('[spoiler]') && rng.chance(0.3),
      review: isReview,
      created_at: created.toISOString(),
      user_rating: rng.chance(0.6) ? rng.int(4, 10) : null,
      likedBy: likers(rng.int(0, 9)),
    })
  }
  for (const parent of Object.values(db.comments).filter(() => rng.chance(0.35))) {
    for (let r = 0; r < rng.int(1, 4); r++) {
      const created = new Date(
        Math.min(now.getTime() - 60_000, new Date(parent.created_at).getTime() + rng.next() * 5 * DAY),
      )
      add({
        id: nextId(),
        parent_id: parent.id,
        item: parent.item,
        userSlug: rng.pick(authors),
        comment: replyText(rng),
        spoiler: false,
        review: false,
        created_at: created.toISOString(),
        user_rating: null,
        likedBy: likers(rng.int(0, 3)),
      })
    }
  }
}

function seedLists(db: SandboxDb, rng: Rng, now: Date, authors: string[], nextId: NextId): void {
  const movieIds = Object.keys(db.movies).map(Number)
  const showIds = Object.keys(db.shows).map(Number)
  const lists: {
    name: string
    description: string
    owner: string
    trakt: number
    slug: string
    likes: number
  }[] = fixtures.lists.map((l) => ({
    name: l.name,
    description: l.description,
    owner: l.owner && db.users[l.owner] ? l.owner : rng.pick(authors),
    trakt: l.ids.trakt,
    slug: l.ids.slug,
    likes: l.likes,
  }))
  for (const [name, description] of [
    ['Comfort Rewatches', 'What I put on after a long day.'],
    ['Mind-Benders', 'Plots that **twist**. No spoilers in the notes, promise.'],
    ['Best of the Decade', ''],
    ['Weekend Binge Queue', 'Shows worth a whole weekend.'],
    ['Faces I Love', 'People, seasons and episodes I keep coming back to.'],
  ] as const) {
    lists.push({
      name,
      description,
      owner: rng.pick(authors),
      trakt: nextId(),
      slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      likes: rng.int(0, 300),
    })
  }
  for (const l of lists) {
    const created = addDays(now, -rng.int(30, 2000))
    const picks: ItemRef[] = [
      ...rng
        .shuffle(movieIds)
        .slice(0, rng.int(4, 18))
        .map((id): ItemRef => ({ type: 'movie', id })),
      ...rng
        .shuffle(showIds)
        .slice(0, rng.int(0, 8))
        .map((id): ItemRef => ({ type: 'show', id })),
    ]
    if (l.name === 'Faces I Love') {
      picks.push(
        { type: 'person', id: Number(rng.pick(Object.keys(db.people))) },
        { type: 'season', id: Number(rng.pick(Object.keys(db.seasons))) },
        { type: 'episode', id: Number(rng.pick(Object.keys(db.episodes))) },
      )
    }
    const list: UserList = {
      ids: { trakt: l.trakt, slug: l.slug },
      name: l.name,
      description: l.description || null,
      privacy: 'public',
      type: 'personal',
      display_numbers: rng.chance(0.5),
      allow_comments: true,
      sort_by: 'rank',
      sort_how: 'asc',
      created_at: created.toISOString(),
      updated_at: addDays(now, -rng.int(0, 29)).toISOString(),
      ownerSlug: l.owner,
      likedBy: rng
        .shuffle(authors)
        .slice(0, Math.min(authors.length, Math.max(0, Math.round(Math.log2(l.likes + 1) * 2)))),
      items: picks.map((item, i) => ({
        id: nextId(),
        rank: i + 1,
        listed_at: addDays(created, i).toISOString(),
        notes: rng.chance(0.15) ? 'A personal favourite.' : null,
        item,
      })),
    }
    db.lists[list.ids.trakt] = list
  }
  for (const list of rng.shuffle(Object.values(db.lists)).slice(0, 8)) {
    for (let i = 0; i < rng.int(1, 3); i++) {
      const id = nextId()
      db.comments[id] = {
        id,
        parent_id: 0,
        item: { type: 'list', id: list.ids.trakt },
        userSlug: rng.pick(authors),
        comment: shoutText(rng),
        spoiler: false,
        review: false,
        created_at: addDays(now, -rng.int(1, 90)).toISOString(),
        updated_at: addDays(now, -1).toISOString(),
        user_rating: null,
        language: 'en',
        likedBy: [],
      }
    }
  }
}

/** Other users (not the demo user), their comments with replies, and public lists. */
export function seedCommunity(db: SandboxDb, rng: Rng, now: Date): void {
  let id = FIRST_GENERATED_ID
  const nextId = () => id++
  const authors = seedUsers(db, rng, now)
  seedComments(db, rng, now, authors, nextId)
  seedLists(db, rng, now, authors, nextId)
}
