import { screen } from '@testing-library/react'
import { DEMO_USER } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { recordTraktTraffic } from '../../../support/trakt-traffic'
import { playRows, titleLink } from './history-rows'

const traffic = recordTraktTraffic()

const db = () => sandboxServer.sandbox.store.db

/** A seeded user other than the demo, with a public profile and some plays. */
function someoneWithPlays() {
  const slug = Object.keys(db().userState).find(
    (s) => s !== DEMO_USER && db().userState[s]!.history.length > 0 && !db().users[s]!.private,
  )
  if (!slug) throw new Error('no seeded user with plays')
  return slug
}

const list = () => screen.findByRole('list', { name: 'Plays, newest first' })

describe('a user’s history at /users/:user/history', () => {
  it('shows someone’s public history read-only, from /users/{id}/history', async () => {
    const slug = someoneWithPlays()
    renderApp(`/users/${slug}/history`)
    expect(await screen.findByRole('heading', { level: 1, name: `${slug}’s history` })).toBeInTheDocument()
    const plays = playRows(await list())
    const newestFirst = [...db().userState[slug]!.history].sort(
      (a, b) => b.watched_at.localeCompare(a.watched_at) || b.id - a.id,
    )
    const titles = newestFirst.map((e) =>
      e.item.type === 'movie' ? db().movies[e.item.id]!.title : db().episodes[e.item.id]!.title,
    )
    expect(plays.length).toBeGreaterThan(0)
    // Each row's title link is the movie's or the episode's page; an episode row starts with its code.
    expect(plays.map((li) => titleLink(li).textContent!.replace(/^S\d+E\d+ /, ''))).toEqual(
      titles.slice(0, plays.length),
    )
    expect(screen.queryByRole('button', { name: /^Remove the play of / })).not.toBeInTheDocument()
    expect(traffic.last('/users/')!.url.pathname).toBe(`/users/${slug}/history`)
  })

  it('says so when the profile is private', async () => {
    const slug = someoneWithPlays()
    renderApp(`/users/${slug}/history`, {
      state: (d) => {
        d.users[slug]!.private = true
      },
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This profile is private.')
  })

  it('is the reader’s own removable history at their own address, read from /sync/history', async () => {
    renderApp(`/users/${DEMO_USER}/history`, { user: DEMO_USER })
    expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeInTheDocument()
    await list()
    expect(screen.getAllByRole('button', { name: /^Remove the play of / }).length).toBeGreaterThan(0)
    expect(traffic.last('/sync/history')!.url.pathname).toBe('/sync/history')
    expect(traffic.to('/users/demo/history')).toEqual([])
  })
})
