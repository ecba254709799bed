import { Form, Input, Typography } from 'antd';
import { publishSeed } from '../../api/review';
import { FormModal } from '../../components/form-modal';
import { useModalForm } from '../../lib/use-modal-form';
import type { SessionStepModalProps } from './session-step-modal-props';

interface Values {
  seed?: string;
}

const fields = ['seed'] as const;

/**
 * 公布抽取种子: freezes the pool snapshot and the applicants' recusal inputs and publishes their SM3
 * digests with the seed — before the draw, so nobody can choose a seed that suits them afterwards.
 */
export function SeedModal({ open, detail, onClose }: SessionStepModalProps) {
  const { form, message, frame, submit } = useModalForm<Values>(open, fields);

  const save = () =>
    submit(async (values) => {
      const published = await publishSeed(detail.id, values.seed?.trim() || undefined);
      message.success(`已公布抽取种子 ${published.seed}（专家库 ${published.poolSize} 人）`);
      onClose(true);
    });

  return (
    <FormModal
      {...frame}
      title="公布抽取种子"
      okText="公布种子"
      width={560}
      onOk={save}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph>
        公布种子时冻结本年度专家库快照和议程申报人的回避依据，并公布二者的 SM3 摘要。此后议程不能再调整；
        抽取结果由种子和快照唯一确定，任何人都可以复现核验。
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="seed">
        <Form.Item
          name="seed"
          label="抽取种子（可选）"
          extra="留空则由系统生成随机种子；也可填写现场公开产生的数字（8至128位字母、数字或连字符）"
          rules={[{ pattern: /^[0-9A-Za-z-]{8,128}$/, message: '种子须为8至128位字母、数字或连字符' }]}
        >
          <Input autoComplete="off" style={{ fontFamily: 'monospace' }} placeholder="系统随机生成" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
