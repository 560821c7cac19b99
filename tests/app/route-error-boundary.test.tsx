import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { explainRouteError } from '@/app/route-error-boundary'
import { TraktHttpError, TraktNetworkError } from '@/lib/trakt/errors'
import { renderApp, sandboxServer } from '../support/render-app'

// What a user sees when the page they asked for fails, through the real app against the sandbox: the failure is
// explained inside the shell (header and navigation stay), with a way on. Whether the page's own fallback or the
// route's error boundary says it, the words and the way back are the same promise. (A 500: the client retries
// 502-504 and network failures with backoff before it gives up, which explainRouteError covers below.)

const SLUG = 'deadpool-2016'

describe('a page whose data fails', () => {
  it('explains a Trakt server error inside the shell and recovers on Retry', async () => {
    const user = userEvent.setup()
    const fault = sandboxServer.sandbox.faults.add({
      kind: 'server-error',
      status: 500,
      path: `*/movies/${SLUG}`,
    })
    renderApp(`/movies/${SLUG}`)
    expect(await screen.findByRole('heading', { level: 1, name: /could not load/i })).toBeInTheDocument()
    expect(screen.getByText('Trakt had a server error. Try again later.')).toBeInTheDocument()
    // The shell stays: both primary navigations and the header's sign-in are still there.
    expect(screen.getAllByRole('navigation', { name: 'Primary' })).toHaveLength(2)
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign in' })).toBeInTheDocument()

    sandboxServer.sandbox.faults.remove(fault.id)
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { level: 1, name: /^Deadpool/ })).toBeInTheDocument()
  })

  it('says "not found", with no Retry, for something Trakt does not have', async () => {
    renderApp('/people/no-such-person')
    expect(
      await screen.findByRole('heading', { level: 1, name: /couldn't find|not found/i }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
    expect(screen.getAllByRole('navigation', { name: 'Primary' })).toHaveLength(2)
  })
})

describe('explainRouteError', () => {
  const http = (status: number, extra: { isPrivateUser?: boolean } = {}) =>
    new TraktHttpError({ status, body: null, method: 'GET', path: '/movies/dune', ...extra })

  it('offers a retry for a Trakt server error, in Trakt words', () => {
    expect(explainRouteError(http(503))).toEqual({
      title: 'Trakt could not load this',
      message: 'Trakt is overloaded right now. Try again in about 30 seconds.',
      kind: 'retry',
    })
  })

  it('says "not found" for a 404 and for a private profile, and offers sign-in for a 401', () => {
    expect(explainRouteError(http(404))).toMatchObject({ title: 'Not found', kind: 'not-found' })
    expect(explainRouteError(http(401, { isPrivateUser: true }))).toMatchObject({
      title: 'Private profile',
      kind: 'not-found',
    })
    expect(explainRouteError(http(401))).toMatchObject({ title: 'Sign in needed', kind: 'sign-in' })
  })

  it('tells an unreachable Trakt from a page whose code was replaced by a newer version', () => {
    expect(explainRouteError(new TraktNetworkError({ method: 'GET', path: '/movies/dune' }))).toMatchObject({
      title: 'Could not reach Trakt',
      kind: 'retry',
    })
    expect(
      explainRouteError(new TypeError('Failed to fetch dynamically imported module: /assets/movie-abc.js')),
    ).toEqual({
      title: 'Marquee was updated',
      message: 'A newer version is available. Reload to continue.',
      kind: 'stale-code',
    })
  })
})
