import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Everything is served by the Hausakte server itself: no CDN, no remote fonts.
    assetsInlineLimit: 4096,
    chunkSizeWarningLimit: 400,
  },
  plugins: [
    // The app shell (and with it the filing form) opens without a connection; the Workbox runtime is bundled into dist.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css}'],
        navigateFallback: '/index.html',
        // API answers carry personal data and a user's token: never cached by the service worker.
        navigateFallbackDenylist: [/^\/api(\/|$)/],
        cleanupOutdatedCaches: true,
        // A new version takes over at the next page load, not only after every tab was closed: an old shell must not meet a newer API for long.
        skipWaiting: true,
        clientsClaim: true,
        runtimeCaching: [],
      },
    }),
  ],
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
