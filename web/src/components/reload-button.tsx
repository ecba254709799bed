import { Button } from 'antd';
import type { RequestState } from '../lib/use-request';
import { quietLoading } from './quiet-loading';

/**
 * 刷新: loads the page's data again. It spins only while data already shown is reloaded; the first
 * load is the page's own spinner.
 */
export function ReloadButton({ request }: { request: RequestState<unknown> }) {
  return (
    <Button onClick={request.reload} loading={quietLoading(request.loading && Boolean(request.data))}>
      刷新
    </Button>
  );
}
