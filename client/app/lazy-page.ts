import type { ComponentType } from 'react';

/**
 * A route whose code is fetched the first time it is visited (react-router's `lazy`): the sign-in page loads
 * only what it needs, and each page's module is its own chunk.
 */
export function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return { lazy: async () => ({ Component: pick(await load()) }) };
}
