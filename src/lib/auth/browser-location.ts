/** Leaves the app for `url` (a full-page navigation). Its own module so tests can replace it. */
export function assignLocation(url: string): void {
  window.location.assign(url)
}

/** The page's origin (the redirect URI and the demo pages live here). */
export function currentOrigin(): string {
  return window.location.origin
}
