// The analyzer lists modules in the order the file system returns them, which differs
// between checkouts; sorting by path keeps the committed manifest comparable everywhere.
const sortModules = {
  name: 'sort-modules-by-path',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [sortModules],
};
