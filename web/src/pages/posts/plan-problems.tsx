import { Alert, Flex, List, Typography } from 'antd';
import { ApiError } from '../../api/client';
import type { PostPlanProblem } from '../../api/posts';
import { CitationTag } from '../../components/citation-tag';

/**
 * The problems of a refused submission or approval (422): the server sends each failing item with
 * its rule and citation in `details`, so they read like the plan's own check.
 */
export function problemsOfRefusal(error: unknown): PostPlanProblem[] | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const details = error.details as Partial<PostPlanProblem>[];
  if (!details.every((d) => d.key && d.citation)) return null;
  return details as PostPlanProblem[];
}

/** Every item of the structure check, each with its clause; a green line when there is none. */
export function PlanProblems({ problems, title }: { problems: readonly PostPlanProblem[]; title?: string }) {
  if (problems.length === 0)
    return (
      <Alert
        type="success"
        showIcon
        title="结构检查通过：符合编制、主体岗位比例和结构比例的规定"
        data-testid="plan-check-passed"
      />
    );
  return (
    <Alert
      type="warning"
      showIcon
      title={title ?? `不符合规定的项目（${problems.length}项），改正后方可报送`}
      description={
        <List
          size="small"
          dataSource={[...problems]}
          data-testid="plan-problems"
          renderItem={(problem) => (
            <List.Item key={`${problem.key}-${problem.path}`} style={{ paddingInline: 0 }}>
              <Flex vertical gap={4}>
                <Typography.Text data-testid="plan-problem">{problem.message}</Typography.Text>
                <span>
                  <CitationTag citation={problem.citation} />
                </span>
              </Flex>
            </List.Item>
          )}
        />
      }
    />
  );
}
