import { DEMO_USER } from '@/sandbox/db/types'
import { startSandbox } from './harness'

const { api, db, advance } = startSandbox()
const MINUTE = 60_000

describe('check-in', () => {
  it('checks in, refuses a second check-in with 409 and expires_at, and cancels', async () => {
    const movie = db().movies['20']!
    const first = await api('/checkin', {
      method: 'POST',
      body: { movie: { ids: { slug: movie.ids.slug } } },
    })
    expect(first.status).toBe(201)
    expect(first.json).toMatchObject({
      id: expect.any(Number),
      watched_at: expect.any(String),
      sharing: { twitter: false },
      movie: { ids: { trakt: 20 } },
    })
    const second = await api('/checkin', { method: 'POST', body: { movie: { ids: { trakt: 21 } } } })
    expect(second.status).toBe(409)
    expect(Date.parse(second.json.expires_at)).toBe(
      Date.parse(first.json.watched_at) + movie.runtime! * MINUTE,
    )
    expect((await api('/users/me/watching')).json).toMatchObject({
      action: 'checkin',
      movie: { ids: { trakt: 20 } },
    })
    expect((await api('/checkin', { method: 'DELETE' })).status).toBe(204)
    expect((await api('/users/me/watching')).status).toBe(204)
  })

  it('checks into an episode by show and numbers, and allows a new one after expiry', async () => {
    const show = db().shows['1003']!
    const first = await api('/checkin', {
      method: 'POST',
      body: { show: { ids: { trakt: show.ids.trakt } }, episode: { season: 1, number: 2 } },
    })
    expect(first.json).toMatchObject({ episode: { season: 1, number: 2 }, show: { ids: { trakt: 1003 } } })
    advance(46 * MINUTE)
    expect((await api('/checkin', { method: 'POST', body: { movie: { ids: { trakt: 22 } } } })).status).toBe(
      201,
    )
    const history = await api('/sync/history?limit=2')
    expect(history.json.map((h: { action: string }) => h.action)).toEqual(['checkin', 'checkin'])
  })
})

describe('scrobble', () => {
  it('saves playback below 80% and scrobbles at 80% or more', async () => {
    const body = (progress: number) => ({ body: { movie: { ids: { trakt: 30 } }, progress }, method: 'POST' })
    expect((await api('/scrobble/start', body(10))).json).toMatchObject({ action: 'start', progress: 10 })
    expect((await api('/users/me/watching')).json.action).toBe('scrobble')
    const paused = await api('/scrobble/stop', body(79.5))
    expect(paused.json.action).toBe('pause')
    expect(
      (await api('/sync/playback/movies')).json.some(
        (p: { movie: { ids: { trakt: number } }; progress: number }) =>
          p.movie.ids.trakt === 30 && p.progress === 79.5,
      ),
    ).toBe(true)
    const plays = db().userState[DEMO_USER]!.history.length
    const stopped = await api('/scrobble/stop', body(85))
    expect(stopped.status).toBe(201)
    expect(stopped.json).toMatchObject({ action: 'scrobble', progress: 85, id: expect.any(Number) })
    expect(db().userState[DEMO_USER]!.history.length).toBe(plays + 1)
    expect((await api('/sync/history/movies/30?limit=1')).json[0]).toMatchObject({
      id: stopped.json.id,
      action: 'scrobble',
    })
    expect(
      (await api('/sync/playback/movies')).json.some(
        (p: { movie: { ids: { trakt: number } } }) => p.movie.ids.trakt === 30,
      ),
    ).toBe(false)
    const duplicate = await api('/scrobble/stop', body(99))
    expect(duplicate.status).toBe(409)
    expect(duplicate.json).toHaveProperty('expires_at')
  })

  it('refuses a stop under 1% with 422, as the contract says, and leaves the watching status', async () => {
    const body = (progress: number) => ({ body: { movie: { ids: { trakt: 31 } }, progress }, method: 'POST' })
    await api('/scrobble/start', body(0))
    const stopped = await api('/scrobble/stop', body(0.5))
    expect(stopped.status).toBe(422)
    expect((await api('/users/me/watching')).json).toMatchObject({
      action: 'scrobble',
      movie: { ids: { trakt: 31 } },
    })
    expect(
      (await api('/sync/playback/movies')).json.some(
        (p: { movie: { ids: { trakt: number } } }) => p.movie.ids.trakt === 31,
      ),
    ).toBe(false)
  })
})

describe('sharing', () => {
  it('answers the demo account with two connected networks, which a check-in shares to when asked', async () => {
    const settings = await api('/users/settings')
    expect(settings.json.connections).toMatchObject({ twitter: false, mastodon: true, tumblr: true })
    const checkin = await api('/checkin', {
      method: 'POST',
      body: {
        movie: { ids: { trakt: 20 } },
        message: 'Grid time',
        sharing: { mastodon: true, tumblr: false },
      },
    })
    expect(checkin.json.sharing).toMatchObject({ mastodon: true, tumblr: false })
  })
})

describe('show progress', () => {
  it('counts aired episodes only, leaves hidden seasons out and honours reset_at', async () => {
    const state = db().userState[DEMO_USER]!
    const [showId, resetAt] = Object.entries(state.resets)[0]!
    const progress = await api(`/shows/${showId}/progress/watched`)
    expect(progress.json.reset_at).toBe(resetAt)
    const fullRunEpisodes = progress.json.seasons.flatMap((s: { episodes: unknown[] }) => s.episodes).length
    expect(progress.json.aired).toBe(fullRunEpisodes)
    // Only the plays since the reset count: a third or so of the run.
    expect(progress.json.completed).toBeLessThan(progress.json.aired)
    expect(progress.json.next_episode).toMatchObject({
      season: expect.any(Number),
      number: expect.any(Number),
    })

    const hidden = state.hidden.find((h) => h.section === 'progress_watched' && h.item.type === 'season')!
    const season = db().seasons[String(hidden.item.id)]!
    const withoutHidden = await api(`/shows/${season.showId}/progress/watched`)
    expect(withoutHidden.json.hidden_seasons).toEqual([{ number: season.number, ids: season.ids }])
    expect(withoutHidden.json.seasons.some((s: { number: number }) => s.number === season.number)).toBe(false)
    const withHidden = await api(`/shows/${season.showId}/progress/watched?hidden=true`)
    expect(withHidden.json.seasons.some((s: { number: number }) => s.number === season.number)).toBe(true)
    expect(withHidden.json.aired).toBeGreaterThan(withoutHidden.json.aired)
  })

  it('handles specials and count_specials, and unaired episodes never count', async () => {
    const show = db().shows['1003']!
    await api('/sync/history', { method: 'POST', body: { shows: [{ ids: { trakt: show.ids.trakt } }] } })
    const plain = (await api('/shows/1003/progress/watched')).json
    expect(plain.aired).toBe(show.aired_episodes)
    expect(plain.completed).toBe(plain.aired)
    expect(plain.next_episode).toBeNull()
    const specials = (await api('/shows/1003/progress/watched?specials=true')).json
    expect(specials.seasons[0].number).toBe(0)
    expect(specials.aired).toBe(plain.aired + specials.seasons[0].aired)
    const uncounted = (await api('/shows/1003/progress/watched?specials=true&count_specials=false')).json
    expect(uncounted.aired).toBe(plain.aired)
    const collection = (await api('/shows/1003/progress/collection')).json
    expect(collection).toHaveProperty('last_collected_at')
  })

  it('answers up next for shows in progress', async () => {
    const rows = await api('/sync/progress/up_next?limit=20')
    expect(rows.json.length).toBeGreaterThan(0)
    expect(rows.json[0]).toMatchObject({
      show: { ids: expect.any(Object) },
      progress: { next_episode: expect.any(Object), aired: expect.any(Number) },
    })
  })
})

describe('calendars and recommendations', () => {
  it('answers my shows airing this week, excluding calendar-hidden shows', async () => {
    const week = await api('/calendars/my/shows/2026-11-23/7')
    expect(week.json.length).toBeGreaterThan(0)
    expect(
      week.json.every(
        (r: { first_aired: string }) => r.first_aired >= '2026-11-23' && r.first_aired < '2026-11-30',
      ),
    ).toBe(true)
    const showId = week.json[0].show.ids.trakt
    await api('/users/hidden/calendar', { method: 'POST', body: { shows: [{ ids: { trakt: showId } }] } })
    const after = await api('/calendars/my/shows/2026-11-23/7')
    expect(after.json.some((r: { show: { ids: { trakt: number } } }) => r.show.ids.trakt === showId)).toBe(
      false,
    )
    expect(
      (await api('/calendars/my/shows/2026-11-01/60')).json.every(
        (r: { first_aired: string }) => r.first_aired < '2026-12-02',
      ),
    ).toBe(true)
    expect((await api('/calendars/my/movies/2026-11-01/31')).status).toBe(200)
  })

  it('recommends unwatched titles and forgets hidden ones', async () => {
    const first = await api('/recommendations/movies?limit=5&ignore_watchlisted=true')
    expect(first.json).toHaveLength(5)
    const watched = new Set(
      db()
        .userState[DEMO_USER]!.history.filter((h) => h.item.type === 'movie')
        .map((h) => h.item.id),
    )
    expect(first.json.some((m: { ids: { trakt: number } }) => watched.has(m.ids.trakt))).toBe(false)
    expect(
      (await api(`/recommendations/movies/${first.json[0].ids.trakt}`, { method: 'DELETE' })).status,
    ).toBe(204)
    const second = await api('/recommendations/movies?limit=5&ignore_watchlisted=true')
    expect(second.json.some((m: { ids: { trakt: number } }) => m.ids.trakt === first.json[0].ids.trakt)).toBe(
      false,
    )
    expect((await api('/recommendations/shows')).json.length).toBeGreaterThan(0)
  })
})

describe('progress lists', () => {
  it('answers /sync/progress/watched with filters', async () => {
    const all = (await api('/sync/progress/watched?limit=100')).json
    const done = (await api('/sync/progress/watched?limit=100&hide_not_completed=true')).json
    const rewatching = (await api('/sync/progress/watched?limit=100&only_rewatching=true')).json
    expect(all.length).toBeGreaterThan(done.length)
    expect(
      done.every(
        (r: { progress: { aired: number; completed: number } }) => r.progress.completed >= r.progress.aired,
      ),
    ).toBe(true)
    expect(rewatching).toHaveLength(1)
    expect(rewatching[0].progress.reset_at).toEqual(expect.any(String))
  })

  it('answers the media collection and favorites of movies and shows together', async () => {
    const media = (await api('/sync/collection/media')).json
    expect(new Set(media.map((r: { type: string }) => r.type))).toEqual(new Set(['movie', 'show']))
    expect((await api('/users/me/favorites/media/rank')).status).toBe(200)
  })
})
