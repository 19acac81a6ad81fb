import { createBrowserRouter } from 'react-router';
import { RouteError } from './routes/route-error';
import { RouteLoading } from './routes/route-loading';

// Each URL is its own lazily loaded module: the first visit downloads only the screen it shows.
export const routes = [
  {
    path: '/',
    errorElement: <RouteError />,
    // Shown while the first screen's code arrives.
    hydrateFallbackElement: <RouteLoading />,
    children: [
      { index: true, lazy: () => import('./routes/workspaces') },
      {
        path: 'w/:workspaceId',
        lazy: () => import('./routes/workspace-layout'),
        children: [
          { index: true, lazy: () => import('./routes/workspace-overview') },
          { path: 'export', lazy: () => import('./routes/workspace-export') },
          { path: ':step', lazy: () => import('./routes/workspace-step') },
        ],
      },
      { path: '*', lazy: () => import('./routes/not-found') },
    ],
  },
];

export const router = createBrowserRouter(routes);
