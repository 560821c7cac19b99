import { countryName, languageName } from '@/lib/media/format'
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

/** Translated titles, taglines and overviews, each marked with its language for screen readers. */
export function TranslationsDisclosure({ translations }: { translations: Translation[] }) {
  return (
    <details className="rounded-card border border-line bg-surface px-4 py-2">
      <summary className="cursor-pointer font-medium">Translations ({translations.length})</summary>
      <ul className="mt-2 space-y-3 text-sm">
        {translations.map((item, index) => {
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
