/*
 * The demo's service worker: msw's worker (public/mockServiceWorker.js, generated, never edited) plus one rule.
 * In the demo the sandbox in the page answers Trakt's hosts; no request of a demo page may reach another host.
 * msw lets a request through to the network when the page that sent it is already gone (a page being left still
 * loads its images and queries) or has said it is closing. For the pages that turned mocking on with this worker,
 * such a request to another origin gets a network error instead.
 */
/* eslint-disable */

const demoClientIds = new Set()

addEventListener('message', function (event) {
  const id = event.source && event.source.id
  if (event.data === 'MOCK_ACTIVATE' && id) demoClientIds.add(id)
})

const crossOrigin = function (url) {
  return new URL(url, self.location.href).origin !== self.location.origin
}

// msw answers a request it lets through with fetch() from here; a demo page's request never goes out this way.
const networkFetch = self.fetch.bind(self)
self.fetch = function (input, init) {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  if (demoClientIds.size > 0 && crossOrigin(url)) {
    return Promise.resolve(Response.error())
  }
  return networkFetch(input, init)
}

importScripts('./mockServiceWorker.js')

// Runs after msw's listener: a request msw did not take (a page that has said it is closing) is answered here.
addEventListener('fetch', function (event) {
  if (event.request.mode === 'navigate' || !demoClientIds.has(event.clientId)) return
  if (!crossOrigin(event.request.url)) return
  try {
    event.respondWith(Response.error())
  } catch (alreadyAnswered) {
    // msw answered it.
  }
})
