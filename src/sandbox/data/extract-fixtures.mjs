// Builds src/sandbox/data/catalog-fixtures.json from tests/fixtures (build time only).
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

// Run with `node src/sandbox/data/extract-fixtures.mjs` from the repo root after fixtures change.
const root = fileURLToPath(new URL('../../../', import.meta.url))
const dir = root + 'tests/fixtures/'
const load = (f) => JSON.parse(fs.readFileSync(dir + f, 'utf8'))
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'))
const movies = new Map(), shows = new Map(), people = new Map(), users = new Map(), lists = new Map(), comments = new Map()
const counters = {} // `movie:id` -> {watchers, plays, collectors, anticipated, revenue}
// Bodies of one title are merged: the fuller body (more keys) wins a conflict, the thinner one only fills gaps, so
// an extended=full summary is never replaced by a thin list entry and its facts survive a later thin mention.
const filled = (o) => Object.fromEntries(Object.entries(o).filter(([, x]) => x != null && x !== ''))
const richer = (m, id, x) => {
  const p = m.get(id)
  if (!p) return m.set(id, x)
  const [big, small] = Object.keys(x).length > Object.keys(p).length ? [x, p] : [p, x]
  m.set(id, { ...filled(small), ...filled(big) })
}
function walk(v) {
  if (Array.isArray(v)) return v.forEach(walk)
  if (!v || typeof v !== 'object') return
  for (const k of ['movie', 'show']) {
    const x = v[k]
    if (x && x.ids?.trakt) {
      const c = (counters[`${k}:${x.ids.trakt}`] ??= {})
      if (v.watchers) c.watchers = v.watchers
      if (v.play_count) c.plays = v.play_count
      if (v.collected_count || v.collector_count) c.collectors = v.collected_count ?? v.collector_count
      if (v.list_count) c.anticipated = v.list_count
      if (v.revenue) c.revenue = v.revenue
    }
  }
  for (const [k, x] of Object.entries(v)) {
    if (x && typeof x === 'object' && !Array.isArray(x)) {
      if (k === 'movie' && x.ids?.trakt && x.title) richer(movies, x.ids.trakt, x)
      if (k === 'show' && x.ids?.trakt && x.title) richer(shows, x.ids.trakt, x)
      if (k === 'person' && x.ids?.trakt && x.name) richer(people, x.ids.trakt, x)
      if (k === 'user' && x.ids?.slug && x.username && !x.private) richer(users, x.ids.slug, x)
      if (k === 'list' && x.ids?.trakt && x.privacy === 'public') lists.set(x.ids.trakt, { ...x, owner: v.list.user?.ids?.slug ?? v.user?.ids?.slug, likes: v.like_count ?? x.likes })
      if (k === 'comment' && x.id && x.comment) comments.set(x.id, { ...x, on: v.type ? { type: v.type, m: v.movie?.ids?.trakt, s: v.show?.ids?.trakt, e: v.episode ? [v.episode.season, v.episode.number] : null } : null })
    }
    walk(x)
  }
  if (v.id && v.comment && v.user && !comments.has(v.id)) comments.set(v.id, { ...v, on: null })
  if (v.ids?.trakt && v.name && v.biography !== undefined) richer(people, v.ids.trakt, v)
}
for (const f of files) {
  const body = load(f)
  // Summary bodies are the title itself, not wrapped in { movie } / { show }.
  if (/^movies_summary/.test(f) && body.ids?.trakt && body.title) richer(movies, body.ids.trakt, body)
  if (/^shows_summary/.test(f) && body.ids?.trakt && body.title) richer(shows, body.ids.trakt, body)
  walk(body)
}
// Defaults the seed fills back in (see seed-movies.ts / seed-shows.ts), dropped to keep the bundle small.
const slim = (o) => {
  if (o.original_title === o.title) delete o.original_title
  if (o.status === 'released') delete o.status
  if (o.country === 'us') delete o.country
  if (o.language === 'en') delete o.language
  if (o.c && !Object.keys(o.c).length) delete o.c
  return o
}
const cut = (s, n) => { if (!s) return ''; s = s.replace(/\s+\n/g, '\n').trim(); if (s.length <= n) return s; const t = s.slice(0, n); const i = Math.max(t.lastIndexOf('. '), t.lastIndexOf('.\n')); return i > n / 2 ? t.slice(0, i + 1) : t.replace(/\s\S*$/, '') + '…' }
// Real overviews are kept whole (Trakt's are a paragraph); the cap only guards against a pathological body.
const OVERVIEW = 1200
const r2 = (n) => Math.round((n ?? 0) * 100) / 100
const ids = (i) => Object.fromEntries(Object.entries({ trakt: i.trakt, slug: i.slug, imdb: i.imdb, tmdb: i.tmdb, tvdb: i.tvdb }).filter(([, x]) => x != null))
const pick = (o, keys) => Object.fromEntries(keys.filter((k) => o[k] != null && o[k] !== '' && !(Array.isArray(o[k]) && !o[k].length)).map((k) => [k, o[k]]))
const movieBySlug = new Map()
for (const x of movies.values()) richer(movieBySlug, x.ids.slug, x)
movies.clear()
for (const x of movieBySlug.values()) movies.set(x.ids.trakt, x)
// Titles other fixtures talk about (people, comments, lists) must survive the cut.
const mustMovies = ['deadpool-2016', 'inception-2010', 'the-dark-knight-2008', 'batman-begins-2005', 'guardians-of-the-galaxy-2014', 'tron-legacy-2010']
const movieOut = [...movies.values()].filter((m) => m.year).sort((a, b) => (mustMovies.includes(b.ids.slug) ? 1 : 0) - (mustMovies.includes(a.ids.slug) ? 1 : 0) || (b.overview ? 1 : 0) - (a.overview ? 1 : 0) || (b.votes ?? 0) - (a.votes ?? 0)).slice(0, 150).map((m) => ({
  ...pick(m, ['title', 'year', 'tagline', 'released', 'runtime', 'country', 'status', 'votes', 'genres', 'certification', 'language', 'original_title', 'trailer', 'homepage']),
  ids: ids(m.ids), overview: cut(m.overview, OVERVIEW), rating: m.rating ? r2(m.rating) : undefined, c: counters[`movie:${m.ids.trakt}`],
})).map(slim)
const bySlug = new Map()
for (const x of shows.values()) richer(bySlug, x.ids.slug, x)
shows.clear()
for (const x of bySlug.values()) shows.set(x.ids.trakt, x)
const mustShows = ['futurama', 'game-of-thrones', 'breaking-bad']
const showOut = [...shows.values()].filter((m) => m.year).sort((a, b) => (mustShows.includes(b.ids.slug) ? 1 : 0) - (mustShows.includes(a.ids.slug) ? 1 : 0) || (b.overview ? 1 : 0) - (a.overview ? 1 : 0) || (b.votes ?? 0) - (a.votes ?? 0)).slice(0, 56).map((m) => ({
  ...pick(m, ['title', 'year', 'first_aired', 'airs', 'runtime', 'certification', 'network', 'country', 'status', 'votes', 'genres', 'language', 'aired_episodes', 'tagline', 'trailer', 'homepage']),
  ids: ids(m.ids), overview: cut(m.overview, OVERVIEW), rating: m.rating ? r2(m.rating) : undefined, c: counters[`show:${m.ids.trakt}`],
})).map(slim)
// Credits of the titles with recorded /people bodies, plus the people their crews and casts name.
const credits = []
const creditFiles = { 'movies_people__trakt-r.json': ['movie', 'deadpool-2016'], 'shows_people__trakt-r.json': ['show', 'breaking-bad'], 'shows_people_extended-guest_stars__traktkit.json': ['show', 'game-of-thrones'] }
const usedPeople = new Set()
for (const [f, [type, slug]] of Object.entries(creditFiles)) {
  const body = load(f)
  const title = [...(type === 'movie' ? movies : shows).values()].find((x) => x.ids.slug === slug)
  const cast = (body.cast ?? []).slice(0, 18).map((c) => [c.person.ids.trakt, c.characters ?? [c.character], c.episode_count ?? null])
  const guest = (body.guest_stars ?? []).slice(0, 6).map((c) => [c.person.ids.trakt, c.characters, c.episode_count ?? null])
  const crew = Object.entries(body.crew ?? {}).flatMap(([dept, arr]) => arr.slice(0, 3).map((c) => [c.person.ids.trakt, dept, c.jobs ?? [c.job]]))
  ;[...cast, ...guest, ...crew].forEach(([p]) => usedPeople.add(p))
  credits.push({ type, slug, id: title?.ids.trakt, title: title ? null : { title: slug }, cast, guest, crew })
}
// A person's own filmography (people_movies/people_shows) adds the titles we carry.
const movieIds = new Set(movieOut.map((m) => m.ids.trakt)), showIds = new Set(showOut.map((m) => m.ids.trakt))
const own = []
for (const [f, type] of [['people_movies__trakt-r.json', 'movie'], ['people_shows__trakt-r.json', 'show']]) {
  const body = load(f)
  for (const c of body.cast ?? []) { const id = c[type].ids.trakt; if ((type === 'movie' ? movieIds : showIds).has(id)) own.push([type, id, c.characters ?? [c.character]]) }
}
const personOut = [...people.values()].sort((a, b) => (usedPeople.has(b.ids.trakt) ? 1 : 0) - (usedPeople.has(a.ids.trakt) ? 1 : 0) || (b.biography ? 1 : 0) - (a.biography ? 1 : 0)).slice(0, 118).map((p) => ({
  ...pick(p, ['name', 'birthday', 'death', 'birthplace', 'gender', 'known_for_department']), ids: ids(p.ids), biography: cut(p.biography, 120) || undefined,
}))
// Episodes with real titles (seasons bodies).
const episodes = []
for (const [f, slug] of [['shows_season_episodes_extended-full__trakt-r.json', 'futurama'], ['shows_seasons_extended-full-episodes__traktpy.json', 'game-of-thrones'], ['shows_seasons_extended-episodes__traktkit.json', 'game-of-thrones']]) {
  const body = load(f)
  const seasons = Array.isArray(body) && body[0]?.episodes ? body : [{ episodes: body }]
  for (const s of seasons) for (const e of s.episodes ?? []) if (!episodes.some((x) => x.slug === slug && x.season === e.season && x.number === e.number)) episodes.push({ slug, ...pick(e, ['season', 'number', 'title', 'first_aired', 'runtime', 'episode_type', 'rating', 'votes']), overview: cut(e.overview, OVERVIEW) || undefined })
}
// Single-episode bodies of shows we carry fill in what the season bodies left out (overview, runtime, rating).
for (const [f, slug] of [['shows_episode_summary_extended-full__traktpy.json', 'game-of-thrones'], ['shows_episode_summary_extended-full__traktkit.json', 'game-of-thrones'], ['shows_last_episode_extended-full__traktpy.json', 'game-of-thrones']]) {
  const e = load(f)
  const found = episodes.find((x) => x.slug === slug && x.season === e.season && x.number === e.number)
  const facts = filled({ ...pick(e, ['season', 'number', 'title', 'first_aired', 'runtime', 'episode_type', 'rating', 'votes']), overview: cut(e.overview, OVERVIEW) || undefined })
  if (found) Object.assign(found, { ...facts, ...filled(found) })
  else episodes.push({ slug, ...facts })
}
const userOut = [...users.values()].filter((u) => u.username !== 'demo').slice(0, 40).map((u) => ({ ...pick(u, ['username', 'name', 'vip', 'joined_at', 'location', 'gender']), slug: u.ids.slug }))
const commentOut = [...comments.values()].map((c) => ({ id: c.id, parent_id: c.parent_id ?? 0, comment: cut(c.comment, c.review ? 1000 : 320), spoiler: !!c.spoiler, review: !!c.review, created_at: c.created_at, user_rating: c.user_rating ?? c.user_stats?.rating ?? null, user: c.user?.ids?.slug ?? c.user?.username, likes: c.likes ?? 0, on: c.on }))
const listOut = [...lists.values()].map((l) => ({ ...pick(l, ['name', 'created_at', 'updated_at', 'sort_by', 'sort_how', 'item_count']), ids: { trakt: l.ids.trakt, slug: l.ids.slug }, description: cut(l.description, 120), owner: l.owner, likes: l.likes ?? 0 }))
const ref = {
  genresMovies: load('genres_movies__traktpy.json').map((g) => [g.slug, g.name]),
  genresShows: load('genres_shows__traktpy.json').map((g) => [g.slug, g.name]),
  countries: load('countries_movies__trakt-rust.json').map((g) => [g.code, g.name]),
  languages: load('languages_movies__trakt-rust.json').map((g) => [g.code, g.name]),
  certMovies: load('certifications_movies__trakt-rust.json').us.map((g) => [g.slug, g.name, g.description]),
}
// The recorded per-title bodies (movies_releases / movies_aliases / movies_studios are Deadpool's), served instead of generated ones.
const movieExtras = { 'deadpool-2016': { releases: load('movies_releases__trakt-r.json'), aliases: load('movies_aliases__trakt-r.json'), studios: load('movies_studios__traktkit.json') } }
const out = { movieExtras, movies: movieOut, shows: showOut, people: personOut, credits, own, episodes, users: userOut, comments: commentOut, lists: listOut, ref }
const json = JSON.stringify(out)
fs.writeFileSync(root + 'src/sandbox/data/catalog-fixtures.json', json)
for (const [k, v] of Object.entries(out)) console.log(k, Array.isArray(v) ? v.length : '', JSON.stringify(v).length)
console.log('total', json.length)
