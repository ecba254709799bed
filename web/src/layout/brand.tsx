import { Flex } from 'antd';

export const systemName = '职称评审管理信息系统';

/** The 职评 mark and system name, used in the side bar and on the login page. */
export function Brand({
  collapsed = false,
  size = 'small',
}: {
  collapsed?: boolean;
  size?: 'small' | 'large';
}) {
  const mark = size === 'large' ? 48 : 32;
  return (
    <Flex align="center" gap={size === 'large' ? 14 : 10}>
      <div
        aria-hidden
        style={{
          width: mark,
          height: mark,
          flex: 'none',
          borderRadius: 8,
          background: 'linear-gradient(135deg, #2f6fd6, #1a4a9a)',
          color: '#fff',
          display: 'grid',
          placeItems: 'center',
          fontSize: mark * 0.5,
          fontWeight: 700,
          boxShadow: '0 0 0 1px rgba(255,255,255,0.25) inset',
        }}
      >
        职
      </div>
      {collapsed ? null : (
        <div style={{ lineHeight: 1.25, whiteSpace: 'nowrap' }}>
          <div
            style={{
              fontSize: size === 'large' ? 24 : 14,
              fontWeight: 600,
              letterSpacing: size === 'large' ? 1 : 0,
            }}
          >
            {systemName}
          </div>
          <div style={{ fontSize: size === 'large' ? 13 : 11, opacity: 0.7 }}>职评 · 专业技术人才评价</div>
        </div>
      )}
    </Flex>
  );
}
