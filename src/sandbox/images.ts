import { http, HttpResponse, type RequestHandler } from 'msw'
import type { Images } from './db/types'
import type { SandboxStore } from './store'

/**
 * The sandbox is offline, so its image URLs point at a host nobody owns (`.invalid`) with Trakt's own
 * path shape (`/images/<kind>/000/190/430/<type>s/medium/<hash>.svg`); an MSW handler draws an SVG for it.
 */
export const SANDBOX_IMAGE_HOST = 'media.sandbox-trakt.invalid'

export type ImageKind = 'movies' | 'shows' | 'seasons' | 'episodes' | 'people' | 'users'
type ImageType = keyof Images | 'avatar'

function idPath(id: number): string {
  const padded = String(id).padStart(9, '0')
  return `${padded.slice(0, 3)}/${padded.slice(3, 6)}/${padded.slice(6, 9)}`
}

function hash(kind: string, id: number, type: string): string {
  let h = 2166136261
  for (const ch of `${kind}:${id}:${type}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619)
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, 10)
}

/** One scheme-less image URL, as Trakt sends them. */
export function imageUrl(
  kind: ImageKind,
  id: number,
  type: ImageType,
  size: 'thumb' | 'medium' | 'full' = 'medium',
): string {
  return `${SANDBOX_IMAGE_HOST}/images/${kind}/${idPath(id)}/${type}s/${size}/${hash(kind, id, type)}.svg`
}

const KIND_TYPES: Record<Exclude<ImageKind, 'users'>, (keyof Images)[]> = {
  movies: ['poster', 'fanart', 'logo', 'clearart', 'banner', 'thumb'],
  shows: ['poster', 'fanart', 'logo', 'clearart', 'banner', 'thumb'],
  seasons: ['poster', 'thumb'],
  episodes: ['screenshot'],
  people: ['headshot', 'fanart'],
}

/** The `images` object of a seeded record. */
export function imagesFor(kind: Exclude<ImageKind, 'users'>, id: number): Images {
  return Object.fromEntries(KIND_TYPES[kind].map((type) => [type, [imageUrl(kind, id, type)]]))
}

const SIZES: Record<string, [number, number]> = {
  posters: [300, 450],
  fanarts: [640, 360],
  banners: [758, 140],
  thumbs: [500, 281],
  screenshots: [400, 225],
  headshots: [300, 450],
  avatars: [256, 256],
  logos: [400, 155],
  cleararts: [500, 281],
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('')
}

/** Wraps a title into lines of about `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.slice(0, 4)
}

/** Draws the SVG for one image: a colour from the id, the title (or initials for faces). */
export function renderImageSvg(kind: string, id: number, type: string, label: string, subtitle = ''): string {
  const [w, h] = SIZES[type] ?? [300, 450]
  const hue = (id * 137) % 360
  const bg = `hsl(${hue} 45% 28%)`
  const bg2 = `hsl(${(hue + 40) % 360} 55% 14%)`
  const isFace = type === 'headshots' || type === 'avatars'
  const transparent = type === 'logos' || type === 'cleararts'
  const fontSize = Math.round(Math.min(w, h) / (isFace ? 3 : 11))
  // Backdrops sit behind the page's own title and facts: shapes only, no text to collide with them.
  const isBackdrop = type === 'fanarts'
  const lines = isBackdrop
    ? []
    : isFace
      ? [initials(label)]
      : wrap(label, Math.max(8, Math.floor(w / (fontSize * 0.6))))
  const startY = h / 2 - ((lines.length - 1) * fontSize * 1.2) / 2
  const text = lines
    .map((l, i) => `<tspan x="${w / 2}" y="${startY + i * fontSize * 1.2}">${escapeXml(l)}</tspan>`)
    .join('')
  const shapes = isBackdrop
    ? [0, 1, 2]
        .map(
          (i) =>
            `<circle cx="${((id * (i + 3) * 53) % w).toFixed(0)}" cy="${((id * (i + 5) * 31) % h).toFixed(0)}" r="${h / (2 + i)}" fill="hsl(${(hue + 60 * i) % 360} 50% 40% / 0.25)"/>`,
        )
        .join('')
    : ''
  const sub =
    subtitle && !isBackdrop
      ? `<text x="${w / 2}" y="${h - fontSize}" font-size="${Math.round(fontSize * 0.6)}" fill="#ddd" text-anchor="middle" font-family="sans-serif">${escapeXml(subtitle)}</text>`
      : ''
  const background = transparent
    ? ''
    : `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${bg}"/><stop offset="1" stop-color="${bg2}"/></linearGradient></defs><rect width="${w}" height="${h}" fill="url(#g)"/>`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" data-kind="${kind}" data-id="${id}">${background}${shapes}<text font-size="${fontSize}" fill="#fff" text-anchor="middle" dominant-baseline="middle" font-family="sans-serif" font-weight="bold">${text}</text>${sub}</svg>`
}

/** The label an image shows, looked up from its path's kind and trakt id. */
function labelFor(store: SandboxStore, kind: string, id: number): [string, string] | null {
  const db = store.db
  switch (kind) {
    case 'movies': {
      const m = db.movies[id]
      return m ? [m.title, String(m.year ?? '')] : null
    }
    case 'shows': {
      const s = db.shows[id]
      return s ? [s.title, String(s.year ?? '')] : null
    }
    case 'seasons': {
      const s = db.seasons[id]
      const show = s && db.shows[s.showId]
      return s && show ? [show.title, s.title] : null
    }
    case 'episodes': {
      const e = db.episodes[id]
      const show = e && db.shows[e.showId]
      return e && show ? [e.title || `Episode ${e.number}`, `${show.title} ${e.season}x${e.number}`] : null
    }
    case 'people': {
      const p = db.people[id]
      return p ? [p.name, ''] : null
    }
    case 'users': {
      const u = Object.values(db.users).find((x) => x.ids.trakt === id)
      return u ? [u.name || u.username, ''] : null
    }
    default:
      return null
  }
}

/** Serves the generated SVGs for every sandbox image URL. */
export function imageHandlers(store: SandboxStore): RequestHandler[] {
  return [
    http.get(`https://${SANDBOX_IMAGE_HOST}/images/*`, ({ request }) => {
      const match = /\/images\/(\w+)\/(\d{3})\/(\d{3})\/(\d{3})\/(\w+)\//.exec(new URL(request.url).pathname)
      if (!match) return new HttpResponse(null, { status: 404 })
      const [, kind, a, b, c, type] = match
      const id = Number(`${a}${b}${c}`)
      const label = labelFor(store, kind!, id)
      if (!label) return new HttpResponse(null, { status: 404 })
      const svg = renderImageSvg(
        kind!,
        id,
        type!,
        label[0],
        type === 'posters' || type === 'screenshots' ? label[1] : '',
      )
      return new HttpResponse(svg, {
        headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' },
      })
    }),
  ]
}
