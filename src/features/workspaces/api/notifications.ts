import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { NotificationsSchema } from '@/domain/notifications';
import { api } from '@/lib/api-client';

const key = ['notifications'] as const;

/** What happened while the person was away, across their workspaces. */
export const useNotifications = () =>
  useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api('/notifications', NotificationsSchema, { signal }),
    refetchInterval: 60_000,
  });

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number | 'all') =>
      api(id === 'all' ? '/notifications/read' : `/notifications/${id}/read`, null, { method: 'PUT' }),
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}
