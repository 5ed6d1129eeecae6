/** A module loaded with import() once and shared; a failed download is tried again on the next call. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    if (!loading) {
      loading = load().catch((e: unknown) => {
        loading = null;
        throw e;
      });
    }
    return loading;
  };
}
