import { defineConfig } from 'vite';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.js';

// Library mode builds the one-script bundle for CMS pages: every element, lit and d3 included.
// The charts' dynamic import becomes a chunk next to it, fetched relative to the bundle's own URL;
// its name carries a content hash, so a cached chunk never meets a newer bundle.
// The per-module build for bundler users is tsc's (see scripts/build.js).
export default defineConfig({
  plugins: [minifyCssLiteralsPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/vagval-widgets.ts',
      formats: ['es'],
      fileName: () => 'vagval-widgets.js',
    },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, chunkFileNames: 'vagval-widgets-[name]-[hash].js' },
    },
  },
});
