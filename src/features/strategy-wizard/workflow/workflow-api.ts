import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { VersionSummary, WorkflowEntry, WorkflowInfo, WorkflowStateSchema } from '@/domain';
import type { Strategy, TransitionBody, WorkflowState } from '@/domain';
import { strategyQueryKey } from '../api/get-strategy';
import { saveSnapshot } from '../api/strategy-snapshot';
import { api } from '@/lib/api-client';
import { workflowQueryKey } from './keys';

// What the review-and-approval screen asks of the server.

export const useWorkflow = (workspaceId: string) =>
  useQuery({
    queryKey: workflowQueryKey(workspaceId),
    queryFn: ({ signal }) => api(`/workspaces/${workspaceId}/workflow`, WorkflowInfo, { signal }),
  });

const StepResult = z.object({ state: WorkflowStateSchema, entry: WorkflowEntry });

/** The strategy on this page takes the new state at once: its screens turn read-only (or editable) without waiting. */
function showState(client: ReturnType<typeof useQueryClient>, workspaceId: string, state: WorkflowState) {
  const next = client.setQueryData<Strategy>(strategyQueryKey(workspaceId), (old) =>
    old ? { ...old, workspace: { ...old.workspace, state } } : old,
  );
  if (next) saveSnapshot(next);
}

export function useTakeStep(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) =>
      api(`/workspaces/${workspaceId}/workflow`, StepResult, { method: 'POST', body }),
    onSuccess: (result) => showState(client, workspaceId, result.state),
    onSettled: () => client.invalidateQueries({ queryKey: workflowQueryKey(workspaceId) }),
  });
}

export function useNameVersion(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      api(`/workspaces/${workspaceId}/versions`, VersionSummary, { method: 'POST', body: { name } }),
    onSettled: () => client.invalidateQueries({ queryKey: workflowQueryKey(workspaceId) }),
  });
}

/** After a refused step: the state as the server has it now. */
export function useShowState(workspaceId: string) {
  const client = useQueryClient();
  return (state: WorkflowState) => showState(client, workspaceId, state);
}
