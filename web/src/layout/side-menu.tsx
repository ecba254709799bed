import { Menu, type MenuProps } from 'antd';
import { createElement, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Me } from '../api/auth';
import { type MenuGroup, menuGroupNames, menuKeyAt, menuPagesFor } from '../navigation';

type MenuItem = Required<MenuProps>['items'][number];

/** The side menu: the user's pages from the navigation table, grouped, with the current page selected. */
export function SideMenu({ me }: { me: Me }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const items = useMemo<MenuItem[]>(() => {
    const groups = new Map<MenuGroup, MenuItem[]>();
    for (const page of menuPagesFor(me)) {
      const item: MenuItem = { key: page.path, icon: createElement(page.icon), label: page.title };
      groups.set(page.group, [...(groups.get(page.group) ?? []), item]);
    }
    return [...groups].map(([group, children]) =>
      // The workspace needs no heading of its own: it is the first thing in the menu.
      group === 'workspace'
        ? { type: 'group' as const, key: group, children }
        : { type: 'group' as const, key: group, label: menuGroupNames[group], children },
    );
  }, [me]);

  const selected = menuKeyAt(me, pathname);
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => navigate(key)}
    />
  );
}
