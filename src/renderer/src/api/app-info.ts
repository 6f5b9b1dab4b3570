import { useQuery } from '@tanstack/react-query';
import { callApi } from './client';

/** Version, data folder and whether this is the desktop app or the browser preview. */
export function useAppInfo() {
  return useQuery({
    queryKey: ['app', 'info'],
    queryFn: () => callApi('app.info', {}),
    staleTime: Infinity,
  });
}
