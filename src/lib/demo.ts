const DEMO_KEY = 'marquee.demo'

/** The in-app page that plays Trakt's authorization page in the demo (MSW cannot intercept a navigation). */
export const DEMO_AUTHORIZE_PATH = '/demo/oauth/authorize'
/** The in-app page where the demo user enters a device code. */
export const DEMO_ACTIVATE_PATH = '/demo/activate'

/** True when the app runs on the built-in sandbox instead of Trakt (`?demo=1`, or chosen earlier and not left). */
export function isDemoMode(): boolean {
  try {
    if (new URLSearchParams(window.location.search).get('demo') === '1') {
      localStorage.setItem(DEMO_KEY, '1')
      return true
    }
    return localStorage.getItem(DEMO_KEY) === '1'
  } catch {
    return false
  }
}

export function enterDemoMode(): void {
  localStorage.setItem(DEMO_KEY, '1')
}

export function leaveDemoMode(): void {
  localStorage.removeItem(DEMO_KEY)
}
