import translations from '../../fixtures/movies_translations__trakt-r.json'
import aliases from '../../fixtures/movies_aliases__trakt-r.json'
import { mapAliases, mapTranslations } from '@/lib/media/map-translations'

describe('mapTranslations and mapAliases', () => {
  it('drops empty translations and duplicate aliases', () => {
    expect(mapTranslations(translations).length).toBeGreaterThan(0)
    expect(mapTranslations([{ language: 'ar', title: null, overview: null, tagline: null }])).toEqual([])
    const twice = mapAliases([...aliases, ...aliases])
    expect(twice).toHaveLength(mapAliases(aliases).length)
  })
})
