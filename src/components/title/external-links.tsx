import type { Ids } from '@/lib/media/read'

type ExternalLinksProps = {
  ids: Ids
  kind: 'movie' | 'tv' | 'person'
  trailer?: string | null
  homepage?: string | null
  /** A TMDB page the ids cannot build (an episode lives under its show's TMDB id). */
  tmdbUrl?: string | null
  /** For a person's IMDb page, or a show's season/episode: the path under the show. */
  title: string
}

const linkClass =
  'inline-flex h-8 items-center rounded-full border border-line bg-surface px-3 text-sm font-medium hover:bg-raised'

/** Trailer, homepage, IMDb and TMDB links; each says where it goes and opens in a new tab. */
export function ExternalLinks({ ids, kind, trailer, homepage, tmdbUrl, title }: ExternalLinksProps) {
  const links: { label: string; href: string }[] = []
  if (trailer) links.push({ label: 'Trailer', href: trailer })
  if (homepage) links.push({ label: 'Homepage', href: homepage })
  if (ids.imdb)
    links.push({
      label: 'IMDb',
      href: `https://www.imdb.com/${kind === 'person' ? 'name' : 'title'}/${ids.imdb}/`,
    })
  if (tmdbUrl !== undefined) {
    if (tmdbUrl) links.push({ label: 'TMDB', href: tmdbUrl })
  } else if (ids.tmdb) links.push({ label: 'TMDB', href: `https://www.themoviedb.org/${kind}/${ids.tmdb}` })
  if (links.length === 0) return null
  return (
    <ul aria-label="Links" className="flex flex-wrap gap-2">
      {links.map((link) => (
        <li key={link.label}>
          <a
            href={link.href}
            target="_blank"
            rel="noopener noreferrer"
            className={linkClass}
            aria-label={`${link.label}: ${title} (opens in a new tab)`}
          >
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  )
}
