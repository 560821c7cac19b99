import { useState } from 'react'
import { Link } from 'react-router'
import { Button } from '@/components/ui/button'
import { Poster } from '@/components/ui/poster'
import { capitalize } from '@/lib/media/format'
import { imageAt } from '@/lib/media/images'
import type { CastCredit, CrewDepartment, PersonRef } from '@/lib/media/map-people'

const CAST_PREVIEW = 12

function personHref(person: PersonRef): string | null {
  const id = person.ids.slug ?? person.ids.trakt
  return id === null ? null : `/people/${id}`
}

function PersonName({ person }: { person: PersonRef }) {
  const href = personHref(person)
  return href ? (
    <Link to={href} className="font-medium hover:underline">
      {person.name}
    </Link>
  ) : (
    <span className="font-medium">{person.name}</span>
  )
}

function episodes(count: number | null): string {
  return count ? ` · ${count} episode${count === 1 ? '' : 's'}` : ''
}

/** Cast cards with headshots; the first dozen, then a button for the rest. */
export function CastList({ cast, label = 'Cast' }: { cast: CastCredit[]; label?: string }) {
  const [isExpanded, setIsExpanded] = useState(false)
  const shown = isExpanded ? cast : cast.slice(0, CAST_PREVIEW)
  return (
    <div className="space-y-3">
      <ul aria-label={label} className="grid grid-cols-3 gap-3 sm:grid-cols-4 md:grid-cols-6">
        {shown.map((credit, index) => {
          const headshot = imageAt(credit.person.headshot, 'thumb')
          return (
            <li key={`${credit.person.ids.trakt ?? credit.person.name}-${index}`} className="min-w-0 text-sm">
              <Poster
                images={headshot ? [headshot] : null}
                title={credit.person.name}
                decorative
                size="thumb"
              />
              <p className="mt-1 truncate">
                <PersonName person={credit.person} />
              </p>
              {credit.characters.length > 0 || credit.episodeCount ? (
                <p className="line-clamp-2 text-muted">
                  {credit.characters.join(' / ')}
                  {episodes(credit.episodeCount)}
                </p>
              ) : null}
            </li>
          )
        })}
      </ul>
      {cast.length > CAST_PREVIEW ? (
        <Button
          variant="secondary"
          size="sm"
          aria-expanded={isExpanded}
          onClick={() => setIsExpanded((value) => !value)}
        >
          {isExpanded ? `Show fewer` : `Show all ${cast.length}`}
        </Button>
      ) : null}
    </div>
  )
}

/** Crew grouped by department, each with its own h3. */
export function CrewList({ crew }: { crew: CrewDepartment[] }) {
  return (
    <div className="gap-6 sm:columns-2 lg:columns-3">
      {crew.map((group) => (
        <div key={group.department} className="mb-4 min-w-0 break-inside-avoid">
          <h3 className="mb-1 font-semibold">{capitalize(group.department)}</h3>
          <ul className="space-y-0.5 text-sm">
            {group.members.map((member, index) => (
              <li key={`${member.person.ids.trakt ?? member.person.name}-${index}`}>
                <PersonName person={member.person} />
                {member.jobs.length > 0 ? (
                  <span className="text-muted"> — {member.jobs.join(', ')}</span>
                ) : null}
                <span className="text-muted">{episodes(member.episodeCount)}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}
