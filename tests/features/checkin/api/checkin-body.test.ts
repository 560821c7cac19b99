import { checkInBody } from '@/features/checkin/api/checkin-body'
import { mapSharingSettings } from '@/features/checkin/api/sharing-queries'
import { readFixture } from '../../../support/fixtures'

const tron = { type: 'movie' as const, ids: { trakt: 12601 }, title: 'TRON: Legacy' }

describe('checkInBody', () => {
  it('checks in to a movie or an episode under its own key, as the reference examples do', () => {
    expect(checkInBody({ item: tron })).toEqual({ movie: { ids: { trakt: 12601 } } })
    expect(checkInBody({ item: { type: 'episode', ids: { trakt: 16 }, title: 'Pilot' } })).toEqual({
      episode: { ids: { trakt: 16 } },
    })
  })

  it('adds the trimmed message and the sharing choices only when there are any', () => {
    expect(
      checkInBody({ item: tron, message: '  Grid time  ', sharing: { mastodon: true, tumblr: false } }),
    ).toEqual({
      movie: { ids: { trakt: 12601 } },
      message: 'Grid time',
      sharing: { mastodon: true, tumblr: false },
    })
    expect(checkInBody({ item: tron, message: '   ', sharing: {} })).toEqual({
      movie: { ids: { trakt: 12601 } },
    })
  })
})

describe('mapSharingSettings (real /users/settings body)', () => {
  it('lists the connected networks a check-in can share to, and the "watching" text', () => {
    // The fixture has twitter, mastodon and google connected; only the first two can take a check-in.
    expect(mapSharingSettings(readFixture('users_settings__traktkit.json'))).toEqual({
      connected: ['twitter', 'mastodon'],
      watchingText: "I'm watching [item]",
    })
    expect(mapSharingSettings({})).toEqual({ connected: [], watchingText: null })
  })
})
