import type {
  Comment,
  Episode,
  ItemRef,
  Movie,
  Person,
  SandboxDb,
  Season,
  Show,
  User,
  UserList,
} from '../../db/types'

/**
 * One serializer per kind, honouring `?extended=` levels: minimal objects by default, `full` for the rest,
 * `images` for the images object. Sandbox-only fields (`extra`, `showId`, `likedBy` ...) never leave here.
 */
export type Levels = Set<string>

const withImages = <T extends object>(out: T, images: unknown, levels: Levels) =>
  levels.has('images') ? { ...out, images } : out

export function serializeMovie(m: Movie, levels: Levels) {
  const minimal = {
    title: m.title,
    year: m.year,
    ids: { trakt: m.ids.trakt, slug: m.ids.slug, imdb: m.ids.imdb ?? null, tmdb: m.ids.tmdb ?? null },
  }
  if (!levels.has('full')) return withImages(minimal, m.images, levels)
  const { extra: _extra, images: _images, title: _t, year: _y, ids: _i, ...rest } = m
  return withImages({ ...minimal, ...rest }, m.images, levels)
}

export function serializeShow(s: Show, levels: Levels) {
  const minimal = {
    title: s.title,
    year: s.year,
    ids: {
      trakt: s.ids.trakt,
      slug: s.ids.slug,
      tvdb: s.ids.tvdb ?? null,
      imdb: s.ids.imdb ?? null,
      tmdb: s.ids.tmdb ?? null,
    },
  }
  if (!levels.has('full')) return withImages(minimal, s.images, levels)
  const { extra: _extra, images: _images, title: _t, year: _y, ids: _i, ...rest } = s
  return withImages({ ...minimal, ...rest }, s.images, levels)
}

export function serializeSeason(s: Season, levels: Levels) {
  const minimal = {
    number: s.number,
    ids: { trakt: s.ids.trakt, tvdb: s.ids.tvdb ?? null, tmdb: s.ids.tmdb ?? null },
  }
  if (!levels.has('full')) return withImages(minimal, s.images, levels)
  const { showId: _s, images: _images, number: _n, ids: _i, ...rest } = s
  return withImages({ ...minimal, ...rest, original_title: s.title }, s.images, levels)
}

export function serializeEpisode(e: Episode, levels: Levels) {
  const minimal = {
    season: e.season,
    number: e.number,
    title: e.title,
    ids: { trakt: e.ids.trakt, tvdb: e.ids.tvdb ?? null, imdb: e.ids.imdb ?? null, tmdb: e.ids.tmdb ?? null },
  }
  if (!levels.has('full')) return withImages(minimal, e.images, levels)
  const { showId: _s, images: _images, season: _se, number: _n, title: _t, ids: _i, ...rest } = e
  return withImages({ ...minimal, ...rest, original_title: e.title }, e.images, levels)
}

export function serializePerson(p: Person, levels: Levels) {
  const minimal = {
    name: p.name,
    ids: { trakt: p.ids.trakt, slug: p.ids.slug, imdb: p.ids.imdb ?? null, tmdb: p.ids.tmdb ?? null },
  }
  if (!levels.has('full')) return withImages(minimal, p.images, levels)
  const { images: _images, name: _n, ids: _i, ...rest } = p
  return withImages(
    { ...minimal, social_ids: { twitter: null, facebook: null, instagram: null, wikipedia: null }, ...rest },
    p.images,
    levels,
  )
}

export function serializeUser(u: User, levels: Levels) {
  const minimal = {
    username: u.username,
    private: u.private,
    deleted: false,
    name: u.name,
    vip: u.vip,
    vip_ep: u.vip_ep,
    director: u.director,
    ids: { slug: u.ids.slug, trakt: u.ids.trakt },
  }
  if (!levels.has('full')) return minimal
  return {
    ...minimal,
    joined_at: u.joined_at,
    location: u.location,
    about: u.about,
    gender: u.gender,
    age: u.age,
    images: { avatar: { full: u.avatar } },
  }
}

/** A user for a slug; a placeholder if the author has since vanished. */
function userBySlug(db: SandboxDb, slug: string): User {
  return (
    db.users[slug] ?? {
      username: slug,
      name: slug,
      private: false,
      vip: false,
      vip_ep: false,
      director: false,
      ids: { slug, trakt: 0 },
      joined_at: db.seededAt,
      location: null,
      about: null,
      gender: null,
      age: null,
      avatar: '',
    }
  )
}

export function serializeComment(db: SandboxDb, c: Comment, levels: Levels = new Set()) {
  const replies = Object.values(db.comments).filter((r) => r.parent_id === c.id).length
  const rating = c.user_rating
  return {
    id: c.id,
    parent_id: c.parent_id,
    created_at: c.created_at,
    updated_at: c.updated_at,
    comment: c.comment,
    spoiler: c.spoiler,
    review: c.review,
    replies,
    likes: c.likedBy.length,
    language: c.language,
    user_rating: rating,
    user_stats: { rating, play_count: rating ? 1 : 0, completed_count: rating ? 1 : 0 },
    user: serializeUser(userBySlug(db, c.userSlug), levels),
  }
}

export function serializeList(db: SandboxDb, l: UserList, levels: Levels = new Set()) {
  const commentCount = Object.values(db.comments).filter(
    (c) => c.item.type === 'list' && c.item.id === l.ids.trakt,
  ).length
  return {
    name: l.name,
    description: l.description,
    privacy: l.privacy,
    share_link: `https://trakt.tv/lists/${l.ids.trakt}`,
    type: l.type,
    display_numbers: l.display_numbers,
    allow_comments: l.allow_comments,
    sort_by: l.sort_by,
    sort_how: l.sort_how,
    created_at: l.created_at,
    updated_at: l.updated_at,
    item_count: l.items.length,
    comment_count: commentCount,
    likes: l.likedBy.length,
    ids: { trakt: l.ids.trakt, slug: l.ids.slug },
    user: serializeUser(userBySlug(db, l.ownerSlug), levels),
  }
}

/**
 * `{ type, movie }`, `{ type, show }`, `{ type, season, show }`, `{ type, episode, show }`, `{ type, person }` or
 * `{ type, list }` for an item reference; null when it no longer exists.
 */
export function serializeItem(db: SandboxDb, ref: ItemRef, levels: Levels): Record<string, unknown> | null {
  switch (ref.type) {
    case 'movie': {
      const m = db.movies[ref.id]
      return m ? { type: 'movie', movie: serializeMovie(m, levels) } : null
    }
    case 'show': {
      const s = db.shows[ref.id]
      return s ? { type: 'show', show: serializeShow(s, levels) } : null
    }
    case 'season': {
      const s = db.seasons[ref.id]
      const show = s && db.shows[s.showId]
      return s && show
        ? { type: 'season', season: serializeSeason(s, levels), show: serializeShow(show, levels) }
        : null
    }
    case 'episode': {
      const e = db.episodes[ref.id]
      const show = e && db.shows[e.showId]
      return e && show
        ? { type: 'episode', episode: serializeEpisode(e, levels), show: serializeShow(show, levels) }
        : null
    }
    case 'person': {
      const p = db.people[ref.id]
      return p ? { type: 'person', person: serializePerson(p, levels) } : null
    }
    case 'list': {
      const l = db.lists[ref.id]
      return l ? { type: 'list', list: serializeList(db, l, levels) } : null
    }
  }
}
