import { defineConfig } from 'vite';

export default defineConfig({
  // Relative URLs: the app serves the page under /graphql/ui/, and the same build works under any prefix.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco (GraphiQL's editor) is one large chunk by design; the page is a developer tool served from the app.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // React libraries mark modules "use client"; that means nothing in a client-only bundle, and it floods the build log.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
  },
  test: {
    include: ['test/**/*.test.js'],
  },
});
