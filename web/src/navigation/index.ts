/**
 * The app's pages and menu. Each role group's pages are declared in a file of their own; the menu
 * order is decided here, in one list.
 */
import { matchPath } from 'react-router';
import type { Me } from '../api/auth';
import { adminPages } from './admin-pages';
import { applicantPages } from './applicant-pages';
import { commonPages } from './common-pages';
import { hrPages } from './hr-pages';
import type { PageEntry } from './page-entry';
import { policyPages } from './policy-pages';
import { postsPages } from './posts-pages';
import { reviewChainPages } from './review-chain-pages';
import { reviewSessionPages } from './review-session-pages';

export { type MenuGroup, menuGroupNames, type PageEntry } from './page-entry';

/**
 * Every page of the app, in menu order. Menu and routes are both built from this table, so a menu item
 * exists only for a page that exists, and only for users the page admits.
 */
export const pages: readonly PageEntry[] = [
  commonPages.home,
  applicantPages.newApplication,
  applicantPages.myApplications,
  applicantPages.myEmployment,
  reviewChainPages.applications,
  reviewChainPages.bindingRequests,
  reviewChainPages.application,
  reviewChainPages.unitRegistrations,
  postsPages.postPlans,
  postsPages.postBoard,
  postsPages.appointments,
  postsPages.postHistory,
  postsPages.postMonitoring,
  postsPages.gradeFilings,
  reviewSessionPages.reviewSessions,
  reviewSessionPages.reviewSession,
  reviewSessionPages.expertHome,
  reviewSessionPages.expertSession,
  reviewSessionPages.experts,
  hrPages.certificates,
  hrPages.titleImports,
  reviewChainPages.staffImport,
  hrPages.integrity,
  hrPages.complaints,
  applicantPages.myMaterials,
  applicantPages.myCertificates,
  commonPages.inbox,
  commonPages.publicity,
  commonPages.report,
  commonPages.selfCheck,
  policyPages.policies,
  policyPages.policyDiff,
  commonPages.calendar,
  commonPages.catalogue,
  adminPages.users,
  adminPages.organisations,
  adminPages.deadlines,
  commonPages.account,
];

/** The pages this user may open, in menu order. */
export function pagesFor(me: Me): PageEntry[] {
  return pages.filter((page) => page.allows(me));
}

/** The pages of this user's side menu, in menu order. */
export function menuPagesFor(me: Me): PageEntry[] {
  return pagesFor(me).filter((page) => page.menu !== false);
}

/** The home page's shortcuts: the menu's pages and the out-of-menu pages that offer one (发起职称申报). */
export function shortcutsFor(me: Me): PageEntry[] {
  return pagesFor(me).filter(
    (page) => page.path !== '/' && (page.menu !== false || (page.shortcut && !page.path.includes(':'))),
  );
}

/**
 * The page at `pathname`: an exact path first (`/policies/diff` is a page of its own, not under
 * `/policies`), else a path with parameters (`/applications/:id`).
 */
export function pageAt(pathname: string): PageEntry | undefined {
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return (
    pages.find((page) => page.path === normalised) ??
    pages.find((page) => page.path.includes(':') && matchPath(page.path, normalised))
  );
}

/** The side-menu item to highlight at `pathname`: the page itself, or the menu item it belongs under. */
export function menuKeyAt(me: Me, pathname: string): string | undefined {
  const page = pageAt(pathname);
  if (page?.menu !== false) return page?.path;
  const mine = new Set(menuPagesFor(me).map((entry) => entry.path));
  return page.within?.find((path) => mine.has(path));
}
