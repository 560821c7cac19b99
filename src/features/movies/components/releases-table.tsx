import { capitalize, formatCalendarDate } from '@/lib/media/format'
import { countryName } from '@/lib/media/display-names'
import type { CountryReleases } from '../api/map-to-movie'

/** The user's country first, then the rest by their name in the user's language. */
export function orderReleases(countries: CountryReleases[], userCountry: string): CountryReleases[] {
  const home = userCountry.toLowerCase()
  return [...countries].sort(
    (a, b) =>
      Number(b.country === home) - Number(a.country === home) ||
      countryName(a.country).localeCompare(countryName(b.country)),
  )
}

/**
 * Release dates in every country as one compact table (a row group per country, the user's own first); a long
 * table scrolls inside its box rather than pushing the page down.
 */
export function ReleasesTable({
  countries,
  userCountry,
}: {
  countries: CountryReleases[]
  userCountry: string
}) {
  const ordered = orderReleases(countries, userCountry)
  return (
    <div
      className="max-h-96 overflow-auto rounded-card border border-line bg-surface"
      tabIndex={0}
      role="region"
      aria-label="Release dates by country"
    >
      <table className="w-full text-sm">
        <caption className="sr-only">Release dates by country</caption>
        <thead className="sticky top-0 bg-surface">
          <tr className="text-muted">
            <th scope="col" className="px-3 py-2 text-start font-medium">
              Country
            </th>
            <th scope="col" className="px-3 py-2 text-start font-medium">
              Certification
            </th>
            <th scope="col" className="px-3 py-2 text-start font-medium">
              Type
            </th>
            <th scope="col" className="px-3 py-2 text-start font-medium">
              Date
            </th>
          </tr>
        </thead>
        {ordered.map((group) => (
          <tbody
            key={group.country}
            data-home={group.country === userCountry.toLowerCase() || undefined}
            className="border-t border-line data-home:bg-raised"
          >
            {group.releases.map((release, index) => (
              <tr key={`${release.type ?? ''}-${release.date ?? ''}-${index}`}>
                {index === 0 ? (
                  <th
                    scope="rowgroup"
                    rowSpan={group.releases.length}
                    className="px-3 py-1 text-start align-top font-medium"
                  >
                    {countryName(group.country)}
                  </th>
                ) : null}
                <td className="px-3 py-1">{release.certification ?? '–'}</td>
                <td className="px-3 py-1">
                  {release.type ? capitalize(release.type) : '–'}
                  {release.note ? <span className="text-muted"> · {release.note}</span> : null}
                </td>
                <td className="px-3 py-1 whitespace-nowrap">
                  {release.date ? (
                    <time dateTime={release.date}>{formatCalendarDate(release.date)}</time>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  )
}
