import { personQueries } from '@/features/people/api/person-queries'

describe('personQueries', () => {
  it('keys queries from general to specific', () => {
    expect(personQueries.detail('bryan-cranston').queryKey).toEqual(['people', 'detail', 'bryan-cranston'])
    expect(personQueries.movies('bryan-cranston').queryKey).toEqual(['people', 'movies', 'bryan-cranston'])
  })
})
