import { capitalize, countryName, formatCalendarDate } from '@/lib/media/format'
import type { CountryReleases } from '../api/map-to-movie'

/** Releases by country as a table with headers; long tables scroll inside their box on a phone. */
export function ReleasesTable({ countries }: { countries: CountryReleases[] }) {
  return (
    <details className="rounded-card border border-line bg-surface px-4 py-2">
      <summary className="cursor-pointer font-medium">
        {countries.length === 1 ? `${countries[0]!.releases.length} release dates` : `Release dates in ${countries.length} countries`}
      </summary>
      <div className="mt-2 max-h-96 overflow-auto">
        <table className="w-full text-start text-sm">
          <caption className="sr-only">Release dates by country</caption>
          <thead>
            <tr className="text-muted">
              <th scope="col" className="py-1 pe-3 text-start font-medium">Country</th>
              <th scope="col" className="py-1 pe-3 text-start font-medium">Date</th>
              <th scope="col" className="py-1 pe-3 text-start font-medium">Type</th>
              <th scope="col" className="py-1 pe-3 text-start font-medium">Certification</th>
              <th scope="col" className="py-1 text-start font-medium">Note</th>
            </tr>
          </thead>
          <tbody>
            {countries.flatMap((group) =>
              group.releases.map((release, index) => (
                <tr key={`${group.country}-${index}`} className="border-t border-line">
                  {index === 0 ? (
                    <th scope="rowgroup" rowSpan={group.releases.length} className="py-1 pe-3 text-start align-top font-medium">
                      {countryName(group.country)}
                    </th>
                  ) : null}
                  <td className="py-1 pe-3 whitespace-nowrap">
                    {release.date ? <time dateTime={release.date}>{formatCalendarDate(release.date)}</time> : '–'}
                  </td>
                  <td className="py-1 pe-3">{release.type ? capitalize(release.type) : '–'}</td>
                  <td className="py-1 pe-3">{release.certification ?? '–'}</td>
                  <td className="py-1">{release.note ?? ''}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </details>
  )
}
