import { handLocale } from '@/lib/english-formats'

// The countries and languages most titles on Trakt come from, named as Intl.DisplayNames names them in English.
const ENGLISH_NAMES: Record<'region' | 'language', Readonly<Record<string, string>>> = {
  region: {
    US: 'United States',
    GB: 'United Kingdom',
    CA: 'Canada',
    AU: 'Australia',
    NZ: 'New Zealand',
    IE: 'Ireland',
    FR: 'France',
    DE: 'Germany',
    ES: 'Spain',
    IT: 'Italy',
    JP: 'Japan',
    KR: 'South Korea',
    CN: 'China',
    IN: 'India',
    SE: 'Sweden',
    DK: 'Denmark',
    NO: 'Norway',
    NL: 'Netherlands',
    BE: 'Belgium',
    MX: 'Mexico',
    BR: 'Brazil',
  },
  language: {
    en: 'English',
    ja: 'Japanese',
    ko: 'Korean',
    fr: 'French',
    es: 'Spanish',
    de: 'German',
    it: 'Italian',
    zh: 'Chinese',
    hi: 'Hindi',
    pt: 'Portuguese',
    ru: 'Russian',
    sv: 'Swedish',
    da: 'Danish',
    no: 'Norwegian',
    nl: 'Dutch',
    pl: 'Polish',
  },
}

/** The English name of a common country (`US`) or language (`en`) when the browser's language is English; else null. */
export function englishName(type: 'region' | 'language', code: string): string | null {
  return handLocale(undefined) ? (ENGLISH_NAMES[type][code] ?? null) : null
}

/** The codes {@link englishName} knows (for the test that holds them to Intl). */
export const englishNameCodes = (type: 'region' | 'language') => Object.keys(ENGLISH_NAMES[type])
