import type { ComponentType, LazyExoticComponent } from 'react';
import type { Me } from '../api/auth';

/** Menu sections; a section shows only when it holds a page the user may open. */
export type MenuGroup = 'workspace' | 'policy' | 'reference' | 'admin';

export const menuGroupNames: Record<MenuGroup, string> = {
  workspace: '工作台',
  policy: '政策规则',
  reference: '基础资料',
  admin: '系统管理',
};

/** One page of the app: where it lives, how it appears in the menu, and who may open it. */
export interface PageEntry {
  path: string;
  title: string;
  /** What the home page's shortcut to the page says, when an action reads better there than the title. */
  shortcut?: string;
  icon: ComponentType;
  group: MenuGroup;
  /** The only access rule for the page: the menu, the route guard and the home shortcuts all ask it. */
  allows: (me: Me) => boolean;
  /**
   * Open to everyone, logged in or not: without a session the page renders in the public frame (and
   * `allows` is not asked); with one, inside the normal layout like any other page.
   */
  public?: boolean;
  /**
   * `false` for a page reached from another page rather than from the side menu (a detail page, a
   * wizard). It is still a home shortcut when it has a `shortcut` and no parameters in its path.
   */
  menu?: false;
  /** For a page outside the menu: the menu items it belongs under; the first the user has is highlighted. */
  within?: readonly string[];
  component: LazyExoticComponent<ComponentType>;
}
