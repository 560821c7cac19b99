// Browser tests drive the system Chromium. Install it when it is missing and we can (Debian, root); otherwise say how.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = existsSync('/usr/bin/apt-get')
  if (isRoot && hasApt) {
    console.log(`Chromium not found at ${CHROMIUM}: installing it with apt-get (about 30 s) ...`)
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    })
  } else {
    console.error(
      `The browser tests need Chromium at ${CHROMIUM}.\n` +
        (hasApt
          ? 'Install it with:  sudo apt-get install -y chromium\n'
          : 'Install Chromium from your system packages,\n') +
        'or point CHROMIUM_PATH at an existing Chromium or Chrome binary. (Marquee never downloads a browser.)',
    )
    process.exit(1)
  }
}
