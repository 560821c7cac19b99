import people from '../../fixtures/movies_people__trakt-r.json'
import { mapPeople } from '@/lib/media/map-people'

describe('mapPeople', () => {
  it('keeps characters and groups crew by department in Trakt order', () => {
    const result = mapPeople(people)
    expect(result.cast[0]).toMatchObject({
      person: { name: 'Ryan Reynolds', ids: { slug: 'ryan-reynolds' } },
      characters: ['Wade Wilson', 'Deadpool'],
    })
    expect(result.cast[0]!.person.headshot).toMatch(/^https:\/\//)
    const departments = result.crew.map((group) => group.department)
    expect(departments[0]).toBe('directing')
    expect(departments).toContain('costume & make-up')
    expect(result.guestStars).toEqual([])
  })

  it('falls back to the single character and job fields', () => {
    const result = mapPeople({
      cast: [{ character: 'Hal', person: { name: 'A', ids: {} } }],
      crew: { sound: [{ job: 'Mixer', person: { name: 'B' } }, { person: {} }] },
    })
    expect(result.cast[0]!.characters).toEqual(['Hal'])
    expect(result.crew).toEqual([
      { department: 'sound', members: [expect.objectContaining({ jobs: ['Mixer'] })] },
    ])
  })
})
