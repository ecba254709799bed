import { Button, Flex, Result } from 'antd';
import { useNavigate } from 'react-router';
import { ApiError, errorMessage } from '../api/client';

interface Props {
  error: unknown;
  /** What the record is (申报, 评审会议): 申报加载失败, 申报不存在或您无权查看. */
  what: string;
  /**
   * Said for a 404 instead of 「…不存在或您无权查看」: the record does not exist, or is not this user's
   * to see (the server does not say which).
   */
  missingTitle?: string;
  /** Said for any other failure, above the server's reason, instead of 「…加载失败」. */
  failedTitle?: string;
  /** Offered for a failure other than a 404, where loading again may help. */
  onRetry?: () => void;
  /** Where the way back leads (the list the record came from), and what its button says. */
  backTo: string;
  backLabel?: string;
}

/**
 * A page about one record (an application, a review session) whose record could not be loaded: in
 * place of the page, what went wrong and the way back to where the user came from.
 */
export function RecordLoadFailure({
  error,
  what,
  missingTitle = `${what}不存在或您无权查看`,
  failedTitle = `${what}加载失败`,
  onRetry,
  backTo,
  backLabel = '返回列表',
}: Props) {
  const navigate = useNavigate();
  const missing = error instanceof ApiError && error.status === 404;
  return (
    <Result
      status={missing ? '404' : 'error'}
      title={missing ? missingTitle : failedTitle}
      subTitle={missing ? undefined : errorMessage(error)}
      extra={
        <Flex gap={8} justify="center">
          {missing || !onRetry ? null : <Button onClick={onRetry}>重试</Button>}
          <Button type="primary" onClick={() => navigate(backTo)}>
            {backLabel}
          </Button>
        </Flex>
      }
    />
  );
}
