import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vite';

// The page sends only the API's persisted documents, by hash: the hashes are taken here from the same files the
// host embeds, so a document changed on one side cannot drift from the other.
const documentsDir = path.resolve(import.meta.dirname, '../GraphQL/PersistedDocuments');
const persistedDocuments = Object.fromEntries(readdirSync(documentsDir)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => [path.basename(file, '.graphql'), `sha256:${createHash('sha256').update(readFileSync(path.join(documentsDir, file))).digest('hex')}`]));

export default defineConfig({
  // Relative URLs: the app serves the page under /dashboard/, and the same build works under any prefix.
  base: './',
  define: { __PERSISTED_DOCUMENTS__: JSON.stringify(persistedDocuments) },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts is one large chunk by design.
    chunkSizeWarningLimit: 2000,
  },
});
