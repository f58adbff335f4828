import { ContextRoot } from '@lit/context';
import { VERSION } from '../version.js';

// Global keys, so that two copies of the library on one page (two versions, or one bundle
// loaded twice) see each other's marks.
const VERSION_KEY = Symbol.for('vagval-widgets.version');
const WARNED_KEY = Symbol.for('vagval-widgets.version-warning');

type VersionedConstructor = CustomElementConstructor & { [VERSION_KEY]?: string };
type PageGlobals = typeof globalThis & { [WARNED_KEY]?: boolean };

/**
 * Defines a tag unless it is already defined, so the bundle can be loaded twice
 * (or two versions can meet) on one CMS page without throwing. When tags belong
 * to another version of the library, warns once for the whole page.
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
  if (existing !== constructor && theirs !== VERSION) noteConflict(tag, theirs);
}

// Tags of this copy that another version defined first, gathered for the one warning.
let conflicts: Map<string, string | undefined> | undefined;

function noteConflict(tag: string, theirs: string | undefined): void {
  if (conflicts) {
    conflicts.set(tag, theirs);
    return;
  }
  const page = globalThis as PageGlobals;
  if (page[WARNED_KEY]) return;
  page[WARNED_KEY] = true;
  const found = new Map([[tag, theirs]]);
  conflicts = found;
  // Every define module of a bundle runs in the same task: name all their tags in one message.
  queueMicrotask(() => {
    conflicts = undefined;
    const tags = [...found.keys()].map((name) => `<${name}>`).join(', ');
    const owners = [...new Set([...found.values()].map((version) => (version ? `version ${version}` : 'another script')))].join(' and ');
    // "the vagval-* elements": define modules imported later (one per element) may add more tags.
    console.warn(
      `vagval-widgets ${VERSION}: the vagval-* elements were already defined by ${owners} (${tags}); those definitions stay in use. Load the library once per page.`,
    );
  });
}

let contextRootAttached = false;

// Widgets upgraded before their <vagval-strategy> still get its data: the root
// holds their context requests and replays them when a provider appears.
function attachContextRoot(): void {
  if (contextRootAttached) return;
  contextRootAttached = true;
  new ContextRoot().attach(document.documentElement);
}
