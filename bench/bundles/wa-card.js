// Web Awesome's card, cherry-picked, with its default theme (the design tokens it needs).
import '@awesome.me/webawesome/dist/components/card/card.js';
import theme from '@awesome.me/webawesome/dist/styles/themes/default.css?inline';

document.head.append(Object.assign(document.createElement('style'), { textContent: theme }));
