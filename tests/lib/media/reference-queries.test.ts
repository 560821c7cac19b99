import certifications from '../../fixtures/certifications_movies__trakt-rust.json'
import { mapCertifications } from '@/lib/media/reference-queries'

describe('mapCertifications', () => {
  it('reads the US certifications in Trakt order', () => {
    expect(mapCertifications(certifications).map((c) => c.value)).toEqual(['g', 'pg', 'pg-13', 'r', 'nr'])
  })

  it('tolerates an unexpected body', () => {
    expect(mapCertifications(null)).toEqual([])
    expect(mapCertifications({ us: null })).toEqual([])
  })
})
