/*
 * Lakewise wizard service worker: after one visit, the wizard and its price
 * snapshot open with no network. Registered by src/islands/wizard/offline.ts
 * with the wizard pages as scopes, so only those pages are ever controlled.
 *
 * - Wizard pages: network first (a new build is picked up at once), the cached
 *   copy when the network fails.
 * - /_astro/ files: cache first; their names are content hashes, so a cached
 *   file never goes stale.
 * - The page posts the files it loaded ({ type: 'lakewise:cache', urls }),
 *   because the first visit fetched them before this worker was running.
 */
const CACHE = 'lakewise-wizard-v1';
const PAGES = ['/en/wizard/', '/pt-br/wizard/'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PAGES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('lakewise-wizard-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

function sameOriginPath(url) {
  const parsed = new URL(url, self.location.origin);
  return parsed.origin === self.location.origin ? parsed.pathname : null;
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'lakewise:cache' || !Array.isArray(data.urls)) return;
  const paths = data.urls
    .map(sameOriginPath)
    .filter((path) => path !== null && (path.startsWith('/_astro/') || PAGES.includes(path) || path === '/favicon.svg'));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(paths.map((path) => cache.match(path).then((hit) => (hit ? undefined : cache.add(path).catch(() => undefined)))))),
  );
});

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request.url);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request.url, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && PAGES.includes(url.pathname)) {
    event.respondWith(networkFirst(request, url.pathname));
  } else if (url.pathname.startsWith('/_astro/')) {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname === '/favicon.svg') {
    event.respondWith(networkFirst(request, url.pathname));
  }
});
