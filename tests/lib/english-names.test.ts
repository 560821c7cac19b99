import { englishName, englishNameCodes } from '@/lib/english-names'

describe('English names of countries and languages', () => {
  it('names the common countries and languages as Intl.DisplayNames does in English', () => {
    for (const type of ['region', 'language'] as const) {
      expect(englishNameCodes(type).length).toBeGreaterThan(10)
      for (const locale of ['en-US', 'en-GB']) {
        const names = new Intl.DisplayNames(locale, { type })
        for (const code of englishNameCodes(type)) expect(englishName(type, code)).toBe(names.of(code))
      }
    }
    expect(englishName('region', 'TR')).toBeNull()
  })
})
