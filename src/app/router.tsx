import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { preloadStep, preloadWorkspace } from '@/features/strategy-wizard/preload';
import { queryClient } from '@/lib/query-client';
import { sessionQueryOptions } from '@/lib/session';
import { RouteError } from './routes/route-error';
import { RouteLoading } from './routes/route-loading';
import { Component as SessionGate } from './routes/session-gate';

// Each URL is its own lazily loaded module: the first visit downloads only the screen it shows.
// The loaders return at once: they only start what the page will need, in parallel with its code.
export const createRoutes = (client: QueryClient) => [
  {
    path: '/',
    errorElement: <RouteError />,
    // Shown while the first screen's code arrives.
    hydrateFallbackElement: <RouteLoading />,
    children: [
      { path: 'sign-in', lazy: () => import('./routes/sign-in') },
      // Anyone may read the accessibility statement, signed in or not.
      { path: 'accessibility', lazy: () => import('./routes/accessibility') },
      { path: 'invite/:token', lazy: () => import('./routes/join') },
      { path: 'reset/:token', lazy: () => import('./routes/reset') },
      {
        // Everything else needs a signed-in person; who it is is asked with the page's code.
        Component: SessionGate,
        loader: () => {
          void client.prefetchQuery(sessionQueryOptions());
          return null;
        },
        children: [
          { index: true, lazy: () => import('./routes/workspaces') },
          { path: 'account', lazy: () => import('./routes/account') },
          { path: 'admin', lazy: () => import('./routes/admin') },
          { path: 'programmes', lazy: () => import('./routes/programmes') },
          { path: 'join-programme/:token', lazy: () => import('./routes/join-programme') },
          { path: 'programmes/:programmeId', lazy: () => import('./routes/programme-dashboard') },
          { path: 'programmes/:programmeId/compare', lazy: () => import('./routes/programme-compare') },
          { path: 'programmes/:programmeId/across', lazy: () => import('./routes/programme-across') },
          { path: 'programmes/:programmeId/good-practice', lazy: () => import('./routes/programme-practice') },
          {
            path: 'w/:workspaceId',
            lazy: () => import('./routes/workspace-layout'),
            loader: ({ params }: { params: { workspaceId?: string } }) => {
              preloadWorkspace(client, params.workspaceId);
              return null;
            },
            children: [
              { index: true, lazy: () => import('./routes/workspace-overview') },
              { path: 'export', lazy: () => import('./routes/workspace-export') },
              { path: 'members', lazy: () => import('./routes/workspace-members') },
              { path: 'approval', lazy: () => import('./routes/workspace-workflow') },
              { path: 'comments', lazy: () => import('./routes/workspace-comments') },
              { path: 'ideas', lazy: () => import('./routes/workspace-ideas') },
              { path: 'good-practice', lazy: () => import('./routes/workspace-good-practice') },
              { path: 'versions/compare', lazy: () => import('./routes/workspace-compare') },
              { path: 'versions/:versionId', lazy: () => import('./routes/workspace-version') },
              {
                path: ':step',
                lazy: () => import('./routes/workspace-step'),
                loader: ({ params }: { params: { step?: string } }) => {
                  preloadStep(params.step);
                  return null;
                },
              },
            ],
          },
        ],
      },
      { path: '*', lazy: () => import('./routes/not-found') },
    ],
  },
];

export const routes = createRoutes(queryClient);

let router: ReturnType<typeof createBrowserRouter> | undefined;
/**
 * Made at the first render, not when this module loads: its loaders start requests at once, and
 * in the serverless demo the mock service worker must be answering by then.
 */
export const getRouter = () => (router ??= createBrowserRouter(routes));
