import { omitTrailingParams } from '@/lib/media/trailing-params'
import { TEST_URLS } from '../../support/sandbox-server'

const API = TEST_URLS.apiUrl

describe('omitTrailingParams', () => {
  it('fills the given parameters and drops the unset ones at the end of the path', () => {
    expect(omitTrailingParams(`${API}/movies/{id}/releases/{country}`, { id: 'deadpool-2016' })).toBe(
      `${API}/movies/deadpool-2016/releases`,
    )
    expect(
      omitTrailingParams(`${API}/movies/{id}/releases/{country}`, {
        id: 'deadpool-2016',
        country: 'de',
      }),
    ).toBe(`${API}/movies/deadpool-2016/releases/de`)
    expect(
      omitTrailingParams(`${API}/shows/{id}/seasons/{season}/episodes/{episode}/translations/{language}`, {
        id: 'x',
        season: 1,
        episode: 2,
      }),
    ).toBe(`${API}/shows/x/seasons/1/episodes/2/translations`)
  })
})
