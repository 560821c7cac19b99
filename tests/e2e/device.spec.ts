import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, openDemo, test } from './support/fixtures'

test.describe('sign in with a code (device flow)', () => {
  test('approving the code on the activation page in another tab signs the first one in', async ({
    page,
    context,
    allowConsoleErrors,
    shot,
  }) => {
    // Trakt answers 400 while the code waits for approval; Chromium logs each poll.
    allowConsoleErrors(/Failed to load resource: the server responded with a status of 400/)
    await openDemo(page, '/signin')
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expectNoAxeViolations(page)
    await shot(page, 'signin')

    await page.getByRole('link', { name: 'Sign in with a code' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in with a code' })).toBeVisible()
    const codeRegion = page.getByRole('region', { name: 'Your code' })
    const code = codeRegion.getByText(/^[0-9A-Z]{8}$/)
    await expect(code).toBeVisible()
    await expect(codeRegion.getByRole('status')).toHaveText(/Waiting for you to approve/)
    await expect(codeRegion.getByRole('img', { name: /^QR code for / })).toBeVisible()
    const userCode = (await code.textContent()) ?? ''
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'signin-code')

    const activation = await context.newPage()
    const activationErrors: string[] = []
    activation.on('console', (message) => {
      if (message.type() === 'error') activationErrors.push(message.text())
    })
    await activation.goto(`${await codeRegion.getByRole('link').getAttribute('href')}`)
    await expect(activation.getByRole('heading', { level: 1, name: 'Activate a device' })).toBeVisible()
    await activation.getByRole('textbox', { name: 'Code shown on your device' }).fill(userCode.toLowerCase())
    await activation.getByRole('button', { name: 'Approve' }).click()
    await expect(activation.getByRole('status')).toHaveText(/Device connected/)
    await expectNoAxeViolations(activation)
    await shot(activation, 'demo-activate')
    await activation.close()

    // The first tab's next poll gets the token.
    await expect(page.getByRole('button', { name: /^Account: / })).toBeVisible({ timeout: 15_000 })
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in with a code' })).toHaveCount(0)
    expect(activationErrors).toEqual([])
  })

  test('the demo authorization page and signed-in recommendations have no axe violations', async ({
    page,
    shot,
  }) => {
    await openDemo(page, '/recommendations')
    await page.getByRole('banner').getByRole('button', { name: 'Sign in', exact: true }).click()
    await expect(page).toHaveURL(/\/demo\/oauth\/authorize/)
    await expect(page.getByRole('button', { name: 'Approve' })).toBeVisible()
    await expectNoAxeViolations(page)
    await shot(page, 'demo-authorize')
    await page.getByRole('button', { name: 'Approve' }).click()

    await expect(page).toHaveURL(/\/recommendations(\?|$)/)
    await expect(page.getByRole('heading', { level: 1, name: 'Recommendations' })).toBeVisible()
    const recommended = page.getByRole('list', { name: 'Recommended movies' })
    await expect(recommended.getByRole('listitem').first()).toBeVisible()
    await expect(recommended.getByRole('button', { name: /^Hide / }).first()).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'recommendations')
  })
})
