import type { Comment } from '../../../src/sandbox/db/types'
import { call, catalogServer, NOW, signIn } from './catalog-server'

const box = catalogServer()
const store = box.sandbox.store

type Row = Record<string, unknown>
const DAY = 86_400_000
const send = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  call<Row>(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })

function seedComment(overrides: Partial<Comment>): Comment {
  const id = store.nextId()
  const comment: Comment = {
    id,
    parent_id: 0,
    item: { type: 'movie', id: 190430 },
    userSlug: 'writer',
    comment: 'A seeded comment with enough words.',
    spoiler: false,
    review: false,
    created_at: NOW.toISOString(),
    updated_at: NOW.toISOString(),
    user_rating: null,
    language: 'en',
    likedBy: [],
    ...overrides,
  }
  store.db.comments[id] = comment
  return comment
}

describe('reading comments', () => {
  it('serves a comment, its replies (paginated), item and likes', async () => {
    const parent = Object.values(store.db.comments).find((c) =>
      Object.values(store.db.comments).some((r) => r.parent_id === c.id),
    )!
    const one = await call<Row>(`/comments/${parent.id}`)
    expect(one.body).toMatchObject({
      id: parent.id,
      replies: expect.any(Number),
      user: { username: expect.any(String) },
    })
    expect(one.body.replies).toBeGreaterThan(0)
    const replies = await call<Row[]>(`/comments/${parent.id}/replies`)
    expect(replies.headers.get('X-Pagination-Page')).toBe('1')
    expect(replies.body.every((r) => r.parent_id === parent.id)).toBe(true)
    const item = await call<Row>(`/comments/${parent.id}/item`)
    expect(item.body.type).toBe(parent.item.type)
    expect((await call(`/comments/${parent.id}/likes`)).status).toBe(200)
    expect((await call('/comments/999999999')).status).toBe(404)
  })

  it('serves the trending, recent and updates feeds by comment and item type', async () => {
    const reviews = await call<{ type: string; comment: { review: boolean } }[]>(
      '/comments/recent/reviews/movies?limit=50',
    )
    expect(reviews.body.length).toBeGreaterThan(0)
    expect(reviews.body.every((r) => r.type === 'movie' && r.comment.review)).toBe(true)
    const shouts = await call<{ comment: { review: boolean } }[]>('/comments/trending/shouts/all')
    expect(shouts.body.every((r) => !r.comment.review)).toBe(true)
    expect((await call<Row[]>('/comments/updates/all/shows')).body.length).toBeGreaterThan(0)
  })

  it('sorts an item’s comments', async () => {
    const movie = Object.values(store.db.movies).sort((a, b) => b.comment_count - a.comment_count)[0]!
    const { body } = await call<{ likes: number }[]>(`/movies/${movie.ids.trakt}/comments/likes?limit=50`)
    expect(body.length).toBeGreaterThan(0)
    expect(body.map((c) => c.likes)).toEqual([...body.map((c) => c.likes)].sort((a, b) => b - a))
  })
})

describe('writing comments', () => {
  const auth = signIn(box, 'writer')
  const other = signIn(box, 'someone-else')

  it('needs a signed-in user', async () => {
    const { status } = await send(
      'POST',
      '/comments',
      { 'Content-Type': 'application/json' },
      { movie: { ids: { trakt: 190430 } }, comment: 'one two three four five' },
    )
    expect(status).toBe(401)
  })

  it('rejects fewer than five words with 422 and creates otherwise', async () => {
    const short = await send('POST', '/comments', auth, {
      movie: { ids: { trakt: 190430 } },
      comment: 'too short',
    })
    expect(short.status).toBe(422)
    expect(short.body).toEqual({ comment: ['must be at least 5 words'] })
    const before = store.db.movies[190430]!.comment_count
    const created = await send('POST', '/comments', auth, {
      movie: { ids: { slug: 'deadpool-2016' } },
      comment: 'This is a fine shout :smiley: 😂',
      spoiler: true,
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      parent_id: 0,
      spoiler: true,
      review: false,
      comment: 'This is a fine shout :smiley: :joy:',
      user: { username: 'writer' },
    })
    expect(store.db.movies[190430]!.comment_count).toBe(before + 1)
    expect(
      (
        await send('POST', '/comments', auth, {
          movie: { ids: { trakt: 1 } },
          comment: 'one two three four five',
        })
      ).status,
    ).toBe(404)
  })

  it('marks 200+ word comments as reviews', async () => {
    const text = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ')
    const { body } = await send('POST', '/comments', auth, { show: { ids: { trakt: 1388 } }, comment: text })
    expect(body.review).toBe(true)
  })

  it('replies, updates, likes and unlikes', async () => {
    const parent = seedComment({ userSlug: 'someone-else' })
    const reply = await send('POST', `/comments/${parent.id}/replies`, auth, {
      comment: 'I agree with every word here',
      spoiler: false,
    })
    expect(reply.status).toBe(201)
    expect(reply.body.parent_id).toBe(parent.id)
    const updated = await send('PUT', `/comments/${reply.body.id}`, auth, {
      comment: 'Actually I changed my mind now',
      spoiler: true,
    })
    expect(updated.body).toMatchObject({ comment: 'Actually I changed my mind now', spoiler: true })
    expect(
      (
        await send('PUT', `/comments/${reply.body.id}`, other, {
          comment: 'not mine to change at all',
          spoiler: false,
        })
      ).status,
    ).toBe(401)
    expect((await send('POST', `/comments/${parent.id}/like`, auth)).status).toBe(204)
    expect((await call<Row>(`/comments/${parent.id}`)).body.likes).toBe(1)
    expect((await send('DELETE', `/comments/${parent.id}/like`, auth)).status).toBe(204)
    expect((await call<Row>(`/comments/${parent.id}`)).body.likes).toBe(0)
  })

  it('deletes only your own comments, and not old ones with replies (409)', async () => {
    const old = seedComment({ created_at: new Date(NOW.getTime() - 20 * DAY).toISOString() })
    seedComment({ parent_id: old.id, userSlug: 'someone-else' })
    expect((await send('DELETE', `/comments/${old.id}`, other)).status).toBe(401)
    expect((await send('DELETE', `/comments/${old.id}`, auth)).status).toBe(409)
    const oldAlone = seedComment({ created_at: new Date(NOW.getTime() - 20 * DAY).toISOString() })
    expect((await send('DELETE', `/comments/${oldAlone.id}`, auth)).status).toBe(204)
    const recent = seedComment({ created_at: new Date(NOW.getTime() - 2 * DAY).toISOString() })
    seedComment({ parent_id: recent.id })
    expect((await send('DELETE', `/comments/${recent.id}`, auth)).status).toBe(204)
    expect((await call(`/comments/${recent.id}`)).status).toBe(404)
  })

  it('tells the store after every write', async () => {
    let writes = 0
    const stop = store.subscribe(() => (writes += 1))
    // The contract spells the path with a trailing slash; both forms reach the same handler.
    await send('POST', '/comments/', auth, {
      movie: { ids: { trakt: 190430 } },
      comment: 'one more comment for the store',
    })
    stop()
    expect(writes).toBe(1)
  })
})
