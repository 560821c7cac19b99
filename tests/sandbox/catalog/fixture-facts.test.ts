import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createSeedDb } from '../../../src/sandbox/db/create-db'
import { call, catalogServer, NOW } from './catalog-server'

// Titles recorded with extended=full in tests/fixtures must carry their real facts in the sandbox, not filler.
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures', name), 'utf8')) as Record<
    string,
    unknown
  >
const deadpool = fixture('movies_summary_extended-full__trakt-r.json')
const matrix = fixture('movies_summary_extended-full__flexget.json')
const breakingBad = fixture('shows_summary_extended-full__trakt-r.json')
const recordedReleases = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/movies_releases__trakt-r.json'), 'utf8'),
) as { country: string }[]

const db = createSeedDb({ now: NOW })
catalogServer()

describe('fixture-backed titles in the seed', () => {
  it("keeps Deadpool's real overview, tagline, genres, certification, runtime, release date and rating", () => {
    const movie = db.movies[190430]!
    expect(movie.overview).toBe(deadpool.overview)
    expect(movie.overview).toMatch(/^The origin story of former Special Forces operative/)
    expect(movie).toMatchObject({
      tagline: 'Feel the love.',
      genres: ['action', 'adventure', 'comedy', 'superhero'],
      certification: 'R',
      runtime: 108,
      released: '2016-02-12',
      votes: deadpool.votes,
      trailer: deadpool.trailer,
      homepage: deadpool.homepage,
    })
    expect(movie.rating).toBeCloseTo(deadpool.rating as number, 1)
  })

  it('keeps facts recorded for other movies and shows', () => {
    expect(db.movies[481]).toMatchObject({
      title: 'The Matrix',
      overview: matrix.overview,
      tagline: matrix.tagline,
      runtime: matrix.runtime,
    })
    expect(db.shows[1388]).toMatchObject({
      overview: breakingBad.overview,
      tagline: breakingBad.tagline,
      genres: breakingBad.genres,
      certification: breakingBad.certification,
      network: breakingBad.network,
      runtime: breakingBad.runtime,
    })
  })

  it('keeps real episode titles and overviews', () => {
    const pilot = Object.values(db.episodes).find(
      (e) => e.showId === 1390 && e.season === 1 && e.number === 1,
    )
    expect(pilot?.title).toBe('Winter Is Coming')
    expect(pilot?.overview).toMatch(
      /^Ned Stark, Lord of Winterfell learns that his mentor, Jon Arryn, has died/,
    )
  })

  it("serves Deadpool's recorded releases for every country, or one country's", async () => {
    const all = await call<{ country: string }[]>('/movies/deadpool-2016/releases')
    expect(all.status).toBe(200)
    expect(all.body).toHaveLength(recordedReleases.length)
    expect(new Set(all.body.map((r) => r.country)).size).toBeGreaterThan(10)
    const de = await call<{ country: string; certification: string }[]>('/movies/deadpool-2016/releases/de')
    expect(de.body.map((r) => [r.country, r.certification])).toEqual([
      ['de', '16'],
      ['de', '16'],
    ])
  })

  it("serves Deadpool's recorded studios", async () => {
    const studios = await call<{ name: string }[]>('/movies/deadpool-2016/studios')
    expect(studios.body.map((s) => s.name).slice(0, 3)).toEqual([
      '20th Century Fox',
      'Marvel Entertainment',
      "The Donners' Company",
    ])
  })

  it('serves every translation without a language, and one language with it', async () => {
    for (const path of ['/movies/deadpool-2016/translations', '/shows/breaking-bad/translations']) {
      const all = await call<{ language: string }[]>(path)
      expect(all.status, path).toBe(200)
      expect(new Set(all.body.map((t) => t.language)).size, path).toBeGreaterThan(2)
      const en = await call<{ language: string }[]>(`${path}/en`)
      expect(
        en.body.map((t) => t.language),
        path,
      ).toEqual(['en'])
    }
  })
})
