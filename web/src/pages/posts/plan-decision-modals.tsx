import { Button, Flex, Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ReactNode } from 'react';
import { approvePostPlan, type PostPlan, type PostPlanProblem, returnPostPlan } from '../../api/posts';
import { FormModal } from '../../components/form-modal';
import { useModalForm } from '../../lib/use-modal-form';
import { problemsOfRefusal } from './plan-problems';

/** The server's bounds of a document number (4–100 characters), said before the request. */
export function documentRules(label: string): Rule[] {
  return [
    { required: true, whitespace: true, message: `请填写${label}` },
    { min: 4, max: 100, message: `${label}为4至100个字` },
  ];
}

const DOCUMENT_RULES = documentRules('批复文号');

/** What a decision is taken on: a plan or an appointment, named by its unit. */
interface Decided {
  id: string;
  unit: { name: string };
}

/** The frame every decision shares: titled by the step, what is decided and the unit; cancel closes with nothing changed. */
export function DecisionFrame(props: {
  subject: Decided | null;
  step: string;
  /** 方案, 聘用申请: what the title names. */
  what: string;
  danger?: boolean;
  frame: { open: boolean; saving: boolean; problem: string | undefined };
  onOk: () => void;
  onClose: (changed: boolean) => void;
  children: ReactNode;
}) {
  return (
    <FormModal
      {...props.frame}
      title={`${props.step}${props.what}：${props.subject?.unit.name ?? ''}`}
      okText={props.step}
      danger={props.danger}
      onOk={props.onOk}
      onCancel={() => props.onClose(false)}
    >
      {props.children}
    </FormModal>
  );
}

interface Props {
  /** The plan decided on; `null` keeps the modal closed. */
  plan: PostPlan | null;
  onClose: (changed: boolean) => void;
}

/**
 * 退回 with every item the unit must change, one reason a line as the server keeps them (each
 * 2–200 characters); the unit reads them in its form until the next decision.
 */
export function ReturnModal<S extends Decided>({
  subject,
  what,
  name,
  example,
  send: sendReasons,
  onClose,
}: {
  subject: S | null;
  what: string;
  /** The form's name, which prefixes its fields' ids (`plan-return_reasons_0`). */
  name: string;
  /** A sample reason for the first line's placeholder. */
  example: string;
  send: (subject: S, reasons: string[]) => Promise<unknown>;
  onClose: (changed: boolean) => void;
}) {
  const { form, frame, submit, message } = useModalForm<{ reasons: string[] }>(subject, 'paths', (f) =>
    f.setFieldsValue({ reasons: [''] }),
  );
  const send = () =>
    submit(async ({ reasons }) => {
      if (!subject) return;
      const kept = reasons.map((reason) => reason.trim());
      await sendReasons(subject, kept);
      message.success(`已退回 ${subject.unit.name} 的${what}（${kept.length}条意见）`);
      onClose(true);
    });

  return (
    <DecisionFrame
      subject={subject}
      what={what}
      step="退回"
      danger
      frame={frame}
      onOk={send}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" name={name}>
        <Form.List name="reasons">
          {(fields, { add, remove }) => (
            <Flex vertical gap={4}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item
                    name={field.name}
                    label={index === 0 ? '退回意见（逐条填写，单位逐条改正）' : undefined}
                    rules={[
                      { required: true, whitespace: true, min: 2, max: 200, message: '每条意见2至200个字' },
                    ]}
                    style={{ flex: 1, marginBottom: 8 }}
                  >
                    <Input maxLength={200} placeholder={`第${index + 1}条，如：${example}`} />
                  </Form.Item>
                  {fields.length > 1 ? (
                    <Button onClick={() => remove(field.name)} style={{ marginTop: index === 0 ? 30 : 0 }}>
                      删除
                    </Button>
                  ) : null}
                </Flex>
              ))}
              <Button type="dashed" onClick={() => add('')}>
                再加一条
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </DecisionFrame>
  );
}

/** 退回 of a plan: its reasons go back to the unit's wizard. */
export function ReturnPlanModal({ plan, onClose }: Props) {
  return (
    <ReturnModal
      subject={plan}
      what="方案"
      name="plan-return"
      example="高级岗位超过结构比例"
      send={(p, reasons) => returnPostPlan(p.id, reasons)}
      onClose={onClose}
    />
  );
}

/**
 * 批准 with the bureau's document number. The rules in force today judge the plan once more: a
 * refusal (422) closes the modal and hands its items to the drawer, which lists them with their clauses.
 */
export function ApprovePlanModal({
  plan,
  onClose,
  onRefused,
}: Props & { onRefused: (problems: PostPlanProblem[]) => void }) {
  const { form, frame, submit, message } = useModalForm<{ approvalDocument: string }>(plan, [
    'approvalDocument',
  ]);
  const send = () =>
    submit(async ({ approvalDocument }) => {
      if (!plan) return;
      try {
        await approvePostPlan(plan.id, approvalDocument.trim());
      } catch (error) {
        const problems = problemsOfRefusal(error);
        if (!problems) throw error;
        onRefused(problems);
        onClose(false);
        return;
      }
      message.success(`已批准 ${plan.unit.name} 的岗位设置方案`);
      onClose(true);
    });

  return (
    <DecisionFrame subject={plan} what="方案" step="批准" frame={frame} onOk={send} onClose={onClose}>
      <Form form={form} layout="vertical" name="plan-approve">
        <Form.Item
          name="approvalDocument"
          label="批复文号"
          extra="批准后方案自生效日期起执行，原方案同日终止"
          rules={DOCUMENT_RULES}
        >
          <Input maxLength={100} placeholder="如：鞍人社批〔2026〕12号" />
        </Form.Item>
      </Form>
    </DecisionFrame>
  );
}
