import { DEMO_USER } from '@/sandbox/db/types'
import { startSandbox } from './harness'

const { api, db } = startSandbox()

describe('users', () => {
  it('answers settings with user, account, connections, sharing_text and limits', async () => {
    const settings = await api('/users/settings')
    expect(settings.json.user).toMatchObject({
      username: 'demo',
      name: 'Demo Viewer',
      vip: false,
      ids: { slug: 'demo' },
    })
    expect(settings.json.account).toMatchObject({ timezone: expect.any(String), time_24hr: true })
    expect(settings.json).toHaveProperty('connections.twitter', false)
    expect(settings.json).toHaveProperty('sharing_text.watching')
    expect(settings.json.limits.watchlist.item_count).toBe(100)
  })

  it('answers profiles minimal, full and vip', async () => {
    expect((await api('/users/demo', { token: null })).json).toMatchObject({
      username: 'demo',
      private: false,
      name: 'Demo Viewer',
      vip: false,
      vip_ep: false,
      ids: { slug: 'demo', trakt: 424242 },
    })
    const full = await api('/users/me?extended=full,vip')
    expect(full.json).toMatchObject({
      joined_at: expect.any(String),
      images: { avatar: { full: expect.stringContaining('/avatars/') } },
      vip_years: 0,
    })
    expect((await api('/users/nobody-here')).status).toBe(404)
  })

  it('hides a private user from strangers with 401 and X-Private-User', async () => {
    const history = await api('/users/mallory/history', { token: 'alice-token' })
    expect(history.status).toBe(401)
    expect(history.headers.get('X-Private-User')).toBe('true')
    expect((await api('/users/mallory/watchlist', { token: null })).status).toBe(401)
    // The demo user is an approved follower of one private user.
    const followed = db().follows.find((f) => f.follower === DEMO_USER && db().users[f.followed]!.private)!
    expect((await api(`/users/${followed.followed}/history`)).status).toBe(200)
  })

  it('reads other users’ libraries and what they are watching', async () => {
    const history = await api('/users/alice/history?limit=100', { token: null })
    expect(history.status).toBe(200)
    expect(history.json.length).toBeGreaterThan(0)
    const watching = await Promise.all(
      ['alice', 'bob', 'carol'].map((u) => api(`/users/${u}/watching`, { token: null })),
    )
    expect(watching.map((w) => w.status)).toContain(200)
    expect(watching.find((w) => w.status === 200)!.json).toMatchObject({
      action: expect.stringMatching(/checkin|scrobble/),
      expires_at: expect.any(String),
    })
    expect((await api('/users/demo/watching')).status).toBe(204)
  })

  it('computes stats that change after a write', async () => {
    const before = (await api('/users/me/stats')).json
    expect(before.movies.plays).toBeGreaterThan(0)
    expect(before.ratings.total).toBe(
      Object.values(before.ratings.distribution as Record<string, number>).reduce((a, b) => a + b, 0),
    )
    expect(before.network.friends).toBeGreaterThan(0)
    await api('/sync/history', { method: 'POST', body: { movies: [{ ids: { trakt: 100 } }] } })
    const after = (await api('/users/me/stats')).json
    expect(after.movies.plays).toBe(before.movies.plays + 1)
    expect(after.movies.minutes).toBe(before.movies.minutes + db().movies['100']!.runtime!)
  })

  it('lists likes of comments and lists', async () => {
    const comments = await api('/users/me/likes/comments?limit=50')
    expect(comments.json.length).toBeGreaterThan(0)
    expect(comments.json[0]).toMatchObject({
      type: 'comment',
      comment: { id: expect.any(Number), likes: expect.any(Number) },
    })
    const lists = await api('/users/me/likes/lists')
    expect(lists.json[0]).toMatchObject({ type: 'list', list: { ids: expect.any(Object) } })
  })
})

describe('follows', () => {
  it('lists followers, following and friends', async () => {
    const [followers, following, friends] = (await Promise.all(
      ['followers', 'following', 'friends'].map((r) => api(`/users/me/${r}`)),
    )) as [Awaited<ReturnType<typeof api>>, Awaited<ReturnType<typeof api>>, Awaited<ReturnType<typeof api>>]
    expect(followers.json.length).toBeGreaterThan(0)
    expect(following.json.length).toBeGreaterThan(0)
    expect(friends.json.length).toBeGreaterThan(0)
    expect(friends.json[0]).toMatchObject({
      friends_at: expect.any(String),
      user: { username: expect.any(String) },
    })
  })

  it('follows a public user at once, answers 409 the second time, and requests a private one', async () => {
    const stranger = Object.values(db().users).find(
      (u) =>
        !u.private &&
        u.username !== DEMO_USER &&
        !db().follows.some((f) => f.follower === DEMO_USER && f.followed === u.username),
    )!
    const first = await api(`/users/${stranger.username}/follow`, { method: 'POST' })
    expect(first.status).toBe(201)
    expect(first.json.approved_at).toEqual(expect.any(String))
    expect((await api(`/users/${stranger.username}/follow`, { method: 'POST' })).status).toBe(409)
    expect((await api(`/users/${stranger.username}/follow`, { method: 'DELETE' })).status).toBe(204)
    const privateUser = Object.values(db().users).find(
      (u) =>
        u.private &&
        !db().follows.some((f) => f.follower === DEMO_USER && f.followed === u.username) &&
        !db().followRequests.some((r) => r.from === DEMO_USER && r.to === u.username),
    )
    if (privateUser) {
      const requested = await api(`/users/${privateUser.username}/follow`, { method: 'POST' })
      expect(requested.json.approved_at).toBeNull()
    }
    const pending = await api('/users/requests/following')
    expect(pending.json.length).toBeGreaterThan(0)
  })

  it('approves and denies follow requests', async () => {
    const requests = await api('/users/requests')
    expect(requests.json.length).toBeGreaterThan(0)
    const approved = await api(`/users/requests/${requests.json[0].id}`, { method: 'POST' })
    expect(approved.json).toMatchObject({
      followed_at: expect.any(String),
      user: { username: requests.json[0].user.username },
    })
    expect((await api(`/users/requests/${requests.json[0].id}`, { method: 'DELETE' })).status).toBe(404)
  })
})

describe('hidden items', () => {
  it('lists, adds and removes hidden items per section', async () => {
    const dropped = await api('/users/hidden/dropped')
    expect(dropped.json[0]).toMatchObject({ type: 'show', hidden_at: expect.any(String) })
    const show = Object.values(db().shows)[0]!
    const added = await api('/users/hidden/calendar', {
      method: 'POST',
      body: { shows: [{ ids: { trakt: show.ids.trakt } }], movies: [{ ids: { trakt: 999999 } }] },
    })
    expect(added.json.added).toEqual({ movies: 0, shows: 1, seasons: 0, users: 0 })
    expect(added.json.not_found.movies).toEqual([{ ids: { trakt: 999999 } }])
    const removed = await api('/users/hidden/calendar/remove', {
      method: 'POST',
      body: { shows: [{ ids: { trakt: show.ids.trakt } }] },
    })
    expect(removed.json.deleted.shows).toBe(1)
    expect((await api('/users/hidden/nonsense')).status).toBe(404)
  })
})
