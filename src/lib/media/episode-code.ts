const pad = (n: number) => String(n).padStart(2, '0')

/** `S01E02`: an episode by its place, in compact labels. */
export function episodeCode(season: number, number: number): string {
  return `S${pad(season)}E${pad(number)}`
}
