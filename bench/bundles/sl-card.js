// Shoelace's card, cherry-picked, with the light theme that Shoelace requires.
import '@shoelace-style/shoelace/dist/components/card/card.js';
import theme from '@shoelace-style/shoelace/dist/themes/light.css?inline';

document.head.append(Object.assign(document.createElement('style'), { textContent: theme }));
