/** The Trakt hosts the tests' app talks to (the sandbox answers for them; nothing reaches the network). */
export const TEST_URLS = { apiUrl: 'https://api.trakt.tv', authUrl: 'https://auth.trakt.tv' }
