import { Tag } from 'antd';
import { stateColour } from '../lib/application-labels';

/** An application's state as a coloured tag, worded by the server. */
export function ApplicationStateTag({ state, name }: { state: string; name: string }) {
  return (
    <Tag color={stateColour(state)} data-testid="application-state" style={{ marginInlineEnd: 0 }}>
      {name}
    </Tag>
  );
}
