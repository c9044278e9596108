import { Spinner } from '../../components/ui/Spinner';

/** Shown while the first page's code arrives (a route loaded on demand). */
export function PageLoading() {
  return (
    <main className="flex min-h-screen items-center justify-center">
      <Spinner />
    </main>
  );
}
