import { timeLeftLabel, timeLeftShort } from '@/features/checkin/lib/time-left'

describe('timeLeftLabel', () => {
  const end = Date.parse('2026-11-26T14:00:00.000Z')
  it('counts whole minutes, rounded up, until the end', () => {
    expect(timeLeftLabel('2026-11-26T14:00:00.000Z', end - (72 * 60_000 - 1))).toBe('1 h 12 min left')
    expect(timeLeftLabel('2026-11-26T14:00:00.000Z', end - 38 * 60_000)).toBe('38 min left')
    expect(timeLeftLabel('2026-11-26T14:00:00.000Z', end - 5_000)).toBe('1 min left')
    expect(timeLeftLabel('2026-11-26T14:00:00.000Z', end)).toBe('ending now')
    expect(timeLeftLabel('not a date', end)).toBe('ending now')
  })
})

describe('timeLeftShort', () => {
  const end = Date.parse('2026-11-26T14:00:00.000Z')
  it('says the same in a phone header’s room', () => {
    expect(timeLeftShort('2026-11-26T14:00:00.000Z', end - 72 * 60_000)).toBe('1h 12m')
    expect(timeLeftShort('2026-11-26T14:00:00.000Z', end - 38 * 60_000 + 1)).toBe('38m')
    expect(timeLeftShort('2026-11-26T14:00:00.000Z', end + 1)).toBe('0m')
  })
})
