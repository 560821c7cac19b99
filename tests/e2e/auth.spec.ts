import { expect, openDemo, signInToDemo, test } from './support/fixtures'

test.describe('sign in with Trakt (sandbox)', () => {
  test('signs in through the authorization page and returns to where the user started', async ({ page }) => {
    await openDemo(page, '/watchlist')
    await page.getByRole('button', { name: 'Sign in with Trakt' }).first().click()
    await expect(page).toHaveURL(/\/demo\/oauth\/authorize\?/)
    const url = new URL(page.url())
    expect(url.searchParams.get('code_challenge_method')).toBe('S256')
    expect(url.searchParams.get('response_type')).toBe('code')
    expect(url.searchParams.get('redirect_uri')).toMatch(/\/auth\/callback$/)
    await page.getByRole('button', { name: 'Approve' }).click()
    await expect(page).toHaveURL(/\/watchlist(\?demo=1)?$/)
    // The code and state never stay in the address bar.
    expect(page.url()).not.toMatch(/code=|state=/)
    await expect(page.getByRole('button', { name: /^Account: / })).toBeVisible()
  })

  test('explains denied consent', async ({ page }) => {
    await openDemo(page, '/discover')
    await page.goto('/signin')
    await page.getByRole('button', { name: 'Sign in with Trakt' }).click()
    await page.getByRole('button', { name: 'Deny' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'You chose not to connect Marquee to Trakt' }),
    ).toBeVisible()
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
  })

  test('refuses a callback whose state does not match', async ({ page }) => {
    await openDemo(page, '/discover')
    await page.goto('/signin')
    await page.getByRole('button', { name: 'Sign in with Trakt' }).click()
    await expect(page).toHaveURL(/\/demo\/oauth\/authorize/)
    await page.goto('/auth/callback?code=forged-code&state=not-the-state-we-sent')
    await expect(
      page.getByRole('heading', { level: 1, name: 'This sign-in could not be verified' }),
    ).toBeVisible()
    await expect(page.getByRole('button', { name: /^Account: / })).toHaveCount(0)
  })

  test('signs out, revoking the token at the server', async ({ page }) => {
    await signInToDemo(page)
    const token = await page.evaluate(() => {
      const raw = localStorage.getItem('marquee.demo.session')
      return (JSON.parse(raw ?? '{}') as { tokens?: { access_token?: string } }).tokens?.access_token ?? ''
    })
    expect(token).not.toBe('')
    const sandboxHolds = (t: string) =>
      page.evaluate(
        (t) =>
          t in
          (
            window as unknown as {
              __marqueeSandbox: { store: { db: { oauth: { accessTokens: Record<string, unknown> } } } }
            }
          ).__marqueeSandbox.store.db.oauth.accessTokens,
        t,
      )
    expect(await sandboxHolds(token)).toBe(true)

    const revoke = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/oauth/revoke'))
    await page.getByRole('button', { name: /^Account: / }).click()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('button', { name: 'Sign in' }).first()).toBeVisible()
    // The app asked Trakt to revoke this very token, and the server no longer accepts it.
    expect(new URLSearchParams((await revoke).postData() ?? '').get('token')).toBe(token)
    await expect.poll(() => sandboxHolds(token)).toBe(false)
  })
})
