import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [
    { from: '../data', to: '/data' },
    // The Kolada stories' offline stand-in, at the path the test runner serves it at too.
    { from: '../stories/kolada-stand-in', to: '/stories/kolada-stand-in' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // One copy of Lit in the dev server (otherwise "Multiple versions of Lit loaded").
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/context'],
    };
    return viteConfig;
  },
};

export default config;
