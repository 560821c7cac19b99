import { DEMO_USER } from '@/sandbox/db/types'
import { FREE_LIMITS } from '@/sandbox/handlers/user/limits'
import { startSandbox } from './harness'

const { api, db } = startSandbox()

describe('personal lists', () => {
  it('shows the owner all five lists and strangers only the visible ones', async () => {
    const mine = await api('/users/me/lists')
    expect(mine.json).toHaveLength(5)
    expect(mine.json[0]).toMatchObject({
      item_count: expect.any(Number),
      likes: 0,
      user: { username: 'demo' },
    })
    const theirs = await api('/users/demo/lists', { token: null })
    expect(theirs.json.every((l: { privacy: string }) => l.privacy === 'public')).toBe(true)
    const privateList = Object.values(db().lists).find(
      (l) => l.ownerSlug === DEMO_USER && l.privacy === 'private',
    )!
    expect((await api(`/users/demo/lists/${privateList.ids.slug}`, { token: null })).status).toBe(404)
    expect((await api(`/users/demo/lists/${privateList.ids.slug}`)).status).toBe(200)
  })

  it('creates, updates and deletes a list', async () => {
    const created = await api('/users/me/lists', {
      method: 'POST',
      body: { name: 'Rainy Sundays', privacy: 'public', sort_by: 'title' },
    })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({
      name: 'Rainy Sundays',
      ids: { slug: 'rainy-sundays' },
      privacy: 'public',
      sort_by: 'title',
      item_count: 0,
    })
    const updated = await api(`/users/me/lists/${created.json.ids.trakt}`, {
      method: 'PUT',
      body: { name: 'Wet Sundays', privacy: 'friends' },
    })
    expect(updated.json).toMatchObject({
      name: 'Wet Sundays',
      privacy: 'friends',
      ids: { slug: 'rainy-sundays' },
    })
    expect((await api(`/users/me/lists/${created.json.ids.trakt}`, { method: 'DELETE' })).status).toBe(204)
    expect((await api(`/users/me/lists/${created.json.ids.trakt}`)).status).toBe(404)
  })

  it('adds, sorts, reorders and removes items, with a 420 past the free cap', async () => {
    const list = (
      await api('/users/me/lists', {
        method: 'POST',
        body: { name: 'Scratch', sort_by: 'added', sort_how: 'desc' },
      })
    ).json
    const path = `/users/me/lists/${list.ids.trakt}/items`
    const added = await api(path, {
      method: 'POST',
      body: {
        movies: [
          { ids: { trakt: 7 }, notes: 'Watch with subtitles' },
          { ids: { trakt: 8 } },
          { ids: { slug: 'missing' } },
        ],
        shows: [{ ids: { trakt: 1001 }, seasons: [{ number: 1 }] }],
      },
    })
    expect(added.status).toBe(201)
    expect(added.json.added).toEqual({ movies: 2, shows: 0, seasons: 1, episodes: 0, people: 0 })
    expect(added.json.not_found.movies).toEqual([{ ids: { slug: 'missing' } }])
    expect(added.json.list.item_count).toBe(3)
    const items = await api(path)
    expect(items.headers.get('X-Sort-By')).toBe('added')
    expect(items.headers.get('X-Sort-How')).toBe('desc')
    expect(items.json.map((i: { rank: number }) => i.rank)).toEqual([1, 2, 3])
    expect(items.json[0].notes).toBe('Watch with subtitles')
    const reordered = await api(`${path}/reorder`, {
      method: 'POST',
      body: { rank: [items.json[2].id, items.json[0].id] },
    })
    expect(reordered.json.updated).toBeGreaterThan(0)
    expect((await api(path)).json[0].id).toBe(items.json[2].id)
    const removed = await api(`${path}/remove`, { method: 'POST', body: { movies: [{ ids: { trakt: 8 } }] } })
    expect(removed.json.deleted.movies).toBe(1)
    const flood = Object.values(db().movies)
      .slice(0, FREE_LIMITS.listItems)
      .map((m) => ({ ids: { trakt: m.ids.trakt } }))
    expect((await api(path, { method: 'POST', body: { movies: flood } })).status).toBe(420)
  })

  it('likes and unlikes another user’s list', async () => {
    const list = Object.values(db().lists).find(
      (l) => l.ownerSlug !== DEMO_USER && l.privacy === 'public' && !l.likedBy.includes(DEMO_USER),
    )!
    const path = `/users/${list.ownerSlug}/lists/${list.ids.trakt}`
    expect((await api(`${path}/like`, { method: 'POST' })).status).toBe(204)
    expect((await api(path)).json.likes).toBe(list.likedBy.length)
    expect(
      (await api(`${path}/likes`)).json.some(
        (l: { user: { username: string } }) => l.user.username === DEMO_USER,
      ),
    ).toBe(true)
    expect((await api(`${path}/like`, { method: 'DELETE' })).status).toBe(204)
    expect((await api(`${path}/comments/newest`)).status).toBe(200)
    expect((await api('/users/me/lists/collaborations')).json).toEqual([])
  })
})
