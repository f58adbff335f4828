import { defineConfig } from 'vite';

// Library mode builds the one-script bundle for CMS pages: every element, lit and d3 included.
// The per-module build for bundler users is tsc's (see scripts/build.js).
export default defineConfig({
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
      output: { minify: true },
    },
  },
});
