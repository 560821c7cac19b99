import { screen, waitFor, within } from '@testing-library/react'
import shows from '../../../fixtures/people_shows_extended-full__trakt-r.json'
import summary from '../../../fixtures/people_summary_extended-full__trakt-r.json'
import type { SandboxDb } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { TEST_NOW } from '../../../support/sandbox-server'
import { personBySlug } from '../../../support/sandbox-records'

// Bryan Cranston as the sandbox seeds him from the recorded summary and filmography.
const SLUG = summary.ids.slug
const db = () => sandboxServer.sandbox.store.db

/** The recorded show crew credits (production, directing, ...) of the shows the sandbox has. */
function recordedShowCrew(d: SandboxDb) {
  const person = personBySlug(d, SLUG)
  for (const [department, entries] of Object.entries(shows.crew))
    for (const entry of entries)
      if (d.shows[entry.show.ids.trakt])
        d.credits.push({
          personId: person.ids.trakt,
          mediaType: 'show',
          mediaId: entry.show.ids.trakt,
          department,
          jobs: entry.jobs,
        })
}

const renderPerson = (slug = SLUG) => renderApp(`/people/${slug}`, { state: recordedShowCrew })

describe('person page', () => {
  beforeEach(() => {
    // Ages count from today: make today the sandbox's.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(TEST_NOW)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('renders the biography, birth with age, birthplace and links', async () => {
    renderPerson()
    expect(await screen.findByRole('heading', { level: 1, name: summary.name })).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    // Born 1956-03-07; on 2026-11-26 he is 70.
    expect(screen.getByText('Born', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      /Mar 7, 1956 \(age 70\)/,
    )
    expect(screen.getByText('Birthplace', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      summary.birthplace,
    )
    expect(screen.getByRole('region', { name: 'Biography' })).toHaveTextContent(/American actor/)
    expect(screen.getByRole('link', { name: /IMDb: Bryan Cranston/ })).toHaveAttribute(
      'href',
      `https://www.imdb.com/name/${summary.ids.imdb}/`,
    )
    expect(screen.getByRole('link', { name: /TMDB: Bryan Cranston/ })).toHaveAttribute(
      'href',
      `https://www.themoviedb.org/person/${summary.ids.tmdb}`,
    )
  })

  it('lists movie and show credits newest first, with characters and crew by department', async () => {
    renderPerson()
    const acting = await screen.findByRole('list', { name: 'Movies: acting' })
    const years = within(acting)
      .getAllByRole('listitem')
      .map((li) => Number(li.textContent?.slice(0, 4)))
      .filter((year) => !Number.isNaN(year))
    expect(years.length).toBeGreaterThan(1)
    expect(years).toEqual([...years].sort((a, b) => b - a))

    const person = personBySlug(db(), SLUG)
    const movieRole = db().credits.find(
      (c) => c.personId === person.ids.trakt && c.mediaType === 'movie' && c.characters?.length,
    )!
    const movie = db().movies[movieRole.mediaId]!
    const movieLink = within(acting).getByRole('link', { name: movie.title })
    expect(movieLink).toHaveAttribute('href', `/movies/${movie.ids.slug}`)
    expect(movieLink.closest('li')).toHaveTextContent(`as ${movieRole.characters!.join(' / ')}`)

    const showActing = await screen.findByRole('list', { name: 'Shows: acting' })
    expect(within(showActing).getByRole('link', { name: 'Breaking Bad' }).closest('li')).toHaveTextContent(
      /as Walter White · \d+ episodes/,
    )
    const showsSection = screen.getByRole('region', { name: 'Shows' })
    expect(within(showsSection).getByRole('heading', { level: 3, name: 'Production' })).toBeInTheDocument()
    const produced = shows.crew.production[0]!.show
    expect(
      within(screen.getByRole('list', { name: 'Shows: production' })).getByRole('link', {
        name: produced.title,
      }),
    ).toHaveAttribute('href', `/shows/${produced.ids.slug}`)
  })

  it('lists the lists containing the person, without a section error', async () => {
    renderApp(`/people/${SLUG}`, {
      state: (d) => {
        recordedShowCrew(d)
        // One public personal list of the seed also holds him.
        const list = Object.values(d.lists).find((l) => l.privacy === 'public' && l.type === 'personal')!
        list.items.push({
          id: 990_001,
          rank: list.items.length + 1,
          listed_at: d.seededAt,
          notes: null,
          item: { type: 'person', id: personBySlug(d, SLUG).ids.trakt },
        })
      },
    })
    const person = personBySlug(db(), SLUG)
    const holding = Object.values(db().lists).filter(
      (l) =>
        l.privacy === 'public' &&
        l.type === 'personal' &&
        l.items.some((i) => i.item.type === 'person' && i.item.id === person.ids.trakt),
    )
    expect(holding.length).toBeGreaterThan(0)
    const section = await screen.findByRole('region', { name: 'Lists with this person' })
    for (const list of holding)
      expect(await within(section).findByRole('link', { name: list.name })).toHaveAttribute(
        'href',
        `/users/${list.ownerSlug}/lists/${list.ids.slug}`,
      )
    await waitFor(() => expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0))
    expect(screen.queryAllByRole('alert')).toEqual([])
  })

  it('says clearly when the person does not exist', async () => {
    renderPerson('no-such-person')
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this person" }),
    ).toBeInTheDocument()
  })

  it('keeps the page up when the show credits fail', async () => {
    sandboxServer.sandbox.faults.add({ kind: 'server-error', status: 500, path: `*/people/${SLUG}/shows` })
    renderPerson()
    const shows = await screen.findByRole('region', { name: 'Shows' })
    await waitFor(() => expect(within(shows).getByRole('alert')).toBeInTheDocument())
    expect(await screen.findByRole('list', { name: 'Movies: acting' })).toBeInTheDocument()
  })
})
