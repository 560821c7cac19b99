import { localAirTime } from '@/features/shows/components/air-time'

describe('localAirTime', () => {
  const airs = { day: 'Sunday', time: '21:00', timezone: 'America/New_York' }
  const winter = new Date('2026-01-14T12:00:00Z')
  const summer = new Date('2026-07-15T12:00:00Z')

  it('converts the show zone to the user zone, weekday included', () => {
    expect(localAirTime(airs, { timeZone: 'Europe/Berlin', now: winter })).toMatch(/^Mondays at 3:00\sAM$/)
    expect(localAirTime(airs, { timeZone: 'Asia/Tokyo', now: summer })).toMatch(/^Mondays at 10:00\sAM$/)
    expect(localAirTime(airs, { timeZone: 'America/New_York', now: summer })).toMatch(/^Sundays at 9:00\sPM$/)
  })

  it('gives nothing when Trakt leaves a part out', () => {
    expect(localAirTime({ day: null, time: '21:00', timezone: 'America/New_York' })).toBeNull()
    expect(localAirTime({ day: 'Sunday', time: null, timezone: null })).toBeNull()
  })
})
