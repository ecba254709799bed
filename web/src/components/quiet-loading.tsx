import { LoadingOutlined } from '@ant-design/icons';
import type { ButtonProps } from 'antd';

const spinner = <LoadingOutlined aria-hidden />;

/**
 * A Button `loading` value whose spinner is hidden from assistive technology.
 *
 * antd's default spinner carries `aria-label="loading"`, and when a request answers within a frame its
 * exit animation never ends, leaving the label inside the button: the button "登录" would then be
 * named "loading 登录" for screen readers and browser tests alike. The spinner says nothing the
 * button's busy state does not already say, so it is hidden.
 */
export function quietLoading(loading: boolean): ButtonProps['loading'] {
  return loading ? { icon: spinner } : false;
}
