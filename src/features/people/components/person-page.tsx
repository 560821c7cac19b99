import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { useDocumentTitle } from '@/lib/use-document-title'
import { ageInYears, type Credits, type Person } from '../api/map-to-person'
import { personQueries } from '../api/person-queries'
import { capitalize, formatCalendarDate } from '@/lib/media/format'
import { ExternalLinks } from '@/components/title/external-links'
import { TitleQueryFallback } from '@/components/title/page-states'
import { QuerySection } from '@/components/title/section'
import { TitleHero, type Fact } from '@/components/title/title-hero'
import { ListsList } from '@/components/title/users-lists'
import { CreditList } from './credit-list'

/** /people/:slug — a person's biography and credits. */
export function PersonPage({ today }: { today?: Date } = {}) {
  const { slug = '' } = useParams()
  // The route's loader has already asked (and asks again on every visit): a failure it met is shown, not re-sent.
  const person = useQuery(personQueries.detail(slug))
  useDocumentTitle(person.data?.name)

  if (!person.isSuccess) return <TitleQueryFallback query={person} noun="person" />
  return <PersonView slug={slug} person={person.data} today={today ?? new Date()} />
}

function personFacts(person: Person, today: Date): Fact[] {
  const facts: Fact[] = []
  if (person.birthday) {
    const age = person.death ? null : ageInYears(person.birthday, today)
    facts.push({
      label: 'Born',
      value: (
        <>
          <time dateTime={person.birthday}>{formatCalendarDate(person.birthday)}</time>
          {age !== null ? ` (age ${age})` : ''}
        </>
      ),
    })
  }
  if (person.death) {
    const age = ageInYears(person.birthday, person.death)
    facts.push({
      label: 'Died',
      value: (
        <>
          <time dateTime={person.death}>{formatCalendarDate(person.death)}</time>
          {age !== null ? ` (aged ${age})` : ''}
        </>
      ),
    })
  }
  if (person.birthplace) facts.push({ label: 'Birthplace', value: person.birthplace })
  if (person.knownFor) facts.push({ label: 'Known for', value: capitalize(person.knownFor) })
  return facts
}

function PersonView({ slug, person, today }: { slug: string; person: Person; today: Date }) {
  const movies = useQuery(personQueries.movies(slug))
  const shows = useQuery(personQueries.shows(slug))
  const lists = useQuery(personQueries.lists(slug))

  return (
    <article className="space-y-10 pb-12">
      <TitleHero
        title={person.name}
        poster={person.headshot}
        fanart={person.fanart}
        facts={personFacts(person, today)}
        meta={<ExternalLinks ids={person.ids} kind="person" homepage={person.homepage} title={person.name} />}
      />

      {person.biography ? (
        <section aria-label="Biography" className="max-w-prose space-y-2 break-words">
          {person.biography.split(/\n+/).map((paragraph, index) => (
            <p key={index} className="leading-relaxed">
              {paragraph}
            </p>
          ))}
        </section>
      ) : null}

      <CreditsSection title="Movies" query={movies} />
      <CreditsSection title="Shows" query={shows} />

      <QuerySection
        title="Lists with this person"
        query={lists}
        isEmpty={(data) => data.lists.length === 0}
        emptyText="Not on any public lists yet."
        aside={
          lists.data && lists.data.total > lists.data.lists.length ? (
            <span className="text-sm text-muted">{lists.data.total} lists</span>
          ) : null
        }
      >
        {(data) => <ListsList lists={data.lists} />}
      </QuerySection>
    </article>
  )
}

function episodes(count: number | null): string {
  return count ? `${count} episode${count === 1 ? '' : 's'}` : ''
}

function CreditsSection({ title, query }: { title: 'Movies' | 'Shows'; query: UseQueryResult<Credits> }) {
  return (
    <QuerySection
      title={title}
      query={query}
      isEmpty={(data) => data.cast.length === 0 && data.crew.length === 0}
      emptyText={`No ${title.toLowerCase()} credits.`}
      skeletonClassName="h-64"
    >
      {(data) => (
        <div className="space-y-6">
          {data.cast.length > 0 ? (
            <div className="space-y-2">
              <h3 className="font-semibold">Acting</h3>
              <CreditList
                label={`${title}: acting`}
                rows={data.cast.map((role) => ({
                  media: role.media,
                  detail: [
                    role.characters.length > 0 ? `as ${role.characters.join(' / ')}` : '',
                    episodes(role.episodeCount),
                  ]
                    .filter(Boolean)
                    .join(' · '),
                }))}
              />
            </div>
          ) : null}
          {data.crew.map((group) => (
            <div key={group.department} className="space-y-2">
              <h3 className="font-semibold">{capitalize(group.department)}</h3>
              <CreditList
                label={`${title}: ${group.department}`}
                rows={group.roles.map((role) => ({
                  media: role.media,
                  detail: [role.jobs.join(', '), episodes(role.episodeCount)].filter(Boolean).join(' · '),
                }))}
              />
            </div>
          ))}
        </div>
      )}
    </QuerySection>
  )
}
