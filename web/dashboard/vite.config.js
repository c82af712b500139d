import { defineConfig } from 'vite';
import { persistedDocumentIds } from './persisted-documents.js';

export default defineConfig({
  // Relative URLs: the app serves the page under /dashboard/, and the same build works under any prefix.
  base: './',
  // The page sends only the API's persisted documents, by hash, taken here from the same files the host embeds.
  define: { __PERSISTED_DOCUMENTS__: JSON.stringify(persistedDocumentIds()) },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts is one large chunk by design.
    chunkSizeWarningLimit: 2000,
  },
  test: {
    include: ['test/**/*.test.js'],
  },
});
