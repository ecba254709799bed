import type { ThemeConfig } from 'antd';

/**
 * A sober government-system look: a deep official blue, compact radii, and slightly denser tables so
 * a full page of records fits on an office monitor.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fbf',
    colorInfo: '#1f5fbf',
    borderRadius: 4,
    fontSize: 14,
  },
  components: {
    Layout: { siderBg: '#0f2a52', triggerBg: '#0b2145', headerHeight: 56 },
    Menu: { darkItemBg: '#0f2a52', darkSubMenuItemBg: '#0b2145', darkItemSelectedBg: '#1f5fbf' },
    Table: { cellPaddingBlock: 10, cellPaddingInline: 12, headerBg: '#f3f6fa' },
  },
};
