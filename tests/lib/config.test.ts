import { DEFAULT_CLIENT_ID, parseConfig } from '@/lib/config'

describe('parseConfig', () => {
  it('uses Trakt production hosts and the public client id by default', () => {
    expect(parseConfig({})).toEqual({
      ok: true,
      config: {
        clientId: DEFAULT_CLIENT_ID,
        apiUrl: 'https://api.trakt.tv',
        authUrl: 'https://auth.trakt.tv',
        getBudget: 1000,
      },
    })
  })

  it('accepts staging and a smaller GET budget', () => {
    const result = parseConfig({
      VITE_TRAKT_API_URL: 'https://api-staging.trakt.tv/',
      VITE_TRAKT_GET_BUDGET: '500',
    })
    expect(result).toMatchObject({
      ok: true,
      config: { apiUrl: 'https://api-staging.trakt.tv', getBudget: 500 },
    })
  })

  it('explains every invalid value', () => {
    const result = parseConfig({
      VITE_TRAKT_CLIENT_ID: 'abc',
      VITE_TRAKT_API_URL: 'not a url',
      VITE_TRAKT_AUTH_URL: 'http://auth.example.com',
      VITE_TRAKT_GET_BUDGET: 'lots',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toHaveLength(4)
    expect(result.problems[0]).toMatch(/VITE_TRAKT_CLIENT_ID/)
    expect(result.problems[1]).toMatch(/VITE_TRAKT_API_URL must be a full URL/)
    expect(result.problems[2]).toMatch(/VITE_TRAKT_AUTH_URL must be an https/)
    expect(result.problems[3]).toMatch(/VITE_TRAKT_GET_BUDGET/)
  })

  it('refuses a client secret outright', () => {
    const result = parseConfig({ VITE_TRAKT_CLIENT_SECRET: 'x' })
    expect(result).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/never ship a client secret/)],
    })
  })
})
