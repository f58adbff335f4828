import { ContextRoot } from '@lit/context';
import { VERSION } from '../version.js';

const VERSION_KEY = Symbol.for('vagval-widgets.version');
const warned = new Set<string>();

type VersionedConstructor = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Defines a tag unless it is already defined, so the bundle can be loaded twice
 * (or two versions can meet) on one CMS page without throwing. Warns once when
 * the tag belongs to another version of the library.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    // First, so the context requests of widgets that upgrade during define() are held.
    attachContextRoot();
    (constructor as VersionedConstructor)[VERSION_KEY] = VERSION;
    customElements.define(tag, constructor);
    return;
  }
  const theirs = existing[VERSION_KEY];
  if (existing !== constructor && theirs !== VERSION && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `vagval-widgets ${VERSION}: <${tag}> is already defined by ${theirs ? `version ${theirs}` : 'another script'}; that definition is kept. Load the library once per page.`,
    );
  }
}

let contextRootAttached = false;

// Widgets upgraded before their <vagval-strategy> still get its data: the root
// holds their context requests and replays them when a provider appears.
function attachContextRoot(): void {
  if (contextRootAttached) return;
  contextRootAttached = true;
  new ContextRoot().attach(document.documentElement);
}
