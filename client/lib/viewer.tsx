import { createContext, useContext, type ReactNode } from 'react';
import type { Id } from './pagination';
import type { Role } from './roles';

/** The signed-in user as features see them: the app shell provides it, so features need not import auth. */
export type Viewer = { id: Id; name: string; email: string; role: Role };

const ViewerContext = createContext<Viewer | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <ViewerContext value={viewer}>{children}</ViewerContext>;
}

export function useViewer(): Viewer | null {
  return useContext(ViewerContext);
}
