import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import ratings from '../../../fixtures/movies_ratings__trakt-r.json'
import related from '../../../fixtures/movies_related_extended-full__trakt-r.json'
import stats from '../../../fixtures/movies_stats__trakt-r.json'
import summary from '../../../fixtures/movies_summary_extended-full__trakt-r.json'
import translations from '../../../fixtures/movies_translations__trakt-r.json'
import type { Movie, SandboxDb } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { movieBySlug } from '../../../support/sandbox-records'

// Deadpool (2016) as the sandbox seeds it from the recorded summary, releases, aliases, studios and credits; the
// rating distribution, counters, translations and related titles are put in from recorded bodies (the
// translations were recorded for another movie, which is fine for the page).
const SLUG = summary.ids.slug
const db = () => sandboxServer.sandbox.store.db

function recordedDeadpool(d: SandboxDb) {
  const movie = movieBySlug(d, SLUG)
  movie.rating = ratings.rating
  movie.votes = ratings.votes
  movie.extra.distribution = ratings.distribution
  movie.extra.plays = stats.plays
  movie.extra.collectors = stats.collectors
  // As recorded, untranslated titles and taglines included (Trakt sends them as null).
  movie.extra.translations = translations as Movie['extra']['translations']
  movie.extra.relatedIds = related.map((m) => m.ids.trakt).filter((id) => d.movies[id])
  movie.extra.watchers = 2
}

const renderMovie = () => renderApp(`/movies/${SLUG}`, { state: recordedDeadpool })
const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling
const language = (code: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code)

describe('movie page', () => {
  it('renders the summary, key facts and links from the recorded summary', async () => {
    renderMovie()
    const heading = await screen.findByRole('heading', { level: 1 })
    expect(heading).toHaveTextContent(summary.title)
    expect(heading).toHaveTextContent(String(summary.year))
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(screen.getByText(summary.tagline)).toBeInTheDocument()
    expect(screen.getByText(summary.overview)).toBeInTheDocument()
    // 108 minutes.
    expect(fact('Runtime')).toHaveTextContent('1 h 48 min')
    expect(fact('Certification')).toHaveTextContent(summary.certification)
    expect(fact('Released')).toHaveTextContent('Feb 12, 2016')
    expect(fact('Status')).toHaveTextContent('Released')
    expect(fact('Country')).toHaveTextContent('United States')
    expect(fact('Language')).toHaveTextContent('English')
    expect((await screen.findByText('Studios', { selector: 'dt' })).nextElementSibling).toHaveTextContent(
      /^20th Century Fox, Marvel Entertainment, The Donners' Company/,
    )
    expect(screen.getByRole('list', { name: 'Genres' })).toHaveTextContent(/Superhero/)
    expect(screen.getByRole('link', { name: /IMDb: Deadpool/ })).toHaveAttribute(
      'href',
      `https://www.imdb.com/title/${summary.ids.imdb}/`,
    )
    expect(screen.getByRole('link', { name: /TMDB: Deadpool/ })).toHaveAttribute(
      'href',
      `https://www.themoviedb.org/movie/${summary.ids.tmdb}`,
    )
    expect(screen.getByRole('link', { name: /Trailer: Deadpool/ })).toHaveAttribute('href', summary.trailer)
    const comments = movieBySlug(db(), SLUG).ids.trakt
    const count = Object.values(db().comments).filter(
      (c) => c.item.type === 'movie' && c.item.id === comments,
    ).length
    expect(screen.getByRole('link', { name: `Comments (${count})` })).toHaveAttribute('href', '#comments')
    const poster = document.querySelector('img[src*="/posters/"]')
    expect(poster).toHaveAttribute('width')
    expect(poster).toHaveAttribute('height')
  })

  it('shows the rating distribution as readable numbers', async () => {
    renderMovie()
    const distribution = await screen.findByRole('list', { name: 'Rating distribution' })
    const rows = within(distribution).getAllByRole('listitem')
    expect(rows).toHaveLength(10)
    // Highest score first: 24,086 of 74,203 votes.
    expect(rows[0]).toHaveTextContent(
      `Rated 10: ${ratings.distribution['10'].toLocaleString('en-US')} votes, 32%`,
    )
    expect(rows[9]).toHaveTextContent(`Rated 1: ${ratings.distribution['1']} votes, 0%`)
    expect(
      screen.getByText(`from ${ratings.votes.toLocaleString('en-US')} votes`, { exact: false }),
    ).toBeInTheDocument()
  })

  it('shows stats, cast, crew by department, related titles, lists and who is watching', async () => {
    renderMovie()
    const cast = await screen.findByRole('list', { name: 'Cast' })
    expect(within(cast).getByRole('link', { name: 'Ryan Reynolds' })).toHaveAttribute(
      'href',
      '/people/ryan-reynolds',
    )
    expect(within(cast).getByText(/Wade Wilson/)).toBeInTheDocument()
    const crew = screen.getByRole('region', { name: 'Crew' })
    expect(within(crew).getByRole('heading', { name: 'Directing', level: 3 })).toBeInTheDocument()
    expect(within(crew).getByRole('link', { name: 'Tim Miller' })).toHaveAttribute(
      'href',
      '/people/tim-miller',
    )

    const statsRegion = screen.getByRole('region', { name: 'Stats' })
    expect(await within(statsRegion).findByText(stats.plays.toLocaleString('en-US'))).toBeInTheDocument()
    expect(within(statsRegion).getByText(stats.collectors.toLocaleString('en-US'))).toBeInTheDocument()

    const relatedList = await screen.findByRole('list', { name: 'Related movies' })
    const matrix = related[0]!
    expect(
      within(relatedList).getByRole('link', { name: `${matrix.title} (${matrix.year})` }),
    ).toHaveAttribute('href', `/movies/${matrix.ids.slug}`)

    const movie = movieBySlug(db(), SLUG)
    const holding = Object.values(db().lists).filter(
      (l) =>
        l.privacy === 'public' &&
        l.type === 'personal' &&
        l.items.some((i) => i.item.type === 'movie' && i.item.id === movie.ids.trakt),
    )
    expect(holding.length).toBeGreaterThan(0)
    const lists = await screen.findByRole('region', { name: 'Lists with this movie' })
    for (const list of holding)
      expect(await within(lists).findByRole('link', { name: list.name })).toHaveAttribute(
        'href',
        `/users/${list.ownerSlug}/lists/${list.ids.slug}`,
      )

    const watching = await screen.findByRole('region', { name: 'Watching now' })
    await waitFor(() =>
      expect(
        within(watching)
          .getAllByRole('link')
          .filter((a) => a.getAttribute('href')?.startsWith('/users/')),
      ).toHaveLength(2),
    )
  })

  it("lists releases in every country in one table, the user's country first, and translations into every language", async () => {
    const user = userEvent.setup()
    renderMovie()
    const table = await screen.findByRole('table', { name: 'Release dates by country' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Country', 'Certification', 'Type', 'Date'])
    const countries = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent)
    const recorded = new Set(movieBySlug(db(), SLUG).extra.releases.map((r) => r.country))
    // jsdom's browser says en-US.
    expect(countries[0]).toBe('United States')
    expect(countries).toHaveLength(recorded.size)
    expect(countries).toContain('Germany')
    expect(countries.slice(1)).toEqual([...countries.slice(1)].sort((a, b) => a!.localeCompare(b!)))
    const us = within(table)
      .getAllByRole('rowgroup')
      .find((group) => within(group).queryByRole('rowheader', { name: 'United States' }))!
    expect(
      within(us)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      expect.stringMatching(/^United StatesRTheatricalFeb 1\d, 2016$/),
      expect.stringMatching(/^RPhysicalMay 10, 2016$/),
    ])
    expect(screen.getByRole('region', { name: 'Releases' })).toHaveTextContent(`${recorded.size} countries`)

    await user.click(await screen.findByText(/Also known as \(\d+\)/))
    expect(screen.getByText('Masacre')).toBeVisible()
    const languages = new Set(translations.map((t) => t.language))
    await user.click(await screen.findByText(`Translations in ${languages.size} languages`))
    const items = within(screen.getByRole('region', { name: 'Translations' })).getAllByRole('listitem')
    expect(items[0]).toHaveTextContent(new RegExp(`^${language('en')}`))
    const german = translations.find((t) => t.language === 'de' && t.country === 'de')!
    expect(screen.getByText(german.title!).closest('[lang]')).toHaveAttribute('lang', 'de-DE')
  })

  it("puts the browser's own country and language first", async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE')
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'en'])
    const user = userEvent.setup()
    renderMovie()
    const table = await screen.findByRole('table', { name: 'Release dates by country' })
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('Germany')
    await user.click(await screen.findByText(/^Translations in \d+ languages$/))
    expect(
      within(screen.getByRole('region', { name: 'Translations' })).getAllByRole('listitem')[0],
    ).toHaveTextContent(new RegExp(`^${language('de')}`))
  })

  it("offers a signed-out visitor the sign-in and a signed-in user the movie's actions", async () => {
    const signedOut = renderMovie()
    expect(await screen.findByRole('button', { name: 'Sign in to track this' })).toBeInTheDocument()
    signedOut.unmount()
    renderApp(`/movies/${SLUG}`, { user: 'demo' })
    const actions = await screen.findByRole('region', { name: 'Your actions' })
    expect(
      await within(actions).findByRole('button', { name: /^(Add to|Remove from) watchlist$/ }),
    ).toBeEnabled()
  })

  it('loads every section of the page without an error', async () => {
    renderMovie()
    await screen.findByRole('region', { name: 'Watching now' })
    await waitFor(() => expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0))
    expect(screen.queryAllByRole('alert')).toEqual([])
  })

  it('shows the loading page while the summary is on its way', async () => {
    sandboxServer.sandbox.faults.add({ kind: 'slow', delayMs: 1500, path: `*/movies/${SLUG}` })
    renderMovie()
    expect(await screen.findByText('Loading movie…')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { level: 1, name: /Deadpool/ })).toBeInTheDocument()
    expect(screen.queryByText('Loading movie…')).not.toBeInTheDocument()
  })

  it('says clearly when Trakt has no such movie', async () => {
    renderApp('/movies/no-such-movie-1900')
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this movie" }),
    ).toBeInTheDocument()
  })

  it('explains a failure and retries', async () => {
    const user = userEvent.setup()
    const fault = sandboxServer.sandbox.faults.add({
      kind: 'server-error',
      status: 500,
      path: `*/movies/${SLUG}`,
    })
    renderMovie()
    expect(await screen.findByRole('heading', { name: 'Could not load this movie' })).toBeInTheDocument()
    expect(screen.getByText('Trakt had a server error. Try again later.')).toBeInTheDocument()
    sandboxServer.sandbox.faults.remove(fault.id)
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { level: 1, name: /Deadpool/ })).toBeInTheDocument()
  })

  it('keeps the page up when one section fails, and retries only that section', async () => {
    const user = userEvent.setup()
    const fault = sandboxServer.sandbox.faults.add({
      kind: 'server-error',
      status: 500,
      path: `/movies/${SLUG}/people`,
    })
    renderMovie()
    const cast = await screen.findByRole('region', { name: 'Cast' })
    await waitFor(() =>
      expect(within(cast).getByRole('alert')).toHaveTextContent(/Could not load this section/),
    )
    expect(screen.getByRole('heading', { level: 1, name: /Deadpool/ })).toBeInTheDocument()
    expect(await screen.findByRole('list', { name: 'Rating distribution' })).toBeInTheDocument()
    sandboxServer.sandbox.faults.remove(fault.id)
    await user.click(within(cast).getByRole('button', { name: 'Retry' }))
    expect(await within(cast).findByRole('link', { name: 'Ryan Reynolds' })).toBeInTheDocument()
  })
})
