// Loads data from the API for a page: the value, the error, a loading flag and a reload function.
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../api/problem.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

export function useApi<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  // Callers pass the inputs of `load` as deps, so a new `load` closure alone does not refetch.
  const stableLoad = useCallback(load, deps);

  useEffect(() => {
    let live = true;
    setLoading(true);
    stableLoad()
      .then((value) => live && (setData(value), setError(undefined)))
      .catch((e: ApiError) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [stableLoad, round]);

  return { data, error, loading, reload: () => setRound((n) => n + 1) };
}
