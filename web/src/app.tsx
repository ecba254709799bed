import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { PageGuard } from './layout/page-guard';
import { PublicFrame } from './layout/public-frame';
import { pages } from './navigation';
import { NotFoundPage } from './pages/errors/not-found-page';
import { RequireSession } from './session/require-session';
import { SessionProvider } from './session/session-context';

/** Signing in and registering: pages outside every frame (each brings its own), loaded when first opened. */
const accountPages = [
  {
    path: '/login',
    Page: lazy(() => import('./pages/login/login-page').then((m) => ({ default: m.LoginPage }))),
  },
  {
    path: '/register',
    Page: lazy(() => import('./pages/register/register-page').then((m) => ({ default: m.RegisterPage }))),
  },
  {
    path: '/register-unit',
    Page: lazy(() =>
      import('./pages/register-unit/register-unit-page').then((m) => ({ default: m.RegisterUnitPage })),
    ),
  },
  {
    path: '/forgot-password',
    Page: lazy(() =>
      import('./pages/forgot-password/forgot-password-page').then((m) => ({ default: m.ForgotPasswordPage })),
    ),
  },
];

/**
 * The routes: the login and registration pages; the public pages of the navigation table, which open with or without a
 * session; and every other page inside the logged-in layout.
 */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          {accountPages.map(({ path, Page }) => (
            <Route
              key={path}
              path={path}
              element={
                <Suspense fallback={null}>
                  <Page />
                </Suspense>
              }
            />
          ))}
          <Route element={<PublicFrame />}>
            {pages
              .filter((entry) => entry.public)
              .map((entry) => (
                <Route key={entry.path} path={entry.path} element={<PageGuard entry={entry} />} />
              ))}
          </Route>
          <Route
            element={
              <RequireSession>
                <AppLayout />
              </RequireSession>
            }
          >
            {pages
              .filter((entry) => !entry.public)
              .map((entry) => (
                <Route key={entry.path} path={entry.path} element={<PageGuard entry={entry} />} />
              ))}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
