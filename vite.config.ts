import { defineConfig } from 'vite';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.js';

// Library mode builds the one-script bundle for CMS pages: every element, lit and d3 included.
// One file, not a file plus chunks: the contract has it define every element on any page by the
// time it has run, and the CDN snippet's integrity hash then covers all of the code.
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
      // V8's explicit compile hint: compile every function while the script loads (off the
      // main thread when streamed), not lazily at its first call. Nearly all of the bundle
      // runs when a page's widgets render; compiling it then was a third of a big chart's time.
      output: { minify: true, postBanner: '//# allFunctionsCalledOnLoad' },
    },
  },
});
