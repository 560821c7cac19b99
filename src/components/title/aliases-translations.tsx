import { countryName, languageName } from '@/lib/media/display-names'
import type { Alias, Translation } from '@/lib/media/map-translations'

/** Other titles, in a closed disclosure so a long list does not push the page down. */
export function AliasesDisclosure({ aliases }: { aliases: Alias[] }) {
  return (
    <details className="rounded-card border border-line bg-surface px-4 py-2">
      <summary className="cursor-pointer font-medium">Also known as ({aliases.length})</summary>
      <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
        {aliases.map((alias, index) => (
          <li key={`${alias.country}-${alias.title}-${index}`}>
            <span>{alias.title}</span>
            {alias.country ? <span className="text-muted"> · {countryName(alias.country)}</span> : null}
          </li>
        ))}
      </ul>
    </details>
  )
}

/** The user's language first, then the rest by their name in the user's language. */
function orderTranslations(translations: Translation[], userLanguage: string): Translation[] {
  const home = userLanguage.toLowerCase()
  return [...translations].sort(
    (a, b) =>
      Number(b.language === home) - Number(a.language === home) ||
      languageName(a.language).localeCompare(languageName(b.language)),
  )
}

/** Translated titles, taglines and overviews in every language, the user's first, each marked with its language. */
export function TranslationsDisclosure({
  translations,
  userLanguage,
}: {
  translations: Translation[]
  userLanguage: string
}) {
  const languages = new Set(translations.map((item) => item.language)).size
  return (
    <details className="rounded-card border border-line bg-surface px-4 py-2">
      <summary className="cursor-pointer font-medium">
        {languages === 1
          ? `${languageName(translations[0]!.language)} translation`
          : `Translations in ${languages} languages`}
      </summary>
      <ul className="mt-2 max-h-[32rem] space-y-3 overflow-auto text-sm">
        {orderTranslations(translations, userLanguage).map((item, index) => {
          const lang = item.country ? `${item.language}-${item.country.toUpperCase()}` : item.language
          return (
            <li key={`${lang}-${index}`}>
              <p className="text-xs uppercase tracking-wide text-muted">
                {languageName(item.language)}
                {item.country ? ` (${countryName(item.country)})` : ''}
              </p>
              <div lang={lang}>
                {item.title ? <p className="font-medium">{item.title}</p> : null}
                {item.tagline ? <p className="italic">{item.tagline}</p> : null}
                {item.overview ? <p className="text-muted">{item.overview}</p> : null}
              </div>
            </li>
          )
        })}
      </ul>
    </details>
  )
}
